import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import express from 'express';
import helmet from 'helmet';
import type { Article } from '@sourcetrace/article-model';
import { syntheticCorpus } from '@sourcetrace/store/testing';
import { Problem } from '@sourcetrace/api-client';
import { HELMET_OPTIONS } from '../src/http/security.js';
import { INVENTED_ARTICLES, sqliteTestStore, testApp, type TestStore } from './support.js';

/** The headers helmet adds with the app's options, read off a bare Express app. */
async function headersHelmetSets(): Promise<Record<string, string>> {
  const bare = (withHelmet: boolean) => {
    const app = express();
    app.disable('x-powered-by');
    if (withHelmet) app.use(helmet(HELMET_OPTIONS));
    app.get('/', (_req, res) => void res.end());
    return app;
  };
  const plain = (await request(bare(false)).get('/')).headers;
  const helmeted = (await request(bare(true)).get('/')).headers;
  return Object.fromEntries(
    Object.entries(helmeted).filter(([name]) => !(name in plain)),
  ) as Record<string, string>;
}

const ARTICLE = INVENTED_ARTICLES[0] as string;
/** What the loopback page serves: another article, so its first ingest is the fetched one. */
const PAGE_TEXT = INVENTED_ARTICLES[1] as string;

describe('security', () => {
  let test: TestStore;
  let page: Server;
  let pageUrl: string;

  beforeAll(async () => {
    test = await sqliteTestStore();
    // A page on loopback: what an attacker would point the server at.
    page = createServer((req, res) => {
      if (req.url === '/redirect') {
        res.writeHead(302, { Location: `${pageUrl}/article` }).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' }).end(PAGE_TEXT);
    });
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    pageUrl = `http://127.0.0.1:${(page.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => page?.close(resolve));
    await test?.dispose();
  });

  it('writes need the bearer key when one is set; reads stay open', async () => {
    const app = testApp(test.store, { apiKey: 'correct horse battery staple' });
    const missing = await request(app).post('/v1/articles').send({ text: ARTICLE }).expect(401);
    expect(missing.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(Problem.parse(missing.body).status).toBe(401);
    await request(app)
      .post('/v1/articles')
      .set('Authorization', 'Bearer wrong')
      .send({ text: ARTICLE })
      .expect(401);
    await request(app)
      .post('/v1/articles')
      .set('Authorization', 'Bearer correct horse')
      .send({ text: ARTICLE })
      .expect(401);
    const stored = await request(app)
      .post('/v1/articles')
      .set('Authorization', 'Bearer correct horse battery staple')
      .send({ text: ARTICLE })
      .expect((response) => expect([200, 201]).toContain(response.status));
    await request(app).delete(`/v1/articles/${stored.body.id}`).expect(401);
    await request(app).get('/v1/articles').expect(200);
    await request(app).post('/v1/extract').send({ text: ARTICLE }).expect(200);
  });

  it('rate-limits writes with 429 problem documents', async () => {
    const app = testApp(test.store, { writeRateLimit: { windowMs: 60_000, limit: 2 } });
    await request(app).delete('/v1/articles/nope').expect(404);
    await request(app).delete('/v1/articles/nope').expect(404);
    const limited = await request(app).delete('/v1/articles/nope').expect(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.headers.ratelimit).toBeDefined();
    // Reads are not limited.
    await request(app).get('/v1/stats').expect(200);
  });

  it('sends a CSP the web page works under, and no CORS unless configured', async () => {
    const response = await request(testApp(test.store))
      .get('/v1/stats')
      .set('Origin', 'https://elsewhere.example')
      .expect(200);
    const csp = response.headers['content-security-policy'] as string;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("img-src 'self' data:");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(response.headers['x-powered-by']).toBeUndefined();

    const withCors = testApp(test.store, { corsOrigins: ['https://reader.example'] });
    const allowed = await request(withCors)
      .get('/v1/stats')
      .set('Origin', 'https://reader.example')
      .expect(200);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://reader.example');
  });

  it("sends helmet's headers on every kind of answer", async () => {
    const expected = await headersHelmetSets();
    expect(Object.keys(expected)).toEqual(
      expect.arrayContaining([
        'content-security-policy',
        'strict-transport-security',
        'x-content-type-options',
      ]),
    );
    const [article] = syntheticCorpus(1) as [Article];
    await test.store.putArticle(article);
    const app = testApp(test.store);
    const path = `/v1/articles/${article.id}`;
    const full = await request(app).get(path).expect(200);
    const answers = [
      full,
      await request(app).get(path).expect(200),
      await request(app)
        .get(path)
        .set('If-None-Match', full.headers.etag as string)
        .expect(304),
      await request(app).get('/v1/articles/no-such-article').expect(404),
      await request(app).get('/v1/quotes').query({ limit: 'lots' }).expect(400),
      await request(app).put(path).expect(405),
      await request(app).get('/nowhere').expect(404),
      await request(app).post('/v1/extract').send({ text: ARTICLE }).expect(200),
    ];
    for (const answer of answers) {
      for (const [name, value] of Object.entries(expected))
        expect(answer.headers[name], `${name} on ${answer.status}`).toBe(value);
    }
  });

  it('refuses internal and unreachable targets with one answer that names no address or error code', async () => {
    const app = testApp(test.store);
    const port = new URL(pageUrl).port;
    const details = new Set<string>();
    for (const url of [
      `${pageUrl}/article`,
      `http://localhost:${port}/article`,
      `http://[::7f00:1]:${port}/article`,
      `http://[64:ff9b::7f00:1]:${port}/article`,
      `http://[2002:7f00:1::1]:${port}/article`,
      'http://169.254.169.254/latest/meta-data',
      'http://no-such-host.invalid/article',
    ]) {
      const refused = await request(app).post('/v1/articles').send({ url }).expect(422);
      const problem = Problem.parse(refused.body);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(problem.detail).not.toMatch(/E[A-Z]{4,}|127\.|169\.254|::|private|resolve/);
      details.add(`${problem.type} ${problem.detail}`);
    }
    expect(details.size).toBe(1);
    await request(app).post('/v1/articles').send({ url: 'file:///etc/passwd' }).expect(400);
  });

  it('fetches private addresses when configured to, following redirects', async () => {
    const app = testApp(test.store, { allowPrivateFetch: true });
    const response = await request(app)
      .post('/v1/articles')
      .send({ url: `${pageUrl}/redirect` });
    expect([200, 201]).toContain(response.status);
    const article = await request(app).get(`/v1/articles/${response.body.id}`).expect(200);
    expect(article.body.text).toBe(PAGE_TEXT);
    expect(article.body.source.url).toBe(`${pageUrl}/article`);
  });
});
