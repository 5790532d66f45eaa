import {
  claimText,
  piecesText,
  quoteText,
  sliceSpan,
  type Article,
  type ArticleQuery,
  type ArticleSummary,
  type ClaimQuery,
  type ClaimRecord,
  type CorpusEntity,
  type CorpusReader,
  type CorpusStats,
  type EntityQuery,
  type EntityRef,
  type Page,
  type QuoteQuery,
  type QuoteRecord,
  type RelatedEntity,
  type RelatedQuery,
} from '@sourcetrace/article-model';
import { corpusEntityId, entityKey } from '@sourcetrace/store';

function paginate<T>(items: T[], cursor: string | undefined, limit: number): Page<T> {
  const start = cursor ? Number.parseInt(cursor, 10) || 0 : 0;
  const end = start + limit;
  return { items: items.slice(start, end), next: end < items.length ? String(end) : null };
}

function contains(haystack: string | null | undefined, needle: string): boolean {
  return !!haystack && haystack.toLowerCase().includes(needle.toLowerCase());
}

/**
 * A CorpusReader over articles held in memory: what `sourcetrace tui FILE...` browses when
 * articles are extracted on the spot, with no database. Entities are folded across articles
 * by kind and normalised name, as the store does.
 */
export class MemoryCorpusReader implements CorpusReader {
  private readonly articles: Article[];
  private readonly ingestedAt: string;
  private readonly entities = new Map<string, CorpusEntity>();
  /** article id -> article entity id -> corpus entity id (folded by the store's own key) */
  private readonly folded = new Map<string, Map<string, string>>();

  constructor(articles: Article[], options: { ingestedAt?: string } = {}) {
    const unique = new Map(articles.map((article) => [article.id, article]));
    this.articles = [...unique.values()];
    this.ingestedAt = options.ingestedAt ?? new Date().toISOString();
    for (const article of this.articles) this.fold(article);
  }

  private fold(article: Article): void {
    const local = new Map<string, string>();
    this.folded.set(article.id, local);
    for (const entity of article.entities) {
      const key = entityKey(entity.kind, entity.name);
      const id = corpusEntityId(key);
      local.set(entity.id, id);
      const corpus = this.entities.get(id) ?? {
        id,
        key,
        kind: entity.kind,
        name: entity.name,
        aliases: [],
        descriptors: [],
        outlet: false,
        anonymous: false,
        counts: { articles: 0, mentions: 0, quotes: 0, claims: 0 },
      };
      for (const alias of entity.aliases)
        if (!corpus.aliases.includes(alias)) corpus.aliases.push(alias);
      for (const d of entity.descriptors)
        if (!corpus.descriptors.includes(d)) corpus.descriptors.push(d);
      corpus.outlet ||= entity.outlet === true;
      corpus.anonymous ||= entity.anonymous === true;
      corpus.counts.articles += 1;
      corpus.counts.mentions += entity.mentions.length;
      corpus.counts.quotes += article.quotes.filter(
        (quote) => quote.speakerId === entity.id,
      ).length;
      corpus.counts.claims += article.claims.filter((claim) => claim.sourceId === entity.id).length;
      this.entities.set(id, corpus);
    }
  }

  private corpusId(article: Article, entityId: string | null): string | null {
    return entityId === null ? null : (this.folded.get(article.id)?.get(entityId) ?? null);
  }

  private ref(article: Article, entityId: string | null): EntityRef | null {
    const entity = article.entities.find((candidate) => candidate.id === entityId);
    const id = this.corpusId(article, entityId);
    if (!entity || !id) return null;
    return {
      id,
      name: entity.name,
      kind: entity.kind,
      descriptor: entity.descriptors[0] ?? null,
      outlet: entity.outlet === true,
      anonymous: entity.anonymous === true,
    };
  }

  private articleRef(article: Article) {
    return {
      id: article.id,
      title: article.title,
      publisher: article.source.publisher ?? null,
      publishedAt: article.source.publishedAt ?? null,
    };
  }

  /** Newest first; undated articles last, in the order given. */
  private ordered(): Article[] {
    return [...this.articles].sort((a, b) =>
      (b.source.publishedAt ?? '').localeCompare(a.source.publishedAt ?? ''),
    );
  }

  listArticles(query: ArticleQuery): Promise<Page<ArticleSummary>> {
    const matches = this.ordered().filter((article) => {
      const published = article.source.publishedAt ?? null;
      if (query.q && !contains(article.title, query.q) && !contains(article.text, query.q))
        return false;
      if (
        query.publisher &&
        article.source.publisher?.toLowerCase() !== query.publisher.toLowerCase()
      )
        return false;
      if (query.from && (!published || published < query.from)) return false;
      if (query.to && (!published || published.slice(0, query.to.length) > query.to)) return false;
      if (
        query.entity &&
        ![...(this.folded.get(article.id)?.values() ?? [])].includes(query.entity)
      )
        return false;
      return true;
    });
    const summaries = matches.map((article): ArticleSummary => ({
      id: article.id,
      title: article.title,
      publisher: article.source.publisher ?? null,
      url: article.source.url ?? null,
      publishedAt: article.source.publishedAt ?? null,
      ingestedAt: this.ingestedAt,
      counts: {
        quotes: article.quotes.length,
        speakers: new Set(
          article.quotes.flatMap((quote) => (quote.speakerId ? [quote.speakerId] : [])),
        ).size,
        entities: article.entities.length,
        claims: article.claims.length,
      },
    }));
    return Promise.resolve(paginate(summaries, query.cursor, query.limit));
  }

  getArticle(id: string): Promise<Article | null> {
    return Promise.resolve(this.articles.find((article) => article.id === id) ?? null);
  }

  private allQuotes(): QuoteRecord[] {
    return this.ordered().flatMap((article) =>
      article.quotes.map((quote): QuoteRecord => ({
        article: this.articleRef(article),
        quote,
        text: quoteText(article, quote),
        cueText: quote.cue ? sliceSpan(article.text, quote.cue) : null,
        sourceText: quote.source ? sliceSpan(article.text, quote.source) : null,
        speaker: this.ref(article, quote.speakerId),
        channel: this.ref(article, quote.channelId),
      })),
    );
  }

  listQuotes(query: QuoteQuery): Promise<Page<QuoteRecord>> {
    const matches = this.allQuotes().filter(
      (record) =>
        (!query.speaker || record.speaker?.id === query.speaker) &&
        (!query.channel || record.channel?.id === query.channel) &&
        (!query.kind || record.quote.kind === query.kind) &&
        (!query.q || contains(record.text, query.q)) &&
        (!query.article || record.article.id === query.article),
    );
    return Promise.resolve(paginate(matches, query.cursor, query.limit));
  }

  listClaims(query: ClaimQuery): Promise<Page<ClaimRecord>> {
    const records = this.ordered().flatMap((article) =>
      article.claims.map((claim): ClaimRecord => ({
        article: this.articleRef(article),
        claim,
        text: claimText(article, claim),
        cueText: claim.cue ? piecesText(article.text, [claim.cue]) : null,
        sourceText: claim.source ? piecesText(article.text, [claim.source]) : null,
        source: this.ref(article, claim.sourceId),
      })),
    );
    const matches = records.filter(
      (record) =>
        (!query.source || record.source?.id === query.source) &&
        (!query.hedge || record.claim.hedge === query.hedge) &&
        (query.anonymous === undefined ||
          (record.source?.anonymous ?? false) === query.anonymous) &&
        (!query.q || contains(record.text, query.q)) &&
        (!query.article || record.article.id === query.article),
    );
    return Promise.resolve(paginate(matches, query.cursor, query.limit));
  }

  listEntities(query: EntityQuery): Promise<Page<CorpusEntity>> {
    const matches = [...this.entities.values()]
      .filter(
        (entity) =>
          (!query.kind || entity.kind === query.kind) &&
          (query.outlet === undefined || entity.outlet === query.outlet) &&
          (!query.q ||
            contains(entity.name, query.q) ||
            entity.aliases.some((alias) => contains(alias, query.q!))),
      )
      .sort((a, b) => b.counts[query.sort] - a.counts[query.sort] || a.name.localeCompare(b.name));
    return Promise.resolve(paginate(matches, query.cursor, query.limit));
  }

  getEntity(id: string): Promise<CorpusEntity | null> {
    return Promise.resolve(this.entities.get(id) ?? null);
  }

  relatedEntities(id: string, query: RelatedQuery): Promise<Page<RelatedEntity>> {
    const together = new Map<string, number>();
    for (const local of this.folded.values()) {
      const present = new Set(local.values());
      if (!present.has(id)) continue;
      for (const other of present)
        if (other !== id) together.set(other, (together.get(other) ?? 0) + 1);
    }
    const related = [...together.entries()]
      .map(([other, articles]) => ({ entity: this.entities.get(other)!, articles }))
      .sort((a, b) => b.articles - a.articles || a.entity.name.localeCompare(b.entity.name));
    return Promise.resolve(paginate(related, query.cursor, query.limit));
  }

  corpusEntityFor(articleId: string, entityId: string): Promise<CorpusEntity | null> {
    const id = this.folded.get(articleId)?.get(entityId);
    return Promise.resolve(id ? (this.entities.get(id) ?? null) : null);
  }

  stats(): Promise<CorpusStats> {
    const entities = [...this.entities.values()];
    const ranked = (
      pick: (entity: CorpusEntity) => number,
      keep: (entity: CorpusEntity) => boolean,
    ) =>
      entities
        .filter((entity) => keep(entity) && pick(entity) > 0)
        .sort((a, b) => pick(b) - pick(a) || a.name.localeCompare(b.name))
        .slice(0, 10)
        .map((entity) => ({
          entity: {
            id: entity.id,
            name: entity.name,
            kind: entity.kind,
            descriptor: entity.descriptors[0] ?? null,
            outlet: entity.outlet,
            anonymous: entity.anonymous,
          },
          count: pick(entity),
        }));
    const channelled = new Map<string, number>();
    for (const record of this.allQuotes()) {
      if (record.channel)
        channelled.set(record.channel.id, (channelled.get(record.channel.id) ?? 0) + 1);
    }
    return Promise.resolve({
      articles: this.articles.length,
      quotes: this.articles.reduce((sum, article) => sum + article.quotes.length, 0),
      claims: this.articles.reduce((sum, article) => sum + article.claims.length, 0),
      entities: entities.length,
      people: entities.filter((entity) => entity.kind === 'person').length,
      topSpeakers: ranked(
        (entity) => entity.counts.quotes,
        () => true,
      ),
      topOutlets: ranked(
        (entity) => channelled.get(entity.id) ?? 0,
        (entity) => entity.outlet,
      ),
      topSources: ranked(
        (entity) => entity.counts.claims,
        () => true,
      ),
    });
  }
}
