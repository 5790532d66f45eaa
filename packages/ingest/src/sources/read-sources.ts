import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { FILE_KINDS, readFileItems, readJsonlItems } from './files.js';
import { readUrlItems } from './url.js';
import { failedItem, type ReadSourcesOptions, type SourceItem } from './types.js';

const READABLE_FILES = `**/*.{${Object.keys(FILE_KINDS)
  .map((ext) => ext.slice(1))
  .join(',')}}`;

/**
 * Every article the specs name: files, folders (recursively), globs, http(s) URLs (pages or
 * feeds), and `-` for JSON lines on standard input. Items stream out one at a time; anything that cannot be read becomes a failed item
 * with a reason, so one bad source never stops the rest.
 */
export async function* readSources(
  specs: string[],
  options: ReadSourcesOptions = {},
): AsyncGenerator<SourceItem> {
  const cwd = options.cwd ?? process.cwd();
  for (const spec of specs) {
    if (/^https?:\/\//i.test(spec)) {
      yield* readUrlItems(spec, options);
      continue;
    }
    if (spec === '-') {
      yield* readJsonlItems(options.stdin ?? process.stdin, 'stdin');
      continue;
    }
    const files = await filesFor(spec, cwd).catch((error: unknown) => error as Error);
    if (files instanceof Error) {
      yield failedItem(spec, files);
      continue;
    }
    for (const file of files) yield* readFileItems(file, labelFor(file, cwd));
  }
}

/** The files a path, folder or glob names, sorted so runs are repeatable. */
async function filesFor(spec: string, cwd: string): Promise<string[]> {
  const path = resolve(cwd, spec);
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory())
    return sorted(await glob(READABLE_FILES, { cwd: path, absolute: true, onlyFiles: true }));
  if (info) return [path];
  if (isDynamicPattern(spec)) {
    const matches = await glob(spec, { cwd, absolute: true, onlyFiles: true });
    if (matches.length === 0) throw new Error('no files match');
    return sorted(matches);
  }
  throw new Error('no such file or folder');
}

function sorted(paths: string[]): string[] {
  return paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function labelFor(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel.startsWith('..') ? file : rel;
}
