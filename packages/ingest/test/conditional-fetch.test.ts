import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchHttpError, FetchRefusedError, safeFetch } from '../src/index.js';
import { startServer } from './local-server.js';

let server: Awaited<ReturnType<typeof startServer>>;
const received: { ifNoneMatch?: string; ifModifiedSince?: string }[] = [];
const MODIFIED = 'Wed, 01 Jan 2031 00:00:00 GMT';

beforeAll(async () => {
  server = await startServer({
    '/feed': (req, res) => {
      const ifNoneMatch = req.headers['if-none-match'];
      const ifModifiedSince = req.headers['if-modified-since'];
      received.push({
        ...(ifNoneMatch ? { ifNoneMatch } : {}),
        ...(ifModifiedSince ? { ifModifiedSince } : {}),
      });
      if (ifNoneMatch === '"v1"' || ifModifiedSince === MODIFIED) {
        res.writeHead(304, { etag: '"v1"' }).end();
        return;
      }
      res
        .writeHead(200, { 'content-type': 'text/plain', etag: '"v1"', 'last-modified': MODIFIED })
        .end('Invented body.');
    },
    '/always-304': (_req, res) => res.writeHead(304).end(),
  });
});
afterAll(() => server.close());

describe('safeFetch with validators', () => {
  const local = { allowPrivate: true };

  it('gives the validators of an answer, sends them back, and takes a 304 as an answer', async () => {
    received.length = 0;
    const first = await safeFetch(`${server.url}/feed`, local);
    expect(first).toMatchObject({
      status: 200,
      etag: '"v1"',
      lastModified: MODIFIED,
      body: 'Invented body.',
    });

    const byEtag = await safeFetch(`${server.url}/feed`, {
      ...local,
      validators: { etag: first.etag },
    });
    expect(byEtag).toEqual({
      url: `${server.url}/feed`,
      status: 304,
      contentType: '',
      body: '',
      etag: '"v1"',
      lastModified: null,
    });
    const byDate = await safeFetch(`${server.url}/feed`, {
      ...local,
      validators: { lastModified: first.lastModified },
    });
    expect(byDate.status).toBe(304);
    expect(received).toEqual([{}, { ifNoneMatch: '"v1"' }, { ifModifiedSince: MODIFIED }]);
  });

  it('still takes an unasked-for 304 as an error', async () => {
    await expect(safeFetch(`${server.url}/always-304`, local)).rejects.toBeInstanceOf(
      FetchHttpError,
    );
  });

  it('drops a validator that would break the request headers', async () => {
    received.length = 0;
    const page = await safeFetch(`${server.url}/feed`, {
      ...local,
      validators: { etag: '"v1"\r\nx-injected: yes', lastModified: null },
    });
    expect(page.status).toBe(200);
    expect(received).toEqual([{}]);
  });

  it('keeps every address rule', async () => {
    await expect(
      safeFetch(`${server.url}/feed`, { validators: { etag: '"v1"' } }),
    ).rejects.toBeInstanceOf(FetchRefusedError);
  });
});
