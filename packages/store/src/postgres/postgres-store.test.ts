import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { RelatedQuery } from '@sourcetrace/article-model';
import { storeContract, type StoreFixture } from '../../test/store-contract.js';
import { statementContract } from '../../test/statement-contract.js';
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
const fixture: StoreFixture = {
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
};
storeContract('PostgreSQL', fixture);
statementContract('PostgreSQL', fixture);

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

describe('a schema at migration 1', () => {
  it('is migrated on start, its co-occurrence counts kept', async () => {
    const schema = freshSchema();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA "${schema}"; SET search_path TO "${schema}"`);
      await client.query(`CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now())`);
      await client.query(MIGRATIONS[0]!.sql);
      await client.query(`INSERT INTO schema_migrations (version, name) VALUES (1, 'first')`);
      // Three invented people: the first shares two articles with the second, one with the third.
      const people: [string, string][] = [
        ['ca', 'Ada Quill'],
        ['cb', 'Bo Renn'],
        ['cc', 'Cy Tamm'],
      ];
      for (const [id, name] of people)
        await client.query(
          `INSERT INTO corpus_entities VALUES ($1, $2, 'person', $3, lower($3), 'x', 1, lower($3), '[]', '[]',
             0, 0, 2, 2, 0, 0, 0)`,
          [id, `person:${name.toLowerCase()}`, name],
        );
      await client.query(`INSERT INTO entity_pairs VALUES ('ca', 'cb', 2), ('cb', 'ca', 2),
        ('ca', 'cc', 1), ('cc', 'ca', 1)`);
    } finally {
      await client.end();
    }
    const store = await createPostgresStore(url, schema);
    try {
      const related = await store.relatedEntities('ca', RelatedQuery.parse({}));
      expect(related.items.map((item) => [item.entity.name, item.articles])).toEqual([
        ['Bo Renn', 2],
        ['Cy Tamm', 1],
      ]);
      expect(
        (await store.relatedEntities('cc', RelatedQuery.parse({}))).items.map((i) => i.entity.id),
      ).toEqual(['ca']);
    } finally {
      await store.close();
      await dropSchema(schema);
    }
  });
});
