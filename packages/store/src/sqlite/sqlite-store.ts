import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Store } from '../types.js';
import { SqlStore } from '../sql/sql-store.js';
import {
  valuesList,
  type Database,
  type Dialect,
  type Row,
  type SearchTable,
} from '../sql/database.js';
import { SQLITE_SCHEMA, SQLITE_SCHEMA_VERSION } from './schema.js';

/** better-sqlite3 is synchronous; this wraps it in the Promise API and serialises transactions. */
class SqliteDatabase implements Database {
  private readonly statements = new Map<string, BetterSqlite3.Statement>();
  /** Transactions queue here: awaits inside one must not let another interleave. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly connection: BetterSqlite3.Database) {}

  private statement(sql: string): BetterSqlite3.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      if (this.statements.size > 500) this.statements.clear();
      statement = this.connection.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  all(sql: string, params: unknown[] = []): Promise<Row[]> {
    try {
      const statement = this.statement(sql);
      if (!statement.reader) {
        statement.run(...params);
        return Promise.resolve([]);
      }
      return Promise.resolve(statement.all(...params) as Row[]);
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }

  async run(sql: string, params: unknown[] = []): Promise<void> {
    await this.all(sql, params);
  }

  transaction<T>(work: (tx: Database) => Promise<T>): Promise<T> {
    const result = this.queue.then(async () => {
      this.connection.exec('BEGIN IMMEDIATE');
      try {
        const value = await work(this);
        this.connection.exec('COMMIT');
        return value;
      } catch (error) {
        if (this.connection.inTransaction) this.connection.exec('ROLLBACK');
        throw error;
      }
    });
    this.queue = result.catch(() => undefined);
    return result;
  }

  close(): Promise<void> {
    this.connection.close();
    return Promise.resolve();
  }
}

const sqliteDialect: Dialect = {
  kind: 'sqlite',
  textMatch(table: SearchTable, alias: string, words: string[]) {
    // Each word quoted as an FTS5 string, so user input is never FTS syntax. The unary + keeps
    // SQLite from looking every match up by rowid and sorting them all: it walks the list's order
    // index instead and checks each row against the matches, stopping when the page is full.
    const expression = words.map((word) => `"${word.replace(/"/g, '""')}"`).join(' ');
    return {
      sql: `+${alias}.seq IN (SELECT rowid FROM ${table}_fts WHERE ${table}_fts MATCH ?)`,
      params: [expression],
    };
  },
  rowSearch: null,
  async indexText(tx, table, rows) {
    if (rows.length === 0) return;
    const values = valuesList(rows.map((row) => [row.seq, row.text]));
    await tx.run(`INSERT INTO ${table}_fts (rowid, body) VALUES ${values.sql}`, values.params);
  },
  async unindexText(tx, table, seqsSql, params) {
    await tx.run(`DELETE FROM ${table}_fts WHERE rowid IN (${seqsSql})`, params);
  },
};

/** A store in one SQLite file (WAL), or in memory for ':memory:'; the folder is created if missing. */
export function createSqliteStore(file: string): Promise<Store> {
  if (file !== ':memory:' && !file.startsWith('file:'))
    mkdirSync(dirname(file), { recursive: true });
  const connection = new BetterSqlite3(file);
  try {
    connection.pragma('journal_mode = WAL');
    connection.pragma('synchronous = NORMAL');
    connection.pragma('busy_timeout = 5000');
    // A generous page cache and memory-mapped reads keep list queries off the disk.
    connection.pragma('cache_size = -65536');
    connection.pragma('mmap_size = 268435456');
    connection.pragma('temp_store = MEMORY');
    const version = Number(connection.pragma('user_version', { simple: true }));
    if (version !== 0 && version !== SQLITE_SCHEMA_VERSION) {
      throw new Error(
        `${file} has corpus schema ${version}, this Sourcetrace reads schema ${SQLITE_SCHEMA_VERSION}: re-ingest into a new file`,
      );
    }
    connection.exec(SQLITE_SCHEMA);
    connection.pragma(`user_version = ${SQLITE_SCHEMA_VERSION}`);
  } catch (error) {
    connection.close();
    throw error;
  }
  return Promise.resolve(new SqlStore(new SqliteDatabase(connection), sqliteDialect));
}
