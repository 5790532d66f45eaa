import {
  piecesText,
  sliceSpan,
  validateArticle,
  type Article,
  type Claim,
  type Entity,
  type EntityKind,
  type Problem,
  primaryDescriptor,
  type Quote,
  type Span,
} from '@sourcetrace/article-model';
import { corpusEntityId, entityKey, normaliseName } from './normalise.js';
import { articleBesidesItems, type StoredItem } from './items-apart.js';
import {
  packArticleBesidesItems,
  packArticleJson,
  packItemWithText,
  type ItemText,
} from './packing.js';

/** Marks a PreparedArticle as made by prepareArticle, in this layout. */
export const PREPARED_FORMAT = 'sourcetrace-prepared/3';

/**
 * What one valid article contributes to the corpus, computed before touching the database.
 * Plain data (strings, numbers, arrays), so it crosses to another thread cheaply.
 */
export interface PreparedArticle {
  format: typeof PREPARED_FORMAT;
  id: string;
  title: string | null;
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
  /** publishedAt as a UTC ISO instant for ordering and date ranges; '' when absent or unparseable. */
  publishedSort: string;
  json: string;
  /** json packed for a store that keeps it compressed (packing.ts), done here off the writer. */
  packedJson: Uint8Array;
  /** Text for full-text search (title and body, names normalised like search words). */
  searchText: string;
  counts: { quotes: number; speakers: number; entities: number; claims: number };
  entities: PreparedEntity[];
  quotes: PreparedQuote[];
  claims: PreparedClaim[];
}

export interface PreparedEntity {
  entityId: string;
  kind: EntityKind;
  name: string;
  /** name normalised (normaliseName). */
  normalisedName: string;
  key: string;
  /** The corpus entity id of key (before any surname folding). */
  corpusId: string;
  aliases: string[];
  descriptors: string[];
  outlet: boolean;
  anonymous: boolean;
  mentions: number;
  quotes: number;
  channelQuotes: number;
  claims: number;
}

export interface PreparedQuote {
  index: number;
  kind: string;
  speakerId: string | null;
  channelId: string | null;
  speakerDescriptor: string | null;
  channelDescriptor: string | null;
  text: string;
  cueText: string | null;
  sourceText: string | null;
  /** text normalised for the search index. */
  searchText: string;
  json: string;
  /** json with text, cueText and sourceText, packed for a store that keeps them compressed. */
  packedJson: Uint8Array;
  /** The quote's id in its article. */
  quoteId: string;
  /** The words inside the quote marks, fragments joined by a space; null for an indirect quote. */
  verbatimText: string | null;
}

export interface PreparedClaim {
  index: number;
  hedge: string;
  sourceId: string | null;
  sourceDescriptor: string | null;
  /** Whether the source is anonymous; null when the claim has no source. */
  sourceAnonymous: boolean | null;
  text: string;
  cueText: string | null;
  sourceText: string | null;
  /** text normalised for the search index. */
  searchText: string;
  json: string;
  packedJson: Uint8Array;
}

export type PrepareResult =
  { ok: true; prepared: PreparedArticle } | { ok: false; problems: Problem[] };

/**
 * Validates an article and computes everything the store writes for it. The only check an
 * article gets: the store writes a PreparedArticle as it is, so the work can run on a worker
 * thread and the writer only writes.
 */
export function prepareArticle(input: unknown): PrepareResult {
  const validation = validateArticle(input);
  if (!validation.ok) return { ok: false, problems: validation.problems };
  const prepared = prepareValidArticle(validation.article);
  if (holdsNul(prepared.json)) return { ok: false, problems: [NUL_PROBLEM] };
  return { ok: true, prepared };
}

/**
 * PostgreSQL text cannot hold U+0000, so neither engine stores an article containing it: the
 * same article is refused the same way on both.
 */
const NUL_PROBLEM: Problem = {
  path: [],
  message: 'contains a NUL character (U+0000), which cannot be stored; remove it and send again',
};

/** Whether JSON text holds an escaped NUL (`\u0000` after an even run of backslashes). */
function holdsNul(json: string): boolean {
  return json.includes('\\u0000') && /(?:^|[^\\])(?:\\\\)*\\u0000/.test(json);
}

export function sortableInstant(date: string | undefined): string {
  if (!date) return '';
  const time = Date.parse(date);
  return Number.isNaN(time) ? '' : new Date(time).toISOString();
}

/** The words an item prints: its content pieces, cue and source as the article has them. */
function printedText(
  article: Article,
  item: { content: Span[]; cue: Span | null; source: Span | null },
): ItemText {
  const span = (value: Span | null) => (value ? sliceSpan(article.text, value) : null);
  return {
    text: piecesText(article.text, item.content),
    cueText: span(item.cue),
    sourceText: span(item.source),
  };
}

/** What every stored quote or claim keeps: its printed words, their search form and its JSON. */
function itemRecord(article: Article, item: Quote | Claim) {
  const json = JSON.stringify(item);
  const printed = printedText(article, item);
  return {
    ...printed,
    searchText: normaliseName(printed.text),
    json,
    packedJson: packItemWithText(json, printed),
  };
}

type Describe = (entityId: string | null) => string | null;

function prepareQuote(
  article: Article,
  quote: Quote,
  index: number,
  descriptor: Describe,
): PreparedQuote {
  return {
    index,
    kind: quote.kind,
    speakerId: quote.speakerId,
    channelId: quote.channelId,
    speakerDescriptor: descriptor(quote.speakerId),
    channelDescriptor: descriptor(quote.channelId),
    ...itemRecord(article, quote),
    quoteId: quote.id,
    verbatimText:
      quote.kind === 'indirect' || quote.verbatim.length === 0
        ? null
        : quote.verbatim.map((piece) => sliceSpan(article.text, piece)).join(' '),
  };
}

function prepareClaim(
  article: Article,
  claim: Claim,
  index: number,
  descriptor: Describe,
  source: Entity | undefined,
): PreparedClaim {
  return {
    index,
    hedge: claim.hedge,
    sourceId: claim.sourceId,
    sourceDescriptor: descriptor(claim.sourceId),
    sourceAnonymous: source ? source.anonymous === true : null,
    ...itemRecord(article, claim),
  };
}

function prepareValidArticle(article: Article): PreparedArticle {
  const byId = new Map(article.entities.map((entity) => [entity.id, entity]));
  const count = (ids: (string | null)[]) => {
    const counts = new Map<string, number>();
    for (const id of ids)
      if (id !== null && byId.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  };
  const spoken = count(article.quotes.map((quote) => quote.speakerId));
  const carried = count(article.quotes.map((quote) => quote.channelId));
  const sourced = count(article.claims.map((claim) => claim.sourceId));
  const descriptor = (id: string | null) => {
    const entity = id === null ? undefined : byId.get(id);
    return entity ? primaryDescriptor(entity) : null;
  };
  const json = JSON.stringify(article);
  const quotes = article.quotes.map((quote, index) =>
    prepareQuote(article, quote, index, descriptor),
  );
  const claims = article.claims.map((claim, index) => {
    const source = claim.sourceId === null ? undefined : byId.get(claim.sourceId);
    return prepareClaim(article, claim, index, descriptor, source);
  });
  return {
    format: PREPARED_FORMAT,
    id: article.id,
    title: article.title,
    publisher: article.source.publisher ?? null,
    url: article.source.url ?? null,
    publishedAt: article.source.publishedAt ?? null,
    publishedSort: sortableInstant(article.source.publishedAt),
    json,
    packedJson: packArticleBody(article, json, [...quotes, ...claims]),
    searchText: normaliseName(`${article.title ?? ''} ${article.text}`),
    counts: {
      quotes: article.quotes.length,
      speakers: spoken.size,
      entities: article.entities.length,
      claims: article.claims.length,
    },
    entities: article.entities.map((entity) => {
      const key = entityKey(entity.kind, entity.name);
      return {
        entityId: entity.id,
        kind: entity.kind,
        name: entity.name,
        normalisedName: normaliseName(entity.name),
        key,
        corpusId: corpusEntityId(key),
        aliases: entity.aliases,
        descriptors: entity.descriptors,
        outlet: entity.outlet === true,
        anonymous: entity.anonymous === true,
        mentions: entity.mentions.length,
        quotes: spoken.get(entity.id) ?? 0,
        channelQuotes: carried.get(entity.id) ?? 0,
        claims: sourced.get(entity.id) ?? 0,
      };
    }),
    quotes,
    claims,
  };
}

/**
 * The article as SQLite keeps it: besides its quotes and claims, whose rows hold them whole
 * (items-apart.ts), unless putting it back from them would not give the same JSON.
 */
function packArticleBody(article: Article, json: string, items: StoredItem[]): Uint8Array {
  const rest = articleBesidesItems(article, items);
  return rest === null ? packArticleJson(json) : packArticleBesidesItems(rest);
}
