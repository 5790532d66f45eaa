import type { Problem } from '@sourcetrace/article-model';

/** A pagination cursor that this store did not issue for this query (tampered, stale or foreign). */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
  constructor(
    message = 'Invalid cursor: pass back the `next` value of the previous page unchanged',
  ) {
    super(message);
  }
}

/**
 * Search text the full-text index cannot take: SQLite's FTS5 reads a word its tokenizer splits
 * in two as a phrase, which an index without positions refuses.
 */
export class InvalidSearchError extends Error {
  override readonly name = 'InvalidSearchError';
  constructor(
    message = 'Invalid search: a word of q cannot be searched as it is written; search for its parts as separate words',
  ) {
    super(message);
  }
}

/** An article that fails validateArticle; nothing was written. */
export class InvalidArticleError extends Error {
  override readonly name = 'InvalidArticleError';
  constructor(readonly problems: Problem[]) {
    const lines = problems
      .slice(0, 10)
      .map((problem) => `  ${problem.path.join('.')}: ${problem.message}`);
    super(`Invalid article (nothing stored):\n${lines.join('\n')}`);
  }
}
