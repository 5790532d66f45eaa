import type { BulkType, Database, Dialect } from '../sql/database.js';
import { DISPLAY_SAME_AS_FIRST } from './displays.js';

/** One quote of the article being added that is long enough to be a statement. */
export interface Incoming {
  idx: number;
  quoteId: string;
  wording: string;
  words: string[];
  keys: number[];
  /** Corpus id of a named speaker; '' when the article names no one (or an anonymous one). */
  speakerKey: string;
}

/**
 * Adds one to a side table's count per (statement, value) row, creating rows as needed;
 * returns the statements that gained a row.
 */
async function addCounts(
  tx: Database,
  dialect: Dialect,
  table: string,
  column: string,
  rows: [number, string][],
): Promise<Set<number>> {
  const counted = new Map<string, [number, string, number]>();
  for (const [statement, value] of rows) {
    const key = `${statement}\u0000${value}`;
    const entry = counted.get(key) ?? [statement, value, 0];
    entry[2]++;
    counted.set(key, entry);
  }
  const sorted = [...counted.values()].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
  /** Statements that gained a row: a speaker or outlet they did not have. */
  const created = new Set<number>();
  for (const part of dialect.bulkRows(sorted, ['bigint', 'text', 'bigint'])) {
    const returned = await tx.all(
      `INSERT INTO ${table} (statement_seq, ${column}, n) ${part.sql}
       ON CONFLICT (statement_seq, ${column}) DO UPDATE SET n = ${table}.n + excluded.n
       RETURNING statement_seq, ${column} AS value, n`,
      part.params,
    );
    for (const row of returned) {
      const entry = counted.get(`${String(row.statement_seq)}\u0000${String(row.value)}`);
      if (entry && Number(row.n) === entry[2]) created.add(entry[0]);
    }
  }
  return created;
}

/** A quote of the batch and the statement it was matched to. */
export interface Occurrence {
  /** The statement; its seq is known by the time occurrences are written. */
  statement: { seq: number };
  articleSeq: number;
  /** The article's place in statement timelines (timelineKey). */
  sortKey: string;
  /** The article's publisher, or `?` and its id when it names none. */
  outlet: string;
  quote: Incoming;
}

/**
 * Writes a batch's occurrences, the index keys new to their statements and the side tables'
 * counts, a few multi-row statements per table for the whole batch. Returns the statements
 * that gained a wording, speaker or outlet row. A new wording of a statement in firstWordings
 * (by seq, its first occurrence's words) that is those words is written as DISPLAY_SAME_AS_FIRST.
 */
export async function writeOccurrences(
  tx: Database,
  dialect: Dialect,
  occurrences: Occurrence[],
  keyRows: [number, number][],
  firstWordings: Map<number, string> = new Map(),
): Promise<Set<number>> {
  const sortedKeys = [...keyRows].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  for (const part of dialect.bulkRows(sortedKeys, ['bigint', 'bigint'])) {
    await tx.run(
      `INSERT INTO statement_keys (key, statement_seq) ${part.sql} ON CONFLICT DO NOTHING`,
      part.params,
    );
  }
  const occurrenceRows = occurrences.map(({ statement, sortKey, articleSeq, quote }) => [
    statement.seq,
    sortKey,
    articleSeq,
    quote.idx,
    quote.quoteId,
    quote.speakerKey === '' ? null : quote.speakerKey,
    quote.wording,
  ]);
  const occurrenceTypes: BulkType[] = [
    'bigint',
    'text',
    'bigint',
    'bigint',
    'text',
    'text',
    'text',
  ];
  for (const part of dialect.bulkRows(occurrenceRows, occurrenceTypes)) {
    await tx.run(
      `INSERT INTO statement_quotes (statement_seq, sort_key, article_seq, idx, quote_id, speaker_id, wording)
       ${part.sql}`,
      part.params,
    );
  }
  // A wording new to its statement is shown as the first quote that printed it.
  const wordingRows = new Map<string, unknown[]>();
  for (const { statement, quote } of occurrences) {
    const norm = quote.words.join(' ');
    const key = `${statement.seq}\u0000${norm}`;
    const row = wordingRows.get(key);
    if (row) row[3] = (row[3] as number) + 1;
    else {
      const sameAsFirst = firstWordings.get(statement.seq) === quote.wording;
      const display = sameAsFirst ? DISPLAY_SAME_AS_FIRST : quote.wording;
      wordingRows.set(key, [statement.seq, norm, display, 1]);
    }
  }
  const wordingList = [...wordingRows.values()].sort(
    (a, b) => (a[0] as number) - (b[0] as number) || (String(a[1]) < String(b[1]) ? -1 : 1),
  );
  const changed = new Set<number>();
  for (const part of dialect.bulkRows(wordingList, ['bigint', 'text', 'text', 'bigint'])) {
    const rows = await tx.all(
      `INSERT INTO statement_wordings (statement_seq, norm, display, n) ${part.sql}
       ON CONFLICT (statement_seq, norm) DO UPDATE SET n = statement_wordings.n + excluded.n
       RETURNING statement_seq, norm, n`,
      part.params,
    );
    for (const row of rows)
      if (
        Number(row.n) ===
        wordingRows.get(`${String(row.statement_seq)}\u0000${String(row.norm)}`)?.[3]
      )
        changed.add(Number(row.statement_seq));
  }
  const speakers = await addCounts(
    tx,
    dialect,
    'statement_speakers',
    'speaker_key',
    occurrences.map(({ statement, quote }) => [statement.seq, quote.speakerKey]),
  );
  const outlets = await addCounts(
    tx,
    dialect,
    'statement_outlets',
    'outlet',
    occurrences.map(({ statement, outlet }) => [statement.seq, outlet]),
  );
  return new Set([...changed, ...speakers, ...outlets]);
}
