import { firstMark, substantialQuote } from '../content.js';
import { ownSpeakerAfter } from './shared.js';
import type { EndRule } from './types.js';

export const UNATTRIBUTED_CONFIDENCE = 0.4;

/**
 * Five or more quoted words (not a Title Case title) with no speaker, or a quote whose speaker
 * after its verb no rule could read: a quote with a null speaker. Only the quoted stretch is the
 * quote; the lead-in stays the article's own.
 */
export const unattributed: EndRule = {
  name: 'unattributed',
  stage: 'end',
  produces: { quote: ['direct', 'mixed'] },
  confidence: UNATTRIBUTED_CONFIDENCE,
  match({ p, unit, lo, hi, make }) {
    // a quote whose own speaker follows it, unread, is a quote however short: its words alone
    const cue = ownSpeakerAfter(p, lo, hi);
    if (cue < 0 && !substantialQuote(p, unit)) return null;
    const quoted = (from: number) =>
      make(
        'unattributed',
        [[from, cue < 0 ? hi : cue]],
        null,
        null,
        'unattributed',
        UNATTRIBUTED_CONFIDENCE,
      );
    const attribution = quoted(firstMark(p, lo, hi)) ?? quoted(lo);
    return attribution ? { type: 'add', attribution } : { type: 'skip' };
  },
};
