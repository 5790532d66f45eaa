import type { Command } from 'commander';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('(extract: not built yet)')
    .action(() => {
      throw new Error('extract is not built yet');
    });
}
