import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Article } from '@sourcetrace/article-model';
import type { ExtractInput, ExtractOptions } from '@sourcetrace/extract';
import type { PreparedArticle, PutResult, Store } from '@sourcetrace/store';
import type { SourceItem } from '../sources/types.js';
import type { ExtractResult, ExtractTask } from './extract-checked.js';
import { createExtractPool, extractHere } from './pool.js';
import { defaultExtractThreads } from '../threads.js';

export type ItemStatus = 'ingested' | 'unchanged' | 'failed';

export interface IngestProgress {
  label: string;
  status: ItemStatus;
  /** Why it failed, for failed items. */
  reason?: string;
  /** Items finished so far. */
  done: number;
  /** Items read from the sources so far (the total is unknown until they run out). */
  read: number;
}

export interface IngestOptions {
  /** Extraction threads (default: defaultExtractThreads()). */
  concurrency?: number;
  onProgress?: (progress: IngestProgress) => void;
  extract?: ExtractOptions;
  /** Stop reading new items when aborted; items already in flight are still stored. */
  signal?: AbortSignal;
}

export interface IngestSummary {
  ingested: number;
  unchanged: number;
  failed: { label: string; reason: string }[];
}

/**
 * Extracts every item on all cores and stores the articles as the extractions finish, in
 * batches (one transaction each). A bounded number of items is in flight, so memory stays flat however
 * many items the sources hold. One bad item is recorded and the batch goes on.
 */
export async function ingestItems(
  store: Store,
  items: AsyncIterable<SourceItem> | Iterable<SourceItem>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const threads = Math.max(1, options.concurrency ?? defaultExtractThreads());
  const summary: IngestSummary = { ingested: 0, unchanged: 0, failed: [] };
  let read = 0;
  let done = 0;
  const finish = (label: string, status: ItemStatus, reason?: string) => {
    done++;
    if (status === 'failed') summary.failed.push({ label, reason: reason ?? 'unknown' });
    else summary[status]++;
    options.onProgress?.({
      label,
      status,
      ...(reason === undefined ? {} : { reason }),
      done,
      read,
    });
  };

  const writer = createBatchWriter(store, finish);
  const pool = createExtractPool(threads);
  // Extractions finish in whatever order the threads get through them, but the corpus depends
  // on the order articles are written (a surname joins the full name already known), so they
  // are written in the order they were read: the same input gives the same corpus.
  const inOrder = inInputOrder();
  let positions = 0;
  const inFlight = new Set<Promise<void>>();
  try {
    try {
      for await (const item of items) {
        if (options.signal?.aborted) break;
        read++;
        if (item.kind === 'failed') {
          finish(item.label, 'failed', item.reason);
          continue;
        }
        const position = positions++;
        const task: Promise<void> = pool
          .run({ input: item.input, ...(options.extract ? { options: options.extract } : {}) })
          .then(
            (result) =>
              inOrder(position, () =>
                result.ok
                  ? writer.write(item.label, result.prepared)
                  : finish(item.label, 'failed', result.reason),
              ),
            (error: unknown) =>
              inOrder(position, () =>
                finish(item.label, 'failed', `extraction failed: ${messageOf(error)}`),
              ),
          )
          .finally(() => inFlight.delete(task));
        inFlight.add(task);
        while (inFlight.size >= inFlightLimit(threads)) await Promise.race(inFlight);
      }
    } catch (error) {
      // The sources themselves broke off; what was read so far still gets stored.
      finish('(sources)', 'failed', messageOf(error));
    }
    // Nothing more will come: the last articles are written as soon as they are extracted.
    writer.end();
    await Promise.all(inFlight);
    await writer.flush();
  } finally {
    await pool.destroy();
  }
  return summary;
}

/**
 * Runs each position's step once every earlier position's has run: `inOrder(n, step)` resolves
 * when step n has (and, when step n returns a promise, once that has settled).
 */
function inInputOrder() {
  const ready = new Map<number, { step: () => unknown; done: (value: Promise<void>) => void }>();
  let next = 0;
  return (position: number, step: () => Promise<void> | void): Promise<void> =>
    new Promise<void>((done) => {
      ready.set(position, { step, done });
      for (let entry = ready.get(next); entry; entry = ready.get(next)) {
        ready.delete(next++);
        entry.done(Promise.resolve(entry.step()).then(() => undefined));
      }
    });
}

/**
 * Items a thread is to extract while a batch is written: the writer hands out no tasks during a
 * transaction, and a batch of MAX_BATCH takes about as long to write as to extract.
 */
const AHEAD_PER_THREAD = 96;

/**
 * Items handed to the threads and not yet written: each thread's items ahead, a batch being
 * written and the next one gathering. At 64 per thread, a batch of 64 held every slot, the
 * thread stood idle for the whole write, and ingest took about the time of extracting plus
 * that of writing.
 */
const inFlightLimit = (threads: number) => threads * AHEAD_PER_THREAD + 2 * MAX_BATCH;
/** Articles written in one transaction at most. */
const MAX_BATCH = 64;
/**
 * Articles the writer waits for before writing, unless the input has ended or BATCH_WAIT_MS has
 * passed: the rows every article shares (corpus entities, pairs, totals) and the commit are paid
 * once per batch, so batches of one or two, which a writer faster than the extraction would
 * otherwise write, lose most of what batching saves.
 */
const MIN_BATCH = 32;
const BATCH_WAIT_MS = 200;

/**
 * One writer: whatever articles wait when it is free go into one transaction (the commit and
 * the search-index flush are paid once per batch). When a batch fails, its articles are stored
 * one by one, so only the bad one fails. An article counts as stored only after its commit.
 */
function createBatchWriter(
  store: Store,
  finish: (label: string, status: ItemStatus, reason?: string) => void,
) {
  const waiting: { label: string; prepared: PreparedArticle; done: () => void }[] = [];
  let running: Promise<void> | null = null;
  let ending = false;
  /** Wakes the writer waiting for a fuller batch. */
  let wake: (() => void) | null = null;
  const stored = (label: string, result: PutResult) =>
    finish(label, result.status === 'created' ? 'ingested' : 'unchanged');
  const fullerBatch = () =>
    new Promise<void>((resume) => {
      const timer = setTimeout(() => resume(), BATCH_WAIT_MS);
      wake = () => {
        clearTimeout(timer);
        resume();
      };
    }).finally(() => (wake = null));

  const drain = async () => {
    // Results that came in from the threads while this one was busy are still queued as
    // events: let them arrive first, so they join this batch instead of each making its own.
    await nextTurn();
    while (waiting.length > 0) {
      if (waiting.length < MIN_BATCH && !ending) await fullerBatch();
      const batch = waiting.splice(0, MAX_BATCH);
      try {
        const results = await store.putPrepared(batch.map((entry) => entry.prepared));
        results.forEach((result, i) => stored(batch[i]!.label, result));
      } catch {
        for (const { label, prepared } of batch) {
          try {
            const [result] = await store.putPrepared([prepared]);
            stored(label, result!);
          } catch (error) {
            finish(label, 'failed', `could not store: ${messageOf(error)}`);
          }
        }
      }
      for (const entry of batch) entry.done();
      await nextTurn();
    }
    running = null;
  };

  return {
    /** Resolves once the article's batch is committed (or its failure recorded). */
    write(label: string, prepared: PreparedArticle): Promise<void> {
      const written = new Promise<void>((done) => waiting.push({ label, prepared, done }));
      if (waiting.length >= MIN_BATCH) wake?.();
      running ??= drain();
      return written;
    },
    /** No more articles will come: batches are written as they are, without waiting. */
    end(): void {
      ending = true;
      wake?.();
    },
    /** Resolves once everything handed over is written. */
    flush: async (): Promise<void> => {
      ending = true;
      wake?.();
      while (running) await running;
    },
  };
}

export interface IngestOneResult {
  article: Article;
  status: PutResult['status'];
}

/** An extraction that produced no valid article; the input is at fault (HTTP 422). */
export class ExtractionError extends Error {
  readonly status = 422;
  override readonly name = 'ExtractionError';
}

/**
 * One item, extracted and stored. Extracted in this thread unless `extractor` runs it elsewhere
 * (a server passes its BoundedExtractor, so requests never run the extractor themselves).
 */
export async function ingestOne(
  store: Store,
  input: ExtractInput,
  options: {
    extract?: ExtractOptions;
    ingestedAt?: string;
    extractor?: (task: ExtractTask) => Promise<ExtractResult>;
  } = {},
): Promise<IngestOneResult> {
  const result = await (options.extractor ?? extractHere)({
    input,
    ...(options.extract ? { options: options.extract } : {}),
  });
  if (!result.ok) throw new ExtractionError(result.reason);
  const [put] = await store.putPrepared(
    [result.prepared],
    options.ingestedAt ? { ingestedAt: options.ingestedAt } : {},
  );
  // The article exactly as stored, as getArticle gives it back.
  return { article: JSON.parse(result.prepared.json) as Article, status: put!.status };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
