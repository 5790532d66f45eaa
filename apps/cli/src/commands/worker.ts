import type { Command } from 'commander';
import { runWorker, type WorkerSummary } from '@sourcetrace/ingest';
import { printable } from '@sourcetrace/terminal-text';
import { positiveInteger } from '../lib/options.js';
import { openQueueFromFlags, queueDatabase } from '../lib/queue.js';
import { openStore } from '@sourcetrace/store';
import { addStoreOptions, type StoreFlags } from '../lib/store.js';

interface WorkerFlags extends StoreFlags {
  concurrency?: number;
  batch?: number;
  exitWhenEmpty?: boolean;
}

export function registerWorker(program: Command): void {
  addStoreOptions(
    program
      .command('worker')
      .description(
        'Take article jobs from the PostgreSQL queue (added by `ingest --queue`), extract them and store them; run as many as you like, on any machines',
      )
      .option(
        '--concurrency <n>',
        'extraction threads (default: one per core but one)',
        positiveInteger,
      )
      .option('--batch <n>', 'jobs taken from the queue at once (default 16)', positiveInteger)
      .option('--exit-when-empty', 'stop once no job is waiting, retrying or running'),
  ).action(async (flags: WorkerFlags) => {
    // Refused before anything is opened when there is no PostgreSQL to share.
    const { databaseUrl, pgSchema } = queueDatabase(flags, 'worker');
    // Asynchronous commit is safe here: a job is completed after its article commits, so a
    // server crash that loses the article loses the job's completion too, and the job runs again.
    const store = await openStore({
      databaseUrl,
      ...(pgSchema ? { pgSchema } : {}),
      asyncCommit: true,
    });
    try {
      const queue = await openQueueFromFlags(flags, 'worker', { supervise: true });
      // SIGTERM or Ctrl-C: take no more jobs, finish the ones in hand, then stop. A second
      // signal stops at once; the jobs in hand then expire and run again elsewhere.
      const stop = new AbortController();
      const onSignal = (signal: NodeJS.Signals) => {
        process.stderr.write(`${signal}: finishing the articles in hand, then stopping\n`);
        stop.abort();
        const now = () => process.exit(130);
        process.once('SIGTERM', now);
        process.once('SIGINT', now);
      };
      process.once('SIGTERM', onSignal);
      process.once('SIGINT', onSignal);
      let summary: WorkerSummary;
      try {
        process.stderr.write(`worker ${process.pid} taking jobs\n`);
        summary = await runWorker(queue, store, {
          ...(flags.concurrency ? { concurrency: flags.concurrency } : {}),
          ...(flags.batch ? { batchSize: flags.batch } : {}),
          exitWhenEmpty: flags.exitWhenEmpty ?? false,
          signal: stop.signal,
          // Failed attempts are logged; progress is for `sourcetrace jobs` to show.
          onProgress: ({ status, label, reason }) => {
            if (status === 'failed')
              process.stderr.write(`failed    ${printable(label)}: ${printable(reason ?? '')}\n`);
          },
        });
      } finally {
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
        await queue.close();
      }
      process.stdout.write(
        `ingested ${summary.ingested}, unchanged ${summary.unchanged}, failed attempts ${summary.failed}\n`,
      );
    } finally {
      await store.close();
    }
  });
}
