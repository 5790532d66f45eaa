import type { BulkType, Database, Row } from '../sql/database.js';
import { runs } from '../sql/runs.js';
import { isTrimOf, sharedWords } from './compare.js';
import { shortenDisplays, spellOutDisplays } from './displays.js';
import { UNDATED } from './timeline.js';
import { statementWords } from './words.js';

/** Wordings weighed when choosing the canonical one: the most printed. */
const MAX_WORDINGS = 30;

export interface Wording {
  words: string[];
  display: string;
  n: number;
}

/**
 * The canonical wording: among the full forms (wordings no other wording contains as a trim),
 * the most printed (its trims counted with it), then the longest, then the one first
 * reported (`firstNorm`).
 */
export function canonicalWording<T extends { words: string[]; n: number }>(
  wordings: T[],
  firstNorm: string,
): T {
  const full = wordings.filter((w) => !wordings.some((other) => isTrimOf(w.words, other.words)));
  const pool = full.length > 0 ? full : wordings;
  // A trim of a full form counts for it: the words it kept were printed that way.
  const support = (w: T) =>
    w.n + wordings.reduce((sum, o) => sum + (isTrimOf(o.words, w.words) ? o.n : 0), 0);
  const rank = (w: T) => [support(w), w.words.length, w.words.join(' ') === firstNorm ? 1 : 0];
  return pool.reduce((best, w) => {
    const [a, b] = [rank(w), rank(best)];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]! ? w : best;
    return best;
  });
}

/** Does the wording change or add words against the canonical one (not only drop some)? */
export function isAltered(canonical: string[], words: string[]): boolean {
  return sharedWords(canonical, words) < words.length;
}

async function grouped(tx: Database, sql: string, seqs: number[]): Promise<Map<number, Row[]>> {
  const out = new Map<number, Row[]>();
  for (const part of runs(seqs)) {
    const rows = await tx.all(sql.replace('(?)', `(${part.map(() => '?').join(', ')})`), part);
    for (const row of rows) {
      const seq = Number(row.statement_seq);
      out.set(seq, [...(out.get(seq) ?? []), row]);
    }
  }
  return out;
}

/** What a statement's row holds, worked out from its side tables' counts. */
export interface StatementFacts {
  wordings: Wording[];
  /** Speaker key ('' for none) -> occurrences. */
  speakers: Map<string, number>;
  outlets: number;
  first: { sortKey: string; articleSeq: number; idx: number; wording: string };
  /** The first wording's words joined by spaces, when known; else worked out from it. */
  firstNorm?: string;
}

/** statements.canonical when the canonical wording is the first occurrence's (canonicalOf). */
export const SAME_AS_FIRST = '';

/** A statement's canonical wording, from its row's canonical and its first occurrence's wording. */
export function canonicalOf(canonical: unknown, firstWording: unknown): string {
  return String(canonical) === SAME_AS_FIRST ? String(firstWording) : String(canonical);
}

/** The statements row columns after `seq`-independent ones: canonical ... first_idx. */
export const SUMMARY_COLUMNS = [
  'canonical',
  'search',
  'speaker_id',
  'speakers',
  'outlets',
  'occurrences',
  'altered',
  'disputed',
  'unattributed',
  'first_sort',
  'first_key',
  'first_article_seq',
  'first_idx',
] as const;

/** Their types, in the same order. */
export const SUMMARY_TYPES: BulkType[] = [
  ...(['text', 'text', 'text', 'text'] as const),
  ...(['bigint', 'bigint', 'bigint', 'bigint', 'bigint'] as const),
  ...(['text', 'text', 'bigint', 'bigint'] as const),
];

/** The row values, in SUMMARY_COLUMNS order. */
export function summarise(facts: StatementFacts): unknown[] {
  const all = [...facts.wordings].sort((a, b) => b.n - a.n).slice(0, MAX_WORDINGS);
  const canonical = canonicalWording(
    all,
    facts.firstNorm ?? statementWords(facts.first.wording).join(' '),
  );
  const named = [...facts.speakers]
    .filter(([key, n]) => key !== '' && n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([key]) => key);
  const unnamed = (facts.speakers.get('') ?? 0) > 0;
  const firstKey = facts.first.sortKey;
  return [
    // Most statements print their canonical wording first: it is then read from the first
    // occurrence (statement_quotes.wording) rather than kept twice. No wording is empty.
    canonical.display === facts.first.wording ? SAME_AS_FIRST : canonical.display,
    // Its words are then the norm of the wording kept as '' (displays.ts): searched there.
    canonical.display === facts.first.wording ? SAME_AS_FIRST : canonical.words.join(' '),
    named[0] ?? null,
    JSON.stringify(named),
    facts.outlets,
    facts.wordings.reduce((total, w) => total + w.n, 0),
    all.some((w) => w !== canonical && isAltered(canonical.words, w.words)) ? 1 : 0,
    named.length >= 2 ? 1 : 0,
    unnamed && named.length > 0 ? 1 : 0,
    firstKey === UNDATED ? '' : firstKey,
    firstKey,
    facts.first.articleSeq,
    facts.first.idx,
  ];
}

/**
 * Brings statements' canonical wording, speakers, counts, first occurrence and flags up to
 * date from their side tables: a few small rows each, whatever the number of occurrences.
 */
export async function refreshStatements(tx: Database, seqs: number[]): Promise<void> {
  if (seqs.length === 0) return;
  // Displays spelled out while the first occurrence may change; made '' again at the end.
  await spellOutDisplays(tx, seqs);
  const wordings = await grouped(
    tx,
    `SELECT statement_seq, norm, display, n FROM statement_wordings WHERE statement_seq IN (?) AND n > 0`,
    seqs,
  );
  const speakers = await grouped(
    tx,
    `SELECT statement_seq, speaker_key, n FROM statement_speakers WHERE statement_seq IN (?)`,
    seqs,
  );
  const outlets = await grouped(
    tx,
    `SELECT statement_seq, COUNT(*) AS outlets FROM statement_outlets WHERE statement_seq IN (?) AND n > 0 GROUP BY statement_seq`,
    seqs,
  );
  for (const seq of seqs) {
    const rows = wordings.get(seq) ?? [];
    if (rows.length === 0) continue;
    const [first] = await tx.all(
      `SELECT sort_key, article_seq, idx, wording FROM statement_quotes WHERE statement_seq = ?
       ORDER BY sort_key, article_seq, idx LIMIT 1`,
      [seq],
    );
    const values = summarise({
      wordings: rows.map((row) => ({
        words: String(row.norm).split(' '),
        display: String(row.display),
        n: Number(row.n),
      })),
      speakers: new Map(
        (speakers.get(seq) ?? []).map((row) => [String(row.speaker_key), Number(row.n)]),
      ),
      outlets: Number(outlets.get(seq)?.[0]?.outlets ?? 0),
      first: {
        sortKey: String(first?.sort_key ?? UNDATED),
        articleSeq: Number(first?.article_seq ?? 0),
        idx: Number(first?.idx ?? 0),
        wording: String(first?.wording ?? ''),
      },
    });
    await tx.run(
      `UPDATE statements SET ${SUMMARY_COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE seq = ?`,
      [...values, seq],
    );
  }
  await shortenDisplays(tx, seqs);
}
