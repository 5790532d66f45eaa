import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuoteQuery, type Article } from '@sourcetrace/article-model';
import { corpusEntityId, entityKey } from '../src/corpus/normalise.js';
import { quotingArticle, type QuotedLine } from '../src/testing/index.js';
import type { Store } from '../src/types.js';
import type { StoreFixture } from './store-contract.js';

/** Day `n` of 2024 (or of 2023 when `old`), as an ISO date. */
function day(n: number, old = false): string {
  return new Date(Date.UTC(old ? 2023 : 2024, 0, 1 + n)).toISOString().slice(0, 10);
}

/**
 * 150 recent articles of three quotes about the ferry timetable (450 quotes: more than a page
 * of two reads in list order before it looks matches up instead), a word in one recent quote
 * and in older ones, a word in older quotes alone, and a word in none.
 */
function searchCorpus(): Article[] {
  const recent = Array.from({ length: 150 }, (_, n) => {
    const lines: QuotedLine[] = [0, 1, 2].map((i) => ({
      words: `The ferry timetable stays as it is for line ${n}-${i}`,
      speaker: 'Ines Harrow',
    }));
    if (n === 140) lines[1] = { words: 'The granary roof must be mended', speaker: 'Ines Harrow' };
    return quotingArticle({ publisher: 'Invented Gazette', publishedAt: day(n + 30), lines });
  });
  const old = Array.from({ length: 6 }, (_, n) =>
    quotingArticle({
      publisher: 'Invented Gazette',
      publishedAt: day(n, true),
      lines: [
        { words: `The lighthouse keeper retired in year ${n}`, speaker: 'Ines Harrow' },
        { words: 'Nobody asked about the granary', speaker: n % 2 ? 'Tove Lind' : 'Ines Harrow' },
        { words: 'The lighthouse needs a new lamp', speaker: 'Tove Lind' },
      ],
    }),
  );
  return [...old, ...recent];
}

/** Every page of quotes matching `q`, two at a time: "article/quote" in list order. */
async function searchAll(store: Store, q: string, speaker?: string): Promise<string[]> {
  const found: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 1000; pages++) {
    const page = await store.listQuotes(QuoteQuery.parse({ q, speaker, limit: 2, cursor }));
    found.push(...page.items.map((item) => `${item.article.id}/${item.quote.id}`));
    if (page.next === null) break;
    cursor = page.next;
  }
  return found;
}

/** The quotes whose words hold every word of `words` (and `speaker`'s), in list order. */
function expected(corpus: Article[], words: string[], speaker?: string): string[] {
  return [...corpus]
    .sort((a, b) => (b.source.publishedAt ?? '').localeCompare(a.source.publishedAt ?? ''))
    .flatMap((article) =>
      article.quotes
        .filter((quote) => {
          const span = quote.content[0];
          const text = article.text.slice(span?.start, span?.end).toLowerCase();
          const by = article.entities.find((entity) => entity.id === quote.speakerId)?.name;
          return (
            words.every((word) => text.includes(word)) &&
            (speaker === undefined || (by && corpusEntityId(entityKey('person', by)) === speaker))
          );
        })
        .map((quote) => `${article.id}/${quote.id}`),
    );
}

/**
 * Searches whose words are common among the newest quotes, only in older ones, in both, or in
 * none give the same quotes, in list order, page by page, whichever way the store reads them.
 */
export function searchContract(name: string, fixture: StoreFixture): void {
  describe(`${name} quote search`, () => {
    let store: Store;
    const corpus = searchCorpus();

    beforeAll(async () => {
      store = await fixture.open();
      await store.putArticles(corpus);
    }, 60_000);
    afterAll(async () => {
      await fixture.dispose(store);
    });

    it('pages through words common among the newest quotes', async () => {
      const found = await searchAll(store, 'ferry timetable');
      expect(found).toEqual(expected(corpus, ['ferry timetable']));
      expect(found).toHaveLength(449);
    });

    it('pages through words only older quotes hold, alone or with a speaker', async () => {
      expect(await searchAll(store, 'lighthouse')).toEqual(expected(corpus, ['lighthouse']));
      expect(await searchAll(store, 'lighthouse keeper')).toHaveLength(6);
      const tove = corpusEntityId(entityKey('person', 'Tove Lind'));
      const byTove = await searchAll(store, 'lighthouse', tove);
      expect(byTove).toEqual(expected(corpus, ['lighthouse'], tove));
      expect(byTove).toHaveLength(6);
    });

    it('pages through a word held by one of the newest quotes and by older ones', async () => {
      const found = await searchAll(store, 'granary');
      expect(found).toEqual(expected(corpus, ['granary']));
      expect(found).toHaveLength(7);
    });

    it('finds nothing for a word no quote holds, or words no quote holds together', async () => {
      expect(await searchAll(store, 'zeppelin')).toEqual([]);
      expect(await searchAll(store, 'lighthouse ferry')).toEqual([]);
    });
  });
}
