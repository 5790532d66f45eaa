import type { Article } from '@sourcetrace/article-model';
import { articleWithItems, type StoredItem } from '../corpus/items-apart.js';
import { keptBesidesItems, unpackItem, unpackJson, type ItemText } from '../corpus/packing.js';
import type { Database, Row } from './database.js';

const str = (value: unknown): string | null =>
  value === null || value === undefined ? null : String(value);

/** A quote's or claim's text columns (SQLite rows from schema 13 on keep them packed instead). */
export function textOf(row: Row): ItemText {
  return { text: String(row.text), cueText: str(row.cue_text), sourceText: str(row.source_text) };
}

/** One article's quotes or claims in idx order, by the list order index's leading columns. */
async function itemsOf(
  db: Database,
  table: 'quotes' | 'claims',
  publishedSort: string,
  seq: number,
): Promise<StoredItem[]> {
  const rows = await db.all(
    `SELECT json, text, cue_text, source_text FROM ${table}
     WHERE published_sort = ? AND article_seq = ? ORDER BY idx`,
    [publishedSort, seq],
  );
  return rows.map((row) => unpackItem(row.json, textOf(row)));
}

/**
 * An article from its article_bodies row (json) and articles row (seq, published_sort), with
 * its quotes and claims put back from their rows when the body is kept besides them.
 */
export async function storedArticle(db: Database, row: Row): Promise<Article> {
  const json = unpackJson(row.json);
  if (!keptBesidesItems(row.json)) return JSON.parse(json) as Article;
  const [publishedSort, seq] = [String(row.published_sort), Number(row.seq)];
  return articleWithItems<Article>(
    json,
    await itemsOf(db, 'quotes', publishedSort, seq),
    await itemsOf(db, 'claims', publishedSort, seq),
  );
}
