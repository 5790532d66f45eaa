#!/usr/bin/env node
import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { tuneForBatch } from './lib/batch-tuning.js';

/**
 * Each command's module, loaded only when it runs (or for the full help): a command then starts
 * without the libraries of the others (the web server, the terminal UI, the store drivers).
 */
const COMMANDS: Record<string, () => Promise<(program: Command) => void>> = {
  extract: async () => (await import('./commands/extract.js')).registerExtract,
  ingest: async () => (await import('./commands/ingest.js')).registerIngest,
  watch: async () => (await import('./commands/watch.js')).registerWatch,
  export: async () => (await import('./commands/export.js')).registerExport,
  stats: async () => (await import('./commands/stats.js')).registerStats,
  statements: async () => (await import('./commands/statements.js')).registerStatements,
  serve: async () => (await import('./commands/serve.js')).registerServe,
  tui: async () => (await import('./commands/tui.js')).registerTui,
  worker: async () => (await import('./commands/worker.js')).registerWorker,
  jobs: async () => (await import('./commands/jobs.js')).registerJobs,
};

const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

const program = new Command('sourcetrace')
  .description(
    'Who said what in news articles: people, quotes with their speakers, and claims with their sources.',
  )
  .version(version)
  .showHelpAfterError();

// The command named first on the line, or all of them for help and for a name not known.
const named = process.argv[2];
tuneForBatch(named);
const wanted =
  named !== undefined && Object.hasOwn(COMMANDS, named) ? [named] : Object.keys(COMMANDS);
for (const register of await Promise.all(wanted.map((name) => COMMANDS[name]!())))
  register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // A clear line for the user, not a stack trace; the exit code says it failed.
  process.stderr.write(`sourcetrace: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
