/**
 * What `sourcetrace watch` remembers between rounds, the same for SQLite and PostgreSQL but
 * for column types: per watched URL (a feed or a page) the validators of its last complete
 * read, and per feed the item URLs it has already handed on.
 */
function watchTables(sqlite: boolean): string {
  const int = sqlite ? 'INTEGER' : 'integer';
  const text = sqlite ? 'TEXT' : 'text';
  const noRowid = sqlite ? ' WITHOUT ROWID' : '';
  const exists = sqlite ? 'IF NOT EXISTS ' : '';
  return `
CREATE TABLE ${exists}watched_feeds (
  url ${text} PRIMARY KEY,
  etag ${text},
  last_modified ${text},
  body_hash ${text},
  checked_at ${text} NOT NULL,
  changed_at ${text}
)${noRowid};

CREATE TABLE ${exists}seen_items (
  feed_url ${text} NOT NULL,
  item_url ${text} NOT NULL,
  done ${int} NOT NULL,
  attempts ${int} NOT NULL,
  last_error ${text},
  first_seen ${text} NOT NULL,
  PRIMARY KEY (feed_url, item_url)
)${noRowid};
`;
}

export const SQLITE_WATCH_TABLES = watchTables(true);
export const POSTGRES_WATCH_TABLES = watchTables(false);
