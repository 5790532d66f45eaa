/**
 * The quote and claim filter indexes, the same on both engines. A filter that picks out rare
 * rows (a speaker, an outlet, a source, a hedge other than none, an anonymous source) has a
 * partial index holding only those rows; a filter on a common value (a quote kind, hedge none,
 * a named source) reads the list's own order and skips the rest, which stays fast because about
 * as many rows are read as a page needs divided by the share that matches.
 */
export function quoteAndClaimIndexes(ifNotExists: '' | 'IF NOT EXISTS '): string {
  const order = 'published_sort DESC, article_seq DESC, idx';
  const index = (name: string, rest: string) => `CREATE INDEX ${ifNotExists}${name} ON ${rest};`;
  return [
    index('quotes_by_speaker', `quotes (speaker_id, ${order}) WHERE speaker_id IS NOT NULL`),
    index('quotes_by_channel', `quotes (channel_id, ${order}) WHERE channel_id IS NOT NULL`),
    index('claims_by_source', `claims (source_id, ${order}) WHERE source_id IS NOT NULL`),
    index('claims_hedged', `claims (hedge, ${order}) WHERE hedge <> 'none'`),
    index('claims_by_anonymous_source', `claims (${order}) WHERE source_anonymous = 1`),
  ].join('\n');
}

/**
 * Quotes of one kind in list order. Unlike a speaker, a kind is a common value, so reading the
 * list order and skipping the other kinds is usually quick; but a kind that is rare or absent
 * in a corpus (mixed quotes in wire copy) would then read every quote. About 40 bytes a quote.
 */
export function quoteKindIndex(ifNotExists: '' | 'IF NOT EXISTS '): string {
  return `CREATE INDEX ${ifNotExists}quotes_of_kind ON quotes (kind, published_sort DESC, article_seq DESC, idx);`;
}

/**
 * Indexes of corpus schemas before these: full-size filter indexes (remade partial above), the
 * quote kind index (three common values), and entity_articles by article (deletes find those
 * rows by their key instead).
 */
export const RETIRED_INDEXES = `
DROP INDEX IF EXISTS quotes_by_speaker;
DROP INDEX IF EXISTS quotes_by_channel;
DROP INDEX IF EXISTS quotes_by_kind;
DROP INDEX IF EXISTS claims_by_source;
DROP INDEX IF EXISTS claims_by_hedge;
DROP INDEX IF EXISTS claims_by_anonymity;
DROP INDEX IF EXISTS entity_articles_by_article;
`;
