/**
 * Verbs that report a stance on something named by a noun phrase rather than a clause
 * ("criticised the plan", "likened the deal to a raid", "agreed to pay"). Lemmas, lowercase.
 */
export const STANCE_OBJECT_VERBS = [
  'accuse',
  'agree',
  'applaud',
  'blame',
  'challenge',
  'cite',
  'commend',
  'condemn',
  'criticise',
  'criticize',
  'defend',
  'demand',
  'denounce',
  'deride',
  'describe',
  'dismiss',
  'dispute',
  'echo',
  'hail',
  'lambast',
  'liken',
  'praise',
  'propose',
  'question',
  'reject',
  'ridicule',
  'slam',
  'welcome',
];

/** Of the verbs above, those that reject or contest what they are about. */
export const DISPUTING_VERBS = ['challenge', 'dismiss', 'dispute', 'question', 'reject'];

/** Verbs of stance whose base and -s forms are mostly nouns ("an attack", "the offer"): past forms only. */
export const STANCE_OBJECT_PAST_ONLY = ['attack', 'blast', 'mock', 'offer'];
