import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { storeContract } from '../../test/store-contract.js';
import { createPostgresStore } from './postgres-store.js';
import { MIGRATIONS } from './migrations.js';

const url = process.env.SOURCETRACE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Each run gets its own schema, dropped afterwards, so runs never see each other's data. */
function freshSchema(): string {
  return `st_test_${randomBytes(6).toString('hex')}`;
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

const schemas = new WeakMap<object, string>();
storeContract('PostgreSQL', {
  async open() {
    const schema = freshSchema();
    const store = await createPostgresStore(url, schema);
    schemas.set(store, schema);
    return store;
  },
  async dispose(store) {
    await store.close();
    await dropSchema(schemas.get(store) as string);
  },
});

describe('PostgreSQL migrations', () => {
  it('are recorded once and not applied again on the next start', async () => {
    const schema = freshSchema();
    try {
      await (await createPostgresStore(url, schema)).close();
      await (await createPostgresStore(url, schema)).close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query<{ version: number }>(
        `SELECT version FROM "${schema}".schema_migrations`,
      );
      await client.end();
      expect(rows.map((row) => row.version)).toEqual(
        MIGRATIONS.map((migration) => migration.version),
      );
    } finally {
      await dropSchema(schema);
    }
  });
});
