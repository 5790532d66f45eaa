/** Word lists of the name recognizer. */

/** Words that make a capitalised phrase a thing, not a person ("Stanley Cup", "Bill C-11"). */
export const THING_WORDS = new Set([
  'amendment',
  'grants',
  'show',
  'pact',
  'states',
  'women',
  'men',
  'people',
  'fuels',
  'investment',
  'coal',
  'one',
  'party',
  'monument',
  'atoll',
  'bear',
  'cup',
  'bowl',
  'games',
  'olympics',
  'award',
  'awards',
  'prize',
  'act',
  'bill',
  'law',
  'treaty',
  'accord',
  'agreement',
  'plan',
  'strategy',
  'charter',
  'code',
  'index',
  'report',
  'summit',
  'conference',
  'election',
  'budget',
  'review',
  'inquiry',
  'war',
  'day',
  'week',
  'month',
  'year',
  'series',
  'championship',
  'championships',
  'tour',
  'tournament',
  'open',
  'classic',
  'invitational',
  'marathon',
  'festival',
  'challenge',
  'gala',
  'expo',
  'derby',
  'regatta',
  'matter',
  'matters',
  'program',
  'initiative',
  'policy',
  'doctrine',
  'convention',
  'protocol',
  'deal',
  'period',
  'season',
  'era',
  'age',
  'revolution',
  'crisis',
  // named storms: "Hurricane Delphine", "Storm Orla"
  'cyclone',
  'hurricane',
  'storm',
  'typhoon',
  'pandemic',
  'virus',
  'disease',
  'syndrome',
  'house',
  'hall',
  'building',
  'tower',
  'centre',
  'arena',
  'stadium',
  'palace',
  'church',
  'cathedral',
]);

/**
 * People who band together for a cause and name the group so: "Parents for Safer Roads",
 * "Citizens for Responsibility" (not "Attorneys for Ann Roe", who act for someone).
 */
export const CAUSE_GROUP_NOUNS = new Set([
  'citizens',
  'doctors',
  'families',
  'friends',
  'grandmothers',
  'mothers',
  'neighbors',
  'neighbours',
  'nurses',
  'parents',
  'residents',
  'scientists',
  'students',
  'taxpayers',
  'teachers',
  'veterans',
  'voters',
  'women',
]);

/** Bodies named for what they deal with by an "on" ("Commission on Water Rights", "Panel on Ocean Change"). */
export const ON_HEADS = new Set([
  'board',
  'centre',
  'center',
  'coalition',
  'commission',
  'committee',
  'conference',
  'council',
  'force',
  'forum',
  'institute',
  'panel',
  'summit',
]);

/** Words that take an "of" inside a name ("Bay of Fundy", "Republic of Ireland"). */
export const OF_HEADS = new Set([
  'bay',
  'gulf',
  'isle',
  'sea',
  'strait',
  'city',
  // municipal bodies: "the Region of Waterloo", "the Town of Ajax", "the District of Tofino"
  'county',
  'district',
  'municipality',
  'region',
  'town',
  'township',
  'village',
  'republic',
  'kingdom',
  'state',
  'province',
  'house',
  'office',
  // "the Congress of Dock Unions"
  'congress',
  'cape',
  'lake',
  'mount',
  'port',
]);

/** Of PARTY_WORDS, those that name a party by themselves ("Labour won"), not a member of one. */
export const PARTY_NAMES = new Set(['bloc', 'gop', 'labour', 'ndp']);

/** Party labels before a name ("Democrat Jane Roe", "Liberal MP X"). */
export const PARTY_WORDS = new Set([
  'democrat',
  'democratic',
  'republican',
  'liberal',
  'conservative',
  'tory',
  'ndp',
  'independent',
  'labour',
  'bloc',
  'gop',
  'green',
  'libertarian',
  'progressive',
  'socialist',
]);

export const SAINT_WORDS = new Set([
  'saint',
  'st',
  'ste',
  'san',
  'santa',
  'fort',
  'port',
  'mount',
  'mt',
  'lake',
  'cape',
]);

/** First words that make a capitalised phrase a place ("Lake Erie", "Mount Royal"). */
export const PLACE_OPENERS = new Set([
  'lake',
  'mount',
  'mt',
  'fort',
  'port',
  'cape',
  'isle',
  'saint',
  'st',
  'san',
  'santa',
  'new',
  'north',
  'south',
  'east',
  'west',
  'upper',
  'lower',
  // streets named the French or Spanish way: "Rue Marchand", "Calle Mayor"
  'rue',
  'calle',
]);

export const OPENING_MARKS = new Set([
  '"',
  '\u201c',
  '\u2018',
  "'",
  '(',
  '[',
  ':',
  '\u2014',
  '\u2013',
  '-',
  '\u00ab',
]);

/** The marks around a nickname inside a name (`Benjamin "Benji" Vance`), opening to closing. */
export const NICKNAME_MARKS: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ["'", "'"],
  ['(', ')'],
  ['\u2018', '\u2019'],
  ['\u201c', '\u201d'],
]);

export const CONNECTORS = new Set(['of', 'for', 'and', 'the', '&', 'de', 'du', 'des', 'la', 'le']);

/** Words that stop the scan back over a descriptor before a name ("said military analyst X"). */
export const DESCRIPTOR_STOPS = new Set([
  'and',
  'or',
  'but',
  'is',
  'was',
  'are',
  'were',
  'by',
  'with',
  'to',
  'from',
  'as',
  'that',
  'who',
  'when',
  'while',
  'after',
  'before',
  'according',
  'like',
  'than',
]);

export const DETERMINER_WORDS = new Set([
  'a',
  'an',
  'the',
  'his',
  'her',
  'its',
  'their',
  'our',
  'this',
  'that',
  'former',
  'then',
]);

/** Function-like words that still belong in a descriptor ("Norland's new premier", "former premier"). */
export const DESCRIPTOR_ADJECTIVES = new Set([
  'new',
  'former',
  'first',
  'last',
  'own',
  'next',
  'then',
  'top',
  'senior',
  'chief',
  'longtime',
  'current',
  'interim',
  'acting',
  'deputy',
]);

/** Small words an acronym skips: "Department of Fisheries and Oceans" is "DFO". */
export const ACRONYM_SKIPS = new Set([
  'of',
  'for',
  'and',
  'the',
  'on',
  'in',
  'de',
  'du',
  'des',
  'la',
  'le',
  '&',
]);

/** Prefixes that surnames capitalise after: McAdam, MacLeod, DeSantis, LaRue, VanDyke. As written. */
export const SURNAME_PREFIXES = new Set([
  'Mc',
  'Mac',
  'De',
  'Di',
  'Da',
  'Du',
  'La',
  'Le',
  'Van',
  'Von',
  'St',
  'Fitz',
]);

/** Words that open a list of examples after a plural noun ("companies including ...", "firms such as ..."). */
export const LIST_OPENERS = new Set(['including', 'like', 'as']);

/** Words that tie a role to what it serves ("a spokesperson for the ministry", "head of the union"). */
export const ROLE_LINKS = new Set(['for', 'of', 'at', 'with', 'in']);

/** Words between a role and its link that leave the role the head: "the minister responsible for housing". */
export const ROLE_LINK_ADJECTIVES = new Set(['accountable', 'responsible']);

/** Quotation marks around a title or nickname: 'an app called "Tide Meter"'. */
export const TITLE_QUOTES = new Set(['"', '\u201c', '\u201d', '\u2018', '\u2019']);

/** Currency signs that open a price after a product's name. */
export const PRICE_SIGNS = new Set(['$', '\u20ac', '\u00a3', '\u00a5']);

/** Nouns after a market's name that make it an index, a thing: "the TechForty index". */
export const MARKET_INDEX_NOUNS = new Set(['index', 'indexes', 'indices']);

/** Titles of the peerage, whose holder is "of" a place: "Lord Barrington of Whelmsford". */
export const PEERAGE_TITLES = new Set([
  ...['baron', 'baroness', 'count', 'countess', 'duchess', 'duke', 'earl', 'lady', 'lord'],
  ...['marchioness', 'marquess', 'viscount', 'viscountess'],
]);

/**
 * Unit symbols written after a number, lowercased: "-20 C", "30 F", "a 5 K run", "12 KM",
 * "300 MW". After a number such a word is a measure, not a name.
 */
export const UNIT_SYMBOLS = new Set([
  ...['c', 'cc', 'cm', 'f', 'gb', 'ghz', 'gw', 'gwh', 'hz', 'k', 'kb', 'kg', 'km', 'kph', 'kw'],
  ...['kwh', 'mb', 'mhz', 'mm', 'mph', 'mw', 'mwh', 'tb', 'tw', 'twh'],
  // the time of day after a clock time: "4:12 PM", "9 AM"
  ...['am', 'pm'],
]);

/**
 * Nouns for a made work, a character or a toy, right before its name: "the cartoon Bobo
 * Starfinder", "her new novel Tide Hollow", "the hit TV show Fizzle Pop".
 */
export const WORK_NOUNS = new Set([
  ...['album', 'anime', 'app', 'audiobook', 'ballet', 'biopic', 'book', 'cartoon', 'character'],
  ...['comedy', 'comic', 'docuseries', 'documentary', 'doll', 'film', 'game', 'manga', 'memoir'],
  ...['miniseries', 'movie', 'musical', 'novel', 'opera', 'painting', 'play', 'podcast', 'poem'],
  ...['puppet', 'series', 'show', 'sitcom', 'song', 'telenovela', 'thriller', 'toy', 'videogame'],
]);

/**
 * Words that may stand between a determiner and a work noun: "the hit TV show", "the
 * children's book", "an award-winning animated series" (possessives are read by their bare form).
 */
export const WORK_MODIFIERS = new Set([
  ...['acclaimed', 'animated', 'award-winning', 'beloved', 'best-selling', 'bestselling', 'board'],
  ...['children', 'classic', 'cult', 'debut', 'family', 'famous', 'feature', 'final', 'first'],
  ...['hit', 'horror', 'iconic', 'kids', 'latest', 'live-action', 'mobile', 'new', 'next'],
  ...['online', 'original', 'popular', 'reality', 'short', 'television', 'upcoming', 'video'],
  ...['viral', 'web'],
]);

/**
 * A noun or verb and the preposition after it that put a work's name next: "an episode of X",
 * "a sequel to X", "starred in X".
 */
export const WORK_FRAMES = new Map([
  ['adaptation', 'of'],
  ['co-starred', 'in'],
  ['episode', 'of'],
  ['episodes', 'of'],
  ['finale', 'of'],
  ['prequel', 'to'],
  ['reboot', 'of'],
  ['remake', 'of'],
  ['sequel', 'to'],
  ['spinoff', 'of'],
  ['starred', 'in'],
  ['starring', 'in'],
]);

/**
 * Determiners before a work noun ("the film", "her novel", "this show"); not "that", which
 * opens a clause with a verb as often ("surveys that show Tom Bell ahead").
 */
export const WORK_DETERMINERS = new Set([
  ...['a', 'an', 'her', 'his', 'its', 'my', 'our', 'the', 'their', 'these', 'this', 'your'],
]);

/** Words after a work noun that end its apposition: "X, a cartoon about a fox", "the series that". */
export const APPOSITION_ENDS = new Set(['featuring', 'starring', 'that', 'which']);

/** Marks that close an apposition: not "a film/TV producer", "the series' creator". */
export const APPOSITION_MARKS = new Set([
  '!',
  ')',
  ',',
  '--',
  '.',
  ':',
  ';',
  '?',
  '\u2013',
  '\u2014',
]);

/**
 * Common words that head a numbered thing, no name: "Flight 418", "Grade 9", "Ward 4", "Type 2"
 * ("Skyvale Airways Flight 418" is the airline's flight, the airline named before it).
 */
export const NUMBERED_THING_WORDS = new Set([
  'article',
  'episode',
  'exhibit',
  'figure',
  'flight',
  'game',
  'grade',
  'item',
  'level',
  'model',
  'number',
  'part',
  'phase',
  'proposition',
  'question',
  'round',
  'rule',
  'season',
  'section',
  'stage',
  'step',
  'type',
  'volume',
  'ward',
]);
