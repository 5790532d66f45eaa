// Shared by the end-to-end tests and the benchmark: a built page, an API over a temporary
// SQLite corpus serving it, and the system Chromium driven by playwright-core.
import { mkdtempSync, readdirSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { pino } from 'pino';
import { build } from 'vite';
import { createApp, listen } from '@sourcetrace/api';
import { createSqliteStore, type Store } from '@sourcetrace/store';
import { webRoot } from '../../web-root.js';

const appDir = fileURLToPath(new URL('../..', import.meta.url));

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** Builds the page with Vite when dist is missing or older than its sources. */
export async function ensureBuilt(): Promise<void> {
  const index = join(webRoot, 'index.html');
  const sources = Math.max(
    ...['src', 'public', 'index.html', 'vite.config.ts'].map((name) =>
      newestChange(join(appDir, name)),
    ),
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  await build({ root: appDir, configFile: join(appDir, 'vite.config.ts'), logLevel: 'warn' });
}

export interface Served {
  url: string;
  store: Store;
  close(): Promise<void>;
}

/** The API with the web page, over a fresh SQLite file in a temporary folder. */
export async function serveCorpus(): Promise<Served> {
  const folder = mkdtempSync(join(tmpdir(), 'sourcetrace-web-'));
  const store = await createSqliteStore(join(folder, 'corpus.db'));
  const app = createApp({ store, config: { webRoot }, logger: pino({ level: 'silent' }) });
  const server = await listen(app);
  return {
    url: server.url,
    store,
    async close() {
      await server.close();
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** The system Chromium (never a downloaded browser). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}
