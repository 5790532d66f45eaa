import { describe, expect, it } from 'vitest';
import { validateArticle } from '@sourcetrace/article-model';
import { syntheticArticle, syntheticCorpus } from './index.js';

describe('synthetic articles', () => {
  it('are valid articles', () => {
    for (const article of syntheticCorpus(200)) {
      const result = validateArticle(article);
      expect(result.ok ? [] : result.problems).toEqual([]);
    }
  });

  it('are deterministic per seed and distinct across seeds', () => {
    expect(syntheticArticle(7)).toEqual(syntheticArticle(7));
    const ids = new Set(syntheticCorpus(500).map((article) => article.id));
    expect(ids.size).toBe(500);
  });

  it('have quotes with speakers, channels and hedged claims across a corpus', () => {
    const corpus = syntheticCorpus(100);
    const quotes = corpus.flatMap((article) => article.quotes);
    const claims = corpus.flatMap((article) => article.claims);
    expect(quotes.every((quote) => quote.speakerId !== null)).toBe(true);
    expect(quotes.some((quote) => quote.channelId !== null)).toBe(true);
    expect(new Set(claims.map((claim) => claim.hedge))).toEqual(
      new Set(['none', 'belief', 'rumour']),
    );
    const names = corpus.flatMap((article) => article.entities.map((entity) => entity.name));
    expect(names.filter((name) => name === 'Marta Velloso').length).toBeGreaterThan(10);
  });
});
