import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '@sourcetrace/store';
import { syntheticArticle } from '@sourcetrace/store/testing';
import {
  enqueueItems,
  MAX_JOB_BYTES,
  openQueue,
  queueSchemaFor,
  runWorker,
  type ArticleQueue,
  type SourceItem,
} from '../src/index.js';

// The queue in the real test PostgreSQL, in a schema of its own per run (store and queue).
const DATABASE_URL =
  process.env.SOURCETRACE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const texts = Array.from({ length: 12 }, (_, i) => syntheticArticle(i + 1).text);
const items = (list: string[]): SourceItem[] =>
  list.map((text, i) => ({ kind: 'input', label: `invented ${i + 1}`, input: { text } }));

let schema: string;
let store: Store;
let queue: ArticleQueue;

async function dropSchemas(...names: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    for (const name of names) await client.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  schema = `queue_test_${randomBytes(5).toString('hex')}`;
  store = await openStore({ databaseUrl: DATABASE_URL, pgSchema: schema });
  queue = await openQueue(DATABASE_URL, {
    schema: queueSchemaFor(schema),
    supervise: true,
    checkIntervalSeconds: 1,
    retryLimit: 1,
    retryDelaySeconds: 1,
  });
});

afterAll(async () => {
  await queue?.close();
  await store?.close();
  await dropSchemas(schema, queueSchemaFor(schema));
});

describe('the article queue', { timeout: 60_000 }, () => {
  it('stores every enqueued article once, however often it was enqueued', async () => {
    const first = await enqueueItems(queue, items(texts));
    // The same articles again, as a retried enqueue would add them.
    const again = await enqueueItems(queue, items(texts.slice(0, 5)));
    expect(first).toEqual({ queued: 12, failed: [] });
    expect(again.queued).toBe(5);

    const summary = await runWorker(queue, store, { concurrency: 1, exitWhenEmpty: true });
    expect(summary).toEqual({ ingested: 12, unchanged: 5, failed: 0 });
    expect(await store.countArticles()).toBe(12);
    expect((await store.stats()).articles).toBe(12);
    const report = await queue.report();
    expect(report.counts.completed).toBe(17);
    expect(report.pending).toBe(0);
    expect(report.failures).toEqual([]);
  });

  it('refuses items it cannot carry at enqueue, with their reasons', async () => {
    const summary = await enqueueItems(queue, [
      { kind: 'failed', label: 'missing.txt', reason: 'no such file or folder' },
      { kind: 'input', label: 'huge.txt', input: { text: 'a'.repeat(MAX_JOB_BYTES + 1) } },
      { kind: 'input', label: 'bad-date.jsonl:1', input: { text: 'Hi.', publishedAt: 'soon' } },
      { kind: 'input', label: 'nul.txt', input: { text: 'A report\u0000 with a NUL.' } },
    ]);
    expect(summary.queued).toBe(0);
    expect(summary.failed.map((failure) => failure.label)).toEqual([
      'missing.txt',
      'huge.txt',
      'bad-date.jsonl:1',
      'nul.txt',
    ]);
    expect(summary.failed[1]!.reason).toMatch(/too large for a job/);
    expect(summary.failed[3]!.reason).toMatch(/NUL character/);
    expect((await queue.report()).counts.created).toBe(0);
  });

  it('retries a job that keeps failing, then keeps it as failed with its reason', async () => {
    // Not an article: every attempt fails the same way.
    await queue.add([{ label: 'odd job', input: { title: 'no text' } as never }]);
    const summary = await runWorker(queue, store, {
      concurrency: 1,
      exitWhenEmpty: true,
      pollIntervalMs: 200,
    });
    // Tried twice (retryLimit 1), the second time after a backoff.
    expect(summary.failed).toBe(2);
    const report = await queue.report();
    expect(report.counts.failed).toBe(1);
    expect(report.pending).toBe(0);
    expect(report.failures).toEqual([
      {
        id: expect.any(String),
        label: 'odd job',
        reason: expect.stringMatching(/^not an article job: /),
        attempts: 2,
        failedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    ]);
    expect(await store.countArticles()).toBe(12);
  });
});
