import type BetterSqlite3 from 'better-sqlite3';
import { normaliseName } from '../corpus/normalise.js';
import { keptBesidesItems, unpackItem } from '../corpus/packing.js';
import type { Row } from '../sql/database.js';
import { articleWithRows, ITEMS_OF_ARTICLE, textOf } from '../sql/stored-articles.js';
import { searchIndex } from './schema.js';
import { searchKey } from './search-keys.js';

/** Rows read at a time while the search indexes are remade. */
const BATCH = 1000;

/** An article's searched words, as prepareArticle makes them: its title and text. */
function articleText(row: Row, itemsOf: BetterSqlite3.Statement): string {
  const key = [row.published_sort, row.seq];
  const items = keptBesidesItems(row.json) ? (itemsOf.all(...key, ...key) as Row[]) : [];
  const article = articleWithRows(row.json, items);
  return normaliseName(`${article.title ?? ''} ${article.text}`);
}

/** A quote's or claim's searched words, as prepareArticle makes them: its printed text. */
function itemText(row: Row): string {
  return normaliseName(unpackItem(row.json, textOf(row)).text);
}

const SOURCES = {
  articles: {
    rows: `SELECT a.seq, a.published_sort, b.json FROM articles a JOIN article_bodies b ON b.seq = a.seq
      WHERE a.seq > ? ORDER BY a.seq LIMIT ${BATCH}`,
    text: articleText,
  },
  quotes: {
    rows: `SELECT seq, published_sort, json, text, cue_text, source_text FROM quotes
      WHERE seq > ? ORDER BY seq LIMIT ${BATCH}`,
    text: itemText,
  },
  claims: {
    rows: `SELECT seq, published_sort, json, text, cue_text, source_text FROM claims
      WHERE seq > ? ORDER BY seq LIMIT ${BATCH}`,
    text: itemText,
  },
} as const;

/**
 * Remakes the search indexes of a file from before schema 21, keyed by seq alone, under keys of
 * day and seq (search-keys.ts). The indexes keep no text, so each row's searched words are made
 * again from what it stores, as they were made when it was written.
 */
export function rekeySearch(connection: BetterSqlite3.Database): void {
  for (const [table, source] of Object.entries(SOURCES)) {
    connection.exec(`DROP TABLE IF EXISTS ${table}_fts`);
    connection.exec(searchIndex(table as keyof typeof SOURCES));
    const read = connection.prepare(source.rows);
    const itemsOf = connection.prepare(ITEMS_OF_ARTICLE);
    const insert = connection.prepare(`INSERT INTO ${table}_fts (rowid, body) VALUES (?, ?)`);
    for (let after = 0; ;) {
      const rows = read.all(after) as Row[];
      for (const row of rows) {
        const key = searchKey(String(row.published_sort), Number(row.seq));
        insert.run(BigInt(key), source.text(row, itemsOf));
      }
      if (rows.length < BATCH) break;
      after = Number(rows[rows.length - 1]?.seq);
    }
  }
}
