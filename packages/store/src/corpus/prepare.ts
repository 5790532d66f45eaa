import {
  claimText,
  quoteText,
  sliceSpan,
  type Article,
  type EntityKind,
} from '@sourcetrace/article-model';
import { entityKey, normaliseName } from './normalise.js';

/** What one article contributes to the corpus, computed before touching the database. */
export interface PreparedArticle {
  id: string;
  title: string | null;
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
  /** publishedAt as a UTC ISO instant for ordering and date ranges; '' when absent or unparseable. */
  publishedSort: string;
  json: string;
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
  key: string;
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
  json: string;
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
  json: string;
}

export function sortableInstant(date: string | undefined): string {
  if (!date) return '';
  const time = Date.parse(date);
  return Number.isNaN(time) ? '' : new Date(time).toISOString();
}

export function prepareArticle(article: Article): PreparedArticle {
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
  const descriptor = (id: string | null) =>
    id === null ? null : (byId.get(id)?.descriptors[0] ?? null);
  const span = (value: { start: number; end: number } | null) =>
    value ? sliceSpan(article.text, value) : null;

  return {
    id: article.id,
    title: article.title,
    publisher: article.source.publisher ?? null,
    url: article.source.url ?? null,
    publishedAt: article.source.publishedAt ?? null,
    publishedSort: sortableInstant(article.source.publishedAt),
    json: JSON.stringify(article),
    searchText: normaliseName(`${article.title ?? ''} ${article.text}`),
    counts: {
      quotes: article.quotes.length,
      speakers: spoken.size,
      entities: article.entities.length,
      claims: article.claims.length,
    },
    entities: article.entities.map((entity) => ({
      entityId: entity.id,
      kind: entity.kind,
      name: entity.name,
      key: entityKey(entity.kind, entity.name),
      aliases: entity.aliases,
      descriptors: entity.descriptors,
      outlet: entity.outlet === true,
      anonymous: entity.anonymous === true,
      mentions: entity.mentions.length,
      quotes: spoken.get(entity.id) ?? 0,
      channelQuotes: carried.get(entity.id) ?? 0,
      claims: sourced.get(entity.id) ?? 0,
    })),
    quotes: article.quotes.map((quote, index) => ({
      index,
      kind: quote.kind,
      speakerId: quote.speakerId,
      channelId: quote.channelId,
      speakerDescriptor: descriptor(quote.speakerId),
      channelDescriptor: descriptor(quote.channelId),
      text: quoteText(article, quote),
      cueText: span(quote.cue),
      sourceText: span(quote.source),
      json: JSON.stringify(quote),
    })),
    claims: article.claims.map((claim, index) => {
      const source = claim.sourceId === null ? undefined : byId.get(claim.sourceId);
      return {
        index,
        hedge: claim.hedge,
        sourceId: claim.sourceId,
        sourceDescriptor: descriptor(claim.sourceId),
        sourceAnonymous: source ? source.anonymous === true : null,
        text: claimText(article, claim),
        cueText: span(claim.cue),
        sourceText: span(claim.source),
        json: JSON.stringify(claim),
      };
    }),
  };
}
