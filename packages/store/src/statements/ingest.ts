import { createHash } from 'node:crypto';
import type { PreparedArticle } from '../corpus/prepare.js';
import { valuesList, type Database } from '../sql/database.js';
import { runs } from './runs.js';
import { matchScore } from './compare.js';
import { SUMMARY_COLUMNS, refreshStatements, summarise } from './aggregate.js';
import { writeOccurrences, type Incoming } from './occurrences.js';
import { timelineKey } from './timeline.js';
import { MIN_STATEMENT_WORDS, minhashKeys, statementWords } from './words.js';

/** Candidate statements verified word by word per quote: the ones sharing the most index keys. */
const MAX_CANDIDATES = 8;

/** The quotes of an article that can be statements, with their words and index keys. */
function incomingQuotes(prepared: PreparedArticle, corpusIds: Map<string, string>): Incoming[] {
  const anonymous = new Set(prepared.entities.filter((e) => e.anonymous).map((e) => e.entityId));
  const out: Incoming[] = [];
  for (const quote of prepared.quotes) {
    if (quote.verbatimText === null) continue;
    const words = statementWords(quote.verbatimText);
    if (words.length < MIN_STATEMENT_WORDS) continue;
    const named = quote.speakerId !== null && !anonymous.has(quote.speakerId);
    out.push({
      idx: quote.index,
      quoteId: quote.quoteId,
      // The words as printed, without the comma or colon the sentence put after them.
      wording: quote.verbatimText
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[\s,;:]+$/, ''),
      words,
      keys: minhashKeys(words),
      speakerKey: named ? (corpusIds.get(quote.speakerId as string) ?? '') : '',
    });
  }
  return out;
}

/** What a joined statement's row says now: whether a new quote can change more than its count. */
interface Head {
  firstKey: string;
  /** The canonical wording, normalised. */
  canonical: string;
  /** The main speaker's corpus id; '' when none. */
  speaker: string;
}

/** Statement seq -> its wordings' words, for the candidates of an article's quotes. */
async function candidateWordings(
  tx: Database,
  quotes: Incoming[],
): Promise<{
  byQuote: Map<number, number[]>;
  wordings: Map<number, string[][]>;
  heads: Map<number, Head>;
}> {
  const keys = [...new Set(quotes.flatMap((quote) => quote.keys))];
  const statementsOfKey = new Map<number, number[]>();
  for (const part of runs(keys)) {
    const rows = await tx.all(
      `SELECT key, statement_seq FROM statement_keys WHERE key IN (${part.map(() => '?').join(', ')})`,
      part,
    );
    for (const row of rows) {
      const key = Number(row.key);
      statementsOfKey.set(key, [...(statementsOfKey.get(key) ?? []), Number(row.statement_seq)]);
    }
  }
  const byQuote = new Map<number, number[]>();
  for (const quote of quotes) {
    const hits = new Map<number, number>();
    for (const key of quote.keys)
      for (const seq of statementsOfKey.get(key) ?? []) hits.set(seq, (hits.get(seq) ?? 0) + 1);
    const best = [...hits.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    byQuote.set(
      quote.idx,
      best.slice(0, MAX_CANDIDATES).map(([seq]) => seq),
    );
  }
  const wanted = [...new Set([...byQuote.values()].flat())];
  const wordings = new Map<number, string[][]>();
  const heads = new Map<number, Head>();
  for (const part of runs(wanted)) {
    const rows = await tx.all(
      `SELECT w.statement_seq, w.norm, s.first_key, s.search, s.speaker_id FROM statement_wordings w
       JOIN statements s ON s.seq = w.statement_seq
       WHERE w.statement_seq IN (${part.map(() => '?').join(', ')}) AND w.n > 0`,
      part,
    );
    for (const row of rows) {
      const seq = Number(row.statement_seq);
      heads.set(seq, {
        firstKey: String(row.first_key),
        canonical: String(row.search),
        speaker: row.speaker_id === null ? '' : String(row.speaker_id),
      });
      wordings.set(seq, [...(wordings.get(seq) ?? []), String(row.norm).split(' ')]);
    }
  }
  return { byQuote, wordings, heads };
}

/** The best-matching statement among the candidates, or null. */
function bestMatch(words: string[], candidates: number[], wordings: Map<number, string[][]>) {
  let best: number | null = null;
  let bestScore = 0;
  for (const seq of candidates)
    for (const wording of wordings.get(seq) ?? []) {
      const score = matchScore(words, wording);
      if (score > bestScore) [best, bestScore] = [seq, score];
    }
  return best;
}

/** A new statement's id: from the quote that starts it, and the article's row (new if it is stored again). */
function statementId(articleId: string, articleSeq: number, quoteId: string): string {
  const key = `${articleId}\u0000${articleSeq}\u0000${quoteId}`;
  return 's' + createHash('sha256').update(key).digest('hex').slice(0, 20);
}

/**
 * Matches each quote of a newly stored article to the statement with the same quoted words
 * (found by index key, confirmed word by word), or starts a new statement, and brings the
 * touched statements' counts, wording and flags up to date. Only the touched statements are
 * read and written, so the cost of adding an article does not grow with the corpus.
 */
export async function addArticleStatements(
  tx: Database,
  seq: number,
  prepared: PreparedArticle,
  corpusIds: Map<string, string>,
): Promise<void> {
  const quotes = incomingQuotes(prepared, corpusIds);
  if (quotes.length === 0) return;
  const { byQuote, wordings, heads } = await candidateWordings(tx, quotes);
  const assigned = new Map<number, number>();
  /** Quotes that start statements of their own, grouped when the article repeats a line. */
  const fresh: Incoming[][] = [];
  /** Wordings new to a statement: their keys are indexed too, so later trims of them are found. */
  const keyed: { keys: number[]; seq: number }[] = [];
  for (const quote of quotes) {
    const found = bestMatch(quote.words, byQuote.get(quote.idx) ?? [], wordings);
    if (found !== null) {
      assigned.set(quote.idx, found);
      const known = wordings.get(found) ?? [];
      const norm = quote.words.join(' ');
      if (!known.some((words) => words.join(' ') === norm)) {
        keyed.push({ keys: quote.keys, seq: found });
        known.push(quote.words);
      }
      continue;
    }
    const local = fresh.find((group) => matchScore(quote.words, group[0]!.words) > 0);
    if (local) local.push(quote);
    else fresh.push([quote]);
  }
  const created = await insertFresh(tx, seq, prepared, fresh);
  fresh.forEach((group, i) => {
    const statement = created[i] as number;
    for (const quote of group) assigned.set(quote.idx, statement);
    keyed.push({ keys: group[0]!.keys, seq: statement });
  });
  const changed = await writeOccurrences(tx, seq, prepared, quotes, assigned, keyed);
  await updateJoined(tx, prepared, quotes, assigned, new Set(created), changed, heads);
}

/**
 * Brings the statements this article's quotes joined up to date. A quote in the canonical
 * wording, from its main speaker (or none) and an outlet it already had, and not earlier than
 * its first occurrence only adds to the count; any other is worked out again from the side tables.
 * In seq order, so concurrent writers on PostgreSQL lock them in one order.
 */
async function updateJoined(
  tx: Database,
  prepared: PreparedArticle,
  quotes: Incoming[],
  assigned: Map<number, number>,
  created: Set<number>,
  changed: Set<number>,
  heads: Map<number, Head>,
): Promise<void> {
  const sortKey = timelineKey(prepared.publishedSort);
  const added = new Map<number, number>();
  const refresh = new Set<number>();
  for (const quote of quotes) {
    const statement = assigned.get(quote.idx) as number;
    if (created.has(statement)) continue;
    added.set(statement, (added.get(statement) ?? 0) + 1);
    const head = heads.get(statement);
    if (
      !head ||
      changed.has(statement) ||
      sortKey < head.firstKey ||
      quote.words.join(' ') !== head.canonical ||
      (quote.speakerKey !== '' && quote.speakerKey !== head.speaker)
    )
      refresh.add(statement);
  }
  const seqs = [...added.keys()].sort((a, b) => a - b);
  for (const statement of seqs.filter((s) => !refresh.has(s)))
    await tx.run(`UPDATE statements SET occurrences = occurrences + ? WHERE seq = ?`, [
      added.get(statement),
      statement,
    ]);
  await refreshStatements(
    tx,
    seqs.filter((s) => refresh.has(s)),
  );
}

/**
 * Writes the statements this article starts, in one statement, with their rows complete (they
 * hold only this article's quotes). Returns their seqs in the order of `groups`.
 */
async function insertFresh(
  tx: Database,
  seq: number,
  prepared: PreparedArticle,
  groups: Incoming[][],
): Promise<number[]> {
  if (groups.length === 0) return [];
  const sortKey = timelineKey(prepared.publishedSort);
  const rows = groups.map((group) => {
    const first = group[0]!;
    const wordings = new Map<string, { words: string[]; display: string; n: number }>();
    const speakers = new Map<string, number>();
    for (const quote of group) {
      const norm = quote.words.join(' ');
      const wording = wordings.get(norm) ?? { words: quote.words, display: quote.wording, n: 0 };
      wording.n++;
      wordings.set(norm, wording);
      speakers.set(quote.speakerKey, (speakers.get(quote.speakerKey) ?? 0) + 1);
    }
    const facts = {
      wordings: [...wordings.values()],
      speakers,
      outlets: 1,
      first: { sortKey, articleSeq: seq, idx: first.idx, wording: first.wording },
    };
    return [statementId(prepared.id, seq, first.quoteId), ...summarise(facts)];
  });
  const ids = new Map<string, number>();
  for (const part of runs(rows)) {
    const values = valuesList(part);
    const returned = await tx.all(
      `INSERT INTO statements (id, ${SUMMARY_COLUMNS.join(', ')}) VALUES ${values.sql} RETURNING seq, id`,
      values.params,
    );
    for (const row of returned) ids.set(String(row.id), Number(row.seq));
  }
  return rows.map((row) => ids.get(row[0] as string) as number);
}
