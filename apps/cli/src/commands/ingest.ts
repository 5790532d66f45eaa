import type { Command } from 'commander';
import { SingleBar } from 'cli-progress';
import {
  ingestItems,
  readSources,
  type IngestProgress,
  type IngestSummary,
} from '@sourcetrace/ingest';
import { addStoreOptions, withStore, type StoreFlags } from '../lib/store.js';
import { positiveInteger } from '../lib/options.js';
import { printable } from '@sourcetrace/terminal-text';
import { enqueueSources } from './ingest-queue.js';

interface IngestFlags extends StoreFlags {
  concurrency?: number;
  allowPrivateUrls?: boolean;
  queue?: boolean;
}

export function registerIngest(program: Command): void {
  addStoreOptions(
    program
      .command('ingest')
      .description(
        'Read articles from files, folders, globs, JSON lines, web pages and feeds, and store them',
      )
      .argument(
        '<sources...>',
        'files (.txt .md .html .htm .jsonl), folders, globs, http(s) URLs of pages or RSS/Atom feeds, or - for JSON lines on stdin',
      )
      .option(
        '--concurrency <n>',
        'extraction threads (default: one per core but one, at least one; this thread writes)',
        positiveInteger,
      )
      .option(
        '--allow-private-urls',
        'let URLs reach loopback and private network addresses (off: only public hosts)',
      )
      .option(
        '--queue',
        'add the articles to the PostgreSQL job queue for `sourcetrace worker` processes instead of extracting them here',
      ),
  ).action(async (sources: string[], flags: IngestFlags) => {
    if (flags.queue) return enqueueSources(sources, flags);
    // Ctrl-C stops reading and lets the articles in flight be stored; a second one quits now.
    const interrupted = new AbortController();
    const onInterrupt = () => {
      interrupted.abort();
      process.stderr.write(
        '\nstopping after the articles in progress (Ctrl-C again to quit now)\n',
      );
      process.once('SIGINT', () => process.exit(130));
    };
    process.once('SIGINT', onInterrupt);
    try {
      const summary = await withStore(flags, async (store) => {
        const progress = progressReporter();
        try {
          return await ingestItems(
            store,
            readSources(sources, { fetch: { allowPrivate: flags.allowPrivateUrls ?? false } }),
            {
              ...(flags.concurrency ? { concurrency: flags.concurrency } : {}),
              onProgress: progress.update,
              signal: interrupted.signal,
            },
          );
        } finally {
          progress.stop();
        }
      });
      process.stdout.write(formatSummary(summary));
      if (interrupted.signal.aborted)
        process.stdout.write('interrupted: sources not read to the end\n');
      if (summary.failed.length > 0 || interrupted.signal.aborted) process.exitCode = 1;
    } finally {
      process.off('SIGINT', onInterrupt);
    }
  });
}

/** A progress bar on a terminal; one plain line per item otherwise (logs, pipes, CI). */
function progressReporter(): { update: (progress: IngestProgress) => void; stop: () => void } {
  if (!process.stderr.isTTY) {
    return {
      update: ({ status, label, reason }) => {
        process.stderr.write(
          `${status.padEnd(9)} ${printable(label)}${reason ? `: ${printable(reason)}` : ''}\n`,
        );
      },
      stop: () => undefined,
    };
  }
  const bar = new SingleBar({
    stream: process.stderr,
    format: ' {bar} {value}/{total} | ingested {ingested}, unchanged {unchanged}, failed {failed}',
    barCompleteChar: '█',
    barIncompleteChar: '░',
    hideCursor: true,
  });
  const counts = { ingested: 0, unchanged: 0, failed: 0 };
  let started = false;
  return {
    update: (progress) => {
      // Started on the first finished item: a bar with nothing to count would show as full.
      if (!started) bar.start(progress.read, 0, counts);
      started = true;
      counts[progress.status]++;
      // The total grows as the sources are read; it is only known at the end.
      bar.setTotal(progress.read);
      bar.update(progress.done, counts);
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

export function formatSummary(summary: IngestSummary): string {
  const lines = [
    `ingested ${summary.ingested}, unchanged ${summary.unchanged}, failed ${summary.failed.length}`,
  ];
  for (const { label, reason } of summary.failed)
    lines.push(`  failed  ${printable(label)}: ${printable(reason)}`);
  return lines.join('\n') + '\n';
}
