import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '@sourcetrace/store';
import {
  openQueue,
  queueSchemaFor,
  queueSink,
  ingestSink,
  watch,
  watchRound,
  type SinkOutcome,
  type SourceItem,
  type UrlReport,
} from '../src/index.js';
import { startServer } from './local-server.js';

// Invented articles and feeds.
const story = (n: number) =>
  `<html><head><title>Story ${n}</title></head><body><article><p>Invented story ${n}. "The ferry ` +
  `will run again in spring," said Mara Quill, the harbour master of Port Esk. According to ` +
  `council officials, the repairs will cost ${n} million.</p></article></body></html>`;

const pgUrl =
  process.env.SOURCETRACE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let server: Awaited<ReturnType<typeof startServer>>;
/** What the test feed lists now; each test sets it. */
let feedItems: string[] = [];
let feedVersion = 1;
/** Requests per path, and how many of them carried validators that matched. */
const hits = new Map<string, number>();
const notModified = new Map<string, number>();
/** Paths answering 500 or a broken feed until the test clears them. */
const broken = new Set<string>();

const count = (map: Map<string, number>, path: string) => map.set(path, (map.get(path) ?? 0) + 1);

function rss(items: string[]): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Esk Wire</title>${items
    .map(
      (path) =>
        `<item><title>Story ${path.split('/').pop()}</title><link>${server.url}${path}</link></item>`,
    )
    .join('')}</channel></rss>`;
}

/** A feed that honours If-None-Match (by version) or If-Modified-Since (by date). */
function feed(by: 'etag' | 'last-modified') {
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    count(hits, path);
    if (broken.has(path)) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end('down');
      return;
    }
    if (broken.has(`${path}:malformed`)) {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss><channel><item>');
      return;
    }
    const etag = `"v${feedVersion}"`;
    const modified = new Date(Date.UTC(2031, 0, feedVersion)).toUTCString();
    const validator = by === 'etag' ? { etag } : { 'last-modified': modified };
    const matches =
      by === 'etag'
        ? req.headers['if-none-match'] === etag
        : req.headers['if-modified-since'] === modified;
    if (matches) {
      count(notModified, path);
      res.writeHead(304, validator).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml', ...validator }).end(rss(feedItems));
  };
}

function article(req: IncomingMessage, res: ServerResponse) {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  count(hits, path);
  if (broken.has(path)) {
    res.writeHead(500, { 'content-type': 'text/plain' }).end('down');
    return;
  }
  // /copy/N carries the very text of /story/N under another URL.
  const n = Number(path.split('/').pop());
  res.writeHead(200, { 'content-type': 'text/html' }).end(story(n));
}

beforeAll(async () => {
  const routes: Record<string, ReturnType<typeof feed>> = {
    '/feed': feed('etag'),
    '/feed-dated': feed('last-modified'),
    '/page': (req, res) => {
      count(hits, '/page');
      const etag = `"p${feedVersion}"`;
      if (req.headers['if-none-match'] === etag) {
        count(notModified, '/page');
        res.writeHead(304, { etag }).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html', etag }).end(story(100 + feedVersion));
    },
    // A page whose server ignores validators: its bytes say whether it changed.
    '/stubborn': (_req, res) => {
      count(hits, '/stubborn');
      res.writeHead(200, { 'content-type': 'text/html' }).end(story(200 + feedVersion));
    },
  };
  for (let n = 1; n <= 9; n++) {
    routes[`/story/${n}`] = article;
    routes[`/copy/${n}`] = article;
  }
  server = await startServer(routes);
});
afterAll(() => server.close());
beforeEach(() => {
  hits.clear();
  notModified.clear();
  broken.clear();
  feedVersion = 1;
  feedItems = [];
});

const local = { fetch: { allowPrivate: true, timeoutMs: 5_000 } };

/** One line per URL, as a reader would check it. */
const brief = (reports: UrlReport[]) =>
  reports.map(({ url, outcome, detail, stored, alreadyStored, seenBefore, failed }) => ({
    url: url.replace(server.url, ''),
    outcome,
    ...(detail ? { detail } : {}),
    stored,
    alreadyStored,
    seenBefore,
    failed: failed.length,
  }));

const engines = [
  {
    name: 'SQLite',
    open: async () => ({ store: await openStore({ db: ':memory:' }), drop: async () => {} }),
  },
  {
    name: 'PostgreSQL',
    open: async () => {
      const pgSchema = `st_test_${randomBytes(6).toString('hex')}`;
      const store = await openStore({ databaseUrl: pgUrl, pgSchema });
      return {
        store,
        drop: async () => {
          const client = new pg.Client({ connectionString: pgUrl });
          await client.connect();
          try {
            await client.query(`DROP SCHEMA IF EXISTS "${pgSchema}" CASCADE`);
          } finally {
            await client.end();
          }
        },
      };
    },
  },
];

for (const engine of engines) {
  describe(`watching feeds into ${engine.name}`, () => {
    let store: Store;
    let drop: () => Promise<void>;
    beforeEach(async () => {
      ({ store, drop } = await engine.open());
    });
    afterEach(async () => {
      await store.close();
      await drop();
    });
    const round = (urls: string[]) =>
      watchRound(
        store.watch,
        urls.map((path) => server.url + path),
        ingestSink(store, { concurrency: 1 }),
        local,
      );

    it('honours the ETag (a 304 reads nothing more) and stores only new items next time', async () => {
      feedItems = ['/story/1', '/story/2'];
      expect(brief(await round(['/feed']))).toEqual([
        { url: '/feed', outcome: 'new', stored: 2, alreadyStored: 0, seenBefore: 0, failed: 0 },
      ]);
      expect(brief(await round(['/feed']))).toEqual([
        {
          url: '/feed',
          outcome: 'unchanged',
          detail: 'not modified (304)',
          stored: 0,
          alreadyStored: 0,
          seenBefore: 0,
          failed: 0,
        },
      ]);
      expect(notModified.get('/feed')).toBe(1);

      feedItems = ['/story/3', '/story/1', '/story/2'];
      feedVersion = 2;
      expect(brief(await round(['/feed']))).toEqual([
        { url: '/feed', outcome: 'new', stored: 1, alreadyStored: 0, seenBefore: 2, failed: 0 },
      ]);
      // Each item page was read once, however many rounds listed it.
      expect([1, 2, 3].map((n) => hits.get(`/story/${n}`))).toEqual([1, 1, 1]);
      expect(hits.get('/feed')).toBe(3);
      expect(await store.countArticles()).toBe(3);
      const state = await store.watch.get(`${server.url}/feed`);
      expect(state).toMatchObject({ etag: '"v2"', lastModified: null });
    });

    it('honours Last-Modified', async () => {
      feedItems = ['/story/4'];
      await round(['/feed-dated']);
      expect(brief(await round(['/feed-dated']))).toEqual([
        {
          url: '/feed-dated',
          outcome: 'unchanged',
          detail: 'not modified (304)',
          stored: 0,
          alreadyStored: 0,
          seenBefore: 0,
          failed: 0,
        },
      ]);
      expect(notModified.get('/feed-dated')).toBe(1);
      expect(await store.countArticles()).toBe(1);
    });

    it('does not store twice an article already stored under another URL', async () => {
      feedItems = ['/story/5', '/copy/5'];
      expect(brief(await round(['/feed']))).toEqual([
        { url: '/feed', outcome: 'new', stored: 1, alreadyStored: 1, seenBefore: 0, failed: 0 },
      ]);
      expect(await store.countArticles()).toBe(1);
      // Both URLs count as handled: neither is read again.
      feedVersion = 2;
      await round(['/feed']);
      expect(hits.get('/copy/5')).toBe(1);
    });

    it('logs a feed that is down or malformed and reads it in full the next round', async () => {
      feedItems = ['/story/6'];
      broken.add('/feed');
      broken.add('/feed-dated:malformed');
      const first = await round(['/feed', '/feed-dated']);
      expect(first.map(({ outcome, detail }) => ({ outcome, detail }))).toEqual([
        { outcome: 'failed', detail: expect.stringMatching(/answered 500/) as string },
        { outcome: 'failed', detail: 'XML that is not a well-formed RSS or Atom feed' },
      ]);
      expect(await store.watch.get(`${server.url}/feed`)).toBeNull();
      broken.clear();
      expect(brief(await round(['/feed', '/feed-dated']))).toEqual([
        { url: '/feed', outcome: 'new', stored: 1, alreadyStored: 0, seenBefore: 0, failed: 0 },
        // Seen items are per feed: the other feed's copy is read, and found already stored.
        {
          url: '/feed-dated',
          outcome: 'unchanged',
          detail: 'no new items',
          stored: 0,
          alreadyStored: 1,
          seenBefore: 0,
          failed: 0,
        },
      ]);
      expect(await store.countArticles()).toBe(1);
    });

    it('retries a failed item on later rounds, then gives it up', async () => {
      feedItems = ['/story/7', '/story/8'];
      broken.add('/story/8');
      const first = await round(['/feed']);
      expect(brief(first)).toEqual([
        { url: '/feed', outcome: 'new', stored: 1, alreadyStored: 0, seenBefore: 0, failed: 1 },
      ]);
      expect(first[0]!.failed[0]).toEqual({
        label: `${server.url}/story/8`,
        reason: expect.stringMatching(/answered 500/) as string,
        retry: true,
      });
      // Validators were not kept: the unchanged feed is read whole and the failed item again.
      expect(brief(await round(['/feed']))).toEqual([
        {
          url: '/feed',
          outcome: 'unchanged',
          stored: 0,
          alreadyStored: 0,
          seenBefore: 1,
          failed: 1,
        },
      ]);
      expect(notModified.get('/feed')).toBeUndefined();
      // The third failure gives it up; then the feed is asked for conditionally again.
      expect((await round(['/feed']))[0]!.failed.map((failure) => failure.retry)).toEqual([false]);
      expect(brief(await round(['/feed']))).toEqual([
        {
          url: '/feed',
          outcome: 'unchanged',
          detail: 'not modified (304)',
          stored: 0,
          alreadyStored: 0,
          seenBefore: 0,
          failed: 0,
        },
      ]);
      expect(hits.get('/story/8')).toBe(3);
      expect(hits.get('/story/7')).toBe(1);
    });

    it('re-ingests a page only when it changed, by validators or by its bytes', async () => {
      expect(brief(await round(['/page', '/stubborn'])).map((r) => [r.outcome, r.detail])).toEqual([
        ['new', undefined],
        ['new', undefined],
      ]);
      expect(brief(await round(['/page', '/stubborn'])).map((r) => [r.outcome, r.detail])).toEqual([
        ['unchanged', 'not modified (304)'],
        ['unchanged', 'same content'],
      ]);
      feedVersion = 2;
      expect(brief(await round(['/page', '/stubborn'])).map((r) => [r.outcome, r.detail])).toEqual([
        ['new', undefined],
        ['new', undefined],
      ]);
      expect(await store.countArticles()).toBe(4);
    });
  });
}

describe('watch', () => {
  it('hands new items to whatever sink it is given, and stops when aborted between rounds', async () => {
    const store = await openStore({ db: ':memory:' });
    try {
      feedItems = ['/story/9'];
      const handed: SourceItem[][] = [];
      const queue = (items: SourceItem[]): Promise<SinkOutcome[]> => {
        handed.push(items);
        return Promise.resolve(items.map(() => ({ status: 'queued' as const })));
      };
      const stop = new AbortController();
      const rounds: UrlReport[][] = [];
      await watch(store, [`${server.url}/feed`], queue, {
        ...local,
        everyMs: 10,
        signal: stop.signal,
        onRound: (reports, n) => {
          rounds.push(reports);
          if (n === 2) stop.abort();
        },
      });
      expect(rounds.map((reports) => reports.map((r) => [r.outcome, r.queued]))).toEqual([
        [['new', 1]],
        [['unchanged', 0]],
      ]);
      expect(handed.map((items) => items.map((item) => item.label))).toEqual([
        [`${server.url}/story/9`],
      ]);
      // Queued items are not stored here, but they are seen: the worker stores them.
      expect(await store.countArticles()).toBe(0);
    } finally {
      await store.close();
    }
  });
});

describe('a sink that breaks', () => {
  it("fails the round's items, not the watch, and they are read again next round", async () => {
    const store = await openStore({ db: ':memory:' });
    try {
      feedItems = ['/story/1'];
      const url = `${server.url}/feed`;
      const broken = () => Promise.reject(new Error('the queue is unreachable'));
      const [first] = await watchRound(store.watch, [url], broken, local);
      expect(first!.failed).toEqual([
        { label: `${server.url}/story/1`, reason: 'the queue is unreachable', retry: true },
      ]);
      const [second] = await watchRound(
        store.watch,
        [url],
        ingestSink(store, { concurrency: 1 }),
        local,
      );
      expect([second!.outcome, second!.stored]).toEqual(['new', 1]);
      expect(notModified.get('/feed')).toBeUndefined();
    } finally {
      await store.close();
    }
  });
});

describe('queueSink', () => {
  it('answers for every item in order: jobs queued, items that cannot be jobs failed', async () => {
    const schema = `watch_queue_${randomBytes(5).toString('hex')}`;
    const queue = await openQueue(pgUrl, { schema: queueSchemaFor(schema) });
    try {
      const outcomes = await queueSink(queue)([
        { kind: 'input', label: 'one', input: { text: 'Invented text one.' } },
        { kind: 'failed', label: 'two', reason: 'answered 404' },
        { kind: 'input', label: 'three', input: { text: 'Invented text three.' } },
        { kind: 'input', label: 'four', input: { text: 'bad url', url: 'javascript:alert(1)' } },
      ]);
      expect(outcomes).toEqual([
        { status: 'queued' },
        { status: 'failed', reason: 'answered 404' },
        { status: 'queued' },
        { status: 'failed', reason: expect.stringMatching(/^url: /) as string },
      ]);
      expect((await queue.report()).counts.created).toBe(2);
    } finally {
      await queue.close();
      const client = new pg.Client({ connectionString: pgUrl });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${queueSchemaFor(schema)}" CASCADE`);
      } finally {
        await client.end();
      }
    }
  });
});
