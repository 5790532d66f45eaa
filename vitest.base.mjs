// Shared vitest settings: resolve workspace packages to their TypeScript source,
// so tests never depend on a stale dist folder.
const conditions = ['@sourcetrace/source', 'node', 'import', 'module', 'default'];

/** @type {import('vitest/config').UserConfig} */
export const base = {
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['@sourcetrace/source'] } },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    testTimeout: 20_000,
    // The JSON report feeds the one summary line `npm test` prints at the end.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
};
