import {
  type Article,
  type ArticleQuery,
  type ArticleSummary,
  type ClaimQuery,
  type ClaimRecord,
  type CorpusEntity,
  type CorpusStats,
  type EntityKind,
  type EntityQuery,
  type EntityRef,
  type Page,
  type QuoteQuery,
  type QuoteRecord,
  type RelatedEntity,
  type RelatedQuery,
  primaryDescriptor,
  type Statement,
  type StatementQuery,
  type StatementSummary,
} from '@sourcetrace/article-model';
import { addArticleStatements, type StoredArticle } from '../statements/ingest.js';
import { removeArticleStatements } from '../statements/remove.js';
import { getStatement, listStatements, statementIdsOf } from '../statements/read.js';
import { InvalidArticleError } from '../errors.js';
import { entityKey, lastWord, normaliseName, searchWords } from '../corpus/normalise.js';
import { unpackItem, type ItemText } from '../corpus/packing.js';
import { storedArticle, textOf } from './stored-articles.js';
import {
  PREPARED_FORMAT,
  prepareArticle,
  sortableInstant,
  type PreparedArticle,
  type PreparedEntity,
} from '../corpus/prepare.js';
import type { PutResult, Store } from '../types.js';
import {
  chunks,
  type BulkType,
  type Database,
  type Dialect,
  type Row,
  type SearchTable,
} from './database.js';
import { ENTITY_SORT_COMMON } from './indexes.js';
import { Keyset } from './keyset.js';
import { itemOrder, itemRows, type ItemList } from './searched-items.js';
import { SqlWatchState } from '../watch/watch-state.js';
import {
  changePartners,
  PairCounts,
  RELATED_ORDER,
  relatedRows,
  removeArticlePairs,
} from '../pairs/pair-store.js';

/** Articles: newest published first. */
const ARTICLE_ORDER = new Keyset('articles', [
  { expr: 'a.published_sort', field: 'published_sort', direction: 'DESC', type: 'string' },
  { expr: 'a.seq', field: 'seq', direction: 'DESC', type: 'integer' },
]);
/** The same order read from entity_articles' key, for articles that mention one entity. */
const ENTITY_ARTICLE_ORDER = new Keyset('articles', [
  { expr: 'ea.published_sort', field: 'published_sort', direction: 'DESC', type: 'string' },
  { expr: 'ea.article_seq', field: 'seq', direction: 'DESC', type: 'integer' },
]);

const QUOTE_ORDER = itemOrder('quotes', 'q');
const CLAIM_ORDER = itemOrder('claims', 'c');

/** A page of quotes: its rows (the subquery `q`) with their article, speaker and channel. */
const QUOTE_LIST: ItemList = {
  table: 'quotes',
  alias: 'q',
  order: QUOTE_ORDER,
  around: (rows) =>
    `SELECT q.article_seq, q.idx, q.published_sort, q.json, q.text, q.cue_text, q.source_text,
       q.speaker_descriptor, q.channel_descriptor,
       a.id AS article_id, a.title AS article_title, a.publisher AS article_publisher,
       a.published_at AS article_published_at, ${refColumns('sp', 'sp')}, ${refColumns('ch', 'ch')}
     FROM (${rows}) q
     JOIN articles a ON a.seq = q.article_seq
     LEFT JOIN corpus_entities sp ON sp.id = q.speaker_id
     LEFT JOIN corpus_entities ch ON ch.id = q.channel_id
     ORDER BY ${QUOTE_ORDER.orderBy()}`,
};

/** A page of claims: its rows (the subquery `c`) with their article and source. */
const CLAIM_LIST: ItemList = {
  table: 'claims',
  alias: 'c',
  order: CLAIM_ORDER,
  around: (rows) =>
    `SELECT c.article_seq, c.idx, c.published_sort, c.json, c.text, c.cue_text, c.source_text, c.source_descriptor,
       a.id AS article_id, a.title AS article_title, a.publisher AS article_publisher,
       a.published_at AS article_published_at, ${refColumns('so', 'so')}
     FROM (${rows}) c
     JOIN articles a ON a.seq = c.article_seq
     LEFT JOIN corpus_entities so ON so.id = c.source_id
     ORDER BY ${CLAIM_ORDER.orderBy()}`,
};

const ENTITY_SORT_COLUMNS = {
  quotes: 'quotes',
  mentions: 'mentions',
  articles: 'articles',
} as const;
const ENTITY_ORDERS = Object.fromEntries(
  Object.entries(ENTITY_SORT_COLUMNS).map(([sort, column]) => [
    sort,
    new Keyset(`entities:${sort}`, [
      { expr: `e.${column}`, field: column, direction: 'DESC', type: 'integer' },
      { expr: 'e.id', field: 'id', direction: 'ASC', type: 'string' },
    ]),
  ]),
) as Record<keyof typeof ENTITY_SORT_COLUMNS, Keyset>;

/**
 * The parts of the entity list by one count, in list order, written out with constants so the
 * planner can use the count's partial index (sql/indexes.ts, ENTITY_SORT_COMMON): the entities
 * above the common value, those at it (in id order, through the id's index), those below it.
 */
function countRanges(sort: keyof typeof ENTITY_SORT_COMMON): string[] {
  const common: number = ENTITY_SORT_COMMON[sort];
  const column = `e.${ENTITY_SORT_COLUMNS[sort]}`;
  const indexed = `${column} <> ${common}`;
  const ranges = [`${indexed} AND ${column} > ${common}`, `${column} = ${common}`];
  // Counts are never negative: below a common value of 0 there is nothing to read.
  return common > 0 ? [...ranges, `${indexed} AND ${column} < ${common}`] : ranges;
}

/** Entities of one article that count towards co-occurrence (the most mentioned). */
const MAX_PAIRED_PER_ARTICLE = 24;
/**
 * The numbers of one article's paired corpus entities, found by entity_articles' key (entity,
 * published_sort, seq) from the article's own entities: no second index on entity_articles.
 * Parameters: the article's seq, published_sort, seq.
 */
const PAIRED_OF_ARTICLE = `SELECT ea.entity FROM entity_articles ea
  WHERE ea.entity IN (SELECT entity FROM article_entities WHERE article_seq = ?)
    AND ea.published_sort = ? AND ea.article_seq = ? AND ea.paired = 1`;
/** One corpus entity's part in a batch: what its single upsert adds, gathered over the articles. */
interface EntityShare {
  /** The values a new row starts from: the first article's own entity of that key. */
  owner: PreparedEntity;
  /** Every article's names and descriptors, in article order, merged into the row at the end. */
  names: string[];
  descriptors: string[];
  outlet: boolean;
  anonymous: boolean;
  articles: number;
  mentions: number;
  quotes: number;
  channelQuotes: number;
  claims: number;
}

/**
 * What a batch adds to the rows every article shares (corpus entities, co-occurrence, totals),
 * written once at the end of the batch: a name in twenty articles of a batch is one update, not
 * twenty. Articles later in the batch see the entities earlier ones added (surname folding).
 */
class BatchTotals {
  readonly shares = new Map<string, EntityShare>();
  readonly pairs = new PairCounts();
  /** Articles whose quotes are matched into statements once the whole batch is written. */
  readonly forStatements: StoredArticle[] = [];
  /**
   * Rows of article_entities and entity_articles, each led by its corpus entity's id, which
   * becomes the entity's number once the batch's corpus entities are written.
   */
  readonly articleEntities: unknown[][] = [];
  readonly entityArticles: unknown[][] = [];
  articles = 0;
  quotes = 0;
  claims = 0;

  /** The batch's full-name people by last word, so a surname is not checked against every share. */
  private readonly byLastWord = new Map<string, string[]>();

  /** Starts a corpus entity's share of the batch; its owner (and so its name) stays the same. */
  addShare(id: string, share: EntityShare): void {
    this.shares.set(id, share);
    const name = share.owner.normalisedName;
    if (share.owner.kind !== 'person' || !name.includes(' ')) return;
    const word = lastWord(name);
    const ids = this.byLastWord.get(word);
    if (ids) ids.push(id);
    else this.byLastWord.set(word, [id]);
  }

  /** Non-anonymous people with a full name ending in `word`, added by this batch. */
  fullNamesEndingIn(word: string): string[] {
    return (this.byLastWord.get(word) ?? []).filter((id) => !this.shares.get(id)?.anonymous);
  }

  /** Whether an article of this batch made the entity anonymous (the corpus row does not know yet). */
  madeAnonymous(id: string): boolean {
    return this.shares.get(id)?.anonymous === true;
  }
}

/** Aliases and descriptors kept per corpus entity, so a very common name stays a small row. */
const MAX_NAMES = 50;
const TOP = 10;
const ITERATE_BATCH = 200;

/** Column types of a corpus_entities upsert row, in addEntityShares' order. */
const ENTITY_ROW_TYPES: BulkType[] = [
  ...(['text', 'text', 'text', 'text', 'bigint'] as const),
  ...(['text', 'text', 'text', 'bigint', 'bigint'] as const),
  ...(['bigint', 'bigint', 'bigint', 'bigint', 'bigint'] as const),
];
/** Column types of an article_entities row, in addArticleEntities' order. */
const ARTICLE_ENTITY_ROW_TYPES: BulkType[] = [
  ...(['bigint', 'bigint', 'text'] as const),
  ...(['bigint', 'bigint', 'bigint', 'bigint'] as const),
  ...(['text', 'text', 'bigint', 'bigint'] as const),
];
/** Column types of an entity_articles row: entity, published_sort, article_seq, paired. */
const ENTITY_ARTICLE_ROW_TYPES: BulkType[] = ['bigint', 'text', 'bigint', 'bigint'];

const ENTITY_COLUMNS =
  'id, kind, name, aliases, descriptors, outlet, anonymous, articles, mentions, quotes, claims';

/** Conditions joined with AND, with their parameters in order. */
class Where {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];
  add(sql: string, ...params: unknown[]): this {
    this.parts.push(sql);
    this.params.push(...params);
    return this;
  }
  addFragment(fragment: { sql: string; params: unknown[] } | null): this {
    if (fragment) this.add(fragment.sql, ...fragment.params);
    return this;
  }
  toString(): string {
    return this.parts.length === 0 ? '' : `WHERE ${this.parts.join(' AND ')}`;
  }
}

/** Merges name lists keeping first-seen order, without duplicates or the canonical name. */
function mergeNames(into: string[], more: string[], exclude: string): string[] {
  const seen = new Set(into.map((name) => name.toLowerCase()));
  seen.add(exclude.toLowerCase());
  const merged = [...into];
  for (const name of more) {
    if (merged.length >= MAX_NAMES) break;
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    merged.push(name);
  }
  return merged;
}

const int = (value: unknown): number => Number(value ?? 0);
const str = (value: unknown): string | null =>
  value === null || value === undefined ? null : String(value);
const bool = (value: unknown): boolean => Number(value) === 1;

function toCorpusEntity(row: Row): CorpusEntity {
  return {
    id: String(row.id),
    // Kept by no column: a row's kind and name are its first owner's, as its key was.
    key: entityKey(row.kind as EntityKind, String(row.name)),
    kind: row.kind as EntityKind,
    name: String(row.name),
    aliases: JSON.parse(String(row.aliases)) as string[],
    descriptors: JSON.parse(String(row.descriptors)) as string[],
    outlet: bool(row.outlet),
    anonymous: bool(row.anonymous),
    counts: {
      articles: int(row.articles),
      mentions: int(row.mentions),
      quotes: int(row.quotes),
      claims: int(row.claims),
    },
  };
}

/** An EntityRef from columns selected with a prefix (sp_id, sp_name, ...); null when absent. */
function toEntityRef(row: Row, prefix: string, descriptor: unknown): EntityRef | null {
  if (row[`${prefix}_id`] === null || row[`${prefix}_id`] === undefined) return null;
  return {
    id: String(row[`${prefix}_id`]),
    name: String(row[`${prefix}_name`]),
    kind: row[`${prefix}_kind`] as EntityKind,
    descriptor: str(descriptor),
    outlet: bool(row[`${prefix}_outlet`]),
    anonymous: bool(row[`${prefix}_anonymous`]),
  };
}

function refColumns(alias: string, prefix: string): string {
  return ['id', 'name', 'kind', 'outlet', 'anonymous']
    .map((c) => `${alias}.${c} AS ${prefix}_${c}`)
    .join(', ');
}

function articleRef(row: Row) {
  return {
    id: String(row.article_id),
    title: str(row.article_title),
    publisher: str(row.article_publisher),
    publishedAt: str(row.article_published_at),
  };
}

/** Exclusive upper bound for `to`: a date includes its whole day. */
function endOf(to: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(to))
    return sortableInstant(new Date(Date.parse(to) + 86_400_000).toISOString());
  return new Date(Date.parse(to) + 1).toISOString();
}

/**
 * One article's quotes or claims, found by the list order index's leading columns (there is no
 * index by article); the parameter is the article id.
 */
function ofArticle(alias: string): string {
  return `(${alias}.published_sort, ${alias}.article_seq) = (SELECT published_sort, seq FROM articles WHERE id = ?)`;
}

/** The same rows by the article's own published_sort and seq (the parameters, in that order). */
const ITEMS_OF_ARTICLE = 'published_sort = ? AND article_seq = ?';

/** LIKE pattern for a substring, with LIKE's own wildcards escaped. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The store over any Database: all queries and writes, written once for both adapters. */
export class SqlStore implements Store {
  readonly kind: 'sqlite' | 'postgres';
  readonly watch: SqlWatchState;

  constructor(
    private readonly db: Database,
    private readonly dialect: Dialect,
    /** Whether quotes are matched into statements as articles are added (on unless turned off). */
    private readonly statements = true,
  ) {
    this.kind = dialect.kind;
    this.watch = new SqlWatchState(db);
  }

  // ---- Writes ----

  async putArticle(input: Article, options: { ingestedAt?: string } = {}): Promise<PutResult> {
    const [result] = await this.putArticles([input], options);
    return result!;
  }

  async putArticles(
    inputs: Article[],
    options: { ingestedAt?: string } = {},
  ): Promise<PutResult[]> {
    const prepared = inputs.map((input) => {
      const result = prepareArticle(input);
      if (!result.ok) throw new InvalidArticleError(result.problems);
      return result.prepared;
    });
    return this.putPrepared(prepared, options);
  }

  async putPrepared(
    prepared: PreparedArticle[],
    options: { ingestedAt?: string } = {},
  ): Promise<PutResult[]> {
    for (const article of prepared)
      if (article?.format !== PREPARED_FORMAT)
        throw new TypeError('putPrepared takes what prepareArticle returned as `prepared`');
    const ingestedAt = options.ingestedAt ?? new Date().toISOString();
    // One transaction for the batch: the commit (and the search index flush) is paid once.
    return this.db.transaction(async (tx) => {
      const results: PutResult[] = [];
      const batch = new BatchTotals();
      for (const article of prepared)
        results.push(await this.write(tx, article, ingestedAt, batch));
      // Statements for the whole batch at once: the index is read and written a few times per
      // batch, not per article.
      await addArticleStatements(tx, this.dialect, batch.forStatements);
      // Rows only each article touches came first; the shared rows (corpus entities, pairs,
      // totals) last, so concurrent writers on PostgreSQL hold those locks for as short a time as
      // possible. The article-entity rows wait for the corpus entities' numbers.
      const entities = await this.addEntityShares(tx, batch.shares);
      await this.addArticleEntities(tx, batch, entities);
      const numbers = new Map([...entities].map(([id, entity]) => [id, entity.n]));
      await changePartners(tx, this.dialect, batch.pairs.byEntity(numbers));
      await this.addToCounts(tx, batch.articles, batch.quotes, batch.claims);
      return results;
    });
  }

  private async write(
    tx: Database,
    prepared: PreparedArticle,
    ingestedAt: string,
    batch: BatchTotals,
  ): Promise<PutResult> {
    const [inserted] = await this.insertRows(
      tx,
      'articles',
      [
        ...['id', 'title', 'publisher', 'url', 'published_at', 'published_sort', 'ingested_at'],
        ...['quotes', 'speakers', 'entities', 'claims'],
      ],
      [
        [
          prepared.id,
          prepared.title,
          prepared.publisher,
          prepared.url,
          prepared.publishedAt,
          prepared.publishedSort,
          ingestedAt,
          prepared.counts.quotes,
          prepared.counts.speakers,
          prepared.counts.entities,
          prepared.counts.claims,
        ],
      ],
      [prepared.searchText],
      'ON CONFLICT (id) DO NOTHING',
    );
    if (!inserted) return { id: prepared.id, status: 'unchanged' };
    const seq = inserted.seq;
    // The article JSON lives apart, so the articles rows that lists sort and filter stay small.
    await tx.run(`INSERT INTO article_bodies (seq, json) VALUES (?, ?)`, [
      seq,
      this.jsonValue(prepared),
    ]);
    const corpusIds = await this.resolveCorpusIds(tx, prepared.entities, batch);
    await this.addQuotesAndClaims(tx, seq, prepared, corpusIds);
    if (this.statements) batch.forStatements.push({ seq, prepared, corpusIds });
    await this.addEntities(tx, seq, prepared.publishedSort, prepared.entities, corpusIds, batch);
    batch.articles++;
    batch.quotes += prepared.counts.quotes;
    batch.claims += prepared.counts.claims;
    return { id: prepared.id, status: 'created' };
  }

  /** JSON as the dialect keeps it: packed bytes (SQLite) or text. */
  private jsonValue(item: { json: string; packedJson: Uint8Array }): string | Buffer {
    if (!this.dialect.packsJson) return item.json;
    const packed = item.packedJson;
    // A Buffer again after crossing from a worker thread (where it arrives as a Uint8Array).
    return Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength);
  }

  /** The text, cue_text and source_text columns: empty where the packed JSON holds them. */
  private textColumns(item: ItemText): [string, string | null, string | null] {
    if (this.dialect.packsJson) return ['', null, null];
    return [item.text, item.cueText, item.sourceText];
  }

  /**
   * One multi-row INSERT, with each row's search text (searchTexts[i] for rows[i]) going wherever
   * the dialect keeps it. Returns the new rows' seq and idx, in no particular order.
   */
  private async insertRows(
    tx: Database,
    table: SearchTable,
    columns: string[],
    rows: unknown[][],
    searchTexts: string[],
    conflict = '',
  ): Promise<{ seq: number; idx: number }[]> {
    const search = this.dialect.rowSearch;
    const placeholders = [...columns.map(() => '?'), ...(search ? [search.value] : [])];
    const tuple = `(${placeholders.join(', ')})`;
    const inserted: { seq: number; idx: number }[] = [];
    // Each row carries its index in `rows` so its search text can be found again.
    const numbered = rows.map((row, i) => ({ row, i }));
    for (const part of chunks(numbered, placeholders.length)) {
      // Quotes and claims return their idx (their position in the article, so in `rows`); an article is one row.
      const returned = await tx.all(
        `INSERT INTO ${table} (${[...columns, ...(search ? [search.column] : [])].join(', ')})
         VALUES ${part.map(() => tuple).join(', ')} ${conflict} RETURNING seq${table === 'articles' ? '' : ', idx'}`,
        part.flatMap(({ row, i }) => (search ? [...row, searchTexts[i]] : row)),
      );
      inserted.push(...returned.map((row) => ({ seq: int(row.seq), idx: int(row.idx) })));
    }
    if (!search) {
      // A returned row is matched to its search text by idx, its position among the article's items.
      const idxColumn = columns.indexOf('idx');
      const position = new Map(
        rows.map((row, i) => [idxColumn < 0 ? 0 : Number(row[idxColumn]), i]),
      );
      // All of them an article's rows: one published time.
      const published = String(rows[0]?.[columns.indexOf('published_sort')] ?? '');
      await this.dialect.indexText(
        tx,
        table,
        inserted.map((row) => ({
          seq: row.seq,
          text: searchTexts[position.get(row.idx) ?? -1] ?? '',
        })),
        published,
      );
    }
    return inserted;
  }

  /**
   * Article entity id -> corpus entity id. The key is kind plus normalised name; a one-word
   * person name (a surname) joins the one full-name person with that last word, when exactly
   * one is known (in this article or the corpus), so "Velloso" and "Marta Velloso" are one.
   */
  private async resolveCorpusIds(
    tx: Database,
    entities: PreparedEntity[],
    batch: BatchTotals,
  ): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    const fullNames = new Map<string, Set<string>>();
    for (const entity of entities) {
      ids.set(entity.entityId, entity.corpusId);
      const name = entity.normalisedName;
      if (entity.kind === 'person' && !entity.anonymous && name.includes(' ')) {
        const set = fullNames.get(lastWord(name)) ?? new Set<string>();
        set.add(entity.corpusId);
        fullNames.set(lastWord(name), set);
      }
    }
    for (const entity of entities) {
      const name = entity.normalisedName;
      if (entity.kind !== 'person' || entity.anonymous || name.includes(' ') || name === '')
        continue;
      // One more than needed: an article earlier in this batch may have made one anonymous.
      const rows = await tx.all(
        `SELECT id FROM corpus_entities
         WHERE kind = 'person' AND last_word = ? AND multiword = 1 AND anonymous = 0 LIMIT 3`,
        [name],
      );
      const candidates = new Set([
        ...(fullNames.get(name) ?? []),
        ...rows.map((row) => String(row.id)).filter((id) => !batch.madeAnonymous(id)),
        ...batch.fullNamesEndingIn(name),
      ]);
      if (candidates.size === 1) ids.set(entity.entityId, [...candidates][0] as string);
    }
    return ids;
  }

  private async addEntities(
    tx: Database,
    seq: number,
    publishedSort: string,
    entities: PreparedEntity[],
    corpusIds: Map<string, string>,
    batch: BatchTotals,
  ): Promise<void> {
    if (entities.length === 0) return;
    // Written with the batch's corpus entity numbers, once addEntityShares has them.
    batch.articleEntities.push(
      ...entities.map((entity) => [
        corpusIds.get(entity.entityId),
        seq,
        entity.entityId,
        entity.mentions,
        entity.quotes,
        entity.channelQuotes,
        entity.claims,
        // Made JSON once the corpus entity's name is known (addArticleEntities).
        [entity.name, ...entity.aliases],
        JSON.stringify(entity.descriptors),
        entity.outlet ? 1 : 0,
        entity.anonymous ? 1 : 0,
      ]),
    );

    const groups = new Map<string, PreparedEntity[]>();
    const mentioned = new Map<string, number>();
    for (const entity of entities) {
      const id = corpusIds.get(entity.entityId) as string;
      const group = groups.get(id);
      if (group) group.push(entity);
      else groups.set(id, [entity]);
      mentioned.set(id, (mentioned.get(id) ?? 0) + entity.mentions);
    }
    const ids = [...groups.keys()].sort();
    // Pairs grow with the square of an article's entities, so only its most mentioned ones pair up.
    const mentions = (id: string) => mentioned.get(id) ?? 0;
    const paired = [...ids]
      .sort((a, b) => mentions(b) - mentions(a) || (a < b ? -1 : 1))
      .slice(0, MAX_PAIRED_PER_ARTICLE);
    const isPaired = new Set(paired);
    // One row per corpus entity and article: what article lists by entity and co-occurrence read.
    batch.entityArticles.push(
      ...ids.map((id) => [id, publishedSort, seq, isPaired.has(id) ? 1 : 0]),
    );
    batch.pairs.addArticle(paired);
    for (const id of ids) {
      const group = groups.get(id) as PreparedEntity[];
      let share = batch.shares.get(id);
      if (!share) {
        // A new corpus entity is named by its own key (its full name), never by a folded surname.
        const owner =
          group.find((entity) => entity.corpusId === id) ?? (group[0] as PreparedEntity);
        share = {
          owner,
          names: [],
          descriptors: [],
          outlet: false,
          anonymous: false,
          articles: 0,
          mentions: 0,
          quotes: 0,
          channelQuotes: 0,
          claims: 0,
        };
        batch.addShare(id, share);
      }
      share.articles++;
      for (const entity of group) {
        share.names.push(entity.name, ...entity.aliases);
        share.descriptors.push(...entity.descriptors);
        share.outlet ||= entity.outlet;
        share.anonymous ||= entity.anonymous;
        share.mentions += entity.mentions;
        share.quotes += entity.quotes;
        share.channelQuotes += entity.channelQuotes;
        share.claims += entity.claims;
      }
    }
  }

  /**
   * A batch's corpus entities, one upsert row each, locked in id order (so concurrent writers on
   * PostgreSQL never wait on each other in a cycle). Returns every one's number and name.
   */
  private async addEntityShares(
    tx: Database,
    shares: Map<string, EntityShare>,
  ): Promise<Map<string, { n: number; name: string }>> {
    const numbers = new Map<string, { n: number; name: string }>();
    const ids = [...shares.keys()].sort();
    if (ids.length === 0) return numbers;
    const existing = new Map<string, Row>();
    // Statements of a few fixed shapes (dialect.bulkIn, bulkRows): a batch's count of entities
    // varies, and SQLite would otherwise prepare these long statements anew for every batch.
    for (const part of this.dialect.bulkIn('id', ids, 'text')) {
      const rows = await tx.all(
        `SELECT id, name, aliases, descriptors FROM corpus_entities WHERE ${part.sql}
         ORDER BY id${this.dialect.kind === 'postgres' ? ' FOR UPDATE' : ''}`,
        part.params,
      );
      for (const row of rows) existing.set(String(row.id), row);
    }
    const upserts = ids.map((id) => {
      const share = shares.get(id) as EntityShare;
      const { owner } = share;
      const current = existing.get(id);
      const canonical = current ? String(current.name) : owner.name;
      const aliases = mergeNames(
        current ? (JSON.parse(String(current.aliases)) as string[]) : [],
        share.names,
        canonical,
      );
      const descriptors = mergeNames(
        current ? (JSON.parse(String(current.descriptors)) as string[]) : [],
        share.descriptors,
        '',
      );
      const name = owner.normalisedName;
      return [
        id,
        owner.kind,
        owner.name,
        lastWord(name),
        name.includes(' ') ? 1 : 0,
        normaliseName([canonical, ...aliases].join(' | ')),
        JSON.stringify(aliases),
        JSON.stringify(descriptors),
        share.outlet ? 1 : 0,
        share.anonymous ? 1 : 0,
        share.articles,
        share.mentions,
        share.quotes,
        share.channelQuotes,
        share.claims,
      ];
    });
    for (const part of this.dialect.bulkRows(upserts, ENTITY_ROW_TYPES)) {
      const rows = await tx.all(
        `INSERT INTO corpus_entities (id, kind, name, last_word, multiword, search, aliases, descriptors,
           outlet, anonymous, articles, mentions, quotes, channel_quotes, claims)
         ${part.sql}
         ON CONFLICT (id) DO UPDATE SET search = excluded.search, aliases = excluded.aliases,
         descriptors = excluded.descriptors,
         outlet = CASE WHEN excluded.outlet = 1 THEN 1 ELSE corpus_entities.outlet END,
         anonymous = CASE WHEN excluded.anonymous = 1 THEN 1 ELSE corpus_entities.anonymous END,
         articles = corpus_entities.articles + excluded.articles,
         mentions = corpus_entities.mentions + excluded.mentions,
         quotes = corpus_entities.quotes + excluded.quotes,
         channel_quotes = corpus_entities.channel_quotes + excluded.channel_quotes,
         claims = corpus_entities.claims + excluded.claims
         RETURNING id, n, name`,
        part.params,
      );
      for (const row of rows)
        numbers.set(String(row.id), { n: int(row.n), name: String(row.name) });
    }
    return numbers;
  }

  /**
   * The batch's article_entities and entity_articles rows, keyed by corpus entity number (a few
   * bytes where the id is 21), in a few multi-row statements of fixed shapes for the whole batch.
   */
  private async addArticleEntities(
    tx: Database,
    batch: BatchTotals,
    entities: Map<string, { n: number; name: string }>,
  ): Promise<void> {
    const entity = (id: unknown) => entities.get(id as string) as { n: number; name: string };
    // Each row led by its entity's number in place of its id (one new row, not three copies).
    const numbered = (rows: unknown[][]) =>
      rows.map((row) => {
        const copy = row.slice();
        copy[0] = entity(row[0]).n;
        return copy;
      });
    // An article's names for an entity leave out the corpus entity's own name: after a delete,
    // recomputeNames merges them leaving it out anyway (mergeNames, case ignored).
    const articleEntities = batch.articleEntities.map((row) => {
      const { n, name } = entity(row[0]);
      const canonical = name.toLowerCase();
      const copy = row.slice();
      copy[0] = n;
      copy[7] = JSON.stringify(
        (row[7] as string[]).filter((alias) => alias.toLowerCase() !== canonical),
      );
      return copy;
    });
    for (const part of this.dialect.bulkRows(articleEntities, ARTICLE_ENTITY_ROW_TYPES))
      await tx.run(
        `INSERT INTO article_entities (entity, article_seq, entity_id, mentions, quotes, channel_quotes, claims,
           names, descriptors, outlet, anonymous) ${part.sql}`,
        part.params,
      );
    // In key order, so each row goes where the one before it went.
    const entityArticles = numbered(batch.entityArticles).sort(
      (a, b) =>
        (a[0] as number) - (b[0] as number) ||
        (String(a[1]) < String(b[1]) ? -1 : String(a[1]) > String(b[1]) ? 1 : 0) ||
        (a[2] as number) - (b[2] as number),
    );
    for (const part of this.dialect.bulkRows(entityArticles, ENTITY_ARTICLE_ROW_TYPES))
      await tx.run(
        `INSERT INTO entity_articles (entity, published_sort, article_seq, paired) ${part.sql}`,
        part.params,
      );
  }

  private async addQuotesAndClaims(
    tx: Database,
    seq: number,
    prepared: PreparedArticle,
    corpusIds: Map<string, string>,
  ): Promise<void> {
    const corpus = (id: string | null) => (id === null ? null : (corpusIds.get(id) ?? null));
    // Last first: the list order indexes hold an article's items idx descending (sql/indexes.ts).
    const quotes = [...prepared.quotes].reverse();
    const claims = [...prepared.claims].reverse();
    await this.insertRows(
      tx,
      'quotes',
      [
        'article_seq',
        'idx',
        'published_sort',
        'kind',
        'speaker_id',
        'channel_id',
        'speaker_descriptor',
        'channel_descriptor',
        'text',
        'cue_text',
        'source_text',
        'json',
      ],
      quotes.map((quote) => [
        seq,
        quote.index,
        prepared.publishedSort,
        quote.kind,
        corpus(quote.speakerId),
        corpus(quote.channelId),
        quote.speakerDescriptor,
        quote.channelDescriptor,
        ...this.textColumns(quote),
        this.jsonValue(quote),
      ]),
      quotes.map((quote) => quote.searchText),
    );
    await this.insertRows(
      tx,
      'claims',
      [
        'article_seq',
        'idx',
        'published_sort',
        'hedge',
        'source_id',
        'source_descriptor',
        'source_anonymous',
        'text',
        'cue_text',
        'source_text',
        'json',
      ],
      claims.map((claim) => [
        seq,
        claim.index,
        prepared.publishedSort,
        claim.hedge,
        corpus(claim.sourceId),
        claim.sourceDescriptor,
        claim.sourceAnonymous === null ? null : claim.sourceAnonymous ? 1 : 0,
        ...this.textColumns(claim),
        this.jsonValue(claim),
      ]),
      claims.map((claim) => claim.searchText),
    );
  }

  /** Corpus totals kept in one row, so stats never count whole tables. */
  private async addToCounts(
    tx: Database,
    articles: number,
    quotes: number,
    claims: number,
  ): Promise<void> {
    await tx.run(
      `UPDATE corpus_counts SET articles = articles + ?, quotes = quotes + ?, claims = claims + ? WHERE id = 1`,
      [articles, quotes, claims],
    );
  }

  async deleteArticle(id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const [article] = await tx.all(
        `SELECT seq, published_sort, quotes, claims FROM articles WHERE id = ?`,
        [id],
      );
      if (!article) return false;
      const seq = int(article.seq);
      await removeArticleStatements(tx, seq);
      await this.addToCounts(tx, -1, -int(article.quotes), -int(article.claims));
      const affected = await tx.all(
        `SELECT e.id AS corpus_id, ae.mentions, ae.quotes, ae.channel_quotes, ae.claims
         FROM (SELECT entity, SUM(mentions) AS mentions, SUM(quotes) AS quotes,
             SUM(channel_quotes) AS channel_quotes, SUM(claims) AS claims
           FROM article_entities WHERE article_seq = ? GROUP BY entity) ae
         JOIN corpus_entities e ON e.n = ae.entity ORDER BY e.id`,
        [seq],
      );
      const published = String(article.published_sort);
      const items = [published, seq];
      for (const table of ['quotes', 'claims'] as const) {
        await this.dialect.unindexText(
          tx,
          table,
          `SELECT seq FROM ${table} WHERE ${ITEMS_OF_ARTICLE}`,
          items,
          published,
        );
        await tx.run(`DELETE FROM ${table} WHERE ${ITEMS_OF_ARTICLE}`, items);
      }
      await this.dialect.unindexText(tx, 'articles', `SELECT ?`, [seq], published);
      // Pairs and entity_articles are found through article_entities, so they go before it.
      const key = [seq, published, seq];
      const paired = await tx.all(PAIRED_OF_ARTICLE, key);
      await removeArticlePairs(
        tx,
        this.dialect,
        paired.map((row) => int(row.entity)),
      );
      await tx.run(
        `DELETE FROM entity_articles WHERE entity IN (SELECT entity FROM article_entities WHERE article_seq = ?)
           AND published_sort = ? AND article_seq = ?`,
        key,
      );
      await tx.run(`DELETE FROM article_entities WHERE article_seq = ?`, [seq]);
      await tx.run(`DELETE FROM article_bodies WHERE seq = ?`, [seq]);
      await tx.run(`DELETE FROM articles WHERE seq = ?`, [seq]);

      // Counts come down a batch of entities per statement; entities left with no article go.
      const row = `(?, ${Array.from({ length: 4 }, () => 'CAST(? AS INTEGER)').join(', ')})`;
      for (const part of chunks(affected, 5)) {
        await tx.run(
          `WITH gone (id, mentions, quotes, channel_quotes, claims) AS (VALUES ${part.map(() => row).join(', ')})
           UPDATE corpus_entities SET articles = articles - 1,
             mentions = corpus_entities.mentions - gone.mentions, quotes = corpus_entities.quotes - gone.quotes,
             channel_quotes = corpus_entities.channel_quotes - gone.channel_quotes,
             claims = corpus_entities.claims - gone.claims
           FROM gone WHERE corpus_entities.id = gone.id`,
          part.flatMap((entity) => [
            String(entity.corpus_id),
            int(entity.mentions),
            int(entity.quotes),
            int(entity.channel_quotes),
            int(entity.claims),
          ]),
        );
      }
      for (const part of chunks(affected.map((entity) => String(entity.corpus_id)))) {
        const list = part.map(() => '?').join(', ');
        await tx.run(`DELETE FROM corpus_entities WHERE articles <= 0 AND id IN (${list})`, part);
        const survivors = await tx.all(
          `SELECT id, name FROM corpus_entities WHERE id IN (${list})`,
          part,
        );
        for (const survivor of survivors)
          await this.recomputeNames(tx, String(survivor.id), String(survivor.name));
      }
      return true;
    });
  }

  /** After a delete, names, descriptors and flags come again from the articles that remain. */
  private async recomputeNames(tx: Database, corpusId: string, canonical: string): Promise<void> {
    const rows = await tx.all(
      `SELECT ae.names, ae.descriptors, ae.outlet, ae.anonymous
       FROM entity_articles ea JOIN article_entities ae ON ae.article_seq = ea.article_seq AND ae.entity = ea.entity
       WHERE ea.entity = (SELECT n FROM corpus_entities WHERE id = ?) ORDER BY ae.article_seq, ae.entity_id`,
      [corpusId],
    );
    let aliases: string[] = [];
    let descriptors: string[] = [];
    for (const row of rows) {
      aliases = mergeNames(aliases, JSON.parse(String(row.names)) as string[], canonical);
      descriptors = mergeNames(descriptors, JSON.parse(String(row.descriptors)) as string[], '');
    }
    await tx.run(
      `UPDATE corpus_entities SET aliases = ?, descriptors = ?, search = ?, outlet = ?, anonymous = ? WHERE id = ?`,
      [
        JSON.stringify(aliases),
        JSON.stringify(descriptors),
        normaliseName([canonical, ...aliases].join(' | ')),
        rows.some((row) => bool(row.outlet)) ? 1 : 0,
        rows.some((row) => bool(row.anonymous)) ? 1 : 0,
        corpusId,
      ],
    );
  }

  // ---- Articles ----

  async hasArticle(id: string): Promise<boolean> {
    return (await this.db.all(`SELECT 1 AS found FROM articles WHERE id = ?`, [id])).length > 0;
  }

  async countArticles(): Promise<number> {
    const [row] = await this.db.all(`SELECT articles FROM corpus_counts WHERE id = 1`);
    return int(row?.articles);
  }

  async getArticle(id: string): Promise<Article | null> {
    const [row] = await this.db.all(
      `SELECT a.seq, a.published_sort, b.json FROM articles a JOIN article_bodies b ON b.seq = a.seq
       WHERE a.id = ?`,
      [id],
    );
    if (!row) return null;
    const article = await storedArticle(this.db, row);
    // Each quote says which statement its words belong to, as the corpus has grouped them now.
    const statementIds = await statementIdsOf(this.db, int(row.seq));
    article.quotes.forEach((quote, index) => {
      const statementId = statementIds.get(index);
      if (statementId !== undefined) quote.statementId = statementId;
    });
    return article;
  }

  // ---- Statements ----

  listStatements(query: StatementQuery): Promise<Page<StatementSummary>> {
    return listStatements(this.db, query);
  }

  getStatement(id: string): Promise<Statement | null> {
    return getStatement(this.db, id);
  }

  async *iterateArticles(): AsyncIterable<Article> {
    let after = 0;
    for (;;) {
      const rows = await this.db.all(
        `SELECT b.seq, a.published_sort, b.json FROM article_bodies b JOIN articles a ON a.seq = b.seq
         WHERE b.seq > ? ORDER BY b.seq LIMIT ?`,
        [after, ITERATE_BATCH],
      );
      for (const row of rows) yield await storedArticle(this.db, row);
      if (rows.length < ITERATE_BATCH) return;
      after = int(rows[rows.length - 1]?.seq);
    }
  }

  async listArticles(query: ArticleQuery): Promise<Page<ArticleSummary>> {
    const where = new Where();
    if (query.q !== undefined) {
      const filters = [query.publisher, query.from, query.to, query.entity];
      const match = await this.search('articles', 'a', ARTICLE_ORDER, query.q, query, filters);
      if (!match) return { items: [], next: null };
      where.addFragment(match);
    }
    if (query.publisher !== undefined) where.add('a.publisher = ?', query.publisher);
    if (query.from !== undefined || query.to !== undefined) where.add(`a.published_sort <> ''`);
    if (query.from !== undefined) where.add('a.published_sort >= ?', sortableInstant(query.from));
    if (query.to !== undefined) where.add('a.published_sort < ?', endOf(query.to));
    let from = 'articles a';
    let order = ARTICLE_ORDER;
    if (query.entity !== undefined) {
      from = 'entity_articles ea JOIN articles a ON a.seq = ea.article_seq';
      order = ENTITY_ARTICLE_ORDER;
      where.add('ea.entity = (SELECT n FROM corpus_entities WHERE id = ?)', query.entity);
    }
    where.addFragment(order.after(query.cursor));
    const rows = await this.db.all(
      `SELECT a.seq, a.id, a.title, a.publisher, a.url, a.published_at, a.published_sort, a.ingested_at,
         a.quotes, a.speakers, a.entities, a.claims
       FROM ${from} ${where} ORDER BY ${order.orderBy()} LIMIT ?`,
      [...where.params, query.limit + 1],
    );
    return order.page(rows, query.limit, (row) => ({
      id: String(row.id),
      title: str(row.title),
      publisher: str(row.publisher),
      url: str(row.url),
      publishedAt: str(row.published_at),
      ingestedAt: String(row.ingested_at),
      counts: {
        quotes: int(row.quotes),
        speakers: int(row.speakers),
        entities: int(row.entities),
        claims: int(row.claims),
      },
    }));
  }

  // ---- Quotes and claims ----

  async listQuotes(query: QuoteQuery): Promise<Page<QuoteRecord>> {
    const filters = [query.speaker, query.channel, query.kind, query.article];
    const match =
      query.q === undefined
        ? null
        : await this.search('quotes', 'q', QUOTE_ORDER, query.q, query, filters);
    if (query.q !== undefined && !match) return { items: [], next: null };
    const where = new Where();
    if (query.speaker !== undefined) where.add('q.speaker_id = ?', query.speaker);
    if (query.channel !== undefined) where.add('q.channel_id = ?', query.channel);
    if (query.kind !== undefined) where.add('q.kind = ?', query.kind);
    if (query.article !== undefined) where.add(ofArticle('q'), query.article);
    where.addFragment(QUOTE_ORDER.after(query.cursor));
    const rows = await itemRows(this.db, this.dialect, QUOTE_LIST, where, match, query.limit + 1);
    return QUOTE_ORDER.page(rows, query.limit, (row) => {
      const { json, ...printed } = unpackItem(row.json, textOf(row));
      return {
        article: articleRef(row),
        quote: JSON.parse(json) as QuoteRecord['quote'],
        ...printed,
        speaker: toEntityRef(row, 'sp', row.speaker_descriptor),
        channel: toEntityRef(row, 'ch', row.channel_descriptor),
      };
    });
  }

  async listClaims(query: ClaimQuery): Promise<Page<ClaimRecord>> {
    const filters = [query.source, query.hedge, query.anonymous, query.article];
    const match =
      query.q === undefined
        ? null
        : await this.search('claims', 'c', CLAIM_ORDER, query.q, query, filters);
    if (query.q !== undefined && !match) return { items: [], next: null };
    const where = new Where();
    if (query.source !== undefined) where.add('c.source_id = ?', query.source);
    // Written as the partial indexes' own conditions (claims_hedged, claims_by_anonymous_source),
    // so the planner can use them: the rare values have an index, the common ones read in order.
    if (query.hedge !== undefined)
      where.add(
        query.hedge === 'none' ? `c.hedge = 'none'` : `c.hedge <> 'none' AND c.hedge = ?`,
        ...(query.hedge === 'none' ? [] : [query.hedge]),
      );
    if (query.anonymous !== undefined)
      where.add(query.anonymous ? 'c.source_anonymous = 1' : 'c.source_anonymous = 0');
    if (query.article !== undefined) where.add(ofArticle('c'), query.article);
    where.addFragment(CLAIM_ORDER.after(query.cursor));
    const rows = await itemRows(this.db, this.dialect, CLAIM_LIST, where, match, query.limit + 1);
    return CLAIM_ORDER.page(rows, query.limit, (row) => {
      const { json, ...printed } = unpackItem(row.json, textOf(row));
      return {
        article: articleRef(row),
        claim: JSON.parse(json) as ClaimRecord['claim'],
        ...printed,
        source: toEntityRef(row, 'so', row.source_descriptor),
      };
    });
  }

  // ---- Corpus entities ----

  async listEntities(query: EntityQuery): Promise<Page<CorpusEntity>> {
    const order = ENTITY_ORDERS[query.sort];
    const where = new Where();
    if (query.kind !== undefined) where.add('e.kind = ?', query.kind);
    if (query.outlet !== undefined) where.add('e.outlet = ?', query.outlet ? 1 : 0);
    if (query.q !== undefined) {
      const words = searchWords(query.q);
      if (words.length === 0) return { items: [], next: null };
      for (const word of words) where.add(`e.search LIKE ? ESCAPE '\\'`, containsPattern(word));
    }
    where.addFragment(order.after(query.cursor));
    const rows: Row[] = [];
    const ranges = this.dialect.partialCountIndexes ? countRanges(query.sort) : ['TRUE'];
    for (const range of ranges) {
      if (rows.length > query.limit) break;
      rows.push(
        ...(await this.db.all(
          `SELECT ${ENTITY_COLUMNS} FROM corpus_entities e WHERE ${[...where.parts, range].join(' AND ')}
           ORDER BY ${order.orderBy()} LIMIT ?`,
          [...where.params, query.limit + 1 - rows.length],
        )),
      );
    }
    return order.page(rows, query.limit, toCorpusEntity);
  }

  async getEntity(id: string): Promise<CorpusEntity | null> {
    const [row] = await this.db.all(`SELECT ${ENTITY_COLUMNS} FROM corpus_entities WHERE id = ?`, [
      id,
    ]);
    return row ? toCorpusEntity(row) : null;
  }

  async corpusEntityFor(articleId: string, entityId: string): Promise<CorpusEntity | null> {
    const [row] = await this.db.all(
      `SELECT ${ENTITY_COLUMNS.split(', ')
        .map((column) => `e.${column}`)
        .join(', ')}
       FROM articles a JOIN article_entities ae ON ae.article_seq = a.seq
       JOIN corpus_entities e ON e.n = ae.entity WHERE a.id = ? AND ae.entity_id = ?`,
      [articleId, entityId],
    );
    return row ? toCorpusEntity(row) : null;
  }

  async relatedEntities(id: string, query: RelatedQuery): Promise<Page<RelatedEntity>> {
    const rows = await relatedRows(this.db, this.dialect, id, query);
    const ids = rows.slice(0, query.limit).map((row) => String(row.corpus_id));
    const entities = new Map<string, CorpusEntity>();
    if (ids.length > 0) {
      const found = await this.db.all(
        `SELECT ${ENTITY_COLUMNS} FROM corpus_entities WHERE id IN (${ids.map(() => '?').join(', ')})`,
        ids,
      );
      for (const row of found) entities.set(String(row.id), toCorpusEntity(row));
    }
    return RELATED_ORDER.page(rows, query.limit, (row) => ({
      entity: entities.get(String(row.corpus_id)) as CorpusEntity,
      articles: int(row.shared),
    }));
  }

  async stats(): Promise<CorpusStats> {
    const [counts] = await this.db.all(
      `SELECT articles, quotes, claims, (SELECT COUNT(*) FROM corpus_entities) AS entities,
         (SELECT COUNT(*) FROM corpus_entities WHERE kind = 'person') AS people
       FROM corpus_counts WHERE id = 1`,
    );
    const ranked = async (where: string, count: string) => {
      const rows = await this.db.all(
        `SELECT id, name, kind, outlet, anonymous, descriptors, ${count} AS n FROM corpus_entities
         WHERE ${where} AND ${count} > 0 ORDER BY ${count} DESC, id ASC LIMIT ${TOP}`,
      );
      return rows.map((row) => ({
        entity: {
          id: String(row.id),
          name: String(row.name),
          kind: row.kind as EntityKind,
          descriptor: primaryDescriptor({
            name: String(row.name),
            descriptors: JSON.parse(String(row.descriptors)) as string[],
          }),
          outlet: bool(row.outlet),
          anonymous: bool(row.anonymous),
        },
        count: int(row.n),
      }));
    };
    return {
      articles: int(counts?.articles),
      quotes: int(counts?.quotes),
      claims: int(counts?.claims),
      entities: int(counts?.entities),
      people: int(counts?.people),
      topSpeakers: await ranked('1 = 1', 'quotes'),
      topOutlets: await ranked('outlet = 1', 'quotes + channel_quotes'),
      topSources: await ranked('1 = 1', 'claims'),
    };
  }

  close(): Promise<void> {
    return this.db.close();
  }

  /**
   * Full-text condition for a page of a list searched for q (null when nothing can match). With
   * none of its other `filters` set, and a dialect that reads matches in list order, the page's
   * own rows; otherwise as match().
   */
  private async search(
    table: SearchTable,
    alias: string,
    order: Keyset,
    q: string,
    page: { cursor?: string | undefined; limit: number },
    filters: unknown[],
  ) {
    const words = searchWords(q);
    if (words.length === 0) return null;
    const searchPage = this.dialect.searchPage;
    if (!searchPage || filters.some((filter) => filter !== undefined))
      return this.dialect.textMatch(this.db, table, alias, words);
    const after = order.after(page.cursor);
    const searched = { table, alias, orderBy: order.orderBy(), after, count: page.limit + 1 };
    const seqs = await searchPage(this.db, searched, words);
    if (seqs.length === 0) return null;
    return { sql: `${alias}.seq IN (${seqs.map(() => '?').join(', ')})`, params: seqs };
  }

  /** Full-text condition for plain words; null when q has no words (it then matches nothing). */
  private async match(table: 'articles' | 'quotes' | 'claims', alias: string, q: string) {
    const words = searchWords(q);
    return words.length === 0 ? null : this.dialect.textMatch(this.db, table, alias, words);
  }
}
