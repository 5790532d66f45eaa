import type { Database, Dialect, Row } from './database.js';
import { Keyset } from './keyset.js';

/**
 * How many of a list's newest rows, per row of the page, a PostgreSQL search walks in list
 * order before it reads every match instead. Words in more than about one row in a hundred
 * fill their page within them; a word no recent row holds costs this walk (about 3 ms at
 * 1,000,000 articles) and then a look-up of its few matches.
 */
export const PROBE_ROWS_PER_ROW = 100;

/** Quotes and claims: newest article first, then in reading order within the article. */
export function itemOrder(list: string, alias: string): Keyset {
  return new Keyset(list, [
    { expr: `${alias}.published_sort`, field: 'published_sort', direction: 'DESC', type: 'string' },
    { expr: `${alias}.article_seq`, field: 'article_seq', direction: 'DESC', type: 'integer' },
    { expr: `${alias}.idx`, field: 'idx', direction: 'ASC', type: 'integer' },
  ]);
}

/** Quotes or claims in list order: the table, its alias, the order and the statement around. */
export interface ItemList {
  table: 'quotes' | 'claims';
  alias: string;
  order: Keyset;
  /** The statement that reads a page, given the subquery selecting its rows (as alias). */
  around(rows: string): string;
}

/** Conditions with their parameters, in order. */
export interface Conditions {
  parts: string[];
  params: unknown[];
}

const whereOf = (parts: string[]) => (parts.length === 0 ? '' : `WHERE ${parts.join(' AND ')}`);

/**
 * The rows of one page of quotes or claims (`count` of them: the page and one more), filtered
 * by `filters` (cursor included) and, when `match` is given, by the words it matches.
 *
 * PostgreSQL picks between two plans for a search by its row estimate: walk the list order and
 * test each row (quick when the words are common), or read every match through the GIN index
 * and sort them (quick when they are few). The estimate multiplies the words' shares, so words
 * that always come together ('drought relief', in 3 % of quotes) looked 35 times rarer than
 * they are, and all their matches were read and sorted: 62,000 of them, 280 ms a page at
 * 1,000,000 articles. So the store chooses by what the rows hold: it walks a bounded number of
 * the newest rows, and only when those hold too few matches reads and sorts all the matches.
 * Words in fewer than one row in a hundred, but in many thousands of rows in all, still have
 * all those matches read: no index gives the matches of words in list order.
 */
export async function itemRows(
  db: Database,
  dialect: Dialect,
  list: ItemList,
  filters: Conditions,
  match: { sql: string; params: unknown[] } | null,
  count: number,
): Promise<Row[]> {
  const { table, alias: x, order } = list;
  const orderBy = order.orderBy();
  if (match === null || dialect.kind !== 'postgres') {
    const parts = match ? [match.sql, ...filters.parts] : filters.parts;
    const params = match ? [...match.params, ...filters.params] : filters.params;
    return db.all(
      list.around(`SELECT ${x}.* FROM ${table} ${x} ${whereOf(parts)} ORDER BY ${orderBy} LIMIT ?`),
      [...params, count],
    );
  }
  // The LIMIT inside keeps the walk to that many rows, whatever the estimate says.
  const walked = await db.all(
    list.around(
      `SELECT ${x}.* FROM (SELECT ${x}.* FROM ${table} ${x} ${whereOf(filters.parts)}
        ORDER BY ${orderBy} LIMIT ${PROBE_ROWS_PER_ROW * count}) ${x}
       WHERE ${match.sql} ORDER BY ${orderBy} LIMIT ?`,
    ),
    [...filters.params, ...match.params, count],
  );
  if (walked.length >= count) return walked;
  // Few matches among the newest rows, so few at all unless the words cluster in older articles.
  // MATERIALIZED keeps the planner from walking the list order for these matches again: the
  // matches (only their order columns) are all read from the GIN index and sorted.
  const keys = order.columns.map((column) => column.expr).join(', ');
  return db.all(
    list.around(
      `SELECT ${x}.* FROM ${table} ${x} WHERE ${x}.seq IN (
         WITH matched AS MATERIALIZED (
           SELECT ${x}.seq, ${keys} FROM ${table} ${x} ${whereOf([match.sql, ...filters.parts])})
         SELECT ${x}.seq FROM matched ${x} ORDER BY ${orderBy} LIMIT ?)`,
    ),
    [...match.params, ...filters.params, count],
  );
}
