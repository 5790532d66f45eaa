import type { PreparedArticle } from '../corpus/prepare.js';
import { valuesList, type Database } from '../sql/database.js';
import { runs } from './runs.js';
import { timelineKey } from './timeline.js';

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
  for (const part of runs(sorted)) {
    const values = valuesList(part);
    const returned = await tx.all(
      `INSERT INTO ${table} (statement_seq, ${column}, n) VALUES ${values.sql}
       ON CONFLICT (statement_seq, ${column}) DO UPDATE SET n = ${table}.n + excluded.n
       RETURNING statement_seq, ${column} AS value, n`,
      values.params,
    );
    for (const row of returned) {
      const entry = counted.get(`${String(row.statement_seq)}\u0000${String(row.value)}`);
      if (entry && Number(row.n) === entry[2]) created.add(entry[0]);
    }
  }
  return created;
}

export async function writeOccurrences(
  tx: Database,
  seq: number,
  prepared: PreparedArticle,
  quotes: Incoming[],
  assigned: Map<number, number>,
  keyed: { keys: number[]; seq: number }[],
): Promise<Set<number>> {
  const sortKey = timelineKey(prepared.publishedSort);
  const outlet = prepared.publisher ?? `?${prepared.id}`;
  const statementOf = (quote: Incoming) => assigned.get(quote.idx) as number;
  const keyRows = keyed
    .flatMap((k) => k.keys.map((key) => [key, k.seq]))
    .sort((a, b) => a[1]! - b[1]! || a[0]! - b[0]!);
  for (const part of runs(keyRows)) {
    const values = valuesList(part);
    await tx.run(
      `INSERT INTO statement_keys (key, statement_seq) VALUES ${values.sql} ON CONFLICT DO NOTHING`,
      values.params,
    );
  }
  const occurrenceRows = quotes.map((q) => [
    statementOf(q),
    sortKey,
    seq,
    q.idx,
    q.quoteId,
    q.speakerKey === '' ? null : q.speakerKey,
    q.wording,
  ]);
  for (const part of runs(occurrenceRows)) {
    const values = valuesList(part);
    await tx.run(
      `INSERT INTO statement_quotes (statement_seq, sort_key, article_seq, idx, quote_id, speaker_id, wording)
       VALUES ${values.sql}`,
      values.params,
    );
  }
  const wordingRows = new Map<string, unknown[]>();
  for (const q of quotes) {
    const key = `${statementOf(q)}\u0000${q.words.join(' ')}`;
    const row = wordingRows.get(key);
    if (row) row[3] = (row[3] as number) + 1;
    else wordingRows.set(key, [statementOf(q), q.words.join(' '), q.wording, 1]);
  }
  const wordingList = [...wordingRows.values()].sort(
    (a, b) => (a[0] as number) - (b[0] as number) || (String(a[1]) < String(b[1]) ? -1 : 1),
  );
  const changed = new Set<number>();
  for (const part of runs(wordingList)) {
    const values = valuesList(part);
    const rows = await tx.all(
      `INSERT INTO statement_wordings (statement_seq, norm, display, n) VALUES ${values.sql}
       ON CONFLICT (statement_seq, norm) DO UPDATE SET n = statement_wordings.n + excluded.n
       RETURNING statement_seq, norm, n`,
      values.params,
    );
    const addedTo = new Map(
      part.map((row) => [`${String(row[0])}\u0000${String(row[1])}`, row[3]]),
    );
    for (const row of rows)
      if (Number(row.n) === addedTo.get(`${String(row.statement_seq)}\u0000${String(row.norm)}`))
        changed.add(Number(row.statement_seq));
  }
  const speakers = await addCounts(
    tx,
    'statement_speakers',
    'speaker_key',
    quotes.map((q) => [statementOf(q), q.speakerKey]),
  );
  const outlets = await addCounts(
    tx,
    'statement_outlets',
    'outlet',
    quotes.map((q) => [statementOf(q), outlet]),
  );
  return new Set([...changed, ...speakers, ...outlets]);
}
