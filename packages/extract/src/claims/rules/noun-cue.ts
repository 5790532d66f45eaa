import { NOUN_CUES } from '../../lexicon/cues.js';
import { POSSESSIVE_DETERMINERS } from '../../entities/data/source-words.js';
import { BE_FORMS } from '../../lexicon/quote-words.js';
import { PREPOSITIONS } from '../../lexicon/words.js';
import type { Phrases } from '../../quotes/phrases.js';
import { POSSESSIVE_CLITIC } from '../../quotes/frames.js';
import { commaAfter } from '../../quotes/rules/shared.js';
import type { CueRule } from '../../quotes/rules/types.js';

export const NOUN_CUE_CONFIDENCE = 0.6;

/**
 * `the mayor's claim that ...`, `the mayor's view: ...`: a noun cue after a possessive source.
 * Words in quote marks after the colon are the source's own (`Ann Roe's message was clear:
 * "..."`): a direct quote.
 */
export const nounCue: CueRule = {
  name: 'noun-cue',
  stage: 'cue',
  triggers: new Set(NOUN_CUES.keys()),
  produces: { quote: ['direct'], claim: ['belief', 'none'] },
  confidence: NOUN_CUE_CONFIDENCE,
  match({ p, c, lo, hi, floor, lower, make, open }) {
    if (c <= lo || !p.isWord(c - 1)) return null;
    // "her claim that ...": a possessive pronoun is the source, to be resolved like any pronoun;
    // inside words already reported ("noted that it stems from his view that ...") it is theirs
    const pronoun = POSSESSIVE_DETERMINERS.has(p.lower(c - 1));
    if (pronoun && open) return null;
    const clitic = POSSESSIVE_CLITIC.exec(p.lower(c - 1))?.[0].length ?? 0;
    if (!pronoun && !clitic) return null;
    const colon = colonAfterNoun(p, c);
    const contentStart = colon >= 0 ? colon : c + 1;
    if (colon < 0 && p.lower(contentStart) !== 'that') return null;
    let sourceStart = pronoun ? c - 1 : p.phraseBefore(c - 1, floor, 8);
    // "Despite Bell's claims that ...": the possessor after a preposition opening the sentence
    if (sourceStart > c - 1) sourceStart = possessorAfterPreposition(p, c - 1, floor);
    if (sourceStart < 0) return null;
    // ... and such a fronted phrase ends at its comma, where the sentence's own clause starts
    const fronted = sourceStart > lo && PREPOSITIONS.has(p.lower(sourceStart - 1));
    const attribution = make(
      NOUN_CUES.get(lower)!,
      [[contentStart, hi]],
      p.span(c, c + 1),
      // "the mayor" of "the mayor's": the clitic is no part of whom it names
      { start: p.tokens[sourceStart]!.start, end: p.tokens[c - 1]!.end - clitic },
      'noun-cue',
      NOUN_CUE_CONFIDENCE,
    );
    if (!attribution) return null;
    if (colon >= 0 && attribution.quoteKind === 'direct') attribution.kind = 'speech';
    const comma = fronted ? commaAfter(p, contentStart, hi) : -1;
    const closesAt = comma >= 0 ? comma : undefined;
    return { type: 'open', attribution, contentStart, cutAt: sourceStart, closesAt };
  },
};

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
