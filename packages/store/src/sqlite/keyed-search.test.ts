import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Article } from '@sourcetrace/article-model';
import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../corpus/prepare.js';
import type { Store } from '../types.js';
import {
  listedArticles,
  listedClaims,
  listedQuotes,
  quotingArticle,
  syntheticArticle,
} from '../testing/index.js';
import { searchIndex } from './schema.js';
import { searchKey } from './search-keys.js';
import { createSqliteStore } from './sqlite-store.js';

/**
 * Published times that put rows of one day out of seq order: several at one instant, others
 * earlier and later the same day, a date alone (midnight), undated, before 1800, and a year past
 * the last day the search keys tell apart.
 */
const TIMES = [
  '2024-03-01T10:00:00Z',
  '2024-03-01T10:00:00Z',
  '2024-03-01T08:30:00Z',
  '2024-03-01T23:59:59.500Z',
  '2024-03-01',
  undefined,
  '2024-02-28T12:00:00Z',
  '2024-03-01T10:00:00Z',
  '1750-06-01',
  '9000-01-01',
  undefined,
  '2024-03-01',
];

/** Article n's lines: harbour in all, lighthouse in every third, beacon in one line alone. */
function lines(n: number) {
  return Array.from({ length: 1 + (n % 4) }, (_, line) => ({
    words: `harbour ${n} ${line}${(n + line) % 3 === 0 ? ' lighthouse' : ''}${n === 17 && line === 1 ? ' beacon' : ''}`,
    speaker: line % 2 === 0 ? 'Ada Kemp' : null,
  }));
}

/** Report n, published at one of TIMES. */
const report = (n: number) =>
  quotingArticle({
    publisher: null,
    ...(TIMES[n % TIMES.length] === undefined ? {} : { publishedAt: TIMES[n % TIMES.length] }),
    lines: lines(n),
    tag: `${n}`,
  });

/** 36 reports and 12 invented articles with claims, in no order of their times. */
function corpusArticles(): Article[] {
  const articles = Array.from({ length: 36 }, (_, i) => report((i * 7) % 36));
  for (let seed = 1; seed <= 12; seed++) {
    const article: Article = syntheticArticle(seed);
    const publishedAt = TIMES[(seed * 5) % TIMES.length];
    const source = { ...article.source };
    if (publishedAt === undefined) delete source.publishedAt;
    else source.publishedAt = publishedAt;
    articles.push({ ...article, source });
  }
  return articles;
}

async function corpus(store: Store): Promise<void> {
  for (const article of corpusArticles()) await store.putArticle(article);
}

/** Whether a text holds a word, as the index stems it: these words only add an s. */
const holds = (text: string, word: string) =>
  text
    .toLowerCase()
    .split(/\W+/)
    .some((token) => token === word || token === `${word}s`);

/** A word some claims hold and others not, that no claim holds in another form. */
function claimWord(all: string[]): string {
  const texts = all.map((key) => key.split('/').slice(2).join('/'));
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const word of new Set(text.toLowerCase().split(/\W+/)))
      if (/^[a-z]{5,}$/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const plain = [...counts].filter(
    ([word, n]) =>
      n > 1 &&
      n < texts.length / 2 &&
      ![...counts.keys()].some((w) => w !== word && w.startsWith(word.slice(0, 4))),
  );
  return plain.sort((a, b) => b[1] - a[1])[0]![0];
}

describe('SQLite search in list order', () => {
  it('pages each word as the unsearched list filtered, whatever the page size', async () => {
    const store = await createSqliteStore(':memory:');
    await corpus(store);
    const allQuotes = await listedQuotes(store, 200);
    const allArticles = await listedArticles(store, 200);
    const words = new Map<string, string>();
    for (const id of allArticles) {
      const article = await store.getArticle(id);
      words.set(id, `${article?.title ?? ''} ${article?.text ?? ''}`);
    }
    const allClaims = await listedClaims(store, 200);
    const word = claimWord(allClaims);
    for (const limit of [1, 2, 3, 5, 50]) {
      for (const q of ['harbour', 'lighthouse', 'beacon', 'quayside', 'harbour lighthouse']) {
        const wanted = q.split(' ');
        const found = await listedQuotes(store, limit, q);
        expect(found).toEqual(allQuotes.filter((key) => wanted.every((w) => holds(key, w))));
        expect(await listedArticles(store, limit, q)).toEqual(
          allArticles.filter((id) => wanted.every((w) => holds(words.get(id) ?? '', w))),
        );
      }
      expect(await listedClaims(store, limit, word)).toEqual(
        allClaims.filter((key) => holds(key, word)),
      );
    }
    expect(await listedQuotes(store, 5, 'beacon')).toHaveLength(1);
    expect((await listedQuotes(store, 5, 'lighthouse')).length).toBeGreaterThan(10);
    await store.close();
  });

  it('no longer finds the rows of an article deleted, and finds one put back', async () => {
    const store = await createSqliteStore(':memory:');
    await corpus(store);
    const gone = report(3);
    const before = await listedQuotes(store, 4, 'lighthouse');
    expect(await store.deleteArticle(gone.id)).toBe(true);
    const after = await listedQuotes(store, 4, 'lighthouse');
    expect(after).toEqual(before.filter((key) => !key.startsWith(`${gone.id}/`)));
    expect(after.length).toBeLessThan(before.length);
    expect(await listedArticles(store, 3, 'lighthouse')).not.toContain(gone.id);
    await store.putArticle(gone);
    expect(await listedQuotes(store, 4, 'lighthouse')).toEqual(
      await listedQuotes(store, 200, 'lighthouse'),
    );
    expect(new Set(await listedQuotes(store, 4, 'lighthouse'))).toEqual(new Set(before));
    await store.close();
  });

  it('pages quotes stored first to last, as files before schema 8 hold them, in reading order', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sourcetrace-keyed-'));
    try {
      const file = join(folder, 'corpus.db');
      const written = await createSqliteStore(file);
      await corpus(written);
      const wanted = await listedQuotes(written, 200, 'harbour');
      await written.close();
      firstToLast(file, corpusArticles());
      const store = await createSqliteStore(file);
      for (const limit of [1, 2, 3]) {
        expect(await listedQuotes(store, limit, 'harbour')).toEqual(wanted);
        expect(await listedQuotes(store, limit, 'lighthouse')).toEqual(
          wanted.filter((key) => holds(key, 'lighthouse')),
        );
      }
      await store.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

/**
 * Gives each article's quotes new seqs rising with their place in it, as stores wrote them before
 * schema 8 (since then the last is written first), and keys their search entries by those.
 */
function firstToLast(file: string, articles: Article[]): void {
  const raw = new BetterSqlite3(file);
  const texts = new Map(
    articles.map((article) => {
      const result = prepareArticle(article);
      if (!result.ok) throw new Error('invalid test article');
      return [article.id, result.prepared.quotes.map((quote) => quote.searchText)];
    }),
  );
  const rows = raw
    .prepare(
      `SELECT q.seq, q.article_seq, q.idx, q.published_sort, a.id FROM quotes q
       JOIN articles a ON a.seq = q.article_seq ORDER BY q.article_seq, q.idx`,
    )
    .all() as {
    seq: number;
    article_seq: number;
    idx: number;
    published_sort: string;
    id: string;
  }[];
  raw.exec(`UPDATE quotes SET seq = -seq; DROP TABLE quotes_fts; ${searchIndex('quotes')}`);
  const bySeq = [...rows].map((row) => row.seq).sort((a, b) => a - b);
  const insert = raw.prepare('INSERT INTO quotes_fts (rowid, body) VALUES (?, ?)');
  rows.forEach((row, i) => {
    const seq = bySeq[i]!;
    raw.prepare('UPDATE quotes SET seq = ? WHERE seq = ?').run(seq, -row.seq);
    const text = texts.get(row.id)?.[row.idx];
    if (text === undefined) throw new Error('a quote of no test article');
    insert.run(BigInt(searchKey(row.published_sort, seq)), text);
  });
  raw.close();
}
