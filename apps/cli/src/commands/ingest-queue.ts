import { enqueueItems, readSources, type EnqueueSummary } from '@sourcetrace/ingest';
import { printable } from '@sourcetrace/terminal-text';
import { openQueueFromFlags } from '../lib/queue.js';
import type { StoreFlags } from '../lib/store.js';

/**
 * `ingest --queue`: reads the sources here (files, feeds and pages are read and fetched on
 * this machine) and adds one job per article for the workers. Prints a line per failure and
 * a running count on a terminal.
 */
export async function enqueueSources(
  sources: string[],
  flags: StoreFlags & { allowPrivateUrls?: boolean },
): Promise<void> {
  const queue = await openQueueFromFlags(flags, 'ingest --queue');
  const interrupted = new AbortController();
  const onInterrupt = () => interrupted.abort();
  process.once('SIGINT', onInterrupt);
  const tty = process.stderr.isTTY;
  let summary: EnqueueSummary;
  try {
    summary = await enqueueItems(
      queue,
      readSources(sources, { fetch: { allowPrivate: flags.allowPrivateUrls ?? false } }),
      {
        signal: interrupted.signal,
        onProgress: ({ status, label, reason, done }) => {
          if (status === 'failed')
            process.stderr.write(
              `${tty ? '\r\u001b[K' : ''}failed    ${printable(label)}: ${printable(reason ?? '')}\n`,
            );
          if (tty) process.stderr.write(`\rread ${done} ...`);
        },
      },
    );
  } finally {
    process.off('SIGINT', onInterrupt);
    await queue.close();
    if (tty) process.stderr.write('\r\u001b[K');
  }
  process.stdout.write(formatEnqueueSummary(summary));
  if (interrupted.signal.aborted)
    process.stdout.write('interrupted: sources not read to the end\n');
  if (summary.failed.length > 0 || interrupted.signal.aborted) process.exitCode = 1;
}

export function formatEnqueueSummary(summary: EnqueueSummary): string {
  const lines = [
    `queued ${summary.queued}, failed ${summary.failed.length}`,
    ...summary.failed.map(
      ({ label, reason }) => `  failed  ${printable(label)}: ${printable(reason)}`,
    ),
  ];
  if (summary.queued > 0)
    lines.push(
      'workers store them: `sourcetrace worker`; follow them with `sourcetrace jobs --watch`',
    );
  return lines.join('\n') + '\n';
}
