import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import {
  claimText,
  entityIndex,
  parseArticleInput,
  quoteText,
  sliceSpan,
  type Article,
} from '@sourcetrace/article-model';
import { extract } from '@sourcetrace/extract';
import { cleanLine } from '@sourcetrace/terminal-text';

type Format = 'json' | 'pretty';

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
    .action(async (file: string, options: { format?: string; url?: string; jsonl?: boolean }) => {
      const format = parseFormat(options.format);
      if (options.jsonl) {
        process.exitCode = (await extractLines(
          process.stdin,
          (line) => process.stdout.write(line + '\n'),
          (message) => process.stderr.write(message + '\n'),
        ))
          ? 1
          : 0;
        return;
      }
      const content = readFileSync(file === '-' ? 0 : file, 'utf8');
      const article = extract(
        looksLikeHtml(file, content)
          ? { html: content, ...(options.url ? { url: options.url } : {}) }
          : content,
      );
      if (format === 'pretty') process.stdout.write(prettyArticle(article));
      else process.stdout.write(JSON.stringify(article, null, 2) + '\n');
    });
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

/**
 * Extracts every JSONL line in order. A line that is not a JSON object with a string `text`
 * or `html` gets `{"id", "error"}` in its place, so output line N always answers input line N;
 * blank lines are skipped. Returns the number of bad lines.
 */
export async function extractLines(
  input: NodeJS.ReadableStream,
  write: (line: string) => void,
  warn: (message: string) => void,
): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  let failures = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    let id: string | number | null = null;
    try {
      // The same ArticleInput `ingest` reads, so both agree on every line.
      const parsed = parseArticleInput(JSON.parse(line));
      if (!parsed.ok) {
        id = parsed.id;
        throw new Error(parsed.error);
      }
      id = parsed.input.id ?? null;
      write(JSON.stringify(extract(parsed.input)));
    } catch (error) {
      failures++;
      const message = error instanceof Error ? error.message : String(error);
      warn(`sourcetrace extract: line ${lineNumber}: ${message}`);
      write(JSON.stringify({ id, error: message }));
    }
  }
  return failures;
}

/** A readable who-said-what summary. Article text is hostile: every piece is cleaned before printing. */
export function prettyArticle(article: Article): string {
  const entities = entityIndex(article);
  const name = (id: string | null) => (id ? cleanLine(entities.get(id)?.name) : '');
  const span = (s: { start: number; end: number } | null) =>
    s ? cleanLine(sliceSpan(article.text, s)) : '';
  const out: string[] = [];
  out.push(cleanLine(article.title) || '(untitled)', '');
  const people = article.entities.filter((e) => e.kind === 'person');
  out.push(`People (${people.length})`);
  for (const person of people) {
    const descriptors = person.descriptors.map(cleanLine).join('; ');
    out.push(`  ${cleanLine(person.name)}${descriptors ? ` - ${descriptors}` : ''}`);
  }
  out.push('', `Quotes (${article.quotes.length})`);
  for (const quote of article.quotes) {
    const speaker = name(quote.speakerId) || span(quote.source) || 'unattributed';
    const descriptors = quote.speakerId
      ? (entities.get(quote.speakerId)?.descriptors ?? []).map(cleanLine).join('; ')
      : '';
    const details = [
      quote.kind,
      quote.cue ? `cue "${span(quote.cue)}"` : '',
      quote.channelId ? `via ${name(quote.channelId)}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    out.push(`  ${speaker}${descriptors ? ` (${descriptors})` : ''} [${details}]`);
    out.push(`    "${cleanLine(quoteText(article, quote))}"`);
  }
  out.push('', `Claims (${article.claims.length})`);
  for (const claim of article.claims) {
    const source =
      name(claim.sourceId) || span(claim.source) || (claim.cue ? 'unsourced' : 'the article');
    const details = [
      claim.hedge !== 'none' ? claim.hedge : '',
      claim.cue ? `cue "${span(claim.cue)}"` : '',
    ]
      .filter(Boolean)
      .join(', ');
    out.push(
      `  ${source}${details ? ` [${details}]` : ''}: ${cleanLine(claimText(article, claim))}`,
    );
  }
  return out.join('\n') + '\n';
}
