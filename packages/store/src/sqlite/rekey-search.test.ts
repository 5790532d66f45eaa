import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Article } from '@sourcetrace/article-model';
import { prepareArticle } from '../corpus/prepare.js';
import {
  listedArticles,
  listedClaims,
  listedQuotes,
  quotingArticle,
  syntheticArticle,
} from '../testing/index.js';
import type { Store } from '../types.js';
import { searchIndex } from './schema.js';
import { createSqliteStore } from './sqlite-store.js';

const ingestedAt = '2025-01-01T00:00:00.000Z';

async function inFolder(work: (folder: string) => Promise<void>): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'sourcetrace-rekey-'));
  try {
    await work(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * What searches for each word find (an article, quote or claim by its id and words), read a
 * page of one and a page of three at a time.
 */
async function searches(store: Store, words: string[]): Promise<string[][]> {
  const found: string[][] = [];
  for (const q of words)
    for (const limit of [1, 3]) {
      found.push(
        await listedQuotes(store, limit, q),
        await listedClaims(store, limit, q),
        await listedArticles(store, limit, q),
      );
    }
  return found;
}

/** Reports of several quotes each, dated and not, some sharing a published time. */
const reports: Article[] = Array.from({ length: 12 }, (_, n) =>
  quotingArticle({
    publisher: null,
    ...(n % 5 === 4 ? {} : { publishedAt: `2024-05-0${1 + (n % 3)}T0${n % 2}:00:00Z` }),
    lines: Array.from({ length: 1 + (n % 3) }, (_, line) => ({
      words: `harbour pier ${n} ${line}${line % 2 ? ' lighthouse' : ''}`,
      speaker: 'Ada Kemp',
    })),
    tag: `${n}`,
  }),
);
const synthetic = [1, 2, 3, 4, 5, 6].map((seed) => syntheticArticle(seed));
/** Words the reports and the invented articles hold, often and rarely, and one none holds. */
const WORDS = ['harbour', 'lighthouse', 'minister', 'port', 'harbour pier', 'quayside'];

/**
 * Makes a new file's search indexes as schema 20 kept them, keyed by seq alone, from the words
 * prepareArticle gives each row, and marks the file schema 20.
 */
function asSchema20(file: string, articles: Article[]): void {
  const raw = new BetterSqlite3(file);
  try {
    const prepared = new Map(
      articles.map((article) => {
        const result = prepareArticle(article);
        if (!result.ok) throw new Error('invalid test article');
        return [article.id, result.prepared];
      }),
    );
    for (const table of ['articles', 'quotes', 'claims'] as const) {
      raw.exec(`DROP TABLE ${table}_fts; ${searchIndex(table)}`);
      const insert = raw.prepare(`INSERT INTO ${table}_fts (rowid, body) VALUES (?, ?)`);
      const rows = raw
        .prepare(
          table === 'articles'
            ? 'SELECT seq, id, 0 AS idx FROM articles'
            : `SELECT x.seq, a.id, x.idx FROM ${table} x JOIN articles a ON a.seq = x.article_seq`,
        )
        .all() as { seq: number; id: string; idx: number }[];
      for (const row of rows) {
        const article = prepared.get(row.id)!;
        const text =
          table === 'articles' ? article.searchText : article[table][row.idx]!.searchText;
        insert.run(row.seq, text);
      }
    }
    raw.pragma('user_version = 20');
  } finally {
    raw.close();
  }
}

describe('a file written by corpus schema 20', () => {
  it('has its search indexes remade on opening: each word finds what a new file finds, in the same order', () =>
    inFolder(async (folder) => {
      const file = join(folder, 'schema-20.db');
      const articles = [...reports, ...synthetic];
      const written = await createSqliteStore(file);
      for (const article of articles) await written.putArticle(article, { ingestedAt });
      await written.close();
      asSchema20(file, articles);

      const migrated = await createSqliteStore(file);
      const fresh = await createSqliteStore(':memory:');
      try {
        for (const article of articles) await fresh.putArticle(article, { ingestedAt });
        const wanted = await searches(fresh, WORDS);
        expect(wanted.filter((found) => found.length > 3).length).toBeGreaterThan(6);
        expect(await searches(migrated, WORDS)).toEqual(wanted);
        // and it goes on taking writes and deletions
        for (const store of [migrated, fresh]) {
          await store.putArticle(syntheticArticle(7), { ingestedAt });
          expect(await store.deleteArticle(reports[3]!.id)).toBe(true);
        }
        expect(await searches(migrated, WORDS)).toEqual(await searches(fresh, WORDS));
      } finally {
        await migrated.close();
        await fresh.close();
      }
      const raw = new BetterSqlite3(file, { readonly: true });
      expect(raw.pragma('user_version', { simple: true })).toBe(21);
      // Dated rows are keyed under their day now, undated ones under day 0.
      const days = raw.prepare('SELECT DISTINCT rowid >> 32 AS day FROM quotes_fts').pluck().all();
      expect(days).toContain(0);
      expect(days.length).toBeGreaterThan(3);
      raw.close();
    }));
});

describe('a file written by corpus schema 2', () => {
  // Written by the schema 2 store from syntheticArticle(1..8), each ingested at `ingestedAt`.
  const fixture = new URL('../../test/fixtures/corpus-schema-2.db.gz', import.meta.url);

  it('finds what a new file finds, in the same order, once migrated', () =>
    inFolder(async (folder) => {
      const file = join(folder, 'schema-2.db');
      writeFileSync(file, gunzipSync(readFileSync(fixture)));
      const migrated = await createSqliteStore(file);
      const fresh = await createSqliteStore(':memory:');
      try {
        for (let seed = 1; seed <= 8; seed++)
          await fresh.putArticle(syntheticArticle(seed), { ingestedAt });
        const words = ['minister', 'port', 'said', 'harbour', 'quayside'];
        const wanted = await searches(fresh, words);
        expect(wanted.filter((found) => found.length > 3).length).toBeGreaterThan(3);
        expect(await searches(migrated, words)).toEqual(wanted);
      } finally {
        await migrated.close();
        await fresh.close();
      }
    }));
});
