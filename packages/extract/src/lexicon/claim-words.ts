/** Words the claim rules consult: hedges and what "according to" may name. All lowercase. */
import type { Hedge } from '@sourcetrace/article-model';

/** Single nouns that follow "according to" without being anyone's word ("according to plan"). */
export const NOT_SOURCES = new Set([
  'plan',
  'schedule',
  'script',
  'tradition',
  'custom',
  'design',
  'form',
]);

/** Adverbs that hedge the sentence they sit in: the claim is passed on, not vouched for. */
export const HEDGE_ADVERBS = new Set([
  'reportedly',
  'allegedly',
  'purportedly',
  'supposedly',
  'ostensibly',
  'apparently',
  'seemingly',
]);

/** Participles after "be" that make a passive hedge ("it is understood that", "is said to"). */
export const PASSIVE_HEDGES = new Map<string, Hedge>([
  ['rumoured', 'rumour'],
  ['rumored', 'rumour'],
  ['said', 'hedged'],
  ['reported', 'hedged'],
  ['alleged', 'hedged'],
  ['claimed', 'hedged'],
  ['suggested', 'hedged'],
  ['estimated', 'hedged'],
  ['believed', 'belief'],
  ['thought', 'belief'],
  ['understood', 'belief'],
  ['expected', 'belief'],
  ['feared', 'belief'],
  ['known', 'belief'],
  ['hoped', 'belief'],
  ['considered', 'belief'],
  ['seen', 'belief'],
  ['viewed', 'belief'],
  ['regarded', 'belief'],
  ['perceived', 'belief'],
  ['disputed', 'disputed'],
  ['contested', 'disputed'],
  ['denied', 'disputed'],
]);

/**
 * Of those participles, the ones that hold the subject "as" something ("is widely seen as a
 * rival", "was viewed by some as a defeat"); "considered" needs no "as" ("is considered a liberal").
 */
export const REGARDED_AS = new Set(['seen', 'viewed', 'regarded', 'perceived', 'considered']);

/** "It's" as one token: an expletive subject with its verb ("It's rumoured that"). */
export const EXPLETIVE_BE = new Set(["it's", 'it\u2019s']);

/**
 * Verbs by which the writer hedges what follows ("the deal appears to have collapsed", "the
 * crowd seemed unmoved"), lowercase forms.
 */
export const APPEARANCE_VERBS = new Set([
  'seem',
  'seems',
  'seemed',
  'appear',
  'appears',
  'appeared',
]);

/**
 * Nouns of a finding that speaks for itself: "in a new poll, ...", "..., in the latest survey."
 * name where the claim comes from as "according to" would.
 */
export const FINDING_NOUNS = new Set([
  'poll',
  'polls',
  'survey',
  'surveys',
  'study',
  'studies',
  'report',
  'analysis',
  'census',
  'audit',
  'tally',
  'estimate',
  'estimates',
  'forecast',
  'projection',
  'projections',
  'ranking',
  'rankings',
]);

/** Words that may follow a finding noun and still describe it ("a poll released Monday"). */
export const FINDING_TAILS = new Set([
  'released',
  'published',
  'carried',
  'conducted',
  'taken',
  'out',
  'from',
  'of',
  'last',
  'this',
  'earlier',
]);

/**
 * Words besides prepositions that may open a short phrase between "asked" and its question
 * ("asked during the debate why", "asked again whether", "asked specifically what").
 */
export const QUESTION_ASIDES = new Set([
  'again',
  'during',
  'later',
  'recently',
  'repeatedly',
  'specifically',
]);

/**
 * Words that open the question after "asked" ("Asked whether ...", "when asked about ..."): what
 * a speaker was asked is reported, though the reporter is its only source.
 */
export const QUESTION_OPENERS = new Set([
  'about',
  'how',
  'if',
  'what',
  'when',
  'where',
  'whether',
  'which',
  'who',
  'whom',
  'why',
]);

/**
 * Adjectives that report a belief after a form of "be" ("is confident the bill will pass",
 * "were adamant that ..."): the subject holds the view that follows.
 */
export const BELIEF_ADJECTIVES = new Set([
  'adamant',
  'afraid',
  'certain',
  'concerned',
  'confident',
  'convinced',
  'doubtful',
  'fearful',
  'hopeful',
  'optimistic',
  'pessimistic',
  'skeptical',
  'sceptical',
  'sure',
  'uncertain',
  'unsure',
  'worried',
]);

/**
 * Adjectives of feeling or awareness that report a view only before "that" ("were angry that
 * the pier closed", "is aware that ..."): "angry at the board" names no proposition.
 */
export const FEELING_ADJECTIVES = new Set([
  'alarmed',
  'angry',
  'annoyed',
  'aware',
  'delighted',
  'disappointed',
  'dismayed',
  'disturbed',
  'encouraged',
  'frustrated',
  'furious',
  'glad',
  'grateful',
  'happy',
  'heartened',
  'impatient',
  'incensed',
  'indignant',
  'irritated',
  'livid',
  'outraged',
  'pleased',
  'proud',
  'relieved',
  'saddened',
  'satisfied',
  'shocked',
  'surprised',
  'thankful',
  'troubled',
  'unaware',
  'unhappy',
  'upset',
]);

/** The adjectives a link verb makes a cue of: belief ("is confident") and feeling ("grew angry that"). */
export const VIEW_ADJECTIVES: ReadonlySet<string> = new Set([
  ...BELIEF_ADJECTIVES,
  ...FEELING_ADJECTIVES,
]);

/**
 * Verbs other than "be" that link a subject to an adjective of belief or feeling ("remains
 * hopeful that", "grew frustrated that", "are growing impatient that", "seemed sure that").
 * Not "feel": "felt" is a verb of belief of its own.
 */
export const LINK_VERB_FORMS = new Set([
  'appear',
  'appeared',
  'appears',
  'became',
  'become',
  'becomes',
  'becoming',
  'grew',
  'grow',
  'growing',
  'grown',
  'grows',
  'remain',
  'remained',
  'remaining',
  'remains',
  'seem',
  'seemed',
  'seems',
  'sounded',
  'stay',
  'stayed',
  'staying',
  'stays',
]);

/**
 * Words that may stand between a link verb and its adjective of belief ("is very confident",
 * "is not sure", "is still hopeful"); "-ly" adverbs too ("grew increasingly angry").
 * Not "so" or "too": "so angry that he left" is a result, "too sure" a measure.
 */
export const ADJECTIVE_DEGREE_WORDS = new Set([
  'all',
  'fairly',
  'less',
  'more',
  'much',
  'never',
  'not',
  'now',
  'pretty',
  'quite',
  'rather',
  'still',
  'very',
]);

/**
 * Words after an adjective of belief that open no view of the subject's but a clause of the
 * writer's ("grew more confident as the weather cleared", "was sure and calm"); "when", "if",
 * "where" stay out: "unsure when the ferry sails" reports a question.
 */
export const VIEW_ADJECTIVE_ENDERS = new Set([
  'after',
  'although',
  'and',
  'as',
  'because',
  'before',
  'but',
  'once',
  'or',
  'since',
  'though',
  'until',
  'while',
]);

/**
 * Words that may stand between a possessor and its noun cue ("the mayor's recent claim that",
 * "her repeated warnings that"): when and how often it was said, not what.
 */
export const NOUN_CUE_MODIFIERS = new Set([
  'earlier',
  'first',
  'frequent',
  'initial',
  'last',
  'latest',
  'new',
  'oft-repeated',
  'original',
  'own',
  'previous',
  'public',
  'recent',
  'renewed',
  'repeated',
]);

/**
 * Verbs that put a noun cue forward for their subject ("made the case that", "pressed the
 * argument that", "repeated the claim that"): the subject is the source. No participle in -ing:
 * "Making the point that ..., Roe said" fronts the clause of another verb.
 */
export const PUTTING_VERBS = new Set([
  'float',
  'floated',
  'floats',
  'make',
  'makes',
  'made',
  'press',
  'pressed',
  'presses',
  'reiterate',
  'reiterated',
  'reiterates',
  'repeat',
  'repeated',
  'repeats',
]);

/** Nouns that are cues only when a putting verb puts them forward ("made the case that"). */
export const PUT_FORWARD_NOUNS = new Set(['case', 'idea', 'observation', 'point']);

/**
 * Nouns of a point of view that "in" puts before a claim ("In the mayor's view, ...", "in the
 * eyes of many riders, ...", "..., in her estimation."): whose view it is, is the source.
 */
export const VIEWPOINT_NOUNS = new Set([
  'estimation',
  'eyes',
  'judgement',
  'judgment',
  'opinion',
  'reckoning',
  'view',
]);
