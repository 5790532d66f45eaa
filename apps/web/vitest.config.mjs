import { defineConfig } from 'vitest/config';
import { base } from '../../vitest.base.mjs';

// Vitest hands ssr.resolve.conditions to Node as --conditions; with "import" among them,
// pg's own require('pg-pool') loads the ESM build and breaks. Vite adds import/require itself.
const conditions = base.ssr.resolve.conditions.filter(
  (condition) => condition !== 'import' && condition !== 'module',
);

export default defineConfig({
  ...base,
  ssr: { ...base.ssr, resolve: { ...base.ssr.resolve, conditions } },
});
