/** Closed word classes the attribution rules consult. All lowercase. */

export const AUXILIARIES = new Set([
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'can',
  'must',
  'did',
  'does',
  'do',
  "'s",
  "'ve",
  "'d",
  'shall',
  'is',
  'was',
  'are',
  'were',
  'been',
  'be',
  'being',
  'having',
]);

/** Day names: no surname ("Ada Kemp" + "Monday" is a date after a name). */
export const WEEKDAYS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/** Words that name a day with the weekday after them: "Super Tuesday", "Black Friday", "Ash Wednesday". */
export const NAMED_DAY_WORDS = new Set([
  'ash',
  'black',
  'boxing',
  'cyber',
  'easter',
  'giving',
  'good',
  'holy',
  'palm',
  'super',
]);

/** Day and month names: a time even when capitalised (unlike "Morning" in a name, or "May"). */
export const CALENDAR_NAMES = new Set([
  ...WEEKDAYS,
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'aug',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** A month's short form that is a given name too ("Jan Berg"): a month takes a period or a number. */
export const GIVEN_NAME_MONTHS = new Set(['jan']);

/**
 * The three letters every day and month name starts with: a function word that starts with one
 * ("mon", "sept", "may") is read as a time, not a name.
 */
export const CALENDAR_PREFIXES = new Set([
  ...['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
  ...['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
]);

/**
 * Quantifiers that float after a plural subject, before its verb: "Roe and Bell both said",
 * "the ministers all said", "the two each said".
 */
export const FLOATING_QUANTIFIERS = new Set(['all', 'both', 'each']);

/**
 * What may close a list of named people in place of the last name: "Ada Kemp and others said"
 * is said by the people named, not by an entity called "others".
 */
export const LIST_REMAINDERS = new Set(['others']);

/**
 * Adverbs that sit before a cue only after an auxiliary: "has since said" (elsewhere "since"
 * opens a clause of its own: "Since Ann Roe said ...").
 */
export const AFTER_AUXILIARY_ADVERBS = new Set(['since']);

/** Adverbs that sit between a speaker and the cue ("also said", "has repeatedly called"). */
export const CUE_ADVERBS = new Set([
  'also',
  'later',
  'previously',
  'repeatedly',
  'recently',
  'earlier',
  'publicly',
  'privately',
  'once',
  'often',
  'seldom',
  'sometimes',
  'twice',
  'ever',
  'since',
  'frequently',
  'then',
  'now',
  'still',
  'again',
  'already',
  'never',
  'not',
  'further',
  'separately',
  'similarly',
  'likewise',
  'subsequently',
  'initially',
  'first',
  'originally',
  'long',
  'flatly',
  'firmly',
  'strongly',
  'openly',
  'bluntly',
  'simply',
  'quickly',
  'just',
  'always',
  'even',
  'ultimately',
  'reportedly',
  'allegedly',
  'only',
  'partly',
  'last',
  // sentence adverbs between subject and verb: "Ivo Marr, however, said", "Ivo Marr however said"
  'however',
  'meanwhile',
  'therefore',
  'nevertheless',
  'instead',
]);

/** Adverbs that narrow the clause they open: ", even as Tom Bell said", ", just as ...". */
/** Adverbs that deny the verb after them: `..., never saying why` reports nothing said. */
export const NEGATING_ADVERBS = new Set(['never', 'not']);

/** Words that open a subject no one is in: "Neither side would say", "None of the officials said". */
export const NEGATIVE_SUBJECT_OPENERS = new Set(['neither', 'no', 'nobody', 'none']);

export const FOCUS_ADVERBS = new Set(['especially', 'even', 'just', 'only', 'particularly']);

export const WEEKDAYS_MONTHS = new Set([
  ...CALENDAR_NAMES,
  ...['may', 'mar', 'apr', 'jun', 'jul', 'sep'],
  ...['yesterday', 'today', 'tonight', 'week', 'weekend', 'month', 'year'],
  ...['morning', 'afternoon', 'evening', 'night', 'day', 'noon', 'midnight'],
  ...['earlier', 'later', 'recently', 'previously'],
]);

/** Plural spans of time that "for" makes a duration: "has said for weeks", "for two years". */
export const DURATION_WORDS = new Set(['days', 'decades', 'months', 'weeks', 'years']);

/** Words that open a time phrase ("on Monday", "last week", "earlier this month"). */
export const TIME_OPENERS = new Set([
  'on',
  'last',
  'this',
  'next',
  'late',
  'early',
  'earlier',
  'in',
  'at',
  'over',
  'during',
]);

/** Words of amount that open a group of people ("half of voters", "three-quarters of them"). */
export const AMOUNT_WORDS = new Set([
  ...['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen'],
  ...['eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen'],
  ...['nineteen'],
  ...['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'dozens'],
  ...['hundreds', 'thousands', 'millions', 'half', 'third', 'thirds', 'quarter', 'quarters'],
  ...['majority', 'majorities', 'minority', 'minorities', 'plurality'],
]);

/** Words that scale a number ("1.2 million cars"). */
export const NUMBER_MAGNITUDES = new Set(['hundred', 'thousand', 'million', 'billion']);

/** Words after a verb that make it phrasal ("rattling off", "holding up", "arriving upon"). */
export const VERB_PARTICLES = new Set([
  'around',
  'away',
  'back',
  'down',
  'off',
  'out',
  'up',
  'upon',
]);

/** Words that open a clause with its own subject after them ("when Ivo Marsh took ..."). */
export const SUBJECT_CLAUSE_LINKS = new Set([
  'after',
  'and',
  'as',
  'because',
  'before',
  'but',
  'since',
  'when',
  'while',
]);

/**
 * Hedges of two words before an amount, by their first word: "at least half", "at most a
 * third", "up to 40". Like AMOUNT_HEDGES, they keep the amount in the noun phrase.
 */
export const AMOUNT_HEDGE_PAIRS = new Map([
  ['at', new Set(['least', 'most'])],
  ['up', new Set(['to'])],
]);

/** Finite verbs that agree only with a singular subject ("the report has", "the plan is"). */
export const SINGULAR_FINITE = new Set(['has', 'is', 'was', "hasn't", "isn't", "wasn't"]);

/** Degrees of a likelihood ("more likely to say"). */
export const DEGREE_WORDS = new Set(['more', 'less', 'most', 'least']);

/** Comparatives before "than" and an amount: "more than 40 percent". */
export const COMPARATIVES = new Set(['more', 'less', 'fewer']);

/** Words before an amount that keep it in the noun phrase: "about half", "more than 40 percent". */
export const AMOUNT_HEDGES = new Set([
  'about',
  'nearly',
  'almost',
  'roughly',
  'around',
  'some',
  'just',
  'only',
  'over',
  'under',
  'than',
]);

/** Subordinators that open a clause framing the main one ("After the vote ended, ..."). */
export const FRAMING_SUBORDINATORS = new Set([
  'after',
  'before',
  'when',
  'while',
  'since',
  'once',
  'until',
  'although',
  'though',
  'because',
]);

/** Auxiliaries that make a clause finite: every one but the participles, the infinitive and the clitics. */
export const FINITE_AUXILIARIES = new Set(
  [...AUXILIARIES].filter((word) => !/^'|^(?:be|been|being|having)$/.test(word)),
);

/** Words opening a clause inside an aside ("Ann Roe, a pilot since she was 20, said"). */
export const ASIDE_CLAUSE_OPENERS = new Set([...FRAMING_SUBORDINATORS, 'as', 'if', 'whether']);

/** Words that end a speaker phrase when scanning leftwards from a cue: a new clause starts. */
export const CLAUSE_OPENERS = new Set([
  'that',
  'which',
  'because',
  'as',
  'if',
  'when',
  'while',
  'whereas',
  'but',
  'although',
  'though',
  'since',
  'after',
  'before',
  'so',
  'than',
  'where',
  'whether',
  'unless',
  'until',
  'yet',
  'or',
  'and',
  'nor',
  'once',
  'whom',
  'whose',
  'why',
  'how',
  'what',
  'then',
  'also',
  'however',
  'meanwhile',
  'not',
  'to',
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'being',
  "it's",
  'there',
  'here',
]);

/** Adverbs of place that may follow the people who speak: "officials there said". */
export const PLACE_ADVERBS = new Set(['here', 'there']);

/** Connectives on which a sentence resumes after a reporting aside: "..., he says, and ...". */
export const RESUMING_CONNECTIVES = new Set(['and', 'but']);

/**
 * Connectives that, after a comma or dash, join a clause of its own to reported words rather
 * than telling when or why they hold: "said the fund is solvent, while the union accused ...".
 */
export const CONTRASTING_CONNECTIVES = new Set([
  'and',
  'but',
  'while',
  'whereas',
  'although',
  'though',
  'yet',
]);

/**
 * Subordinators after a trailing cue's comma that open the writer's narration of another scene
 * ("..., she said, after the chair said ..."), not the speaker's reason or condition ("because",
 * "if").
 */
export const NARRATING_SUBORDINATORS = new Set([
  'after',
  'although',
  'as',
  'before',
  'though',
  'when',
  'whereas',
  'while',
]);

/**
 * Connectives of reason or result after a speaker's aside that carry the speaker's own words on:
 * "Fuel costs more, she said, because the boats are old"; "..., he said, so the club waited".
 */
export const REASONING_CONNECTIVES = new Set(['because', 'so']);

/** Connectives after which a new attribution may start inside one sentence. */
export const CONNECTIVES = new Set([
  'and',
  'but',
  'while',
  'whereas',
  'because',
  'as',
  'although',
  'though',
  'since',
  'yet',
  'so',
  'however',
  'meanwhile',
  'when',
  'after',
  'before',
  'if',
  'where',
  'or',
]);

export const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'some',
  'many',
  'several',
  'most',
  'few',
  'other',
  'another',
  'both',
  'all',
  'each',
  'every',
  'no',
  'any',
  'two',
  'three',
  'four',
  'five',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'one',
  'more',
  'such',
]);

export const PREPOSITIONS = new Set([
  'of',
  'in',
  'on',
  'at',
  'for',
  'from',
  'with',
  'by',
  'to',
  'into',
  'about',
  'over',
  'under',
  'against',
  'between',
  'among',
  'within',
  'without',
  'through',
  'across',
  'per',
  'via',
  'like',
  'during',
  'despite',
  'amid',
  'throughout',
  'toward',
  'towards',
]);

/** Prepositions that tie someone to where they come from or work ("a rival from", "an aide at"). */
export const ORIGIN_PREPOSITIONS = new Set(['at', 'from', 'in', 'with']);

/**
 * Prepositions of place: the name after them is where something is ("talks in Paris"), never a
 * state acting under its capital's name ("pressure from Paris", "a message to Paris").
 */
export const PLACE_PREPOSITIONS = new Set([
  'across',
  'around',
  'at',
  'in',
  'inside',
  'near',
  'outside',
  'throughout',
  'within',
]);

/** Words inside a speaker phrase that tie its parts ("professor at a university"). */
export const NP_LINKS = new Set([
  'of',
  'at',
  'for',
  'from',
  'in',
  'with',
  'on',
  'the',
  'a',
  'an',
  '&',
]);

export const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** Words closing a fronted phrase of time before its comma: "Two days later,", "A year ago,". */
export const TIME_CLOSERS = new Set(['ago', 'earlier', 'later']);

/** Pronouns that speak together with someone named after "and": "he and his wife said". */
export const PAIRED_PRONOUNS = new Set(['he', 'i', 'she', 'we']);

/** Pronouns that point back at the subject: "called himself a moderate". */
export const REFLEXIVE_PRONOUNS = new Set([
  'herself',
  'himself',
  'itself',
  'myself',
  'ourselves',
  'themselves',
  'yourself',
]);

/** Pronoun objects that end a speaker phrase: "told him", "asked them". */
export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'it', 'you']);

/** Speaker phrases whose head is plainly not a speaker (verbs of non-speech, fillers). */
export const NON_SPEAKERS = new Set([
  'there',
  'here',
  'what',
  'who',
  'which',
  'that',
  'this',
  'all',
  'one',
  // interjections: "And yes, the ferry is late again, says Jo Kemp."
  'yes',
  'no',
  'well',
  'oh',
  'ok',
  'okay',
]);

/**
 * Nouns for a news organisation written small: "told the station", "the paper reported". They
 * stand for the outlet last named ("Harbour Radio ... told the station").
 */
export const MEDIA_NOUNS = new Set([
  'broadcaster',
  'magazine',
  'network',
  'newspaper',
  'outlet',
  'paper',
  'publication',
  'station',
  'tabloid',
  'website',
  // periodicals: "the journal Pollinator Ecology", "the weekly El Farol"
  'daily',
  'journal',
  'newsletter',
  'weekly',
]);

/**
 * Words that mark a news organisation in a name ("Harbour Gazette", "Canadian Press"). Used
 * only to tell a channel ("told the Herald") from a recipient ("told Smith").
 */
/** When a paper comes out, opening its name: "the Morning Herald", "the Sunday Ledger". */
export const EDITION_WORDS = new Set(['evening', 'morning', 'saturday', 'sunday', 'weekend']);

/** Media by kind, which name no outlet alone ("Speaking on TV, Ada Kemp said ..."). */
export const MEDIUM_WORDS = new Set(['radio', 'television', 'tv']);

export const OUTLET_WORDS = new Set([
  'news',
  // newspapers' names ("the Kestrel Bay Ledger", "the Evening Courant")
  'courant',
  'dispatch',
  'ledger',
  'sentinel',
  'times',
  'post',
  'press',
  'radio',
  'television',
  'tv',
  'journal',
  'herald',
  'register',
  'star',
  'sun',
  'telegraph',
  'guardian',
  'globe',
  'mail',
  'tribune',
  'chronicle',
  'gazette',
  'magazine',
  'network',
  'daily',
  // magazines and trade papers by how often they come out ("Grid Monthly", "Trade Weekly")
  'weekly',
  'monthly',
  'quarterly',
  'reuters',
  'bloomberg',
  'politico',
  'axios',
  'observer',
  'independent',
  'express',
  'mirror',
  'economist',
  'review',
  'podcast',
  'show',
  'channel',
  'broadcasting',
  'cbc',
  'bbc',
  'cnn',
  'nbc',
  'abc',
  'cbs',
  'fox',
  'msnbc',
  'npr',
  'ctv',
  'afp',
  'ap',
  'pbs',
  'wire',
  'agency',
  'online',
  'today',
  'insider',
  'monitor',
  'record',
  'citizen',
  'province',
  'examiner',
  'bulletin',
  'courier',
  'echo',
  'advertiser',
  'enquirer',
  'inquirer',
  'argus',
]);

/** Nouns for the people a quote is given to, not outlets ("told reporters"). */
export const AUDIENCE_WORDS = new Set([
  'reporters',
  'journalists',
  'supporters',
  'lawmakers',
  'members',
  'students',
  'delegates',
  'listeners',
  'viewers',
  'attendees',
  'crowd',
  'audience',
  'parliament',
  'congress',
  'committee',
  'council',
  'senators',
  'investors',
  'analysts',
  'staff',
  'employees',
  'residents',
  'voters',
]);

/** Social titles: they say nothing about a role ("Dr.", "Mr.", "Dame"). */
const SOCIAL_TITLES = [
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'sir',
  'dame',
  'lord',
  'lady',
  'hon',
];

/** Social titles before a name, French ones included; left out of descriptors. */
export const SOCIAL_HONORIFICS = new Set([...SOCIAL_TITLES, 'm', 'mme', 'mlle']);

/** Honorific titles that start a name ("Dr. Jane Roe"), ranks and offices included. */
export const HONORIFICS = new Set([
  ...SOCIAL_TITLES,
  'rev',
  'sen',
  'rep',
  // the plural titles before two or more names: "Sens. Ada Kemp and Tom Bell"
  'sens',
  'reps',
  'gov',
  'gen',
  'col',
  'capt',
  'sgt',
  'det',
  // a councillor, as British and Australian councils write it: "Cllr Ann Roe", "Cr Ann Roe"
  'cllr',
  'clr',
  'cr',
  'lt',
  'maj',
  'cpl',
  'insp',
  'supt',
  'st',
  // professions as titles in Nigerian and Ghanaian copy: "Engr. Ada Obi", "Barr. Tunde Ade"
  'barr',
  'engr',
]);

/**
 * Province and state abbreviations as news copy writes them ("Kingston, Ont.", "Lakeview, Calif."),
 * and the name of the region each stands for.
 */
export const REGION_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['ont', 'ontario'],
  ['que', 'quebec'],
  ['alta', 'alberta'],
  ['sask', 'saskatchewan'],
  ['man', 'manitoba'],
  ['nfld', 'newfoundland and labrador'],
  ['calif', 'california'],
  ['fla', 'florida'],
  ['mass', 'massachusetts'],
  ['conn', 'connecticut'],
  ['ariz', 'arizona'],
  ['colo', 'colorado'],
  ['mich', 'michigan'],
  ['minn', 'minnesota'],
  ['tenn', 'tennessee'],
  ['ky', 'kentucky'],
  ['md', 'maryland'],
  ['va', 'virginia'],
  ['ga', 'georgia'],
  ['ill', 'illinois'],
  ['ind', 'indiana'],
  ['wis', 'wisconsin'],
  ['ore', 'oregon'],
  ['okla', 'oklahoma'],
  ['nev', 'nevada'],
  ['pa', 'pennsylvania'],
  ['wyo', 'wyoming'],
  ['ala', 'alabama'],
  ['miss', 'mississippi'],
  ['mo', 'missouri'],
  ['la', 'louisiana'],
  ['neb', 'nebraska'],
  ['kan', 'kansas'],
  ['tex', 'texas'],
]);

/**
 * Regions written as initials ("Saint John, N.B.", "Washington, D.C."), as tokens (lowercase,
 * inner stops kept), and the name of the region each stands for.
 */
export const REGION_INITIALS: ReadonlyMap<string, string> = new Map([
  ['n.b', 'new brunswick'],
  ['n.s', 'nova scotia'],
  ['b.c', 'british columbia'],
  ['p.e.i', 'prince edward island'],
  ['n.l', 'newfoundland and labrador'],
  ['n.w.t', 'northwest territories'],
  ['d.c', 'washington, d.c.'],
  ['n.y', 'new york'],
]);

/** Abbreviations of "number" ("No. 5"): a full stop after them ends no sentence only before a number. */
export const NUMBER_SIGNS = new Set(['no', 'nos']);

/** Abbreviations whose period does not end a sentence. */
export const ABBREVIATIONS = new Set([
  ...HONORIFICS,
  // titles and ranks common in news copy
  'coun',
  'cst',
  'const',
  'pte',
  'pvt',
  'atty',
  'msgr',
  'fr',
  'pres',
  'amb',
  'adm',
  'brig',
  'cmdr',
  'ald',
  'gov',
  'supt',
  // province and state abbreviations ("Kingston, Ont., said")
  ...REGION_ABBREVIATIONS.keys(),
  'jr',
  'sr',
  'inc',
  'corp',
  'co',
  'ltd',
  'vs',
  'mt',
  'ft',
  'ave',
  'blvd',
  'rd',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'dept',
  'univ',
  'etc',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.n',
  'a.m',
  'p.m',
  'fig',
  'est',
  'govt',
]);

/**
 * Abbreviations written in lower case whose full stop ends no sentence even before a capital
 * ("Kemp vs. Bell"). The others ("Ill.", "Co.", "Mass.") are abbreviations only as capitalised:
 * "She fell ill. Tom Bell said ..." is two sentences.
 */
export const LOWERCASE_ABBREVIATIONS = new Set([
  'approx',
  'e.g',
  'est',
  'fig',
  'govt',
  'i.e',
  'vs',
]);

/** "a.m." and "p.m.": their full stop ends the sentence unless a time zone or a day follows. */
export const CLOCK_ABBREVIATIONS = new Set(['a.m', 'p.m']);

/** Time zones after a clock time ("at 9 a.m. ET Friday", "10 p.m. Eastern"). */
export const TIME_ZONES = new Set([
  ...['et', 'est', 'edt', 'pt', 'pst', 'pdt', 'cst', 'cdt', 'mst', 'mdt', 'ast', 'adt'],
  ...['gmt', 'bst', 'utc', 'cet', 'cest', 'aest', 'aedt', 'nzst', 'nzdt', 'jst'],
  ...['eastern', 'pacific', 'local'],
]);

/** The articles: "the", "a", "an". */
export const ARTICLES = new Set(['the', 'a', 'an']);

/** Words that open an embedded question: "do not know who is responsible". */
export const WH_WORDS = new Set(['who', 'what', 'why', 'how', 'whether', 'where', 'when', 'which']);

/**
 * Conjunctions that open a clause inside another ("even though Canada believes ...", "because
 * officials say ..."): a cue after one is part of the clause around it.
 */
export const SUBORDINATORS = new Set(['although', 'though', 'because', 'unless', 'whereas']);

/** Words opening a clause of condition, question or time, which a report can hold whole. */
export const CONDITIONALS = new Set(['if', 'whether', 'when']);

/**
 * Determiners before a word that make it a noun, even where the word could be a verb of saying:
 * "the reports said", "familiar with the talks said", "its findings show".
 */
export const NOUN_DETERMINERS = new Set([
  'a',
  'an',
  'his',
  'its',
  'our',
  'the',
  'their',
  'these',
  'those',
]);

/**
 * Words a speaker phrase links to a noun phrase with "to": "sources close to the talks", "an
 * adviser to the premier", "the ambassador to the United Nations".
 */
export const TO_LINKED_WORDS = new Set([
  'adviser',
  'advisers',
  'advisor',
  'advisors',
  'aide',
  'aides',
  'ambassador',
  'close',
  'delegation',
  'envoy',
  'spokesperson',
  'successor',
]);

/**
 * Quantifiers that stand alone for people as a subject: "Some said ...", "Many argue ...",
 * "One says ..., another says ..." (one of a group just named).
 * "Most" is left out: after a group it reads as a share of it ("those who ..., most backed Bell").
 */
export const STANDING_QUANTIFIERS = new Set([
  'another',
  'both',
  'few',
  'many',
  'one',
  'others',
  'several',
  'some',
]);

/** The standing quantifiers that count one: the rest take a plural verb ("many say"). */
export const SINGULAR_QUANTIFIERS = new Set(['another', 'one']);

/** Words between a reporter's name and the outlet they work for ("Ada Kemp of the Gazette"). */
export const OUTLET_LINKS = new Set(['at', 'for', 'from', 'of', 'with']);

/**
 * Words for a whole group that "but" or "except" may follow to leave someone out of it:
 * "Everyone but Ann Roe said", "all but two said", "no one except the mayor said".
 */
export const WHOLE_GROUP_WORDS = new Set(['all', 'everybody', 'everyone', 'nobody', 'none', 'one']);

/** Finite auxiliaries that are also bare infinitives: "made them do it", "let firms have a say". */
export const BARE_AUXILIARIES = new Set(['do', 'have']);

/** Words opening a clause of their own or joining another ("as costs grew", "and rates rose"). */
export const CLAUSE_JOINING_WORDS = new Set(['and', 'as', 'but', 'if', 'or', 'than', 'that']);

/**
 * Verbs that let or help their object do something ("let Ann Roe speak", "helped the crew
 * cast"): the object, not their subject, does what follows ("make" is left out: "made several
 * remarks", "made it the heart of" make a thing, no one act).
 */
export const CAUSATIVE_VERBS = new Set([
  'help',
  'helped',
  'helping',
  'helps',
  'let',
  'letting',
  'lets',
]);
