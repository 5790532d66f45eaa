import {
  claimText,
  entityIndex,
  quoteText,
  type Article,
  type Entity,
  primaryDescriptor,
} from '@sourcetrace/article-model';

type JsonLd = Record<string, unknown>;

/**
 * A schema.org graph: one NewsArticle per article, followed by its Quotation items (who said
 * it, as spokenByCharacter and creator) and its Claim items (with appearance and author).
 * Streamed: the surrounding object is written around the articles, never held whole.
 */
export async function* articlesToJsonLd(articles: AsyncIterable<Article>): AsyncGenerator<string> {
  yield '{"@context":"https://schema.org","@graph":[';
  let first = true;
  for await (const article of articles) {
    for (const node of articleNodes(article)) {
      yield (first ? '\n' : ',\n') + JSON.stringify(node);
      first = false;
    }
  }
  yield '\n]}\n';
}

/** The nodes for one article: the NewsArticle, then its quotations and claims. */
export function articleNodes(article: Article): JsonLd[] {
  const iri = articleIri(article);
  const entities = entityIndex(article);
  const agent = (id: string | null) => {
    const entity = id ? entities.get(id) : undefined;
    return entity ? entityNode(iri, entity) : undefined;
  };
  const newsArticle: JsonLd = {
    '@id': iri,
    '@type': 'NewsArticle',
    identifier: article.id,
    headline: article.title ?? undefined,
    url: article.source.url,
    datePublished: article.source.publishedAt,
    publisher: article.source.publisher
      ? { '@type': 'Organization', name: article.source.publisher }
      : undefined,
    author: article.source.byline ? { '@type': 'Person', name: article.source.byline } : undefined,
    articleBody: article.text,
    mentions: article.entities.map((entity) => entityNode(iri, entity)),
  };
  const quotations = article.quotes.map((quote): JsonLd => {
    const speaker = agent(quote.speakerId);
    const channel = agent(quote.channelId);
    return {
      '@id': `${iri}#${quote.id}`,
      '@type': 'Quotation',
      text: quoteText(article, quote),
      spokenByCharacter: speaker,
      creator: speaker,
      // The outlet the words reached the article through.
      sourceOrganization: channel,
      isPartOf: { '@id': iri },
    };
  });
  const claims = article.claims.map((claim): JsonLd => ({
    '@id': `${iri}#${claim.id}`,
    '@type': 'Claim',
    text: claimText(article, claim),
    author: agent(claim.sourceId),
    appearance: { '@id': iri },
    ...(claim.hedge === 'none' ? {} : { additionalType: claim.hedge }),
  }));
  return [newsArticle, ...quotations, ...claims];
}

function articleIri(article: Article): string {
  return article.source.url ?? `urn:sourcetrace:article:${article.id}`;
}

const TYPE_OF: Record<Entity['kind'], string> = {
  person: 'Person',
  organization: 'Organization',
  location: 'Place',
  other: 'Thing',
};

function entityNode(articleIri: string, entity: Entity): JsonLd {
  return {
    '@id': `${articleIri}#${entity.id}`,
    '@type': entity.outlet ? 'NewsMediaOrganization' : TYPE_OF[entity.kind],
    name: entity.name,
    description: primaryDescriptor(entity) ?? undefined,
    alternateName: entity.aliases.length > 0 ? entity.aliases : undefined,
  };
}
