import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { Article } from '@sourcetrace/article-model';
import type { Store } from '@sourcetrace/store';
import { syntheticCorpus } from '@sourcetrace/store/testing';
import { sqliteTestStore, testApp, type TestStore } from './support.js';

/** A latch a test opens by hand, to hold a store call mid-way. */
function latch() {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

/** The store, with each call to the named methods counted. */
function countingStore<M extends keyof Store>(store: Store, methods: M[]) {
  const calls = Object.fromEntries(methods.map((method) => [method, 0])) as Record<M, number>;
  const overrides: PropertyDescriptorMap = {};
  for (const method of methods) {
    const original = store[method] as (...args: unknown[]) => unknown;
    overrides[method] = {
      value: (...args: unknown[]) => {
        calls[method] += 1;
        return original.apply(store, args);
      },
    };
  }
  return { store: Object.create(store, overrides) as Store, calls };
}

describe('cached reads', () => {
  let test: TestStore;
  const corpus = syntheticCorpus(6) as Article[];
  const article = (i: number) => corpus[i] as Article;

  beforeAll(async () => {
    test = await sqliteTestStore();
    for (const each of corpus) await test.store.putArticle(each);
  });
  afterAll(async () => {
    await test?.dispose();
  });

  it('serves an article from memory until it is deleted through the app', async () => {
    const { store, calls } = countingStore(test.store, ['getArticle', 'hasArticle']);
    const app = testApp(store, { readCacheTtlMs: 60_000 });
    const path = `/v1/articles/${article(0).id}`;
    const first = await request(app).get(path).expect(200);
    const second = await request(app).get(path).expect(200);
    expect(second.text).toBe(first.text);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(calls).toEqual({ getArticle: 1, hasArticle: 0 });

    await request(app).delete(path).expect(204);
    await request(app).get(path).expect(404);
    expect(calls.getArticle).toBe(2);
  });

  it('answers 304 from the cache with the same ETag and headers as a full answer', async () => {
    const app = testApp(test.store, { readCacheTtlMs: 60_000 });
    const path = `/v1/articles/${article(1).id}`;
    const full = await request(app).get(path).expect(200);
    const etag = full.headers.etag as string;
    const notModified = await request(app).get(path).set('If-None-Match', etag).expect(304);
    expect(notModified.text).toBe('');
    expect(notModified.headers.etag).toBe(etag);
    expect(notModified.headers['cache-control']).toBe('no-cache');
    expect(notModified.headers['content-security-policy']).toBe(
      full.headers['content-security-policy'],
    );
    expect(notModified.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const head = await request(app).head(path).expect(200);
    expect(head.headers.etag).toBe(etag);
    expect(head.headers['content-length']).toBe(full.headers['content-length']);
  });

  it('does not keep an article read that overlapped its delete', async () => {
    const gate = latch();
    const reading = latch();
    const id = article(2).id;
    const slow: Store = Object.create(test.store, {
      getArticle: {
        value: async (wanted: string) => {
          const found = await test.store.getArticle(wanted);
          reading.open();
          await gate.opened;
          return found;
        },
      },
    });
    const app = testApp(slow, { readCacheTtlMs: 60_000 });
    const overlapping = request(app)
      .get(`/v1/articles/${id}`)
      .then((response) => response);
    await reading.opened;
    await request(app).delete(`/v1/articles/${id}`).expect(204);
    gate.open();
    expect((await overlapping).status).toBe(200);
    await request(app).get(`/v1/articles/${id}`).expect(404);
  });

  it('shares one store query among concurrent list reads, and reuses its answer', async () => {
    const gate = latch();
    const { store, calls } = countingStore(test.store, ['listQuotes']);
    const held: Store = Object.create(store, {
      listQuotes: {
        value: async (...args: Parameters<Store['listQuotes']>) => {
          await gate.opened;
          return store.listQuotes(...args);
        },
      },
    });
    const app = testApp(held, { readCacheTtlMs: 60_000 });
    const reads = [1, 2, 3].map(() =>
      request(app)
        .get('/v1/quotes')
        .query({ limit: 5 })
        .then((response) => response),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    gate.open();
    const answers = await Promise.all(reads);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(new Set(answers.map((answer) => answer.text)).size).toBe(1);
    await request(app).get('/v1/quotes').query({ limit: 5 }).expect(200);
    expect(calls.listQuotes).toBe(1);
  });

  it('answers a list read that overlapped a write, and asks the store again afterwards', async () => {
    const gate = latch();
    const reading = latch();
    const { store, calls } = countingStore(test.store, ['stats']);
    let holding = false;
    const held: Store = Object.create(store, {
      stats: {
        value: async () => {
          const answer = await store.stats();
          if (holding) {
            holding = false;
            reading.open();
            await gate.opened;
          }
          return answer;
        },
      },
    });
    const app = testApp(held, { readCacheTtlMs: 60_000 });
    const before = (await request(app).get('/v1/stats').expect(200)).body.articles as number;
    // The first read was cached; a write clears it, so the next read asks and is held.
    await request(app)
      .delete(`/v1/articles/${article(3).id}`)
      .expect(204);
    holding = true;
    const overlapping = request(app)
      .get('/v1/stats')
      .then((response) => response);
    await reading.opened;
    await request(app)
      .delete(`/v1/articles/${article(4).id}`)
      .expect(204);
    gate.open();
    const overlapped = await overlapping;
    expect(overlapped.status).toBe(200);
    expect(overlapped.body.articles).toBe(before - 1);
    // The held answer predates the second delete, so it was not kept.
    const after = await request(app).get('/v1/stats').expect(200);
    expect(after.body.articles).toBe(before - 2);
    expect(calls.stats).toBe(3);
  });

  it('asks the store on every read when the cache time is 0', async () => {
    const { store, calls } = countingStore(test.store, ['listQuotes', 'hasArticle', 'getArticle']);
    const app = testApp(store, { readCacheTtlMs: 0 });
    await request(app).get('/v1/quotes').expect(200);
    await request(app).get('/v1/quotes').expect(200);
    expect(calls.listQuotes).toBe(2);
    const path = `/v1/articles/${article(5).id}`;
    await request(app).get(path).expect(200);
    await request(app).get(path).expect(200);
    expect(calls.getArticle + calls.hasArticle).toBe(2);
    // Deleted behind the app's back: the next read sees it at once.
    await test.store.deleteArticle(article(5).id);
    await request(app).get(path).expect(404);
  });
});
