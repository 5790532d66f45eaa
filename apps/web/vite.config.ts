import { defineConfig, defaultClientConditions } from 'vite';

// Workspace packages resolve to their TypeScript source, so the page never needs their dist.
export default defineConfig({
  resolve: { conditions: ['@sourcetrace/source', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Everything is served by the API under a strict CSP: no inline scripts or styles.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
