import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  ArticleQuery,
  ClaimQuery,
  EntityQuery,
  QuoteQuery,
  RelatedQuery,
  StatementQuery,
  type Article,
} from '@sourcetrace/article-model';
import { storeContract } from '../../test/store-contract.js';
import { asStored } from '../testing/index.js';
import { statementContract } from '../../test/statement-contract.js';
import { searchContract } from '../../test/search-contract.js';
import type { Store } from '../types.js';
import { quotingArticle, syntheticArticle, type QuotingArticle } from '../testing/index.js';
import { createSqliteStore } from './sqlite-store.js';
import { InvalidSearchError } from '../errors.js';

storeContract('SQLite', {
  open: () => createSqliteStore(':memory:'),
  dispose: (store) => store.close(),
});
statementContract('SQLite', {
  open: () => createSqliteStore(':memory:'),
  dispose: (store) => store.close(),
});
searchContract('SQLite', {
  open: () => createSqliteStore(':memory:'),
  dispose: (store) => store.close(),
});

function withFolder(work: (folder: string) => Promise<void>): () => Promise<void> {
  return async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sourcetrace-store-'));
    try {
      await work(folder);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  };
}

describe('SQLite file', () => {
  it('refuses a search word the full-text index would read as a phrase, with a typed error', async () => {
    const store = await createSqliteStore(':memory:');
    await store.putArticle(syntheticArticle(1));
    // a letter, a spacing mark and a fraction: one word to the store, two or more to FTS5
    const q = '\u2c00\u19b0\u00bc';
    await expect(store.listQuotes(QuoteQuery.parse({ q }))).rejects.toBeInstanceOf(
      InvalidSearchError,
    );
    await expect(store.listClaims(ClaimQuery.parse({ q }))).rejects.toBeInstanceOf(
      InvalidSearchError,
    );
    // and a word the article holds is still found
    const [quote] = (await store.listQuotes(QuoteQuery.parse({}))).items;
    const word = quote!.text.split(/\W+/).find((w) => w.length > 4)!;
    const found = await store.listQuotes(QuoteQuery.parse({ q: word }));
    expect(found.items.map((q) => q.quote.id)).toContain(quote!.quote.id);
    await store.close();
  });

  it('finds the same quotes in the same order whether a word is common or rare', async () => {
    // More than 2000 matches are found by walking the list's order; fewer by looking them up
    // and sorting them: both must page exactly as the unsearched list does, filtered.
    const store = await createSqliteStore(':memory:');
    for (let article = 0; article < 9; article++) {
      const lines = Array.from({ length: 250 }, (_, line) => ({
        words: `harbour report ${article} ${line}${line % 40 === 0 ? ' lighthouse' : ''}`,
        speaker: line % 2 === 0 ? 'Ada Kemp' : null,
      }));
      const publishedAt = `2026-0${1 + (article % 9)}-1${article % 3}`;
      await store.putArticle(
        quotingArticle({ publisher: null, publishedAt, lines, tag: `${article}` }),
      );
    }
    /** Every page of quotes (searched for q, if given), as ids, those whose words pass keep. */
    const every = async (q?: string, keep = (_text: string) => true) => {
      const ids: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.listQuotes(QuoteQuery.parse({ q, cursor, limit: 200 }));
        for (const item of page.items)
          if (keep(item.text)) ids.push(`${item.article.id}/${item.quote.id}`);
        cursor = page.next ?? undefined;
      } while (cursor);
      return ids;
    };
    expect(await every()).toHaveLength(2250);
    const unsearched = (word: string) => every(undefined, (text) => text.split(' ').includes(word));
    expect(await every('harbour')).toEqual(await unsearched('harbour'));
    const rare = await every('lighthouse');
    expect(rare).toHaveLength(9 * 7);
    expect(rare).toEqual(await unsearched('lighthouse'));
    expect(await every('quayside')).toEqual([]);
    await store.close();
  });

  it(
    'creates its folder and keeps articles across reopening',
    withFolder(async (folder) => {
      const file = join(folder, 'nested', 'corpus.db');
      const first = await createSqliteStore(file);
      await first.putArticle(syntheticArticle(1));
      await first.close();
      const second = await createSqliteStore(file);
      expect(asStored(await second.getArticle(syntheticArticle(1).id))).toEqual(
        syntheticArticle(1),
      );
      await second.close();
    }),
  );

  it(
    'refuses a file of a schema it does not know, and leaves it as it was',
    withFolder(async (folder) => {
      const file = join(folder, 'other.db');
      const raw = new BetterSqlite3(file);
      raw.pragma('user_version = 1');
      raw.close();
      await expect(createSqliteStore(file)).rejects.toThrow(/corpus schema 1/);
      const after = new BetterSqlite3(file);
      expect(after.pragma('user_version', { simple: true })).toBe(1);
      after.close();
    }),
  );
});

/**
 * What a reader sees of a corpus: totals, every entity with its related entities and its
 * articles, and the quotes and claims with their words, spans and descriptors.
 */
async function snapshot(store: Store) {
  const entities = (await store.listEntities(EntityQuery.parse({ limit: 100, sort: 'articles' })))
    .items;
  const related = await Promise.all(
    entities.map((entity) => store.relatedEntities(entity.id, RelatedQuery.parse({ limit: 100 }))),
  );
  const articlesOf = await Promise.all(
    entities.map((entity) =>
      store.listArticles(ArticleQuery.parse({ entity: entity.id, limit: 100 })),
    ),
  );
  // Without the rule: the fixture's articles were made when synthetic ones named no rule.
  const quotes = (await store.listQuotes(QuoteQuery.parse({ limit: 100 }))).items.map(
    ({ quote: { rule: _rule, ...quote }, ...item }) => ({ ...item, quote }),
  );
  const claims = (await store.listClaims(ClaimQuery.parse({ limit: 100 }))).items.map(
    ({ claim: { rule: _rule, ...claim }, ...item }) => ({ ...item, claim }),
  );
  return { stats: await store.stats(), entities, related, articlesOf, quotes, claims };
}

describe('quotes of one kind', () => {
  it(
    'are read through their own index in list order, so a kind no quote has reads nothing',
    withFolder(async (folder) => {
      const file = join(folder, 'kinds.db');
      const store = await createSqliteStore(file);
      for (const seed of [1, 2, 3]) await store.putArticle(syntheticArticle(seed));
      await store.close();
      const raw = new BetterSqlite3(file, { readonly: true });
      try {
        // the quote list's filter and order, as listQuotes asks for a page
        const plan = raw
          .prepare(
            `EXPLAIN QUERY PLAN SELECT q.seq FROM quotes q WHERE q.kind = ?
             ORDER BY published_sort DESC, article_seq DESC, idx LIMIT 21`,
          )
          .all('mixed') as { detail: string }[];
        expect(plan.map((step) => step.detail).join(' | ')).toMatch(
          /USING (COVERING )?INDEX quotes_of_kind \(kind=\?\)/,
        );
        expect(plan.some((step) => /TEMP B-TREE/.test(step.detail))).toBe(false);
      } finally {
        raw.close();
      }
    }),
  );
});

describe("one article's quotes and claims", () => {
  it(
    'are found through the list order index, newest article first, with no index by article',
    withFolder(async (folder) => {
      const file = join(folder, 'by-article.db');
      const store = await createSqliteStore(file);
      for (const seed of [1, 2, 3]) await store.putArticle(syntheticArticle(seed));
      const quotes = await store.listQuotes(
        QuoteQuery.parse({ article: syntheticArticle(2).id, limit: 100 }),
      );
      expect(quotes.items.length).toBeGreaterThan(1);
      expect(quotes.items.map((item) => item.quote.id)).toEqual(
        syntheticArticle(2).quotes.map((quote) => quote.id),
      );
      await store.close();
      const raw = new BetterSqlite3(file, { readonly: true });
      try {
        for (const table of ['quotes', 'claims']) {
          const plan = raw
            .prepare(
              `EXPLAIN QUERY PLAN SELECT seq FROM ${table}
               WHERE (published_sort, article_seq) = (SELECT published_sort, seq FROM articles WHERE id = ?)
               ORDER BY published_sort DESC, article_seq DESC, idx`,
            )
            .all('x') as { detail: string }[];
          const steps = plan.map((step) => step.detail).join(' | ');
          expect(steps).toMatch(
            new RegExp(
              `USING (COVERING )?INDEX ${table}_in_order \\(published_sort=\\? AND article_seq=\\?\\)`,
            ),
          );
          expect(steps).not.toMatch(/TEMP B-TREE/);
        }
      } finally {
        raw.close();
      }
    }),
  );
});

describe('a file written by corpus schema 2', () => {
  // Written by the schema 2 store from syntheticArticle(1..8), each ingested at this instant.
  const fixture = new URL('../../test/fixtures/corpus-schema-2.db.gz', import.meta.url);
  const ingestedAt = '2025-01-01T00:00:00.000Z';
  const seeds = [1, 2, 3, 4, 5, 6, 7, 8];

  it(
    'is migrated on opening: the same corpus as a new file, and it goes on taking writes',
    withFolder(async (folder) => {
      const file = join(folder, 'schema-2.db');
      writeFileSync(file, gunzipSync(readFileSync(fixture)));
      const migrated = await createSqliteStore(file);
      const fresh = await createSqliteStore(':memory:');
      try {
        for (const seed of seeds) await fresh.putArticle(syntheticArticle(seed), { ingestedAt });
        const before = await snapshot(fresh);
        expect(before.related.some((page) => page.items.length > 0)).toBe(true);
        expect(
          before.quotes.some((item) => item.cueText !== null && item.speaker?.descriptor),
        ).toBe(true);
        expect(before.claims.some((item) => item.sourceText !== null)).toBe(true);
        expect(await snapshot(migrated)).toEqual(before);

        const added: Article = syntheticArticle(9);
        const gone = syntheticArticle(2).id;
        for (const store of [migrated, fresh]) {
          expect((await store.putArticle(added, { ingestedAt })).status).toBe('created');
          expect(await store.deleteArticle(gone)).toBe(true);
        }
        expect(await snapshot(migrated)).toEqual(await snapshot(fresh));
      } finally {
        await migrated.close();
        await fresh.close();
      }
      // Reopened, it is at the current schema and needs no second migration.
      const again = await createSqliteStore(file);
      expect(await again.countArticles()).toBe(seeds.length);
      await again.close();
    }),
  );
});

// Invented reports of two lines (printed in capitals, trimmed, altered; stored out of date
// order): with syntheticArticle(1..8), what the schema 11 and 17 fixtures were written from.
const L1 =
  'The quarry road will close for repairs every night until the bridge inspection is finished';
const L2 = 'Nobody on the council was told about the inspection before the road was already closed';
const reports: QuotingArticle[] = [
  {
    publisher: 'North Ledger',
    publishedAt: '2024-04-02',
    lines: [{ words: L1, speaker: 'Ada Quill' }],
  },
  {
    publisher: 'South Courier',
    publishedAt: '2024-04-01',
    lines: [
      { words: L1.toUpperCase(), speaker: 'Ada Quill' },
      { words: L2, speaker: 'Bo Renn' },
    ],
  },
  {
    publisher: 'East Post',
    publishedAt: '2024-04-03',
    lines: [{ words: L1.split(' ').slice(0, 10).join(' '), speaker: 'Quill' }],
  },
  {
    publisher: null,
    publishedAt: '2024-04-04',
    lines: [
      { words: L1.replace('every night', 'every weekend'), speaker: null },
      { words: L2, speaker: 'Cy Tamm' },
    ],
  },
];
const articles = [
  ...[1, 2, 3, 4, 5, 6, 7, 8].map(syntheticArticle),
  ...reports.map(quotingArticle),
];
const ingestedAt = '2025-01-01T00:00:00.000Z';

describe('a file written by corpus schema 11', () => {
  // Written by the schema 11 store from `articles`, each ingested at `ingestedAt`.
  const fixture = new URL('../../test/fixtures/corpus-schema-11.db.gz', import.meta.url);
  /** A snapshot with every statement, listed, searched and read whole. */
  async function withStatements(store: Store) {
    const { items } = await store.listStatements(StatementQuery.parse({ limit: 100 }));
    const searched = await store.listStatements(StatementQuery.parse({ q: 'bridge inspection' }));
    const statements = await Promise.all(items.map((item) => store.getStatement(item.id)));
    return { ...(await snapshot(store)), items, searched, statements };
  }

  it(
    'is migrated on opening (pairs folded, keys, wordings and searched words no longer kept twice), the same corpus as a new file',
    withFolder(async (folder) => {
      const file = join(folder, 'schema-11.db');
      writeFileSync(file, gunzipSync(readFileSync(fixture)));
      const migrated = await createSqliteStore(file);
      const fresh = await createSqliteStore(':memory:');
      try {
        for (const article of articles) await fresh.putArticle(article, { ingestedAt });
        const before = await withStatements(fresh);
        expect(before.items.length).toBeGreaterThan(2);
        expect(before.searched.items).toHaveLength(1);
        expect(before.statements.some((s) => s && s.variants.length >= 2)).toBe(true);
        expect(await withStatements(migrated)).toEqual(before);
        const raw = new BetterSqlite3(file, { readonly: true });
        const kept = (sql: string) => raw.prepare(sql).pluck().get();
        expect(kept(`SELECT count(*) FROM statement_wordings WHERE display = ''`)).toBeGreaterThan(
          0,
        );
        expect(kept(`SELECT count(*) FROM statements WHERE search = ''`)).toBeGreaterThan(0);
        expect(kept(`SELECT count(*) FROM entity_partners`)).toBeGreaterThan(0);
        raw.close();

        for (const store of [migrated, fresh]) {
          expect(await store.deleteArticle(articles[9]!.id)).toBe(true);
          expect(await store.deleteArticle(articles[2]!.id)).toBe(true);
          await store.putArticle(syntheticArticle(9), { ingestedAt });
        }
        expect(await withStatements(migrated)).toEqual(await withStatements(fresh));
      } finally {
        await migrated.close();
        await fresh.close();
      }
    }),
  );
});

/** Every article read whole, by id and by iterating, and the first byte of each stored body. */
async function wholeArticles(store: Store) {
  const byId = await Promise.all(articles.map((article) => store.getArticle(article.id)));
  const iterated: Article[] = [];
  for await (const article of store.iterateArticles()) iterated.push(article);
  return { byId, iterated };
}

function bodyTags(file: string): number[] {
  const raw = new BetterSqlite3(file, { readonly: true });
  try {
    const bodies = raw.prepare('SELECT json FROM article_bodies ORDER BY seq').pluck().all();
    return (bodies as Buffer[]).map((body) => body[0]!);
  } finally {
    raw.close();
  }
}

describe('a file written by corpus schema 17', () => {
  // Written by the schema 17 store from `articles`, each ingested at `ingestedAt`.
  const fixture = new URL('../../test/fixtures/corpus-schema-17.db.gz', import.meta.url);

  it(
    'is migrated on opening: its bodies, quotes and claims whole read as they are, new ones kept apart',
    withFolder(async (folder) => {
      const file = join(folder, 'schema-17.db');
      writeFileSync(file, gunzipSync(readFileSync(fixture)));
      const migrated = await createSqliteStore(file);
      const fresh = await createSqliteStore(join(folder, 'fresh.db'));
      try {
        for (const article of articles) await fresh.putArticle(article, { ingestedAt });
        const before = await wholeArticles(fresh);
        expect(before.byId.map((article) => asStored(article))).toEqual(articles);
        expect(await wholeArticles(migrated)).toEqual(before);
        expect(await snapshot(migrated)).toEqual(await snapshot(fresh));

        for (const store of [migrated, fresh]) {
          expect(await store.deleteArticle(articles[9]!.id)).toBe(true);
          await store.putArticle(syntheticArticle(9), { ingestedAt });
        }
        expect(await snapshot(migrated)).toEqual(await snapshot(fresh));
        expect(await migrated.getArticle(syntheticArticle(9).id)).toEqual(
          await fresh.getArticle(syntheticArticle(9).id),
        );
      } finally {
        await migrated.close();
        await fresh.close();
      }
      // Bodies written before stay as they were (tag 4); the one written since is kept apart (5).
      expect(bodyTags(file)).toEqual([...Array(articles.length - 1).fill(4), 5]);
      expect(new Set(bodyTags(join(folder, 'fresh.db')))).toEqual(new Set([5]));
    }),
  );
});

describe('corpus entities by a count', () => {
  it(
    'are listed in count order, then id, around the common value the count index holds no rows of',
    withFolder(async (folder) => {
      const file = join(folder, 'counts.db');
      const store = await createSqliteStore(file);
      for (const seed of [1, 2, 3, 4, 5, 6]) await store.putArticle(syntheticArticle(seed));
      // An entity the article names but never marks: no mention, below the common one.
      const unmarked = syntheticArticle(7);
      unmarked.entities.push({
        id: 'e99',
        kind: 'person',
        name: 'Ottoline Varsk',
        aliases: [],
        mentions: [],
        descriptors: [],
      });
      await store.putArticle(unmarked);
      const raw = new BetterSqlite3(file, { readonly: true });
      try {
        for (const [sort, common] of [
          ['quotes', 0],
          ['mentions', 1],
          ['articles', 1],
        ] as const) {
          const rows = raw.prepare(`SELECT id, ${sort} AS n FROM corpus_entities`).all() as {
            id: string;
            n: number;
          }[];
          expect(rows.some((row) => row.n > common)).toBe(true);
          expect(rows.some((row) => row.n === common)).toBe(true);
          const expected = rows
            .sort((a, b) => b.n - a.n || (a.id < b.id ? -1 : 1))
            .map((row) => row.id);
          const listed: string[] = [];
          let cursor: string | undefined;
          do {
            const page = await store.listEntities(EntityQuery.parse({ limit: 3, sort, cursor }));
            listed.push(...page.items.map((item) => item.id));
            cursor = page.next ?? undefined;
          } while (cursor);
          expect(listed).toEqual(expected);
          const index = raw
            .prepare(`SELECT sql FROM sqlite_schema WHERE name = 'entities_by_${sort}'`)
            .pluck()
            .get();
          expect(index).toMatch(new RegExp(`WHERE ${sort} <> ${common}$`));
          const plan = (where: string) =>
            (
              raw
                .prepare(
                  `EXPLAIN QUERY PLAN SELECT id FROM corpus_entities e WHERE ${where}
                   ORDER BY e.${sort} DESC, e.id ASC LIMIT 5`,
                )
                .all() as { detail: string }[]
            )
              .map((step) => step.detail)
              .join(' | ');
          // those at the common value in id order through the id's index, the others through
          // the count's own; never sorted
          expect(plan(`e.${sort} = ${common}`)).toMatch(/sqlite_autoindex_corpus_entities_1/);
          expect(plan(`e.${sort} <> ${common} AND e.${sort} < ${common}`)).toMatch(
            new RegExp(`INDEX entities_by_${sort}`),
          );
          expect(plan(`e.${sort} = ${common}`)).not.toMatch(/TEMP B-TREE/);
        }
        expect(
          raw
            .prepare('SELECT mentions FROM corpus_entities WHERE name = ?')
            .pluck()
            .get('Ottoline Varsk'),
        ).toBe(0);
      } finally {
        raw.close();
        await store.close();
      }
    }),
  );
});

describe("a new statement's wording", () => {
  it(
    'is written as its first quote prints it, never spelled out and shortened in place',
    withFolder(async (folder) => {
      const file = join(folder, 'wordings.db');
      await (await createSqliteStore(file)).close();
      const raw = new BetterSqlite3(file);
      raw.exec(`CREATE TABLE shortened (display TEXT);
        CREATE TRIGGER display_shortened AFTER UPDATE OF display ON statement_wordings
        BEGIN INSERT INTO shortened VALUES (old.display); END;`);
      raw.close();
      const store = await createSqliteStore(file);
      await store.putArticle(quotingArticle(reports[1]!));
      expect(
        await store.getStatement(
          (await store.listStatements(StatementQuery.parse({}))).items[0]!.id,
        ),
      ).not.toBeNull();
      await store.close();
      const after = new BetterSqlite3(file, { readonly: true });
      try {
        expect(
          after.prepare(`SELECT count(*) FROM statement_wordings WHERE display = ''`).pluck().get(),
        ).toBeGreaterThan(0);
        expect(after.prepare('SELECT display FROM shortened').pluck().all()).toEqual([]);
      } finally {
        after.close();
      }
    }),
  );
});
