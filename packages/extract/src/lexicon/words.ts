/** Closed word classes the attribution rules consult. All lowercase. */

export const AUXILIARIES = new Set([
  'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must', 'did',
  'does', 'do', "'s", "'ve", "'d", 'shall', 'is', 'was', 'are', 'were', 'been', 'be',
]);

/** Adverbs that sit between a speaker and the cue ("also said", "has repeatedly called"). */
export const CUE_ADVERBS = new Set([
  'also', 'later', 'previously', 'repeatedly', 'recently', 'earlier', 'publicly', 'privately', 'once',
  'often', 'frequently', 'then', 'now', 'still', 'again', 'already', 'never', 'not', 'further',
  'separately', 'similarly', 'likewise', 'subsequently', 'initially', 'first', 'originally', 'long',
  'flatly', 'firmly', 'strongly', 'openly', 'bluntly', 'simply', 'quickly', 'recently', 'just',
  'always', 'even', 'ultimately', 'reportedly', 'allegedly', 'only', 'partly', 'last',
]);

export const WEEKDAYS_MONTHS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today',
  'tonight', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep',
  'oct', 'nov', 'dec', 'week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night',
  'day', 'earlier', 'later', 'recently', 'previously',
]);

/** Words that open a time phrase ("on Monday", "last week", "earlier this month"). */
export const TIME_OPENERS = new Set(['on', 'last', 'this', 'next', 'late', 'early', 'earlier', 'in', 'at', 'over', 'during']);

/** Words that end a speaker phrase when scanning leftwards from a cue: a new clause starts. */
export const CLAUSE_OPENERS = new Set([
  'that', 'which', 'because', 'as', 'if', 'when', 'while', 'whereas', 'but', 'although', 'though',
  'since', 'after', 'before', 'so', 'than', 'where', 'whether', 'unless', 'until', 'yet', 'or', 'and',
  'nor', 'once', 'whom', 'whose', 'why', 'how', 'what', 'then', 'also', 'however', 'meanwhile',
  'not', 'to', 'is', 'was', 'are', 'were', 'be', 'been', 'being', 'it\'s', 'there', 'here',
]);

/** Connectives after which a new attribution may start inside one sentence. */
export const CONNECTIVES = new Set([
  'and', 'but', 'while', 'whereas', 'because', 'as', 'although', 'though', 'since', 'yet', 'so',
  'however', 'meanwhile', 'when', 'after', 'before', 'if', 'where', 'or',
]);

export const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'many', 'several', 'most', 'few',
  'other', 'another', 'both', 'all', 'each', 'every', 'no', 'any', 'two', 'three', 'four', 'five',
  'his', 'her', 'its', 'their', 'our', 'my', 'your', 'one', 'more', 'such',
]);

export const PREPOSITIONS = new Set([
  'of', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'to', 'into', 'about', 'over', 'under',
  'against', 'between', 'among', 'within', 'without', 'through', 'across', 'per', 'via', 'like',
]);

/** Words inside a speaker phrase that tie its parts ("professor at a university"). */
export const NP_LINKS = new Set(['of', 'at', 'for', 'from', 'in', 'with', 'on', 'the', 'a', 'an', '&']);

export const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** Pronoun objects that end a speaker phrase: "told him", "asked them". */
export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'it', 'you']);

/** Speaker phrases whose head is plainly not a speaker (verbs of non-speech, fillers). */
export const NON_SPEAKERS = new Set(['there', 'here', 'what', 'who', 'which', 'that', 'this', 'all', 'one']);

/**
 * Words that mark a news organisation in a name ("Financial Times", "Canadian Press"). Used
 * only to tell a channel ("told the Herald") from a recipient ("told Smith").
 */
export const OUTLET_WORDS = new Set([
  'news', 'times', 'post', 'press', 'radio', 'television', 'tv', 'journal', 'herald', 'star', 'sun',
  'telegraph', 'guardian', 'globe', 'mail', 'tribune', 'chronicle', 'gazette', 'magazine', 'network',
  'daily', 'reuters', 'bloomberg', 'politico', 'axios', 'observer', 'independent', 'express',
  'mirror', 'economist', 'review', 'podcast', 'show', 'channel', 'broadcasting', 'cbc', 'bbc', 'cnn',
  'nbc', 'abc', 'cbs', 'fox', 'msnbc', 'npr', 'ctv', 'afp', 'ap', 'pbs', 'wire', 'agency', 'online',
  'today', 'insider', 'monitor', 'record', 'citizen', 'province', 'examiner', 'bulletin', 'courier',
]);

/** Nouns for the people a quote is given to, not outlets ("told reporters"). */
export const AUDIENCE_WORDS = new Set([
  'reporters', 'journalists', 'supporters', 'lawmakers', 'members', 'students', 'delegates',
  'listeners', 'viewers', 'attendees', 'crowd', 'audience', 'parliament', 'congress', 'committee',
  'council', 'senators', 'investors', 'analysts', 'staff', 'employees', 'residents', 'voters',
]);

/** Honorific titles that start a name ("Dr. Jane Roe"). */
export const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'rev', 'hon', 'sen',
  'rep', 'gov', 'gen', 'col', 'capt', 'sgt', 'det', 'cllr', 'lt', 'maj', 'cpl', 'insp', 'supt', 'st',
]);

/** Abbreviations whose period does not end a sentence. */
export const ABBREVIATIONS = new Set([
  ...HONORIFICS,
  'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'vs', 'no', 'nos', 'mt', 'ft', 'ave', 'blvd', 'rd',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx',
  'dept', 'univ', 'etc', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m', 'fig', 'est', 'govt',
]);
