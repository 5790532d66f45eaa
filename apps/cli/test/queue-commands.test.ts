import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobsReport } from '@sourcetrace/article-model';
import { openStore, type Store } from '@sourcetrace/store';
import { syntheticArticle } from '@sourcetrace/store/testing';
import { REPO_ROOT, runCli } from './run-cli.js';

// The queue end to end: `ingest --queue`, real `worker` processes (killed with -9, stopped
// with SIGTERM) and `jobs`, on the real test PostgreSQL, each test in schemas of its own.
const DATABASE_URL =
  process.env.SOURCETRACE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

let dir: string;
const schemas: string[] = [];

/**
 * A store schema (and so a queue schema) for one test, and the environment pointing at it.
 * `expireSeconds`: how soon a job a worker holds is taken for abandoned (default 60 s).
 */
function freshCorpus(expireSeconds?: number) {
  const schema = `cli_queue_${randomBytes(5).toString('hex')}`;
  schemas.push(schema, `${schema}_jobs`);
  const env = {
    DATABASE_URL,
    SOURCETRACE_PG_SCHEMA: schema,
    ...(expireSeconds ? { SOURCETRACE_JOB_EXPIRE_SECONDS: String(expireSeconds) } : {}),
    SOURCETRACE_QUEUE_CHECK_SECONDS: '1',
    SOURCETRACE_JOB_RETRY_DELAY_SECONDS: '1',
  };
  return { schema, env };
}

/** Invented articles as one JSON-lines file. */
async function articlesFile(name: string, count: number, start = 1): Promise<string> {
  const file = join(dir, name);
  const lines = Array.from(
    { length: count },
    (_, i) => JSON.stringify({ text: syntheticArticle(start + i).text }) + '\n',
  );
  await writeFile(file, lines.join(''));
  return file;
}

interface Worker {
  child: ChildProcessWithoutNullStreams;
  output: { stdout: string; stderr: string };
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** A `sourcetrace worker` process from source, as `pnpm dev:cli worker` runs it. */
function startWorker(env: NodeJS.ProcessEnv, args: string[] = []): Worker {
  const child = spawn(
    process.execPath,
    ['--conditions=@sourcetrace/source', '--import', 'tsx', MAIN, 'worker', ...args],
    { cwd: REPO_ROOT, env: { ...process.env, SOURCETRACE_DB: '', ...env } },
  );
  const output = { stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output.stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output.stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output, exited };
}

async function jobsReport(env: NodeJS.ProcessEnv): Promise<JobsReport> {
  const result = await runCli(['jobs', '--json'], env);
  expect(result.code, result.stderr).toBe(0);
  return JobsReport.parse(JSON.parse(result.stdout));
}

/** Waits until `check` holds, looking every 100 ms. */
async function until(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await sleep(100);
}

async function sql<T>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

async function withStore<T>(schema: string, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ databaseUrl: DATABASE_URL, pgSchema: schema });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sourcetrace-queue-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
});

// Several CLI processes from source per test, on a loaded machine: room to spare.
describe('the job queue from the command line', { timeout: 180_000 }, () => {
  it('refuses on SQLite, with what to do instead', async () => {
    const file = await articlesFile('few.jsonl', 2);
    for (const args of [['ingest', '--queue', file], ['worker'], ['jobs']]) {
      const result = await runCli([...args, '--db', join(dir, 'corpus.db')]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/needs PostgreSQL: give --database-url or set DATABASE_URL/);
    }
  });

  it('two workers share the queue and store every article once, duplicates included', async () => {
    const { schema, env } = freshCorpus();
    const file = await articlesFile('forty.jsonl', 40);
    const queued = await runCli(['ingest', '--queue', file], env);
    expect(queued.code, queued.stderr).toBe(0);
    expect(queued.stdout).toMatch(/^queued 40, failed 0$/m);
    // Ten of them again: a duplicated job must not store an article twice.
    const again = await runCli(['ingest', '--queue', await articlesFile('ten.jsonl', 10)], env);
    expect(again.stdout).toMatch(/^queued 10, failed 0$/m);

    const workers = [0, 1].map(() =>
      startWorker(env, ['--concurrency', '1', '--batch', '4', '--exit-when-empty']),
    );
    const exits = await Promise.all(workers.map((worker) => worker.exited));
    expect(exits).toEqual([
      { code: 0, signal: null },
      { code: 0, signal: null },
    ]);
    const totals = { ingested: 0, unchanged: 0 };
    for (const worker of workers) {
      const line = /^ingested (\d+), unchanged (\d+), failed attempts 0$/m.exec(
        worker.output.stdout,
      );
      expect(line, worker.output.stdout + worker.output.stderr).not.toBeNull();
      totals.ingested += Number(line![1]);
      totals.unchanged += Number(line![2]);
    }
    expect(totals).toEqual({ ingested: 40, unchanged: 10 });
    await withStore(schema, async (store) => {
      expect(await store.countArticles()).toBe(40);
      expect((await store.stats()).articles).toBe(40);
    });
    const report = await jobsReport(env);
    expect(report.counts).toMatchObject({ completed: 50, failed: 0, active: 0, created: 0 });
    const text = await runCli(['jobs'], env);
    expect(text.stdout).toMatch(/^50 {2}completed$/m);
  });

  it('a worker killed with -9 mid-queue loses nothing: its jobs run again, each article stored once', async () => {
    // Short, so the killed worker's jobs come back within seconds (and small batches, so a
    // live worker never holds a job that long, even on a loaded machine).
    const { schema, env } = freshCorpus(5);
    const count = 300;
    const queued = await runCli(
      ['ingest', '--queue', await articlesFile('many.jsonl', count)],
      env,
    );
    expect(queued.stdout).toMatch(new RegExp(`^queued ${count}, failed 0$`, 'm'));

    const doomed = startWorker(env, ['--concurrency', '1', '--batch', '2']);
    await withStore(schema, (store) => until(async () => (await store.countArticles()) >= 5));
    doomed.child.kill('SIGKILL');
    expect(await doomed.exited).toEqual({ code: null, signal: 'SIGKILL' });

    // Mid-queue: some stored, most not started, and jobs the dead worker held (read at once:
    // within seconds they expire and are handed back).
    const heldIds = await sql<{ id: string }>(
      `SELECT id::text AS id FROM "${schema}_jobs".job WHERE state = 'active'`,
    );
    expect(heldIds.length).toBeGreaterThan(0);
    const stored = await withStore(schema, (store) => store.countArticles());
    expect(stored).toBeLessThan(count);
    expect((await jobsReport(env)).counts.created).toBeGreaterThan(0);

    const rescuer = startWorker(env, ['--concurrency', '1', '--batch', '2', '--exit-when-empty']);
    expect(await rescuer.exited, rescuer.output.stderr).toEqual({ code: 0, signal: null });

    await withStore(schema, async (store) => {
      expect(await store.countArticles()).toBe(count);
      expect((await store.stats()).articles).toBe(count);
    });
    const report = await jobsReport(env);
    expect(report.counts).toMatchObject({ completed: count, failed: 0, active: 0, retry: 0 });
    expect(report.pending).toBe(0);
    // Every job the dead worker held was handed back, taken again and completed.
    const rerun = await sql<{ id: string }>(
      `SELECT id::text AS id FROM "${schema}_jobs".job
        WHERE id = ANY($1::uuid[]) AND state = 'completed' AND retry_count > 0`,
      [heldIds.map((row) => row.id)],
    );
    expect(rerun.length).toBe(heldIds.length);
  });

  it('SIGTERM lets a worker finish the articles in hand and stop', async () => {
    const { schema, env } = freshCorpus();
    const count = 300;
    await runCli(['ingest', '--queue', await articlesFile('more.jsonl', count)], env);

    const worker = startWorker(env, ['--concurrency', '1', '--batch', '4']);
    await withStore(schema, (store) => until(async () => (await store.countArticles()) >= 3));
    worker.child.kill('SIGTERM');
    expect(await worker.exited, worker.output.stderr).toEqual({ code: 0, signal: null });
    expect(worker.output.stderr).toMatch(/SIGTERM: finishing the articles in hand/);

    const report = await jobsReport(env);
    // Nothing left held: every job it had taken was stored and completed.
    expect(report.counts.active).toBe(0);
    expect(report.counts.created).toBeGreaterThan(0);
    const stored = await withStore(schema, (store) => store.countArticles());
    expect(report.counts.completed).toBe(stored);
    expect(worker.output.stdout).toContain(`ingested ${stored}, unchanged 0, failed attempts 0`);
  });
});
