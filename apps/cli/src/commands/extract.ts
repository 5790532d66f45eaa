import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { positiveInteger } from '../lib/options.js';

type Format = 'json' | 'pretty';

// The extractor, the model and the thread pool load inside the action that needs them, so
// every other command starts without them and `--jsonl` loads the extractor only in its threads.

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Find the people, quotes and claims in one article (FILE or - for stdin)')
    .argument('[file]', 'a text or HTML file, or - for standard input', '-')
    .option(
      '--format <format>',
      'json, or pretty for a readable who-said-what summary (default: pretty on a terminal, json otherwise)',
    )
    .option('--url <url>', 'the page URL of an HTML file')
    .option(
      '--jsonl',
      'read {"id","text"} or {"id","html","url"} lines (with optional title, publisher, byline, publishedAt) ' +
        'on stdin, as ingest reads them; print one Article JSON line each, in order ' +
        '(a bad line prints {"id","error"} in its place and the exit code is 1 at the end)',
    )
    .option(
      '--concurrency <n>',
      'extraction threads for --jsonl (default: one per core but one, at least one)',
      positiveInteger,
    )
    .action(
      async (
        file: string,
        options: { format?: string; url?: string; jsonl?: boolean; concurrency?: number },
      ) => {
        const format = parseFormat(options.format);
        if (options.jsonl) {
          const { extractJsonLines } = await import('@sourcetrace/ingest/lines');
          const failures = await extractJsonLines(
            process.stdin,
            process.stdout,
            (message) => process.stderr.write(message + '\n'),
            options.concurrency ? { threads: options.concurrency } : {},
          );
          process.exitCode = failures > 0 ? 1 : 0;
          return;
        }
        const content = readFileSync(file === '-' ? 0 : file, 'utf8');
        const { extract } = await import('@sourcetrace/extract');
        const article = extract(
          looksLikeHtml(file, content)
            ? { html: content, ...(options.url ? { url: options.url } : {}) }
            : content,
        );
        if (format === 'pretty') {
          const { prettyArticle } = await import('../lib/pretty-article.js');
          process.stdout.write(prettyArticle(article));
        } else process.stdout.write(JSON.stringify(article, null, 2) + '\n');
      },
    );
}

function parseFormat(value: string | undefined): Format {
  if (value === undefined) return process.stdout.isTTY ? 'pretty' : 'json';
  if (value === 'json' || value === 'pretty') return value;
  throw new Error(`unknown --format "${value}": use json or pretty`);
}

function looksLikeHtml(file: string, content: string): boolean {
  return (
    /\.x?html?$/i.test(file) || /^\s*<(!doctype html|html|body|article|div|p)\b/i.test(content)
  );
}
