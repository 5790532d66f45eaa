import type { Block } from '@sourcetrace/article-model';
import type { Sentence } from '../text/sentences.js';
import type { Token } from '../text/tokens.js';
import { buildEntityTable } from './table.js';
import type { EntityTable } from './types.js';

export type { EntityTable, Gender } from './types.js';

/**
 * Finds the article's people, organisations, places and outlets by rule (capitalised runs,
 * titles, lists of public names), merges name variants ("Ruiz" -> "Ana Ruiz"), and
 * returns the table attribution resolves speakers through. Pass the text's tokens when they
 * are at hand to save a second pass.
 */
export function createEntityTable(
  text: string,
  blocks: Block[],
  sentences: Sentence[],
  tokens?: Token[],
): EntityTable {
  return buildEntityTable(text, blocks, sentences, tokens);
}
