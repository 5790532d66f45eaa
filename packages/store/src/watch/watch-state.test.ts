import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createPostgresStore } from '../postgres/postgres-store.js';
import { createSqliteStore } from '../sqlite/sqlite-store.js';
import type { Store } from '../types.js';

const pgUrl =
  process.env.SOURCETRACE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Opens the same corpus again (a new process would), and cleans it up afterwards. */
interface Engine {
  name: string;
  setUp(): { open: () => Promise<Store>; tearDown: () => Promise<void> };
}

const engines: Engine[] = [
  {
    name: 'SQLite',
    setUp() {
      const folder = mkdtempSync(join(tmpdir(), 'sourcetrace-watch-'));
      return {
        open: () => createSqliteStore(join(folder, 'corpus.db')),
        tearDown: () => Promise.resolve(rmSync(folder, { recursive: true, force: true })),
      };
    },
  },
  {
    name: 'PostgreSQL',
    setUp() {
      const schema = `st_test_${randomBytes(6).toString('hex')}`;
      return {
        open: () => createPostgresStore(pgUrl, schema),
        async tearDown() {
          const client = new pg.Client({ connectionString: pgUrl });
          await client.connect();
          try {
            await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
          } finally {
            await client.end();
          }
        },
      };
    },
  },
];

for (const engine of engines) {
  describe(`watch state in ${engine.name}`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    });
    function corpus() {
      const setup = engine.setUp();
      cleanups.push(setup.tearDown);
      return setup.open;
    }

    it('keeps validators per URL across reopening, and changedAt only moves on a change', async () => {
      const open = corpus();
      const first = await open();
      expect(await first.watch.get('https://news.example/feed')).toBeNull();
      await first.watch.record(
        'https://news.example/feed',
        {
          etag: '"v1"',
          lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT',
          bodyHash: 'h1',
          changed: true,
        },
        '2026-12-01T10:00:00.000Z',
      );
      await first.watch.record(
        'https://news.example/feed',
        {
          etag: '"v1"',
          lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT',
          bodyHash: 'h1',
          changed: false,
        },
        '2026-12-01T10:15:00.000Z',
      );
      await first.close();

      const second = await open();
      try {
        expect(await second.watch.get('https://news.example/feed')).toEqual({
          url: 'https://news.example/feed',
          etag: '"v1"',
          lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT',
          bodyHash: 'h1',
          checkedAt: '2026-12-01T10:15:00.000Z',
          changedAt: '2026-12-01T10:00:00.000Z',
        });
        // Forgetting the validators (a round left items to retry) keeps the URL's history.
        await second.watch.record(
          'https://news.example/feed',
          { etag: null, lastModified: null, bodyHash: null, changed: true },
          '2026-12-01T10:30:00.000Z',
        );
        expect(await second.watch.get('https://news.example/feed')).toMatchObject({
          etag: null,
          lastModified: null,
          bodyHash: null,
          changedAt: '2026-12-01T10:30:00.000Z',
        });
        expect(await second.watch.get('https://news.example/other')).toBeNull();
      } finally {
        await second.close();
      }
    });

    it('remembers items per feed: done for good, failures counted until done', async () => {
      const open = corpus();
      const store = await open();
      try {
        const feed = 'https://news.example/feed';
        await store.watch.markItems(feed, [
          { url: 'https://news.example/a', done: true },
          { url: 'https://news.example/b', done: false, error: 'answered 500' },
        ]);
        await store.watch.markItems(feed, [
          { url: 'https://news.example/b', done: false, error: 'timed out' },
          // A done item that fails later (another feed's copy, say) stays done.
          { url: 'https://news.example/a', done: false, error: 'answered 404' },
        ]);
        const seen = await store.watch.seenItems(feed, [
          'https://news.example/a',
          'https://news.example/b',
          'https://news.example/c',
        ]);
        expect(Object.fromEntries(seen)).toEqual({
          'https://news.example/a': { done: true, attempts: 0, lastError: null },
          'https://news.example/b': { done: false, attempts: 2, lastError: 'timed out' },
        });
        await store.watch.markItems(feed, [{ url: 'https://news.example/b', done: true }]);
        expect(
          (await store.watch.seenItems(feed, ['https://news.example/b'])).get(
            'https://news.example/b',
          ),
        ).toMatchObject({ done: true, lastError: null });
        // Items are per feed: the same page in another feed is new there.
        expect(
          (await store.watch.seenItems('https://other.example/rss', ['https://news.example/a']))
            .size,
        ).toBe(0);
        expect((await store.watch.seenItems(feed, [])).size).toBe(0);
      } finally {
        await store.close();
      }
    });

    it('looks up more item URLs than one statement carries', async () => {
      const open = corpus();
      const store = await open();
      try {
        const feed = 'https://news.example/feed';
        const urls = Array.from({ length: 31_000 }, (_, i) => `https://news.example/item/${i}`);
        await store.watch.markItems(feed, [
          { url: urls[30_500]!, done: true },
          { url: urls[3]!, done: true },
        ]);
        const seen = await store.watch.seenItems(feed, urls);
        expect([...seen.keys()].sort()).toEqual([urls[30_500], urls[3]].sort());
      } finally {
        await store.close();
      }
    });
  });
}
