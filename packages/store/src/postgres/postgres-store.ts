import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Store } from '../types.js';
import { SqlStore } from '../sql/sql-store.js';
import type { Database, Dialect, Row } from '../sql/database.js';
import { MIGRATIONS } from './migrations.js';

/** Integers come back as numbers (counts are far below 2^53), not strings. */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC)
      return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
};

/** `?` placeholders become `$1, $2, ...` (the store's SQL never has a literal question mark). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

const statements = new Map<string, { text: string; name?: string }>();

/**
 * Reads are named prepared statements, so each connection plans a list query once rather than
 * on every page. Text search stays unnamed: its best plan depends on how common the words are.
 */
function statement(sql: string): { text: string; name?: string } {
  let found = statements.get(sql);
  if (!found) {
    const text = numbered(sql);
    const named = sql.trimStart().startsWith('SELECT') && !sql.includes('@@');
    found = named
      ? { text, name: `st_${createHash('sha1').update(text).digest('hex').slice(0, 20)}` }
      : { text };
    if (statements.size > 1000) statements.clear();
    statements.set(sql, found);
  }
  return found;
}

/** SQLSTATEs of a transaction the server rolled back for another's sake: it can run again. */
const DEADLOCK = '40P01';
const SERIALIZATION = '40001';
const MAX_ATTEMPTS = 5;

class PostgresDatabase implements Database {
  constructor(
    private readonly pool: pg.Pool,
    private readonly client?: pg.PoolClient,
  ) {}

  async all(sql: string, params: unknown[] = []): Promise<Row[]> {
    const result = await (this.client ?? this.pool).query<Row>({
      ...statement(sql),
      values: params,
    });
    return result.rows;
  }

  async run(sql: string, params: unknown[] = []): Promise<void> {
    await this.all(sql, params);
  }

  /**
   * Concurrent writers that share corpus entities can deadlock (one inserting an entity the
   * other is about to lock); the server then rolls one back, and that one simply runs again.
   */
  async transaction<T>(work: (tx: Database) => Promise<T>): Promise<T> {
    if (this.client) return work(this);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once(work);
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (attempt >= MAX_ATTEMPTS || (code !== DEADLOCK && code !== SERIALIZATION)) throw error;
      }
    }
  }

  private async once<T>(work: (tx: Database) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const value = await work(new PostgresDatabase(this.pool, client));
      await client.query('COMMIT');
      return value;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

const postgresDialect: Dialect = {
  kind: 'postgres',
  textMatch(_db, _table, alias, words) {
    // plainto_tsquery treats its input as plain words joined by AND: no query syntax.
    return Promise.resolve({
      sql: `${alias}.tsv @@ plainto_tsquery('english', ?)`,
      params: [words.join(' ')],
    });
  },
  rowSearch: { column: 'tsv', value: "to_tsvector('english', ?)" },
  // GIN indexes give matches in no order: itemRows chooses between a walk and a sort instead.
  searchPage: null,
  packsJson: false,
  partialCountIndexes: false,
  // The search vector is written with the row (rowSearch), so there is no separate index to fill.
  indexText: () => Promise.resolve(),
  unindexText: () => Promise.resolve(),
  integerRows(values, width) {
    const columns = Array.from({ length: width }, (_, i) =>
      values.filter((_value, at) => at % width === i),
    );
    const arrays = columns.map(() => '?::integer[]').join(', ');
    const names = columns.map((_, i) => `c${i}`).join(', ');
    // One statement: an array parameter per column, however many rows.
    return [{ sql: `SELECT * FROM unnest(${arrays}) AS r (${names})`, params: columns }];
  },
  bulkRows(rows, types) {
    if (rows.length === 0) return [];
    const columns = types.map((_, i) => rows.map((row) => row[i]));
    const arrays = types.map((type) => `?::${type}[]`).join(', ');
    return [{ sql: `SELECT * FROM unnest(${arrays})`, params: columns }];
  },
  bulkIn(column, values, type) {
    return values.length === 0 ? [] : [{ sql: `${column} = ANY(?::${type}[])`, params: [values] }];
  },
};

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Applies the migrations not yet recorded, under an advisory lock so two starting servers do not race. */
async function migrate(client: pg.PoolClient, schema: string): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`sourcetrace:${schema}`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
    await client.query(`SET LOCAL search_path TO ${quoteIdentifier(schema)}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const applied = new Set(
      (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map(
        (row) => row.version,
      ),
    );
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** A store in PostgreSQL; everything lives in `schema` (default public), created and migrated on start. */
export async function createPostgresStore(
  connectionString: string,
  schema = 'public',
  options: { statements?: boolean; asyncCommit?: boolean } = {},
): Promise<Store> {
  const commit = options.asyncCommit ? '; SET synchronous_commit = off' : '';
  const pool = new pg.Pool({
    connectionString,
    types,
    max: 4,
    // Set per connection before the pool hands it out, so no query waits behind it (pg warns
    // of a query sent while another runs); session settings given in the connection string
    // (?options=-c ...) still apply. A connection whose settings fail is not used, rather than
    // read another schema. JIT compilation costs more than it saves on these short,
    // index-driven queries.
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- pg-pool awaits it; its types say void
    onConnect: (client) =>
      client.query(`SET search_path TO ${quoteIdentifier(schema)}; SET jit = off${commit}`),
  });
  // An idle connection that breaks (server restart) must not crash the process; the pool
  // replaces it and the next query reports any lasting problem.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    try {
      await migrate(client, schema);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  return new SqlStore(new PostgresDatabase(pool), postgresDialect, options.statements ?? true);
}
