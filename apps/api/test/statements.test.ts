import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@sourcetrace/api-client';
import { Statement, StatementSummary, pageOf } from '@sourcetrace/article-model';
import { quotingArticle } from '@sourcetrace/store/testing';
import { sqliteTestStore, testApp, type TestStore } from './support.js';

const LINE =
  'The night buses will run until two again from the first of May because the late shifts need them';
const STORY = [
  { publisher: 'Daily Ledger', publishedAt: '2024-03-03', words: LINE, speaker: 'Ilse Marrow' },
  {
    publisher: 'Valley Courier',
    publishedAt: '2024-03-04',
    words: LINE.slice(0, 62),
    speaker: 'Ilse Marrow',
  },
  {
    publisher: 'Harbour Post',
    publishedAt: '2024-03-05',
    words: LINE.replace('two', 'three'),
    speaker: 'Ilse Marrow',
  },
].map(({ words, speaker, ...rest }) => quotingArticle({ ...rest, lines: [{ words, speaker }] }));

describe('statements over HTTP', () => {
  let test: TestStore;
  let app: ReturnType<typeof testApp>;
  beforeAll(async () => {
    test = await sqliteTestStore();
    for (const article of STORY) await test.store.putArticle(article);
    app = testApp(test.store);
  });
  afterAll(() => test.dispose());

  it('lists statements with filters, and gives each quote of an article its statementId', async () => {
    const list = pageOf(StatementSummary).parse(
      (await request(app).get('/v1/statements?flag=altered&minOutlets=3&sort=outlets').expect(200))
        .body,
    );
    expect(list.items).toHaveLength(1);
    const [summary] = list.items;
    expect(summary?.outlets).toBe(3);
    expect(summary?.firstSeen.outlet).toBe('Daily Ledger');
    const article = (await request(app).get(`/v1/articles/${STORY[2]!.id}`).expect(200)).body as {
      quotes: { statementId?: string }[];
    };
    expect(article.quotes[0]?.statementId).toBe(summary?.id);
    const none = await request(app).get('/v1/statements?minOutlets=4').expect(200);
    expect(none.body.items).toEqual([]);
  });

  it('serves one statement with its timeline and variants, and 404 for an unknown id', async () => {
    const [summary] = (await request(app).get('/v1/statements').expect(200)).body
      .items as StatementSummary[];
    const statement = Statement.parse(
      (await request(app).get(`/v1/statements/${summary?.id}`).expect(200)).body,
    );
    expect(statement.timeline.map((o) => o.outlet)).toEqual([
      'Daily Ledger',
      'Valley Courier',
      'Harbour Post',
    ]);
    const altered = statement.variants.find((v) => v.altered);
    expect(altered?.changes.filter((c) => c.op !== 'same')).toEqual([
      { op: 'added', text: 'three' },
      { op: 'dropped', text: 'two' },
    ]);
    const missing = await request(app).get('/v1/statements/no-such-statement').expect(404);
    expect(missing.type).toBe('application/problem+json');
  });

  it('answers bad filters with a 400 problem', async () => {
    for (const query of [
      'flag=bogus',
      'minOutlets=0',
      'minOutlets=abc',
      'sort=loudest',
      'extra=1',
      'cursor=%00%00',
    ]) {
      const response = await request(app).get(`/v1/statements?${query}`).expect(400);
      expect(response.type).toBe('application/problem+json');
    }
  });

  it('is read the same through the typed client', async () => {
    const server = app.listen(0);
    try {
      const address = server.address() as { port: number };
      const client = createClient({ baseUrl: `http://127.0.0.1:${address.port}` });
      const page = await client.listStatements({ sort: 'first_seen', limit: 10 });
      expect(page.items).toHaveLength(1);
      const statement = await client.getStatement(page.items[0]!.id);
      expect(statement?.occurrences).toBe(3);
      expect(await client.getStatement('nope')).toBeNull();
    } finally {
      server.close();
    }
  });
});
