// pnpm bench:api — throughput and latency of the API's hot operations over a 10,000-article
// SQLite corpus (50 connections, 10 s each), each against a bare Express handler returning the
// same bytes (10 s too, in two halves around the API's run). Then an extract flood (below);
// BENCH_FLOOD_ONLY=1 runs that alone.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import autocannon, { type Options, type Result } from 'autocannon';
import { openStore } from '@sourcetrace/store';
import { syntheticCorpus } from '@sourcetrace/store/testing';
import type { FloodDone, FloodMessage } from './flood.js';
import type { QueueFull, QueueWatched, ServersReady, Target, WatchQueue } from './servers.js';

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

/** The reads beside the flood count only if the extraction queue was full nearly all along. */
const FULL_QUEUE_FLOOR = 0.9;
/** Longest wait for the flood to fill the extraction queue. */
const FILL_TIMEOUT_MS = 30_000;

const cpuSeconds = (used: NodeJS.CpuUsage) => (used.user + used.system) / 1e6;

/** The next message from a child process, or an error after `timeoutMs`. */
async function nextMessage<T>(child: ChildProcess, what: string, timeoutMs = 120_000): Promise<T> {
  const [message] = (await Promise.race([
    once(child, 'message'),
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`no ${what} within ${timeoutMs} ms`)), timeoutMs).unref(),
    ),
  ])) as [T];
  return message;
}

/** The value under which `share` of the values fall (ms, one decimal); 0 for none. */
function percentile(values: number[], share: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const value = sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
  return Math.round(value * 10) / 10;
}

/** GETs over `connections` kept-alive connections, their latencies kept while `timing` is set. */
function timedReads(url: string, connections: number) {
  const run = autocannon({ url, connections, duration: 10 * DURATION_S });
  const reads = { timing: false, latencies: [] as number[], stop: () => (run.stop(), run) };
  run.on('response', (_client, _status, _bytes, latencyMs) => {
    if (reads.timing) reads.latencies.push(latencyMs);
  });
  return reads;
}

/**
 * Reads while extractions saturate the pool: a flood of large extractions (more than the
 * threads and queue hold, so most are refused with 429), and beside it reads of one article and
 * of /healthz, whose p99 must stay under the ceiling. The flood comes from its own process, so
 * its event loop does not delay the reads' timing. The reads are timed once the servers have
 * seen the queue full, and count only if it stayed full nearly all along; each process reports
 * its CPU time, since on a small machine the load generators compete with the server for cores.
 */
async function extractFlood(
  servers: ChildProcess,
  apiUrl: string,
  readPath: string,
): Promise<boolean> {
  const floodOptions: Options = {
    url: `${apiUrl}/v1/extract`,
    connections: FLOOD_CONNECTIONS,
    // Stopped once the reads are done; this only bounds a run that would not stop.
    duration: 10 * DURATION_S,
    // Extractions wait in the queue for longer than autocannon's 10 s; dropping and reopening
    // their connections would flood the server with new connections instead. Node accepts one
    // connection per turn of its event loop, so the reads' own connections would wait behind them.
    timeout: 10 * DURATION_S,
    method: 'POST',
    body: JSON.stringify({ text: FLOOD_TEXT }),
    headers: { 'content-type': 'application/json' },
  };
  // The reads open their connections first, while the server is idle: Node accepts one new
  // connection per turn of its event loop, so connections opened during the flood would time
  // the wait to be accepted rather than the reads. They are timed only while the queue is full.
  const read = timedReads(apiUrl + readPath, 10);
  const health = timedReads(`${apiUrl}/healthz`, 2);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const generator = fork(new URL('./flood.ts', import.meta.url), [JSON.stringify(floodOptions)], {
    execArgv: process.execArgv,
  });
  await nextMessage<FloodMessage>(generator, 'flood start');
  servers.send({ watchQueue: 'until-full' } satisfies WatchQueue);
  await nextMessage<QueueFull>(servers, 'full extraction queue', FILL_TIMEOUT_MS);
  servers.send({ watchQueue: 'start' } satisfies WatchQueue);
  const readsCpu = process.cpuUsage();
  read.timing = health.timing = true;
  await new Promise((resolve) => setTimeout(resolve, (DURATION_S - 2) * 1000));
  read.timing = health.timing = false;
  const readClientsCpu = cpuSeconds(process.cpuUsage(readsCpu));
  servers.send({ watchQueue: 'stop' } satisfies WatchQueue);
  const queue = await nextMessage<QueueWatched>(servers, 'queue report');
  generator.send('stop');
  const flood = (await nextMessage<FloodMessage>(generator, 'flood result')) as FloodDone;
  const [readRun, healthRun] = await Promise.all([read.stop(), health.stop()]);
  const refused = flood.result.statusCodeStats?.['429']?.count ?? 0;
  const done = flood.result.statusCodeStats?.['200']?.count ?? 0;
  // Failures count over the whole run, before and after the timed part too.
  const failures = [readRun, healthRun].reduce(
    (sum, run) => sum + run.errors + run.timeouts + run.non2xx,
    0,
  );
  const readP99 = percentile(read.latencies, 0.99);
  const healthP99 = percentile(health.latencies, 0.99);
  // No answered read at all is a failure, not a p99 of 0; nor are reads beside a queue with room.
  const answered = read.latencies.length > 0 && health.latencies.length > 0;
  const ok =
    answered &&
    failures === 0 &&
    queue.fullShare >= FULL_QUEUE_FLOOR &&
    readP99 < P99_CEILING_MS &&
    healthP99 < P99_CEILING_MS;
  const seconds = (value: number) => value.toFixed(1);
  console.log(
    `extract flood (${FLOOD_CONNECTIONS} conns, ${Math.round(FLOOD_TEXT.length / 1024)} KB each): ` +
      `${done} extracted, ${refused} refused 429 | read p99 ${readP99} ms (${read.latencies.length} reads) | ` +
      `/healthz p99 ${healthP99} ms (${health.latencies.length} probes) | errors ${failures} | ` +
      `queue full ${Math.round(queue.fullShare * 100)}% | CPU s over ${DURATION_S - 2} s: server ${seconds(queue.cpuSeconds)}, ` +
      `read clients ${seconds(readClientsCpu)}, flood client ${seconds(flood.cpuSeconds)} (whole flood) | ` +
      `p99<${P99_CEILING_MS}ms full>=${FULL_QUEUE_FLOOR * 100}% ${ok ? 'PASS' : 'FAIL'}`,
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
    const run = async (url: string, target: Target, duration = DURATION_S): Promise<Result> =>
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
    // BENCH_FLOOD_ONLY=1 runs the extract flood alone, to study it without the other runs.
    const measured = process.env.BENCH_FLOOD_ONLY === '1' ? [] : targets;
    for (const [i, target] of measured.entries()) {
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
    if (!(await extractFlood(child, ready.apiUrl, targets[0]!.path))) exitCode = 1;
  } finally {
    child.disconnect();
    await once(child, 'exit');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = exitCode;
