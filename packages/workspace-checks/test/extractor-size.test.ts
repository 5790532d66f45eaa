import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../extract/src/', import.meta.url));
const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 80;
/** Data-only modules: word lists and name tables, which grow with the languages they cover. */
const DATA_FOLDERS = ['lexicon/', 'entities/data/'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Functions (declarations, methods, arrows) longer than `max` lines: "file:line name (lines)". */
function longFunctions(path: string, max: number, text = readFileSync(path, 'utf8')): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest);
  const line = (position: number) => source.getLineAndCharacterOfPosition(position).line;
  const long: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const lines = line(node.end) - line(node.getStart(source)) + 1;
      const name = node.name && ts.isIdentifier(node.name) ? node.name.text : '(anonymous)';
      if (lines > max)
        long.push(`${relative(SRC, path)}:${line(node.getStart(source)) + 1} ${name} (${lines})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return long;
}

describe('the extractor stays readable', () => {
  const files = sourceFiles(SRC);

  it('reads the whole extractor', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it(`keeps every module but the data tables within ${MAX_FILE_LINES} lines`, () => {
    const long = files
      .filter((path) => !DATA_FOLDERS.some((folder) => relative(SRC, path).startsWith(folder)))
      .map((path) => ({ path, lines: readFileSync(path, 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > MAX_FILE_LINES)
      .map(({ path, lines }) => `${relative(SRC, path)} (${lines})`);
    expect(long).toEqual([]);
  });

  it(`keeps every function within ${MAX_FUNCTION_LINES} lines`, () => {
    expect(files.flatMap((path) => longFunctions(path, MAX_FUNCTION_LINES))).toEqual([]);
  });

  it('finds a long function or method, and passes a short one', () => {
    const body = (lines: number) =>
      Array.from({ length: lines }, (_, i) => `    const v${i} = ${i};`).join('\n');
    const path = join(SRC, 'example.ts');
    const text = `class A {\n  m() {\n${body(MAX_FUNCTION_LINES)}\n  }\n}\nconst f = () => {\n${body(3)}\n};\n`;
    expect(longFunctions(path, MAX_FUNCTION_LINES, text)).toEqual([
      `example.ts:2 m (${MAX_FUNCTION_LINES + 2})`,
    ]);
  });
});
