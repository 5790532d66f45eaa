import type { Claim, ClaimRule, Span } from '@sourcetrace/article-model';
import type { ClaimSentenceRule } from './types.js';
import { HEDGE_ADVERBS } from '../../lexicon/claim-words.js';
import { wordTest } from '../../text/word-shapes.js';

export const ADVERB_HEDGE_CONFIDENCE = 0.6;

/** Read at every word of every sentence. */
const isHedgeAdverb = wordTest(HEDGE_ADVERBS);

/** `The mayor reportedly resigned.`: the sentence without the adverb, hedged, with no source. */
export const adverbHedge: ClaimSentenceRule = {
  name: 'adverb-hedge',
  stage: 'sentence',
  produces: { claim: ['hedged'] },
  confidence: ADVERB_HEDGE_CONFIDENCE,
  match({ doc, first, last, covered }) {
    for (let i = first; i < last; i++) {
      const token = doc.tokens[i]!;
      // covered first: a byte read, where most tokens of quoting sentences stop
      if (!token.word || covered[token.start] || !isHedgeAdverb(token.lower)) continue;
      const content = sentenceAround(doc.tokens, first, last, i);
      if (!content.length) return null;
      return sourcelessHedge(content, token, 'adverb-hedge', ADVERB_HEDGE_CONFIDENCE);
    }
    return null;
  },
};

/** The words of sentence tokens [first, last) before and after the cue word at i. */
export function sentenceAround(
  tokens: Array<{ word: boolean; start: number; end: number }>,
  first: number,
  last: number,
  i: number,
): Span[] {
  const start = tokens[first]!.start;
  const end = trimmedEnd(tokens, first, last);
  const content: Span[] = [];
  if (tokens[i]!.start > start) content.push({ start, end: tokens[i - 1]!.end });
  if (i + 1 < last && end > tokens[i + 1]!.start)
    content.push({ start: tokens[i + 1]!.start, end });
  return content;
}

/** A claim the article passes on unconfirmed, with no source, cued by one word. */
export function sourcelessHedge(
  content: Span[],
  cue: { start: number; end: number },
  rule: ClaimRule,
  confidence: number,
): Claim {
  return {
    id: '',
    content,
    cue: { start: cue.start, end: cue.end },
    source: null,
    sourceId: null,
    hedge: 'hedged',
    confidence,
    rule,
  };
}

/** Where the last word of tokens [first, last) ends. */
function trimmedEnd(
  tokens: Array<{ word: boolean; end: number }>,
  first: number,
  last: number,
): number {
  let b = last;
  while (b > first && !tokens[b - 1]!.word) b--;
  return b > first ? tokens[b - 1]!.end : tokens[first]!.end;
}
