import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract, listSamples } from '../src/index.js';
import { renderGolden } from './golden/render.js';

// Expected who-said-what for every sample article and every trap text, reviewed by hand.
// After a reviewed change of behaviour: `pnpm --filter @sourcetrace/extract golden:update`,
// then read the diff of test/golden/ before committing it.
const goldenDir = fileURLToPath(new URL('./golden/', import.meta.url));
const update = process.env.UPDATE_GOLDEN === '1';

function compare(file: string, actual: string): void {
  const path = goldenDir + file;
  if (update) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  expect(existsSync(path), `${file} is missing: run golden:update and review it`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('golden outputs', () => {
  it.each(listSamples().map((s) => [basename(s.file), s] as const))('sample %s', (name, sample) =>
    compare(`samples/${name}.golden.txt`, renderGolden(extract(sample.input))),
  );

  // Trap texts: short invented paragraphs, one case each, separated by a line of "---".
  const traps = readFileSync(goldenDir + 'traps.txt', 'utf8')
    .replace(/^#.*\n/, '')
    .split(/\n---\n/);
  it.each(traps.map((text, i) => [i + 1, text.trim()] as const))('trap %i', (i, text) =>
    compare(`traps/${String(i).padStart(3, '0')}.golden.txt`, renderGolden(extract(text))),
  );
});
