import type { Doc } from '../../document.js';
import { CONNECTIVES } from '../../lexicon/words.js';
import { ASIDE_RELATIVES } from '../../lexicon/quote-words.js';
import { afterDateline } from '../../text/dateline.js';
import type { ClaimSentenceRule } from './types.js';

export const OWN_ASSERTION_CONFIDENCE = 0.5;

/** Own assertions shorter than this many words are fragments, not claims. */
const MIN_OWN_WORDS = 4;

/**
 * What is left of a body sentence with no quote once attributed parts are taken out: its
 * longest uncovered run of words, if it reads as a statement (four words or more, no question).
 */
export const ownAssertion: ClaimSentenceRule = {
  name: 'own-assertion',
  stage: 'sentence',
  produces: { claim: ['none'] },
  confidence: OWN_ASSERTION_CONFIDENCE,
  match(site) {
    const { doc, first, last, covered } = site;
    if (site.options.attributedClaimsOnly || site.quoted()) return null;
    if (last <= first || doc.tokens[last - 1]!.lower === '?') return null;
    // "EASTVALE, Norland (Harbour Wire) — ...": the dateline says where, no part of the claim
    const from = afterDateline(doc.text, doc.tokens, first, last);
    const best = longestFreeRun(doc, from, last, covered);
    if (!best) return null;
    const span = { start: doc.tokens[best[0]]!.start, end: doc.tokens[best[1] - 1]!.end };
    return {
      id: '',
      content: [span],
      cue: null,
      source: null,
      sourceId: null,
      hedge: 'none',
      confidence: OWN_ASSERTION_CONFIDENCE,
      rule: 'own-assertion',
    };
  },
};

/** The longest run of uncovered tokens, trimmed of connectives, with enough words. */
function longestFreeRun(
  doc: Doc,
  first: number,
  last: number,
  covered: Uint8Array,
): [number, number] | null {
  let best: [number, number] | null = null;
  let runStart = -1;
  for (let i = first; i <= last; i++) {
    const free = i < last && !covered[doc.tokens[i]!.start];
    if (free && runStart < 0) runStart = i;
    if (!free && runStart >= 0) {
      let a = runStart;
      let b = i;
      while (a < b && (!doc.tokens[a]!.word || CONNECTIVES.has(doc.tokens[a]!.lower))) a++;
      while (b > a && (!doc.tokens[b - 1]!.word || CONNECTIVES.has(doc.tokens[b - 1]!.lower))) b--;
      const words = asideOnly(doc, a) ? 0 : countWords(doc, a, b);
      if (words >= MIN_OWN_WORDS && (!best || words > countWords(doc, best[0], best[1])))
        best = [a, b];
      runStart = -1;
    }
  }
  return best;
}

/**
 * "Council member Ann Roe, who has led the opposition, wants ...": a run left over that opens on
 * a relative after a comma is an aside on a name an attribution took, no statement of its own.
 */
function asideOnly(doc: Doc, a: number): boolean {
  return doc.tokens[a - 1]?.lower === ',' && ASIDE_RELATIVES.has(doc.tokens[a]?.lower ?? '');
}

function countWords(doc: Doc, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (doc.tokens[i]!.word) n++;
  return n;
}
