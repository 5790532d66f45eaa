import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ArticleQuery,
  ClaimQuery,
  EntityQuery,
  QuoteQuery,
  RelatedQuery,
  type Article,
  type ArticleQueryInput,
  type Page,
} from '@sourcetrace/article-model';
import { InvalidArticleError, InvalidCursorError } from '../src/errors.js';
import { corpusEntityId, entityKey } from '../src/corpus/normalise.js';
import { prepareArticle, type PreparedArticle } from '../src/corpus/prepare.js';
import { asStored, syntheticArticle, syntheticCorpus } from '../src/testing/index.js';
import type { Store } from '../src/types.js';

/** A handle on a fresh, empty store and the way to dispose of it. */
export interface StoreFixture {
  open(): Promise<Store>;
  dispose(store: Store): Promise<void>;
}

/** Walks every page of a list, checking each `next` leads on and no item repeats. */
async function walk<T>(
  fetch: (cursor: string | undefined) => Promise<Page<T>>,
  key: (item: T) => string,
) {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 1000; pages++) {
    const page = await fetch(cursor);
    seen.push(...page.items.map(key));
    if (page.next === null) break;
    cursor = page.next;
  }
  expect(new Set(seen).size).toBe(seen.length);
  return seen;
}

const personId = (name: string) => corpusEntityId(entityKey('person', name));

/** An invented article written by hand, to pin down folding and text search exactly. */
function handWritten(
  text: string,
  entities: Article['entities'],
  extra: Partial<Article> = {},
): Article {
  return {
    schemaVersion: 1,
    id: `hand-${text.length}-${entities.map((e) => e.name).join('-')}`,
    text,
    title: null,
    source: { format: 'text', publisher: 'Invented Gazette', publishedAt: '2023-05-01' },
    blocks: [],
    entities,
    quotes: [],
    claims: [],
    extractor: { name: 'test', version: '1' },
    ...extra,
  };
}

/** The behaviour every adapter must have; run once per adapter. */
export function storeContract(name: string, fixture: StoreFixture): void {
  describe(`${name} store contract`, () => {
    let store: Store;
    const corpus = syntheticCorpus(60);

    // Sixty writes to a real server on a shared machine: more than the default hook time.
    beforeAll(async () => {
      store = await fixture.open();
      for (const article of corpus)
        await store.putArticle(article, { ingestedAt: '2025-01-01T00:00:00.000Z' });
    }, 60_000);
    afterAll(async () => {
      await fixture.dispose(store);
    });

    it('gives every article back exactly as stored', async () => {
      expect(await store.countArticles()).toBe(60);
      for (const article of corpus.slice(0, 5)) {
        expect(JSON.stringify(asStored(await store.getArticle(article.id)))).toBe(
          JSON.stringify(article),
        );
        expect(await store.hasArticle(article.id)).toBe(true);
      }
      expect(await store.getArticle('no-such-article')).toBeNull();
      expect(await store.hasArticle('no-such-article')).toBe(false);
    });

    it('is idempotent: putting the same article again changes nothing', async () => {
      const before = await store.stats();
      const entityBefore = await store.getEntity(personId('Marta Velloso'));
      expect(await store.putArticle(corpus[0] as Article)).toEqual({
        id: corpus[0]?.id,
        status: 'unchanged',
      });
      expect(await store.stats()).toEqual(before);
      expect(await store.getEntity(personId('Marta Velloso'))).toEqual(entityBefore);
    });

    it('rejects an invalid article and writes nothing', async () => {
      const broken = {
        ...syntheticArticle(9001),
        quotes: [{ ...syntheticArticle(9001).quotes[0], speakerId: 'nobody' }],
      };
      await expect(store.putArticle(broken as Article)).rejects.toBeInstanceOf(InvalidArticleError);
      expect(await store.hasArticle(broken.id)).toBe(false);
      expect(await store.countArticles()).toBe(60);
    });

    it('writes a batch in one transaction: all of it, or none of it when one article is invalid', async () => {
      const fresh = [syntheticArticle(7001), syntheticArticle(7002)];
      const broken = {
        ...syntheticArticle(7003),
        quotes: [{ ...syntheticArticle(7003).quotes[0], speakerId: 'nobody' }],
      };
      await expect(store.putArticles([...fresh, broken as Article])).rejects.toBeInstanceOf(
        InvalidArticleError,
      );
      expect(await store.hasArticle(fresh[0]!.id)).toBe(false);
      expect(await store.countArticles()).toBe(60);

      const results = await store.putArticles([corpus[1] as Article, ...fresh, fresh[0]!]);
      expect(results).toEqual([
        { id: corpus[1]?.id, status: 'unchanged' },
        { id: fresh[0]!.id, status: 'created' },
        { id: fresh[1]!.id, status: 'created' },
        { id: fresh[0]!.id, status: 'unchanged' },
      ]);
      expect(await store.countArticles()).toBe(62);
      for (const article of fresh) expect(await store.deleteArticle(article.id)).toBe(true);
      expect(await store.countArticles()).toBe(60);
    });

    it('writes what prepareArticle prepared, and nothing else, through putPrepared', async () => {
      const broken = {
        ...syntheticArticle(7101),
        quotes: [{ ...syntheticArticle(7101).quotes[0], speakerId: 'nobody' }],
      };
      const refused = prepareArticle(broken);
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.problems.length).toBeGreaterThan(0);

      const article = syntheticArticle(7102);
      const ready = prepareArticle(article);
      if (!ready.ok) throw new Error('a synthetic article is valid');
      // What a worker thread sends back: a structured clone.
      const sent = structuredClone(ready.prepared);
      await expect(
        store.putPrepared([sent, article as unknown as PreparedArticle]),
      ).rejects.toBeInstanceOf(TypeError);
      expect(await store.hasArticle(article.id)).toBe(false);
      expect(await store.putPrepared([sent, sent])).toEqual([
        { id: article.id, status: 'created' },
        { id: article.id, status: 'unchanged' },
      ]);
      expect(JSON.stringify(asStored(await store.getArticle(article.id)))).toBe(
        JSON.stringify(article),
      );
      expect(await store.deleteArticle(article.id)).toBe(true);
      expect(await store.countArticles()).toBe(60);
    });

    it('counts co-occurrence the same for one batch as for one article at a time', async () => {
      const articles = syntheticCorpus(24);
      const one = await fixture.open();
      const batched = await fixture.open();
      try {
        for (const article of articles) await one.putArticle(article);
        await batched.putArticles(articles);
        const entities = (await one.listEntities(EntityQuery.parse({ limit: 100 }))).items;
        expect((await batched.listEntities(EntityQuery.parse({ limit: 100 }))).items).toEqual(
          entities,
        );
        for (const entity of entities) {
          const related = await one.relatedEntities(entity.id, RelatedQuery.parse({ limit: 100 }));
          expect(
            await batched.relatedEntities(entity.id, RelatedQuery.parse({ limit: 100 })),
          ).toEqual(related);
        }
      } finally {
        await fixture.dispose(one);
        await fixture.dispose(batched);
      }
    });

    it('streams every article in a stable order', async () => {
      const ids: string[] = [];
      for await (const article of store.iterateArticles()) ids.push(article.id);
      expect(ids).toEqual(corpus.map((article) => article.id));
    });

    it('folds the same person across articles into one corpus entity with counts', async () => {
      const expected = corpus.filter((article) =>
        article.entities.some((e) => e.name === 'Marta Velloso'),
      );
      const entity = await store.getEntity(personId('Marta Velloso'));
      expect(entity?.counts.articles).toBe(expected.length);
      const quotes = expected.flatMap((article) => {
        const id = article.entities.find((e) => e.name === 'Marta Velloso')?.id;
        return article.quotes.filter((quote) => quote.speakerId === id);
      });
      expect(entity?.counts.quotes).toBe(quotes.length);
      expect(entity?.aliases).toContain('Velloso');
      expect(entity?.descriptors).toContain('finance minister');
      const article = expected[0] as Article;
      const local = article.entities.find((e) => e.name === 'Marta Velloso');
      expect((await store.corpusEntityFor(article.id, local?.id ?? ''))?.id).toBe(entity?.id);
      expect(await store.corpusEntityFor(article.id, 'no-such-entity')).toBeNull();
    });

    it('keys organisations without a leading "the" and keeps the outlet flag', async () => {
      const authority = await store.getEntity(
        corpusEntityId('organization:coastal transit authority'),
      );
      const lantern = await store.getEntity(
        corpusEntityId(entityKey('organization', 'The Daily Lantern')),
      );
      expect(authority?.key).toBe('organization:coastal transit authority');
      expect(lantern?.outlet).toBe(true);
    });

    it('walks every page of each list without duplicates or gaps', async () => {
      const articles = await walk(
        (cursor) => store.listArticles(ArticleQuery.parse({ limit: 7, cursor })),
        (item) => item.id,
      );
      expect(articles.sort()).toEqual(corpus.map((article) => article.id).sort());
      const quotes = await walk(
        (cursor) => store.listQuotes(QuoteQuery.parse({ limit: 9, cursor })),
        (item) => `${item.article.id}/${item.quote.id}`,
      );
      expect(quotes.length).toBe(corpus.reduce((n, article) => n + article.quotes.length, 0));
      const claims = await walk(
        (cursor) => store.listClaims(ClaimQuery.parse({ limit: 5, cursor })),
        (item) => `${item.article.id}/${item.claim.id}`,
      );
      expect(claims.length).toBe(corpus.reduce((n, article) => n + article.claims.length, 0));
      for (const sort of ['quotes', 'mentions', 'articles'] as const) {
        const entities = await walk(
          (cursor) => store.listEntities(EntityQuery.parse({ limit: 4, sort, cursor })),
          (item) => item.id,
        );
        expect(entities.length).toBe((await store.stats()).entities);
      }
    });

    it('orders articles newest first and filters by date, publisher and entity', async () => {
      const page = await store.listArticles(ArticleQuery.parse({ limit: 200 }));
      const dates = page.items.map((item) => item.publishedAt ?? '');
      expect(dates).toEqual([...dates].sort().reverse());

      const inRange = corpus.filter(
        (a) =>
          (a.source.publishedAt ?? '') >= '2024-01-10' &&
          (a.source.publishedAt ?? '') < '2024-01-21',
      );
      const ranged = await store.listArticles(
        ArticleQuery.parse({ from: '2024-01-10', to: '2024-01-20', limit: 200 }),
      );
      expect(ranged.items.map((item) => item.id).sort()).toEqual(inRange.map((a) => a.id).sort());

      const byPublisher = await store.listArticles(
        ArticleQuery.parse({ publisher: 'Harbour Wire', limit: 200 }),
      );
      expect(byPublisher.items.length).toBe(
        corpus.filter((a) => a.source.publisher === 'Harbour Wire').length,
      );

      const mentioning = await store.listArticles(
        ArticleQuery.parse({ entity: personId('Hilde Sorvang'), limit: 200 }),
      );
      expect(mentioning.items.map((item) => item.id).sort()).toEqual(
        corpus
          .filter((a) => a.entities.some((e) => e.name === 'Hilde Sorvang'))
          .map((a) => a.id)
          .sort(),
      );
      const summary = page.items.find((item) => item.id === corpus[3]?.id);
      expect(summary?.counts.quotes).toBe(corpus[3]?.quotes.length);
      expect(summary?.ingestedAt).toBe('2025-01-01T00:00:00.000Z');
    });

    it('searches article, quote and claim text as plain words', async () => {
      const withWord = corpus.filter((a) => /\bsample article no\. 17\b/.test(a.text));
      const found = await store.listArticles(
        ArticleQuery.parse({ q: 'sample article 17', limit: 200 }),
      );
      expect(found.items.map((item) => item.id)).toEqual(withWord.map((a) => a.id));

      const quotes = await store.listQuotes(QuoteQuery.parse({ q: 'reserves strong', limit: 200 }));
      expect(quotes.items.length).toBeGreaterThan(0);
      expect(quotes.items.every((item) => item.text.includes('reserves are strong'))).toBe(true);

      const claims = await store.listClaims(ClaimQuery.parse({ q: 'tender', limit: 200 }));
      expect(claims.items.every((item) => item.text.includes('tender'))).toBe(true);
      expect(claims.items.length).toBe(
        corpus.flatMap((a) =>
          a.claims.filter((c) =>
            a.text.slice(c.content[0]?.start, c.content[0]?.end).includes('tender'),
          ),
        ).length,
      );

      for (const q of ['"unbalanced AND (', 'NEAR(a b', '*', "o'brien -- ;drop", '%_\\']) {
        await expect(store.listArticles(ArticleQuery.parse({ q }))).resolves.toBeDefined();
        await expect(store.listQuotes(QuoteQuery.parse({ q }))).resolves.toBeDefined();
        await expect(store.listClaims(ClaimQuery.parse({ q }))).resolves.toBeDefined();
        await expect(store.listEntities(EntityQuery.parse({ q }))).resolves.toBeDefined();
      }
    });

    it('filters quotes by speaker, channel, kind and article, with resolved entities', async () => {
      const speaker = personId('Oren Castellan');
      const bySpeaker = await store.listQuotes(QuoteQuery.parse({ speaker, limit: 200 }));
      expect(bySpeaker.items.length).toBe((await store.getEntity(speaker))?.counts.quotes);
      expect(
        bySpeaker.items.every(
          (item) => item.speaker?.id === speaker && item.speaker.name === 'Oren Castellan',
        ),
      ).toBe(true);

      const channel = corpusEntityId(entityKey('organization', 'Harbour Wire'));
      const byChannel = await store.listQuotes(QuoteQuery.parse({ channel, limit: 200 }));
      expect(
        byChannel.items.every((item) => item.channel?.id === channel && item.channel.outlet),
      ).toBe(true);

      const indirect = await store.listQuotes(QuoteQuery.parse({ kind: 'indirect', limit: 200 }));
      expect(indirect.items.every((item) => item.quote.kind === 'indirect')).toBe(true);

      const article = corpus[5] as Article;
      const inArticle = await store.listQuotes(QuoteQuery.parse({ article: article.id }));
      expect(inArticle.items.map((item) => item.quote)).toEqual(article.quotes);
      expect(inArticle.items[0]?.article).toEqual({
        id: article.id,
        title: article.title,
        publisher: article.source.publisher,
        publishedAt: article.source.publishedAt,
      });
    });

    it('filters claims by source, hedge and anonymity', async () => {
      const rumours = await store.listClaims(ClaimQuery.parse({ hedge: 'rumour', limit: 200 }));
      expect(rumours.items.length).toBe(
        corpus.flatMap((a) => a.claims.filter((c) => c.hedge === 'rumour')).length,
      );
      expect(rumours.items.every((item) => item.source === null)).toBe(true);
      // The common value is read another way (the list's own order, not an index of its own).
      const plain = await store.listClaims(ClaimQuery.parse({ hedge: 'none', limit: 200 }));
      expect(plain.items.length).toBe(
        Math.min(200, corpus.flatMap((a) => a.claims.filter((c) => c.hedge === 'none')).length),
      );
      expect(plain.items.every((item) => item.claim.hedge === 'none')).toBe(true);

      const anonymous = await store.listClaims(ClaimQuery.parse({ anonymous: 'true', limit: 200 }));
      expect(anonymous.items.length).toBeGreaterThan(0);
      expect(anonymous.items.every((item) => item.source?.anonymous === true)).toBe(true);
      const named = await store.listClaims(ClaimQuery.parse({ anonymous: 'false', limit: 200 }));
      expect(named.items.every((item) => item.source !== null && !item.source.anonymous)).toBe(
        true,
      );

      const source = corpusEntityId(entityKey('organization', 'Valen Institute'));
      const bySource = await store.listClaims(ClaimQuery.parse({ source, limit: 200 }));
      expect(bySource.items.length).toBe((await store.getEntity(source))?.counts.claims);
    });

    it('lists entities by kind, name and outlet, sorted by the chosen count', async () => {
      const people = await store.listEntities(
        EntityQuery.parse({ kind: 'person', sort: 'mentions', limit: 200 }),
      );
      expect(people.items.every((entity) => entity.kind === 'person')).toBe(true);
      const mentions = people.items.map((entity) => entity.counts.mentions);
      expect(mentions).toEqual([...mentions].sort((a, b) => b - a));

      const outlets = await store.listEntities(EntityQuery.parse({ outlet: 'true', limit: 200 }));
      expect(outlets.items.map((entity) => entity.name).sort()).toEqual(
        ['Evening Meridian', 'Harbour Wire', 'Radio Calder', 'The Daily Lantern'].filter((outlet) =>
          corpus.some((a) => a.entities.some((e) => e.name === outlet)),
        ),
      );
      const named = await store.listEntities(EntityQuery.parse({ q: 'elodie' }));
      expect(named.items.map((entity) => entity.name)).toEqual(['Élodie Marchetti']);
    });

    it('finds related entities by shared articles', async () => {
      const id = personId('Priya Landsworth');
      const related = await walk(
        async (cursor) => {
          const page = await store.relatedEntities(id, RelatedQuery.parse({ limit: 3, cursor }));
          return { ...page, items: page.items.map((item) => ({ ...item, key: item.entity.id })) };
        },
        (item) => item.key,
      );
      const withHer = corpus.filter((a) => a.entities.some((e) => e.name === 'Priya Landsworth'));
      const expectedIds = new Set(
        withHer.flatMap((a) => a.entities.map((e) => corpusEntityId(entityKey(e.kind, e.name)))),
      );
      expectedIds.delete(id);
      expect(new Set(related)).toEqual(expectedIds);
      const first = await store.relatedEntities(id, RelatedQuery.parse({}));
      const counts = first.items.map((item) => item.articles);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      // Pages of three are the one long page cut up: most shared first, ties by id.
      const whole = await store.relatedEntities(id, RelatedQuery.parse({ limit: 100 }));
      expect(related).toEqual(whole.items.map((item) => item.entity.id));
      const order = whole.items.map((item) => [-item.articles, item.entity.id] as const);
      expect(order).toEqual(
        [...order].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)),
      );
      expect(new Set(counts).size).toBeGreaterThan(1);
    });

    it('reports corpus statistics', async () => {
      const stats = await store.stats();
      expect(stats.articles).toBe(60);
      expect(stats.quotes).toBe(corpus.reduce((n, a) => n + a.quotes.length, 0));
      expect(stats.claims).toBe(corpus.reduce((n, a) => n + a.claims.length, 0));
      expect(stats.topSpeakers.length).toBeGreaterThan(0);
      expect(stats.topOutlets.every((ranked) => ranked.entity.outlet)).toBe(true);
      expect(stats.topSources[0]?.count).toBeGreaterThanOrEqual(
        stats.topSources.at(-1)?.count ?? 0,
      );
    });

    it('rejects a tampered or foreign cursor with InvalidCursorError', async () => {
      const page = await store.listQuotes(QuoteQuery.parse({ limit: 2 }));
      expect(page.next).not.toBeNull();
      const tampered = Buffer.from(
        JSON.stringify({ l: 'quotes', v: ['x', 'not a number', 1] }),
      ).toString('base64url');
      for (const cursor of ['%%%', 'bm90IGpzb24', tampered, page.next as string]) {
        await expect(
          store.listArticles(ArticleQuery.parse({ cursor } satisfies ArticleQueryInput)),
        ).rejects.toBeInstanceOf(InvalidCursorError);
      }
      await expect(store.listQuotes(QuoteQuery.parse({ cursor: tampered }))).rejects.toBeInstanceOf(
        InvalidCursorError,
      );
      const entities = await store.listEntities(EntityQuery.parse({ limit: 1, sort: 'quotes' }));
      await expect(
        store.listEntities(
          EntityQuery.parse({ sort: 'articles', cursor: entities.next ?? undefined }),
        ),
      ).rejects.toBeInstanceOf(InvalidCursorError);
    });

    it('rejects cursors holding values no column can hold: integers past 2^31-1, NUL in strings', async () => {
      const forged = (list: string, values: unknown[]) =>
        Buffer.from(JSON.stringify({ l: list, v: values })).toString('base64url');
      const cursors = [
        ['articles', forged('articles', ['2024-01-01', 2 ** 31])],
        ['articles', forged('articles', ['2024-01-01', -1])],
        ['articles', forged('articles', ['2024\u0000', 5])],
        ['quotes', forged('quotes', ['2024-01-01', 1, 2 ** 40])],
        ['entities', forged('entities:quotes', [2 ** 31, 'x'])],
        ['entities', forged('entities:quotes', [1, 'a\u0000b'])],
      ] as const;
      for (const [list, cursor] of cursors) {
        const read =
          list === 'articles'
            ? store.listArticles(ArticleQuery.parse({ cursor }))
            : list === 'quotes'
              ? store.listQuotes(QuoteQuery.parse({ cursor }))
              : store.listEntities(EntityQuery.parse({ cursor }));
        await expect(read, cursor).rejects.toBeInstanceOf(InvalidCursorError);
      }
      // The largest value a column holds is still a cursor: an empty page, not an error.
      const highest = forged('articles', ['9999', 2 ** 31 - 1]);
      await expect(
        store.listArticles(ArticleQuery.parse({ cursor: highest })),
      ).resolves.toBeTruthy();
    });

    it('refuses an article holding a NUL character and writes nothing', async () => {
      const before = await store.countArticles();
      const text = 'Invented: Ilse Brandwater said nothing.\u0000 The end.';
      const article = handWritten(text, [], { id: 'hand-nul' });
      await expect(store.putArticle(article)).rejects.toBeInstanceOf(InvalidArticleError);
      expect(await store.hasArticle('hand-nul')).toBe(false);
      expect(await store.countArticles()).toBe(before);
      // A backslash followed by "u0000" is plain text, not a NUL.
      const escaped = handWritten('Invented: the code \\u0000 is text.', [], { id: 'hand-esc' });
      expect(prepareArticle(escaped).ok).toBe(true);
    });

    it('folds a surname-only person into the one full-name person', async () => {
      const text = 'Invented: Oren Castellan spoke. Later Castellan left.';
      const article = handWritten(text, [
        {
          id: 'p1',
          kind: 'person',
          name: 'Castellan',
          aliases: [],
          mentions: [{ span: { start: 38, end: 47 }, form: 'name' }],
          descriptors: [],
        },
      ]);
      await store.putArticle(article);
      expect((await store.corpusEntityFor(article.id, 'p1'))?.id).toBe(personId('Oren Castellan'));
      expect(await store.getEntity(personId('Castellan'))).toBeNull();
      await store.deleteArticle(article.id);
    });

    it('deletes an article and whatever was only its', async () => {
      const lone = handWritten('Invented: Zebulon Quark met the Obscure Guild.', [
        {
          id: 'p1',
          kind: 'person',
          name: 'Zebulon Quark',
          aliases: [],
          mentions: [{ span: { start: 10, end: 23 }, form: 'name' }],
          descriptors: ['inventor'],
        },
        {
          id: 'o1',
          kind: 'organization',
          name: 'the Obscure Guild',
          aliases: [],
          mentions: [{ span: { start: 28, end: 45 }, form: 'name' }],
          descriptors: [],
        },
        {
          id: 'p2',
          kind: 'person',
          name: 'Marta Velloso',
          aliases: ['Minister V'],
          mentions: [],
          descriptors: [],
        },
      ]);
      const before = await store.stats();
      const velloso = await store.getEntity(personId('Marta Velloso'));
      expect((await store.putArticle(lone)).status).toBe('created');
      expect((await store.getEntity(personId('Zebulon Quark')))?.counts.articles).toBe(1);
      expect((await store.getEntity(personId('Marta Velloso')))?.aliases).toContain('Minister V');

      expect(await store.deleteArticle(lone.id)).toBe(true);
      expect(await store.deleteArticle(lone.id)).toBe(false);
      expect(await store.getArticle(lone.id)).toBeNull();
      expect(await store.getEntity(personId('Zebulon Quark'))).toBeNull();
      expect(await store.getEntity(corpusEntityId('organization:obscure guild'))).toBeNull();
      expect(await store.getEntity(personId('Marta Velloso'))).toEqual(velloso);
      expect(await store.stats()).toEqual(before);
      const found = await store.listArticles(ArticleQuery.parse({ q: 'Zebulon' }));
      expect(found.items).toEqual([]);
    });

    it('stores a very large article whole, pairing only its most mentioned entities', async () => {
      const words = Array.from({ length: 3000 }, (_, i) => `Invented${i}`);
      const text = words.join(' ');
      const spans = words.map((word, i) => {
        const start = words.slice(0, i).join(' ').length + (i === 0 ? 0 : 1);
        return { start, end: start + word.length };
      });
      const entities = spans.map((span, i) => ({
        id: `e${i}`,
        kind: 'organization' as const,
        name: words[i] as string,
        aliases: [],
        // The first entity is mentioned most, so it is among the paired ones.
        mentions:
          i === 0
            ? [
                { span, form: 'name' as const },
                { span, form: 'name' as const },
              ]
            : [{ span, form: 'name' as const }],
        descriptors: [],
      }));
      const claims = spans.map((span, i) => ({
        id: `c${i}`,
        content: [span],
        cue: null,
        source: null,
        sourceId: `e${i}`,
        hedge: 'none' as const,
        confidence: 0.5,
      }));
      const big = handWritten(text, entities, { claims, id: 'invented-big-article' });
      expect((await store.putArticle(big)).status).toBe('created');
      expect(asStored(await store.getArticle(big.id))).toEqual(big);
      const inArticle = await store.listClaims(ClaimQuery.parse({ article: big.id, limit: 200 }));
      expect(inArticle.next).not.toBeNull();
      const first = corpusEntityId(entityKey('organization', 'Invented0'));
      const related = await store.relatedEntities(first, RelatedQuery.parse({ limit: 200 }));
      // The 24 most mentioned entities of an article pair up: the first has 23 others.
      expect(related.items.length).toBe(23);
      expect(await store.deleteArticle(big.id)).toBe(true);
      expect(await store.getEntity(first)).toBeNull();
    });

    it('takes concurrent writes, the same article twice included, without losing a count', async () => {
      const batch = syntheticCorpus(8, 50_000);
      const before = await store.getEntity(personId('Marta Velloso'));
      const results = await Promise.all(
        [...batch, ...batch.slice(0, 3)].map((article) => store.putArticle(article)),
      );
      expect(results.filter((result) => result.status === 'created')).toHaveLength(8);
      const added = batch.filter((article) =>
        article.entities.some((e) => e.name === 'Marta Velloso'),
      ).length;
      expect((await store.getEntity(personId('Marta Velloso')))?.counts.articles).toBe(
        (before?.counts.articles ?? 0) + added,
      );
      await Promise.all(batch.map((article) => store.deleteArticle(article.id)));
      expect(await store.getEntity(personId('Marta Velloso'))).toEqual(before);
    });

    it('round-trips random synthetic articles (property)', async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 100_000, max: 2_000_000 }), async (seed) => {
          const article = syntheticArticle(seed);
          const first = await store.putArticle(article);
          const again = await store.putArticle(article);
          expect(again.status).toBe('unchanged');
          expect(asStored(await store.getArticle(article.id))).toEqual(article);
          if (first.status === 'created') expect(await store.deleteArticle(article.id)).toBe(true);
        }),
        { numRuns: 15 },
      );
      expect(await store.countArticles()).toBe(60);
    });
  });
}
