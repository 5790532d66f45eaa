import type { CursorValues } from '../cursor.js';
import type { Database, Row, SearchedPage } from '../sql/database.js';
import { dayRange, KEY_STEP, searchDay, SEQ_MASK } from './search-keys.js';

/**
 * The seqs of a page of a searched list, in list order, read from the search index in its rowid
 * order (search-keys.ts: day, then seq) and stopping once the page is full, whatever the number
 * of matches. Within one day rowid order is seq order, not list order, so the page is made exact
 * by reading, besides the first `count` matches, the rest of the day of the last of them when
 * that day holds rows published later than the page's oldest (a day of one published time, as
 * undated rows and dates without a time are, needs none of it). Quotes and claims of one
 * article share a published time: the rest of that article is read too.
 */
export async function keyedSearch(
  db: Database,
  page: SearchedPage,
  expression: string,
): Promise<number[]> {
  const { table, alias: x } = page;
  const items = table !== 'articles';
  const upper = page.after ? await upperKey(db, page, page.after.values) : null;
  const read = (lowest: number | null, select: string, orderBy: string) => {
    const fts = `${table}_fts`;
    const where = [`${fts} MATCH ?`];
    const params: unknown[] = [expression];
    const add = (sql: string, ...values: unknown[]) => {
      where.push(sql);
      params.push(...values);
    };
    // Keys bound as BigInt: bound as a JavaScript number (a REAL), FTS5 reads every match.
    if (lowest !== null) add(`${fts}.rowid >= ?`, BigInt(lowest));
    if (upper !== null) add(`${fts}.rowid < ?`, BigInt(upper));
    if (page.after) add(page.after.sql, ...page.after.params);
    return db.all(
      `SELECT ${select} FROM ${fts} JOIN ${table} ${x} ON ${x}.seq = ${fts}.rowid & ${SEQ_MASK}
       WHERE ${where.join(' AND ')} ORDER BY ${orderBy} LIMIT ?`,
      [...params, page.count],
    );
  };
  const first = await read(
    null,
    `${x}.seq, ${table}_fts.rowid >> 32 AS day, ${x}.published_sort${items ? `, ${x}.article_seq` : ''}`,
    `${table}_fts.rowid DESC`,
  );
  const seqs = first.map((row) => Number(row.seq));
  const last = first[first.length - 1];
  if (first.length < page.count || !last) return seqs;
  const lowest = await lowestKey(db, page, first, last);
  if (lowest === null) return seqs;
  return (await read(lowest, `${x}.seq`, page.orderBy)).map((row) => Number(row.seq));
}

const exists = async (db: Database, table: string, conditions: string[], params: unknown[]) =>
  (await db.all(`SELECT 1 FROM ${table} WHERE ${conditions.join(' AND ')} LIMIT 1`, params))
    .length > 0;

/**
 * The lowest rowid a page whose first `count` matches in rowid order are `first` must also
 * read, or null when those are the page: rows of the last one's day published later than the
 * oldest of them, and (quotes and claims) the rest of the last one's article.
 */
async function lowestKey(
  db: Database,
  page: SearchedPage,
  first: Row[],
  last: Row,
): Promise<number | null> {
  const day = Number(last.day);
  const oldest = first.reduce(
    (least, row) => (String(row.published_sort) < least ? String(row.published_sort) : least),
    String(last.published_sort),
  );
  const range = dayRange(day, 'published_sort');
  const later = ['published_sort > ?', ...(range.to === null ? [] : [range.to])];
  if (day !== 0 && (await exists(db, page.table, later, [oldest]))) return day * KEY_STEP;
  if (page.table === 'articles') return null;
  const [article] = await db.all(
    `SELECT min(seq) AS seq FROM ${page.table} WHERE published_sort = ? AND article_seq = ?`,
    [last.published_sort, last.article_seq],
  );
  const start = Number(article?.seq ?? last.seq);
  return start < Number(last.seq) ? day * KEY_STEP + start : null;
}

/**
 * The rowid below which every match after the cursor lies: the end of the cursor row's day when
 * that day holds rows published before it, otherwise just past the cursor row (articles) or past
 * its article's last quote or claim, which follow it when they come later in reading order.
 */
async function upperKey(db: Database, page: SearchedPage, cursor: CursorValues): Promise<number> {
  const published = String(cursor[0]);
  const day = searchDay(published);
  const nextDay = (day + 1) * KEY_STEP;
  const range = dayRange(day, 'published_sort');
  const earlier = [range.from, 'published_sort < ?'];
  if (day !== 0 && (await exists(db, page.table, earlier, [published]))) return nextDay;
  if (page.table === 'articles') return day * KEY_STEP + Number(cursor[1]);
  const [article] = await db.all(
    `SELECT max(seq) AS seq FROM ${page.table} WHERE published_sort = ? AND article_seq = ?`,
    [published, cursor[1]],
  );
  return article?.seq == null ? nextDay : day * KEY_STEP + Number(article.seq) + 1;
}
