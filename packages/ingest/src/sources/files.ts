import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { ExtractInput } from '@sourcetrace/extract';
import { failedItem, inputItem, type SourceItem } from './types.js';

/** File extensions we read, and how. */
export const FILE_KINDS = {
  '.txt': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.jsonl': 'jsonl',
} as const;
type FileKind = (typeof FILE_KINDS)[keyof typeof FILE_KINDS];

export function fileKind(path: string): FileKind | null {
  return FILE_KINDS[extname(path).toLowerCase() as keyof typeof FILE_KINDS] ?? null;
}

/** One file: a whole article (text or HTML), or many, one per JSON line. */
export async function* readFileItems(
  path: string,
  label: string = path,
): AsyncGenerator<SourceItem> {
  const kind = fileKind(path);
  if (kind === 'jsonl') {
    yield* readJsonlItems(path, label);
    return;
  }
  if (kind === null) {
    yield failedItem(
      label,
      new Error(`not a file type we read (${Object.keys(FILE_KINDS).join(', ')})`),
    );
    return;
  }
  try {
    const content = await readFile(path, 'utf8');
    yield inputItem(label, kind === 'html' ? { html: content } : { text: content });
  } catch (error) {
    yield failedItem(label, error);
  }
}

const optionalText = z.string().trim().min(1).optional();
/** One JSON line: an article's text or HTML with what is known about it. Other keys are ignored. */
export const JsonlArticle = z
  .object({
    text: z.string().optional(),
    html: z.string().optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    title: optionalText,
    publisher: optionalText,
    byline: optionalText,
    publishedAt: optionalText,
  })
  .refine((line) => (line.text === undefined) !== (line.html === undefined), {
    message: 'needs exactly one of "text" or "html"',
  });

/** JSON lines from a file path or an open stream (standard input). */
export async function* readJsonlItems(
  from: string | NodeJS.ReadableStream,
  label: string,
): AsyncGenerator<SourceItem> {
  const input = typeof from === 'string' ? createReadStream(from, 'utf8') : from;
  const lines = createInterface({ input, crlfDelay: Infinity });
  let number = 0;
  try {
    for await (const line of lines) {
      number++;
      if (!line.trim()) continue;
      const lineLabel = `${label}:${number}`;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        yield failedItem(lineLabel, new Error('not valid JSON'));
        continue;
      }
      const parsed = JsonlArticle.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
        yield failedItem(lineLabel, new Error(`${where}${issue?.message ?? 'not an article'}`));
        continue;
      }
      yield inputItem(lineLabel, toInput(parsed.data));
    }
  } catch (error) {
    yield failedItem(number ? `${label}:${number}` : label, error);
  }
}

function toInput(line: z.output<typeof JsonlArticle>): ExtractInput {
  const { text, html, ...meta } = line;
  const known = Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined));
  return html !== undefined ? { html, ...known } : { text: text ?? '', ...known };
}
