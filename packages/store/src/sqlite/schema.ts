/**
 * The SQLite schema. FTS5 tables are contentless (the text lives in the rows), keyed by a row's
 * day of publication and seq (search-keys.ts), and keep no positions (detail=none): a search is
 * words, each one token (searchWords), never a phrase.
 */
import { CANONICAL_SAME_AS_FIRST, SQLITE_STATEMENT_TABLES } from '../statements/schema.js';
import {
  countedEntityIndexes,
  INDEXES_BEFORE_8,
  listOrderIndexes,
  narrowEntityIndexes,
  quoteAndClaimIndexes,
  quoteKindIndex,
  RETIRED_INDEXES,
  WHOLE_COUNT_INDEXES,
} from '../sql/indexes.js';
import { SQLITE_WATCH_TABLES } from '../watch/schema.js';
import { DISPLAYS_SAME_AS_FIRST, SEARCH_SAME_AS_FIRST } from '../statements/displays.js';
import { partnersTable, SQLITE_FOLD_PAIR_COUNTS } from '../pairs/schema.js';

const QUOTE_AND_CLAIM_INDEXES = quoteAndClaimIndexes('IF NOT EXISTS ');

export const SQLITE_SCHEMA_VERSION = 21;

/**
 * An article's entities, each with its corpus entity's number (corpus_entities.n, a few bytes
 * where the id is 21), and what it adds to the corpus entity's counts and names.
 */
function articleEntitiesTable(name: string): string {
  return `CREATE TABLE ${name} (
  article_seq INTEGER NOT NULL,
  entity_id TEXT NOT NULL,
  entity INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  quotes INTEGER NOT NULL,
  channel_quotes INTEGER NOT NULL,
  claims INTEGER NOT NULL,
  names TEXT NOT NULL,
  descriptors TEXT NOT NULL,
  outlet INTEGER NOT NULL,
  anonymous INTEGER NOT NULL,
  PRIMARY KEY (article_seq, entity_id)
) WITHOUT ROWID;`;
}

/** The articles of each corpus entity (by number) in list order, and whether it paired in each. */
function entityArticlesTable(name: string): string {
  return `CREATE TABLE ${name} (
  entity INTEGER NOT NULL,
  published_sort TEXT NOT NULL,
  article_seq INTEGER NOT NULL,
  paired INTEGER NOT NULL,
  PRIMARY KEY (entity, published_sort, article_seq)
) WITHOUT ROWID;`;
}

/** The search index of articles, quotes or claims. */
export function searchIndex(table: 'articles' | 'quotes' | 'claims'): string {
  return `CREATE VIRTUAL TABLE IF NOT EXISTS ${table}_fts USING fts5(body, content='', contentless_delete=1, detail=none, tokenize='porter unicode61 remove_diacritics 2');`;
}

export const SQLITE_SCHEMA = `
CREATE TABLE IF NOT EXISTS corpus_counts (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  articles INTEGER NOT NULL,
  quotes INTEGER NOT NULL,
  claims INTEGER NOT NULL
);
INSERT INTO corpus_counts (id, articles, quotes, claims) VALUES (1, 0, 0, 0) ON CONFLICT (id) DO NOTHING;

CREATE TABLE IF NOT EXISTS articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT,
  publisher TEXT,
  url TEXT,
  published_at TEXT,
  published_sort TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  quotes INTEGER NOT NULL,
  speakers INTEGER NOT NULL,
  entities INTEGER NOT NULL,
  claims INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_by_date ON articles (published_sort DESC, seq DESC);
CREATE INDEX IF NOT EXISTS articles_by_publisher ON articles (publisher, published_sort DESC, seq DESC);

-- n: a compact number for the entity, what co-occurrence counts are keyed by.
CREATE TABLE IF NOT EXISTS corpus_entities (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  last_word TEXT NOT NULL,
  multiword INTEGER NOT NULL,
  search TEXT NOT NULL,
  aliases TEXT NOT NULL,
  descriptors TEXT NOT NULL,
  outlet INTEGER NOT NULL,
  anonymous INTEGER NOT NULL,
  articles INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  quotes INTEGER NOT NULL,
  channel_quotes INTEGER NOT NULL,
  claims INTEGER NOT NULL
);
${countedEntityIndexes('IF NOT EXISTS ')}
${narrowEntityIndexes('IF NOT EXISTS ')}

${articleEntitiesTable('IF NOT EXISTS article_entities')}

${entityArticlesTable('IF NOT EXISTS entity_articles')}

${partnersTable('IF NOT EXISTS ')}

-- json columns: packed bytes (corpus/packing.ts); files from before schema 5 also hold plain text.
CREATE TABLE IF NOT EXISTS article_bodies (
  seq INTEGER PRIMARY KEY,
  json BLOB NOT NULL
);

CREATE TABLE IF NOT EXISTS quotes (
  seq INTEGER PRIMARY KEY,
  article_seq INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  published_sort TEXT NOT NULL,
  kind TEXT NOT NULL,
  speaker_id TEXT,
  channel_id TEXT,
  speaker_descriptor TEXT,
  channel_descriptor TEXT,
  text TEXT NOT NULL,
  cue_text TEXT,
  source_text TEXT,
  json BLOB NOT NULL
);

CREATE TABLE IF NOT EXISTS claims (
  seq INTEGER PRIMARY KEY,
  article_seq INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  published_sort TEXT NOT NULL,
  hedge TEXT NOT NULL,
  source_id TEXT,
  source_descriptor TEXT,
  source_anonymous INTEGER,
  text TEXT NOT NULL,
  cue_text TEXT,
  source_text TEXT,
  json BLOB NOT NULL
);
${listOrderIndexes('IF NOT EXISTS ')}
${QUOTE_AND_CLAIM_INDEXES}
${quoteKindIndex('IF NOT EXISTS ')}

${searchIndex('articles')}
${searchIndex('quotes')}
${searchIndex('claims')}
${SQLITE_STATEMENT_TABLES}
${SQLITE_WATCH_TABLES}`;

/**
 * Steps from an older schema to the next, by the version they start from; each runs in the
 * transaction that opens the file, before SQLITE_SCHEMA adds whatever is new.
 */
export const SQLITE_MIGRATIONS: Record<number, string> = {
  // Corpus entities get a number (their rowid); co-occurrence is counted by number, not by id.
  2: `
CREATE TABLE corpus_entities_numbered (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  key TEXT NOT NULL,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  name_norm TEXT NOT NULL,
  last_word TEXT NOT NULL,
  multiword INTEGER NOT NULL,
  search TEXT NOT NULL,
  aliases TEXT NOT NULL,
  descriptors TEXT NOT NULL,
  outlet INTEGER NOT NULL,
  anonymous INTEGER NOT NULL,
  articles INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  quotes INTEGER NOT NULL,
  channel_quotes INTEGER NOT NULL,
  claims INTEGER NOT NULL
);
INSERT INTO corpus_entities_numbered (id, key, kind, name, name_norm, last_word, multiword, search, aliases,
  descriptors, outlet, anonymous, articles, mentions, quotes, channel_quotes, claims)
SELECT id, key, kind, name, name_norm, last_word, multiword, search, aliases,
  descriptors, outlet, anonymous, articles, mentions, quotes, channel_quotes, claims
FROM corpus_entities ORDER BY id;
DROP TABLE corpus_entities;
ALTER TABLE corpus_entities_numbered RENAME TO corpus_entities;
CREATE TABLE entity_pair_counts (
  entity INTEGER NOT NULL,
  other INTEGER NOT NULL,
  shared INTEGER NOT NULL,
  PRIMARY KEY (entity, other)
) WITHOUT ROWID;
INSERT INTO entity_pair_counts (entity, other, shared)
SELECT e.n, o.n, p.shared FROM entity_pairs p
JOIN corpus_entities e ON e.id = p.corpus_id JOIN corpus_entities o ON o.id = p.other_id
ORDER BY e.n, o.n;
DROP TABLE entity_pairs;
`,
  // Statements: the tables come with SQLITE_SCHEMA; articles stored before hold no statements.
  3: '',
  // Smaller indexes (partial where a filter looks for the rare rows; the new ones come with
  // SQLITE_SCHEMA). JSON is packed from now on; rows written before stay text and read as they are.
  4: RETIRED_INDEXES,
  // Watched feeds and their seen items: the tables come with SQLITE_SCHEMA.
  5: '',
  // Quotes by kind in list order: the index comes with SQLITE_SCHEMA.
  6: '',
  // List order indexes kept ascending and read backwards, none by article, narrower entity
  // indexes: all remade by SQLITE_SCHEMA.
  7: INDEXES_BEFORE_8,
  // Article entities and entity articles keyed by corpus entity number instead of id.
  8: `
${articleEntitiesTable('article_entities_numbered')}
INSERT INTO article_entities_numbered (article_seq, entity_id, entity, mentions, quotes, channel_quotes,
  claims, names, descriptors, outlet, anonymous)
SELECT ae.article_seq, ae.entity_id, e.n, ae.mentions, ae.quotes, ae.channel_quotes,
  ae.claims, ae.names, ae.descriptors, ae.outlet, ae.anonymous
FROM article_entities ae JOIN corpus_entities e ON e.id = ae.corpus_id ORDER BY ae.article_seq, ae.entity_id;
DROP TABLE article_entities;
ALTER TABLE article_entities_numbered RENAME TO article_entities;
${entityArticlesTable('entity_articles_numbered')}
INSERT INTO entity_articles_numbered (entity, published_sort, article_seq, paired)
SELECT e.n, ea.published_sort, ea.article_seq, ea.paired
FROM entity_articles ea JOIN corpus_entities e ON e.id = ea.corpus_id ORDER BY e.n, ea.published_sort, ea.article_seq;
DROP TABLE entity_articles;
ALTER TABLE entity_articles_numbered RENAME TO entity_articles;
`,
  // Corpus entities without name_norm, which was written and never read.
  9: 'ALTER TABLE corpus_entities DROP COLUMN name_norm;',
  // Statements: see SQLITE_MIGRATIONS_AFTER_SCHEMA.
  10: '',
  // Co-occurrence: a row of partners per entity instead of a row per pair.
  11: SQLITE_FOLD_PAIR_COUNTS,
  // A quote's or claim's text, cue and source are packed with its JSON from now on; rows written
  // before keep them in their columns and read as they are.
  12: '',
  // Corpus entities without key: it is entityKey(kind, name) of the row's own kind and name.
  13: 'ALTER TABLE corpus_entities DROP COLUMN key;',
  // Statements: see SQLITE_MIGRATIONS_AFTER_SCHEMA.
  14: '',
  15: '',
  // Article JSON is packed with its spans apart from now on; rows written before read as they are.
  16: '',
  // An article's body is kept besides its quotes and claims from now on (corpus/items-apart.ts);
  // bodies written before hold them and read as they are.
  17: '',
  // Entity count indexes hold only the entities without the count's common value: remade by
  // SQLITE_SCHEMA.
  18: WHOLE_COUNT_INDEXES,
  // A quote's or claim's JSON is packed with its spans apart from now on; rows written before
  // read as they are.
  19: '',
  // Search indexes keyed by day and seq: remade from the rows by rekeySearch (rekey-search.ts).
  20: '',
};

/**
 * Steps that change rows rather than tables, by the version they start from: they run after
 * SQLITE_SCHEMA, once every table they read exists (a file older than schema 3 gets the
 * statement tables only then, empty).
 */
export const SQLITE_MIGRATIONS_AFTER_SCHEMA: Record<number, string> = {
  // A canonical wording that is the first occurrence's is read from there, not kept twice.
  10: CANONICAL_SAME_AS_FIRST,
  // A wording that is its statement's first occurrence's is read from there, not kept twice.
  14: DISPLAYS_SAME_AS_FIRST,
  // ... and so are the canonical words searched, of a canonical wording that is that one.
  15: SEARCH_SAME_AS_FIRST,
};
