import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { ArticleQuery, type ArticleSummary, type Page } from '@sourcetrace/article-model';
import type { Store } from '@sourcetrace/store';
import { listen, startServer } from '../src/server/listen.js';
import { rawConnection } from './raw-http.js';
import { silentLogger, sqliteTestStore, testApp, type TestStore } from './support.js';

describe('server lifecycle', () => {
  let test: TestStore;
  beforeAll(async () => {
    test = await sqliteTestStore();
  });
  afterAll(async () => {
    await test?.dispose();
  });

  it('finishes in-flight requests on shutdown and refuses new ones', async () => {
    const { slow, started, release } = gatedStore(test.store);
    const running = await startServer({ store: slow, logger: silentLogger, handleSignals: false });
    const inFlight = fetch(`${running.url}/v1/articles`);
    await started;
    let closed = false;
    const closing = running.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(false);
    await expect(fetch(`${running.url}/healthz`)).rejects.toThrow();
    release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(((await response.json()) as Page<ArticleSummary>).items).toEqual([]);
    await closing;
    expect(closed).toBe(true);
  });

  it('tells a request arriving during shutdown on an open connection to close it, even when answered at once', async () => {
    const { slow, started, release } = gatedStore(test.store);
    const running = await listen(testApp(slow));
    const connection = await rawConnection(running.url);
    try {
      connection.write('GET /v1/articles HTTP/1.1\r\nHost: test\r\n\r\n');
      await started;
      const closing = running.close();
      // Behind the slow one on the same connection; a 404 is answered without waiting.
      const arrived = once(running.server, 'request');
      connection.write('GET /v1/nothing HTTP/1.1\r\nHost: test\r\n\r\n');
      await arrived;
      release();
      expect((await connection.response()).status).toBe(200);
      const late = await connection.response();
      expect(late.status).toBe(404);
      expect(late.headers['connection']).toBe('close');
      await closing;
    } finally {
      connection.end();
    }
  });

  it('runs onShutdown after closing', async () => {
    let ran = false;
    const running = await startServer({
      store: test.store,
      logger: silentLogger,
      handleSignals: false,
      onShutdown: async () => void (ran = true),
    });
    await running.close();
    expect(ran).toBe(true);
  });
});

describe('the web page', () => {
  let test: TestStore;
  let webRoot: string;
  beforeAll(async () => {
    test = await sqliteTestStore();
    webRoot = mkdtempSync(join(tmpdir(), 'sourcetrace-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(
      join(webRoot, 'index.html'),
      '<!doctype html><title>Sourcetrace</title><script type="module" src="/assets/app-1.js"></script>',
    );
    writeFileSync(join(webRoot, 'assets', 'app-1.js'), 'console.log("page");');
  });
  afterAll(async () => {
    rmSync(webRoot, { recursive: true, force: true });
    await test?.dispose();
  });

  it('is served at / with deep links falling back to index.html, while the API keeps its own 404s', async () => {
    const app = testApp(test.store, { webRoot });
    const index = await request(app)
      .get('/')
      .expect(200)
      .expect('Content-Type', /text\/html/);
    expect(index.text).toContain('<title>Sourcetrace</title>');
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    const deep = await request(app).get('/entities/e12').set('Accept', 'text/html').expect(200);
    expect(deep.text).toBe(index.text);
    const asset = await request(app)
      .get('/assets/app-1.js')
      .expect(200)
      .expect('Content-Type', /javascript/);
    expect(asset.headers['cache-control']).toContain('immutable');
    await request(app)
      .get('/assets/missing.js')
      .expect(404)
      .expect('Content-Type', /problem\+json/);
    await request(app)
      .get('/v1/nothing')
      .set('Accept', 'text/html')
      .expect(404)
      .expect('Content-Type', /problem\+json/);
    await request(app).post('/entities/e12').expect(404);
  });

  it('answers 404 problem documents when no page is built', async () => {
    const app = testApp(test.store, { webRoot: join(webRoot, 'not-built') });
    await request(app)
      .get('/')
      .expect(404)
      .expect('Content-Type', /problem\+json/);
  });
});

// The listen() helper binds where asked and reports the real port.
describe('listen', () => {
  it('reports the bound URL', async () => {
    const test = await sqliteTestStore();
    const running = await listen(testApp(test.store), { port: 0, host: '127.0.0.1' });
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
    await running.close();
    await test.dispose();
  });
});

/** A store whose article list waits until the test lets it answer; `started` says it was asked. */
function gatedStore(store: Store): { slow: Store; started: Promise<void>; release: () => void } {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  let entered: () => void = () => {};
  const started = new Promise<void>((resolve) => (entered = resolve));
  const slow: Store = Object.create(store, {
    listArticles: {
      value: async (query: ArticleQuery): Promise<Page<ArticleSummary>> => {
        entered();
        await gate;
        return store.listArticles(query);
      },
    },
  }) as Store;
  return { slow, started, release };
}
