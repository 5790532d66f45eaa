import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { RelatedQuery, StatementQuery } from '@sourcetrace/article-model';
import { quotingArticle } from '../testing/index.js';
import type { Store } from '../types.js';
import { storeContract, type StoreFixture } from '../../test/store-contract.js';
import { statementContract } from '../../test/statement-contract.js';
import { searchContract } from '../../test/search-contract.js';
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
searchContract('PostgreSQL', fixture);

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

describe('statements written before migrations 13 and 14', () => {
  it('keep their wordings and searched words once, and read the same', async () => {
    const schema = freshSchema();
    const line =
      'The quarry road will close for repairs every night until the bridge inspection is finished';
    const reports = [
      { publisher: 'North Ledger', publishedAt: '2024-04-02', words: line },
      { publisher: 'South Courier', publishedAt: '2024-04-01', words: line.toUpperCase() },
      { publisher: 'East Post', publishedAt: '2024-04-03', words: line.replace('night', 'week') },
    ].map(({ words, ...spec }) =>
      quotingArticle({ ...spec, lines: [{ words, speaker: 'Ada Quill' }] }),
    );
    const read = async (store: Store) => {
      const { items } = await store.listStatements(StatementQuery.parse({}));
      const searched = await store.listStatements(StatementQuery.parse({ q: 'quarry road' }));
      return { items, searched, whole: await store.getStatement(items[0]!.id) };
    };
    let store = await createPostgresStore(url, schema);
    try {
      for (const article of reports) await store.putArticle(article);
      const before = await read(store);
      expect(before.searched.items).toHaveLength(1);
      expect(before.whole?.variants).toHaveLength(1);
      await store.close();
      // Back to how migration 12 left statements: every wording and searched words written out.
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`SET search_path TO "${schema}"`);
        await client.query(`UPDATE statement_wordings w SET display = sq.wording
          FROM statements s JOIN statement_quotes sq ON sq.statement_seq = s.seq AND sq.sort_key = s.first_key
            AND sq.article_seq = s.first_article_seq AND sq.idx = s.first_idx
          WHERE s.seq = w.statement_seq AND w.display = ''`);
        await client.query(`UPDATE statements s SET search = w.norm FROM statement_wordings w
          WHERE w.statement_seq = s.seq AND s.search = '' AND w.display = (
            SELECT sq.wording FROM statement_quotes sq WHERE sq.statement_seq = s.seq
              AND sq.sort_key = s.first_key AND sq.article_seq = s.first_article_seq AND sq.idx = s.first_idx)`);
        const blank = await client.query(`SELECT
          (SELECT count(*) FROM statement_wordings WHERE display = '') + (SELECT count(*) FROM statements WHERE search = '') AS n`);
        expect(Number(blank.rows[0].n)).toBe(0);
        await client.query(`DELETE FROM schema_migrations WHERE version >= 13`);
      } finally {
        await client.end();
      }
      store = await createPostgresStore(url, schema);
      expect(await read(store)).toEqual(before);
    } finally {
      await store.close();
      await dropSchema(schema);
    }
  });
});
