import { describe, expect, it } from 'vitest';
import { ArticleQuery, ClaimQuery, EntityQuery, QuoteQuery } from '@sourcetrace/article-model';
import { MemoryCorpusReader } from '../src/index.js';
import { inventedArticle } from './support.js';

const reader = () =>
  new MemoryCorpusReader([
    inventedArticle(),
    inventedArticle({
      id: 'a-gale',
      title: 'Gale warning for the estuary',
      publisher: 'Estuary Post',
    }),
  ]);

describe('in-memory corpus reader', () => {
  it('folds the same person across articles into one corpus entity', async () => {
    const people = await reader().listEntities(EntityQuery.parse({ kind: 'person' }));
    expect(
      people.items.map((entity) => [entity.name, entity.counts.quotes, entity.counts.articles]),
    ).toEqual([
      ['Ada Quillfeather', 4, 2],
      ['Bram Ostrowe', 2, 2],
    ]);
  });

  it('lists a speaker’s quotes across articles, with the article they came from', async () => {
    const r = reader();
    const ada = (await r.listEntities(EntityQuery.parse({ q: 'Quillfeather' }))).items[0]!;
    const quotes = await r.listQuotes(QuoteQuery.parse({ speaker: ada.id }));
    expect(quotes.items).toHaveLength(4);
    expect(new Set(quotes.items.map((record) => record.article.id))).toEqual(
      new Set(['a-fog', 'a-gale']),
    );
    expect(quotes.items[0]!.speaker?.descriptor).toBe('harbour pilot');
    expect(await r.corpusEntityFor('a-fog', 'e1')).toEqual(ada);
  });

  it('pages with an opaque cursor and filters articles and claims', async () => {
    const r = reader();
    const first = await r.listArticles(ArticleQuery.parse({ limit: 1 }));
    expect(first.next).not.toBeNull();
    const second = await r.listArticles(ArticleQuery.parse({ limit: 1, cursor: first.next! }));
    expect(second.next).toBeNull();
    expect(new Set([first.items[0]!.id, second.items[0]!.id]).size).toBe(2);
    expect(
      (await r.listArticles(ArticleQuery.parse({ publisher: 'estuary post' }))).items.map(
        (a) => a.id,
      ),
    ).toEqual(['a-gale']);
    expect((await r.listArticles(ArticleQuery.parse({ q: 'nothing like this' }))).items).toEqual(
      [],
    );
    const rumours = await r.listClaims(ClaimQuery.parse({ hedge: 'rumour' }));
    expect(rumours.items.map((record) => record.text)).toEqual([
      'the lighthouse keeper saw the fog coming',
      'the lighthouse keeper saw the fog coming',
    ]);
    const stats = await r.stats();
    expect(stats.topSpeakers[0]).toMatchObject({ entity: { name: 'Ada Quillfeather' }, count: 4 });
    expect(stats.topOutlets[0]).toMatchObject({ entity: { name: 'Tidewater Courier' }, count: 2 });
  });
});
