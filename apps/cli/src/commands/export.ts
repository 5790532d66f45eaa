import type { Command } from 'commander';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('(export: not built yet)')
    .action(() => {
      throw new Error('export is not built yet');
    });
}
