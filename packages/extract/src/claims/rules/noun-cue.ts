import { NOUN_CUES } from '../../lexicon/cues.js';
import { POSSESSIVE_DETERMINERS } from '../../entities/data/source-words.js';
import { BE_FORMS, RELATIVE_PRONOUNS } from '../../lexicon/quote-words.js';
import { NOUN_CUE_MODIFIERS, PUT_FORWARD_NOUNS, PUTTING_VERBS } from '../../lexicon/claim-words.js';
import { PREPOSITIONS } from '../../lexicon/words.js';
import type { Phrases } from '../../quotes/phrases.js';
import { POSSESSIVE_CLITIC } from '../../quotes/frames.js';
import { commaAfter, frontedClauseEnd } from '../../quotes/rules/shared.js';
import type { CueRule, CueSite, Outcome } from '../../quotes/rules/types.js';
import { subjectClauseEnd } from './subject-clause.js';
import { isIngForm } from '../../entities/data/dictionary.js';
import { verbLike } from '../../quotes/speakers.js';

export const NOUN_CUE_CONFIDENCE = 0.6;

/**
 * `the mayor's claim that ...`, `the mayor's view: ...`: a noun cue after a possessive source.
 * Words in quote marks after the colon are the source's own (`Ann Roe's message was clear:
 * "..."`): a direct quote.
 */
export const nounCue: CueRule = {
  name: 'noun-cue',
  stage: 'cue',
  triggers: new Set([...NOUN_CUES.keys(), ...PUT_FORWARD_NOUNS]),
  produces: { quote: ['direct', 'mixed'], claim: ['belief', 'none'] },
  confidence: NOUN_CUE_CONFIDENCE,
  match(site) {
    const { p, c, lo, hi, floor, lower, make, open } = site;
    if (c <= lo || !p.isWord(c - 1)) return null;
    const cls = NOUN_CUES.get(lower);
    if (!cls) return putForward(site);
    // "the mayor's recent claim that": when it was said may stand between
    let owner = c - 1;
    while (owner > lo && c - owner <= MAX_MODIFIERS && NOUN_CUE_MODIFIERS.has(p.lower(owner)))
      owner--;
    // "her claim that ...": a possessive pronoun is the source, to be resolved like any pronoun;
    // inside words already reported ("noted that it stems from his view that ...") it is theirs
    const pronoun = POSSESSIVE_DETERMINERS.has(p.lower(owner));
    if (pronoun && open) return null;
    const clitic = POSSESSIVE_CLITIC.exec(p.lower(owner))?.[0].length ?? 0;
    if (!pronoun && !clitic) return fromSource(site, cls) ?? putForward(site);
    const colon = colonAfterNoun(p, c);
    const contentStart = colon >= 0 ? colon : thatAfterNoun(p, c, hi);
    if (contentStart < 0) return null;
    let sourceStart = pronoun ? owner : p.phraseBefore(owner, floor, 8);
    // "Despite Bell's claims that ...": the possessor after a preposition opening the sentence
    if (sourceStart > owner) sourceStart = possessorAfterPreposition(p, owner, floor);
    if (sourceStart < 0) return null;
    // "likened the deal to the mayor's proposal that ...": a possessor inside a phrase is nested
    // in what is open, which goes on around it
    const read = sourceStart;
    sourceStart = possessorStart(p, sourceStart, owner);
    const nested = sourceStart > read;
    // ... and such a fronted phrase ends at its comma, where the sentence's own clause starts
    const fronted = sourceStart > lo && PREPOSITIONS.has(p.lower(sourceStart - 1));
    const attribution = make(
      cls,
      [[contentStart, hi]],
      p.span(c, c + 1),
      // "the mayor" of "the mayor's": the clitic is no part of whom it names
      { start: p.tokens[sourceStart]!.start, end: p.tokens[owner]!.end - clitic },
      'noun-cue',
      NOUN_CUE_CONFIDENCE,
    );
    if (!attribution) return null;
    if (colon >= 0 && attribution.quoteKind === 'direct') attribution.kind = 'speech';
    const comma = fronted ? commaAfter(p, contentStart, hi) : -1;
    // "The minister's claim that prices would fall calmed traders": heading the subject, the
    // clause ends where the sentence's own verb starts
    // (so does the subject of a clause just reported: "said that the mayor's claim that ...
    // is false")
    const heads =
      (sourceStart === lo || opensReport(p, open !== null, floor, sourceStart)) &&
      colon < 0 &&
      !nested;
    const verb = heads ? subjectClauseEnd(p, contentStart, hi) : -1;
    const end = comma >= 0 ? comma : verb;
    const closesAt = end >= 0 ? end : undefined;
    return {
      type: 'open',
      attribution,
      contentStart,
      cutAt: nested ? null : sourceStart,
      closesAt,
    };
  },
};

/**
 * The source at `at` opens the content of the report still open, which starts at `floor`
 * (after its "that", where it has one).
 */
function opensReport(p: Phrases, open: boolean, floor: number, at: number): boolean {
  return open && (at === floor || (at === floor + 1 && p.lower(floor) === 'that'));
}

/** Words between a possessor and its noun cue, at most ("her repeated public claims"). */
const MAX_MODIFIERS = 2;

/**
 * The "that" opening what the noun at `c` says, right after it or after when it was said ("his
 * statement on Thursday that ..."); -1 when there is none.
 */
function thatAfterNoun(p: Phrases, c: number, hi: number): number {
  if (p.lower(c + 1) === 'that') return c + 1;
  const afterTime = p.skipTimeForward(c + 1, hi);
  return afterTime > c + 1 && p.lower(afterTime) === 'that' ? afterTime : -1;
}

/**
 * `The harbourmaster has made the case that ...`, `She repeated the claim that ...`: a verb
 * putting the noun forward, whose subject is the source (not "rejected the claim that", whose
 * subject answers someone else's).
 */
function putForward(site: CueSite): Outcome | null {
  const { p, c, lo, hi, floor, make } = site;
  const verb = c - 2;
  if (verb <= lo || p.lower(c - 1) !== 'the' || !PUTTING_VERBS.has(p.lower(verb))) return null;
  const contentStart = thatAfterNoun(p, c, hi);
  if (contentStart < 0) return null;
  const group = p.cueGroupStart(verb, floor);
  if (group.passive || group.negated || group.before < floor) return null;
  const sourceStart = p.phraseBefore(group.before, floor, 8);
  if (sourceStart > group.before || !p.isSpeaker(sourceStart, group.before + 1)) return null;
  // what the subject put forward it said: "made the point that ..." reports speech
  const attribution = make(
    'speech',
    [[contentStart, hi]],
    p.span(verb, c + 1),
    p.span(sourceStart, group.before + 1),
    'noun-cue',
    NOUN_CUE_CONFIDENCE,
  );
  if (!attribution) return null;
  // "After the guests made the point that ..., Roe said ...": a fronted clause ends at its comma
  const closesAt = frontedClauseEnd(site, sourceStart - 1, contentStart) ?? undefined;
  return { type: 'open', attribution, contentStart, cutAt: sourceStart, closesAt };
}

/** Tokens the source after "from" may run to ("a warning from the port's chief engineer"). */
const MAX_FROM_SOURCE = 8;

/**
 * `a warning from Tom Bell that ...`, `assurances from the ministry that ...`: the source named
 * after "from", what it put forward from the "that" after it (a quote where it quotes words).
 */
function fromSource(site: CueSite, cls: 'belief' | 'evidence'): Outcome | null {
  const { p, c, lo, hi, make } = site;
  const first = c + 2;
  if (p.lower(c + 1) !== 'from' || !p.isWord(first)) return null;
  let that = first;
  while (that < hi && that - first <= MAX_FROM_SOURCE && p.lower(that) !== 'that') that++;
  // (an apposition's comma may close the source: "from its chair, Ann Roe, that ...")
  const end = p.isPunct(that - 1, ',') ? that - 1 : that;
  if (p.lower(that) !== 'that' || end <= first || relativeThat(p, that)) return null;
  if (!plainSource(p, first, end) || !p.isSpeaker(first, end)) return null;
  const source = p.span(first, end);
  const attribution = make(
    cls,
    [[that, hi]],
    p.span(c, c + 1),
    source,
    'noun-cue',
    NOUN_CUE_CONFIDENCE,
  );
  if (!attribution) return null;
  if (attribution.verbatim.length) attribution.kind = 'speech';
  // "A warning from Bell that prices would rise calmed no one.": heading the subject, the
  // clause ends where the sentence's own verb starts
  const verb = c - 1 <= lo ? subjectClauseEnd(p, that, hi) : -1;
  return {
    type: 'open',
    attribution,
    contentStart: that,
    cutAt: null,
    closesAt: verb >= 0 ? verb : undefined,
  };
}

/** "that included ...", "that read: ...": a "that" before a verb opens a relative clause. */
function relativeThat(p: Phrases, that: number): boolean {
  const next = p.lower(that + 1);
  return verbLike(p, that + 1) || BE_FORMS.has(next) || p.isPunct(that + 2, ':');
}

/** A source with no clause of its own: no verb in -ing, no "who", no infinitive. */
function plainSource(p: Phrases, first: number, end: number): boolean {
  for (let k = first; k < end; k++) {
    const word = p.lower(k);
    if (word === 'to' || RELATIVE_PRONOUNS.has(word) || isIngForm(word)) return false;
  }
  return true;
}

/** Words of whom the noun was meant for, at most ("her message to the city council"). */
const MAX_ADDRESSEE_WORDS = 4;

/**
 * The colon after the noun at `c`, right after it ("the mayor's view: ...") or after "was" and
 * one word ("Ann Roe's message was clear: ..."), whom it was for between ("her message to the
 * company was blunt: ..."); -1 when there is none.
 */
function colonAfterNoun(p: Phrases, c: number): number {
  if (p.isPunct(c + 1, ':')) return c + 1;
  let be = c + 1;
  if (p.lower(be) === 'to' || p.lower(be) === 'for') {
    const last = be + MAX_ADDRESSEE_WORDS;
    for (be++; be <= last && p.isWord(be) && !BE_FORMS.has(p.lower(be)); be++);
  }
  const linked = BE_FORMS.has(p.lower(be)) && p.isWord(be + 1) && p.isPunct(be + 2, ':');
  return linked ? be + 2 : -1;
}

/**
 * "a dig at the mayor's claim", "contradicting the mayor's claim": the possessor starts after
 * the last preposition before it, "of" aside ("the head of the union's claim" is the head's),
 * or after a participle opening the phrase read.
 */
function possessorStart(p: Phrases, start: number, owner: number): number {
  let from = start < owner && !p.cap(start) && p.lower(start).endsWith('ing') ? start + 1 : start;
  for (let k = from; k < owner; k++)
    if (!p.cap(k) && p.lower(k) !== 'of' && PREPOSITIONS.has(p.lower(k))) from = k + 1;
  return from;
}

/** Words a possessor may run to after the preposition ("Despite Ada Kemp's claims"). */
const MAX_POSSESSOR_WORDS = 4;

/** The start of a capitalised possessor right after a preposition, or -1. */
function possessorAfterPreposition(p: Phrases, possessive: number, floor: number): number {
  let k = possessive;
  while (k > floor && possessive - k < MAX_POSSESSOR_WORDS && p.isWord(k - 1) && p.cap(k - 1)) {
    if (PREPOSITIONS.has(p.lower(k - 1))) return p.cap(k) ? k : -1;
    k--;
  }
  return -1;
}
