import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { Express } from 'express';
import { Problem } from '@sourcetrace/api-client';
import { BoundedExtractor } from '@sourcetrace/ingest';
import { createApp } from '../src/app.js';
import { syntheticCorpus } from '@sourcetrace/store/testing';
import { listen, type RunningServer } from '../src/server/listen.js';
import { rawConnection } from './raw-http.js';
import { ADAPTERS, INVENTED_ARTICLES, silentLogger, testApp, type TestStore } from './support.js';

const PROBLEM_TYPE = /^application\/problem\+json/;

function expectProblem(response: request.Response, status: number): Problem {
  expect(response.status, response.text.slice(0, 300)).toBe(status);
  expect(response.headers['content-type']).toMatch(PROBLEM_TYPE);
  return Problem.parse(response.body);
}

/** Sends raw bytes on a fresh connection and resolves with whatever comes back before it closes. */
function rawExchange(url: string, head: string, body = ''): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(head + body));
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
  });
}

/** An extractor whose threads and queue are always full, so every extraction is refused. */
class FullExtractor extends BoundedExtractor {
  override get full(): boolean {
    return true;
  }
}

describe.each(ADAPTERS)('input PostgreSQL cannot hold, over %s', (_name, open) => {
  let test: TestStore;
  let app: Express;

  beforeAll(async () => {
    test = await open();
    for (const article of syntheticCorpus(3)) await test.store.putArticle(article);
    app = testApp(test.store);
  });
  afterAll(async () => {
    await test?.dispose();
  });

  it('refuses a NUL in any query or path parameter with 400, the same on both engines', async () => {
    for (const url of [
      '/v1/quotes?speaker=%00',
      '/v1/articles?q=a%00b',
      '/v1/articles?publisher=%00',
      '/v1/claims?source=x%00',
      '/v1/entities?q=%00',
      '/v1/entities/%00',
      '/v1/entities/a%00/quotes',
      '/v1/articles/%00',
      '/v1/articles/x/entities/%00/corpus',
    ]) {
      const problem = expectProblem(await request(app).get(url), 400);
      expect(problem.detail, url).toMatch(/NUL/);
    }
  });

  it('refuses cursors past the integer range with 400', async () => {
    const forged = Buffer.from(JSON.stringify({ l: 'articles', v: ['2024', 2 ** 31] })).toString(
      'base64url',
    );
    expectProblem(await request(app).get(`/v1/articles?cursor=${forged}`), 400);
  });

  it('refuses an article holding a NUL with 422 and stores nothing', async () => {
    const before = await test.store.countArticles();
    const text = `${INVENTED_ARTICLES[0]}\u0000`;
    const problem = expectProblem(await request(app).post('/v1/articles').send({ text }), 422);
    expect(problem.detail).toMatch(/NUL/);
    expect(await test.store.countArticles()).toBe(before);
    // Extraction stores nothing, so it takes the same text.
    await request(app).post('/v1/extract').send({ text }).expect(200);
  });
});

describe('authentication and rate limits', () => {
  let test: TestStore;
  beforeAll(async () => {
    test = await ADAPTERS[0][1]();
  });
  afterAll(async () => {
    await test?.dispose();
  });

  it('limits failed authentication apart: anonymous clients cannot use up the key holder’s writes', async () => {
    const app = testApp(test.store, {
      apiKey: 'the right key',
      writeRateLimit: { windowMs: 60_000, limit: 3 },
      failedAuthRateLimit: { windowMs: 60_000, limit: 2 },
    });
    for (let i = 0; i < 2; i++) expectProblem(await request(app).delete('/v1/articles/nope'), 401);
    // Past the failed-attempt limit, anonymous and wrong-key requests are 429...
    expectProblem(await request(app).delete('/v1/articles/nope'), 429);
    const wrong = await request(app)
      .delete('/v1/articles/nope')
      .set('Authorization', 'Bearer guess');
    expectProblem(wrong, 429);
    // ...while the key holder, from the same address, still has every write.
    for (let i = 0; i < 3; i++) {
      await request(app)
        .delete('/v1/articles/nope')
        .set('Authorization', 'Bearer the right key')
        .expect(404);
    }
    const limited = await request(app)
      .delete('/v1/articles/nope')
      .set('Authorization', 'Bearer the right key');
    expectProblem(limited, 429);
  });

  it('counts clients by the address the configured proxy reports', async () => {
    const app = testApp(test.store, {
      trustProxy: 'loopback',
      writeRateLimit: { windowMs: 60_000, limit: 1 },
    });
    const from = (address: string) =>
      request(app).delete('/v1/articles/nope').set('X-Forwarded-For', address);
    await from('203.0.113.7').expect(404);
    expectProblem(await from('203.0.113.7'), 429);
    await from('203.0.113.8').expect(404);
  });
});

describe('slow and oversized requests', () => {
  let test: TestStore;
  let server: RunningServer;

  beforeAll(async () => {
    test = await ADAPTERS[0][1]();
    server = await listen(testApp(test.store, { bodyLimit: '64kb' }), {
      requestTimeoutMs: 400,
      headersTimeoutMs: 400,
    });
  });
  afterAll(async () => {
    await server?.close();
    await test?.dispose();
  });

  it('answers 413 from Content-Length alone, without waiting for the body', async () => {
    const head = [
      'POST /v1/extract HTTP/1.1',
      'Host: test',
      'Content-Type: application/json',
      `Content-Length: ${1024 ** 3}`,
      '',
      '',
    ].join('\r\n');
    // Only the start of the body is sent: the answer and the close must come anyway.
    const answer = await rawExchange(server.url, head, '{"text": "');
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/application\/problem\+json/);
  });

  it('cuts a body that does not arrive within the request time limit with 408', async () => {
    const head = [
      'POST /v1/extract HTTP/1.1',
      'Host: test',
      'Content-Type: application/json',
      'Content-Length: 100',
      '',
      '',
    ].join('\r\n');
    const answer = await rawExchange(server.url, head, '{"text": "slow');
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  });
});

describe('extraction on the worker pool', () => {
  let test: TestStore;
  beforeAll(async () => {
    test = await ADAPTERS[0][1]();
  });
  afterAll(async () => {
    await test?.dispose();
  });

  it('answers 429 with Retry-After once the threads and the queue are full', async () => {
    const server = await listen(
      // Refused at once: held, a request could find room when the first extractions end.
      testApp(test.store, {
        extraction: { threads: 1, maxQueue: 1, timeoutMs: 60_000 },
        busyHoldMs: 0,
      }),
    );
    try {
      const text = INVENTED_ARTICLES[0] as string;
      const answers = await Promise.all(
        Array.from({ length: 6 }, () => request(server.url).post('/v1/extract').send({ text })),
      );
      const statuses = answers.map((answer) => answer.status).sort();
      expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(2);
      const refused = answers.filter((answer) => answer.status === 429);
      expect(refused.length).toBeGreaterThan(0);
      for (const answer of refused) {
        expectProblem(answer, 429);
        expect(Number(answer.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      }
      // Reads and later extractions are served as before.
      await request(server.url).get('/healthz').expect(200);
      await request(server.url).post('/v1/extract').send({ text }).expect(200);
    } finally {
      await server.close();
    }
  });

  it('serves a held request as soon as an extraction ends and leaves room', async () => {
    // One thread and no queue: the second request finds it full, and is held, not refused.
    const server = await listen(
      testApp(test.store, {
        extraction: { threads: 1, maxQueue: 0, timeoutMs: 60_000 },
        busyHoldMs: 60_000,
      }),
    );
    try {
      const text = INVENTED_ARTICLES[0] as string;
      const answers = await Promise.all(
        Array.from({ length: 3 }, () => request(server.url).post('/v1/extract').send({ text })),
      );
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    } finally {
      await server.close();
    }
  });

  describe('while the threads and the queue are full', () => {
    let extractor: FullExtractor;
    let server: RunningServer;
    beforeAll(async () => {
      extractor = new FullExtractor({ threads: 1 });
      server = await listen(createApp({ store: test.store, logger: silentLogger, extractor }));
    });
    afterAll(async () => {
      await server?.close();
      await extractor?.destroy();
    });

    const postHead = (path: string, framing: string) =>
      [
        `POST ${path} HTTP/1.1`,
        'Host: test',
        'Content-Type: application/json',
        framing,
        '',
        '',
      ].join('\r\n');

    it('refuses an extraction from its headers, and the connection carries the next request', async () => {
      // Not JSON: were the body parsed, the answer would be 400.
      const body = 'not json '.repeat(20_000);
      const connection = await rawConnection(server.url);
      try {
        // The answer comes before a byte of the body is sent.
        connection.write(postHead('/v1/extract', `Content-Length: ${body.length}`));
        const refused = await connection.response();
        expect(refused.status).toBe(429);
        expect(refused.headers['content-type']).toMatch(PROBLEM_TYPE);
        expect(Problem.parse(JSON.parse(refused.body)).type).toMatch(/extraction-busy$/);
        expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
        expect(refused.headers['connection']).not.toBe('close');
        // The body still arrives, and is skipped rather than read as the next request.
        connection.write(body);
        connection.write('GET /healthz HTTP/1.1\r\nHost: test\r\n\r\n');
        const next = await connection.response();
        expect(next.status).toBe(200);
        expect(JSON.parse(next.body)).toEqual({ status: 'ok' });
      } finally {
        connection.end();
      }
    });

    it('holds a request back before refusing it, so a client sending again at once is refused a few times a second at most', async () => {
      const delayMs = 300;
      const held = await listen(
        createApp({
          store: test.store,
          logger: silentLogger,
          extractor,
          config: { busyHoldMs: delayMs },
        }),
      );
      try {
        const started = performance.now();
        const refused = await request(held.url).post('/v1/extract').send({ text: 'x' });
        // A timer never fires early by more than Node's millisecond rounding.
        expect(performance.now() - started).toBeGreaterThanOrEqual(delayMs - 2);
        expectProblem(refused, 429);
        // A client that leaves while its refusal waits is answered by nobody, and the server
        // goes on serving.
        const leaving = await rawConnection(held.url);
        leaving.write(postHead('/v1/extract', 'Content-Length: 2'));
        leaving.end();
        await new Promise((resolve) => setTimeout(resolve, delayMs + 50));
        await request(held.url).get('/healthz').expect(200);
      } finally {
        await held.close();
      }
    });

    it('closes the connection after refusing a body of unknown length', async () => {
      const connection = await rawConnection(server.url);
      try {
        connection.write(postHead('/v1/extract', 'Transfer-Encoding: chunked'));
        connection.write('a\r\n{"text": "\r\n');
        const refused = await connection.response();
        expect(refused.status).toBe(429);
        expect(refused.headers['connection']).toBe('close');
        expect(await connection.closed()).toBe('');
      } finally {
        connection.end();
      }
    });

    it('refuses an ingest the same way, and stores nothing', async () => {
      const before = await test.store.countArticles();
      const text = INVENTED_ARTICLES[0] as string;
      const refused = expectProblem(
        await request(server.url).post('/v1/articles').send({ text }),
        429,
      );
      expect(refused.type).toMatch(/extraction-busy$/);
      expect(await test.store.countArticles()).toBe(before);
    });

    it('still answers what is wrong with the request itself first', async () => {
      expectProblem(
        await request(server.url).post('/v1/extract').set('Content-Type', 'text/plain').send('x'),
        415,
      );
    });
  });

  it('answers 422 when an extraction or an ingest runs past the time limit', async () => {
    const app = testApp(test.store, { extraction: { threads: 1, timeoutMs: 1 } });
    const text = (INVENTED_ARTICLES[1] as string).repeat(200);
    const extracted = expectProblem(await request(app).post('/v1/extract').send({ text }), 422);
    expect(extracted.detail).toMatch(/time|within/);
    expectProblem(await request(app).post('/v1/articles').send({ text }), 422);
    expect(await test.store.countArticles()).toBe(0);
  });
});
