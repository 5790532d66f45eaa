import { CUE_WORDS, isSpeechClass, NAMING_FORMS } from '../../lexicon/cues.js';
import { IRREGULAR_PAST } from '../../lexicon/verb-forms.js';
import {
  CLAUSE_OPENERS,
  FRAMING_SUBORDINATORS,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
  WH_WORDS,
} from '../../lexicon/words.js';
import { opensObject, takesStanceObject } from '../../claims/rules/stance-object.js';
import { subjectAtStart, verbLike } from '../speakers.js';
import { reportsAThing } from './leading.js';
import { namedAs } from '../named-as.js';
import { acceptsContent, classKind, commaAfter, someone } from './shared.js';
import type { Span } from '@sourcetrace/article-model';
import type { AfterCue } from '../after-cue.js';
import { toInfinitive } from '../recipient.js';
import type { Phrases } from '../phrases.js';
import { QuoteState } from '../units.js';
import { tokenAt } from '../../text/tokens.js';
import type { CueRule, CueSite, Outcome } from './types.js';
import {
  CLAUSE_OR_THING_CUES,
  CLAUSE_TAKING_CUES,
  CONTENT_OPENERS,
  COORDINATORS,
} from '../../lexicon/quote-words.js';

export const COORDINATED_CONFIDENCE = {
  /** The first verb's speaker was read by another rule. */
  sharedSpeaker: 0.7,
  /** The subject is taken from the start of the sentence. */
  sentenceSubject: 0.6,
} as const;

/**
 * A verb of saying after "and"/"but" with no subject of its own: `Ann Roe says A and said B`
 * shares the speaker of the first verb; `The union welcomed the plan but said it falls short`
 * takes the subject that opens the sentence.
 */
export const coordinated: CueRule = {
  name: 'coordinated',
  stage: 'cue',
  triggers: CUE_WORDS,
  produces: { quote: ['direct', 'mixed', 'indirect'], claim: ['none'] },
  confidence: COORDINATED_CONFIDENCE,
  match(site) {
    const cue = site.cue();
    const { p, lo } = site;
    const before = cue ? coordinatorAt(site) : -1;
    if (!cue || before < lo || !COORDINATORS.has(p.lower(before))) return null;
    const found = site.open ? sharedSpeaker(site) : sentenceSubject(site);
    return found ?? stanceAfterCoordinator(site);
  },
};

/**
 * `Ann Roe toured the mill and called for new tariffs.` / `... and criticised the plan.`: a
 * stance on something named, taken by the same subject as the first verb. Only a verb read as
 * one (a past form, or after an auxiliary or adverb): `jobs and support for the plan` is a noun.
 */
function stanceAfterCoordinator(site: CueSite): Outcome | null {
  const { p, c, lo, hi, floor, lower, make, open } = site;
  const cue = site.cue()!;
  const named = takesStanceObject(lower);
  if (!named && cue.cls !== 'stance' && cue.cls !== 'evidence') return null;
  const past = lower.endsWith('ed') || IRREGULAR_PAST.has(lower);
  if (!past && cue.group.start === c) return null;
  const right = site.right();
  const start = right.contentStart;
  if (right.ends || start >= hi || !opensObject(p, start)) return null;
  const before = coordinatorAt(site);
  const source = open ? open.source : subjectBefore(p, lo, floor, before);
  if (!source) return null;
  const confidence = open
    ? COORDINATED_CONFIDENCE.sharedSpeaker
    : COORDINATED_CONFIDENCE.sentenceSubject;
  const attribution = make('stance', [[start, hi]], cue.span, source, 'coordinated', confidence);
  if (!attribution || attribution.verbatim.length) return null;
  return { type: 'open', attribution, contentStart: start, cutAt: open ? before : null };
}

function sharedSpeaker(site: CueSite): Outcome | null {
  const { p, hi, make, open } = site;
  const cue = site.cue()!;
  if (!open?.source || cue.cls === 'belief' || cue.cls === 'stance') return null;
  const right = site.right();
  const contentStart = contentAfter(right);
  if (contentStart >= hi) return null;
  const attribution = make(
    classKind(cue.cls),
    [[contentStart, hi]],
    cue.span,
    open.source,
    'coordinated',
    COORDINATED_CONFIDENCE.sharedSpeaker,
  );
  if (!attribution || !acceptsContent(p, cue.cls, right, attribution)) return null;
  if (reportsAThing(site, cue.cls, contentStart, attribution)) return null;
  attribution.channel = right.channel;
  return { type: 'open', attribution, contentStart, cutAt: coordinatorAt(site) };
}

function sentenceSubject(site: CueSite): Outcome | null {
  const { p, lo, hi, floor, lower, make } = site;
  const cue = site.cue()!;
  const before = coordinatorAt(site);
  const clause = CLAUSE_TAKING_CUES.has(lower) || CLAUSE_OR_THING_CUES.has(lower);
  const naming = !clause && NAMING_FORMS.has(lower);
  const right = site.right();
  const contentStart = contentAfter(right);
  // `The coach hugged his captain and then shouted, "..."`: any verb of saying, of manner
  // too, before the quote it opens; its subject may be in lower case ("The coach")
  const quoted = isSpeechClass(cue.cls) && opensQuote(p, right);
  const quoting = !clause && !naming && quoted;
  const opening = clauseStart(p, lo, floor);
  // `When Ada Kemp thanked the crew and said ..., a porter cheered`: inside a framing clause that
  // opens the sentence, its own subject, and its words end at the clause's comma
  const framing = opening >= 0 && FRAMING_SUBORDINATORS.has(p.lower(opening));
  const framingEnd = framing ? commaAfter(p, opening, hi) : -1;
  const inFraming = framingEnd > before;
  const start = inFraming ? opening + 1 : opening;
  const end = inFraming ? framingEnd : hi;
  if (start < 0 || before <= start || (!clause && !naming && !quoting)) return null;
  if (CLAUSE_OPENERS.has(p.lower(start))) return null;
  if (contentStart >= end) return null;
  // Only a subject read without guessing where the verb starts: names, pronouns, "The X Y";
  // before a quote or a reported clause also one in lower case that names someone ("The
  // goalkeeper smiled and conceded that ...")
  const named = subjectAtStart(p, start, before - 1);
  const common = named ? null : subjectAtStart(p, start, before, true);
  // (a phrase fronted before that subject may hold commas: "In Eastvale, Oregon, the governor")
  const from = common ? tokenAt(p.tokens, common.start) : start;
  const reported = clause && plainWords(p, from, before) && opensClause(p, contentStart, end);
  const found = named ?? (quoted || reported ? someone(p, common) : null);
  if (!found) return null;
  // "A nurse named Ines Ruiz came in and said ...": the name given is part of the subject
  const givenEnd = namedAs(p, tokenAt(p.tokens, found.end), before);
  const subject = givenEnd ? { start: found.start, end: p.tokens[givenEnd - 1]!.end } : found;
  // "Waving at the crowd, Ann Roe ...": a participle read as the subject is none
  if (p.tokens[start]!.start === subject.start && frontedParticiple(p, start)) return null;
  const attribution = make(
    'speech',
    [[contentStart, end]],
    cue.span,
    subject,
    'coordinated',
    COORDINATED_CONFIDENCE.sentenceSubject,
  );
  if (!attribution || !acceptsContent(p, cue.cls, right, attribution)) return null;
  // `... and called the contract "a leaking bucket"`: a naming verb reports words only where it quotes them
  if ((naming || quoting) && !attribution.verbatim.length) return null;
  // `... and announced plans`, `... and explained its importance`: a thing, nothing reported
  if (CLAUSE_OR_THING_CUES.has(lower) && !opensClause(p, contentStart, end)) return null;
  // `scored once and added an assist`: so too a noun phrase after any verb of saying
  if (reportsAThing(site, cue.cls, contentStart, attribution)) return null;
  attribution.channel = right.channel;
  return { type: 'open', attribution, contentStart, cutAt: null };
}

/**
 * Where "and" or "but" would stand before the cue's group, a time phrase between them read past
 * ("but on Tuesday wrote that ..."); the token before the group when no time phrase comes first.
 */
function coordinatorAt(site: CueSite): number {
  return site.p.skipTimeBackward(site.cue()!.group.before, site.lo);
}

/**
 * The words from k open a reported clause: "that", a question word, a subject pronoun, an
 * infinitive, a quote, or a subject with its verb within a few words ("$5 million more was
 * sent"), before any "and", "but" or punctuation ("self-defense and was acquitted" is a thing).
 */
function opensClause(p: Phrases, k: number, hi: number): boolean {
  const word = p.lower(k);
  if (p.states[k] === QuoteState.Open || CONTENT_OPENERS.has(word) || WH_WORDS.has(word))
    return true;
  if (PERSONAL_PRONOUNS.has(p.bare(k)) || toInfinitive(p, k)) return true;
  for (let j = k + 1; j < hi && j - k <= MAX_SUBJECT_WORDS; j++) {
    const word = p.lower(j);
    if (!p.isWord(j) || COORDINATORS.has(word) || PREPOSITIONS.has(word)) return false;
    if (verbLike(p, j)) return true;
  }
  return false;
}

/**
 * Only words from `from` to the coordinator at `to`, with no other "and" or "but" among them: a
 * subject and its verb phrase, no clause set off inside it (`The levy and what it pays for
 * show ..., which ... - and says ...`).
 */
function plainWords(p: Phrases, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!p.isWord(k) || COORDINATORS.has(p.lower(k))) return false;
  return true;
}

/** Words a subject may take before its verb in a reported clause without "that". */
const MAX_SUBJECT_WORDS = 8;

/**
 * `Waving at the crowd, Ann Roe ...`: a capitalised form in -ing before a word in lower case
 * opens a participle clause, no subject (unless it is a name: "Wardling said").
 */
function frontedParticiple(p: Phrases, start: number): boolean {
  if (p.participleOpener(start)) return true;
  const opens = p.cap(start) && p.lower(start).endsWith('ing') && p.isWord(start + 1);
  return opens && !p.cap(start + 1) && !p.isName(start, start + 1);
}

/** The cue's words open on a quote mark: `shouted, "..."`, `shouted "..."`. */
function opensQuote(p: Phrases, right: AfterCue): boolean {
  return right.splitStart !== null || p.states[right.contentStart] === QuoteState.Open;
}

/** Where the second verb's content starts: after the cue, or the quote after its comma. */
function contentAfter(right: AfterCue): number {
  if (right.splitStart !== null) return right.splitStart; // `and said, "No way."`
  return right.ends ? Number.POSITIVE_INFINITY : right.contentStart;
}

/**
 * The sentence's subject, met right before its verb: `Tom Bell toured ...`, not a fronted word
 * (`Likewise, Bell ...`, `Asked about it, ...`) that only looks like a name at a sentence start.
 */
function subjectBefore(p: Phrases, lo: number, floor: number, before: number): Span | null {
  const start = clauseStart(p, lo, floor);
  if (start < 0 || CLAUSE_OPENERS.has(p.lower(start))) return null;
  const subject = subjectAtStart(p, start, before - 1);
  if (!subject) return null;
  let next = start;
  while (next < before && p.tokens[next]!.start < subject.end) next++;
  return p.isWord(next) && !PREPOSITIONS.has(p.lower(next)) ? subject : null;
}

/**
 * Where the sentence's own clause starts: its first token, or the token after a comma that
 * closes an earlier attribution (`Asked whether ..., Ann Roe shook her head and said ...`); -1
 * when another attribution holds the words before the verb.
 */
function clauseStart(p: Phrases, lo: number, floor: number): number {
  return floor === lo || p.isPunct(floor - 1, ',') ? floor : -1;
}
