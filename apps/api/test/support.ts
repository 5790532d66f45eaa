import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { openStore, type Store } from '@sourcetrace/store';
import { createApp } from '../src/app.js';
import type { ApiConfig } from '../src/config.js';

export const silentLogger = pino({ level: 'silent' });

export const TEST_DATABASE_URL =
  process.env.SOURCETRACE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestStore {
  store: Store;
  /** Closes the store and removes its file or schema. */
  dispose(): Promise<void>;
}

/** A fresh SQLite file in a temp folder. */
export async function sqliteTestStore(): Promise<TestStore> {
  const dir = mkdtempSync(join(tmpdir(), 'sourcetrace-api-'));
  const store = await openStore({ db: join(dir, 'test.db') });
  return {
    store,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh schema in the test PostgreSQL database, dropped afterwards. */
export async function postgresTestStore(): Promise<TestStore> {
  const schema = `api_test_${randomBytes(6).toString('hex')}`;
  const store = await openStore({ databaseUrl: TEST_DATABASE_URL, pgSchema: schema });
  return {
    store,
    dispose: async () => {
      await store.close();
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

export const ADAPTERS = [
  ['sqlite', sqliteTestStore],
  ['postgres', postgresTestStore],
] as const;

export function testApp(store: Store, config: ApiConfig = {}) {
  return createApp({ store, logger: silentLogger, config });
}

/** Invented articles for the tests: who said what, in plain text. */
export const INVENTED_ARTICLES = [
  [
    'Harbour town votes on new ferry line',
    '',
    '"We have waited twenty years for this," said Marta Quillfeather, the mayor of Westbrook.',
    'Transport analyst Oren Baskerfield told the Coastal Herald that the line "could pay for itself within a decade".',
    'According to council officials, the first boats will sail in spring.',
  ].join('\n'),
  [
    'Orchard growers count the cost of late frost',
    '',
    '"Half the blossom is gone," said Ilse Varnholt, who chairs the Valley Growers Association.',
    'Marta Quillfeather said the town would help the growers.',
  ].join('\n'),
];
