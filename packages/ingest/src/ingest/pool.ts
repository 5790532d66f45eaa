import { Piscina } from 'piscina';
import type { ExtractResult, ExtractTask } from './extract-checked.js';

/** The extractor on this thread, loaded on first need: for one article, or when the threads fail. */
let onThisThread: Promise<typeof import('./extract-checked.js')> | null = null;
export function extractHere(task: ExtractTask): Promise<ExtractResult> {
  onThisThread ??= import('./extract-checked.js');
  return onThisThread.then(({ extractChecked }) => extractChecked(task));
}

/**
 * The worker runs from whatever this module runs from: dist/ingest/worker.js when built, or
 * the TypeScript source under tsx and vitest, through a small .mjs entry that loads tsx first
 * (the thread also needs the source condition to resolve the workspace packages' sources).
 */
const fromSource = import.meta.url.endsWith('.ts');
export const WORKER_EXEC_ARGV = fromSource ? ['--conditions=@sourcetrace/source'] : [];
export const WORKER_URL = new URL(
  fromSource ? './worker-source.mjs' : './worker.js',
  import.meta.url,
).href;

/**
 * Tasks handed to each thread ahead of the one it is running: a thread goes straight on to
 * the next article while this thread is busy writing, instead of waiting to be given one. This
 * thread hands out tasks only between transactions, so a thread must hold more than a whole
 * batch's write lasts (ingest keeps 96 items per thread ahead of a batch of up to 64); with 32,
 * a thread ran dry in the middle of each batch and stood idle until its commit.
 */
const TASKS_QUEUED_PER_THREAD = 128;

export interface ExtractPool {
  run(task: ExtractTask): Promise<ExtractResult>;
  destroy(): Promise<void>;
}

/**
 * The extraction threads, and this thread in their place once they have failed. This thread
 * does not extract while they load: a cold extractor here gets through a few articles at the
 * price of its own start-up, on the core the writer and the threads' compiler need (PolNeAR
 * train on two cores: the same time, half a CPU-second less).
 */
export function createExtractPool(threads: number, workerUrl: string = WORKER_URL): ExtractPool {
  const pool = new Piscina<ExtractTask, ExtractResult>({
    filename: workerUrl,
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: TASKS_QUEUED_PER_THREAD,
    execArgv: WORKER_EXEC_ARGV,
  });
  // The worker function never throws (extractChecked turns every error into a result), so a
  // rejected task means the thread itself failed: it could not start, or it died. A worker that
  // cannot start may also leave queued tasks waiting forever, reported only as a pool 'error'.
  // Either way, the pool is stopped (which rejects whatever it still holds) and the rest is
  // extracted on this thread: slower, but nothing is lost.
  let stopped: Promise<void> | null = null;
  const stop = () => (stopped ??= pool.destroy().catch(() => undefined));
  pool.on('error', () => void stop());
  const run = async (task: ExtractTask): Promise<ExtractResult> => {
    if (!stopped) {
      try {
        return await pool.run(task);
      } catch {
        void stop();
      }
    }
    return extractHere(task);
  };
  return { run, destroy: stop };
}
