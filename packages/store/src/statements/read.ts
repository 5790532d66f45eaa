import type {
  EntityKind,
  EntityRef,
  Page,
  Statement,
  StatementFlag,
  StatementOccurrence,
  StatementQuery,
  StatementSummary,
  StatementVariant,
} from '@sourcetrace/article-model';
import type { Database, Row } from '../sql/database.js';
import { Keyset } from '../sql/keyset.js';
import { canonicalOf, isAltered } from './aggregate.js';
import { wordChanges } from './compare.js';
import { displayOf } from './displays.js';
import { statementWords } from './words.js';

const ORDERS = {
  outlets: new Keyset('statements:outlets', [
    { expr: 's.outlets', field: 'outlets', direction: 'DESC', type: 'integer' },
    { expr: 's.seq', field: 'seq', direction: 'DESC', type: 'integer' },
  ]),
  first_seen: new Keyset('statements:first_seen', [
    { expr: 's.first_sort', field: 'first_sort', direction: 'DESC', type: 'string' },
    { expr: 's.seq', field: 'seq', direction: 'DESC', type: 'integer' },
  ]),
} as const;

/** Occurrences a statement page lists: the earliest; the count says how many there are in all. */
export const MAX_TIMELINE = 200;
const MAX_VARIANTS = 50;

const FLAG_COLUMNS: Record<StatementFlag, string> = {
  altered: 'altered',
  disputed: 'disputed',
  unattributed: 'unattributed',
};

const STATEMENT_COLUMNS = `s.seq, s.id, s.canonical, s.speaker_id, s.speakers, s.outlets, s.occurrences,
  s.altered, s.disputed, s.unattributed, s.first_sort, s.first_key, s.first_article_seq, s.first_idx`;

/** The occurrence columns, with the article's, as `occurrence()` reads them. */
const OCCURRENCE_SELECT = `SELECT sq.statement_seq, sq.sort_key, sq.article_seq, sq.idx, sq.quote_id,
  sq.speaker_id, sq.wording, a.id AS article_id, a.title, a.publisher, a.published_at
  FROM statement_quotes sq JOIN articles a ON a.seq = sq.article_seq`;

function placeholders(values: unknown[]): string {
  return values.map(() => '?').join(', ');
}

/** Corpus entities as EntityRefs, by id. */
async function entityRefs(db: Database, ids: string[]): Promise<Map<string, EntityRef>> {
  const unique = [...new Set(ids)];
  const refs = new Map<string, EntityRef>();
  if (unique.length === 0) return refs;
  const rows = await db.all(
    `SELECT id, name, kind, outlet, anonymous, descriptors FROM corpus_entities WHERE id IN (${placeholders(unique)})`,
    unique,
  );
  for (const row of rows)
    refs.set(String(row.id), {
      id: String(row.id),
      name: String(row.name),
      kind: row.kind as EntityKind,
      descriptor: (JSON.parse(String(row.descriptors)) as string[])[0] ?? null,
      outlet: Number(row.outlet) === 1,
      anonymous: Number(row.anonymous) === 1,
    });
  return refs;
}

function occurrence(row: Row, refs: Map<string, EntityRef>): StatementOccurrence {
  const publishedAt = row.published_at === null ? null : String(row.published_at);
  const speaker = row.speaker_id === null ? null : (refs.get(String(row.speaker_id)) ?? null);
  return {
    article: {
      id: String(row.article_id),
      title: row.title === null ? null : String(row.title),
      publisher: row.publisher === null ? null : String(row.publisher),
      publishedAt,
    },
    quoteId: String(row.quote_id),
    outlet: row.publisher === null ? null : String(row.publisher),
    publishedAt,
    wording: String(row.wording),
    speaker,
  };
}

function flagsOf(row: Row): StatementFlag[] {
  return (Object.keys(FLAG_COLUMNS) as StatementFlag[]).filter(
    (flag) => Number(row[FLAG_COLUMNS[flag]]) === 1,
  );
}

/** Summaries for statement rows: their first occurrences and speakers fetched in two queries. */
async function summaries(db: Database, rows: Row[]): Promise<StatementSummary[]> {
  if (rows.length === 0) return [];
  const firstRows = await db.all(
    `${OCCURRENCE_SELECT} WHERE ${rows.map(() => '(sq.statement_seq = ? AND sq.sort_key = ? AND sq.article_seq = ? AND sq.idx = ?)').join(' OR ')}`,
    rows.flatMap((row) => [row.seq, row.first_key, row.first_article_seq, row.first_idx]),
  );
  const speakerIds = rows.flatMap((row) => JSON.parse(String(row.speakers)) as string[]);
  const refs = await entityRefs(db, [
    ...speakerIds,
    ...firstRows.flatMap((row) => (row.speaker_id === null ? [] : [String(row.speaker_id)])),
  ]);
  const firsts = new Map(firstRows.map((row) => [Number(row.statement_seq), row]));
  return rows.map((row) => {
    const speakers = (JSON.parse(String(row.speakers)) as string[]).flatMap((id) => {
      const ref = refs.get(id);
      return ref ? [ref] : [];
    });
    const first = firsts.get(Number(row.seq)) as Row;
    return {
      id: String(row.id),
      canonical: canonicalOf(row.canonical, first.wording),
      speaker: row.speaker_id === null ? null : (refs.get(String(row.speaker_id)) ?? null),
      speakers,
      flags: flagsOf(row),
      outlets: Number(row.outlets),
      occurrences: Number(row.occurrences),
      firstSeen: occurrence(first, refs),
    };
  });
}

/** Statements, filtered and sorted, a page at a time. */
export async function listStatements(
  db: Database,
  query: StatementQuery,
): Promise<Page<StatementSummary>> {
  const order = ORDERS[query.sort];
  // No stored id, name or wording holds a NUL, and PostgreSQL refuses one in a parameter.
  const texts = [query.speaker, query.outlet, query.article, query.q];
  if (texts.some((text) => text?.includes('\u0000'))) return { items: [], next: null };
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    parts.push(sql);
    params.push(...values);
  };
  if (query.flag !== undefined) add(`s.${FLAG_COLUMNS[query.flag]} = 1`);
  if (query.minOutlets !== undefined) add('s.outlets >= ?', query.minOutlets);
  if (query.speaker !== undefined) {
    const alone =
      query.flag === undefined &&
      query.outlet === undefined &&
      query.article === undefined &&
      query.q === undefined;
    add(
      alone && (await speaksOften(db, query.speaker, query.limit))
        ? `EXISTS (SELECT 1 FROM statement_speakers ss WHERE ss.statement_seq = s.seq AND ss.speaker_key = ? AND ss.n > 0)`
        : `s.seq IN (SELECT statement_seq FROM statement_speakers WHERE speaker_key = ? AND n > 0)`,
      query.speaker,
    );
  }
  if (query.outlet !== undefined)
    add(
      `s.seq IN (SELECT statement_seq FROM statement_outlets WHERE outlet = ? AND n > 0)`,
      query.outlet,
    );
  if (query.article !== undefined)
    add(
      `s.seq IN (SELECT sq.statement_seq FROM statement_quotes sq JOIN articles a ON a.seq = sq.article_seq WHERE a.id = ?)`,
      query.article,
    );
  if (query.q !== undefined) {
    const words = statementWords(query.q);
    if (words.length === 0) return { items: [], next: null };
    const pattern = `%${words.join(' ').replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // A statement whose canonical wording is its first occurrence's keeps its words in the wording
    // row kept as '' (displays.ts), not in search.
    add(
      `(s.search LIKE ? ESCAPE '\\' OR (s.search = '' AND s.seq IN (
        SELECT statement_seq FROM statement_wordings WHERE display = '' AND norm LIKE ? ESCAPE '\\')))`,
      pattern,
      pattern,
    );
  }
  const after = order.after(query.cursor);
  if (after) add(after.sql, ...after.params);
  const where = parts.length === 0 ? '' : `WHERE ${parts.join(' AND ')}`;
  const rows = await db.all(
    `SELECT ${STATEMENT_COLUMNS} FROM statements s ${where} ORDER BY ${order.orderBy()} LIMIT ?`,
    [...params, query.limit + 1],
  );
  const page = order.page(rows, query.limit, (row) => row);
  return { items: await summaries(db, page.items), next: page.next };
}

/**
 * Whether a speaker has so many statements that a page of theirs is found faster by walking all
 * statements in the page's order, checking each, than by gathering all of theirs and sorting
 * them. With `theirs` of `total` spread evenly, the walk reads about total / theirs rows per row
 * it keeps, the gathering sorts all `theirs`: the walk wins once theirs² passes a page × total.
 */
async function speaksOften(db: Database, speaker: string, limit: number): Promise<boolean> {
  const [totals] = await db.all(`SELECT max(seq) AS total FROM statements`);
  const enough = Math.ceil(Math.sqrt((limit + 1) * Number(totals?.total ?? 0)));
  // counting stops at enough: a speaker of a million statements is not counted to the end
  const [row] = await db.all(
    `SELECT count(*) AS theirs FROM (
       SELECT 1 FROM statement_speakers WHERE speaker_key = ? AND n > 0 LIMIT ?) AS theirs`,
    [speaker, enough],
  );
  return Number(row?.theirs ?? 0) >= enough;
}

/** Each wording other than the canonical one, with its word-level changes. */
function variantsOf(canonical: string, firstWording: string, rows: Row[]): StatementVariant[] {
  const canonicalWords = statementWords(canonical);
  const canonicalNorm = canonicalWords.join(' ');
  return rows
    .filter((row) => String(row.norm) !== canonicalNorm)
    .slice(0, MAX_VARIANTS)
    .map((row) => {
      const words = String(row.norm).split(' ');
      const display = displayOf(row.display, firstWording);
      return {
        wording: display,
        occurrences: Number(row.n),
        changes: wordChanges(
          canonicalWords,
          words,
          shownWords(canonical, canonicalWords),
          shownWords(display, words),
        ),
        altered: isAltered(canonicalWords, words),
      };
    });
}

/** The words as printed, aligned with their normalised forms; the normalised ones if they do not line up. */
function shownWords(text: string, words: string[]): string[] {
  const shown = text
    .split(/[^\p{L}\p{N}\p{M}'\u2019]+/u)
    .map((w) => w.replace(/^['\u2019]+|['\u2019]+$/g, ''))
    .filter((w) => w !== '');
  return shown.length === words.length ? shown : words;
}

/** One statement with its timeline and variants; null when there is no such statement. */
export async function getStatement(db: Database, id: string): Promise<Statement | null> {
  if (id.includes('\u0000')) return null;
  const [row] = await db.all(`SELECT ${STATEMENT_COLUMNS} FROM statements s WHERE s.id = ?`, [id]);
  if (!row) return null;
  const [summary] = await summaries(db, [row]);
  const timelineRows = await db.all(
    `${OCCURRENCE_SELECT} WHERE sq.statement_seq = ? ORDER BY sq.sort_key, sq.article_seq, sq.idx LIMIT ?`,
    [row.seq, MAX_TIMELINE],
  );
  const refs = await entityRefs(
    db,
    timelineRows.flatMap((r) => (r.speaker_id === null ? [] : [String(r.speaker_id)])),
  );
  const wordingRows = await db.all(
    `SELECT norm, display, n FROM statement_wordings WHERE statement_seq = ? AND n > 0 ORDER BY n DESC, norm`,
    [row.seq],
  );
  return {
    ...(summary as StatementSummary),
    timeline: timelineRows.map((r) => occurrence(r, refs)),
    variants: variantsOf(
      (summary as StatementSummary).canonical,
      (summary as StatementSummary).firstSeen.wording,
      wordingRows,
    ),
  };
}

/** Quote index -> statement id, for one stored article. */
export async function statementIdsOf(
  db: Database,
  articleSeq: number,
): Promise<Map<number, string>> {
  const rows = await db.all(
    `SELECT sq.idx, s.id FROM statement_quotes sq JOIN statements s ON s.seq = sq.statement_seq WHERE sq.article_seq = ?`,
    [articleSeq],
  );
  return new Map(rows.map((row) => [Number(row.idx), String(row.id)]));
}
