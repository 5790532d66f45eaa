import { hash } from 'node:crypto';
import { SCHEMA_VERSION, type Article } from '@sourcetrace/article-model';
import { readInput, type ExtractInput } from './input/index.js';
import { tokenize } from './text/tokens.js';
import { collectEntities } from './entities/index.js';
import { findAttributions, toQuotes } from './quotes/index.js';
import { findClaims } from './claims/index.js';
import { calibrateConfidence } from './quotes/confidence.js';
import { makeDoc } from './document.js';
import { sourceRequests } from './sources.js';
import type { ExtractOptions } from './options.js';

export type { ExtractOptions } from './options.js';

export const EXTRACTOR = { name: 'sourcetrace', version: '0.1.0' } as const;

/**
 * Stable article id from the content: the same text always gets the same id. The one-shot
 * `hash` gives the same hex digest as a Hash object, without making one per article.
 */
export function articleId(text: string): string {
  return 'a' + hash('sha256', text, 'hex').slice(0, 20);
}

/**
 * Reads one article and finds its entities, quotes and claims. Never throws on a string.
 * Stages: tokens, sentences and quoted passages (the Doc) -> names merged into entities ->
 * attributions (quoted passages and cues) -> the entity table finished with the sources
 * attribution found -> quotes and claims, which only read the finished table.
 */
export function extract(input: ExtractInput, options: ExtractOptions = {}): Article {
  const read = readInput(input);
  const doc = makeDoc(read.text, read.blocks, tokenize(read.text));
  const draft = collectEntities(doc);
  const attributions = findAttributions(doc, draft);
  const entities = draft.finish(sourceRequests(doc.text, attributions));
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
