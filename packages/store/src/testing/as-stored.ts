import type { Article } from '@sourcetrace/article-model';

/**
 * The article as it was put: a store adds each quote's statementId on the way out, which is
 * the corpus's grouping, not part of the article.
 */
export function asStored(article: Article | null): Article | null {
  if (!article) return null;
  return {
    ...article,
    quotes: article.quotes.map(({ statementId: _statementId, ...quote }) => quote),
  };
}
