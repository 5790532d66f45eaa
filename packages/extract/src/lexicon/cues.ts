import { WordShapes } from '../text/word-shapes.js';
import {
  ABOUT_VERBS,
  ABOUT_VERBS_NOUN_S,
  LABELLING_AS_VERBS,
  LABELLING_VERBS,
  LABEL_PARTICLE_VERBS,
  PARTICLE_STANCE_NOUN_LIKE,
  PARTICLE_STANCE_VERBS,
  REGARD_VERBS,
  OF_TOPIC_VERBS,
  TOPIC_WORDS as TOPIC_WORD_LIST,
  STANCE_OBJECT_PAST_ONLY,
  STANCE_OBJECT_VERBS,
} from './stance-verbs.js';
import { VIEW_ADJECTIVES } from './claim-words.js';
import { RARELY_NOUNS } from './quote-words.js';
import { REFLEXIVE_PRONOUNS } from './words.js';

/**
 * Cue verbs: the words that introduce reported speech or belief. Lemmas are listed once and
 * expanded to their inflected forms at load time into Sets, so a lookup is one hash probe.
 */

/** Verbs of saying: what they introduce is a quote. */
const SPEECH_STRONG = [
  'say',
  'tell',
  'add',
  'state',
  'note',
  'explain',
  'claim',
  'argue',
  'assert',
  'insist',
  'maintain',
  'contend',
  'declare',
  'announce',
  'confirm',
  'deny',
  'admit',
  'acknowledge',
  'concede',
  'allege',
  'warn',
  'caution',
  'reply',
  'respond',
  'answer',
  'retort',
  'counter',
  'comment',
  'remark',
  'observe',
  'mention',
  'stress',
  'emphasise',
  'emphasize',
  'reiterate',
  'recall',
  'suggest',
  'predict',
  'estimate',
  'promise',
  'pledge',
  'vow',
  'assure',
  'complain',
  'disclose',
  'reveal',
  'report',
  'testify',
  'inform',
  'shout',
  'conclude',
  'clarify',
  'indicate',
  'hint',
  'quip',
  'boast',
  'brag',
  'joke',
  'concur',
  'lament',
  'reckon',
  'acknowledge',
  'reason',
  'recount',
  'muse',
  'posit',
  'elaborate',
  'confide',
  'exclaim',
  'proclaim',
  'speculate',
  'surmise',
  'affirm',
  'reaffirm',
  'confess',
  'divulge',
  'aver',
  'attest',
  'opine',
  'bemoan',
];

/**
 * Verbs of the manner of saying (`"Not now," she barked.`, "muttered", "scoffed"): a bark or a
 * laugh says nothing by itself, so they report only words in quote marks.
 */
const MANNER_OF_SPEAKING = [
  // as news writes them: `"Not now," she barked.`, `"We did it!" beamed Ada Kemp.`
  'bark',
  'beam',
  'beg',
  'bellow',
  'blurt',
  'boom',
  'chide',
  'chuckle',
  'croak',
  'cry',
  'deadpan',
  'drawl',
  'enthuse',
  'exult',
  'fume',
  'gasp',
  'gloat',
  'gripe',
  'groan',
  'grouse',
  'growl',
  'grumble',
  'gush',
  'hiss',
  'holler',
  'implore',
  'interject',
  'jest',
  'laugh',
  'marvel',
  'moan',
  'mumble',
  'murmur',
  'mutter',
  'rant',
  'rasp',
  'rave',
  'roar',
  'scoff',
  'scold',
  'shriek',
  'sigh',
  'snap',
  'snarl',
  'sneer',
  'snort',
  'sob',
  'stammer',
  'stutter',
  'tease',
  'thunder',
  'wail',
  'whimper',
  'whine',
];

/**
 * Verbs of saying that also have everyday non-speech senses ("he called his mother", "asked
 * for help"): they count as cues only before quoted words, "that", "whether", "if" or a colon.
 */
const SPEECH_WEAK = [
  'write',
  'tweet',
  // what a post's author wrote under it: "\"Day one,\" she captioned the photo"
  'caption',
  'call',
  'describe',
  'criticise',
  'criticize',
  'praise',
  'welcome',
  'dismiss',
  'reject',
  'blame',
  'accuse',
  'charge',
  'slam',
  'condemn',
  'denounce',
  'ask',
  'urge',
  'exhort',
  'question',
  'continue',
  'post',
  'email',
  'text',
  'echo',
  'agree',
  'disagree',
  'dispute',
  'demand',
  'propose',
  'recommend',
  'point',
  'refer',
  'label',
  'brand',
  'dub',
  'term',
  'characterize',
  'defend',
  'cite',
  'read',
  ...MANNER_OF_SPEAKING,
  'wonder',
  'challenge',
  'threaten',
  'repeat',
  'plead',
  'whisper',
  'yell',
  'scream',
  'chant',
  'advise',
  'signal',
  'imply',
  'tout',
  'decry',
  'encourage',
  'forecast',
  'insinuate',
  'inquire',
  'enquire',
  'query',
  'relay',
];

/** Verbs of thought and belief: what they introduce is a claim with a belief hedge. */
const BELIEF = [
  'think',
  'believe',
  'feel',
  'consider',
  'suspect',
  'suppose',
  'assume',
  'expect',
  'hope',
  'fear',
  'worry',
  'doubt',
  'realise',
  'realize',
  'understand',
  'recognise',
  'recognize',
  'suspect',
  'wish',
  'trust',
  'imagine',
  'figure',
  'guess',
  'know',
];

/** Intentions, wishes and stances: attributed positions, kept as claims without a hedge. */
const STANCE = [
  'want',
  'plan',
  'intend',
  'support',
  'oppose',
  'favour',
  'favor',
  'endorse',
  'prefer',
  'seek',
  'refuse',
  'decline',
];

/** Verbs by which evidence speaks ("a study found", "polls show"): claims without a hedge. */
const EVIDENCE = [
  'find',
  'show',
  'suggest',
  'indicate',
  'conclude',
  'demonstrate',
  'reveal',
  'confirm',
  'highlight',
  'underscore',
  'underline',
];

const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  echo: ['echo', 'echoes', 'echoed', 'echoing'],
  tell: ['tell', 'tells', 'told', 'telling'],
  make: ['make', 'makes', 'made', 'making'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  think: ['think', 'thinks', 'thought', 'thinking'],
  feel: ['feel', 'feels', 'felt', 'feeling'],
  understand: ['understand', 'understands', 'understood', 'understanding'],
  find: ['find', 'finds', 'found', 'finding'],
  show: ['show', 'shows', 'showed', 'shown', 'showing'],
  read: ['read', 'reads', 'reading'],
  figure: ['figure', 'figures', 'figured'],
  know: ['know', 'knows', 'knew', 'known', 'knowing'],
  seek: ['seek', 'seeks', 'sought', 'seeking'],
  see: ['see', 'sees', 'saw', 'seen', 'seeing'],
  speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  leave: ['leave', 'leaves', 'left', 'leaving'],
  send: ['send', 'sends', 'sent', 'sending'],
  weep: ['weep', 'weeps', 'wept', 'weeping'],
  // as a verb only where it cannot be the noun: "in local terms", "the terms of the deal"
  term: ['termed', 'terming'],
  // British and American spellings both
  marvel: ['marvel', 'marvels', 'marveled', 'marvelled', 'marveling', 'marvelling'],
};

const CONSONANT_DOUBLING = new Set([
  'plan',
  'admit',
  'quip',
  'refer',
  'concur',
  'dub',
  'slam',
  'brag',
  'beg',
  'deadpan',
  'snap',
  'sob',
  'aver',
  // gestures: "nodded", "shrugged", "grinned", "squinted"
  'nod',
  'shrug',
  'grin',
  'squint',
]);

/**
 * Regular English verb forms: base, -s, -ed, -ing (enough for this closed list), in American
 * and British spelling both: "labeled" and "labelled", "characterized" and "characterised".
 */
export function inflect(lemma: string): string[] {
  const forms = americanForms(lemma);
  // "label", "signal", "cancel": British spelling doubles a final l after one vowel
  if (/[^aeiou][aeiou]l$/.test(lemma)) forms.push(lemma + 'led', lemma + 'ling');
  // "criticize", "apologize": British spelling writes -ise
  const british = lemma.endsWith('ize')
    ? forms.map((form) => form.replace(/iz(?=e|ing)/, 'is'))
    : [];
  return [...new Set([...forms, ...british])];
}

function americanForms(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  if (irregular) return [...irregular];
  const last = lemma.at(-1) ?? '';
  // "deny", "imply": a y after a consonant turns to "ie" before -s and -d
  if (/[^aeiou]y$/.test(lemma)) {
    const stem = lemma.slice(0, -1);
    return [lemma, stem + 'ies', stem + 'ied', lemma + 'ing'];
  }
  const forms = [lemma];
  if (/(s|sh|ch|x|z)$/.test(lemma)) forms.push(lemma + 'es');
  else forms.push(lemma + 's');
  if (last === 'e') forms.push(lemma + 'd', lemma.slice(0, -1) + 'ing');
  else if (CONSONANT_DOUBLING.has(lemma)) forms.push(lemma + last + 'ed', lemma + last + 'ing');
  else forms.push(lemma + 'ed', lemma + 'ing');
  return forms;
}

const LEMMAS = new Set([
  ...SPEECH_STRONG,
  ...SPEECH_WEAK,
  ...STANCE_OBJECT_VERBS,
  ...BELIEF,
  ...STANCE,
  ...EVIDENCE,
]);

/** A cue's base form doubles as a noun ("a state agency", "report", "comment"). */
export function isBaseForm(lower: string): boolean {
  return LEMMAS.has(lower);
}

function formsOf(lemmas: string[]): Set<string> {
  return new Set(lemmas.flatMap(inflect));
}

export const SPEECH_STRONG_FORMS = formsOf(SPEECH_STRONG);
/** Forms of the verbs that label ("called the plan a disgrace"): their words count only when quoted. */
export const NAMING_FORMS = formsOf(LABELLING_VERBS);
/** Forms of the verbs that label their object "as" something ("painted her rival as a crook"). */
export const LABELLING_AS_FORMS = formsOf(LABELLING_AS_VERBS);
/** Each form of a verb whose label follows a particle, with that particle ("likened" → "to"). */
export const LABEL_PARTICLES: ReadonlyMap<string, string> = new Map(
  LABEL_PARTICLE_VERBS.flatMap(([lemma, particle]) =>
    inflect(lemma).map((form) => [form, particle] as const),
  ),
);
export const SPEECH_WEAK_FORMS = formsOf(SPEECH_WEAK);
/** Forms of the verbs of the manner of saying: their words count only when quoted. */
export const MANNER_FORMS = formsOf(MANNER_OF_SPEAKING);
export const BELIEF_FORMS = formsOf(BELIEF);
// A verb of stance on a noun phrase not listed as a verb of saying is a stance cue of its own.
export const STANCE_FORMS = new Set([
  ...formsOf([...STANCE, ...STANCE_OBJECT_VERBS]),
  ...STANCE_OBJECT_PAST_ONLY.map((lemma) => inflect(lemma)[2]!),
]);
export const EVIDENCE_FORMS = formsOf(EVIDENCE);

/**
 * Verbs of a gesture that a feature's present tense puts between a speaker and their quote
 * ("Kemp nods. \"That is not true.\""): the subject ends before them. Only someone makes one
 * ("Helen Park nodded" is a person, no park).
 */
export const GESTURE_FORMS = formsOf([
  ...['nod', 'shrug', 'smile', 'grin', 'frown', 'wince', 'sigh', 'pause', 'hesitate'],
  ...['lean', 'look', 'glance', 'stare', 'shake', 'sip', 'gesture', 'blink', 'squint'],
  ...['laugh', 'gasp', 'grimace', 'weep'],
]);

export type CueClass = 'speech' | 'weak-speech' | 'belief' | 'stance' | 'evidence';

/** Every inflected cue form with its class, strongest class first when a form is in two lists. */
const CUE_CLASS = new Map<string, CueClass>();
for (const [forms, cls] of [
  [EVIDENCE_FORMS, 'evidence'],
  [STANCE_FORMS, 'stance'],
  [BELIEF_FORMS, 'belief'],
  [SPEECH_WEAK_FORMS, 'weak-speech'],
  [SPEECH_STRONG_FORMS, 'speech'],
] as const) {
  for (const form of forms) CUE_CLASS.set(form, cls);
}

const CUE_SHAPES = new WordShapes(CUE_CLASS.keys());

/** The class of a lowercased word as a cue, or undefined. Speech wins over belief. */
export function cueClass(lower: string): CueClass | undefined {
  return CUE_SHAPES.mayHold(lower) ? CUE_CLASS.get(lower) : undefined;
}

/**
 * "reports show", "Nordic states said": a cue's form in -s right before a cue's verb form is a
 * plural noun, the verb's subject (but "the survey finds states ...", "voters express support": a
 * form in -s after it, or in -ss, leaves it a verb).
 */
export function pluralBeforeCue(lower: string, next: string, nextCapitalised: boolean): boolean {
  // (the cheap tests first: most words end in no "s")
  return (
    lower.endsWith('s') &&
    !lower.endsWith('ss') &&
    !nextCapitalised &&
    !next.endsWith('s') &&
    !!cueClass(next) &&
    !!cueClass(lower) &&
    !RARELY_NOUNS.has(lower.slice(0, -1)) // "Ada Kemp says praise ...": no noun
  );
}

/** The class is one of saying, strong or weak ("said", "wrote", "continued"). */
export function isSpeechClass(cls: CueClass | undefined): cls is 'speech' | 'weak-speech' {
  return cls === 'speech' || cls === 'weak-speech';
}

/**
 * Words right after a cue verb that make it report nothing ("showed up late": came; "found
 * himself in a feud": ended up), by the verb's forms: the clue table the cue reader consults
 * before reading a cue.
 */
const UNSAYING_PARTICLES: ReadonlyArray<[lemma: string, particles: string[]]> = [
  ['find', [...REFLEXIVE_PRONOUNS]],
  ['show', ['up']],
  // "a man accused of murder told ...": the one accused, no accuser speaking
  ['accuse', ['of']],
  // "recalled its ambassador", "is recalling their pills": a body calling back what it sent out
  ['recall', ['its', 'their']],
  // "best known for her television work", "known as Big Tam": a reputation or a name, not a report
  ['know', ['as', 'for']],
  // "health think tank the Carrow Trust said": a noun, the body that speaks after it
  ['think', ['tank', 'tanks']],
];

/** A clue table of lemmas and their particles, by every inflected form of each lemma. */
function particlesByForm(
  table: ReadonlyArray<readonly [lemma: string, particles: string[]]>,
): ReadonlyMap<string, ReadonlySet<string>> {
  return new Map(
    table.flatMap(([lemma, particles]) =>
      inflect(lemma).map((form): [string, ReadonlySet<string>] => [form, new Set(particles)]),
    ),
  );
}

export const PARTICLES_UNSAYING = particlesByForm(UNSAYING_PARTICLES);

/** The particles after which each form of a verb takes a stance ("pushed" -> "for"). */
export const PARTICLE_STANCE = particlesByForm(PARTICLE_STANCE_VERBS);

/** The base and -s forms of those verbs that are mostly nouns ("push", "votes"). */
export const PARTICLE_STANCE_NOUN_FORMS: ReadonlySet<string> = new Set(
  PARTICLE_STANCE_NOUN_LIKE.flatMap((lemma) => inflect(lemma).slice(0, 2)),
);

/** Forms of the verbs that report a topic after "about" ("talked about", "worried about"). */
export const ABOUT_FORMS: ReadonlySet<string> = new Set(
  ABOUT_VERBS.flatMap(inflect).filter(
    (form) => !ABOUT_VERBS_NOUN_S.some((n) => form === inflect(n)[1]),
  ),
);

/**
 * The -s forms of those verbs left out above ("talks") that name no cue of their own: a verb
 * only after someone as its subject ("Ann Roe talks about ...", not "trade talks about ...").
 */
export const ABOUT_NOUN_S_FORMS: ReadonlySet<string> = new Set(
  ABOUT_VERBS_NOUN_S.map((verb) => inflect(verb)[1]!).filter((form) => !CUE_CLASS.has(form)),
);

/** The words that open a topic after those verbs ("about", "against"). */
export const TOPIC_WORDS: ReadonlySet<string> = new Set(TOPIC_WORD_LIST);

/** Forms of the verbs of speaking whose topic "of" opens right after them ("spoke of"). */
export const OF_TOPIC_FORMS: ReadonlySet<string> = new Set(
  OF_TOPIC_VERBS.flatMap(inflect).filter((form) => ABOUT_FORMS.has(form)),
);

/** `word`, after `before`, opens a verb's topic: "about", "against", "spoke of". */
export function opensTopic(word: string, before: string): boolean {
  return TOPIC_WORDS.has(word) || (word === 'of' && OF_TOPIC_FORMS.has(before));
}

/** Every inflected cue form, whatever its class. */
export const CUE_FORMS: ReadonlySet<string> = new Set(CUE_CLASS.keys());

/**
 * Forms of "ask", whose content may be a question with no one asked before it ("asked how the
 * fund would pay"). Not "wonder": a question wondered about is no one's words.
 */
export const ASKING_FORMS: ReadonlySet<string> = new Set(inflect('ask'));

/** Forms of "make", a cue with "clear" after it ("made it clear that ...", "makes clear"). */
export const MAKE_FORMS: ReadonlySet<string> = new Set(inflect('make'));

/**
 * Forms of the verbs that hold a view of something "as" something ("voters see the plan as
 * unfair", "regards the city as its capital"): a belief only with that "as" after the object.
 */
export const REGARD_FORMS: ReadonlySet<string> = new Set(REGARD_VERBS.flatMap(inflect));

/**
 * Verbs of a retort with "back" after them ("fired back", "shot back", "hit back"): a verb of
 * saying only with that particle ("fired the pilot" says nothing). Irregular, so listed in full.
 */
export const RETORT_FORMS: ReadonlySet<string> = new Set([
  'fire',
  'fired',
  'fires',
  'firing',
  'hit',
  'hits',
  'hitting',
  'shoot',
  'shooting',
  'shoots',
  'shot',
  'snap',
  'snapped',
  'snapping',
  'snaps',
  'strike',
  'strikes',
  'striking',
  'struck',
]);

/** After "shot back": where something went, no retort ("shot back into the lead"). */
export const BACK_TO_A_PLACE: ReadonlySet<string> = new Set([
  'into',
  'onto',
  'over',
  'through',
  'to',
  'toward',
  'towards',
]);

/** The cue forms with the verbs that are cues only before a particle ("fired back"). */
export const SAYING_TRIGGERS: ReadonlySet<string> = new Set([...CUE_FORMS, ...RETORT_FORMS]);

/**
 * Every word a cue can be read from: the cue forms, verbs of talk before a topic, "make" before
 * "clear", adjectives of belief or feeling after a link verb ("is confident that ...", "grew angry
 * that ..."), "see ... as", and retorts.
 */
export const CUE_WORDS: ReadonlySet<string> = new Set([
  ...SAYING_TRIGGERS,
  ...ABOUT_FORMS,
  ...ABOUT_NOUN_S_FORMS,
  ...PARTICLE_STANCE.keys(),
  ...MAKE_FORMS,
  ...VIEW_ADJECTIVES,
  ...REGARD_FORMS,
]);

/** Participles that attach a second cue to the sentence's speaker (", adding that ..."). */
export const PARTICIPLE_CUES = new Set([
  'saying',
  'adding',
  'noting',
  'arguing',
  'explaining',
  'insisting',
  'warning',
  'writing',
  'telling',
  'claiming',
  'stressing',
  'suggesting',
  'acknowledging',
  'admitting',
  'conceding',
  'asserting',
  'stating',
  'declaring',
  'calling',
  'describing',
  'citing',
  'referring',
  'asking',
  'urging',
  'recalling',
  'predicting',
  'promising',
  'vowing',
  'pledging',
  'implying',
  'praising',
  'welcoming',
  'criticizing',
  'criticising',
  'blaming',
  'accusing',
  'denouncing',
  'condemning',
  'dismissing',
  'rejecting',
  'defending',
  'questioning',
  'joking',
  'quipping',
  'replying',
  'retorting',
  'countering',
  'announcing',
  'confirming',
  'revealing',
  'alleging',
  'maintaining',
  'contending',
  'observing',
  'remarking',
  'reiterating',
  'emphasizing',
  'emphasising',
  'cautioning',
  'complaining',
  'boasting',
  'lamenting',
  'proclaiming',
  'tweeting',
  'posting',
  'reading',
  'shouting',
  'yelling',
  'screaming',
  'chanting',
  'whispering',
]);

/** Participles that report only a clause: "admitting that ..." (but "admitting students" lets in). */
export const CLAUSE_ONLY_PARTICIPLES = new Set(['admitting']);

/** Participles whose object names what the speaker points to (", citing the cost"): a claim. */
export const NAMING_PARTICIPLES = new Set(['citing', 'referring']);

/**
 * Nouns that carry an attribution after a possessive: "the mayor's claim that ...". Those of
 * belief make belief claims; the others report what someone put forward.
 */
export const NOUN_CUES = new Map<string, 'belief' | 'evidence'>([
  ...[
    'statement',
    'claim',
    'claims',
    'assertion',
    'allegation',
    'allegations',
    'argument',
    'warning',
    'warnings',
    'promise',
    'promises',
    'pledge',
    'suggestion',
    'insistence',
    'announcement',
    'admission',
    'accusation',
    'charge',
    'contention',
    'comments',
    'remarks',
    'answer',
    'explanation',
    'reason',
    'response',
    'reply',
    'message',
    'advice',
    'verdict',
    'prediction',
    'predictions',
    'assurances',
    'proposal',
    'position',
    'complaint',
    'complaints',
    'criticism',
    'rebuke',
    'assurance',
    'threat',
    'denial',
    'reminder',
  ].map((w) => [w, 'evidence'] as const),
  ...[
    'view',
    'belief',
    'concern',
    'concerns',
    'fear',
    'fears',
    'hope',
    'hopes',
    'assessment',
    'opinion',
    'sense',
    'feeling',
    'conviction',
    'expectation',
  ].map((w) => [w, 'belief'] as const),
]);
