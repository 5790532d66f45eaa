import type { Span } from '@sourcetrace/article-model';
import type { ClaimSentenceRule } from './types.js';
import { HEDGE_ADVERBS } from '../../lexicon/claim-words.js';

export const ADVERB_HEDGE_CONFIDENCE = 0.6;

/** `The mayor reportedly resigned.`: the sentence without the adverb, hedged, with no source. */
export const adverbHedge: ClaimSentenceRule = {
  name: 'adverb-hedge',
  stage: 'sentence',
  produces: { claim: ['hedged'] },
  confidence: ADVERB_HEDGE_CONFIDENCE,
  match({ doc, first, last, covered }) {
    for (let i = first; i < last; i++) {
      const token = doc.tokens[i]!;
      if (!token.word || covered[token.start] || !HEDGE_ADVERBS.has(token.lower)) continue;
      const start = doc.tokens[first]!.start;
      const end = trimmedEnd(doc.tokens, first, last);
      const content: Span[] = [];
      if (token.start > start) content.push({ start, end: doc.tokens[i - 1]!.end });
      if (i + 1 < last && end > doc.tokens[i + 1]!.start)
        content.push({ start: doc.tokens[i + 1]!.start, end });
      if (!content.length) return null;
      return {
        id: '',
        content,
        cue: { start: token.start, end: token.end },
        source: null,
        sourceId: null,
        hedge: 'hedged',
        confidence: ADVERB_HEDGE_CONFIDENCE,
        rule: 'adverb-hedge',
      };
    }
    return null;
  },
};

/** Where the last word of tokens [first, last) ends. */
export function trimmedEnd(
  tokens: Array<{ word: boolean; end: number }>,
  first: number,
  last: number,
): number {
  let b = last;
  while (b > first && !tokens[b - 1]!.word) b--;
  return b > first ? tokens[b - 1]!.end : tokens[first]!.end;
}
