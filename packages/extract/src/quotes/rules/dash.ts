import { dashSpeaker, leadingDash } from '../labels.js';
import type { UnitRule } from './types.js';

export const DASH_CONFIDENCE = 0.7;

/**
 * A dash names the speaker: closing a quote (`"We need help now." — Ana Ruiz`) or opening one in
 * lists of voices (`Ana Ruiz — "We need help now."`). Either way the unit is that quote.
 */
export const dash: UnitRule = {
  name: 'dash',
  stage: 'unit',
  produces: { quote: ['direct', 'mixed'] },
  confidence: DASH_CONFIDENCE,
  match({ p, unit, lo, hi, make }) {
    const closing = dashSpeaker(p, unit);
    if (closing > lo) {
      const cue = p.span(closing, closing + 1);
      const source = p.span(closing + 1, hi);
      const attribution = make('speech', [[lo, closing]], cue, source, 'dash', DASH_CONFIDENCE);
      // only a quote: after a report of its own (`Roe said that "..." — Ivo Marr`) a dash signs
      // off the writer's dispatch, not a speaker
      if (attribution && attribution.quoteKind === 'direct')
        return { type: 'end-unit', attribution };
    }
    const opening = leadingDash(p, unit);
    if (opening > lo) {
      const cue = p.span(opening, opening + 1);
      const source = p.span(lo, opening);
      const attribution = make('speech', [[opening + 1, hi]], cue, source, 'dash', DASH_CONFIDENCE);
      if (attribution && attribution.quoteKind === 'direct')
        return { type: 'end-unit', attribution };
    }
    return null;
  },
};
