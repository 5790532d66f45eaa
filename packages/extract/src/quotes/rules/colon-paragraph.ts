import { QuoteState } from '../units.js';
import type { EndRule } from './types.js';

export const COLON_PARAGRAPH_CONFIDENCE = 0.8;

/**
 * `Smith said:` closing the previous paragraph introduces this one; a lead-in that takes a
 * stance (`Yeo mocked the plan within minutes:`) introduces a paragraph in quote marks.
 */
export const colonParagraph: EndRule = {
  name: 'colon-paragraph',
  stage: 'end',
  produces: { quote: ['direct', 'mixed', 'indirect'] },
  confidence: COLON_PARAGRAPH_CONFIDENCE,
  match({ p, lo, hi, make, pending }) {
    if (!pending) return null;
    // "Perran Yeo mocked the plan within minutes:" then "\"...\"": only words in marks
    if (pending.quotedOnly && p.states[lo] !== QuoteState.Open) return null;
    const attribution = make(
      'speech',
      [[lo, hi]],
      pending.cue,
      pending.source,
      'colon-paragraph',
      COLON_PARAGRAPH_CONFIDENCE,
    );
    return attribution ? { type: 'add', attribution } : { type: 'skip' };
  },
};
