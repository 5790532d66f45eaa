import { createHash } from 'node:crypto';
import type { PreparedArticle } from '../corpus/prepare.js';
import type { Database, Dialect } from '../sql/database.js';
import { matchScore } from './compare.js';
import { SUMMARY_COLUMNS, SUMMARY_TYPES, refreshStatements, summarise } from './aggregate.js';
import { writeOccurrences, type Incoming, type Occurrence } from './occurrences.js';
import { timelineKey } from './timeline.js';
import { MIN_STATEMENT_WORDS, minhashKeys, printedWording, statementWords } from './words.js';

/** Candidate statements verified word by word per quote: the ones sharing the most index keys. */
const MAX_CANDIDATES = 8;

/** An article written in this transaction whose quotes are still to be matched. */
export interface StoredArticle {
  seq: number;
  prepared: PreparedArticle;
  /** Article entity id -> corpus entity id. */
  corpusIds: Map<string, string>;
}

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
      wording: printedWording(quote.verbatimText),
      words,
      keys: minhashKeys(words),
      speakerKey: named ? (corpusIds.get(quote.speakerId as string) ?? '') : '',
    });
  }
  return out;
}

/** What a stored statement's row said before the batch: whether a new quote can change more than its count. */
interface Head {
  firstKey: string;
  /** The canonical wording, normalised. */
  canonical: string;
  /** The main speaker's corpus id; '' when none. */
  speaker: string;
}

/**
 * A statement as matching sees it while a batch is worked through: one stored before the batch,
 * or one an article of the batch starts (written, and given its seq, once the batch is matched).
 */
interface BatchStatement {
  seq: number;
  /** For a statement the batch starts: its place among those (they rank after stored ones); else null. */
  started: number | null;
  /** Normalised words of each wording it holds; null for a stored statement not read yet. */
  wordings: string[][] | null;
  head: Head | null;
}

/** Ties between candidates with as many shared keys go to the older statement, as seq order would. */
function older(a: BatchStatement, b: BatchStatement): number {
  if (a.started === null && b.started === null) return a.seq - b.seq;
  if (a.started === null) return -1;
  if (b.started === null) return 1;
  return a.started - b.started;
}

/**
 * The statement index keys as the batch sees them: the stored keys of its quotes, read once,
 * plus those its articles add as they are matched, so each article finds the statements the
 * articles before it started or gave a new wording, as if each had been written on its own.
 */
class BatchIndex {
  private readonly byKey = new Map<number, Set<BatchStatement>>();
  private readonly stored = new Map<number, BatchStatement>();
  private started = 0;

  private constructor(
    private readonly tx: Database,
    private readonly dialect: Dialect,
  ) {}

  static async read(tx: Database, dialect: Dialect, keys: number[]): Promise<BatchIndex> {
    const index = new BatchIndex(tx, dialect);
    for (const key of keys) index.byKey.set(key, new Set());
    for (const part of dialect.bulkIn('key', keys, 'bigint')) {
      const rows = await tx.all(
        `SELECT key, statement_seq FROM statement_keys WHERE ${part.sql}`,
        part.params,
      );
      for (const row of rows)
        index.byKey.get(Number(row.key))?.add(index.storedOne(Number(row.statement_seq)));
    }
    return index;
  }

  private storedOne(seq: number): BatchStatement {
    let statement = this.stored.get(seq);
    if (!statement) {
      statement = { seq, started: null, wordings: null, head: null };
      this.stored.set(seq, statement);
    }
    return statement;
  }

  /** The statements sharing the most keys with a quote, best first. */
  candidates(keys: number[]): BatchStatement[] {
    const hits = new Map<BatchStatement, number>();
    for (const key of keys)
      for (const statement of this.byKey.get(key) ?? [])
        hits.set(statement, (hits.get(statement) ?? 0) + 1);
    return [...hits.entries()]
      .sort((a, b) => b[1] - a[1] || older(a[0], b[0]))
      .slice(0, MAX_CANDIDATES)
      .map(([statement]) => statement);
  }

  /** Reads the wordings and row heads of the stored statements among these not read yet. */
  async load(statements: Iterable<BatchStatement>): Promise<void> {
    const wanted = [...new Set(statements)].filter((s) => s.wordings === null).map((s) => s.seq);
    for (const seq of wanted) this.storedOne(seq).wordings = [];
    for (const part of this.dialect.bulkIn('w.statement_seq', wanted, 'bigint')) {
      const rows = await this.tx.all(
        `SELECT w.statement_seq, w.norm, s.first_key, s.search, s.speaker_id FROM statement_wordings w
         JOIN statements s ON s.seq = w.statement_seq
         WHERE ${part.sql} AND w.n > 0`,
        part.params,
      );
      for (const row of rows) {
        const statement = this.storedOne(Number(row.statement_seq));
        statement.head = {
          firstKey: String(row.first_key),
          canonical: String(row.search),
          speaker: row.speaker_id === null ? '' : String(row.speaker_id),
        };
        statement.wordings?.push(String(row.norm).split(' '));
      }
    }
  }

  /** A statement an article of the batch starts, holding that article's wordings of it. */
  start(wordings: string[][]): BatchStatement {
    return { seq: 0, started: this.started++, wordings, head: null };
  }

  /** Indexes a statement under keys; returns the keys it was not under yet. */
  add(statement: BatchStatement, keys: number[]): number[] {
    const added: number[] = [];
    for (const key of keys) {
      let set = this.byKey.get(key);
      if (!set) this.byKey.set(key, (set = new Set()));
      if (set.has(statement)) continue;
      set.add(statement);
      added.push(key);
    }
    return added;
  }
}

/** The best-matching statement among the candidates, or null. */
function bestMatch(words: string[], candidates: BatchStatement[]): BatchStatement | null {
  let best: BatchStatement | null = null;
  let bestScore = 0;
  for (const statement of candidates)
    for (const wording of statement.wordings ?? []) {
      const score = matchScore(words, wording);
      if (score > bestScore) [best, bestScore] = [statement, score];
    }
  return best;
}

/** A new statement's id: from the quote that starts it, and the article's row (new if it is stored again). */
function statementId(articleId: string, articleSeq: number, quoteId: string): string {
  const key = `${articleId}\u0000${articleSeq}\u0000${quoteId}`;
  return 's' + createHash('sha256').update(key).digest('hex').slice(0, 20);
}

/** What matching a batch decided, to be written in a few multi-row statements. */
interface Matched {
  occurrences: Occurrence[];
  /** Statements the batch starts, in order, with the article and the quotes that start each. */
  starts: { statement: BatchStatement; article: StoredArticle; group: Incoming[] }[];
  /** Index keys new to a statement: later trims of its wordings are found through them. */
  keyed: { statement: BatchStatement; keys: number[] }[];
  /** Stored statements the batch joins: occurrences added. */
  added: Map<BatchStatement, number>;
  /** Statements whose row must be worked out again from the side tables. */
  refresh: Set<BatchStatement>;
}

/**
 * Matches each quote of the batch's articles, in order, to the statement with the same quoted
 * words (found by index key, confirmed word by word), or starts a new statement. Each article
 * sees what the ones before it added, so the statements are those that writing the articles one
 * by one would give, but the index is read and the results written once per batch, in a few
 * statements each, rather than a round of them per article.
 */
async function matchBatch(
  tx: Database,
  dialect: Dialect,
  articles: { article: StoredArticle; quotes: Incoming[] }[],
): Promise<Matched> {
  const keys = [...new Set(articles.flatMap(({ quotes }) => quotes.flatMap((q) => q.keys)))];
  const index = await BatchIndex.read(tx, dialect, keys);
  // Most candidates are already stored statements: read their wordings in one go up front.
  await index.load(
    articles.flatMap(({ quotes }) => quotes.flatMap((q) => index.candidates(q.keys))),
  );
  const matched: Matched = {
    occurrences: [],
    starts: [],
    keyed: [],
    added: new Map(),
    refresh: new Set(),
  };
  for (const { article, quotes } of articles) {
    // Candidates come from the index as it stood before this article, as for one written alone.
    const candidates = new Map(quotes.map((quote) => [quote.idx, index.candidates(quote.keys)]));
    await index.load([...candidates.values()].flat());
    const sortKey = timelineKey(article.prepared.publishedSort);
    /** Quotes that start statements of their own, grouped when the article repeats a line. */
    const fresh: Incoming[][] = [];
    const assigned = new Map<number, BatchStatement>();
    const keyed: { statement: BatchStatement; keys: number[] }[] = [];
    for (const quote of quotes) {
      const found = bestMatch(quote.words, candidates.get(quote.idx) ?? []);
      if (found === null) {
        const local = fresh.find((group) => matchScore(quote.words, group[0]!.words) > 0);
        if (local) local.push(quote);
        else fresh.push([quote]);
        continue;
      }
      assigned.set(quote.idx, found);
      const known = found.wordings as string[][];
      const norm = quote.words.join(' ');
      if (!known.some((words) => words.join(' ') === norm)) {
        keyed.push({ statement: found, keys: quote.keys });
        known.push(quote.words);
      }
      joined(matched, found, quote, sortKey);
    }
    for (const group of fresh) {
      const distinct = new Map(group.map((quote) => [quote.words.join(' '), quote.words]));
      const statement = index.start([...distinct.values()]);
      matched.starts.push({ statement, article, group });
      for (const quote of group) assigned.set(quote.idx, statement);
      keyed.push({ statement, keys: group[0]!.keys });
    }
    // Keys go in after the article, so its own later quotes do not find them, as when written alone.
    for (const { statement, keys: its } of keyed) {
      const added = index.add(statement, its);
      if (added.length > 0) matched.keyed.push({ statement, keys: added });
    }
    for (const quote of quotes)
      matched.occurrences.push({
        statement: assigned.get(quote.idx) as BatchStatement,
        articleSeq: article.seq,
        sortKey,
        outlet: article.prepared.publisher ?? `?${article.prepared.id}`,
        quote,
      });
  }
  return matched;
}

/**
 * Notes a quote joining a statement the batch did not start in the same article. A quote in the
 * canonical wording, from its main speaker (or none), not earlier than its first occurrence
 * only adds to the count (unless it also brings a new wording, speaker or outlet, found when
 * the side tables are written); any other has the row worked out again.
 */
function joined(
  matched: Matched,
  statement: BatchStatement,
  quote: Incoming,
  sortKey: string,
): void {
  matched.added.set(statement, (matched.added.get(statement) ?? 0) + 1);
  const head = statement.head;
  if (
    statement.started !== null ||
    !head ||
    sortKey < head.firstKey ||
    quote.words.join(' ') !== head.canonical ||
    (quote.speakerKey !== '' && quote.speakerKey !== head.speaker)
  )
    matched.refresh.add(statement);
}

/**
 * Matches the quotes of articles just written (in this order) into statements and brings the
 * touched statements' counts, wording and flags up to date. Only the statements the articles'
 * quotes point to are read and written, so the cost of adding an article does not grow with
 * the corpus.
 */
export async function addArticleStatements(
  tx: Database,
  dialect: Dialect,
  articles: StoredArticle[],
): Promise<void> {
  const batch = articles
    .map((article) => ({ article, quotes: incomingQuotes(article.prepared, article.corpusIds) }))
    .filter(({ quotes }) => quotes.length > 0);
  if (batch.length === 0) return;
  const matched = await matchBatch(tx, dialect, batch);
  await insertStarted(tx, dialect, matched.starts);
  // A started statement's wording printed as its first quote printed it is written '' at once
  // (displays.ts): shortened later, its row would leave its length free in the page.
  const firstWordings = new Map(
    matched.starts.map(({ statement, group }) => [statement.seq, group[0]!.wording]),
  );
  const changed = await writeOccurrences(
    tx,
    dialect,
    matched.occurrences,
    matched.keyed.flatMap(({ statement, keys }) =>
      keys.map((key): [number, number] => [key, statement.seq]),
    ),
    firstWordings,
  );
  // Refreshing shortens the displays of the statements it rewrites.
  await updateJoined(tx, matched, changed);
}

/**
 * Brings the statements the batch's quotes joined up to date, in seq order, so concurrent
 * writers on PostgreSQL lock them in one order.
 */
async function updateJoined(tx: Database, matched: Matched, changed: Set<number>): Promise<void> {
  const refresh = new Set([...matched.refresh].map((statement) => statement.seq));
  for (const statement of matched.added.keys())
    if (changed.has(statement.seq)) refresh.add(statement.seq);
  const counts = [...matched.added]
    .filter(([statement]) => !refresh.has(statement.seq))
    .sort((a, b) => a[0].seq - b[0].seq);
  for (const [statement, added] of counts)
    await tx.run(`UPDATE statements SET occurrences = occurrences + ? WHERE seq = ?`, [
      added,
      statement.seq,
    ]);
  await refreshStatements(
    tx,
    [...refresh].sort((a, b) => a - b),
  );
}

/**
 * Writes the statements the batch starts, in a few statements, with their rows complete for
 * the quotes that started them, and gives each its seq.
 */
async function insertStarted(
  tx: Database,
  dialect: Dialect,
  starts: Matched['starts'],
): Promise<void> {
  if (starts.length === 0) return;
  const rows = starts.map(({ article, group }) => {
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
      first: {
        sortKey: timelineKey(article.prepared.publishedSort),
        articleSeq: article.seq,
        idx: first.idx,
        wording: first.wording,
      },
      // statementWords of the wording (printedWording keeps the quote's words).
      firstNorm: first.words.join(' '),
    };
    return [statementId(article.prepared.id, article.seq, first.quoteId), ...summarise(facts)];
  });
  const ids = new Map<string, number>();
  for (const part of dialect.bulkRows(rows, ['text', ...SUMMARY_TYPES])) {
    const returned = await tx.all(
      `INSERT INTO statements (id, ${SUMMARY_COLUMNS.join(', ')}) ${part.sql} RETURNING seq, id`,
      part.params,
    );
    for (const row of returned) ids.set(String(row.id), Number(row.seq));
  }
  starts.forEach(({ statement }, i) => (statement.seq = ids.get(rows[i]![0] as string) as number));
}
