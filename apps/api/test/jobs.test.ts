import { randomBytes } from 'node:crypto';
import pg from 'pg';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobsReport } from '@sourcetrace/article-model';
import { ApiError, Problem, createClient } from '@sourcetrace/api-client';
import { enqueueItems, openQueue, runWorker, type ArticleQueue } from '@sourcetrace/ingest';
import { createApp } from '../src/app.js';
import { listen } from '../src/server/listen.js';
import {
  INVENTED_ARTICLES,
  TEST_DATABASE_URL,
  postgresTestStore,
  silentLogger,
  sqliteTestStore,
  type TestStore,
} from './support.js';

describe('GET /v1/jobs on SQLite', () => {
  let test: TestStore;
  beforeAll(async () => {
    test = await sqliteTestStore();
  });
  afterAll(() => test.dispose());

  it('answers 404 with a problem saying there is no queue', async () => {
    const res = await request(createApp({ store: test.store, logger: silentLogger })).get(
      '/v1/jobs',
    );
    expect(res.status).toBe(404);
    expect(res.type).toBe('application/problem+json');
    const problem = Problem.parse(res.body);
    expect(problem.detail).toMatch(/SQLite, which has no job queue/);
  });

  it('reaches the client as an ApiError 404', async () => {
    const server = await listen(createApp({ store: test.store, logger: silentLogger }));
    try {
      const error = await createClient({ baseUrl: server.url })
        .jobs()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});

describe('GET /v1/jobs beside PostgreSQL', { timeout: 60_000 }, () => {
  let test: TestStore;
  let queue: ArticleQueue;
  const queueSchema = `api_jobs_${randomBytes(5).toString('hex')}`;
  const app = () =>
    createApp({ store: test.store, logger: silentLogger, jobs: queue, config: { apiKey: 'k3y' } });

  beforeAll(async () => {
    test = await postgresTestStore();
    queue = await openQueue(TEST_DATABASE_URL, { schema: queueSchema, retryLimit: 0 });
    await enqueueItems(queue, [
      { kind: 'input', label: 'harbour.txt', input: { text: INVENTED_ARTICLES[0]! } },
    ]);
    await queue.add([{ label: 'odd job', input: { title: 'no text' } as never }]);
    await runWorker(queue, test.store, { concurrency: 1, exitWhenEmpty: true });
    // One more waiting, so the counts show a queue still at work.
    await enqueueItems(queue, [
      { kind: 'input', label: 'orchard.txt', input: { text: INVENTED_ARTICLES[1]! } },
    ]);
  });

  afterAll(async () => {
    await queue.close();
    await test.dispose();
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    await client
      .query(`DROP SCHEMA IF EXISTS "${queueSchema}" CASCADE`)
      .finally(() => client.end());
  });

  it('needs the API key when the server has one', async () => {
    const res = await request(app()).get('/v1/jobs');
    expect(res.status).toBe(401);
    expect(res.type).toBe('application/problem+json');
  });

  it('gives the counts by state and each failure with its reason', async () => {
    const res = await request(app()).get('/v1/jobs').set('Authorization', 'Bearer k3y');
    expect(res.status).toBe(200);
    const report = JobsReport.parse(res.body);
    expect(report.counts).toEqual({
      created: 1,
      retry: 0,
      active: 0,
      completed: 1,
      failed: 1,
      cancelled: 0,
    });
    expect(report.pending).toBe(1);
    expect(report.failures).toHaveLength(1);
    expect(report.failures[0]).toMatchObject({ label: 'odd job', attempts: 1 });
    expect(report.failures[0]!.reason).toMatch(/^not an article job: /);
    // The same report the queue gives `sourcetrace jobs`, and the client.
    expect(report).toEqual(await queue.report());
    const server = await listen(app());
    try {
      expect(await createClient({ baseUrl: server.url, apiKey: 'k3y' }).jobs()).toEqual(report);
    } finally {
      await server.close();
    }
  });

  it('lists fewer failures when asked, and refuses a bad query with 400', async () => {
    const none = await request(app()).get('/v1/jobs?failures=0').set('Authorization', 'Bearer k3y');
    expect(JobsReport.parse(none.body).failures).toEqual([]);
    const bad = await request(app())
      .get('/v1/jobs?failures=lots')
      .set('Authorization', 'Bearer k3y');
    expect(bad.status).toBe(400);
    expect(bad.type).toBe('application/problem+json');
    const unknown = await request(app())
      .get('/v1/jobs?state=failed')
      .set('Authorization', 'Bearer k3y');
    expect(unknown.status).toBe(400);
  });
});
