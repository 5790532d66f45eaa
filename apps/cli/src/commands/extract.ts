import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { extract } from '@sourcetrace/extract';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Find the people, quotes and claims in one article (FILE or - for stdin)')
    .argument('[file]', 'a text or HTML file, or - for standard input')
    .option('--jsonl', 'read {"id","text"} or {"id","html","url"} lines on stdin; print one Article JSON line each')
    .action(async (file: string | undefined, options: { jsonl?: boolean }) => {
      if (options.jsonl) {
        const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
        for await (const line of lines) {
          if (!line.trim()) continue;
          const item = JSON.parse(line) as { text?: string; html?: string; url?: string };
          const article = item.html !== undefined ? extract({ html: item.html, url: item.url }) : extract(item.text ?? '');
          process.stdout.write(JSON.stringify(article) + '\n');
        }
        return;
      }
      const text = readFileSync(file === undefined || file === '-' ? 0 : file, 'utf8');
      process.stdout.write(JSON.stringify(extract(text), null, 2) + '\n');
    });
}
