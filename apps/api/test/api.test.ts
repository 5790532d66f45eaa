import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { Express } from 'express';
import {
  Article,
  ArticleSummary,
  CorpusEntity,
  CorpusStats,
  QuoteRecord,
  ClaimRecord,
  pageOf,
  RelatedEntity,
} from '@sourcetrace/article-model';
import { EntityProfile, IngestResult, Problem } from '@sourcetrace/api-client';
import { syntheticCorpus } from '@sourcetrace/store/testing';
import { ADAPTERS, INVENTED_ARTICLES, testApp, type TestStore } from './support.js';

const PROBLEM_TYPE = /^application\/problem\+json/;

describe.each(ADAPTERS)('API over %s', (_name, open) => {
  let test: TestStore;
  let app: Express;
  const corpus = syntheticCorpus(12);

  beforeAll(async () => {
    test = await open();
    for (const article of corpus) await test.store.putArticle(article);
    app = testApp(test.store);
  });
  afterAll(async () => {
    await test?.dispose();
  });

  it('answers health and readiness', async () => {
    await request(app).get('/healthz').expect(200, { status: 'ok' });
    const ready = await request(app).get('/readyz').expect(200);
    expect(ready.body).toEqual({
      status: 'ready',
      store: test.store.kind,
      articles: corpus.length,
    });
  });

  it('ingests text: 201 with Location, then 200 for the same content', async () => {
    const text = INVENTED_ARTICLES[0] as string;
    const created = await request(app)
      .post('/v1/articles')
      .send({ text, publisher: 'Coastal Herald' })
      .expect(201);
    const result = IngestResult.parse(created.body);
    expect(result.status).toBe('created');
    expect(created.headers.location).toBe(`/v1/articles/${result.id}`);

    const again = await request(app)
      .post('/v1/articles')
      .send({ text, publisher: 'Coastal Herald' })
      .expect(200);
    expect(IngestResult.parse(again.body)).toMatchObject({ id: result.id, status: 'unchanged' });

    const stored = Article.parse(
      (
        await request(app)
          .get(created.headers.location as string)
          .expect(200)
      ).body,
    );
    expect(stored.text).toBe(text);
    expect(stored.source.publisher).toBe('Coastal Herald');
  });

  it('serves an article with an ETag and answers 304 to If-None-Match', async () => {
    const article = corpus[0] as Article;
    const first = await request(app)
      .get(`/v1/articles/${article.id}`)
      .expect(200)
      .expect('Content-Type', /application\/json/);
    // The stored article, each quote carrying the statement its words belong to.
    expect(Article.parse(first.body)).toEqual(await test.store.getArticle(article.id));
    expect(Article.parse(first.body).quotes.some((quote) => quote.statementId)).toBe(true);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[^"]+"$/);
    const second = await request(app)
      .get(`/v1/articles/${article.id}`)
      .set('If-None-Match', etag)
      .expect(304);
    expect(second.text).toBe('');
    await request(app)
      .get(`/v1/articles/${article.id}`)
      .set('If-None-Match', '"something-else"')
      .expect(200);
  });

  it('pages through articles with cursors, without repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string | number> = { limit: 5, ...(cursor ? { cursor } : {}) };
      const response = await request(app).get('/v1/articles').query(query).expect(200);
      const page = pageOf(ArticleSummary).parse(response.body);
      expect(page.items.length).toBeLessThanOrEqual(5);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.next;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    for (const article of corpus) expect(seen).toContain(article.id);
  });

  it('filters articles by publisher', async () => {
    const publisher = corpus[0]?.source.publisher as string;
    const page = pageOf(ArticleSummary).parse(
      (await request(app).get('/v1/articles').query({ publisher, limit: 200 }).expect(200)).body,
    );
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((item) => item.publisher === publisher)).toBe(true);
  });

  it('rejects bad queries and cursors with the offending paths', async () => {
    const badLimit = await request(app)
      .get('/v1/articles')
      .query({ limit: 100000 })
      .expect(400)
      .expect('Content-Type', PROBLEM_TYPE);
    const problem = Problem.parse(badLimit.body);
    expect(problem.errors?.[0]).toMatchObject({ in: 'query', path: ['limit'] });

    const unknown = Problem.parse(
      (await request(app).get('/v1/quotes').query({ colour: 'red' }).expect(400)).body,
    );
    expect(unknown.detail).toMatch(/colour/);

    const cursor = Problem.parse(
      (await request(app).get('/v1/articles').query({ cursor: 'not-a-cursor' }).expect(400)).body,
    );
    expect(cursor.errors?.[0]).toMatchObject({ in: 'query', path: ['cursor'] });

    await request(app).get('/v1/claims').query({ hedge: 'maybe' }).expect(400);
    await request(app).get('/v1/articles').query({ from: 'yesterday' }).expect(400);
  });

  it('lists entities and serves an entity profile, its quotes and related entities', async () => {
    const entities = pageOf(CorpusEntity).parse(
      (await request(app).get('/v1/entities').query({ kind: 'person', limit: 200 }).expect(200))
        .body,
    );
    const speaker = entities.items.find((entity) => entity.counts.quotes > 0);
    expect(speaker).toBeDefined();
    const id = (speaker as CorpusEntity).id;

    const profile = EntityProfile.parse(
      (await request(app).get(`/v1/entities/${id}`).expect(200)).body,
    );
    expect(profile.entity).toEqual(speaker);
    expect(profile.articles.items.length).toBeGreaterThan(0);

    const quotes = pageOf(QuoteRecord).parse(
      (await request(app).get(`/v1/entities/${id}/quotes`).expect(200)).body,
    );
    expect(quotes.items.length).toBeGreaterThan(0);
    expect(quotes.items.every((record) => record.speaker?.id === id)).toBe(true);

    const related = pageOf(RelatedEntity).parse(
      (await request(app).get(`/v1/entities/${id}/related`).query({ limit: 3 }).expect(200)).body,
    );
    expect(related.items.length).toBeLessThanOrEqual(3);
    expect(related.items.every((item) => item.entity.id !== id && item.articles > 0)).toBe(true);

    await request(app)
      .get('/v1/entities/no-such-entity')
      .expect(404)
      .expect('Content-Type', PROBLEM_TYPE);
    await request(app).get('/v1/entities/no-such-entity/quotes').expect(404);
    await request(app).get(`/v1/entities/${id}/quotes`).query({ speaker: id }).expect(400);
  });

  it('maps an article entity to its corpus entity', async () => {
    const article = corpus[1] as Article;
    const entity = article.entities[0];
    expect(entity).toBeDefined();
    const response = await request(app)
      .get(`/v1/articles/${article.id}/entities/${entity?.id}/corpus`)
      .expect(200);
    expect(CorpusEntity.parse(response.body).name).toBe(entity?.name);
    await request(app).get(`/v1/articles/${article.id}/entities/no-such/corpus`).expect(404);
  });

  it('lists quotes by speaker and claims, and reports stats', async () => {
    const quotes = pageOf(QuoteRecord).parse(
      (await request(app).get('/v1/quotes').query({ limit: 10 }).expect(200)).body,
    );
    expect(quotes.items.length).toBe(10);
    const speakerId = quotes.items.find((record) => record.speaker)?.speaker?.id as string;
    const bySpeaker = pageOf(QuoteRecord).parse(
      (await request(app).get('/v1/quotes').query({ speaker: speakerId }).expect(200)).body,
    );
    expect(bySpeaker.items.every((record) => record.speaker?.id === speakerId)).toBe(true);

    const claims = pageOf(ClaimRecord).parse(
      (await request(app).get('/v1/claims').query({ limit: 5 }).expect(200)).body,
    );
    expect(claims.items.length).toBeGreaterThan(0);

    const stats = CorpusStats.parse((await request(app).get('/v1/stats').expect(200)).body);
    expect(stats.articles).toBeGreaterThanOrEqual(corpus.length);
    expect(stats.quotes).toBeGreaterThan(0);
  });

  it('extracts without storing', async () => {
    const text = INVENTED_ARTICLES[1] as string;
    const response = await request(app).post('/v1/extract').send({ text }).expect(200);
    const article = Article.parse(response.body);
    expect(article.text).toBe(text);
    expect(article.quotes.length).toBeGreaterThan(0);
    await request(app).get(`/v1/articles/${article.id}`).expect(404);

    const paragraphs = text
      .split('\n')
      .slice(2)
      .map((line) => `<p>${line}</p>`)
      .join('');
    const html = `<html><head><title>Orchard frost</title></head><body><article><h1>Orchard frost</h1>${paragraphs}</article></body></html>`;
    const fromHtml = Article.parse(
      (
        await request(app)
          .post('/v1/extract')
          .send({ html, url: 'https://news.example/frost' })
          .expect(200)
      ).body,
    );
    expect(fromHtml.source).toMatchObject({ format: 'html', url: 'https://news.example/frost' });
    expect(fromHtml.quotes.length).toBeGreaterThan(0);
  });

  it('deletes an article: 204, then 404, and the cached copy is gone', async () => {
    const article = corpus[2] as Article;
    await request(app).get(`/v1/articles/${article.id}`).expect(200);
    await request(app).delete(`/v1/articles/${article.id}`).expect(204);
    await request(app).get(`/v1/articles/${article.id}`).expect(404);
    await request(app)
      .delete(`/v1/articles/${article.id}`)
      .expect(404)
      .expect('Content-Type', PROBLEM_TYPE);
  });

  it('sees a delete made through another app on the same store within the cache time', async () => {
    const article = corpus[3] as Article;
    const reader = testApp(test.store, { readCacheTtlMs: 200 });
    await request(reader).get(`/v1/articles/${article.id}`).expect(200);
    await request(app).delete(`/v1/articles/${article.id}`).expect(204);
    await request(reader).get(`/v1/articles/${article.id}`).expect(200);
    await new Promise((resolve) => setTimeout(resolve, 250));
    await request(reader).get(`/v1/articles/${article.id}`).expect(404);
  });
});

describe('list and stats answers', () => {
  let test: TestStore;
  const [first, second, third] = syntheticCorpus(3) as [Article, Article, Article];
  beforeAll(async () => {
    test = await ADAPTERS[0][1]();
    await test.store.putArticle(first);
  });
  afterAll(async () => {
    await test?.dispose();
  });

  it('reflect writes through the app at once, and writes by others within the cache time', async () => {
    const app = testApp(test.store, { readCacheTtlMs: 300 });
    const count = async () =>
      CorpusStats.parse((await request(app).get('/v1/stats').expect(200)).body).articles;
    expect(await count()).toBe(1);
    await test.store.putArticle(second);
    expect(await count()).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(await count()).toBe(2);
    await request(app).delete(`/v1/articles/${second.id}`).expect(204);
    expect(await count()).toBe(1);
    await request(app).post('/v1/articles').send({ text: third.text }).expect(201);
    expect(await count()).toBe(2);
  });
});
