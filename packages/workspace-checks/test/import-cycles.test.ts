import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph, workspaceModules } from './import-graph.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Known and being removed: the extractor's entry point and its claims stage import each other.
 * This allowance goes once that restructure lands; no other cycle may be added meanwhile.
 */
const KNOWN_CYCLES = [['packages/extract/src/claims/index.ts', 'packages/extract/src/extract.ts']];

describe('imports', () => {
  it('form no cycle between modules, within or across the apps and packages', () => {
    const files = workspaceModules(ROOT);
    const graph = importGraph(ROOT, files);
    // The walk must really see the workspace and its cross-package imports.
    expect(files.length).toBeGreaterThan(100);
    expect(graph.get('apps/cli/src/main.ts')?.length).toBeGreaterThan(0);
    expect(graph.get('packages/api-client/src/contract.ts')).toContain(
      'packages/article-model/src/index.ts',
    );
    expect(importCycles(graph)).toEqual(KNOWN_CYCLES);
  });
});

describe('the cycle finder', () => {
  it('finds every cycle, a module importing itself included, and nothing in a tree', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts', 'd.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['e.ts']],
      ['e.ts', ['e.ts']],
      ['f.ts', ['d.ts']],
    ]);
    expect(importCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['e.ts']]);
    expect(
      importCycles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', []],
        ]),
      ),
    ).toEqual([]);
  });
});
