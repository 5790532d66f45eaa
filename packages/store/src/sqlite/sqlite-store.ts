import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Store } from '../types.js';
import { InvalidSearchError } from '../errors.js';
import { SqlStore } from '../sql/sql-store.js';
import {
  valuesList,
  type Database,
  type Dialect,
  type Row,
  type SearchTable,
} from '../sql/database.js';
import { runs } from '../sql/runs.js';
import { keyedSearch } from './keyed-search.js';
import { rekeySearch } from './rekey-search.js';
import { searchKey, SEQ_MASK } from './search-keys.js';
import {
  SQLITE_MIGRATIONS,
  SQLITE_MIGRATIONS_AFTER_SCHEMA,
  SQLITE_SCHEMA,
  SQLITE_SCHEMA_VERSION,
} from './schema.js';

const MAX_PREPARED = 4000;

/** better-sqlite3 is synchronous; this wraps it in the Promise API and serialises transactions. */
class SqliteDatabase implements Database {
  private readonly statements = new Map<string, BetterSqlite3.Statement>();
  /** Transactions queue here: awaits inside one must not let another interleave. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly connection: BetterSqlite3.Database) {}

  /**
   * Prepared statements by SQL, least recently used first. Multi-row VALUES lists come in many
   * lengths, so an ingest uses a few thousand shapes; preparing one costs more than running it.
   */
  private statement(sql: string): BetterSqlite3.Statement {
    let statement = this.statements.get(sql);
    if (statement) {
      this.statements.delete(sql);
    } else {
      if (this.statements.size >= MAX_PREPARED)
        this.statements.delete(this.statements.keys().next().value as string);
      statement = this.connection.prepare(sql);
    }
    this.statements.set(sql, statement);
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
      // FTS5 refuses some search text a query passes on as words: the asker's mistake, not ours
      // (only a query that searches: an FTS5 failure while writing is the store's own)
      if (error instanceof Error && error.message.startsWith('fts5:') && sql.includes(' MATCH '))
        return Promise.reject(new InvalidSearchError());
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

const placeholders = new Map<string, string>();
/** `(?, ?), (?, ?)`: rows of placeholders, made once per shape. */
function placeholderRows(rows: number, width: number): string {
  const shape = `${rows}x${width}`;
  let sql = placeholders.get(shape);
  if (sql === undefined) {
    sql = valuesList(Array.from({ length: rows }, () => new Array<unknown>(width))).sql;
    placeholders.set(shape, sql);
  }
  return sql;
}

/** The rows' values one after another (Array.prototype.flat cost more than the statement). */
function flatten(rows: unknown[][]): unknown[] {
  const width = rows[0]?.length ?? 0;
  const values = new Array<unknown>(rows.length * width);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (let c = 0; c < width; c++) values[r * width + c] = row[c];
  }
  return values;
}

/** Rows per VALUES statement: 512 while there are that many, then powers of two. */
function valuesRunLength(remaining: number): number {
  let size = 512;
  while (size > remaining) size /= 2;
  return size;
}

/**
 * At most this many rows match a search that is answered by looking its matches up: sorting a
 * few thousand rows costs less than walking an order index for a page that may never fill.
 */
const FEW_TEXT_MATCHES = 2000;

/** Each word quoted as an FTS5 string, so user input is never FTS syntax. */
const ftsExpression = (words: string[]) =>
  words.map((word) => `"${word.replace(/"/g, '""')}"`).join(' ');

const sqliteDialect: Dialect = {
  kind: 'sqlite',
  async textMatch(db: Database, table: SearchTable, alias: string, words: string[]) {
    const expression = ftsExpression(words);
    const matches = `SELECT rowid & ${SEQ_MASK} FROM ${table}_fts WHERE ${table}_fts MATCH ?`;
    // A search with other filters. With many matches, the unary + keeps SQLite from looking
    // every match up by seq and sorting them all: it walks the filter's index in list order
    // instead and checks each row against the matches, stopping when the page is full. With
    // few, that walk would read the whole index before the page fills (at 1,000,000 articles,
    // 135 ms for a word no quote holds), so the matches are looked up and sorted instead.
    // Counting to one more than "few" says which (counted in SQL: fetching the rowids costs ten
    // times as much).
    const [counted] = await db.all(
      `SELECT count(*) AS n FROM (${matches} LIMIT ${FEW_TEXT_MATCHES + 1})`,
      [expression],
    );
    const walk = Number(counted?.n ?? 0) > FEW_TEXT_MATCHES ? '+' : '';
    return { sql: `${walk}${alias}.seq IN (${matches})`, params: [expression] };
  },
  searchPage: (db, page, words) => keyedSearch(db, page, ftsExpression(words)),
  rowSearch: null,
  packsJson: true,
  partialCountIndexes: true,
  async indexText(tx, table, rows, publishedSort) {
    if (rows.length === 0) return;
    const values = valuesList(
      rows.map((row) => [BigInt(searchKey(publishedSort, row.seq)), row.text]),
    );
    await tx.run(`INSERT INTO ${table}_fts (rowid, body) VALUES ${values.sql}`, values.params);
  },
  async unindexText(tx, table, seqsSql, params, publishedSort) {
    await tx.run(
      `WITH gone (seq) AS (${seqsSql})
       DELETE FROM ${table}_fts WHERE rowid IN (SELECT ? + seq FROM gone)`,
      [...params, BigInt(searchKey(publishedSort, 0))],
    );
  },
  integerRows(values, width) {
    // VALUES lists of a few fixed lengths, so their statements are prepared once and reused.
    const columns = Array.from({ length: width }, (_, i) => `column${i + 1} AS c${i}`).join(', ');
    const rows = values.length / width;
    const parts: { sql: string; params: unknown[] }[] = [];
    for (let start = 0; start < rows;) {
      const size = valuesRunLength(rows - start);
      parts.push({
        sql: `SELECT ${columns} FROM (VALUES ${placeholderRows(size, width)})`,
        params: values.slice(start * width, (start + size) * width),
      });
      start += size;
    }
    return parts;
  },
  bulkRows(rows) {
    return runs(rows).map((part) => ({
      sql: `VALUES ${placeholderRows(part.length, part[0]?.length ?? 0)}`,
      params: flatten(part),
    }));
  },
  bulkIn(column, values) {
    return runs(values).map((part) => ({
      sql: `${column} IN (${part.map(() => '?').join(', ')})`,
      params: part,
    }));
  },
};

/** Steps that need more than SQL, by the version they start from, run after the SQL ones. */
const MIGRATION_TASKS: Record<number, (connection: BetterSqlite3.Database) => void> = {
  20: rekeySearch,
};

/**
 * Brings the file to the current schema: a new file gets it whole, an older one is migrated
 * step by step, all in one transaction so a failure leaves the file as it was.
 */
function migrate(connection: BetterSqlite3.Database, file: string): void {
  const version = Number(connection.pragma('user_version', { simple: true }));
  if (version === SQLITE_SCHEMA_VERSION) {
    connection.exec(SQLITE_SCHEMA);
    return;
  }
  const known = version === 0 || version in SQLITE_MIGRATIONS;
  if (!known || version > SQLITE_SCHEMA_VERSION) {
    throw new Error(
      `${file} has corpus schema ${version}, this Sourcetrace reads schema ${SQLITE_SCHEMA_VERSION}: re-ingest into a new file`,
    );
  }
  connection
    .transaction(() => {
      if (version !== 0)
        for (let step = version; step < SQLITE_SCHEMA_VERSION; step++) {
          const sql = SQLITE_MIGRATIONS[step];
          if (sql === undefined)
            throw new Error(`${file}: no migration from corpus schema ${step}`);
          connection.exec(sql);
        }
      connection.exec(SQLITE_SCHEMA);
      if (version !== 0)
        for (let step = version; step < SQLITE_SCHEMA_VERSION; step++) {
          const sql = SQLITE_MIGRATIONS_AFTER_SCHEMA[step];
          if (sql !== undefined) connection.exec(sql);
          MIGRATION_TASKS[step]?.(connection);
        }
      connection.pragma(`user_version = ${SQLITE_SCHEMA_VERSION}`);
    })
    .immediate();
}

/**
 * A store in one SQLite file (WAL), or in memory for ':memory:'; the folder is created if
 * missing. A file it cannot read (a schema it does not know) is a rejection, not a throw.
 */
export async function createSqliteStore(
  file: string,
  options: { statements?: boolean } = {},
): Promise<Store> {
  if (file !== ':memory:' && !file.startsWith('file:'))
    mkdirSync(dirname(file), { recursive: true });
  const connection = new BetterSqlite3(file);
  try {
    // 16 KiB pages for a new file: a packed article body (a few KiB) then shares a page instead
    // of spilling into overflow pages of its own. A file that exists keeps its page size.
    connection.pragma('page_size = 16384');
    connection.pragma('journal_mode = WAL');
    connection.pragma('synchronous = NORMAL');
    connection.pragma('busy_timeout = 5000');
    // A generous page cache and memory-mapped reads keep list queries off the disk.
    connection.pragma('cache_size = -65536');
    connection.pragma('mmap_size = 268435456');
    connection.pragma('temp_store = MEMORY');
    // Checkpoints every 10,000 pages of log (160 MiB at 16 KiB pages) rather than 1,000: a bulk
    // ingest commits far less often into the main file; the log is cut back to 64 MB after.
    connection.pragma('wal_autocheckpoint = 10000');
    connection.pragma('journal_size_limit = 67108864');
    migrate(connection, file);
  } catch (error) {
    connection.close();
    throw error;
  }
  return new SqlStore(new SqliteDatabase(connection), sqliteDialect, options.statements ?? true);
}
