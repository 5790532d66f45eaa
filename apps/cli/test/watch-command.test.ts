import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openQueue, queueSchemaFor } from '@sourcetrace/ingest';
import { openStore } from '@sourcetrace/store';
import { parseDuration } from '../src/lib/duration.js';
import { REPO_ROOT, runCli } from './run-cli.js';

// Invented articles in an invented feed.
const story = (n: number) =>
  `<html><body><article><p>Invented bulletin ${n}. "The lock gates close at dusk," said Oren ` +
  `Malloy, the canal keeper. According to the trust, ${n} boats wait upstream.</p></article></body></html>`;

const DATABASE_URL =
  process.env.SOURCETRACE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let dir: string;
let server: Server;
let base: string;
let conditionalHits = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sourcetrace-watch-'));
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/feed') {
      if (req.headers['if-none-match'] === '"f1"') {
        conditionalHits++;
        res.writeHead(304, { etag: '"f1"' }).end();
        return;
      }
      res
        .writeHead(200, { 'content-type': 'application/rss+xml', etag: '"f1"' })
        .end(
          `<?xml version="1.0"?><rss version="2.0"><channel><title>Canal News</title>` +
            `<item><title>One</title><link>${base}/story/1</link></item>` +
            `<item><title>Two</title><link>${base}/story/2</link></item></channel></rss>`,
        );
      return;
    }
    if (path === '/down') {
      res.writeHead(503, { 'content-type': 'text/plain' }).end('maintenance');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' }).end(story(Number(path.split('/').pop())));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

async function countIn(db: string): Promise<number> {
  const store = await openStore({ db });
  try {
    return await store.countArticles();
  } finally {
    await store.close();
  }
}

describe('parseDuration', () => {
  it('reads seconds, minutes, hours and days, alone or together, and nothing else', () => {
    expect(['30s', '15m', '1h', '1h30m', '2d', '0.5h'].map(parseDuration)).toEqual([
      30_000, 900_000, 3_600_000, 5_400_000, 172_800_000, 1_800_000,
    ]);
    expect(['15', '', 'm', '15 minutes', '-5m', '0s', '1h 30m'].map(parseDuration)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

// Each test starts the CLI from source (tsx); a loaded machine needs the room.
describe('sourcetrace watch', { timeout: 90_000 }, () => {
  it("--once stores a feed's items, then asks conditionally and stores nothing twice", async () => {
    const db = join(dir, 'once.db');
    const args = [
      'watch',
      `${base}/feed`,
      '--once',
      '--db',
      db,
      '--allow-private-urls',
      '--concurrency',
      '1',
    ];
    const first = await runCli(args);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/^\S+Z new {7}http:\/\/127\.0\.0\.1:\d+\/feed: 2 new$/m);
    expect(await countIn(db)).toBe(2);

    const second = await runCli(args);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(
      /unchanged http:\/\/127\.0\.0\.1:\d+\/feed: not modified \(304\)$/m,
    );
    expect(conditionalHits).toBe(1);
    expect(await countIn(db)).toBe(2);
  });

  it('logs a URL that cannot be read, goes on with the others, and exits 1 after one round', async () => {
    const db = join(dir, 'down.db');
    const result = await runCli([
      'watch',
      `${base}/down`,
      `${base}/story/3`,
      '--once',
      '--db',
      db,
      '--allow-private-urls',
      '--concurrency',
      '1',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /failed {4}http:\/\/127\.0\.0\.1:\d+\/down: .*answered 503 \(tried again next round\)$/m,
    );
    expect(result.stderr).toMatch(/new {7}http:\/\/127\.0\.0\.1:\d+\/story\/3: 1 new$/m);
    expect(await countIn(db)).toBe(1);
  });

  it('refuses bad arguments with a clear message, and private addresses unless allowed', async () => {
    const db = join(dir, 'refused.db');
    const tooOften = await runCli(['watch', `${base}/feed`, '--every', '10s', '--db', db]);
    expect(tooOften.code).toBe(1);
    expect(tooOften.stderr).toMatch(/--every 10s is too often: at least 1m \(or --once\)/);
    const vague = await runCli(['watch', `${base}/feed`, '--every', '15', '--db', db]);
    expect(vague.code).not.toBe(0);
    expect(vague.stderr).toMatch(/expected a duration such as 30s, 15m, 1h/);
    const notUrl = await runCli(['watch', 'feeds.txt', '--once', '--db', db]);
    expect(notUrl.code).toBe(1);
    expect(notUrl.stderr).toMatch(/not an http\(s\) URL: feeds\.txt/);
    // Private addresses stay refused unless asked for.
    const refused = await runCli(['watch', `${base}/feed`, '--once', '--db', db]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/failed .*private or reserved address/);
  });

  it("stops cleanly on SIGTERM, with the round's articles stored", async () => {
    const db = join(dir, 'signal.db');
    const child = spawn(
      process.execPath,
      [
        '--conditions=@sourcetrace/source',
        '--import',
        'tsx',
        fileURLToPath(new URL('../src/main.ts', import.meta.url)),
        'watch',
        `${base}/story/4`,
        '--every',
        '1h',
        '--db',
        db,
        '--allow-private-urls',
        '--concurrency',
        '1',
      ],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, DATABASE_URL: '', SOURCETRACE_DB: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
    await new Promise<void>((resolve, reject) => {
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        stderr += chunk;
        if (/story\/4: 1 new/.test(stderr)) resolve();
      });
      child.once('close', () => reject(new Error(`exited early: ${stderr}`)));
    });
    // The first round is done and it now waits an hour: the signal ends the wait.
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/stopping after this round's writes/);
    expect(await countIn(db)).toBe(1);
  });

  it('--queue puts new articles on the PostgreSQL queue instead of storing them, and remembers them', async () => {
    const pgSchema = `watch_test_${randomBytes(5).toString('hex')}`;
    const env = { SOURCETRACE_PG_SCHEMA: pgSchema };
    const args = [
      'watch',
      `${base}/story/5`,
      `${base}/feed`,
      '--once',
      '--queue',
      '--database-url',
      DATABASE_URL,
      '--allow-private-urls',
    ];
    try {
      const first = await runCli(args, env);
      expect(first.code).toBe(0);
      expect(first.stderr).toMatch(/new {7}http:\/\/127\.0\.0\.1:\d+\/story\/5: 1 queued$/m);
      expect(first.stderr).toMatch(/new {7}http:\/\/127\.0\.0\.1:\d+\/feed: 2 queued$/m);
      const again = await runCli(args, env);
      expect(again.stderr).toMatch(/unchanged http:\/\/127\.0\.0\.1:\d+\/story\/5: same content$/m);
      expect(again.stderr).toMatch(
        /unchanged http:\/\/127\.0\.0\.1:\d+\/feed: not modified \(304\)$/m,
      );

      const queue = await openQueue(DATABASE_URL, { schema: queueSchemaFor(pgSchema) });
      const store = await openStore({ databaseUrl: DATABASE_URL, pgSchema });
      try {
        expect((await queue.report()).counts.created).toBe(3);
        // The workers store them; watch itself stored nothing.
        expect(await store.countArticles()).toBe(0);
      } finally {
        await queue.close();
        await store.close();
      }
    } finally {
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      try {
        for (const name of [pgSchema, queueSchemaFor(pgSchema)])
          await client.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
      } finally {
        await client.end();
      }
    }
  });

  it('--queue on SQLite is refused with the way out', async () => {
    const result = await runCli([
      'watch',
      `${base}/feed`,
      '--once',
      '--queue',
      '--db',
      join(dir, 'q.db'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /watch --queue needs PostgreSQL: give --database-url or set DATABASE_URL/,
    );
  });
});
