import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import request from 'supertest';
import { Problem } from '@sourcetrace/api-client';
import { syntheticCorpus } from '@sourcetrace/store/testing';
import { listen, type RunningServer } from '../src/server/listen.js';
import { sqliteTestStore, testApp, type TestStore } from './support.js';

const PROBLEM_TYPE = /^application\/problem\+json/;

/** A 4xx problem document with no trace of the server's internals. */
function expectClientProblem(response: request.Response): void {
  expect(
    response.status,
    `${response.status} ${response.text.slice(0, 300)}`,
  ).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  expect(response.headers['content-type']).toMatch(PROBLEM_TYPE);
  const problem = Problem.parse(JSON.parse(response.text));
  expect(problem.status).toBe(response.status);
  expect(response.text).not.toMatch(/node_modules|\n\s+at |\.ts:\d+/);
}

describe('error answers', () => {
  let test: TestStore;
  let server: RunningServer;
  const corpus = syntheticCorpus(3);

  beforeAll(async () => {
    test = await sqliteTestStore();
    for (const article of corpus) await test.store.putArticle(article);
    // A high write limit so the generated requests reach validation instead of the limiter.
    server = await listen(
      testApp(test.store, {
        bodyLimit: '64kb',
        writeRateLimit: { windowMs: 60_000, limit: 100_000 },
      }),
    );
  });
  afterAll(async () => {
    await server?.close();
    await test?.dispose();
  });

  const http = () => request(server.url);

  it('malformed JSON is 400 with a clear detail', async () => {
    const response = await http()
      .post('/v1/extract')
      .set('Content-Type', 'application/json')
      .send('{"text": "unterminated');
    expectClientProblem(response);
    expect(response.status).toBe(400);
    expect(response.body.detail).toMatch(/not valid JSON/);
  });

  it('a body that is not JSON is 415, a missing body 400', async () => {
    const typed = await http()
      .post('/v1/articles')
      .set('Content-Type', 'text/plain')
      .send('Some article text');
    expectClientProblem(typed);
    expect(typed.status).toBe(415);
    const missing = await http().post('/v1/extract');
    expectClientProblem(missing);
    expect(missing.status).toBe(400);
  });

  it('an oversized body is 413', async () => {
    const response = await http()
      .post('/v1/extract')
      .send({ text: 'x'.repeat(100_000) });
    expectClientProblem(response);
    expect(response.status).toBe(413);
  });

  it('wrong types list every offending path', async () => {
    const response = await http()
      .post('/v1/extract')
      .send({ text: 42, title: ['no'] });
    expectClientProblem(response);
    expect(response.status).toBe(400);
    const problem = Problem.parse(response.body);
    expect(problem.errors?.length).toBeGreaterThan(0);
    expect(problem.errors?.every((error) => error.in === 'body')).toBe(true);
    expect(problem.errors?.map((error) => error.path)).toEqual([['text'], ['title']]);

    const empty = Problem.parse((await http().post('/v1/articles').send({})).body);
    expect(empty.detail).toMatch(/^Invalid body text: /);
  });

  it('unknown paths are 404 and other methods on known paths 405 with Allow', async () => {
    const missing = await http().get('/v1/nothing-here');
    expectClientProblem(missing);
    expect(missing.status).toBe(404);
    const method = await http().put('/v1/articles');
    expectClientProblem(method);
    expect(method.status).toBe(405);
    expect(method.headers.allow).toContain('POST');
  });

  it('a broken percent-encoding in the path is 400', async () => {
    const response = await http().get('/v1/articles/%E0%A4%A');
    expectClientProblem(response);
    expect(response.status).toBe(400);
  });

  it('repeated query parameters are rejected, not guessed', async () => {
    const response = await http().get('/v1/articles?limit=1&limit=2');
    expectClientProblem(response);
    expect(Problem.parse(response.body).errors?.[0]?.path).toEqual(['limit']);
  });

  // Every generated request carries at least one defect; whatever else it carries, the answer
  // must be a 4xx problem document.
  it('answers hundreds of generated malformed requests with 4xx problem documents', async () => {
    const routes = [
      ['GET', '/v1/articles'],
      ['POST', '/v1/articles'],
      ['GET', '/v1/articles/:id'],
      ['DELETE', '/v1/articles/:id'],
      ['GET', '/v1/articles/:id/entities/:entityId/corpus'],
      ['POST', '/v1/extract'],
      ['GET', '/v1/entities'],
      ['GET', '/v1/entities/:id'],
      ['GET', '/v1/entities/:id/quotes'],
      ['GET', '/v1/entities/:id/related'],
      ['GET', '/v1/quotes'],
      ['GET', '/v1/claims'],
      ['GET', '/v1/stats'],
      ['GET', '/v1/openapi.json'],
    ] as const;
    const knownKeys = [
      'q',
      'publisher',
      'from',
      'to',
      'entity',
      'cursor',
      'limit',
      'speaker',
      'channel',
      'kind',
      'hedge',
      'anonymous',
      'outlet',
      'sort',
      'article',
      'source',
    ];
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    const segment = text.map((s) => encodeURIComponent(s) || 'x');
    const route = fc.constantFrom(...routes);
    const fill = (path: string, id: fc.Arbitrary<string>) =>
      fc.tuple(id, id).map(([a, b]) => path.replace(':id', a).replace(':entityId', b));
    const unknownId = fc.oneof(
      segment.map((s) => `zz${s}`),
      fc.constant('a'.repeat(201)),
    );
    const noise = fc.record({
      accept: fc.constantFrom('application/json', '*/*', 'text/html', 'image/png'),
      ifNoneMatch: fc.option(
        fc.string({ maxLength: 20 }).map((s) => `"${s.replace(/["\r\n]/g, '')}"`),
        { nil: undefined },
      ),
      authorization: fc.option(fc.constantFrom('Bearer nope', 'Basic abc', 'Bearer'), {
        nil: undefined,
      }),
    });
    const garbageJson = fc.constantFrom(
      '{',
      '{"text":',
      '[1,2',
      'nul',
      '{"text": "a",}',
      '\u0000',
      '{"text":"\\ud800"',
    );
    const wrongShape = fc.oneof(
      fc.constant({}),
      fc.constant([]),
      fc.record({ text: fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.constant('')) }),
      fc.record({ html: fc.oneof(fc.integer(), fc.constant('')), url: fc.constant('not a url') }),
      fc.record({ text: fc.constant('ok'), extra: fc.jsonValue() }),
      fc.record({
        url: fc.constantFrom(
          'ftp://example.org/a',
          'javascript:alert(1)',
          'http://',
          'x'.repeat(3000),
        ),
      }),
      fc.record({
        text: fc.constant('ok'),
        publishedAt: fc.string({ maxLength: 10 }).map((s) => `x${s}`),
      }),
    );
    type Generated = {
      method: string;
      path: string;
      query?: string;
      contentType?: string;
      body?: string;
    };

    const defects: fc.Arbitrary<Generated>[] = [
      // An unknown query parameter on any route, among known ones with any values.
      fc
        .tuple(
          route,
          fc.string({ minLength: 1, maxLength: 10 }),
          text,
          fc.dictionary(fc.constantFrom(...knownKeys), text, { maxKeys: 3 }),
        )
        .chain(([[method, path], key, value, known]) =>
          fill(path, fc.constant('x')).map((filled) => ({
            method,
            path: filled,
            query: new URLSearchParams({ ...known, [`zz_${key}`]: value }).toString(),
            ...(method === 'POST'
              ? { contentType: 'application/json', body: '{"text":"A line."}' }
              : {}),
          })),
        ),
      // A known parameter with a value no schema accepts, on the list routes.
      fc
        .tuple(
          fc.constantFrom('/v1/articles', '/v1/quotes', '/v1/claims', '/v1/entities'),
          fc.oneof(
            fc.constantFrom(
              'limit=0',
              'limit=201',
              'limit=abc',
              'limit=1.5',
              'limit=',
              'cursor=',
              'kind=nobody',
              'hedge=perhaps',
              'sort=size',
            ),
            text.map((s) => `cursor=${encodeURIComponent(`garbage${s}`)}`),
            text.map((s) => `q=${encodeURIComponent(s)}&q=again`),
          ),
        )
        .map(([path, query]) => ({ method: 'GET', path, query })),
      // Unknown ids.
      fc
        .tuple(
          fc.constantFrom(
            'GET /v1/articles/:id',
            'DELETE /v1/articles/:id',
            'GET /v1/entities/:id',
            'GET /v1/entities/:id/quotes',
            'GET /v1/entities/:id/related',
            'GET /v1/articles/:id/entities/:entityId/corpus',
          ),
          unknownId,
        )
        .chain(([spec, id]) => {
          const [method, path] = spec.split(' ') as [string, string];
          return fill(path, fc.constant(id)).map((filled) => ({ method, path: filled }));
        }),
      // Malformed JSON, wrong content types and wrong shapes on the write routes.
      fc
        .tuple(fc.constantFrom('/v1/articles', '/v1/extract'), garbageJson)
        .map(([path, body]) => ({ method: 'POST', path, contentType: 'application/json', body })),
      fc
        .tuple(
          fc.constantFrom('/v1/articles', '/v1/extract'),
          fc.constantFrom(
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=x',
            'application/xml',
          ),
          text,
        )
        .map(([path, contentType, body]) => ({
          method: 'POST',
          path,
          contentType,
          body: body || 'x',
        })),
      fc
        .tuple(
          fc.constantFrom('/v1/articles', '/v1/extract'),
          wrongShape,
          fc.constantFrom(
            'application/json',
            'application/json; charset=utf-8',
            'application/merge-patch+json',
            'application/json; charset=latin1',
          ),
        )
        .map(([path, body, contentType]) => ({
          method: 'POST',
          path,
          contentType,
          body: JSON.stringify(body),
        })),
      fc.constantFrom('/v1/articles', '/v1/extract').map((path) => ({
        method: 'POST',
        path,
        contentType: 'application/json',
        body: JSON.stringify({ text: 'y'.repeat(70_000) }),
      })),
      // Unknown paths and methods.
      fc
        .array(segment, { minLength: 1, maxLength: 4 })
        .map((parts) => ({ method: 'GET', path: `/v1/zz/${parts.join('/')}` })),
      fc
        .tuple(route, fc.constantFrom('PUT', 'PATCH'))
        .map(([[, path], method]) => ({ method, path: path.replace(/:\w+/g, 'x') })),
    ];

    await fc.assert(
      fc.asyncProperty(fc.oneof(...defects), noise, async (generated, headers) => {
        const url = generated.query ? `${generated.path}?${generated.query}` : generated.path;
        const method = generated.method.toLowerCase() as
          'get' | 'post' | 'delete' | 'put' | 'patch';
        let call = http()[method](url).set('Accept', headers.accept);
        if (headers.ifNoneMatch) call = call.set('If-None-Match', headers.ifNoneMatch);
        if (headers.authorization) call = call.set('Authorization', headers.authorization);
        if (generated.contentType) call = call.set('Content-Type', generated.contentType);
        const response = await (generated.body === undefined ? call : call.send(generated.body));
        expectClientProblem(response);
      }),
      { numRuns: 300 },
    );
  });
});
