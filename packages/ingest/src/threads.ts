import { availableParallelism } from 'node:os';

/**
 * Extraction threads by default, for a server and a bulk run alike: one per core but one, at
 * least one. The spare core is not idle: it runs the thread that reads, writes or answers, and
 * V8's compiler and collector threads, which every extraction thread keeps busy while it warms
 * up. On two cores a second extraction thread made `extract --jsonl` and `ingest` slower
 * (PolNeAR train: 4.6 s against 3.7 s, and 8.5 s against 7.2 s) and cost half as much CPU again.
 */
export function defaultExtractThreads(): number {
  return Math.max(1, availableParallelism() - 1);
}
