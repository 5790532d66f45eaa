import type { Claim, Quote } from '@sourcetrace/article-model';
import type { Doc } from '../document.js';
import type { EntityTable } from '../entities/types.js';
import type { ExtractOptions } from '../extract.js';

/** Finds attributed claims and the article's own assertions. */
export function findClaims(_doc: Doc, _entities: EntityTable, _quotes: Quote[], _options: ExtractOptions): Claim[] {
  return [];
}
