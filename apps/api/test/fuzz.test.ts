import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ArticleQuery, EntityQuery, QuoteQuery } from '@sourcetrace/article-model';
import { Problem } from '@sourcetrace/api-client';
import { syntheticCorpus } from '@sourcetrace/store/testing';
import { listen, type RunningServer } from '../src/server/listen.js';
import { operationsOf, requestsFor, type FuzzRequest, type KnownValues } from './fuzz/requests.js';
import { ADAPTERS, INVENTED_ARTICLES, testApp, type TestStore } from './support.js';

/**
 * Generated requests per operation: about 2,000 requests, well under a minute per engine. A
 * deeper run sets FUZZ_RUNS_PER_OPERATION (the time limit grows with it).
 */
const RUNS_PER_OPERATION = Number(process.env.FUZZ_RUNS_PER_OPERATION ?? 120);
const API_KEY = 'fuzzing key';

async function send(server: RunningServer, generated: FuzzRequest) {
  const response = await fetch(server.url + generated.url, {
    method: generated.method,
    headers: generated.headers,
    ...(generated.body === undefined ? {} : { body: generated.body }),
  });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type') ?? '', text };
}

describe.each(ADAPTERS)(
  'fuzzing every operation of the OpenAPI document, over %s',
  (name, open) => {
    let test: TestStore;
    let server: RunningServer;
    let known: KnownValues;
    let document: Parameters<typeof operationsOf>[0];

    beforeAll(async () => {
      test = await open();
      for (const article of syntheticCorpus(8)) await test.store.putArticle(article);
      server = await listen(
        testApp(test.store, {
          apiKey: API_KEY,
          fetchTimeoutMs: 500,
          writeRateLimit: { windowMs: 60_000, limit: 100_000 },
          failedAuthRateLimit: { windowMs: 60_000, limit: 100_000 },
          extraction: { threads: 1, maxQueue: 8, timeoutMs: 10_000 },
        }),
      );
      document = (await (await fetch(`${server.url}/v1/openapi.json`)).json()) as typeof document;
      const articles = await test.store.listArticles(ArticleQuery.parse({ limit: 3 }));
      const entities = await test.store.listEntities(EntityQuery.parse({ limit: 3 }));
      const quotes = await test.store.listQuotes(QuoteQuery.parse({ limit: 2 }));
      known = {
        articleIds: articles.items.map((article) => article.id),
        entityIds: entities.items.map((entity) => entity.id),
        cursors: [articles.next, entities.next, quotes.next].filter((c): c is string => !!c),
        apiKey: API_KEY,
      };
    });
    afterAll(async () => {
      await server?.close();
      await test?.dispose();
    });

    it(
      'never answers 5xx, answers every 4xx with a problem document, and stays healthy',
      async () => {
        const operations = operationsOf(document);
        expect(operations.length).toBeGreaterThanOrEqual(16);
        let sent = 0;
        for (const operation of operations) {
          await fc.assert(
            fc.asyncProperty(requestsFor(operation, known, document), async (generated) => {
              const answer = await send(server, generated);
              sent++;
              const shown = `${generated.method} ${generated.url.slice(0, 200)} -> ${answer.status} ${answer.text.slice(0, 200)}`;
              expect(answer.status, shown).toBeLessThan(500);
              if (answer.status >= 400) {
                expect(answer.type, shown).toMatch(/^application\/problem\+json/);
                if (generated.method !== 'HEAD')
                  expect(Problem.parse(JSON.parse(answer.text)).status, shown).toBe(answer.status);
              }
            }),
            { numRuns: RUNS_PER_OPERATION },
          );
        }
        console.info(
          `fuzz over ${name}: ${sent} requests over ${operations.length} operations, none 5xx`,
        );

        // Healthy afterwards, and well-formed requests still work.
        expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
        expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
        expect((await fetch(`${server.url}/v1/articles?limit=2`)).status).toBe(200);
        const stored = await fetch(`${server.url}/v1/articles`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
          body: JSON.stringify({ text: INVENTED_ARTICLES[1] }),
        });
        expect([200, 201]).toContain(stored.status);
      },
      750 * RUNS_PER_OPERATION,
    );
  },
);
