import { resolve } from 'node:path';
import type { Store, StoreOptions } from './types.js';

export type { Store, StoreOptions, PutResult } from './types.js';
export type { WatchState, WatchedUrl, SeenItem, ItemOutcome } from './watch/watch-state.js';
export { InvalidArticleError, InvalidCursorError, InvalidSearchError } from './errors.js';
export { entityKey, corpusEntityId } from './corpus/normalise.js';
export { prepareArticle, type PreparedArticle, type PrepareResult } from './corpus/prepare.js';

// The adapters (and their drivers) load when a store is opened, so a worker thread that only
// prepares articles does not load them.

/** A store in PostgreSQL; everything lives in `schema` (default public), created and migrated on start. */
export async function createPostgresStore(
  connectionString: string,
  schema?: string,
  options: { statements?: boolean; asyncCommit?: boolean } = {},
): Promise<Store> {
  const adapter = await import('./postgres/postgres-store.js');
  return adapter.createPostgresStore(connectionString, schema, options);
}

/** A store in one SQLite file (WAL), or in memory for ':memory:'; the folder is created if missing. */
export async function createSqliteStore(
  file: string,
  options: { statements?: boolean } = {},
): Promise<Store> {
  const adapter = await import('./sqlite/sqlite-store.js');
  return adapter.createSqliteStore(file, options);
}

export const DEFAULT_DB = './data/sourcetrace.db';

/**
 * Opens the corpus: PostgreSQL when a connection string is given, otherwise SQLite. An option
 * given explicitly beats the environment: `databaseUrl`, then `db`, then DATABASE_URL, then
 * SOURCETRACE_DB, then ./data/sourcetrace.db.
 */
export function openStore(options: StoreOptions = {}): Promise<Store> {
  const env = process.env;
  const databaseUrl = options.databaseUrl || (options.db ? undefined : env.DATABASE_URL);
  const flags = { statements: options.statements };
  if (databaseUrl)
    return createPostgresStore(databaseUrl, options.pgSchema, {
      ...flags,
      asyncCommit: options.asyncCommit,
    });
  const file = options.db || env.SOURCETRACE_DB || DEFAULT_DB;
  return createSqliteStore(file === ':memory:' ? file : resolve(file), flags);
}
