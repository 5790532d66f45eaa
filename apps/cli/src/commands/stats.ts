import type { Command } from 'commander';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('(stats: not built yet)')
    .action(() => {
      throw new Error('stats is not built yet');
    });
}
