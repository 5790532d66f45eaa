/**
 * The list order of quotes and claims (newest article first, reading order within one) as their
 * indexes keep it: ascending, read backwards. New articles' rows then go at an index's end, where
 * both engines fill pages whole; kept descending, they went at its start and every page split
 * left two half-empty pages. Rows are inserted last idx first for the same reason.
 */
export const LIST_ORDER = 'published_sort, article_seq, idx DESC';
/** The order as indexes of corpus schemas before 8 kept it (PostgreSQL migrations 4 and 6). */
export const DESCENDING_LIST_ORDER = 'published_sort DESC, article_seq DESC, idx';

/**
 * The quote and claim filter indexes, the same on both engines. A filter that picks out rare
 * rows (a speaker, an outlet, a source, a hedge other than none, an anonymous source) has a
 * partial index holding only those rows; a filter on a common value (a quote kind, hedge none,
 * a named source) reads the list's own order and skips the rest, which stays fast because about
 * as many rows are read as a page needs divided by the share that matches.
 */
export function quoteAndClaimIndexes(
  ifNotExists: '' | 'IF NOT EXISTS ',
  order: string = LIST_ORDER,
): string {
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
export function quoteKindIndex(
  ifNotExists: '' | 'IF NOT EXISTS ',
  order: string = LIST_ORDER,
): string {
  return `CREATE INDEX ${ifNotExists}quotes_of_kind ON quotes (kind, ${order});`;
}

/**
 * The list order indexes, which also find one article's quotes and claims (by its published_sort
 * and seq, as entity_articles is keyed): no index by article beside them.
 */
export function listOrderIndexes(ifNotExists: '' | 'IF NOT EXISTS '): string {
  return [
    `CREATE INDEX ${ifNotExists}quotes_in_order ON quotes (${LIST_ORDER});`,
    `CREATE INDEX ${ifNotExists}claims_in_order ON claims (${LIST_ORDER});`,
  ].join('\n');
}

/**
 * Corpus entity indexes narrowed to the rows their one query reads: top sources (claims > 0),
 * and the full-name people a lone surname may join.
 */
export function narrowEntityIndexes(ifNotExists: '' | 'IF NOT EXISTS '): string {
  return [
    `CREATE INDEX ${ifNotExists}entities_with_claims ON corpus_entities (claims DESC, id) WHERE claims > 0;`,
    `CREATE INDEX ${ifNotExists}entities_full_name_people ON corpus_entities (last_word)
  WHERE kind = 'person' AND multiword = 1 AND anonymous = 0;`,
  ].join('\n');
}

/**
 * The counts corpus entities are listed by, each with the value most entities have (not quoted;
 * one mention; one article). A count's index holds only the entities with another value, a
 * third of them or less; those with that value are listed in id order, through the id's own
 * unique index (listEntities).
 */
export const ENTITY_SORT_COMMON = { quotes: 0, mentions: 1, articles: 1 } as const;

export function countedEntityIndexes(ifNotExists: '' | 'IF NOT EXISTS '): string {
  return Object.entries(ENTITY_SORT_COMMON)
    .map(
      ([column, common]) =>
        `CREATE INDEX ${ifNotExists}entities_by_${column} ON corpus_entities (${column} DESC, id) WHERE ${column} <> ${common};`,
    )
    .join('\n');
}

/** The count indexes of corpus schemas before 19, which held every entity: remade above. */
export const WHOLE_COUNT_INDEXES = `
DROP INDEX IF EXISTS entities_by_quotes;
DROP INDEX IF EXISTS entities_by_mentions;
DROP INDEX IF EXISTS entities_by_articles;
`;

/** Indexes of corpus schemas before 8, remade above in list order ascending or narrowed. */
export const INDEXES_BEFORE_8 = `
DROP INDEX IF EXISTS quotes_in_order;
DROP INDEX IF EXISTS quotes_by_article;
DROP INDEX IF EXISTS claims_in_order;
DROP INDEX IF EXISTS claims_by_article;
DROP INDEX IF EXISTS quotes_by_speaker;
DROP INDEX IF EXISTS quotes_by_channel;
DROP INDEX IF EXISTS claims_by_source;
DROP INDEX IF EXISTS claims_hedged;
DROP INDEX IF EXISTS claims_by_anonymous_source;
DROP INDEX IF EXISTS quotes_of_kind;
DROP INDEX IF EXISTS entities_by_claims;
DROP INDEX IF EXISTS entities_by_surname;
`;

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
