import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openStore } from './index.js';

const url = process.env.SOURCETRACE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

describe('openStore', () => {
  it('opens SQLite when a file is given, even with DATABASE_URL set', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sourcetrace-open-'));
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = url;
    try {
      const store = await openStore({ db: join(folder, 'nested', 'corpus.db') });
      expect(store.kind).toBe('sqlite');
      await store.close();
    } finally {
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
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
