import { setTimeout as sleep } from 'node:timers/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { parseArticleInput } from '@sourcetrace/article-model';
import type { ExtractOptions } from '@sourcetrace/extract';
import type { PreparedArticle, PutResult, Store } from '@sourcetrace/store';
import { defaultExtractThreads } from '../ingest/ingest.js';
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
}

export interface WorkerSummary {
  ingested: number;
  unchanged: number;
  failed: number;
}

/** Articles written in one transaction at most. */
const MAX_WRITE_BATCH = 64;

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
  const writer = createJobWriter(store, queue, settled, fail);
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
 * One writer per worker: the articles extracted while it was busy go into one transaction, and
 * their jobs are completed together once it commits. When a batch fails, its articles are
 * stored one by one, so only the bad one fails.
 */
function createJobWriter(
  store: Store,
  queue: ArticleQueue,
  settled: (label: string, status: JobOutcome) => void,
  fail: (job: HeldJob, label: string, reason: string) => Promise<void>,
) {
  const waiting: { job: HeldJob; label: string; prepared: PreparedArticle; done: () => void }[] =
    [];
  let running: Promise<void> | null = null;
  const status = (result: PutResult): JobOutcome =>
    result.status === 'created' ? 'ingested' : 'unchanged';

  const drain = async () => {
    await nextTurn();
    while (waiting.length > 0) {
      const batch = waiting.splice(0, MAX_WRITE_BATCH);
      try {
        let results: PutResult[];
        const stored: typeof batch = [];
        try {
          results = await store.putPrepared(batch.map((entry) => entry.prepared));
          stored.push(...batch);
        } catch {
          results = [];
          for (const entry of batch) {
            try {
              const [result] = await store.putPrepared([entry.prepared]);
              results.push(result!);
              stored.push(entry);
            } catch (error) {
              await fail(entry.job, entry.label, `could not store: ${messageOf(error)}`);
            }
          }
        }
        // Completed only once committed: a worker that dies before this line leaves the jobs
        // to expire and run again, and the second run finds the articles already stored.
        await queue.complete(stored.map((entry) => entry.job.id));
        stored.forEach((entry, i) => settled(entry.label, status(results[i]!)));
      } catch {
        // The queue could not be told (the connection dropped): the jobs expire and run again.
      } finally {
        for (const entry of batch) entry.done();
      }
      await nextTurn();
    }
    running = null;
  };

  return {
    /** Resolves once the article's batch is committed and its job settled. */
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
