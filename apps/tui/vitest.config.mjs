import { defineConfig } from 'vitest/config';
import { base } from '../../vitest.base.mjs';

// Colour forced on, so tests can see which colour a quote is drawn in (and that NO_COLOR drops it).
export default defineConfig({
  ...base,
  test: { ...base.test, env: { FORCE_COLOR: '1' } },
});
