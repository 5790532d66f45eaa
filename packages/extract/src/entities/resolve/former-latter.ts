// "the former" and "the latter": the first and the second of the two named just before.
import type { Span } from '@sourcetrace/article-model';
import type { EntityStore } from '../store.js';
import type { Ent } from '../types.js';

/** A mention that is itself "the former" or "the latter". */
const PAIR_WORDS = /^the (?:former|latter)$/i;

/** Mentions read back for the pair, at most. */
const MAX_MENTIONS = 12;

/**
 * "Ingrid Solberg met Tariq Mansour. The latter said ...": of the last two people or bodies
 * named (unquoted) in this sentence or the two before, "the latter" is the one named last and
 * "the former" the one before it; undefined for other words, or with fewer than two.
 */
export function formerOrLatter(store: EntityStore, span: Span, word: string): Ent | undefined {
  if (word !== 'former' && word !== 'latter') return undefined;
  const from = store.sentenceStartBack(span.start, 2);
  const pair: Ent[] = [];
  store.index.eachBefore(span.start, MAX_MENTIONS, (m) => {
    if (m.span.start < from) return true;
    const { ent } = m;
    if (m.quoted || (ent.kind !== 'person' && ent.kind !== 'organization')) return false;
    // ("The latter said ... The former said ...": the pair is the one named, not its mentions)
    if (PAIR_WORDS.test(store.text.slice(m.span.start, m.span.end))) return false;
    if (!pair.includes(ent)) pair.push(ent);
    return pair.length === 2;
  });
  if (pair.length < 2) return undefined;
  return word === 'latter' ? pair[0] : pair[1];
}
