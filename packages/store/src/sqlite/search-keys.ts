/**
 * The rowid a SQLite search index (FTS5) keeps an article, quote or claim under: its day of
 * publication above its seq. FTS5 returns matches in rowid order, so they come newest day
 * first and a search's first page is among the first matches read (keyed-search.ts). Keyed by
 * seq alone, every match was read, to sort them or to test the list's rows against them: a
 * cost that grew with the matches (p95 31 ms for the benchmark's words at 1,000,000 articles).
 *
 * Days and not finer: a doclist entry that changes day costs 5 bytes or more, one within a day
 * what its seq's difference does; and the rows of one day are few enough to sort.
 */

/** A key is its day times this plus its seq: seqs stay below 2^32. */
export const KEY_STEP = 2 ** 32;
/** A key's seq, as SQL: `key & SEQ_MASK`. */
export const SEQ_MASK = KEY_STEP - 1;

/** The first day kept apart; published times before it (and undated ones) share a day each. */
const FIRST = '1800-01-01T00:00:00.000Z';
const FIRST_TIME = Date.parse(FIRST);
const DAY = 86_400_000;
/** The last day, so keys stay below 2^53, exact as JavaScript numbers: the years 7541 on share it. */
const LAST_DAY = 2 ** 21 - 2;

/**
 * The day of a published_sort value, in its string order as the list sorts it: 0 undated (''),
 * 1 before 1800 (and the years beyond 9999, whose ISO form starts with a sign), then one a day.
 */
export function searchDay(publishedSort: string): number {
  if (publishedSort === '') return 0;
  if (publishedSort < FIRST) return 1;
  const days = Math.floor((Date.parse(publishedSort) - FIRST_TIME) / DAY);
  return Math.min(LAST_DAY, 2 + days);
}

/** The search index rowid of a row published at `publishedSort`. */
export function searchKey(publishedSort: string, seq: number): number {
  if (!Number.isSafeInteger(seq) || seq < 0 || seq >= KEY_STEP)
    throw new RangeError(`seq ${seq} is beyond what the SQLite search index keys hold`);
  return searchDay(publishedSort) * KEY_STEP + seq;
}

/**
 * The published_sort values of a day's rows, as SQL conditions on `column`: from its start
 * (inclusive) to its end (exclusive; none for the last day). The undated day holds '' alone.
 */
export function dayRange(day: number, column: string): { from: string; to: string | null } {
  if (day === 0) return { from: `${column} = ''`, to: `${column} = ''` };
  if (day === 1) return { from: `${column} > ''`, to: `${column} < '${FIRST}'` };
  const start = (offset: number) => new Date(FIRST_TIME + (day - 2 + offset) * DAY).toISOString();
  return {
    from: `${column} >= '${start(0)}'`,
    to: day === LAST_DAY ? null : `${column} < '${start(1)}'`,
  };
}
