/** Words about people: honorifics, titles, role nouns and first names (public knowledge). */

export type Gender = 'male' | 'female' | 'unknown';

/** Participles that give a role after "was": "was elected mayor", "was named coach". */
export const APPOINTING_PARTICIPLES = new Set([
  'appointed',
  'chosen',
  'elected',
  'hired',
  'named',
  're-elected',
  'reelected',
]);

/** How a judge is addressed after "Her", "His" or "Your": "Her Honour said". */
export const JUDGE_ADDRESS_WORDS = new Set(['honor', 'honour']);

/** Honorifics before a name, lowercased without the period, with the gender they imply. */
export const HONORIFIC_GENDER = new Map<string, Gender>([
  ...[
    'mr',
    'sir',
    'lord',
    'king',
    'prince',
    'duke',
    'father',
    'fr',
    'brother',
    'monsieur',
    'm',
    'herr',
    'señor',
    'senor',
    'sheikh',
    'emir',
    'sultan',
    'baron',
    'count',
    'earl',
    'archbishop',
    'pope',
    'cardinal',
    'imam',
  ].map((w) => [w, 'male'] as const),
  ...[
    'mrs',
    'ms',
    'miss',
    'dame',
    'lady',
    'queen',
    'princess',
    'duchess',
    'sister',
    'madame',
    'mme',
    'mlle',
    'frau',
    'señora',
    'senora',
    'baroness',
    'countess',
    'viscountess',
  ].map((w) => [w, 'female'] as const),
  ...[
    'mx',
    'dr',
    'prof',
    'engr',
    'barr',
    'coun',
    'cllr',
    'clr',
    'cr',
    'cst',
    'const',
    'sgt',
    'staff sgt',
    'supt',
    'insp',
    'det',
    'cpl',
    'pte',
    'lt',
    'lt.-gov',
    'ald',
    'professor',
    'rev',
    'reverend',
    'hon',
    'honourable',
    'honorable',
    'sen',
    'sens',
    'senator',
    'rep',
    'reps',
    'representative',
    'gov',
    'governor',
    'gen',
    'general',
    'col',
    'colonel',
    'capt',
    'captain',
    'sgt',
    'sergeant',
    'det',
    'detective',
    'cllr',
    'councillor',
    'councilor',
    'justice',
    'judge',
    'lt',
    'lieutenant',
    'maj',
    'major',
    'cpl',
    'corporal',
    'const',
    'constable',
    'insp',
    'inspector',
    'supt',
    'superintendent',
    'chief',
    'officer',
    'adm',
    'admiral',
    'cmdr',
    'commander',
    'pres',
    'president',
    'vice-president',
    'premier',
    'mayor',
    'minister',
    'secretary',
    'chancellor',
    'ambassador',
    'commissioner',
    // "Veterans Ombud Ann Roe": a title before the name
    'ombud',
    'ombudsman',
    'ombudsperson',
    'coach',
    'pastor',
    // women are ordained too: the first name tells
    'bishop',
    'rabbi',
    'elder',
    'deputy',
    'speaker',
    'leader',
    'director',
    'chair',
    'chairman',
    'chairwoman',
    'chairperson',
    'ceo',
    'cao',
    // prime and chief ministers as South Asian and British copy write them: "PM Sharma"
    'pm',
    'cm',
    // police ranks in West African copy: "DSP Ada Kemp" (deputy superintendent)
    'dsp',
    'asp',
    'mp',
    'mpp',
    'mla',
    'mna',
    'mha',
    'msp',
    'mep',
    'attorney',
    'prosecutor',
    'sheriff',
    'marshal',
    'auditor',
    'treasurer',
    'warden',
    'trustee',
    'magistrate',
    'registrar',
    'dean',
    'provost',
    'principal',
    'nurse',
    'dr.',
  ].map((w) => [w, 'unknown'] as const),
]);

/** Adjectives of a role, before the office or residence of whoever holds it: "the presidential office". */
export const ROLE_ADJECTIVES = new Set([
  'gubernatorial',
  'ministerial',
  'mayoral',
  'papal',
  'presidential',
  'royal',
  'vice-presidential',
]);

/**
 * What someone's verb makes them, in "X, who directed the play," or "X owns the Corner Press":
 * a role to find them by later ("the director said", "the owner said").
 */
export const ROLE_BY_VERB = new Map<string, string>([
  ['chaired', 'chair'],
  ['chairs', 'chair'],
  ['co-founded', 'co-founder'],
  ['coached', 'coach'],
  ['coaches', 'coach'],
  ['composed', 'composer'],
  ['designed', 'designer'],
  ['directed', 'director'],
  ['directs', 'director'],
  ['edited', 'editor'],
  ['edits', 'editor'],
  ['founded', 'founder'],
  ['managed', 'manager'],
  ['manages', 'manager'],
  ['organised', 'organiser'],
  ['organized', 'organizer'],
  ['owned', 'owner'],
  ['owns', 'owner'],
  ['produced', 'producer'],
  ['runs', 'owner'],
  ['taught', 'teacher'],
  ['teaches', 'teacher'],
]);

/** Adverbs between a name and its role's verb: "Ann Roe also owns the shop". */
export const ROLE_VERB_ADVERBS = new Set(['also', 'currently', 'now', 'still']);

/**
 * Words after a role's verb that give it another sense: "managed to win", "runs for mayor",
 * "was managed by", "owned up to".
 */
export const ROLE_VERB_PARTICLES = new Set([
  'against',
  'as',
  'away',
  'by',
  'for',
  'into',
  'off',
  'on',
  'out',
  'to',
  'up',
]);

/**
 * Role nouns that say what else someone is besides the part they play (where they live, whom
 * they work for, what befell them): "the Eastvale resident", "the employee". One person may be
 * all of these and an owner too, and a phrase that used one of them says little of whom another
 * phrase with it means.
 */
export const ROLE_FACETS = new Set([
  'adviser',
  'advisor',
  'aide',
  'bystander',
  'citizen',
  'classmate',
  'commuter',
  'customer',
  'cyclist',
  'demonstrator',
  'driver',
  'elder',
  'employee',
  'evacuee',
  'fan',
  'friend',
  'graduate',
  'homeless',
  'homeowner',
  'immigrant',
  'linemate',
  'man',
  'member',
  'motorist',
  'mourner',
  'neighbor',
  'neighbour',
  'newcomer',
  'parent',
  'parishioner',
  'passenger',
  'patient',
  'pedestrian',
  'pensioner',
  'person',
  'protester',
  'protestor',
  'refugee',
  'resident',
  'retiree',
  'roommate',
  'shopper',
  'spectator',
  'staffer',
  'supporter',
  'survivor',
  'team-mate',
  'teammate',
  'tenant',
  'victim',
  'volunteer',
  'voter',
  'witness',
  'woman',
  'worker',
  'worshipper',
]);

/** Gendered role nouns ("spokeswoman", "chairman"). */
export const ROLE_GENDER = new Map<string, Gender>([
  ['spokesman', 'male'],
  ['spokeswoman', 'female'],
  ['chairman', 'male'],
  ['chairwoman', 'female'],
  ['businessman', 'male'],
  ['businesswoman', 'female'],
  ['congressman', 'male'],
  ['congresswoman', 'female'],
  ['actor', 'male'],
  ['actress', 'female'],
  ['husband', 'male'],
  ['wife', 'female'],
  ['father', 'male'],
  ['mother', 'female'],
  ['dad', 'male'],
  ['mom', 'female'],
  ['mum', 'female'],
  ['son', 'male'],
  ['daughter', 'female'],
  ['brother', 'male'],
  ['sister', 'female'],
  ['man', 'male'],
  ['woman', 'female'],
  ['boy', 'male'],
  ['girl', 'female'],
  ['grandmother', 'female'],
  ['grandfather', 'male'],
  ['nun', 'female'],
  ['headmaster', 'male'],
  ['headmistress', 'female'],
  // kin: "the widow said" is one woman, and "she" after it means her
  ['widow', 'female'],
  ['widower', 'male'],
  ['niece', 'female'],
  ['nephew', 'male'],
  ['aunt', 'female'],
  ['uncle', 'male'],
  ['grandson', 'male'],
  ['granddaughter', 'female'],
  ['stepmother', 'female'],
  ['stepfather', 'male'],
  ['stepson', 'male'],
  ['stepdaughter', 'female'],
  ['girlfriend', 'female'],
  ['boyfriend', 'male'],
  ['bride', 'female'],
  ['groom', 'male'],
]);

/**
 * Role nouns (lowercase, singular): they make a phrase a person descriptor ("military analyst",
 * "a spokesperson for Y") and, capitalised before a name, a title ("Health Minister X").
 */
/** Nouns of family ties ("Kemp's father", "her sister"): the person so named is a relative of the owner. */
export const KIN_NOUNS = new Set([
  'aunt',
  'boyfriend',
  'brother',
  'cousin',
  'dad',
  'daughter',
  'father',
  'fiance',
  'fiancee',
  'fiancé',
  'fiancée',
  'girlfriend',
  'granddaughter',
  'grandfather',
  'grandmother',
  'grandson',
  'husband',
  'mom',
  'mother',
  'mum',
  'nephew',
  'niece',
  'sister',
  'son',
  'stepdaughter',
  'stepfather',
  'stepmother',
  'stepson',
  'uncle',
  'widow',
  'widower',
  'wife',
]);

/**
 * "the younger Roe", "the elder Roe": which of two who share a surname, by the words their
 * descriptions give them (the comparative itself, or a tie of one generation to another).
 */
const OLDER_ONE = new Set(['elder', 'older', 'father', 'mother', 'grandfather', 'grandmother']);
export const AGE_COMPARATIVES = new Map<string, ReadonlySet<string>>([
  [
    'younger',
    new Set(['younger', 'son', 'daughter', 'grandson', 'granddaughter', 'nephew', 'niece']),
  ],
  ['elder', OLDER_ONE],
  ['older', OLDER_ONE],
]);

/** Nouns of a time of life and the ages they span: "the teenager said" is the one person aged so. */
export const AGE_NOUNS = new Map<string, readonly [number, number]>([
  ['teenager', [13, 19]],
  ['teen', [13, 19]],
  ['toddler', [1, 3]],
  // "Ainsley, 11, plays hockey. "...," the girl said": the one child given an age
  ['girl', [1, 17]],
  ['boy', [1, 17]],
  ['sexagenarian', [60, 69]],
  ['septuagenarian', [70, 79]],
  ['octogenarian', [80, 89]],
  ['nonagenarian', [90, 99]],
  ['centenarian', [100, 120]],
]);

/** A person's kin taken together: "the family of Ann Lowe" speaks for her, it is not her. */
export const KIN_GROUPS = new Set(['family', 'relatives', 'parents', 'children', 'estate']);

/**
 * People named by how they stand to someone else ("a rival from Marlow", "a friend of Ann
 * Roe"): after such a noun and a preposition, the name is not who speaks.
 */
export const RELATION_NOUNS = new Set([
  'ally',
  'classmate',
  'colleague',
  'counterpart',
  'friend',
  'neighbor',
  'neighbour',
  'opponent',
  'peer',
  'predecessor',
  'rival',
  'roommate',
  'successor',
  'teammate',
]);

/** Bodies that act for the person named after them: "the campaign of", "the office of". */
export const ACTING_BODIES = new Set(['campaign', 'camp', 'office', 'staff', 'team']);

/** Participles that link someone to whom they speak for, as "for" does: "a lawyer representing Holm". */
export const SPEAKS_FOR = new Set(['representing', 'defending', 'advising']);

/**
 * Nouns that say what someone already met is, not what part they play in the events ("the
 * veteran said", "the rookie added"): bare after "the", they point back to that person.
 */
export const EPITHET_NOUNS = new Set([
  'billionaire',
  'centenarian',
  'incumbent',
  // a player capped by a country: "the England international"
  'international',
  'lady',
  'legend',
  'magnate',
  'maverick',
  'mogul',
  'newcomer',
  'nonagenarian',
  'octogenarian',
  'retiree',
  'rookie',
  'septuagenarian',
  'superstar',
  'teen',
  'teenager',
  'tycoon',
  'veteran',
  'whistleblower',
  'youngster',
]);

/**
 * People by their nationality, where the noun is not the adjective ("the Swede", "the Finn");
 * the demonyms that are nouns too ("the Canadian") are read from the gazetteer.
 */
export const NATIONALITY_NOUNS = new Set([
  'aussie',
  'brit',
  'briton',
  'dane',
  'dutchman',
  'dutchwoman',
  'englishman',
  'englishwoman',
  'finn',
  'frenchman',
  'frenchwoman',
  'irishman',
  'irishwoman',
  // a New Zealander, as sports copy calls one
  'kiwi',
  'pole',
  'scot',
  'scotsman',
  'scotswoman',
  'spaniard',
  'swede',
  'turk',
  'welshman',
  'welshwoman',
]);

/**
 * Titles of members elected for a seat: after "for", what follows is the seat, a place ("the
 * MP for Eastvale North", "councillor for Ward 5"), not a person.
 */
export const SEAT_TITLES = new Set([
  'alderman',
  'assemblyman',
  'assemblywoman',
  'congressman',
  'congresswoman',
  'councillor',
  'councilor',
  'member',
  'mha',
  'mla',
  'mna',
  'mp',
  'mpp',
  'representative',
]);

export const ROLE_NOUNS = new Set([
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'official',
  'minister',
  'secretary',
  'president',
  'premier',
  'chancellor',
  'governor',
  'mayor',
  'senator',
  'lawmaker',
  'legislator',
  'councillor',
  'councilor',
  'ambassador',
  'diplomat',
  'envoy',
  'commissioner',
  'ombud',
  'ombudsperson',
  'general',
  'commander',
  'officer',
  'chief',
  'sheriff',
  'prosecutor',
  'attorney',
  'lawyer',
  'judge',
  'justice',
  'analyst',
  'economist',
  'strategist',
  'expert',
  'professor',
  'lecturer',
  'researcher',
  'scientist',
  'doctor',
  'physician',
  'nurse',
  'epidemiologist',
  'ceo',
  'cao',
  'sao',
  'executive',
  'chair',
  'chairman',
  'chairwoman',
  'chairperson',
  'director',
  'founder',
  'co-founder',
  'adviser',
  'advisor',
  'aide',
  'owner',
  'candidate',
  'activist',
  'advocate',
  'organiser',
  'organizer',
  'resident',
  'witness',
  'victim',
  'survivor',
  'student',
  'parent',
  'coach',
  'source',
  'insider',
  'leader',
  'head',
  'manager',
  'president-elect',
  'vice-president',
  'vice president',
  'deputy',
  'mp',
  'mpp',
  'mla',
  'critic',
  'historian',
  'author',
  'writer',
  'journalist',
  'reporter',
  'columnist',
  'editor',
  'correspondent',
  'consultant',
  'partner',
  // who plays or lives beside someone: "Teammate Ivo Marr said"
  'teammate',
  'linemate',
  'classmate',
  'roommate',
  'member',
  'representative',
  'rep',
  'delegate',
  'negotiator',
  'investigator',
  'detective',
  'coroner',
  'bailiff',
  'constable',
  'corporal',
  'sergeant',
  'inspector',
  'superintendent',
  'captain',
  'lieutenant',
  'colonel',
  'major',
  'admiral',
  'soldier',
  'veteran',
  'worker',
  'employee',
  'teacher',
  'principal',
  'dean',
  'fellow',
  'associate',
  'specialist',
  'psychologist',
  'psychiatrist',
  'surgeon',
  'neurosurgeon',
  'pharmacist',
  'engineer',
  'architect',
  'farmer',
  'grower',
  'entrepreneur',
  'investor',
  'banker',
  'businessman',
  'businesswoman',
  'congressman',
  'congresswoman',
  'speaker',
  'whip',
  'clerk',
  'auditor',
  'ombudsman',
  'regulator',
  'pastor',
  'priest',
  'bishop',
  'imam',
  'rabbi',
  'chaplain',
  'nun',
  'vicar',
  'reeve',
  'vice-chancellor',
  'headteacher',
  'headmaster',
  'headmistress',
  'actor',
  'actress',
  'singer',
  'artist',
  'musician',
  'player',
  'athlete',
  'forward',
  'goaltender',
  'goalie',
  'defenceman',
  'quarterback',
  'pitcher',
  'landlord',
  'tenant',
  'patient',
  'caregiver',
  'volunteer',
  'protester',
  'protestor',
  'demonstrator',
  'voter',
  'citizen',
  'mother',
  'father',
  'mom',
  'mum',
  'dad',
  'wife',
  'husband',
  'son',
  'daughter',
  'sister',
  'brother',
  'friend',
  'neighbour',
  'neighbor',
  'man',
  'woman',
  'person',
  'staffer',
  'trustee',
  'treasurer',
  'pollster',
  'scholar',
  'academic',
  'monarch',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'chief executive',
  'premier-designate',
  'commander-in-chief',
  'cfo',
  'coo',
  'cto',
  // people in everyday stories: "Homeowner Ana Ruiz said"
  'homeowner',
  'driver',
  'motorist',
  'cyclist',
  'pedestrian',
  'passenger',
  'commuter',
  'shopper',
  'customer',
  'fan',
  'spectator',
  'bystander',
  'retiree',
  'pensioner',
  'firefighter',
  'paramedic',
  'lifeguard',
  'councilwoman',
  'councilman',
  'alderman',
  'chef',
  'proprietor',
  'restaurateur',
  'shopkeeper',
  'vendor',
  'pilot',
  'mechanic',
  'electrician',
  'plumber',
  'machinist',
  'millwright',
  // "master of ceremonies Ivo Marr", "the emcee"
  'master',
  'emcee',
  'carpenter',
  'technician',
  'dispatcher',
  'guard',
  'janitor',
  'waiter',
  'waitress',
  'bartender',
  'barber',
  'cashier',
  'salesman',
  'saleswoman',
  'accountant',
  'administrator',
  'librarian',
  'archivist',
  'counsellor',
  'counselor',
  'tutor',
  'instructor',
  'trainer',
  'nanny',
  'paralegal',
  'forecaster',
  // "city planner Ivo Marr", "the surveyor said"
  'planner',
  'surveyor',
  'translator',
  'interpreter',
  'gardener',
  'welder',
  'logger',
  'courier',
  'postman',
  'mailman',
  'doorman',
  'locksmith',
  'florist',
  'jeweller',
  'jeweler',
  'chiropractor',
  'housekeeper',
  'bookkeeper',
  'stockbroker',
  'auctioneer',
  'appraiser',
  'underwriter',
  'actuary',
  'programmer',
  'miner',
  'sailor',
  'monk',
  'inmate',
  'contractor',
  'controller',
  'developer',
  'realtor',
  // a manager as tabloid and sports copy writes it, a fellow player, a show's contestant
  // ("Wanderers boss Kasia Hale: ...", "fellow contestant Brody Tay, writing: ...")
  'boss',
  'team-mate',
  'contestant',
  // who buys, sells and brokers: "mortgage broker Ayo Harker ... the broker said"
  'agent',
  'broker',
  'buyer',
  'seller',
  'trader',
  'lobbyist',
  'grandmother',
  'grandfather',
  'teenager',
  'graduate',
  'homeless',
  'newcomer',
  'immigrant',
  'refugee',
  'elder',
  // sport: "Midfielder Tom Hask, 27, ..." then "the midfielder said"
  'midfielder',
  'striker',
  'winger',
  'centre-back',
  'center-back',
  'full-back',
  'fullback',
  'goalkeeper',
  'keeper',
  'skipper',
  'batsman',
  'batter',
  'jockey',
  'swimmer',
  'sprinter',
  'golfer',
  'wrestler',
  'skier',
  'skater',
  'linebacker',
  'catcher',
  'shortstop',
  'outfielder',
  'infielder',
  'flanker',
  'fly-half',
  'scrum-half',
  'playmaker',
  'rookie',
  'referee',
  'umpire',
  // courts: "Lionel Gage, the defendant, said ..." then "the defendant said"
  'defendant',
  'plaintiff',
  'claimant',
  'juror',
  // science, health and the trades: "Ecologist Ines Roe ... the ecologist said"
  'diver',
  'biologist',
  'microbiologist',
  'ecologist',
  'virologist',
  'neurologist',
  'pediatrician',
  'paediatrician',
  'geneticist',
  'hydrologist',
  'chemist',
  'biochemist',
  'glaciologist',
  'geologist',
  'physicist',
  'astronomer',
  'zoologist',
  'botanist',
  'oncologist',
  'cardiologist',
  'radiologist',
  'toxicologist',
  'immunologist',
  'pathologist',
  'climatologist',
  'meteorologist',
  'oceanographer',
  'ornithologist',
  'entomologist',
  'archaeologist',
  'anthropologist',
  'sociologist',
  'criminologist',
  'seismologist',
  'volcanologist',
  'neuroscientist',
  'mathematician',
  'statistician',
  'demographer',
  'dietitian',
  'nutritionist',
  'veterinarian',
  'dentist',
  'optometrist',
  'physiotherapist',
  'therapist',
  'midwife',
  'curator',
  'mediator',
  'producer',
  // the arts: "Soprano Eleni Vass ... the soprano said"
  'soprano',
  'tenor',
  'baritone',
  'mezzo-soprano',
  'composer',
  'conductor',
  'frontman',
  'frontwoman',
  'guitarist',
  'bassist',
  'drummer',
  'pianist',
  'violinist',
  'cellist',
  'vocalist',
  'rapper',
  'dancer',
  'choreographer',
  'screenwriter',
  'playwright',
  'novelist',
  'poet',
  'filmmaker',
  'photographer',
  'comedian',
  'presenter',
  'publicist',
  'designer',
  'sculptor',
  'painter',
  'illustrator',
  'saxophonist',
  'trumpeter',
  'organist',
  'councilmember',
  'assemblymember',
  'challenger',
  'evacuee',
  'conservationist',
  'beekeeper',
  'rancher',
  'fisherman',
  'winemaker',
  'trucker',
  // parish, funeral and community life
  'mourner',
  'worshipper',
  'parishioner',
  'churchwarden',
  'verger',
  'undertaker',
  'caretaker',
  'groundskeeper',
  'coxswain',
  'lifeboatman',
  'choirmaster',
  'philanthropist',
  'prelate',
  'barrister',
  'solicitor',
  'bride',
  'groom',
]);

/** Role nouns an abbreviated title before a name stands for: "Dr Hana Lutz ... the doctor said". */
/**
 * Titles as news copy abbreviates them before a name, with the role noun each stands for: "Gov.
 * Ann Roe ... the governor said", "Cpl. Tom Bell ... the corporal said".
 */
export const TITLE_ABBREVIATIONS = new Map<string, string>([
  ['adm', 'admiral'],
  ['amb', 'ambassador'],
  ['atty', 'attorney'],
  ['capt', 'captain'],
  ['cllr', 'councillor'],
  ['clr', 'councillor'],
  ['cmdr', 'commander'],
  ['col', 'colonel'],
  ['const', 'constable'],
  ['coun', 'councillor'],
  ['cpl', 'corporal'],
  ['cr', 'councillor'],
  ['cst', 'constable'],
  ['det', 'detective'],
  ['gen', 'general'],
  ['gov', 'governor'],
  ['insp', 'inspector'],
  ['lt', 'lieutenant'],
  ['maj', 'major'],
  ['rep', 'representative'],
  ['sen', 'senator'],
  ['sgt', 'sergeant'],
  ['supt', 'superintendent'],
]);

/**
 * Roles one acts in for someone, who mostly has one of each: "his agent said ... his agent, Ilse
 * Markovic," is one person, as "her husband" is.
 */
export const PERSONAL_AGENT_ROLES = new Set([
  'agent',
  'attorney',
  'lawyer',
  'manager',
  'publicist',
  'solicitor',
]);

/** Roles a story's lede gives someone it may never name: "a company spokesperson said". */
/**
 * Words for anyone that, after "the", point back to the unnamed person who last spoke: "An
 * executive familiar with the talks said ... the person said". Sorted.
 */
export const SOMEONE_NOUNS = new Set(['individual', 'person', 'source']);

/** Words that introduce one unnamed person: "a former employee", "one insider". */
export const ONE_PERSON_OPENERS = new Set(['a', 'an', 'one']);

export const UNNAMED_SOURCE_ROLES = new Set([
  'aide',
  'insider',
  'official',
  'representative',
  'source',
  'spokesman',
  'spokesperson',
  'spokeswoman',
]);

/** Titles that hold a portfolio named after "for": "Minister for Health", "Secretary for Defence". */
export const PORTFOLIO_TITLES = new Set([
  'minister',
  'secretary',
  'spokesman',
  'spokesperson',
  'spokeswoman',
]);

/**
 * Fields of government and public life that title a role in lower case before a name: "Health
 * critic Ada Kemp", "Public Safety spokesperson Tom Bell", "Opposition leader Ivo Marr". Not
 * "labour", which also names a party.
 */
export const PORTFOLIO_FIELDS = new Set([
  'affairs',
  'agriculture',
  'budget',
  'children',
  'climate',
  'culture',
  'defence',
  'defense',
  'economy',
  'education',
  'employment',
  'energy',
  'environment',
  'ethics',
  'finance',
  'fisheries',
  'foreign',
  'forestry',
  'health',
  'heritage',
  'housing',
  'immigration',
  'indigenous',
  'industry',
  'infrastructure',
  'innovation',
  'intelligence',
  'interior',
  'justice',
  'mines',
  'natural',
  'opposition',
  'public',
  'resources',
  'revenue',
  'safety',
  'science',
  'security',
  'seniors',
  'services',
  'sport',
  'sports',
  'technology',
  'tourism',
  'trade',
  'transport',
  'transportation',
  'treasury',
  'veterans',
]);

/**
 * Words that make a role one office among others before its noun: a service ("police chief",
 * "fire chief", "school principal", "city engineer") or a rank ("deputy mayor", "assistant
 * coach"). Such an
 * office points back only to someone already given its role. Sorted.
 */
export const OFFICE_QUALIFIERS = new Set([
  'assistant',
  'associate',
  'city',
  'county',
  'deputy',
  'fire',
  'police',
  'school',
  'vice',
]);

/**
 * Ranks that make a role the second to it ("Deputy Governor Mette Lund", "the vice president",
 * "lieutenant governor"): "the governor" alone is never someone so described. Sorted.
 */
export const SECOND_RANKS = new Set(['deputy', 'lieutenant', 'under', 'vice']);

/** Offices as they are spelled out, and the acronym each goes by: "the CFO", "the MP". */
export const OFFICE_ACRONYMS: ReadonlyArray<[spelled: string, acronym: string]> = [
  ['chief executive', 'ceo'],
  ['chief financial officer', 'cfo'],
  ['chief operating officer', 'coo'],
  ['chief technology officer', 'cto'],
  // a town's or a hamlet's head of staff
  ['chief administrative officer', 'cao'],
  ['senior administrative officer', 'sao'],
  ['member of parliament', 'mp'],
  ['member of provincial parliament', 'mpp'],
  ['member of the legislative assembly', 'mla'],
];

/** Doctors by specialty: "Dr. Ann Roe ... the surgeon said" is the doctor named. */
const MEDICAL_SPECIALISTS = [
  'anaesthetist',
  'anesthesiologist',
  'cardiologist',
  'dermatologist',
  'epidemiologist',
  'gp',
  'gynaecologist',
  'gynecologist',
  'internist',
  'neurologist',
  'neurosurgeon',
  'obstetrician',
  'oncologist',
  'paediatrician',
  'pathologist',
  'pediatrician',
  'physician',
  'psychiatrist',
  'radiologist',
  'surgeon',
  'toxicologist',
];

/** Scientists by field: "ecologist Ines Roe ... the scientist said". */
const SCIENTISTS = [
  'astronomer',
  'biologist',
  'botanist',
  'chemist',
  'climatologist',
  'ecologist',
  'epidemiologist',
  'geneticist',
  'geologist',
  'glaciologist',
  'hydrologist',
  'meteorologist',
  'neuroscientist',
  'oceanographer',
  'physicist',
  'seismologist',
  'virologist',
  'volcanologist',
  'zoologist',
];

/** Who plays or sings: "guitarist Ben Vale ... the musician said". */
const MUSICIANS = [
  'bassist',
  'cellist',
  'composer',
  'conductor',
  'drummer',
  'frontman',
  'frontwoman',
  'guitarist',
  'keyboardist',
  'pianist',
  'rapper',
  'saxophonist',
  'singer',
  'singer-songwriter',
  'songwriter',
  'trumpeter',
  'violinist',
  'vocalist',
];

/** Who sings: "soprano Ilse Varga ... the singer said". */
const SINGERS = [
  'baritone',
  'contralto',
  'frontman',
  'frontwoman',
  'mezzo-soprano',
  'singer-songwriter',
  'soprano',
  'tenor',
  'vocalist',
];

/** Who writes books: "Ann Roe, a novelist ... the author said". */
const WRITERS = ['biographer', 'essayist', 'memoirist', 'novelist', 'playwright', 'poet'];

/** Lawyers by what they do in court: "defence attorney Carla Mendes ... the lawyer said". */
const LAWYERS = ['attorney', 'barrister', 'counsel', 'litigator', 'solicitor'];

/** Abbreviated ranks of the lower ranks of an army: "Pte. Owen Marsh ... the soldier said". */
const SOLDIER_RANKS = ['bombardier', 'cpl', 'gnr', 'l/cpl', 'lance', 'pfc', 'pte', 'pvt', 'spc'];

/**
 * Titles written before a name that tell a role noun who it points back to: "Dr. Ann Roe ...
 * the doctor said" (and the surgeon, the toxicologist), "Capt. Rhys Alder ... the pilot said".
 */
export const TITLE_ROLES = new Map<string, readonly string[]>([
  ['doctor', ['dr']],
  ...MEDICAL_SPECIALISTS.map((specialist) => [specialist, ['dr']] as const),
  ['professor', ['prof']],
  // "Sister Agnes Roe ... the nun said", "Father Tom Bell ... the priest said"
  ['nun', ['sister', 'sr']],
  ['priest', ['father', 'fr']],
  ['pilot', ['capt', 'captain']],
  // "Rep. Mara Voss ... the congresswoman said", "Cpl. Ivo Marr ... the corporal said"
  ['congressman', ['rep', 'representative']],
  ['congresswoman', ['rep', 'representative']],
  ['corporal', ['cpl']],
  ['soldier', SOLDIER_RANKS],
]);

/** Who plays in a team, by position: "winger Ada Kemp ... the player said". */
const PLAYERS = [
  'midfielder',
  'striker',
  'winger',
  'defender',
  'goalkeeper',
  'goaltender',
  'goalie',
  'netminder',
  'defenceman',
  'defenseman',
  'forward',
  'quarterback',
  'halfback',
  'fullback',
  'pitcher',
  'reliever',
  'catcher',
  'shortstop',
  'infielder',
  'outfielder',
  'batter',
  'batsman',
  'bowler',
  'guard',
  'linebacker',
  'receiver',
  'flanker',
  'playmaker',
  'skipper',
  'captain',
  'rookie',
];

/** Sportspeople of every kind: "sprinter Ada Kemp ... the athlete said". */
const ATHLETES = [
  ...PLAYERS,
  ...['boxer', 'cyclist', 'golfer', 'gymnast', 'rower', 'runner', 'skater', 'skier'],
  ...['sprinter', 'swimmer', 'wrestler'],
];

/**
 * Role nouns that name a kind of the roles listed with them: "Sergeant Lucy Barr ... the officer
 * said", "Senator Ana Ruiz ... the lawmaker said". Read only when no one was described with the
 * role noun itself.
 */
export const ROLE_KINDS = new Map<string, readonly string[]>([
  [
    'officer',
    [
      'constable',
      'corporal',
      'sergeant',
      'inspector',
      'detective',
      'superintendent',
      'lieutenant',
      'trooper',
    ],
  ],
  ['player', PLAYERS],
  [
    'lawmaker',
    ['senator', 'congressman', 'congresswoman', 'representative', 'mp', 'mpp', 'mla', 'legislator'],
  ],
  ['legislator', ['senator', 'congressman', 'congresswoman', 'mp', 'mpp', 'mla', 'lawmaker']],
  ['cleric', ['imam', 'rabbi', 'priest', 'pastor', 'bishop', 'chaplain']],
  ['doctor', MEDICAL_SPECIALISTS],
  ['scientist', SCIENTISTS],
  ['researcher', SCIENTISTS],
  ['musician', MUSICIANS],
  ['singer', SINGERS],
  ['author', WRITERS],
  ['writer', WRITERS],
  ['lawyer', LAWYERS],
  ['attorney', ['lawyer', 'counsel', 'litigator']],
  ['pilot', ['aviator', 'captain', 'co-pilot']],
  ['actor', ['actress']],
  // whoever owns a shop or founded it is its proprietor: "Ann Roe owns the Corner Press ... the proprietor said"
  ['owner', ['proprietor']],
  ['proprietor', ['co-founder', 'founder', 'owner']],
  ['filmmaker', ['documentarian', 'documentary-maker']],
  // "Filmmaker Noa Vey ... the director said"; "Goalkeeper Sam Hart ... the keeper said"
  ['director', ['filmmaker']],
  ['keeper', ['goalkeeper', 'goalie', 'goaltender', 'netminder']],
  ['athlete', ATHLETES],
  // "Justice Mira Lund ... the judge said"
  ['judge', ['justice']],
  // "Union president Ada Kemp ... the union leader said", "Ada Kemp, who chairs the board, ...
  // the chairwoman said"
  ['leader', ['president', 'chair', 'chairman', 'chairwoman', 'chairperson']],
  ['chairman', ['chair', 'chairperson']],
  ['chairwoman', ['chair', 'chairperson']],
  // "Skipper Ada Kemp ... the captain said"
  ['captain', ['skipper']],
  ['skipper', ['captain']],
]);

/**
 * A player by position, which sports writing uses to point back to the player just named ("Ada
 * Kemp scored twice. The forward said ..."): an epithet, unlike a captain or a coach, who may
 * be someone new.
 */
const PLAYING_POSITIONS: ReadonlySet<string> = new Set(
  PLAYERS.filter((role) => role !== 'captain' && role !== 'skipper'),
);

/** A noun that describes only someone met before: an epithet, or a player by position. */
export const isEpithetNoun = (lower: string): boolean =>
  EPITHET_NOUNS.has(lower) || PLAYING_POSITIONS.has(lower);

/** Who plays for or coaches a team: "forward", "goaltender", "coach". */
export const TEAM_ROLE_WORDS: ReadonlySet<string> = new Set([...PLAYERS, 'coach']);

/** Plural people nouns heading an anonymous group source ("US officials", "analysts"). */
export const PEOPLE_PLURALS = new Set([
  'officials',
  'eyewitnesses',
  'analysts',
  'sources',
  'experts',
  'observers',
  'diplomats',
  'critics',
  'residents',
  'witnesses',
  'people',
  'researchers',
  'scientists',
  'economists',
  'investigators',
  'authorities',
  'officers',
  'leaders',
  'lawmakers',
  'legislators',
  'politicians',
  'ministers',
  'advocates',
  'activists',
  'doctors',
  'nurses',
  'workers',
  'employees',
  'members',
  'insiders',
  'aides',
  'advisers',
  'advisors',
  'spokespeople',
  'spokespersons',
  'prosecutors',
  'lawyers',
  'attorneys',
  'organizers',
  'organisers',
  'protesters',
  'protestors',
  'parents',
  'students',
  'teachers',
  'families',
  'relatives',
  'neighbours',
  'neighbors',
  'voters',
  'citizens',
  'executives',
  'investors',
  'traders',
  'strategists',
  'pollsters',
  'historians',
  'commentators',
  'scholars',
  'academics',
  'specialists',
  'veterans',
  'soldiers',
  'troops',
  'victims',
  'survivors',
  'users',
  'fans',
  'supporters',
  'opponents',
  'rivals',
  'allies',
  'backers',
  'detractors',
  'colleagues',
  'staff',
  'others',
  'some',
  'many',
  'both',
  'negotiators',
  'regulators',
  'councillors',
  'senators',
  'judges',
  'police',
]);

/**
 * Common first names by gender (English, French and widely used international names). Used for
 * person evidence ("Carlos X" is a person) and pronoun agreement. Written here because the
 * maintained name datasets ship as data files meant for a different runtime layout.
 */
export const MALE_FIRST_NAMES = `
aaron abdul abdullah abraham adam adrian ahmad ahmed alain alan albert alberto alejandro alex alexander
alexandre alexei alexey alfred ali alistair allan amir andre andré andrea andreas andrew andrés andy angus
anthony antoine anton antonio ari arnold arthur ashraf austin barack barry ben benjamin benoit benoît bernard
bernie bill billy bjorn blaine blake bob bobby boris brad bradley brandon brendan brent brett brian bruce
bruno bryan byron calvin cameron carl carlos casey cedric cédric chad charles charlie chris christian
christophe christopher chuck clarence claude clayton clint cole colin conor connor craig curtis cyril dale
damien dan daniel danny darius darrell darren dave david dean denis dennis denzel derek devin dimitri
dmitry dmitri dominic don donald doug douglas drew duncan dustin dwight earl ed eddie edgar edward elon
emmanuel enrique eric erik ernest ernesto esteban ethan eugene evan fabian farid felix fernando francis
francisco françois francois frank franklin fred frederick gabriel gareth garry gary gavin geoff geoffrey
george gerald gérald gerard gilbert gilles giorgio giovanni glen glenn gordon graham greg gregory guillaume
gustavo guy hamid hans harold harry hassan hector henri henry herbert howard hugh hugo hussein iain ian
ibrahim igor isaac ivan jack jacob jacques jagmeet jake james jamie jared jason javier jay jean jean-claude
jean-françois jean-pierre jean-yves jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel johan john
johnny jon jonathan jordan jorge josé jose joseph josh joshua juan julian julien justin kamal karim karl
keir keith ken kenneth kevin khalid kim kirk kurt kyle lars lawrence lee leo leon leonard liam lloyd logan
lorenzo louis luc lucas luis luke malcolm manuel marc marco marcus mario mark marko martin masoud matt
matthew maurice max maxime michael michel miguel mike mikhail mitch mohamed mohammad mohammed muhammad
murray nathan neil nicholas nick nicolas nigel noah norman olaf oliver omar oscar owen pablo patrick paul
pedro peter phil philip philippe pierre pierre-luc pete rafael ralph ramon randy raphael raúl raul ray
raymond reza ricardo richard rick rob robert roberto robin rod rodrigo roger roland ron ronald ross roy
russell ryan salman sam samir samuel scott sean sebastian sébastien sebastien sergei sergey seth shane
shawn sheldon simon stanley stefan stephen steve steven stuart sunil tariq ted terry thomas tim timothy
todd tom tommy tony travis trevor tyler victor vijay vincent vladimir volodymyr walter warren wayne
wesley will william xavier xi yannick yasser yves zachary
abdi abdirahman abel ahmet akira alvaro amarjit amit amos anatoly anders andriy andrzej anil arjun
arturo ashok asif axel bilal bogdan bongani bram burak caleb callum cem chidi chinedu cillian
clement clive clément colm cormac cornelius dante darnell darragh declan deepak deshawn desmond
diego dieter dorian dragan dylan eamon edwin eli elias emeka emil emre euan everett ewan ezekiel
ezra fabio faisal femi fergus finlay florin franco gideon gil giuseppe gonzalo goran hamish
hamza hardeep haruto heinz henrik hiroshi horace idris ignacio ikechukwu imran isaiah ivo
jagdeep jakub jalen jamal jasper jens joaquin jonah jonas joost josiah jude jun-ho jurgen
jürgen karan kazuo kemal kenji kieran klaus knut kofi kojo kunal kwabena kwame lachlan lamar levi
luca luka lukas malik manoj marek marquis massimo mateo matteo mehmet micah mihai mikael min-jun
mohamud musa mustafa nasser naveen ned niall nikhil nikola nikolai nils oleg olumide orhan oskar
otto ozan paolo pavel pieter piotr radu rahul rajesh rami ravi reginald rhys rohan rolf ronan ruben
rufus rupert ruud sanjay santiago seamus segun selim sergio silas sipho stefano suresh sven takashi
takeshi taras tarek thabo themba theo theodore thijs timo tobias tomas tomasz tomás tunde tyrone
vikram viktor wendell wim wolfgang yaw yevgeny youssef yusuf zane zoran
alec alfonso alvin angelo archie augustin augusto benedict carlo chester clifford clyde conrad damian
edmund eduardo elliot emile émile francesco garrett gus harvey kelvin larry laurence leroy lionel marcel
marvin milton noel percy randall rené rene rodney salvatore serge shaun sidney sylvain terence
réjean rejean gaétan gaetan mathieu frédéric frederic jean-philippe stéphane stephane éric normand ghislain marc-andré marc-andre lorne dwayne duane trent floyd vern gord jean-francois jean-marc jean-guy louis-philippe
elijah jeremiah malachi jayden kayden ayden brayden jace emmett tristan rashid kareem hakeem marquise deandre terrell rasheed anand rohit ramesh mahesh ganesh pradeep sandeep harjit kuldeep navdeep simranjit satoshi kazuki daiki obinna ikenna chukwuemeka babatunde adebayo mandla
`;

/** First names commonly given to both men and women: a pronoun, not the name, tells which. */
export const UNISEX_FIRST_NAMES = `
alex avery casey chris dana drew jamie jean jesse jo jody jordan kelly kerry kim kris lee leslie
lindsay lynn morgan pat quinn riley robin sam sandy sasha shannon taylor terry tracy
gurpreet harpreet jaspreet jaswinder manpreet parminder rupinder tejinder oluwaseun ayodele
`;

export const FEMALE_FIRST_NAMES = `
adele adèle aileen angelica annette antoinette constance eileen elaine eliza eloise geraldine gladys
ida lillian lorraine lucinda mandy marian maxine mildred muriel penelope priscilla renée renee sylvia
abby abigail adriana agnes aisha alexandra alexis alice alicia alison allison amanda amber amelia amy ana
anastasia andrea angela angelina anita ann anna anne anne-marie annie antonia ashley audrey barbara
beatrice becky belinda beth bethany betty beverly bonnie brenda bridget brittany brooke caitlin camila
candice carla carmen carol caroline carolyn catherine cathy cecilia celine céline charlotte chelsea cheryl
chloe chrystia christina christine chantal cindy claire clara claudia colleen connie courtney cristina
crystal cynthia dana danielle daphne deborah debra denise diana diane dina dolores donna doris dorothy
eleanor elena elisabeth elise elizabeth ella ellen elsa emily emma erica erin esther eva eve evelyn
fatima fiona florence frances françoise francine gabrielle gail geneviève genevieve georgia gillian gina
giorgia gloria grace hannah harriet hayley heather heidi helen helena holly hélène ingrid irene iris
isabel isabella isabelle jackie jacqueline jane janet janice jasmine jean jeanne jennifer jenny jessica
jill joan joanna joanne jodi jody josée josee josephine joy joyce judith judy julia julie juliet june
justine kamala karen karina kate katherine kathleen kathryn kathy katie katrina kayla kelly kim kimberly
kirsten krista kristen kristin kristina kristy laura lauren leah lena lesley leslie lily linda lindsay
lisa liz lois lori louise lucy lydia lynn madeleine madison maggie manon margaret maria marie marilyn
marina marion marjorie martha mary maryam megan melanie mélanie melinda melissa meredith mia michaela
michelle mila miranda molly monica monique nadia nancy naomi natalie natasha nathalie nicole nina nora
olivia pam pamela patricia patty paula pauline peggy penny petra phyllis priya rachel rebecca regina
rita roberta robyn rosa rose rosemary ruth sabrina sally samantha sandra sara sarah shannon sharon
sheila shelley sherry shirley silvia simone sonia sophia sophie stephanie stéphanie sue susan suzanne
sylvie tamara tammy tanya tara teresa theresa tiffany tina tracy ursula valerie valérie vanessa vera
veronica victoria virginia vivian wendy yasmin yolanda yvonne yulia zoe
aaliyah ada adaeze agnieszka aiko ailsa aisling alessandra amandine amina anika anjali anneke annika
anya aoife asma astrid aurelie aurélie ayesha ayse ayşe beatrix beatriz bernadette bethan birgit
brigitte bronwyn bryony carys catriona chiamaka chiara chloé ciara clodagh colette cordelia dagmar
dalia daniela daria deepa deirdre demi edith eilidh eimear elif esme esmé farah fatma femke fenella
fernanda ffion folake francesca freja freya gabriela georgina giulia greta gretchen guadalupe gwen
gwendolyn hadas hafsa hana haruka heike henrietta hilde huda imani imelda imogen ines inès inês
irina isla joana jodie katarzyna kavita keiko keira keisha kerry-ann khadija kiera kirsty ksenia
latoya layla lea leila leyla lina linnea lorena lorna lowri lucia lucía luisa léa mabel maeve
magdalena maja margot mariam mariana marieke marisol marta matilda maura meera mercedes mhairi
miriam morag nadine naoko natalia neha ngozi nia niamh noa nomvula noor nour nuala odile oksana olga
orla paloma paola parisa philippa pia pilar pooja priti rania raquel renata rhiannon rivka rocio
rocío roisin rosalind róisín sakura salma samira saskia shanice shira shirin shona shreya sian
sigrid sinead sinéad siobhan siân sofia solange soraya sunita susanne svetlana talia tamar tamsin
tanisha tatiana tegan thandi ulrike valentina valeria veronique véronique wanjiru ximena yael
yasmine yoko yumi zainab zeynep zofia
terri teri sherri kerri carrie hilary ginette marie-eve marie-ève annick lise helene karine martine jocelyne raymonde darlene doreen maureen noreen rhonda wanda shelby debbie stacy stacey tracey kelli verna marie-claude marie-josée marie-josee marie-france
janelle farrah zara amara brianna kaitlyn kaylee mackenzie mckenzie paige zoey ava scarlett aria skylar stella hailey kinsley gabriella eliana bella sadie cora delilah adeline gianna everly aubrey jocelyn xiomara soledad martina nerea ainhoa saoirse grainne malgorzata ewa olena iryna ekaterina darya priyanka deepika lakshmi divya halima chioma funmilayo abena akosua efua thandiwe zanele lindiwe
`;
