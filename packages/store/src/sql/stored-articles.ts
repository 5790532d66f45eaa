import type { Article } from '@sourcetrace/article-model';
import { articleWithItems } from '../corpus/items-apart.js';
import { keptBesidesItems, unpackItem, unpackJson, type ItemText } from '../corpus/packing.js';
import type { Database, Row } from './database.js';

const str = (value: unknown): string | null =>
  value === null || value === undefined ? null : String(value);

/** A quote's or claim's text columns (SQLite rows from schema 13 on keep them packed instead). */
export function textOf(row: Row): ItemText {
  return { text: String(row.text), cueText: str(row.cue_text), sourceText: str(row.source_text) };
}

/**
 * One article's quotes (kind 0) and claims (kind 1), by the list order indexes' leading columns.
 * Parameters: the article's published_sort and seq, twice.
 */
export const ITEMS_OF_ARTICLE = ['quotes', 'claims']
  .map(
    (table, kind) => `SELECT ${kind} AS kind, idx, json, text, cue_text, source_text FROM ${table}
      WHERE published_sort = ? AND article_seq = ?`,
  )
  .join(' UNION ALL ');

/** An article's JSON from its body, with its quotes and claims from their rows (ITEMS_OF_ARTICLE). */
export function articleWithRows(body: unknown, items: Row[]): Article {
  const json = unpackJson(body);
  if (!keptBesidesItems(body)) return JSON.parse(json) as Article;
  items.sort((a, b) => Number(a.kind) - Number(b.kind) || Number(a.idx) - Number(b.idx));
  const unpacked = items.map((item) => unpackItem(item.json, textOf(item)));
  const quotes = items.filter((item) => Number(item.kind) === 0).length;
  return articleWithItems<Article>(json, unpacked.slice(0, quotes), unpacked.slice(quotes));
}

/**
 * An article from its article_bodies row (json) and articles row (seq, published_sort), with
 * its quotes and claims put back from their rows when the body is kept besides them.
 */
export async function storedArticle(db: Database, row: Row): Promise<Article> {
  if (!keptBesidesItems(row.json)) return articleWithRows(row.json, []);
  const key = [String(row.published_sort), Number(row.seq)];
  return articleWithRows(row.json, await db.all(ITEMS_OF_ARTICLE, [...key, ...key]));
}
