import { Piscina } from 'piscina';
import type { ExtractResult, ExtractTask } from './extract-checked.js';

/**
 * The worker runs from whatever this module runs from: dist/ingest/worker.js when built, or
 * src/ingest/worker.ts under tsx and vitest, where the worker thread needs tsx and the
 * source condition to load TypeScript and the workspace packages' sources.
 */
const fromSource = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url).href;
const SOURCE_EXEC_ARGV = ['--conditions=@sourcetrace/source', '--import', 'tsx'];

export interface ExtractPool {
  run(task: ExtractTask): Promise<ExtractResult>;
  destroy(): Promise<void>;
}

export function createExtractPool(threads: number): ExtractPool {
  const pool = new Piscina<ExtractTask, ExtractResult>({
    filename: WORKER_URL,
    minThreads: threads,
    maxThreads: threads,
    ...(fromSource ? { execArgv: SOURCE_EXEC_ARGV } : {}),
  });
  return {
    run: (task) => pool.run(task),
    destroy: () => pool.destroy(),
  };
}
