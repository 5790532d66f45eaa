import { z } from 'zod';
import { Article, EntityKind, Hedge, Quote, Claim, QuoteKind } from './schemas.js';

/** Largest page a list query may ask for. */
export const MAX_PAGE_LIMIT = 200;
export const DEFAULT_PAGE_LIMIT = 50;

/** A page of a cursor-paginated list; `next` is an opaque cursor, null on the last page. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), next: z.string().nullable() }).strict();
}
export interface Page<T> {
  items: T[];
  next: string | null;
}

export const EntityCounts = z
  .object({
    articles: z.number().int().nonnegative(),
    mentions: z.number().int().nonnegative(),
    quotes: z.number().int().nonnegative(),
    claims: z.number().int().nonnegative(),
  })
  .strict();
export type EntityCounts = z.infer<typeof EntityCounts>;

/** One person, organisation or place across the whole corpus. */
export const CorpusEntity = z
  .object({
    id: z.string().min(1),
    /** Canonical key: kind plus normalised name ("person:ana ruiz"). */
    key: z.string().min(1),
    kind: EntityKind,
    name: z.string().min(1),
    aliases: z.array(z.string()),
    descriptors: z.array(z.string()),
    outlet: z.boolean(),
    anonymous: z.boolean(),
    counts: EntityCounts,
  })
  .strict()
  .meta({ id: 'CorpusEntity' });
export type CorpusEntity = z.infer<typeof CorpusEntity>;

/** An entity as it appears beside a quote or claim: enough to print a speaker line. */
export const EntityRef = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    kind: EntityKind,
    descriptor: z.string().nullable(),
    outlet: z.boolean(),
    anonymous: z.boolean(),
  })
  .strict()
  .meta({ id: 'EntityRef' });
export type EntityRef = z.infer<typeof EntityRef>;

export const ArticleSummary = z
  .object({
    id: z.string().min(1),
    title: z.string().nullable(),
    publisher: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: z.string().nullable(),
    ingestedAt: z.string(),
    counts: z
      .object({
        quotes: z.number().int().nonnegative(),
        speakers: z.number().int().nonnegative(),
        entities: z.number().int().nonnegative(),
        claims: z.number().int().nonnegative(),
      })
      .strict(),
  })
  .strict()
  .meta({ id: 'ArticleSummary' });
export type ArticleSummary = z.infer<typeof ArticleSummary>;

/** Where a quote or claim lives, for lists that span articles. */
const ArticleRef = z
  .object({
    id: z.string().min(1),
    title: z.string().nullable(),
    publisher: z.string().nullable(),
    publishedAt: z.string().nullable(),
  })
  .strict();

/** A quote with its text and resolved corpus entities, as lists across the corpus show it. */
export const QuoteRecord = z
  .object({
    article: ArticleRef,
    quote: Quote,
    /** The content pieces joined with " … ". */
    text: z.string(),
    cueText: z.string().nullable(),
    sourceText: z.string().nullable(),
    speaker: EntityRef.nullable(),
    channel: EntityRef.nullable(),
  })
  .strict()
  .meta({ id: 'QuoteRecord' });
export type QuoteRecord = z.infer<typeof QuoteRecord>;

export const ClaimRecord = z
  .object({
    article: ArticleRef,
    claim: Claim,
    text: z.string(),
    cueText: z.string().nullable(),
    sourceText: z.string().nullable(),
    source: EntityRef.nullable(),
  })
  .strict()
  .meta({ id: 'ClaimRecord' });
export type ClaimRecord = z.infer<typeof ClaimRecord>;

export const RelatedEntity = z
  .object({
    entity: CorpusEntity,
    /** Articles in which both entities appear. */
    articles: z.number().int().nonnegative(),
  })
  .strict()
  .meta({ id: 'RelatedEntity' });
export type RelatedEntity = z.infer<typeof RelatedEntity>;

const Ranked = z.object({ entity: EntityRef, count: z.number().int().nonnegative() }).strict();

export const CorpusStats = z
  .object({
    articles: z.number().int().nonnegative(),
    quotes: z.number().int().nonnegative(),
    claims: z.number().int().nonnegative(),
    entities: z.number().int().nonnegative(),
    people: z.number().int().nonnegative(),
    topSpeakers: z.array(Ranked),
    topOutlets: z.array(Ranked),
    topSources: z.array(Ranked),
  })
  .strict()
  .meta({ id: 'CorpusStats' });
export type CorpusStats = z.infer<typeof CorpusStats>;

// ---- Query filters: what the API accepts in a query string, parsed once here. ----
// Strict objects so an unknown parameter is an error, not silently ignored.

const limit = z.coerce.number().int().min(1).max(MAX_PAGE_LIMIT).default(DEFAULT_PAGE_LIMIT);
const cursor = z.string().min(1).max(512).optional();
const text = z.string().trim().min(1).max(500).optional();
const id = z.string().min(1).max(200).optional();
const isoDate = z.iso
  .date()
  .or(z.iso.datetime({ offset: true }))
  .optional();

export const ArticleQuery = z
  .object({
    q: text,
    publisher: text,
    from: isoDate,
    to: isoDate,
    /** Corpus entity id: articles that mention it. */
    entity: id,
    cursor,
    limit,
  })
  .strict();
/** The parsed form, defaults applied; `ArticleQuery.parse(params)` makes one. */
export type ArticleQuery = z.output<typeof ArticleQuery>;
export type ArticleQueryInput = z.input<typeof ArticleQuery>;

export const QuoteQuery = z
  .object({
    /** Corpus entity id of the speaker. */
    speaker: id,
    /** Corpus entity id of the outlet the quote came through. */
    channel: id,
    kind: QuoteKind.optional(),
    q: text,
    article: id,
    cursor,
    limit,
  })
  .strict();
/** The parsed form, defaults applied; `QuoteQuery.parse(params)` makes one. */
export type QuoteQuery = z.output<typeof QuoteQuery>;
export type QuoteQueryInput = z.input<typeof QuoteQuery>;

export const ClaimQuery = z
  .object({
    /** Corpus entity id of the source. */
    source: id,
    hedge: Hedge.optional(),
    /** Only claims whose source is (or is not) anonymous. */
    anonymous: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    q: text,
    article: id,
    cursor,
    limit,
  })
  .strict();
/** The parsed form, defaults applied; `ClaimQuery.parse(params)` makes one. */
export type ClaimQuery = z.output<typeof ClaimQuery>;
export type ClaimQueryInput = z.input<typeof ClaimQuery>;

export const EntitySort = z.enum(['quotes', 'mentions', 'articles']);
export const EntityQuery = z
  .object({
    kind: EntityKind.optional(),
    q: text,
    outlet: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    sort: EntitySort.default('quotes'),
    cursor,
    limit,
  })
  .strict();
/** The parsed form, defaults applied; `EntityQuery.parse(params)` makes one. */
export type EntityQuery = z.output<typeof EntityQuery>;
export type EntityQueryInput = z.input<typeof EntityQuery>;

export const RelatedQuery = z.object({ cursor, limit }).strict();
/** The parsed form, defaults applied; `RelatedQuery.parse(params)` makes one. */
export type RelatedQuery = z.output<typeof RelatedQuery>;
export type RelatedQueryInput = z.input<typeof RelatedQuery>;

/**
 * Everything a reader of a corpus needs. The store implements it over a database and the
 * API client over HTTP, so the TUI and other readers work the same on either.
 * Methods take the parsed (output) form of the query schemas.
 */
export interface CorpusReader {
  listArticles(query: ArticleQuery): Promise<Page<ArticleSummary>>;
  getArticle(id: string): Promise<Article | null>;
  listQuotes(query: QuoteQuery): Promise<Page<QuoteRecord>>;
  listClaims(query: ClaimQuery): Promise<Page<ClaimRecord>>;
  listEntities(query: EntityQuery): Promise<Page<CorpusEntity>>;
  getEntity(id: string): Promise<CorpusEntity | null>;
  relatedEntities(id: string, query: RelatedQuery): Promise<Page<RelatedEntity>>;
  /** The corpus entity an article-level entity was folded into. */
  corpusEntityFor(articleId: string, entityId: string): Promise<CorpusEntity | null>;
  stats(): Promise<CorpusStats>;
}
