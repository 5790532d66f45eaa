import { chunks, type Database } from '../sql/database.js';

/** What the last complete read of a watched URL (a feed or a page) left behind. */
export interface WatchedUrl {
  url: string;
  /** Validators the server gave, sent back as If-None-Match / If-Modified-Since. */
  etag: string | null;
  lastModified: string | null;
  /** SHA-256 of the body, to spot an unchanged answer from a server that ignores validators. */
  bodyHash: string | null;
  /** ISO 8601: the last time it was checked, and the last time its content changed. */
  checkedAt: string;
  changedAt: string | null;
}

/** One feed item as watch has met it before. */
export interface SeenItem {
  /** Stored, already in the corpus, or handed to the queue: not to be read again. */
  done: boolean;
  /** Failed reads so far (while not done). */
  attempts: number;
  lastError: string | null;
}

export interface ItemOutcome {
  url: string;
  done: boolean;
  /** Why it failed, when not done. */
  error?: string;
}

/** The state `sourcetrace watch` keeps between rounds, in the corpus database itself. */
export interface WatchState {
  get(url: string): Promise<WatchedUrl | null>;
  /**
   * Records a check. Validators and hash are what the next round compares against; give null
   * to forget them, so the next round reads the whole document. `changed` sets changedAt.
   */
  record(
    url: string,
    check: {
      etag: string | null;
      lastModified: string | null;
      bodyHash: string | null;
      changed: boolean;
    },
    at?: string,
  ): Promise<void>;
  /** The items of `feedUrl` among `itemUrls` met before, by item URL. */
  seenItems(feedUrl: string, itemUrls: string[]): Promise<Map<string, SeenItem>>;
  /** Records what became of items: done for good, or one more failed attempt. */
  markItems(feedUrl: string, outcomes: ItemOutcome[], at?: string): Promise<void>;
}

function textOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** WatchState over either engine; the SQL is the same for both. */
export class SqlWatchState implements WatchState {
  constructor(private readonly db: Database) {}

  async get(url: string): Promise<WatchedUrl | null> {
    const [row] = await this.db.all(
      `SELECT url, etag, last_modified, body_hash, checked_at, changed_at FROM watched_feeds WHERE url = ?`,
      [url],
    );
    if (!row) return null;
    return {
      url: String(row.url),
      etag: textOrNull(row.etag),
      lastModified: textOrNull(row.last_modified),
      bodyHash: textOrNull(row.body_hash),
      checkedAt: String(row.checked_at),
      changedAt: textOrNull(row.changed_at),
    };
  }

  async record(
    url: string,
    check: {
      etag: string | null;
      lastModified: string | null;
      bodyHash: string | null;
      changed: boolean;
    },
    at = new Date().toISOString(),
  ): Promise<void> {
    await this.db.run(
      `INSERT INTO watched_feeds (url, etag, last_modified, body_hash, checked_at, changed_at)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
         body_hash = excluded.body_hash, checked_at = excluded.checked_at,
         changed_at = COALESCE(excluded.changed_at, watched_feeds.changed_at)`,
      [url, check.etag, check.lastModified, check.bodyHash, at, check.changed ? at : null],
    );
  }

  async seenItems(feedUrl: string, itemUrls: string[]): Promise<Map<string, SeenItem>> {
    const seen = new Map<string, SeenItem>();
    for (const urls of chunks([...new Set(itemUrls)])) {
      if (urls.length === 0) continue;
      const rows = await this.db.all(
        `SELECT item_url, done, attempts, last_error FROM seen_items
         WHERE feed_url = ? AND item_url IN (${urls.map(() => '?').join(', ')})`,
        [feedUrl, ...urls],
      );
      for (const row of rows)
        seen.set(String(row.item_url), {
          done: Number(row.done) === 1,
          attempts: Number(row.attempts),
          lastError: textOrNull(row.last_error),
        });
    }
    return seen;
  }

  async markItems(
    feedUrl: string,
    outcomes: ItemOutcome[],
    at = new Date().toISOString(),
  ): Promise<void> {
    if (outcomes.length === 0) return;
    await this.db.transaction(async (tx) => {
      for (const outcome of outcomes) {
        // A done item stays as it is; a failure adds an attempt to whatever came before.
        await tx.run(
          `INSERT INTO seen_items (feed_url, item_url, done, attempts, last_error, first_seen)
           VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (feed_url, item_url) DO UPDATE SET
             done = CASE WHEN seen_items.done = 1 THEN 1 ELSE excluded.done END,
             attempts = CASE WHEN seen_items.done = 1 THEN seen_items.attempts
               ELSE seen_items.attempts + excluded.attempts END,
             last_error = CASE WHEN seen_items.done = 1 THEN seen_items.last_error
               ELSE excluded.last_error END`,
          [
            feedUrl,
            outcome.url,
            outcome.done ? 1 : 0,
            outcome.done ? 0 : 1,
            outcome.done ? null : (outcome.error ?? 'failed'),
            at,
          ],
        );
      }
    });
  }
}
