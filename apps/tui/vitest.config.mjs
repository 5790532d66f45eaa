import { defineConfig } from 'vitest/config';
import { base } from '../../vitest.base.mjs';

// Vitest hands ssr.resolve.conditions to Node as --conditions; with "import" among them,
// pg's own require('pg-pool') (reached through the store) loads the ESM build and breaks.
const conditions = base.ssr.resolve.conditions.filter(
  (condition) => condition !== 'import' && condition !== 'module',
);

// Colour forced on, so tests can see which colour a quote is drawn in (and that NO_COLOR drops it).
export default defineConfig({
  ...base,
  ssr: { ...base.ssr, resolve: { ...base.ssr.resolve, conditions } },
  test: { ...base.test, env: { FORCE_COLOR: '1' } },
});
