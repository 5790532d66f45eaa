import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { createPostgresStore, createSqliteStore, type Store } from '../src/index.js';

export const DATABASE_URL =
  process.env.SOURCETRACE_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export type AdapterName = 'sqlite' | 'postgres';

/** A fresh, empty store of one kind, and how to clean it away afterwards. */
export interface BenchAdapter {
  name: AdapterName;
  open(): Promise<Store>;
  /** Refreshes planner statistics after a bulk load, as a deployment's autovacuum would. */
  analyze(): Promise<void>;
  /** Bytes on disk: tables, indexes and (SQLite) the write-ahead log. */
  sizeBytes(): Promise<number>;
  cleanup(): Promise<void>;
}

/**
 * bulkLoad: the corpus is only set up for timing queries, so on PostgreSQL its commits need not
 * wait for the disk (synchronous_commit off for these connections alone). statements: match
 * quotes into statements at ingest (the default); off only to measure what that costs.
 */
export function benchAdapter(
  name: AdapterName,
  folder: string,
  { bulkLoad = false, statements = true } = {},
): BenchAdapter {
  if (name === 'sqlite') {
    const file = join(folder, `corpus-${randomBytes(4).toString('hex')}.db`);
    return {
      name,
      open: () => createSqliteStore(file, { statements }),
      analyze: () => Promise.resolve(),
      sizeBytes: () =>
        Promise.resolve(
          [file, `${file}-wal`].reduce((sum, f) => sum + (existsSync(f) ? statSync(f).size : 0), 0),
        ),
      cleanup: () => Promise.resolve(),
    };
  }
  const schema = `st_bench_${randomBytes(5).toString('hex')}`;
  const admin = async (...statements: string[]) => {
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    try {
      let last: pg.QueryResult | undefined;
      for (const sql of statements) last = await client.query(sql);
      return last;
    } finally {
      await client.end();
    }
  };
  return {
    name,
    open: () =>
      createPostgresStore(
        bulkLoad ? withOptions(DATABASE_URL, '-c synchronous_commit=off') : DATABASE_URL,
        schema,
        { statements },
      ),
    // Statistics fresh and the bulk load flushed, so queries are timed in a steady state.
    analyze: async () => {
      await admin(`SET search_path TO "${schema}"`, 'VACUUM ANALYZE', 'CHECKPOINT');
    },
    sizeBytes: async () => {
      const result = await admin(
        `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint AS bytes
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = '${schema}' AND c.relkind IN ('r', 'm')`,
      );
      return Number(result?.rows[0]?.bytes ?? 0);
    },
    cleanup: async () => {
      await admin(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    },
  };
}

function withOptions(url: string, options: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('options', options);
  return parsed.toString();
}
