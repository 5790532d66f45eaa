import { createHash } from 'node:crypto';
import type { ItemOutcome, WatchState, WatchedUrl } from '@sourcetrace/store';
import { safeFetch, type FetchedPage, type SafeFetchOptions } from '../fetch/safe-fetch.js';
import type { FeedEntry } from '../sources/feed.js';
import { DEFAULT_MAX_FEED_ITEMS, feedEntryItem, readFetched } from '../sources/url.js';
import { failedItem, inputItem, type SourceItem } from '../sources/types.js';

/** What became of one item handed to a sink. */
export interface SinkOutcome {
  /** stored: a new article; unchanged: its article (same content id) was already stored; queued: handed on. */
  status: 'stored' | 'unchanged' | 'queued' | 'failed';
  reason?: string;
}

/**
 * Where new items go: stored here (ingestSink) or put on a queue for workers. One outcome per
 * item, in the items' order.
 */
export type WatchSink = (items: SourceItem[]) => Promise<SinkOutcome[]>;

export interface WatchRoundOptions {
  /** How feeds, pages and feed items are fetched; private addresses are refused by default. */
  fetch?: SafeFetchOptions;
  /** At most this many items from one feed per round (default 200). */
  maxFeedItems?: number;
  /** Failed reads of one feed item before it is given up (default 3). */
  maxItemAttempts?: number;
  /** URLs read at once (default 4). */
  parallel?: number;
  /** When aborted, URLs not yet read are left for later; what was read is still handed on. */
  signal?: AbortSignal;
}

/** One line of a round's log: what one watched URL gave. */
export interface UrlReport {
  url: string;
  /** new: something was stored or queued; unchanged: nothing new; failed: the URL itself could not be read. */
  outcome: 'new' | 'unchanged' | 'failed';
  /** For unchanged: why ("not modified" is a 304). For failed: the reason. */
  detail?: string;
  stored: number;
  /** Items whose article was already in the corpus (the same text under another URL, say). */
  alreadyStored: number;
  queued: number;
  /** Feed items skipped because an earlier round handled them (or gave them up). */
  seenBefore: number;
  /** Items that failed; `retry` when a later round tries them again, false once given up. */
  failed: { label: string; reason: string; retry: boolean }[];
}

const DEFAULT_MAX_ITEM_ATTEMPTS = 3;
const DEFAULT_PARALLEL = 4;

/** What reading one URL gave, before anything is handed on or recorded. */
type Read =
  | { kind: 'failed'; reason: string }
  | { kind: 'unchanged'; detail: string; check: Check }
  | { kind: 'page'; item: SourceItem; check: Check }
  | { kind: 'feed'; entries: FeedItem[]; seenBefore: number; unusable: number; check: Check };

/** The validators and body hash to record once the round's items are handled. */
type Check = { etag: string | null; lastModified: string | null; bodyHash: string | null };

interface FeedItem {
  /** The item's URL, or for an item without a link a hash of its content. */
  key: string;
  item: SourceItem;
  /** Failed reads before this round. */
  attempts: number;
}

/**
 * One round over the watched URLs: each is fetched conditionally (If-None-Match /
 * If-Modified-Since from the last complete read); a feed's items not handled before are read
 * and handed to the sink in one call; a page is handed on when its content changed. What was
 * read is then recorded, so the next round asks only for what is new. A URL that cannot be
 * read is reported and left as it was, to be tried again next round.
 *
 * A feed whose items are to be retried is recorded without validators, so the next round
 * reads it whole again (the items handled already are skipped by URL).
 */
export async function watchRound(
  state: WatchState,
  urls: string[],
  sink: WatchSink,
  options: WatchRoundOptions = {},
): Promise<UrlReport[]> {
  const maxAttempts = options.maxItemAttempts ?? DEFAULT_MAX_ITEM_ATTEMPTS;
  const unique = [...new Set(urls)];
  const reads = await mapLimited(unique, options.parallel ?? DEFAULT_PARALLEL, (url) =>
    options.signal?.aborted ? Promise.resolve(null) : readWatched(state, url, options, maxAttempts),
  );

  // Every new item of the round goes to the sink at once (one extraction pool, few commits).
  const handed: SourceItem[] = [];
  for (const read of reads) {
    if (read?.kind === 'page') handed.push(read.item);
    if (read?.kind === 'feed') handed.push(...read.entries.map((entry) => entry.item));
  }
  // A sink that breaks (the database gone, say) fails this round's items, not the watch.
  const outcomes: SinkOutcome[] = await (handed.length > 0 ? sink(handed) : Promise.resolve([]))
    .then((answered) => {
      if (answered.length !== handed.length)
        throw new Error(`the sink answered for ${answered.length} of ${handed.length} items`);
      return answered;
    })
    .catch((error: unknown) =>
      handed.map(() => ({ status: 'failed' as const, reason: messageOf(error) })),
    );

  const reports: UrlReport[] = [];
  let next = 0;
  for (const [index, read] of reads.entries()) {
    const url = unique[index]!;
    if (read === null) continue;
    const report: UrlReport = {
      url,
      outcome: 'unchanged',
      stored: 0,
      alreadyStored: 0,
      queued: 0,
      seenBefore: 0,
      failed: [],
    };
    reports.push(report);
    if (read.kind === 'failed') {
      report.outcome = 'failed';
      report.detail = read.reason;
      continue;
    }
    if (read.kind === 'unchanged') {
      report.detail = read.detail;
      await state.record(url, { ...read.check, changed: false }).catch((error: unknown) => {
        failRecording(report, error);
      });
      continue;
    }
    const items =
      read.kind === 'page' ? [{ key: url, item: read.item, attempts: 0 }] : read.entries;
    const results = outcomes.slice(next, next + items.length);
    next += items.length;
    const marks: ItemOutcome[] = [];
    let retry = false;
    items.forEach(({ key, item, attempts }, i) => {
      const outcome = results[i]!;
      if (outcome.status === 'stored') report.stored++;
      else if (outcome.status === 'unchanged') report.alreadyStored++;
      else if (outcome.status === 'queued') report.queued++;
      else {
        const reason = outcome.reason ?? 'failed';
        const again = read.kind === 'page' || attempts + 1 < maxAttempts;
        report.failed.push({ label: item.label, reason, retry: again });
        retry ||= again;
        marks.push({ url: key, done: false, error: reason });
        return;
      }
      marks.push({ url: key, done: true });
    });
    report.outcome = report.stored + report.queued > 0 ? 'new' : 'unchanged';
    if (report.outcome === 'unchanged' && report.failed.length === 0)
      report.detail = read.kind === 'page' ? 'same text' : 'no new items';
    if (read.kind === 'feed') {
      report.seenBefore = read.seenBefore;
      for (let i = 0; i < read.unusable; i++)
        report.failed.push({
          label: url,
          reason: 'an item with neither a link nor content',
          retry: false,
        });
    }
    try {
      if (read.kind === 'feed') await state.markItems(url, marks);
      // Until every item is handled, the next round must read the whole document again.
      await state.record(url, {
        ...(retry ? { etag: null, lastModified: null, bodyHash: null } : read.check),
        changed: true,
      });
    } catch (error) {
      failRecording(report, error);
    }
  }
  return reports;
}

/**
 * What was read could not be recorded: the URL reads as failed, and the next round reads it
 * as if for the first time (what was stored already comes back as already stored).
 */
function failRecording(report: UrlReport, error: unknown): void {
  report.outcome = 'failed';
  report.detail = `could not record what was read: ${messageOf(error)}`;
}

/** Fetches one watched URL conditionally and works out what in it is new. */
async function readWatched(
  state: WatchState,
  url: string,
  options: WatchRoundOptions,
  maxAttempts: number,
): Promise<Read> {
  let before: WatchedUrl | null;
  let page: FetchedPage;
  try {
    before = await state.get(url);
    page = await safeFetch(url, {
      ...options.fetch,
      ...(before ? { validators: { etag: before.etag, lastModified: before.lastModified } } : {}),
    });
  } catch (error) {
    return { kind: 'failed', reason: messageOf(error) };
  }
  if (page.status === 304) {
    // A 304 may update the validators; whatever it leaves out stays as it was.
    const check = {
      etag: page.etag ?? before?.etag ?? null,
      lastModified: page.lastModified ?? before?.lastModified ?? null,
      bodyHash: before?.bodyHash ?? null,
    };
    return { kind: 'unchanged', detail: 'not modified (304)', check };
  }
  const check = { etag: page.etag, lastModified: page.lastModified, bodyHash: hash(page.body) };
  // A server that ignores the validators still sends the same bytes for the same version.
  if (before?.bodyHash === check.bodyHash)
    return { kind: 'unchanged', detail: 'same content', check };

  const document = readFetched(page);
  if (document.kind === 'malformed') return { kind: 'failed', reason: document.reason };
  if (document.kind === 'page')
    return { kind: 'page', item: inputItem(url, document.input), check };

  const { feed } = document;
  const keyed = new Map<string, FeedEntry>();
  let unusable = 0;
  for (const entry of feed.entries.slice(0, options.maxFeedItems ?? DEFAULT_MAX_FEED_ITEMS)) {
    const key = entry.link ?? (entry.content ? `sha256:${hash(entry.content)}` : null);
    if (key === null) unusable++;
    else if (!keyed.has(key)) keyed.set(key, entry);
  }
  if (keyed.size === 0 && unusable === 0)
    return { kind: 'failed', reason: 'the feed has no items' };
  let seen: Awaited<ReturnType<WatchState['seenItems']>>;
  try {
    seen = await state.seenItems(url, [...keyed.keys()]);
  } catch (error) {
    return { kind: 'failed', reason: messageOf(error) };
  }
  const entries: FeedItem[] = [];
  let seenBefore = 0;
  for (const [key, entry] of keyed) {
    const known = seen.get(key);
    if (known && (known.done || known.attempts >= maxAttempts)) {
      seenBefore++;
      continue;
    }
    // Each item is read on its own; one that throws becomes a failed item, not a failed feed.
    const item = await feedEntryItem(entry, key, feed.title, options.fetch).catch(
      (error: unknown) => failedItem(key, error),
    );
    entries.push({ key, item, attempts: known?.attempts ?? 0 });
  }
  return { kind: 'feed', entries, seenBefore, unusable, check };
}

/** Runs `work` over the values, at most `limit` at a time; results in the values' order. */
async function mapLimited<T, R>(
  values: T[],
  limit: number,
  work: (value: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(values.length);
  let next = 0;
  const lane = async () => {
    while (next < values.length) {
      const index = next++;
      results[index] = await work(values[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, values.length)) }, lane));
  return results;
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
