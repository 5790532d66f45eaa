import { enqueueItems, jobFor } from '../queue/enqueue.js';
import type { ArticleQueue } from '../queue/queue.js';
import type { SourceItem } from '../sources/types.js';
import type { SinkOutcome, WatchSink } from './watch-round.js';

/**
 * The sink that puts new items on the article queue for `sourcetrace worker` instead of
 * extracting them here. Workers store each article once, so an item queued twice (two feeds
 * listing one page) is harmless.
 */
export function queueSink(queue: ArticleQueue): WatchSink {
  return async (items: SourceItem[]) => {
    const made = items.map(jobFor);
    const outcomes: SinkOutcome[] = made.map((job) => ({
      status: 'failed',
      reason: 'reason' in job ? job.reason : 'not queued',
    }));
    // Only items that make jobs are handed on, so each report is a queued one, in order.
    const positions = made.flatMap((job, index) => ('job' in job ? [index] : []));
    let next = 0;
    try {
      await enqueueItems(
        queue,
        positions.map((index) => items[index]!),
        {
          onProgress: ({ status, reason }) => {
            const index = positions[next++]!;
            outcomes[index] =
              status === 'queued' ? { status } : { status, reason: reason ?? 'failed' };
          },
        },
      );
    } catch (error) {
      const reason = `could not queue: ${error instanceof Error ? error.message : String(error)}`;
      for (const index of positions.slice(next)) outcomes[index] = { status: 'failed', reason };
    }
    return outcomes;
  };
}
