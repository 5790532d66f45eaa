// pnpm bench:api — throughput and latency of the API's hot operations over a 10,000-article
// SQLite corpus (50 connections, 10 s each), each against a bare Express handler returning the
// same bytes (10 s too, in two halves around the API's run).
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import autocannon, { type Result } from 'autocannon';
import { openStore } from '@sourcetrace/store';
import { syntheticCorpus } from '@sourcetrace/store/testing';
import type { ServersReady, Target } from './servers.js';

const ARTICLES = 10_000;
const CONNECTIONS = 50;
const DURATION_S = 10;
const READ_FLOOR = 0.6;
const P99_CEILING_MS = 50;

/** An invented article for the extract benchmark. */
const EXTRACT_TEXT = [
  'Harbour town votes on new ferry line',
  '',
  '"We have waited twenty years for this," said Marta Quillfeather, the mayor of Westbrook.',
  'Transport analyst Oren Baskerfield told the Coastal Herald that the line "could pay for itself within a decade".',
  'According to council officials, the first boats will sail in spring.',
  'It is rumoured that a second route to the islands is being planned.',
  '"The timetable is not settled," Quillfeather said on Tuesday.',
].join('\n');

/** Connections sending extractions in the flood: more than the threads and queue hold. */
const FLOOD_CONNECTIONS = 96;
/** About 100 KB of article text per flood request. */
const FLOOD_TEXT = Array.from({ length: 160 }, (_, i) => `${EXTRACT_TEXT} (${i})`).join('\n\n');

/**
 * Reads while extractions saturate the pool: a flood of large extractions (more than the
 * threads and queue hold, so some are refused with 429), and beside it reads of one article and
 * of /healthz, whose p99 must stay under the ceiling.
 */
async function extractFlood(apiUrl: string, readPath: string): Promise<boolean> {
  const flood = autocannon({
    url: `${apiUrl}/v1/extract`,
    connections: FLOOD_CONNECTIONS,
    duration: DURATION_S,
    method: 'POST',
    body: JSON.stringify({ text: FLOOD_TEXT }),
    headers: { 'content-type': 'application/json' },
  });
  // The reads start once the flood has filled the pool.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const reads = (url: string, connections: number) =>
    autocannon({ url, connections, duration: DURATION_S - 2 });
  const [read, health] = await Promise.all([
    reads(apiUrl + readPath, 10),
    reads(`${apiUrl}/healthz`, 2),
  ]);
  const extracts = await flood;
  const refused = extracts.statusCodeStats?.['429']?.count ?? 0;
  const done = extracts.statusCodeStats?.['200']?.count ?? 0;
  const failures = read.errors + read.timeouts + read.non2xx + health.errors + health.non2xx;
  // No answered read at all is a failure, not a p99 of 0.
  const answered = read.requests.total > 0 && health.requests.total > 0;
  const ok =
    answered &&
    failures === 0 &&
    read.latency.p99 < P99_CEILING_MS &&
    health.latency.p99 < P99_CEILING_MS;
  console.log(
    `extract flood (${FLOOD_CONNECTIONS} conns, ${Math.round(FLOOD_TEXT.length / 1024)} KB each): ` +
      `${done} extracted, ${refused} refused 429 | read p99 ${read.latency.p99} ms ` +
      `(${read.requests.total} reads) | /healthz p99 ${health.latency.p99} ms (${health.requests.total} probes) | ` +
      `errors ${failures} | p99<${P99_CEILING_MS}ms ${ok ? 'PASS' : 'FAIL'}`,
  );
  return ok;
}

const dir = mkdtempSync(join(tmpdir(), 'sourcetrace-bench-api-'));
const dbFile = join(dir, 'corpus.db');
let exitCode = 0;
try {
  const store = await openStore({ db: dbFile });
  const started = performance.now();
  const corpus = syntheticCorpus(ARTICLES);
  for (const article of corpus) await store.putArticle(article);
  const stats = await store.stats();
  const speaker = stats.topSpeakers[0]?.entity.id;
  if (!speaker) throw new Error('the corpus has no speakers');
  await store.close();
  console.log(
    `corpus: ${ARTICLES} articles, ${stats.quotes} quotes, loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const targets: Target[] = [
    {
      name: 'GET /v1/articles/:id',
      method: 'GET',
      path: `/v1/articles/${corpus[Math.floor(ARTICLES / 2)]?.id}`,
    },
    {
      name: 'GET /v1/quotes?speaker=',
      method: 'GET',
      path: `/v1/quotes?speaker=${encodeURIComponent(speaker)}`,
    },
    {
      name: 'POST /v1/extract',
      method: 'POST',
      path: '/v1/extract',
      body: JSON.stringify({ text: EXTRACT_TEXT }),
    },
  ];
  const child = fork(
    new URL('./servers.ts', import.meta.url),
    [dbFile, join(dir, 'requests.log'), JSON.stringify(targets)],
    {
      execArgv: process.execArgv,
    },
  );
  try {
    const [ready] = (await once(child, 'message')) as [ServersReady];
    const run = (url: string, target: Target, duration = DURATION_S): Promise<Result> =>
      autocannon({
        url,
        connections: CONNECTIONS,
        duration,
        method: target.method,
        ...(target.body
          ? { body: target.body, headers: { 'content-type': 'application/json' } }
          : {}),
      });
    /** Two halves as one run: mean throughput and p50, the worse p99, all failures. */
    const combine = (a: Result, b: Result): Result => ({
      requests: {
        average: (a.requests.average + b.requests.average) / 2,
        p50: (a.requests.p50 + b.requests.p50) / 2,
        p99: Math.max(a.requests.p99, b.requests.p99),
        total: a.requests.total + b.requests.total,
      },
      latency: {
        average: (a.latency.average + b.latency.average) / 2,
        p50: (a.latency.p50 + b.latency.p50) / 2,
        p99: Math.max(a.latency.p99, b.latency.p99),
      },
      errors: a.errors + b.errors,
      timeouts: a.timeouts + b.timeouts,
      non2xx: a.non2xx + b.non2xx,
    });
    const format = (result: Result) =>
      `${Math.round(result.requests.average)} req/s p50 ${result.latency.p50} ms p99 ${result.latency.p99} ms`;
    for (const [i, target] of targets.entries()) {
      // The baseline runs half before and half after, so a change in machine load during the
      // run weighs on both sides alike.
      const before = await run(`${ready.baselineUrl}/${i}`, target, DURATION_S / 2);
      const api = await run(ready.apiUrl + target.path, target);
      const after = await run(`${ready.baselineUrl}/${i}`, target, DURATION_S / 2);
      const baseline = combine(before, after);
      const ratio = api.requests.average / baseline.requests.average;
      const failures = api.errors + api.timeouts + api.non2xx;
      const isRead = target.method === 'GET';
      const ok =
        failures === 0 && (!isRead || (ratio >= READ_FLOOR && api.latency.p99 < P99_CEILING_MS));
      if (!ok) exitCode = 1;
      console.log(
        `${target.name.padEnd(24)} api ${format(api)} | baseline ${format(baseline)} | ratio ${ratio.toFixed(2)}` +
          ` | errors ${failures}${isRead ? ` | floor ${READ_FLOOR} p99<${P99_CEILING_MS}ms ${ok ? 'PASS' : 'FAIL'}` : ''}`,
      );
    }
    if (!(await extractFlood(ready.apiUrl, targets[0]!.path))) exitCode = 1;
  } finally {
    child.disconnect();
    await once(child, 'exit');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = exitCode;
