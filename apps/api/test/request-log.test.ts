import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import request from 'supertest';
import { pino } from 'pino';
import type { Article } from '@sourcetrace/article-model';
import type { Store } from '@sourcetrace/store';
import { syntheticCorpus } from '@sourcetrace/store/testing';
import { createApp } from '../src/app.js';
import { sqliteTestStore, type TestStore } from './support.js';

interface LogLine {
  level: number;
  msg: string;
  req?: { id: string; method: string; url: string; remoteAddress?: string };
  res?: { statusCode: number };
  responseTime?: number;
  err?: { message: string };
}

/** An app whose log lines land in an array. */
function loggedApp(store: Store, config = {}, options: pino.LoggerOptions = {}) {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const app = createApp({ store, logger: pino({ level: 'info', ...options }, sink), config });
  const requestLines = () => lines.filter((line) => line.req);
  return { app, lines, requestLines };
}

describe('request log', () => {
  let test: TestStore;
  const [article] = syntheticCorpus(1) as [Article];

  beforeAll(async () => {
    test = await sqliteTestStore();
    await test.store.putArticle(article);
  });
  afterAll(async () => {
    await test?.dispose();
  });

  it('writes one line per request, matching its X-Request-Id, without headers', async () => {
    const { app, requestLines } = loggedApp(test.store, { apiKey: 'a-secret-key' });
    const first = await request(app).get(`/v1/articles/${article.id}`).expect(200);
    const second = await request(app).get('/v1/quotes').query({ limit: 2 }).expect(200);
    await request(app)
      .delete('/v1/articles/no-such-article')
      .set('Authorization', 'Bearer a-secret-key')
      .expect(404);
    await vi.waitFor(() => expect(requestLines()).toHaveLength(3));

    const ids = [first, second].map((response) => response.headers['x-request-id'] as string);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(ids[0]).not.toBe(ids[1]);

    const [articleLine, quotesLine, deleteLine] = requestLines() as [LogLine, LogLine, LogLine];
    expect(articleLine).toMatchObject({
      level: 30,
      msg: 'request completed',
      req: { id: ids[0], method: 'GET', url: `/v1/articles/${article.id}` },
      res: { statusCode: 200 },
    });
    expect(articleLine.req?.remoteAddress).toMatch(/127\.0\.0\.1|::1/);
    expect(articleLine.responseTime).toBeGreaterThanOrEqual(0);
    expect(quotesLine.req).toMatchObject({ id: ids[1], url: '/v1/quotes?limit=2' });
    expect(deleteLine).toMatchObject({
      level: 30,
      req: { method: 'DELETE' },
      res: { statusCode: 404 },
    });
    expect(JSON.stringify(requestLines())).not.toContain('a-secret-key');
  });

  it("keeps its fields when the logger brings pino's standard serializers", async () => {
    const { app, requestLines } = loggedApp(test.store, {}, { serializers: pino.stdSerializers });
    const response = await request(app).get('/v1/stats').expect(200);
    await vi.waitFor(() => expect(requestLines()).toHaveLength(1));
    expect(requestLines()[0]).toMatchObject({
      req: { id: response.headers['x-request-id'], method: 'GET', url: '/v1/stats' },
      res: { statusCode: 200 },
    });
    expect(requestLines()[0]?.req?.remoteAddress).toMatch(/127\.0\.0\.1|::1/);
    expect(requestLines()[0]?.req).not.toHaveProperty('headers');
  });

  it('leaves health probes out', async () => {
    const { app, requestLines } = loggedApp(test.store);
    await request(app).get('/healthz').expect(200);
    await request(app).get('/readyz').expect(200);
    await request(app).get('/v1/stats').expect(200);
    await vi.waitFor(() => expect(requestLines()).toHaveLength(1));
    expect(requestLines()[0]?.req?.url).toBe('/v1/stats');
  });

  it('logs a failed request at error level with the failure', async () => {
    const broken: Store = Object.create(test.store, {
      stats: { value: () => Promise.reject(new Error('the disk is full')) },
    });
    const { app, lines, requestLines } = loggedApp(broken);
    await request(app).get('/v1/stats').expect(500);
    await vi.waitFor(() => expect(requestLines()).toHaveLength(1));
    expect(requestLines()[0]).toMatchObject({
      level: 50,
      msg: 'request errored',
      req: { method: 'GET', url: '/v1/stats' },
      res: { statusCode: 500 },
      err: { message: 'failed with status code 500' },
    });
    // The cause itself is in the error handler's own line.
    expect(lines.find((line) => line.msg === 'unhandled error')?.err?.message).toBe(
      'the disk is full',
    );
  });
});
