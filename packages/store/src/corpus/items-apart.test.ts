import { describe, expect, it } from 'vitest';
import { claimText, quoteText, sliceSpan, type Article } from '@sourcetrace/article-model';
import { syntheticArticle } from '../testing/index.js';
import { articleBesidesItems, articleWithItems, type StoredItem } from './items-apart.js';
import { packArticleBesidesItems, packArticleJson } from './packing.js';

/** The article's quotes and claims as their rows keep them: JSON and printed words. */
function storedItems(article: Article): { quotes: StoredItem[]; claims: StoredItem[] } {
  const span = (value: { start: number; end: number } | null) =>
    value ? sliceSpan(article.text, value) : null;
  return {
    quotes: article.quotes.map((quote) => ({
      json: JSON.stringify(quote),
      text: quoteText(article, quote),
      cueText: span(quote.cue),
      sourceText: span(quote.source),
    })),
    claims: article.claims.map((claim) => ({
      json: JSON.stringify(claim),
      text: claimText(article, claim),
      cueText: span(claim.cue),
      sourceText: span(claim.source),
    })),
  };
}

describe('an article besides its quotes and claims', () => {
  it('keeps only the text no item prints, and is put back exactly from the items', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const article = syntheticArticle(seed);
      const json = JSON.stringify(article);
      const { quotes, claims } = storedItems(article);
      const rest = articleBesidesItems(article, [...quotes, ...claims]);
      expect(rest).not.toBeNull();
      const kept = JSON.parse(rest!) as Article;
      expect(kept.quotes).toEqual([]);
      expect(kept.claims).toEqual([]);
      expect(kept.text.length).toBeLessThan(article.text.length);
      expect(JSON.stringify(articleWithItems(rest!, quotes, claims))).toBe(json);
      expect(packArticleBesidesItems(rest!).length).toBeLessThan(packArticleJson(json).length);
    }
  });

  it('puts back a quote of several pieces and items that overlap', () => {
    const text = 'Ana said: "We will build it," and later, "we will pay for it too." Done.';
    const at = (words: string) => ({
      start: text.indexOf(words),
      end: text.indexOf(words) + words.length,
    });
    const article = {
      ...syntheticArticle(1),
      text,
      blocks: [],
      entities: [],
      quotes: [
        {
          ...syntheticArticle(1).quotes[0]!,
          content: [at('We will build it,'), at('we will pay for it too.')],
          verbatim: [],
          cue: at('said'),
          source: at('Ana'),
          speakerId: null,
          channelId: null,
        },
      ],
      claims: [
        {
          ...syntheticArticle(1).claims[0]!,
          content: [at('Ana said: "We will build it," and later')],
          cue: null,
          source: null,
          sourceId: null,
        },
      ],
    } as Article;
    const json = JSON.stringify(article);
    const { quotes, claims } = storedItems(article);
    const rest = articleBesidesItems(article, [...quotes, ...claims]);
    expect((JSON.parse(rest!) as Article).text).toBe(', "" Done.');
    expect(JSON.stringify(articleWithItems(rest!, quotes, claims))).toBe(json);
  });

  it('is refused when the items do not print what their spans hold', () => {
    const article = syntheticArticle(2);
    const { quotes, claims } = storedItems(article);
    const wrong = { ...quotes[0]!, text: `#${quotes[0]!.text.slice(1)}` };
    expect(articleBesidesItems(article, [wrong, ...quotes.slice(1), ...claims])).toBeNull();
  });

  it("is refused when the items are not the article's quotes and claims", () => {
    const article = syntheticArticle(3);
    const { quotes, claims } = storedItems(article);
    expect(articleBesidesItems(article, [...quotes, ...claims.slice(1)])).toBeNull();
  });
});
