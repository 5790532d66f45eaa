import { APPEARANCE_VERBS } from '../../lexicon/claim-words.js';
import { DETERMINERS, OBJECT_PRONOUNS, PREPOSITIONS } from '../../lexicon/words.js';
import type { Token } from '../../text/tokens.js';
import { wordTest } from '../../text/word-shapes.js';
import { sentenceAround, sourcelessHedge } from './adverb-hedge.js';
import type { ClaimSentenceRule } from './types.js';

export const APPEARANCE_HEDGE_CONFIDENCE = 0.6;

/** Read at every word of every sentence. */
const isAppearanceVerb = wordTest(APPEARANCE_VERBS);

/**
 * `The deal appears to have collapsed.` / `Her rivals seemed unmoved.`: the writer passes the
 * sentence on as how things look, hedged, with no source. "Appeared in court", "appeared on
 * CBC" and "appeared to reporters" are appearances, not hedges.
 */
export const appearanceHedge: ClaimSentenceRule = {
  name: 'appearance-hedge',
  stage: 'sentence',
  produces: { claim: ['hedged'] },
  confidence: APPEARANCE_HEDGE_CONFIDENCE,
  match({ doc, first, last, covered }) {
    const tokens = doc.tokens;
    for (let i = first + 1; i < last; i++) {
      const token = tokens[i]!;
      // covered first: a byte read, where most tokens of quoting sentences stop
      if (!token.word || covered[token.start] || !isAppearanceVerb(token.lower)) continue;
      if (!hedges(tokens, i, last)) continue;
      const content = sentenceAround(tokens, first, last, i);
      return sourcelessHedge(content, token, 'appearance-hedge', APPEARANCE_HEDGE_CONFIDENCE);
    }
    return null;
  },
};

/** The verb at i hedges what follows: "to" and a verb, "that", or an adjective; not a place. */
function hedges(tokens: Token[], i: number, last: number): boolean {
  const next = tokens[i + 1];
  if (!next?.word || i + 1 >= last) return false;
  if (next.lower === 'to') {
    const after = tokens[i + 2];
    // "to be", "to have", "to suggest"; not "to reporters", "to us", "to the crowd"
    return (
      after !== undefined &&
      after.word &&
      !after.cap &&
      !DETERMINERS.has(after.lower) &&
      !OBJECT_PRONOUNS.has(after.lower) &&
      !/[^su]s$/.test(after.lower)
    );
  }
  return !PREPOSITIONS.has(next.lower) && !next.cap && next.lower !== 'before';
}
