import type { Article, CorpusReader, StatementReader } from '@sourcetrace/article-model';
import type { PreparedArticle } from './corpus/prepare.js';
import type { WatchState } from './watch/watch-state.js';

export interface PutResult {
  id: string;
  /** created: newly stored; unchanged: the same article (same content id) was already there. */
  status: 'created' | 'unchanged';
}

/**
 * The corpus store. SQLite and PostgreSQL adapters implement it and pass the same contract
 * tests. Reads come from CorpusReader (shared with the HTTP client), so every reader works
 * over either a database or the API.
 */
export interface Store extends CorpusReader, StatementReader {
  readonly kind: 'sqlite' | 'postgres';
  /** Writes the article and everything in it in one transaction; idempotent by article id. */
  putArticle(article: Article, options?: { ingestedAt?: string }): Promise<PutResult>;
  /**
   * Writes several articles in one transaction (all or none), which pays the commit once:
   * the way to load many. Results are in input order.
   */
  putArticles(articles: Article[], options?: { ingestedAt?: string }): Promise<PutResult[]>;
  /**
   * putArticles for articles already checked and prepared by prepareArticle (on a worker
   * thread, say), so they are not validated a second time.
   */
  putPrepared(prepared: PreparedArticle[], options?: { ingestedAt?: string }): Promise<PutResult[]>;
  /** Removes the article and whatever was only its; false when there was no such article. */
  deleteArticle(id: string): Promise<boolean>;
  hasArticle(id: string): Promise<boolean>;
  countArticles(): Promise<number>;
  /** Every stored article in a stable order, streamed (for export). */
  iterateArticles(): AsyncIterable<Article>;
  close(): Promise<void>;
  /** What `sourcetrace watch` remembers between rounds: validators per URL, feed items seen. */
  readonly watch: WatchState;
}

export interface StoreOptions {
  /** SQLite file (default ./data/sourcetrace.db, or SOURCETRACE_DB). ':memory:' for tests. */
  db?: string;
  /** PostgreSQL connection string (or DATABASE_URL); when given, PostgreSQL is used. */
  databaseUrl?: string;
  /** PostgreSQL schema to use (created if missing); lets test runs stay apart. */
  pgSchema?: string;
  /** Match quotes into statements as articles are added (default true; off only to measure its cost). */
  statements?: boolean;
  /**
   * PostgreSQL: commits return before the server has flushed them to disk
   * (synchronous_commit off). A server crash may then lose the last moment of writes, whole
   * transactions only, never part of one. For writers that record their progress in the same
   * database afterwards (queue workers), which then lose nothing: the record is lost with them.
   */
  asyncCommit?: boolean;
}
