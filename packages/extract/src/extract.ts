import { createHash } from 'node:crypto';
import { SCHEMA_VERSION, type Article } from '@sourcetrace/article-model';
import { readInput, type ExtractInput } from './input/index.js';
import { splitSentences } from './text/sentences.js';
import { tokenize } from './text/tokens.js';
import { createEntityTable } from './entities/index.js';
import { findAttributions, toQuotes } from './quotes/index.js';
import { findClaims } from './claims/index.js';
import { calibrateConfidence } from './quotes/confidence.js';
import type { Doc } from './document.js';
import type { ExtractOptions } from './options.js';

export type { ExtractOptions } from './options.js';

export const EXTRACTOR = { name: 'sourcetrace', version: '0.1.0' } as const;

/** Stable article id from the content: the same text always gets the same id. */
export function articleId(text: string): string {
  return 'a' + createHash('sha256').update(text).digest('hex').slice(0, 20);
}

/**
 * Reads one article and finds its entities, quotes and claims. Never throws on a string.
 * Stages: tokens -> sentences -> entities -> quoted passages and cues (attributions) ->
 * quotes (speakers resolved in text order) -> claims.
 */
export function extract(input: ExtractInput, options: ExtractOptions = {}): Article {
  const read = readInput(input);
  const tokens = tokenize(read.text);
  const sentences = splitSentences(read.text, read.blocks, tokens);
  const entities = createEntityTable(read.text, read.blocks, sentences, tokens);
  const doc: Doc = { text: read.text, blocks: read.blocks, tokens, sentences };
  const attributions = findAttributions(doc, (span) => entities.at(span)?.outlet === true);
  const quotes = toQuotes(attributions, entities);
  const claims = findClaims(doc, entities, attributions, options);
  const found = entities.entities();
  return {
    schemaVersion: SCHEMA_VERSION,
    id: articleId(read.text),
    text: read.text,
    title: read.title,
    source: read.source,
    blocks: read.blocks,
    entities: found,
    quotes: calibrateConfidence(read.text, quotes, found),
    claims,
    extractor: { ...EXTRACTOR },
  };
}

/** The streaming batch form: one Article per input, in order, computed lazily. */
export function* extractMany(
  inputs: Iterable<ExtractInput>,
  options: ExtractOptions = {},
): Generator<Article> {
  for (const input of inputs) yield extract(input, options);
}
