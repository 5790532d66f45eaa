import { setTimeout as sleep } from 'node:timers/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { parseArticleInput } from '@sourcetrace/article-model';
import type { ExtractOptions } from '@sourcetrace/extract';
import type { PreparedArticle, PutResult, Store } from '@sourcetrace/store';
import { defaultExtractThreads } from '../threads.js';
import { createExtractPool } from '../ingest/pool.js';
import type { ArticleQueue, HeldJob } from './queue.js';

export type JobOutcome = 'ingested' | 'unchanged' | 'failed';

export interface WorkerProgress {
  label: string;
  status: JobOutcome;
  reason?: string;
  /** Jobs settled by this worker so far. */
  done: number;
}

export interface WorkerOptions {
  /** Extraction threads (default: one per core but one). */
  concurrency?: number;
  /** Jobs taken from the queue at once (default 16). */
  batchSize?: number;
  /** Wait between looks at an empty queue (default 1000 ms). */
  pollIntervalMs?: number;
  /** Stop once no job is waiting, retrying or held by any worker (default: run until stopped). */
  exitWhenEmpty?: boolean;
  /** Stops taking jobs; the jobs in hand are still extracted, stored and settled. */
  signal?: AbortSignal;
  onProgress?: (progress: WorkerProgress) => void;
  extract?: ExtractOptions;
  /** Articles written in one transaction at most (default 16; see WRITE_BATCH). */
  writeBatch?: number;
}

export interface WorkerSummary {
  ingested: number;
  unchanged: number;
  failed: number;
}

/**
 * Articles per transaction, by default. Each article is a score of statements, each a round trip
 * to the server, so one article per transaction makes a worker wait on the network more than it
 * works: a batch writes its shared rows (corpus entities, pairs, totals) once, at its end and
 * locked in key order, so workers side by side do not wait on each other in a cycle (PolNeAR
 * train, three workers on two cores: no deadlock; one worker 19.3 s -> 12.2 s, and a third less
 * CPU on both sides). Should the server still break a deadlock, the transaction runs again.
 */
const WRITE_BATCH = 16;
/** Jobs completed in one statement at most. */
const COMPLETE_BATCH = 64;

/**
 * Takes article jobs from the queue, extracts them on worker threads and stores them in
 * batches (one transaction each), until stopped. A job is completed only after its article is
 * committed, so a worker killed at any point loses nothing: its jobs expire and run again, and
 * the store keeps each article once (its id comes from its text), so a job run twice stores
 * it once. A job that fails is retried with backoff by the queue, then kept with its reason.
 */
export async function runWorker(
  queue: ArticleQueue,
  store: Store,
  options: WorkerOptions = {},
): Promise<WorkerSummary> {
  const threads = Math.max(1, options.concurrency ?? defaultExtractThreads());
  const batchSize = Math.max(1, options.batchSize ?? 16);
  const pollMs = options.pollIntervalMs ?? 1000;
  // Two batches in hand per thread: one being extracted while the last is written.
  const maxInHand = Math.max(batchSize, threads * batchSize * 2);
  const summary: WorkerSummary = { ingested: 0, unchanged: 0, failed: 0 };
  let done = 0;
  const settled = (label: string, status: JobOutcome, reason?: string) => {
    done++;
    summary[status]++;
    options.onProgress?.({ label, status, ...(reason === undefined ? {} : { reason }), done });
  };
  const fail = async (job: HeldJob, label: string, reason: string) => {
    await queue.fail(job.id, reason);
    settled(label, 'failed', reason);
  };
  const writer = createJobWriter(
    store,
    queue,
    settled,
    fail,
    Math.max(1, options.writeBatch ?? WRITE_BATCH),
  );
  const pool = createExtractPool(threads);
  const inFlight = new Set<Promise<void>>();
  const stopped = () => options.signal?.aborted === true;

  const work = async (job: HeldJob): Promise<void> => {
    const label = labelOf(job.data);
    const input = parseArticleInput((job.data as { input?: unknown } | null)?.input);
    if (!input.ok) return fail(job, label, `not an article job: ${input.error}`);
    const result = await pool.run({
      input: input.input,
      ...(options.extract ? { options: options.extract } : {}),
    });
    if (!result.ok) return fail(job, label, result.reason);
    await writer.write(job, label, result.prepared);
  };

  try {
    while (!stopped()) {
      if (inFlight.size >= maxInHand) {
        await Promise.race(inFlight);
        continue;
      }
      const jobs = await queue.take(Math.min(batchSize, maxInHand - inFlight.size));
      if (jobs.length === 0) {
        if (inFlight.size > 0) {
          await Promise.race(inFlight);
          continue;
        }
        // Jobs held by other workers (or by one that died, until they expire) may yet come back.
        if (options.exitWhenEmpty && (await queue.report(0)).pending === 0) break;
        await sleep(pollMs, undefined, { signal: options.signal }).catch(() => undefined);
        continue;
      }
      for (const job of jobs) {
        const task: Promise<void> = work(job)
          .catch((error: unknown) => fail(job, labelOf(job.data), messageOf(error)))
          // A job whose failure cannot even be recorded expires and runs again.
          .catch(() => undefined)
          .finally(() => inFlight.delete(task));
        inFlight.add(task);
      }
    }
    await Promise.all(inFlight);
    await writer.flush();
  } finally {
    await pool.destroy();
  }
  return summary;
}

/**
 * One writer per worker: articles are written in transactions of `writeBatch`, and the jobs of
 * everything written while more waited are completed together, after their commits. When a
 * transaction of several fails, its articles are written one by one, so only the bad one fails.
 */
function createJobWriter(
  store: Store,
  queue: ArticleQueue,
  settled: (label: string, status: JobOutcome) => void,
  fail: (job: HeldJob, label: string, reason: string) => Promise<void>,
  writeBatch: number,
) {
  type Entry = { job: HeldJob; label: string; prepared: PreparedArticle; done: () => void };
  const waiting: Entry[] = [];
  let running: Promise<void> | null = null;
  const outcome = (result: PutResult): JobOutcome =>
    result.status === 'created' ? 'ingested' : 'unchanged';

  /** Writes the entries; returns those stored, with their results. */
  const write = async (entries: Entry[]): Promise<{ entry: Entry; result: PutResult }[]> => {
    try {
      const results = await store.putPrepared(entries.map((entry) => entry.prepared));
      return entries.map((entry, i) => ({ entry, result: results[i]! }));
    } catch (error) {
      if (entries.length === 1) {
        await fail(entries[0]!.job, entries[0]!.label, `could not store: ${messageOf(error)}`);
        return [];
      }
      const stored = [];
      for (const entry of entries) stored.push(...(await write([entry])));
      return stored;
    }
  };

  const drain = async () => {
    await nextTurn();
    while (waiting.length > 0) {
      const chunk = waiting.splice(0, COMPLETE_BATCH);
      try {
        const stored = [];
        for (let i = 0; i < chunk.length; i += writeBatch)
          stored.push(...(await write(chunk.slice(i, i + writeBatch))));
        // Completed only once committed: a worker that dies before this line leaves the jobs
        // to expire and run again, and the second run finds the articles already stored.
        await queue.complete(stored.map(({ entry }) => entry.job.id));
        for (const { entry, result } of stored) settled(entry.label, outcome(result));
      } catch {
        // The queue could not be told (the connection dropped): the jobs expire and run again.
      } finally {
        for (const entry of chunk) entry.done();
      }
      await nextTurn();
    }
    running = null;
  };

  return {
    /** Resolves once the article is committed and its job settled. */
    write(job: HeldJob, label: string, prepared: PreparedArticle): Promise<void> {
      const written = new Promise<void>((done) => waiting.push({ job, label, prepared, done }));
      running ??= drain();
      return written;
    },
    flush: async (): Promise<void> => {
      while (running) await running;
    },
  };
}

function labelOf(data: unknown): string {
  const label = (data as { label?: unknown } | null)?.label;
  return typeof label === 'string' ? label : '(unlabelled job)';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
