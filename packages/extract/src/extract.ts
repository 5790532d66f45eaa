import { createHash } from 'node:crypto';
import { SCHEMA_VERSION, type Article, type Claim, type Quote } from '@sourcetrace/article-model';
import { readInput, type ExtractInput } from './input/index.js';
import { splitSentences } from './text/sentences.js';
import { createEntityTable } from './entities/index.js';
import { findQuotes } from './quotes/index.js';
import { findClaims } from './claims/index.js';
import type { Doc } from './document.js';

export const EXTRACTOR = { name: 'sourcetrace', version: '0.1.0' } as const;

export interface ExtractOptions {
  /** Leave out the article's own (unsourced) assertions from `claims`. */
  attributedClaimsOnly?: boolean;
}

/** Stable article id from the content: the same text always gets the same id. */
export function articleId(text: string): string {
  return 'a' + createHash('sha256').update(text).digest('hex').slice(0, 20);
}

/** Reads one article and finds its entities, quotes and claims. Never throws on a string. */
export function extract(input: ExtractInput, options: ExtractOptions = {}): Article {
  const read = readInput(input);
  const sentences = splitSentences(read.text, read.blocks);
  const entities = createEntityTable(read.text, read.blocks, sentences);
  const doc: Doc = { text: read.text, blocks: read.blocks, sentences };
  const quotes: Quote[] = findQuotes(doc, entities);
  const claims: Claim[] = findClaims(doc, entities, quotes, options);
  return {
    schemaVersion: SCHEMA_VERSION,
    id: articleId(read.text),
    text: read.text,
    title: read.title,
    source: read.source,
    blocks: read.blocks,
    entities: entities.entities(),
    quotes,
    claims,
    extractor: { ...EXTRACTOR },
  };
}

/** The streaming batch form: one Article per input, in order, computed lazily. */
export function* extractMany(inputs: Iterable<ExtractInput>, options: ExtractOptions = {}): Generator<Article> {
  for (const input of inputs) yield extract(input, options);
}
