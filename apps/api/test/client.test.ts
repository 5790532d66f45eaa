import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, createClient, type SourcetraceClient } from '@sourcetrace/api-client';
import {
  ArticleQuery,
  ClaimQuery,
  EntityQuery,
  QuoteQuery,
  RelatedQuery,
  type Article,
} from '@sourcetrace/article-model';
import { syntheticCorpus } from '@sourcetrace/store/testing';
import { listen, type RunningServer } from '../src/server/listen.js';
import { INVENTED_ARTICLES, sqliteTestStore, testApp, type TestStore } from './support.js';

const API_KEY = 'client-test-key';

describe('the API client against a listening server', () => {
  let test: TestStore;
  let server: RunningServer;
  let client: SourcetraceClient;
  const corpus = syntheticCorpus(6);

  beforeAll(async () => {
    test = await sqliteTestStore();
    for (const article of corpus) await test.store.putArticle(article);
    server = await listen(testApp(test.store, { apiKey: API_KEY }));
    client = createClient({ baseUrl: `${server.url}/`, apiKey: API_KEY });
  });
  afterAll(async () => {
    await server?.close();
    await test?.dispose();
  });

  it('reads the corpus the way the store does', async () => {
    const articles = await client.listArticles(ArticleQuery.parse({ limit: 4 }));
    expect(articles).toEqual(await test.store.listArticles(ArticleQuery.parse({ limit: 4 })));
    const next = await client.listArticles(
      ArticleQuery.parse({ limit: 4, cursor: articles.next ?? undefined }),
    );
    expect(next.items.map((item) => item.id)).not.toContain(articles.items[0]?.id);

    const article = corpus[0] as Article;
    expect(await client.getArticle(article.id)).toEqual(await test.store.getArticle(article.id));
    expect(await client.getArticle('no-such-article')).toBeNull();

    const quotes = await client.listQuotes(QuoteQuery.parse({ limit: 5 }));
    expect(quotes).toEqual(await test.store.listQuotes(QuoteQuery.parse({ limit: 5 })));
    const claims = await client.listClaims(ClaimQuery.parse({ anonymous: 'false' }));
    expect(claims).toEqual(await test.store.listClaims(ClaimQuery.parse({ anonymous: 'false' })));

    const entities = await client.listEntities(
      EntityQuery.parse({ outlet: 'false', sort: 'mentions' }),
    );
    expect(entities).toEqual(
      await test.store.listEntities(EntityQuery.parse({ outlet: 'false', sort: 'mentions' })),
    );
    const entity = entities.items[0];
    expect(entity).toBeDefined();
    const id = entity?.id as string;
    expect(await client.getEntity(id)).toEqual(entity);
    expect(await client.getEntity('no-such-entity')).toBeNull();
    expect((await client.entityProfile(id))?.articles.items.length).toBeGreaterThan(0);
    expect(await client.relatedEntities(id, RelatedQuery.parse({}))).toEqual(
      await test.store.relatedEntities(id, RelatedQuery.parse({})),
    );

    const local = article.entities[0];
    expect(await client.corpusEntityFor(article.id, local?.id as string)).toEqual(
      await test.store.corpusEntityFor(article.id, local?.id as string),
    );
    expect(await client.stats()).toEqual(await test.store.stats());
    expect(await client.health()).toEqual({
      status: 'ready',
      store: 'sqlite',
      articles: corpus.length,
    });
  });

  it('extracts, ingests and deletes', async () => {
    const text = INVENTED_ARTICLES[0] as string;
    const extracted = await client.extract({ text });
    expect(extracted.text).toBe(text);
    const ingested = await client.ingest({ text });
    expect(ingested).toEqual({ id: extracted.id, status: 'created', title: extracted.title });
    expect((await client.ingest({ text })).status).toBe('unchanged');
    expect(await client.deleteArticle(ingested.id)).toBe(true);
    expect(await client.deleteArticle(ingested.id)).toBe(false);
  });

  it('turns failures into ApiError carrying the problem document', async () => {
    const error = await client
      .listArticles({ limit: 500 } as ArticleQuery)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).problem.errors?.[0]?.path).toEqual(['limit']);

    const anonymous = createClient({ baseUrl: server.url });
    const unauthorized = await anonymous
      .ingest({ text: 'A line.' })
      .catch((caught: unknown) => caught);
    expect((unauthorized as ApiError).status).toBe(401);

    // A port that was just free: nothing listens there.
    const closed = await listen(testApp(test.store));
    await closed.close();
    const nowhere = createClient({ baseUrl: closed.url });
    const network = await nowhere.stats().catch((caught: unknown) => caught);
    expect(network).toBeInstanceOf(ApiError);
    expect((network as ApiError).status).toBe(0);
    expect((network as ApiError).problem.detail).toMatch(/ECONNREFUSED/);
  });

  it('rejects answers that do not match the model', async () => {
    const lying = createClient({
      baseUrl: 'http://example.invalid',
      fetch: async () =>
        new Response(JSON.stringify({ articles: 'many' }), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        }),
    });
    const error = await lying.stats().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem.title).toBe('Invalid response');
  });
});
