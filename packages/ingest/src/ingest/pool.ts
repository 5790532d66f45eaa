import { Piscina } from 'piscina';
import { extractChecked, type ExtractResult, type ExtractTask } from './extract-checked.js';

/**
 * The worker runs from whatever this module runs from: dist/ingest/worker.js when built, or
 * the TypeScript source under tsx and vitest, through a small .mjs entry that loads tsx first
 * (the thread also needs the source condition to resolve the workspace packages' sources).
 */
const fromSource = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(fromSource ? './worker-source.mjs' : './worker.js', import.meta.url)
  .href;

export interface ExtractPool {
  run(task: ExtractTask): Promise<ExtractResult>;
  destroy(): Promise<void>;
}

export function createExtractPool(threads: number, workerUrl: string = WORKER_URL): ExtractPool {
  const pool = new Piscina<ExtractTask, ExtractResult>({
    filename: workerUrl,
    minThreads: threads,
    maxThreads: threads,
    ...(fromSource ? { execArgv: ['--conditions=@sourcetrace/source'] } : {}),
  });
  // The worker function never throws (extractChecked turns every error into a result), so a
  // rejected task means the thread itself failed: it could not start, or it died. A worker that
  // cannot start may also leave queued tasks waiting forever, reported only as a pool 'error'.
  // Either way, cancel what is queued and extract on this thread: slower, but nothing is lost.
  const broken = new AbortController();
  pool.on('error', (error: unknown) => broken.abort(error));
  return {
    run: async (task) => {
      if (!broken.signal.aborted) {
        try {
          return await pool.run(task, { signal: broken.signal });
        } catch (error) {
          broken.abort(error);
        }
      }
      return extractChecked(task);
    },
    destroy: () => pool.destroy(),
  };
}
