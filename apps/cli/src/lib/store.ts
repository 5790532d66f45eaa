import type { Command } from 'commander';
import { openStore, type Store, type StoreOptions } from '@sourcetrace/store';

/** The flags every command that reads or writes the corpus accepts. */
export interface StoreFlags {
  db?: string;
  databaseUrl?: string;
}

/** Adds --db and --database-url to a command (values land in its options as db, databaseUrl). */
export function addStoreOptions(command: Command): Command {
  return command
    .option(
      '--db <file>',
      'SQLite database file (default: $SOURCETRACE_DB or ./data/sourcetrace.db)',
    )
    .option(
      '--database-url <url>',
      'PostgreSQL connection string (default: $DATABASE_URL); overrides --db',
    );
}

/**
 * Store options from the flags, falling back to the environment. A flag always beats the
 * environment, and an explicit --db beats a DATABASE_URL that merely happens to be set.
 */
export function storeOptionsFromFlags(
  flags: StoreFlags,
  env: NodeJS.ProcessEnv = process.env,
): StoreOptions {
  // SOURCETRACE_PG_SCHEMA keeps a corpus (and its job queue) in a schema of its own.
  const pgSchema = env.SOURCETRACE_PG_SCHEMA ? { pgSchema: env.SOURCETRACE_PG_SCHEMA } : {};
  if (flags.databaseUrl) return { databaseUrl: flags.databaseUrl, ...pgSchema };
  if (flags.db) return { db: flags.db };
  if (env.DATABASE_URL) return { databaseUrl: env.DATABASE_URL, ...pgSchema };
  return env.SOURCETRACE_DB ? { db: env.SOURCETRACE_DB } : {};
}

/** Opens the store the flags (or the environment) point at. The caller closes it. */
export async function openStoreFromFlags(
  flags: StoreFlags,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Store> {
  return openStore(storeOptionsFromFlags(flags, env));
}

/** Opens the store, runs `work` with it and always closes it, even when `work` throws. */
export async function withStore<T>(
  flags: StoreFlags,
  work: (store: Store) => Promise<T>,
): Promise<T> {
  const store = await openStoreFromFlags(flags);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
