import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ArticleQuery, EntityQuery, QuoteQuery, type Article } from '@sourcetrace/article-model';
import { openStore, type Store } from '@sourcetrace/store';
import { syntheticCorpus } from '@sourcetrace/store/testing';
import { KEYS, renderApp, type Rendered } from './support.js';

let dir: string;
let store: Store;
let app: Rendered | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sourcetrace-tui-'));
  store = await openStore({ db: join(dir, 'corpus.db') });
  for (const article of syntheticCorpus(40)) await store.putArticle(article);
});
afterEach(() => app?.unmount());
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('over a SQLite corpus', () => {
  it('lists the newest articles first and opens one, moving between its quotes', async () => {
    const newest = (await store.listArticles(ArticleQuery.parse({ limit: 1 }))).items[0]!;
    const article = (await store.getArticle(newest.id)) as Article;
    const firstQuote = [...article.quotes].sort(
      (a, b) => a.content[0]!.start - b.content[0]!.start,
    )[0]!;
    const speaker = article.entities.find((entity) => entity.id === firstQuote.speakerId)!;

    app = renderApp(store);
    const frame = await app.waitFor((f) => f.includes('40 articles'), 'the library over SQLite');
    expect(frame.split('\n')[2]).toContain(newest.title!.slice(0, 20));
    app.press(KEYS.enter);
    await app.waitFor((f) => f.includes(`${article.quotes.length} quotes · n/N`), 'the reader');
    app.press('n');
    await app.waitFor(
      (f) => f.includes(`Quote 1/${article.quotes.length} ${speaker.name}`),
      'the first quote’s speaker',
    );
    app.press('N');
    await app.waitFor(
      (f) => f.includes(`Quote ${article.quotes.length}/${article.quotes.length}`),
      'N wraps to the last',
    );
  });

  it('finds the most quoted person and opens each of their quotes in its article', async () => {
    const top = (await store.listEntities(EntityQuery.parse({ sort: 'quotes', limit: 1 })))
      .items[0]!;
    const theirs = (await store.listQuotes(QuoteQuery.parse({ speaker: top.id, limit: 2 }))).items;

    app = renderApp(store);
    await app.waitFor((f) => f.includes('40 articles'));
    app.press('p');
    let frame = await app.waitFor(
      (f) => f.includes('most quoted first') && f.includes(top.name),
      'the people list',
    );
    expect(frame.split('\n')[2]).toContain(top.name);
    app.press(KEYS.enter);
    frame = await app.waitFor((f) => f.includes('Described as'), 'the person page');
    expect(frame).toContain(`${top.counts.quotes} quotes`);
    expect(frame).toContain(theirs[0]!.text.slice(0, 30));
    app.press('j', KEYS.enter);
    const second = theirs[1]!;
    const article = (await store.getArticle(second.article.id))!;
    frame = await app.waitFor(
      (f) => f.includes(` ${top.name}`) && f.includes('Quote '),
      'the article at that quote',
    );
    const order = [...article.quotes]
      .sort((a, b) => a.content[0]!.start - b.content[0]!.start)
      .map((q) => q.id);
    expect(frame).toContain(
      `Quote ${order.indexOf(second.quote.id) + 1}/${order.length} ${top.name}`,
    );
    app.press(KEYS.escape);
    await app.waitFor((f) => f.includes('Described as'), 'Esc back to the person');
  });
});
