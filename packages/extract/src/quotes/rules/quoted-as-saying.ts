import { BE_FORMS } from '../../lexicon/quote-words.js';
import { QuoteState } from '../units.js';
import type { Phrases } from '../phrases.js';
import type { CueRule } from './types.js';

export const QUOTED_AS_SAYING_CONFIDENCE = 0.85;

/** Tokens the speaker's phrase may take between "quoted" and "as saying". */
const MAX_SPEAKER_TOKENS = 12;

/**
 * `The Zentra agency quoted police chief Dmitri Varlakov as saying: "..."`, `..., the agency
 * quoted Varlakov as saying.`: wire copy naming who spoke after "quoted" and whoever carried the
 * words before it. The speaker is the phrase before "as saying", the channel the one who quoted;
 * the words follow "saying", or are the quote the sentence opens with.
 */
export const quotedAsSaying: CueRule = {
  name: 'quoted-as-saying',
  stage: 'cue',
  triggers: new Set(['quoted']),
  produces: { quote: ['direct', 'mixed', 'indirect'] },
  confidence: QUOTED_AS_SAYING_CONFIDENCE,
  match(site) {
    const { p, c, lo, hi, make } = site;
    // "Ann Roe was quoted (by the Gazette) as saying": the passive names the speaker first
    if (BE_FORMS.has(p.lower(c - 1)) || p.lower(c + 1) === 'by') return null;
    const saying = sayingAfter(p, c, hi);
    if (saying < 0) return null;
    const content = quoteBefore(p, lo, c) ?? wordsAfter(p, saying, hi);
    if (!content) return null;
    const attribution = make(
      'speech',
      [content],
      p.span(saying, saying + 1),
      p.span(c + 1, saying - 1),
      'quoted-as-saying',
      QUOTED_AS_SAYING_CONFIDENCE,
    );
    if (!attribution) return null;
    // whoever quoted the speaker carried the words on: "The Zentra agency"
    const { npStart, npEnd } = site.phraseBefore();
    if (npStart <= npEnd && npStart >= lo) attribution.channel = p.span(npStart, npEnd + 1);
    return { type: 'settle', attribution, cutAt: null };
  },
};

/**
 * The "saying" of "quoted X as saying" after "quoted" at c: X a phrase with no verb's comma or
 * quote mark in it ("police chief Dmitri Varlakov", "Ann Roe, the mayor,"); -1 when there is none.
 */
function sayingAfter(p: Phrases, c: number, hi: number): number {
  const last = Math.min(hi - 1, c + MAX_SPEAKER_TOKENS + 2);
  for (let k = c + 2; k < last; k++) {
    if (p.lower(k) === 'as' && p.lower(k + 1) === 'saying') return k > c + 1 ? k + 1 : -1;
    if (!p.outside(k) || p.isPunct(k, ':;')) return -1;
  }
  return -1;
}

/** `"We found the car," the agency quoted ...`: the quote the unit opens with, to its closing mark. */
function quoteBefore(p: Phrases, lo: number, c: number): [number, number] | null {
  if (p.states[lo] !== QuoteState.Open) return null;
  const end = p.afterCloseMark(lo + 1, c);
  return end > lo + 1 && end < c ? [lo, end] : null;
}

/** The words after "saying", past a colon or comma, to the unit's end. */
function wordsAfter(p: Phrases, saying: number, hi: number): [number, number] | null {
  const start = p.isPunct(saying + 1, ':,') ? saying + 2 : saying + 1;
  return start < hi ? [start, hi] : null;
}
