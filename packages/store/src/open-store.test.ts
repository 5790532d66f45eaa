import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openStore } from './index.js';

const url = process.env.SOURCETRACE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

describe('openStore', () => {
  it('opens SQLite when no database URL is given', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sourcetrace-open-'));
    try {
      const store = await openStore({ db: join(folder, 'corpus.db'), databaseUrl: '' });
      expect(store.kind).toBe('sqlite');
      await store.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('opens PostgreSQL in its own schema when a database URL is given', async () => {
    const schema = `st_test_${randomBytes(6).toString('hex')}`;
    const store = await openStore({ databaseUrl: url, pgSchema: schema });
    try {
      expect(store.kind).toBe('postgres');
      expect(await store.countArticles()).toBe(0);
    } finally {
      await store.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    }
  });
});
