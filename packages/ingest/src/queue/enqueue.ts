import { parseArticleInput } from '@sourcetrace/article-model';
import type { SourceItem } from '../sources/types.js';
import type { ArticleJob, ArticleQueue } from './queue.js';

/**
 * Largest article a job carries (its text or HTML, in UTF-8 bytes): the most a page fetch
 * reads, so every page fits, while one job row stays small enough to pass around.
 */
export const MAX_JOB_BYTES = 5 * 1024 * 1024;
/** Jobs added in one statement at most, and their payload bytes at most. */
const BATCH_JOBS = 200;
const BATCH_BYTES = 8 * 1024 * 1024;

export interface EnqueueProgress {
  label: string;
  status: 'queued' | 'failed';
  reason?: string;
  /** Items handled so far. */
  done: number;
}

export interface EnqueueSummary {
  queued: number;
  failed: { label: string; reason: string }[];
}

/** The job for one item, or why it cannot be one. */
export function jobFor(item: SourceItem): { job: ArticleJob; bytes: number } | { reason: string } {
  if (item.kind === 'failed') return { reason: item.reason };
  const parsed = parseArticleInput(
    typeof item.input === 'string' ? { text: item.input } : item.input,
  );
  if (!parsed.ok) return { reason: parsed.error };
  // PostgreSQL's JSON cannot hold one, and no store would keep the article either.
  if (JSON.stringify(parsed.input).includes('\\u0000'))
    return { reason: 'contains a NUL character (U+0000), which no store can hold' };
  const body = 'text' in parsed.input ? parsed.input.text : parsed.input.html;
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes > MAX_JOB_BYTES) {
    return {
      reason:
        `too large for a job (${(bytes / 1048576).toFixed(1)} MB; at most ` +
        `${MAX_JOB_BYTES / 1048576} MB): ingest it without --queue`,
    };
  }
  return { job: { label: item.label, input: parsed.input }, bytes };
}

/**
 * Adds a job per item to the queue, in batches, as the items stream in. Items that cannot be
 * read, are not valid articles or are too large become failures with a reason; the rest wait
 * for `sourcetrace worker`. Re-adding an article is harmless: workers store each once.
 */
export async function enqueueItems(
  queue: ArticleQueue,
  items: AsyncIterable<SourceItem> | Iterable<SourceItem>,
  options: { onProgress?: (progress: EnqueueProgress) => void; signal?: AbortSignal } = {},
): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { queued: 0, failed: [] };
  let done = 0;
  let batch: ArticleJob[] = [];
  let batchBytes = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const jobs = batch;
    batch = [];
    batchBytes = 0;
    await queue.add(jobs);
    for (const job of jobs) {
      summary.queued++;
      options.onProgress?.({ label: job.label, status: 'queued', done: ++done });
    }
  };
  const fail = (label: string, reason: string) => {
    summary.failed.push({ label, reason });
    options.onProgress?.({ label, status: 'failed', reason, done: ++done });
  };
  try {
    for await (const item of items) {
      if (options.signal?.aborted) break;
      const made = jobFor(item);
      if ('reason' in made) {
        fail(item.label, made.reason);
        continue;
      }
      if (batchBytes + made.bytes > BATCH_BYTES) await flush();
      batch.push(made.job);
      batchBytes += made.bytes;
      if (batch.length >= BATCH_JOBS) await flush();
    }
  } catch (error) {
    // The sources broke off; what was read so far is still queued.
    fail('(sources)', error instanceof Error ? error.message : String(error));
  }
  await flush();
  return summary;
}
