// Shared vitest settings: resolve workspace packages to their TypeScript source,
// so tests never depend on a stale dist folder.
// Vitest hands ssr.resolve.conditions to Node as --conditions; "import" or "module" among them
// would make CommonJS packages (pg's require('pg-pool')) load ESM builds and break. Vite adds
// import/require itself.
const conditions = ['@sourcetrace/source', 'node', 'default'];

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
