import { ARTICLES } from '../../lexicon/words.js';
import { BE_FORMS, HEARING_BODIES } from '../../lexicon/quote-words.js';
import type { Phrases } from '../phrases.js';
import { QuoteState } from '../units.js';
import type { EndRule } from './types.js';

export const HEARD_BY_CONFIDENCE = 0.4;

/**
 * `"He will be missed," the jury heard.`, `..., the inquest was told.`: a quote a court or jury
 * heard names who listened, not who spoke. Its speaker is unknown (not the person named in the
 * sentence before, often the accused), and the quote carries no one's words on.
 */
export const heardBy: EndRule = {
  name: 'heard-by',
  stage: 'end',
  produces: { quote: ['direct'] },
  confidence: HEARD_BY_CONFIDENCE,
  match({ p, lo, hi, make }) {
    if (p.states[lo] !== QuoteState.Open) return null;
    let k = p.afterCloseMark(lo + 1, hi);
    const contentEnd = k;
    if (p.isPunct(k, ',')) k++; // `"...", the court heard` (the comma outside the marks)
    if (ARTICLES.has(p.lower(k))) k++;
    if (!HEARING_BODIES.has(p.lower(k))) return null;
    const cue = heardVerb(p, k + 1, hi);
    if (!cue) return null;
    const attribution = make(
      'unattributed',
      [[lo, contentEnd]],
      p.span(cue.start, cue.end),
      null,
      'heard-by',
      HEARD_BY_CONFIDENCE,
    );
    return attribution ? { type: 'add', attribution } : { type: 'skip' };
  },
};

/** "heard" or "was told" at k: its tokens [start, end), or null. */
function heardVerb(p: Phrases, k: number, hi: number): { start: number; end: number } | null {
  if (k >= hi) return null;
  if (p.lower(k) === 'heard') return { start: k, end: k + 1 };
  if (BE_FORMS.has(p.lower(k)) && p.lower(k + 1) === 'told') return { start: k, end: k + 2 };
  return null;
}
