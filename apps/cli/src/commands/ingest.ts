import type { Command } from 'commander';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('(ingest: not built yet)')
    .action(() => {
      throw new Error('ingest is not built yet');
    });
}
