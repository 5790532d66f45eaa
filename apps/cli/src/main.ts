#!/usr/bin/env node
import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerWatch } from './commands/watch.js';
import { registerExport } from './commands/export.js';
import { registerStats } from './commands/stats.js';
import { registerStatements } from './commands/statements.js';
import { registerServe } from './commands/serve.js';
import { registerTui } from './commands/tui.js';
import { registerWorker } from './commands/worker.js';
import { registerJobs } from './commands/jobs.js';

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

registerExtract(program);
registerIngest(program);
registerWatch(program);
registerExport(program);
registerStats(program);
registerStatements(program);
registerServe(program);
registerTui(program);
registerWorker(program);
registerJobs(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // A clear line for the user, not a stack trace; the exit code says it failed.
  process.stderr.write(`sourcetrace: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
