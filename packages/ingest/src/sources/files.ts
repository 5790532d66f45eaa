import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArticleInput } from '@sourcetrace/article-model';
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
      // One JSON line is one ArticleInput; other keys are ignored.
      const parsed = parseArticleInput(json);
      if (!parsed.ok) {
        yield failedItem(lineLabel, new Error(parsed.error));
        continue;
      }
      yield inputItem(lineLabel, parsed.input);
    }
  } catch (error) {
    yield failedItem(number ? `${label}:${number}` : label, error);
  }
}
