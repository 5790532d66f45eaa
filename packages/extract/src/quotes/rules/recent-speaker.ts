import { firstMark, substantialQuote } from '../content.js';
import { QuoteState } from '../units.js';
import { ownSpeakerAfter } from './shared.js';
import type { EndRule } from './types.js';

export const RECENT_SPEAKER_CONFIDENCE = 0.5;

/**
 * `"We print anything," said Mara Quist. ¶ She opened the shop in 2019. ¶ "If you want ..."`:
 * a quote opening its paragraph, with no cue and nobody named just before it, belongs to the
 * speaker named in the last two paragraphs. Mid-paragraph, only to a speaker named earlier in
 * the same paragraph: a paragraph that has not quoted them may be bringing in someone else
 * (`Her deputy disagreed. "..."`).
 */
export const recentSpeaker: EndRule = {
  name: 'recent-speaker',
  stage: 'end',
  produces: { quote: ['direct', 'mixed'] },
  confidence: RECENT_SPEAKER_CONFIDENCE,
  match({ p, unit, lo, hi, make, recent }) {
    if (!recent || p.states[lo] !== QuoteState.Open || !substantialQuote(p, unit)) return null;
    if (ownSpeakerAfter(p, lo, hi) >= 0) return null;
    const attribution = make(
      'continuation',
      [[firstMark(p, lo, hi), hi]],
      null,
      recent.source,
      'recent-speaker',
      RECENT_SPEAKER_CONFIDENCE,
    );
    if (!attribution) return null;
    attribution.carries = recent;
    return { type: 'add', attribution };
  },
};
