import type { Command } from 'commander';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('(serve: not built yet)')
    .action(() => {
      throw new Error('serve is not built yet');
    });
}
