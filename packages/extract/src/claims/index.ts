import type { Claim, Hedge, Span } from '@sourcetrace/article-model';
import type { Doc } from '../document.js';
import type { EntityTable } from '../entities/types.js';
import type { ExtractOptions } from '../extract.js';
import type { Attribution } from '../quotes/attribution.js';
import { CONNECTIVES } from '../lexicon/words.js';
import { tokenAt } from '../text/tokens.js';

/** Adverbs that hedge the sentence they sit in: the claim is passed on, not vouched for. */
const HEDGE_ADVERBS = new Set([
  'reportedly',
  'allegedly',
  'purportedly',
  'supposedly',
  'ostensibly',
]);
const QUOTE_KINDS = new Set<Attribution['kind']>(['speech', 'continuation', 'unattributed']);
const CLAIM_KINDS: Partial<Record<Attribution['kind'], Hedge>> = {
  belief: 'belief',
  stance: 'none',
  evidence: 'none',
  according: 'none',
};
/** Own assertions shorter than this many words are fragments, not claims. */
const MIN_OWN_WORDS = 4;

/**
 * Claims: attributed ones (belief, evidence, "according to", passive hedges), sentences hedged
 * by an adverb, and unless `attributedClaimsOnly` the article's own assertions: what is left of
 * each body sentence once every quote and attributed claim is taken out.
 */
export function findClaims(
  doc: Doc,
  entities: EntityTable,
  attributions: Attribution[],
  options: ExtractOptions,
): Claim[] {
  const claims: Claim[] = [];
  for (const a of attributions) {
    const hedge = a.kind === 'passive' ? a.hedge : CLAIM_KINDS[a.kind];
    if (hedge === undefined) continue;
    claims.push({
      id: '',
      content: a.content,
      cue: a.cue,
      source: a.source,
      sourceId: a.source ? entities.resolveSource(a.source) : null,
      hedge,
      confidence: a.confidence,
      rule: a.rule.replace(/^(direct|mixed|indirect):/, ''),
    });
  }
  const covered = coverage(doc.text.length, attributions);
  // A sentence that holds a quote is someone else's statement, not the article's own.
  const inQuote = coverage(
    doc.text.length,
    attributions.filter((a) => QUOTE_KINDS.has(a.kind)),
  );
  for (const sentence of doc.sentences) {
    if (doc.blocks[sentence.block]?.kind !== 'paragraph') continue;
    const first = tokenAt(doc.tokens, sentence.start);
    let last = first;
    while (last < doc.tokens.length && doc.tokens[last]!.end <= sentence.end) last++;
    const hedged = adverbHedge(doc, first, last, covered);
    if (hedged) claims.push(hedged);
    if (options.attributedClaimsOnly || hedged) continue;
    let quoted = false;
    for (let i = first; i < last && !quoted; i++) quoted = inQuote[doc.tokens[i]!.start] === 1;
    if (quoted) continue;
    const own = ownAssertion(doc, first, last, covered);
    if (own) claims.push(own);
  }
  claims.sort((x, y) => x.content[0]!.start - y.content[0]!.start);
  claims.forEach((c, i) => (c.id = `c${i + 1}`));
  return claims;
}

/** One flag per character: inside some attribution's content, cue or source. */
function coverage(length: number, attributions: Attribution[]): Uint8Array {
  const covered = new Uint8Array(length);
  for (const a of attributions)
    for (const s of [...a.content, ...(a.cue ? [a.cue] : []), ...(a.source ? [a.source] : [])])
      covered.fill(1, s.start, s.end);
  return covered;
}

function adverbHedge(doc: Doc, first: number, last: number, covered: Uint8Array): Claim | null {
  for (let i = first; i < last; i++) {
    const token = doc.tokens[i]!;
    if (!token.word || !HEDGE_ADVERBS.has(token.lower) || covered[token.start]) continue;
    const start = doc.tokens[first]!.start;
    const end = trimmedEnd(doc, first, last);
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
      confidence: 0.6,
      rule: 'adverb-hedge',
    };
  }
  return null;
}

/** The longest uncovered run of words in a sentence, if it reads as a statement. */
function ownAssertion(doc: Doc, first: number, last: number, covered: Uint8Array): Claim | null {
  if (last <= first || doc.tokens[last - 1]!.lower === '?') return null;
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
      const words = countWords(doc, a, b);
      if (words >= MIN_OWN_WORDS && (!best || words > countWords(doc, best[0], best[1])))
        best = [a, b];
      runStart = -1;
    }
  }
  if (!best) return null;
  const span = { start: doc.tokens[best[0]]!.start, end: doc.tokens[best[1] - 1]!.end };
  return {
    id: '',
    content: [span],
    cue: null,
    source: null,
    sourceId: null,
    hedge: 'none',
    confidence: 0.5,
    rule: 'own-assertion',
  };
}

function countWords(doc: Doc, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (doc.tokens[i]!.word) n++;
  return n;
}

function trimmedEnd(doc: Doc, first: number, last: number): number {
  let b = last;
  while (b > first && !doc.tokens[b - 1]!.word) b--;
  return b > first ? doc.tokens[b - 1]!.end : doc.tokens[first]!.end;
}
