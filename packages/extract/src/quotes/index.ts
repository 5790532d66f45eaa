import type { Quote } from '@sourcetrace/article-model';
import type { Doc } from '../document.js';
import type { EntityTable } from '../entities/types.js';

/** Finds quotes and attributes them. */
export function findQuotes(_doc: Doc, _entities: EntityTable): Quote[] {
  return [];
}
