import { describe, expect, it } from 'vitest';
import { createSqliteStore } from '../sqlite/sqlite-store.js';
import { quotingArticle } from '../testing/statement-articles.js';
import { groupingCorpus } from './grouping-corpus.js';

/** Pairwise precision and recall: over every pair of quotes, same statement or not. */
function pairwise(truth: number[], predicted: string[]) {
  let both = 0;
  let predictedPairs = 0;
  let truePairs = 0;
  for (let i = 0; i < truth.length; i++)
    for (let j = i + 1; j < truth.length; j++) {
      const same = truth[i] === truth[j];
      const grouped = predicted[i] === predicted[j];
      if (same) truePairs++;
      if (grouped) predictedPairs++;
      if (same && grouped) both++;
    }
  return { precision: both / predictedPairs, recall: both / truePairs };
}

describe('statement grouping on an invented corpus', () => {
  it('groups trims and alterations, keeps common phrases apart: precision and recall >= 0.95', async () => {
    const { articles, truth } = groupingCorpus();
    const statements = new Set(truth.flat());
    expect(statements.size).toBeGreaterThanOrEqual(60);
    const store = await createSqliteStore(':memory:');
    const predicted: string[] = [];
    for (const spec of articles) {
      const article = quotingArticle(spec);
      await store.putArticle(article);
      const stored = await store.getArticle(article.id);
      predicted.push(stored?.quotes[0]?.statementId ?? `none:${article.id}`);
    }
    // Grouping is judged once the whole corpus is in: a statement id never changes.
    for (const [i, spec] of articles.entries()) {
      const stored = await store.getArticle(quotingArticle(spec).id);
      expect(stored?.quotes[0]?.statementId).toBe(predicted[i]);
    }
    await store.close();
    const { precision, recall } = pairwise(truth.flat(), predicted);
    console.log(
      `statement grouping: ${statements.size} statements, ${articles.length} quotes, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
