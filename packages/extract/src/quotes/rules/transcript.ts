import { namedLabel, transcriptLabel } from '../labels.js';
import { QuoteState } from '../units.js';
import type { UnitRule } from './types.js';

export const TRANSCRIPT_CONFIDENCE = 0.8;

/**
 * Transcript lines: `SMITH: We will win.`, `Ada Kemp: We will win.` The label is the speaker,
 * the rest of the unit is said.
 */
export const transcript: UnitRule = {
  name: 'transcript',
  stage: 'unit',
  produces: { quote: ['direct', 'mixed', 'indirect'] },
  confidence: TRANSCRIPT_CONFIDENCE,
  match({ p, unit, lo, hi, make }) {
    let label = transcriptLabel(p, unit);
    if (label <= lo) label = namedLabel(p, unit);
    if (label <= lo) return null;
    const cue = p.span(label, label + 1);
    const source = p.span(p.states[lo] === QuoteState.Open ? lo + 1 : lo, label);
    const attribution = make(
      'speech',
      [[label + 1, hi]],
      cue,
      source,
      'transcript',
      TRANSCRIPT_CONFIDENCE,
    );
    return attribution ? { type: 'end-unit', attribution } : null;
  },
};
