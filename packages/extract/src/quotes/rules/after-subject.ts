import { QuoteState } from '../units.js';
import { ownSpeakerAfter } from './shared.js';
import type { EndRule } from './types.js';

export const AFTER_SUBJECT_CONFIDENCE = 0.5;

/**
 * `Ann Roe disagreed. "We never voted on it."`: a quote opening the sentence after one that
 * names someone and quotes no one is most likely theirs (not an earlier speaker's), unless a
 * verb of saying after it says someone else spoke.
 */
export const afterSubject: EndRule = {
  name: 'after-subject',
  stage: 'end',
  produces: { quote: ['direct', 'mixed'] },
  confidence: AFTER_SUBJECT_CONFIDENCE,
  match({ p, lo, hi, make, subject }) {
    if (!subject || p.states[lo] !== QuoteState.Open) return null;
    // a quote whose own speaker follows it, unread, is not theirs (`"Shame!" came the cry ...`)
    if (ownSpeakerAfter(p, lo, hi) >= 0) return null;
    const attribution = make(
      'speech',
      [[lo, hi]],
      null,
      subject,
      'after-subject',
      AFTER_SUBJECT_CONFIDENCE,
    );
    return attribution ? { type: 'add', attribution } : { type: 'skip' };
  },
};
