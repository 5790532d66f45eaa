import type { Command } from 'commander';
import { setTimeout as sleep } from 'node:timers/promises';
import { JobState, type JobsReport } from '@sourcetrace/article-model';
import { printable } from '@sourcetrace/terminal-text';
import { positiveInteger } from '../lib/options.js';
import { openQueueFromFlags } from '../lib/queue.js';
import { addStoreOptions, type StoreFlags } from '../lib/store.js';

interface JobsFlags extends StoreFlags {
  json?: boolean;
  watch?: boolean;
  failures?: number;
  interval?: number;
}

export function registerJobs(program: Command): void {
  addStoreOptions(
    program
      .command('jobs')
      .description('The PostgreSQL job queue: jobs by state, and the failures with their reasons')
      .option('--json', 'print the report as JSON')
      .option('--watch', 'redraw the counts until no job is waiting, retrying or running')
      .option('--failures <n>', 'failures listed at most (default 20)', positiveInteger)
      .option(
        '--interval <seconds>',
        'seconds between redraws with --watch (default 1)',
        positiveInteger,
      ),
  ).action(async (flags: JobsFlags) => {
    const queue = await openQueueFromFlags(flags, 'jobs', { maxConnections: 1 });
    try {
      const failures = flags.failures ?? 20;
      if (flags.watch) {
        const tty = process.stdout.isTTY;
        let last = '';
        for (;;) {
          const report = await queue.report(0);
          const line = formatCounts(report);
          // On a terminal the line is redrawn in place; elsewhere a line is printed per change.
          if (tty) process.stdout.write(`\r\u001b[K${line}`);
          else if (line !== last) process.stdout.write(`${line}\n`);
          last = line;
          if (report.pending === 0) break;
          await sleep((flags.interval ?? 1) * 1000);
        }
        if (tty) process.stdout.write('\n');
      }
      const report = await queue.report(failures);
      if (flags.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
      else if (!flags.watch) process.stdout.write(formatJobs(report));
      else process.stdout.write(formatFailures(report));
    } finally {
      await queue.close();
    }
  });
}

export function formatCounts(report: JobsReport): string {
  return JobState.options.map((state) => `${state} ${report.counts[state]}`).join(', ');
}

function formatFailures(report: JobsReport): string {
  if (report.failures.length === 0) return '';
  const lines = [
    `Failed (newest first${report.failures.length < report.counts.failed ? `, ${report.failures.length} of ${report.counts.failed}` : ''}):`,
  ];
  for (const failure of report.failures) {
    lines.push(
      `  ${printable(failure.label)}: ${printable(failure.reason)} (${failure.attempts} attempt${failure.attempts === 1 ? '' : 's'}${failure.failedAt ? `, ${failure.failedAt}` : ''})`,
    );
  }
  return lines.join('\n') + '\n';
}

export function formatJobs(report: JobsReport): string {
  const width = Math.max(...JobState.options.map((state) => String(report.counts[state]).length));
  const lines = JobState.options.map(
    (state) => `${String(report.counts[state]).padStart(width)}  ${state}`,
  );
  const failures = formatFailures(report);
  return lines.join('\n') + '\n' + (failures ? '\n' + failures : '');
}
