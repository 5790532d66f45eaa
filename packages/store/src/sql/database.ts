import type { CursorValues } from '../cursor.js';

/** A row as the database returns it. */
export type Row = Record<string, unknown>;

/**
 * The little the store needs from a database. SQL uses `?` placeholders; the PostgreSQL
 * side numbers them. Both adapters run the same statements except where the dialect says.
 */
export interface Database {
  all(sql: string, params?: unknown[]): Promise<Row[]>;
  run(sql: string, params?: unknown[]): Promise<void>;
  /** Runs `work` in one transaction; writes are serialised. */
  transaction<T>(work: (tx: Database) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type SearchTable = 'articles' | 'quotes' | 'claims';

/** Column types of values handed to the database in bulk. */
export type BulkType = 'bigint' | 'text';

/** One statement's worth of bulk values: SQL to put in the statement, and its parameters. */
export interface BulkPart {
  sql: string;
  params: unknown[];
}

/** A page of a list searched for words, in the list's own order, from a cursor or its start. */
export interface SearchedPage {
  table: SearchTable;
  /** The table's alias in `orderBy` and `after`. */
  alias: string;
  /** The list order: published_sort DESC first (then seq, or article_seq and idx). */
  orderBy: string;
  /** The cursor's condition and its values (published_sort first), or null on the first page. */
  after: { sql: string; params: unknown[]; values: CursorValues } | null;
  /** Rows wanted: the page and one more. */
  count: number;
}

/** Where SQLite and PostgreSQL differ: full-text search. */
export interface Dialect {
  readonly kind: 'sqlite' | 'postgres';
  /**
   * A condition on `alias.seq` that matches rows containing every word. It may ask `db` how
   * many rows match, to choose how the condition is best written.
   */
  textMatch(
    db: Database,
    table: SearchTable,
    alias: string,
    words: string[],
  ): Promise<{ sql: string; params: unknown[] }>;
  /**
   * The seqs of a page of a list searched for `words` and filtered by nothing else, in list
   * order, when the search index can give them in that order (SQLite); null otherwise.
   */
  readonly searchPage:
    ((db: Database, page: SearchedPage, words: string[]) => Promise<number[]>) | null;
  /**
   * PostgreSQL keeps the search vector in the row itself: the column and the SQL that makes
   * it from the text. Null when the search index is a table of its own (SQLite FTS5).
   */
  readonly rowSearch: { column: string; value: string } | null;
  /**
   * Whether article, quote and claim JSON is written packed (corpus/packing.ts): SQLite has no
   * compression of its own; PostgreSQL compresses large values itself and keeps plain text.
   */
  readonly packsJson: boolean;
  /**
   * Whether the corpus entity count indexes hold only the entities without the count's common
   * value (SQLite, sql/indexes.ts), so a list by a count is read in parts; PostgreSQL's hold all.
   */
  readonly partialCountIndexes: boolean;
  /** Adds rows, all published at `publishedSort`, to a separate search index (rowSearch null). */
  indexText(
    tx: Database,
    table: SearchTable,
    rows: { seq: number; text: string }[],
    publishedSort: string,
  ): Promise<void>;
  /** Removes the search entries of rows about to be deleted, all published at `publishedSort`. */
  unindexText(
    tx: Database,
    table: SearchTable,
    seqsSql: string,
    params: unknown[],
    publishedSort: string,
  ): Promise<void>;
  /**
   * SELECTs yielding rows of integers as columns c0, c1, ..., in as few statements of as few
   * distinct shapes as the database handles best, for tens of thousands of rows. `values` holds
   * the rows one after another, `width` values each.
   */
  integerRows(values: number[], width: number): { sql: string; params: unknown[] }[];
  /**
   * The rows of `INSERT INTO t (columns) <rows>`, in as few statements as suit the database:
   * VALUES lists of a few fixed lengths (SQLite prepares each shape once), or one SELECT over an
   * array parameter per column (PostgreSQL, which would otherwise parse and plan thousands of
   * parameters per statement). `types` holds each column's type.
   */
  bulkRows(rows: unknown[][], types: BulkType[]): BulkPart[];
  /** `column IN (values)`, split the same way: fixed-length lists, or one array parameter. */
  bulkIn(column: string, values: unknown[], type: BulkType): BulkPart[];
}

/**
 * Parameters one statement may carry: below SQLite's 32766 and PostgreSQL's 65535, so an
 * article with thousands of entities or claims is written in several statements, not refused.
 */
const MAX_PARAMS = 30_000;

/** Splits rows (or ids) into runs small enough for one statement. */
export function chunks<T>(items: T[], paramsPerItem = 1): T[][] {
  const size = Math.max(1, Math.floor(MAX_PARAMS / paramsPerItem));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Rows of a multi-row VALUES list: `(?, ?), (?, ?)` and the flattened parameters. */
export function valuesList(rows: unknown[][]): { sql: string; params: unknown[] } {
  const width = rows[0]?.length ?? 0;
  const tuple = `(${Array.from({ length: width }, () => '?').join(', ')})`;
  const params: unknown[] = [];
  for (const row of rows) for (const value of row) params.push(value);
  return { sql: Array.from({ length: rows.length }, () => tuple).join(', '), params };
}
