import type { Command } from 'commander';

export function registerTui(program: Command): void {
  program
    .command('tui')
    .description('(tui: not built yet)')
    .action(() => {
      throw new Error('tui is not built yet');
    });
}
