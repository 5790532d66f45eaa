// Queue throughput on PostgreSQL: the same articles enqueued, then stored by one `sourcetrace
// worker` process, then by two, each with one extraction thread; process start included.
// Usage: pnpm bench:queue [FILE.jsonl]   (or SOURCETRACE_BENCH_TEXTS=FILE; default: the PolNeAR
// train texts beside the repository, else invented articles). Needs `pnpm build` first and
// PostgreSQL at SOURCETRACE_TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { enqueueItems, openQueue, queueSchemaFor, readSources } from '@sourcetrace/ingest';
import { openStore } from '@sourcetrace/store';
import { syntheticArticle } from '@sourcetrace/store/testing';
import type { SourceItem } from '@sourcetrace/ingest';

const DATABASE_URL =
  process.env.SOURCETRACE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const DEFAULT_TEXTS = fileURLToPath(
  new URL('../../../../shared/eval/dev/polnear-train.jsonl', import.meta.url),
);
const SYNTHETIC = 800;

if (!existsSync(CLI)) {
  console.error('The built command is missing: run `pnpm build` first.');
  process.exit(1);
}

const file = process.argv[2] ?? process.env.SOURCETRACE_BENCH_TEXTS ?? DEFAULT_TEXTS;
const fromFile = existsSync(file);

/** The articles to enqueue, read once. */
async function items(): Promise<SourceItem[]> {
  if (!fromFile) {
    return Array.from({ length: SYNTHETIC }, (_, i) => ({
      kind: 'input',
      label: `invented ${i + 1}`,
      input: { text: syntheticArticle(i + 1).text },
    }));
  }
  const read: SourceItem[] = [];
  for await (const item of readSources([file])) read.push(item);
  return read;
}

function runWorker(schema: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [CLI, 'worker', '--concurrency', '1', '--exit-when-empty'],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, DATABASE_URL, SOURCETRACE_PG_SCHEMA: schema, SOURCETRACE_DB: '' },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`worker exited ${code}: ${stderr}`)),
    );
  });
}

async function measure(workers: number, articles: SourceItem[]): Promise<number> {
  const schema = `bench_queue_${randomBytes(4).toString('hex')}`;
  // Tables and queue made before the clock starts: a deployment has them already.
  const store = await openStore({ databaseUrl: DATABASE_URL, pgSchema: schema });
  const queue = await openQueue(DATABASE_URL, { schema: queueSchemaFor(schema) });
  try {
    const queued = await enqueueItems(queue, articles);
    const load = loadavg()[0]!.toFixed(2);
    const started = performance.now();
    await Promise.all(Array.from({ length: workers }, () => runWorker(schema)));
    const seconds = (performance.now() - started) / 1000;
    const stored = await store.countArticles();
    const report = await queue.report(0);
    const perSecond = stored / seconds;
    console.log(
      `queue, ${workers} worker process${workers === 1 ? '' : 'es'} (1 extraction thread each): ` +
        `${stored} articles stored of ${queued.queued} jobs (${report.counts.failed} failed) in ` +
        `${seconds.toFixed(2)} s = ${perSecond.toFixed(1)} articles/s (load average ${load} at start)`,
    );
    return perSecond;
  } finally {
    await queue.close();
    await store.close();
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.query(`DROP SCHEMA IF EXISTS "${queueSchemaFor(schema)}" CASCADE`);
    await client.end();
  }
}

const articles = await items();
console.log(
  `${articles.length} articles from ${fromFile ? file : `the invented set (${file} not found)`}`,
);
const one = await measure(1, articles);
const two = await measure(2, articles);
console.log(`two workers / one worker: ${(two / one).toFixed(2)}x`);
