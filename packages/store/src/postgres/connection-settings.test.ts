import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { QuoteQuery } from '@sourcetrace/article-model';
import { createPostgresStore } from './postgres-store.js';

const url = process.env.SOURCETRACE_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

// A file of its own: pg warns of a deprecation once per process, so an earlier test that
// caused the warning would hide it from this one.
describe('PostgreSQL connection settings', () => {
  const schema = `st_test_${randomBytes(6).toString('hex')}`;
  afterEach(async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });

  it('are in place before a new connection takes its first query, with none queued behind them', async () => {
    const warnings: string[] = [];
    const listener = (warning: Error) => warnings.push(warning.message);
    process.on('warning', listener);
    try {
      const store = await createPostgresStore(url, schema);
      try {
        // Queries at once open new connections, each taking a query as soon as it is up.
        const pages = await Promise.all(
          Array.from({ length: 4 }, () => store.listQuotes(QuoteQuery.parse({}))),
        );
        expect(pages.map((page) => page.items)).toEqual([[], [], [], []]);
      } finally {
        await store.close();
      }
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', listener);
    }
    expect(warnings.filter((message) => message.includes('already executing a query'))).toEqual([]);
  });
});
