import { resolve } from 'node:path';
import { createPostgresStore } from './postgres/postgres-store.js';
import { createSqliteStore } from './sqlite/sqlite-store.js';
import type { Store, StoreOptions } from './types.js';

export type { Store, StoreOptions, PutResult } from './types.js';
export { InvalidArticleError, InvalidCursorError } from './errors.js';
export { createPostgresStore } from './postgres/postgres-store.js';
export { createSqliteStore } from './sqlite/sqlite-store.js';
export { entityKey, corpusEntityId } from './corpus/normalise.js';

export const DEFAULT_DB = './data/sourcetrace.db';

/**
 * Opens the corpus: PostgreSQL when a connection string is given, otherwise SQLite. An option
 * given explicitly beats the environment: `databaseUrl`, then `db`, then DATABASE_URL, then
 * SOURCETRACE_DB, then ./data/sourcetrace.db.
 */
export function openStore(options: StoreOptions = {}): Promise<Store> {
  const env = process.env;
  const databaseUrl = options.databaseUrl || (options.db ? undefined : env.DATABASE_URL);
  if (databaseUrl) return createPostgresStore(databaseUrl, options.pgSchema);
  const file = options.db || env.SOURCETRACE_DB || DEFAULT_DB;
  return createSqliteStore(file === ':memory:' ? file : resolve(file));
}
