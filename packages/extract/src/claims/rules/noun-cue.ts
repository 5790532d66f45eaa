import { NOUN_CUES } from '../../lexicon/cues.js';
import { PREPOSITIONS } from '../../lexicon/words.js';
import type { Phrases } from '../../quotes/phrases.js';
import { commaAfter } from '../../quotes/rules/shared.js';
import type { CueRule } from '../../quotes/rules/types.js';

export const NOUN_CUE_CONFIDENCE = 0.6;

/** `the mayor's claim that ...`, `the mayor's view: ...`: a noun cue after a possessive source. */
export const nounCue: CueRule = {
  name: 'noun-cue',
  stage: 'cue',
  triggers: new Set(NOUN_CUES.keys()),
  produces: { claim: ['belief', 'none'] },
  confidence: NOUN_CUE_CONFIDENCE,
  match({ p, c, lo, hi, floor, lower, make }) {
    if (c <= lo || !/['\u2019]s?$/.test(p.lower(c - 1)) || !p.isWord(c - 1)) return null;
    const contentStart = c + 1;
    if (p.lower(contentStart) !== 'that' && !p.isPunct(contentStart, ':')) return null;
    let sourceStart = p.phraseBefore(c - 1, floor, 8);
    // "Despite Bell's claims that ...": the possessor after a preposition opening the sentence
    if (sourceStart > c - 1) sourceStart = possessorAfterPreposition(p, c - 1, floor);
    if (sourceStart < 0) return null;
    // ... and such a fronted phrase ends at its comma, where the sentence's own clause starts
    const fronted = sourceStart > lo && PREPOSITIONS.has(p.lower(sourceStart - 1));
    const attribution = make(
      NOUN_CUES.get(lower)!,
      [[contentStart, hi]],
      p.span(c, c + 1),
      p.span(sourceStart, c),
      'noun-cue',
      NOUN_CUE_CONFIDENCE,
    );
    if (!attribution) return null;
    const comma = fronted ? commaAfter(p, contentStart, hi) : -1;
    const closesAt = comma >= 0 ? comma : undefined;
    return { type: 'open', attribution, contentStart, cutAt: sourceStart, closesAt };
  },
};

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
