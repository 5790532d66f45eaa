import { setTimeout as sleep } from 'node:timers/promises';
import type { Store } from '@sourcetrace/store';
import { ingestItems, type IngestOptions } from '../ingest/ingest.js';
import type { SourceItem } from '../sources/types.js';
import {
  watchRound,
  type SinkOutcome,
  type UrlReport,
  type WatchRoundOptions,
  type WatchSink,
} from './watch-round.js';

/**
 * The sink that extracts and stores items here, through ingestItems: an article already in the
 * store (the same content id) comes back unchanged, so the same text under another URL is not
 * stored twice.
 */
export function ingestSink(
  store: Store,
  options: Pick<IngestOptions, 'concurrency' | 'extract'> = {},
): WatchSink {
  return async (items: SourceItem[]) => {
    const outcomes: SinkOutcome[] = items.map(() => ({
      status: 'failed',
      reason: 'not finished',
    }));
    // Labels become positions, so two feeds listing the same page still get an answer each.
    await ingestItems(
      store,
      items.map((item, index) => ({ ...item, label: String(index) })),
      {
        ...options,
        onProgress: ({ label, status, reason }) => {
          outcomes[Number(label)] =
            status === 'failed'
              ? { status, reason: reason ?? 'failed' }
              : { status: status === 'ingested' ? 'stored' : 'unchanged' };
        },
      },
    );
    return outcomes;
  };
}

export interface WatchOptions extends WatchRoundOptions {
  /** Time from the start of one round to the start of the next. */
  everyMs: number;
  /** One round, then stop. */
  once?: boolean;
  /** Called after each round with one report per URL read. */
  onRound?: (reports: UrlReport[], round: number) => void;
}

/**
 * Rounds of watchRound until the signal aborts (or after one, with `once`). An abort during a
 * round lets that round hand on and record what it read, then stops; between rounds it stops
 * at once.
 */
export async function watch(
  store: Store,
  urls: string[],
  sink: WatchSink,
  options: WatchOptions,
): Promise<void> {
  const { everyMs, once, onRound, ...roundOptions } = options;
  for (let round = 1; ; round++) {
    const started = Date.now();
    const reports = await watchRound(store.watch, urls, sink, roundOptions);
    onRound?.(reports, round);
    if (once || options.signal?.aborted) return;
    const wait = Math.max(0, everyMs - (Date.now() - started));
    try {
      await sleep(wait, undefined, options.signal ? { signal: options.signal } : {});
    } catch {
      return; // aborted while waiting
    }
  }
}
