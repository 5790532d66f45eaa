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
  'express',
  'hail',
  'lambast',
  'liken',
  'praise',
  'propose',
  'question',
  'recommend',
  'reject',
  'ridicule',
  'slam',
  'welcome',
];

/** Of the verbs above, those that reject or contest what they are about. */
export const DISPUTING_VERBS = ['challenge', 'dismiss', 'dispute', 'question', 'reject'];

/**
 * Verbs of saying that also mean withholding a thing from someone ("denied him bail", "denied
 * Ann Roe the nomination"): with two objects they report no words and no stance. Lemmas.
 */
export const WITHHOLDING_VERBS = ['deny'];

/** Verbs of stance whose base and -s forms are mostly nouns ("an attack", "the offer"): past forms only. */
export const STANCE_OBJECT_PAST_ONLY = ['attack', 'back', 'blast', 'mock', 'offer', 'order'];

/**
 * Verbs of saying that also take a noun phrase naming what the speaker vouches for ("denied the
 * allegations", "reported a profit", "announced the arrest"): with such an object they report a
 * position or a fact, kept as a claim, not words. Lemmas, lowercase.
 */
export const SPEECH_OBJECT_VERBS = [
  'acknowledge',
  'admit',
  'affirm',
  'allege',
  'announce',
  'assert',
  'claim',
  'concede',
  'confirm',
  'declare',
  'deny',
  'disclose',
  'emphasise',
  'emphasize',
  'estimate',
  'indicate',
  'mention',
  'note',
  'pledge',
  'post',
  'predict',
  'proclaim',
  'promise',
  'reaffirm',
  'reiterate',
  'report',
  'reveal',
  'stress',
  'suggest',
  'tweet',
  'vow',
];

/**
 * Verbs of saying that report clauses only, so what follows them is what was said even without
 * "that" ("said the plan works"). Every other verb of saying is checked for a noun-phrase object.
 */
export const CLAUSE_ONLY_SPEECH_VERBS = ['say', 'tell', 'explain'];

/**
 * Verbs that label what they name ("called the plan a disgrace", "dubbed him a traitor"): with an
 * object and a label after it, a stance of the speaker's. Lemmas, lowercase.
 */
export const LABELLING_VERBS = ['call', 'dub', 'label', 'brand', 'term'];

/**
 * Verbs that put a label on their object with "as" ("painted her rival as a crook", "cast the
 * mayor as a puppet", "portrayed the plan as a giveaway"): a stance of the subject's on what they
 * label, only with the "as". Lemmas, lowercase.
 */
export const LABELLING_AS_VERBS = [
  'cast',
  'characterise',
  'characterize',
  'depict',
  'frame',
  'paint',
  'portray',
];

/**
 * Verbs whose label comes after a particle, with the particle ("likened the fair to a circus",
 * "described the plan as reckless", "see the levy as a tax"): a relative "that" may stand for
 * the object labelled ("crowds that residents likened to a carnival"). Lemmas, lowercase.
 */
export const LABEL_PARTICLE_VERBS: ReadonlyArray<readonly [lemma: string, particle: string]> = [
  ['describe', 'as'],
  ['liken', 'to'],
  ['regard', 'as'],
  ['see', 'as'],
  ['view', 'as'],
  ...LABELLING_AS_VERBS.map((lemma) => [lemma, 'as'] as const),
];

/**
 * Verbs that report talk, thought or feeling on a topic named after "about" or "against" ("spoke
 * about the strike", "worried about the cost", "railed against the tax"): with the topic word they
 * report a position, kept as a claim. Lemmas, lowercase.
 */
export const ABOUT_VERBS = [
  'argue',
  'ask',
  'boast',
  'brag',
  'complain',
  'concern',
  'joke',
  'rail',
  'speak',
  'talk',
  'testify',
  'think',
  'warn',
  'worry',
  'write',
];

/**
 * Verbs that take a stance on what a particle after them names ("pushed for a recount", "voted
 * against the levy", "sided with the union", "pointed to the fees"): the particle is part of
 * the cue and the stance is on what follows it. Lemmas with their particles, lowercase.
 */
export const PARTICLE_STANCE_VERBS: ReadonlyArray<readonly [lemma: string, particles: string[]]> = [
  ['advocate', ['for']],
  ['agree', ['with']],
  ['argue', ['against', 'for']],
  ['disagree', ['with']],
  ['lobby', ['against', 'for']],
  ['point', ['to']],
  ['press', ['for']],
  ['push', ['for']],
  ['side', ['against', 'with']],
  ['vote', ['against', 'for']],
];

/**
 * Of the verbs above, those whose base and -s forms are mostly nouns ("a push for", "the vote
 * for", "an advocate for", "points to consider"): those forms are verbs only after an
 * auxiliary or "to".
 */
export const PARTICLE_STANCE_NOUN_LIKE = [
  'advocate',
  'lobby',
  'point',
  'press',
  'push',
  'side',
  'vote',
];

/** The words that open a topic after one of the verbs above. */
export const TOPIC_WORDS = ['about', 'against'];

/**
 * Of the verbs above, those of speaking whose topic "of" opens too, right after the verb ("spoke
 * of the silt", "warned of a crisis"; not "thought of a plan", and after someone addressed
 * "of" is theirs: "asked the mayor of Eastvale").
 */
export const OF_TOPIC_VERBS = ['boast', 'brag', 'complain', 'speak', 'talk', 'warn', 'write'];

/** Of the verbs above, those whose -s form is mostly a noun ("peace talks", "his jokes"). */
export const ABOUT_VERBS_NOUN_S = ['concern', 'joke', 'talk', 'worry'];

/**
 * Participles of support or opposition that describe the people or body right before them ("a
 * group backing Tom Bell", "voters opposing the levy"): their stance on what follows.
 */
export const BACKING_PARTICIPLES = new Set([
  'backing',
  'supporting',
  'opposing',
  'endorsing',
  'favoring',
  'favouring',
]);

/** Verbs that hold a view of an object "as" something: "see the plan as unfair". */
export const REGARD_VERBS = ['regard', 'see', 'view'];

/** Words after "as" that make it no complement of such a view: "saw it as soon as", "as if". */
export const NOT_VIEW_AS = new Set(['if', 'though', 'well', 'soon', 'long', 'much', 'many', 'far']);

/**
 * Participles that, after a form of "be" and before "by" and someone, report that someone's
 * stance on the subject ("The plan was criticised by residents", "The figures were disputed by
 * the union"). Verbs that also tell of a deed ("attacked", "hit", "backed" with money) stay out.
 */
export const PASSIVE_STANCE_PARTICIPLES = new Set([
  'acknowledged',
  'applauded',
  'challenged',
  'condemned',
  'confirmed',
  'contested',
  'criticised',
  'criticized',
  'decried',
  'denied',
  'denounced',
  'disputed',
  'endorsed',
  'lauded',
  'praised',
  'questioned',
  'rejected',
  'reported',
  'welcomed',
]);

/** Of those, the ones that contest what the subject names (hedge `disputed`). */
export const PASSIVE_DISPUTING_PARTICIPLES = new Set([
  'challenged',
  'contested',
  'denied',
  'disputed',
  'questioned',
  'rejected',
]);
