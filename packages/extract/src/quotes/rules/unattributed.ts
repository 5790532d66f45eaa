import { firstMark, substantialQuote } from '../content.js';
import type { EndRule } from './types.js';

export const UNATTRIBUTED_CONFIDENCE = 0.4;

/**
 * Five or more quoted words (not a Title Case title) with no speaker: a quote with a null
 * speaker. Only the quoted stretch is the quote; the lead-in stays the article's own.
 */
export const unattributed: EndRule = {
  name: 'unattributed',
  stage: 'end',
  produces: { quote: ['direct', 'mixed'] },
  confidence: UNATTRIBUTED_CONFIDENCE,
  match({ p, unit, lo, hi, make }) {
    if (!substantialQuote(p, unit)) return null;
    const quoted = (from: number) =>
      make('unattributed', [[from, hi]], null, null, 'unattributed', UNATTRIBUTED_CONFIDENCE);
    const attribution = quoted(firstMark(p, lo, hi)) ?? quoted(lo);
    return attribution ? { type: 'add', attribution } : { type: 'skip' };
  },
};
