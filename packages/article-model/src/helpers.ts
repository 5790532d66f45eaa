import type { Article, Claim, Entity, Quote, Span } from './schemas.js';

/** Joins the pieces of a split quote or claim. */
export const PIECE_SEPARATOR = ' … ';

/** The text a span covers. */
export function sliceSpan(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** The text of one or more pieces, joined with an ellipsis. */
export function piecesText(text: string, pieces: Span[]): string {
  return pieces.map((piece) => sliceSpan(text, piece)).join(PIECE_SEPARATOR);
}

export function quoteText(article: Article, quote: Quote): string {
  return piecesText(article.text, quote.content);
}

export function claimText(article: Article, claim: Claim): string {
  return piecesText(article.text, claim.content);
}

/** Entities by id, for resolving speakerId, channelId and sourceId. */
export function entityIndex(article: Article): Map<string, Entity> {
  return new Map(article.entities.map((entity) => [entity.id, entity]));
}

export function quotesBySpeaker(article: Article, entityId: string): Quote[] {
  return article.quotes.filter((quote) => quote.speakerId === entityId);
}

export function quotesByChannel(article: Article, entityId: string): Quote[] {
  return article.quotes.filter((quote) => quote.channelId === entityId);
}

export function claimsBySource(article: Article, entityId: string): Claim[] {
  return article.claims.filter((claim) => claim.sourceId === entityId);
}

export interface SpeakerGroup {
  /** null gathers the quotes nobody was found to have said. */
  speaker: Entity | null;
  quotes: Quote[];
}

/** Quotes grouped by speaker, most quoted first, unattributed last. */
export function groupQuotesBySpeaker(article: Article): SpeakerGroup[] {
  const entities = entityIndex(article);
  const groups = new Map<string | null, Quote[]>();
  for (const quote of article.quotes) {
    const key = quote.speakerId && entities.has(quote.speakerId) ? quote.speakerId : null;
    const list = groups.get(key) ?? [];
    list.push(quote);
    groups.set(key, list);
  }
  return [...groups.entries()]
    .map(([id, quotes]) => ({ speaker: id === null ? null : (entities.get(id) ?? null), quotes }))
    .sort((a, b) => {
      if (a.speaker === null) return 1;
      if (b.speaker === null) return -1;
      return b.quotes.length - a.quotes.length || a.speaker.name.localeCompare(b.speaker.name);
    });
}

export interface SourceGroup {
  /** null gathers claims with no named source (the article's own or sourceless hedges). */
  source: Entity | null;
  claims: Claim[];
}

/** Claims grouped by source entity, most first, sourceless last. */
export function groupClaimsBySource(article: Article): SourceGroup[] {
  const entities = entityIndex(article);
  const groups = new Map<string | null, Claim[]>();
  for (const claim of article.claims) {
    const key = claim.sourceId && entities.has(claim.sourceId) ? claim.sourceId : null;
    const list = groups.get(key) ?? [];
    list.push(claim);
    groups.set(key, list);
  }
  return [...groups.entries()]
    .map(([id, claims]) => ({ source: id === null ? null : (entities.get(id) ?? null), claims }))
    .sort((a, b) => {
      if (a.source === null) return 1;
      if (b.source === null) return -1;
      return b.claims.length - a.claims.length || a.source.name.localeCompare(b.source.name);
    });
}

/** The people quoted in the article, most quoted first. */
export function speakers(article: Article): Entity[] {
  return groupQuotesBySpeaker(article).flatMap((group) => (group.speaker ? [group.speaker] : []));
}

/**
 * The one descriptor to show beside an entity's name: the first that adds something to it.
 * An unnamed source is often called by its description ("an unnamed professor"), and that
 * description said again beside the name tells the reader nothing.
 */
export function primaryDescriptor(entity: Pick<Entity, 'name' | 'descriptors'>): string | null {
  const name = entity.name.trim().toLowerCase();
  return (
    entity.descriptors.find((descriptor) => !name.includes(descriptor.trim().toLowerCase())) ?? null
  );
}
