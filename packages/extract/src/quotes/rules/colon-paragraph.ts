import type { EndRule } from './types.js';

export const COLON_PARAGRAPH_CONFIDENCE = 0.8;

/** `Smith said:` closing the previous paragraph introduces this one. */
export const colonParagraph: EndRule = {
  name: 'colon-paragraph',
  stage: 'end',
  produces: { quote: ['direct', 'mixed', 'indirect'] },
  confidence: COLON_PARAGRAPH_CONFIDENCE,
  match({ lo, hi, make, pending }) {
    if (!pending) return null;
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
