import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateArticle } from '@sourcetrace/article-model';
import { extract, type ExtractInput } from '@sourcetrace/extract';
import { openStore, type Store } from '@sourcetrace/store';
import { asStored } from '@sourcetrace/store/testing';
import {
  ExtractionError,
  ingestItems,
  ingestOne,
  type IngestProgress,
  type SourceItem,
} from '../src/index.js';

// Invented articles.
const story = (n: number) =>
  `Invented story ${n}. "The harbour will reopen in spring," said Dara Venn, the port director. ` +
  `According to city officials, repairs will cost ${n} million.`;

let dir: string;
let store: Store;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sourcetrace-ingest-'));
  store = await openStore({ db: join(dir, 'corpus.db') });
});
afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const input = (label: string, value: ExtractInput): SourceItem => ({
  kind: 'input',
  label,
  input: value,
});

describe('ingestItems', () => {
  it('extracts on worker threads, stores each article, and records what failed without stopping', async () => {
    async function* items(): AsyncGenerator<SourceItem> {
      yield input('one', story(1));
      yield { kind: 'failed', label: 'unreadable.txt', reason: 'no such file or folder' };
      yield input('two', {
        html: `<html><body><p>${story(2)}</p></body></html>`,
        url: 'https://news.invalid/two',
      });
      // Not a valid input at all: the extractor throws inside the worker.
      yield input('broken', { text: 42 } as unknown as ExtractInput);
      yield input('one again', story(1));
      for (let n = 3; n <= 8; n++)
        yield input(`story ${n}`, { text: story(n), title: `Story ${n}` });
    }
    const progress: IngestProgress[] = [];
    const summary = await ingestItems(store, items(), {
      concurrency: 2,
      onProgress: (p) => progress.push(p),
    });

    expect(summary.ingested).toBe(8);
    expect(summary.unchanged).toBe(1);
    expect(summary.failed).toEqual([
      { label: 'unreadable.txt', reason: 'no such file or folder' },
      { label: 'broken', reason: expect.stringMatching(/^extraction failed/) as string },
    ]);
    expect(progress).toHaveLength(11);
    expect(progress.map((p) => p.done)).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    expect(progress.at(-1)?.read).toBe(11);

    expect(await store.countArticles()).toBe(8);
    const stored = await store.getArticle(extract(story(3)).id);
    expect(stored?.title).toBe('Story 3');
    expect(validateArticle(stored).ok).toBe(true);
  });

  it('goes on when the store refuses one article', async () => {
    const refusedId = extract(story(100)).id;
    const picky: Store = Object.create(store) as Store;
    // A batch holding the refused article fails whole, as a transaction would.
    picky.putPrepared = async (prepared, options) => {
      if (prepared.some((article) => article.id === refusedId)) throw new Error('disk says no');
      return store.putPrepared(prepared, options);
    };
    const summary = await ingestItems(picky, [input('a', story(100)), input('b', story(101))], {
      concurrency: 1,
    });
    expect(summary).toEqual({
      ingested: 1,
      unchanged: 0,
      failed: [{ label: 'a', reason: 'could not store: disk says no' }],
    });
    expect(await store.hasArticle(refusedId)).toBe(false);
    expect(await store.hasArticle(extract(story(101)).id)).toBe(true);
  });

  it('stops reading when the sources break off, but keeps what it read', async () => {
    async function* items(): AsyncGenerator<SourceItem> {
      yield input('before', story(200));
      throw new Error('the disk went away');
    }
    const summary = await ingestItems(store, items(), { concurrency: 1 });
    expect(summary.ingested).toBe(1);
    expect(summary.failed).toEqual([{ label: '(sources)', reason: 'the disk went away' }]);
  });

  it('keeps a whole batch more with the extraction thread while it writes one', async () => {
    let yielded = 0;
    async function* items(): AsyncGenerator<SourceItem> {
      for (let n = 5000; n < 5400; n++) {
        yielded++;
        yield input(`story ${n}`, story(n));
      }
    }
    // Items handed out but neither written nor in the batch being written, at each write.
    const ahead: number[] = [];
    let written = 0;
    const watched: Store = Object.create(store) as Store;
    watched.putPrepared = async (prepared, options) => {
      ahead.push(yielded - written - prepared.length);
      const results = await store.putPrepared(prepared, options);
      written += prepared.length;
      return results;
    };
    const summary = await ingestItems(watched, items(), { concurrency: 1 });
    expect(summary.ingested).toBe(400);
    // A batch is at most 64 articles: the thread has at least as many more to extract meanwhile.
    expect(Math.max(...ahead)).toBeGreaterThanOrEqual(64);
  });
});

describe('ingestOne', () => {
  it('extracts in process and stores, once', async () => {
    const first = await ingestOne(store, { text: story(300), url: 'https://news.invalid/300' });
    expect(first.status).toBe('created');
    expect(first.article.source.url).toBe('https://news.invalid/300');
    expect(asStored(await store.getArticle(first.article.id))).toEqual(first.article);
    expect(
      (await ingestOne(store, { text: story(300), url: 'https://news.invalid/300' })).status,
    ).toBe('unchanged');
  });

  it('throws an ExtractionError (422) for input the extractor cannot read', async () => {
    const error = await ingestOne(store, { text: null } as unknown as ExtractInput).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ExtractionError);
    expect(error).toMatchObject({ status: 422 });
  });
});

describe('ingestItems with a signal', () => {
  it('stops reading when aborted and stores what was in flight', async () => {
    const stop = new AbortController();
    let produced = 0;
    async function* endless(): AsyncGenerator<SourceItem> {
      for (;;) yield input(`endless ${produced}`, story(1000 + produced++));
    }
    const summary = await ingestItems(store, endless(), {
      concurrency: 1,
      signal: stop.signal,
      onProgress: ({ done }) => {
        if (done === 3) stop.abort();
      },
    });
    expect(summary.ingested).toBeGreaterThanOrEqual(3);
    expect(summary.ingested + summary.unchanged + summary.failed.length).toBeLessThan(produced + 1);
    expect(await store.hasArticle(extract(story(1000)).id)).toBe(true);
  });
});
