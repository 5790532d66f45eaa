import { NOUN_CUES } from '../../lexicon/cues.js';
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
    const sourceStart = p.phraseBefore(c - 1, floor, 8);
    if (sourceStart > c - 1) return null;
    const attribution = make(
      NOUN_CUES.get(lower)!,
      [[contentStart, hi]],
      p.span(c, c + 1),
      p.span(sourceStart, c),
      'noun-cue',
      NOUN_CUE_CONFIDENCE,
    );
    return attribution ? { type: 'open', attribution, contentStart, cutAt: sourceStart } : null;
  },
};
