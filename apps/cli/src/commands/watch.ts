import type { Command } from 'commander';
import {
  ingestSink,
  queueSink,
  watch,
  type ArticleQueue,
  type UrlReport,
  type WatchSink,
} from '@sourcetrace/ingest';
import { printable } from '@sourcetrace/terminal-text';
import { addStoreOptions, withStore, type StoreFlags } from '../lib/store.js';
import { openQueueFromFlags, queueDatabase } from '../lib/queue.js';
import { positiveInteger } from '../lib/options.js';
import { duration, formatDuration } from '../lib/duration.js';

interface WatchFlags extends StoreFlags {
  every?: number;
  once?: boolean;
  concurrency?: number;
  allowPrivateUrls?: boolean;
  queue?: boolean;
}

const DEFAULT_EVERY = '15m';
/** Polling a feed more often than this is unkind to its server and rarely finds anything. */
export const MIN_EVERY_MS = 60_000;

export function registerWatch(program: Command): void {
  addStoreOptions(
    program
      .command('watch')
      .description(
        'Poll feeds and pages, storing only what is new: conditional requests (ETag, Last-Modified), items seen before skipped, articles already stored not stored again',
      )
      .argument('<urls...>', 'http(s) URLs of RSS/Atom feeds or of pages')
      .option(
        '--every <duration>',
        `time between rounds, such as 30m or 1h (at least ${formatDuration(MIN_EVERY_MS)}; default ${DEFAULT_EVERY})`,
        duration,
      )
      .option('--once', 'one round, then exit (1 when a URL could not be read)')
      .option(
        '--concurrency <n>',
        'extraction threads (default: one per core but one, for the writer)',
        positiveInteger,
      )
      .option(
        '--queue',
        'put new articles on the PostgreSQL job queue for `sourcetrace worker` instead of extracting them here',
      )
      .option(
        '--allow-private-urls',
        'let URLs reach loopback and private network addresses (off: only public hosts)',
      ),
  ).action(async (urls: string[], flags: WatchFlags) => {
    for (const url of urls) {
      if (!/^https?:\/\/\S+$/i.test(url) || !URL.canParse(url))
        throw new Error(`not an http(s) URL: ${printable(url)}`);
    }
    const everyMs = flags.every ?? duration(DEFAULT_EVERY);
    if (!flags.once && everyMs < MIN_EVERY_MS)
      throw new Error(
        `--every ${formatDuration(everyMs)} is too often: at least ${formatDuration(MIN_EVERY_MS)} (or --once)`,
      );
    // Refused before anything is opened: a queue needs PostgreSQL.
    if (flags.queue) queueDatabase(flags, 'watch --queue');

    // A signal lets the round in progress finish its writes; a second one quits at once.
    const stop = new AbortController();
    const onSignal = (signal: NodeJS.Signals) => {
      process.stderr.write(
        `\nstopping after this round's writes (${signal === 'SIGINT' ? 'Ctrl-C' : signal} again to quit now)\n`,
      );
      stop.abort();
      process.once(signal, () => process.exit(signal === 'SIGINT' ? 130 : 143));
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    let unreadable = 0;
    try {
      await withStore(flags, async (store) => {
        // The watch state lives in the corpus either way; only where new items go differs.
        const queue: ArticleQueue | null = flags.queue
          ? await openQueueFromFlags(flags, 'watch --queue')
          : null;
        const sink: WatchSink = queue
          ? queueSink(queue)
          : ingestSink(store, flags.concurrency ? { concurrency: flags.concurrency } : {});
        if (!flags.once)
          process.stderr.write(
            `watching ${urls.length} URL${urls.length === 1 ? '' : 's'} every ${formatDuration(everyMs)}\n`,
          );
        await watch(store, urls, sink, {
          everyMs,
          once: flags.once ?? false,
          signal: stop.signal,
          fetch: { allowPrivate: flags.allowPrivateUrls ?? false },
          onRound: (reports) => {
            process.stderr.write(formatRound(reports, new Date()));
            unreadable = reports.filter((report) => report.outcome === 'failed').length;
          },
        }).finally(() => queue?.close());
      });
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    if (flags.once && unreadable > 0) process.exitCode = 1;
  });
}

/** One line per URL, then one per item that failed. */
export function formatRound(reports: UrlReport[], at: Date): string {
  const time = at.toISOString().replace(/\.\d+Z$/, 'Z');
  const lines: string[] = [];
  for (const report of reports) {
    const url = printable(report.url);
    if (report.outcome === 'failed') {
      lines.push(
        `${time} failed    ${url}: ${printable(report.detail ?? 'failed')} (tried again next round)`,
      );
      continue;
    }
    const counts = [
      report.stored && `${report.stored} new`,
      report.queued && `${report.queued} queued`,
      report.alreadyStored && `${report.alreadyStored} already stored`,
      report.failed.length && `${report.failed.length} failed`,
      report.seenBefore && `${report.seenBefore} seen before`,
    ].filter(Boolean);
    const what = [report.detail, ...counts].filter(Boolean).join(', ');
    lines.push(`${time} ${report.outcome.padEnd(9)} ${url}${what ? `: ${what}` : ''}`);
    for (const { label, reason, retry } of report.failed)
      lines.push(
        `  failed  ${printable(label)}: ${printable(reason)} (${retry ? 'tried again next round' : 'given up'})`,
      );
  }
  return lines.map((line) => `${line}\n`).join('');
}
