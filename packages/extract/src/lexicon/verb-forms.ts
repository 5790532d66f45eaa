/** The past forms of "be": "praised the plan but was wary of its cost". */
export const PAST_BE_FORMS = new Set(['was', 'were']);

/**
 * Common irregular past forms of English verbs (lowercase): a word among them says a clause has
 * its verb ("the council held a vote", "the change meant delays"), where "-ed" cannot tell.
 * Forms that are mostly nouns or adjectives elsewhere (NOUN_LIKE_PAST) are left out: a noun
 * phrase must not read as a clause by accident.
 */
export const IRREGULAR_PAST = new Set([
  'arose',
  'awoke',
  'became',
  'began',
  'bought',
  'brought',
  'built',
  'came',
  'caught',
  'chose',
  'dealt',
  'drew',
  'drove',
  'dug',
  'fed',
  'fell',
  'felt',
  'fled',
  'flew',
  'forgave',
  'forgot',
  'fought',
  'froze',
  'gave',
  'got',
  'grew',
  'heard',
  'held',
  'hid',
  'kept',
  'knew',
  'lent',
  'lost',
  'made',
  'meant',
  'met',
  'oversaw',
  'overtook',
  'paid',
  'ran',
  'rang',
  'rode',
  'rose',
  'said',
  'sang',
  'sank',
  'sat',
  'saw',
  'sent',
  'shook',
  'shot',
  'slept',
  'sold',
  'sought',
  'spent',
  'spoke',
  'stole',
  'stood',
  'struck',
  'swam',
  'swept',
  'swore',
  'swung',
  'taught',
  'thought',
  'threw',
  'told',
  'took',
  'tore',
  'understood',
  'undertook',
  'upheld',
  'went',
  'wept',
  'withdrew',
  'withheld',
  'won',
  'wore',
  'wrote',
]);

/**
 * Irregular past forms that are as often a noun or an adjective ("the left wing", "a hit"): a
 * verb only where the words around them say so ("after the bus left the road").
 */
export const NOUN_LIKE_PAST = new Set(['cut', 'found', 'hit', 'led', 'left', 'put', 'read', 'set']);

/** Subjects whose "'s" is "is" or "has" ("it's", "there's"), not a possessive ("Kemp's"). */
export const CONTRACTING_SUBJECTS = new Set([
  'it',
  'he',
  'she',
  'that',
  'there',
  'here',
  'what',
  'who',
  'where',
]);

/**
 * Irregular past participles that describe a noun before a preposition ("a letter sent to
 * members", "polls taken in May", "a statement given to the court"); regular ones end in "-ed".
 */
export const PAST_PARTICIPLES = new Set([
  'chosen',
  'given',
  'held',
  'known',
  'made',
  'paid',
  'seen',
  'sent',
  'shown',
  'taken',
  'written',
]);

/** A regular past form: "-ed" after a stem of three letters or more ("opened", not "bred"). */
const regularPast = (word: string): boolean => word.length > 4 && word.endsWith('ed');

/** A lowercased word in the past tense: irregular ("took") or regular ("opened"). */
export const isPastTense = (word: string): boolean => IRREGULAR_PAST.has(word) || regularPast(word);

/** A lowercased past participle: irregular ("written") or regular ("cited"). */
export const isPastParticiple = (word: string): boolean =>
  PAST_PARTICIPLES.has(word) || regularPast(word);

/**
 * Verbs that take no object (base forms and a few participles): a past form right after one
 * ("prices would fall calmed traders") is the next clause's verb, not a word describing an
 * object ("would hit retired riders").
 */
export const INTRANSITIVE_VERBS = new Set([
  'arrive',
  'collapse',
  'continue',
  'decline',
  'die',
  'disappear',
  'drop',
  'end',
  'fail',
  'fall',
  'fallen',
  'grow',
  'grown',
  'happen',
  'improve',
  'last',
  'recover',
  'resign',
  'rise',
  'risen',
  'shrink',
  'slow',
  'soar',
  'stall',
  'succeed',
  'vanish',
  'work',
]);
