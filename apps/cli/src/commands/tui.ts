import type { Command } from 'commander';
import { HELP_TEXT } from '@sourcetrace/tui/help-text';
import { existsSync } from 'node:fs';
import { createSqliteStore, DEFAULT_DB, type Store } from '@sourcetrace/store';
import {
  addStoreOptions,
  openStoreFromFlags,
  storeOptionsFromFlags,
  type StoreFlags,
} from '../lib/store.js';
import { printable } from '@sourcetrace/terminal-text';

interface TuiFlags extends StoreFlags {
  api?: string;
  allowPrivateUrls?: boolean;
}

const EXAMPLES = `
Where the articles come from
  sourcetrace tui                          the local corpus ($SOURCETRACE_DB or ./data/sourcetrace.db)
  sourcetrace tui --db corpus.db           another SQLite file (or --database-url for PostgreSQL)
  sourcetrace tui --api http://host:8080   a running \`sourcetrace serve\`
  sourcetrace tui story.html notes.txt URL articles read on the spot into memory; nothing is written

${HELP_TEXT}
`;

export function registerTui(program: Command): void {
  addStoreOptions(
    program
      .command('tui')
      .description(
        'Browse articles in the terminal: who is quoted, what they said, and on whose word claims rest',
      )
      .argument(
        '[sources...]',
        'files, folders, globs or http(s) URLs to read on the spot instead of a corpus',
      )
      .option(
        '--api <url>',
        'read the corpus from a Sourcetrace server instead of a local database',
      )
      .option(
        '--allow-private-urls',
        'let URL sources reach loopback and private network addresses',
      )
      .addHelpText('after', EXAMPLES),
  ).action(async (sources: string[], flags: TuiFlags) => {
    if (!process.stdout.isTTY || !process.stdin.isTTY) {
      throw new Error(
        'the terminal reader needs an interactive terminal. To print an article to a pipe or a file, use `sourcetrace extract --format pretty FILE`.',
      );
    }
    // Ink and React load only when the reader is really drawn, and in React's production build
    // (the development build checks every render and is several times slower).
    process.env.NODE_ENV ??= 'production';
    const { runTui, connectToApi } = await import('@sourcetrace/tui');
    if (sources.length > 0) {
      const store = await readOnTheSpot(sources, flags);
      try {
        await runTui({ reader: store });
      } finally {
        await store.close();
      }
      return;
    }
    if (flags.api) {
      await runTui({ reader: await connectToApi(flags.api) });
      return;
    }
    // Browsing never creates a database: a mistyped --db is an error, not a new empty file.
    const options = storeOptionsFromFlags(flags);
    const file = options.databaseUrl ? null : (options.db ?? DEFAULT_DB);
    if (file !== null && file !== ':memory:' && !existsSync(file)) {
      throw new Error(
        `no corpus at ${printable(file)}. Add articles with \`sourcetrace ingest FILE...\`, or read files directly with \`sourcetrace tui FILE...\`.`,
      );
    }
    const store = await openStoreFromFlags(flags);
    try {
      await runTui({ reader: store });
    } finally {
      await store.close();
    }
  });
}

/**
 * Reads each source now into a corpus held in memory (SQLite `:memory:`), the same store and
 * the same ingest path as a corpus on disk, so browsing it behaves exactly as browsing one.
 * Unreadable sources are named; nothing is written to disk.
 */
export async function readOnTheSpot(
  sources: string[],
  flags: Pick<TuiFlags, 'allowPrivateUrls'>,
  warn: (line: string) => void = (line) => process.stderr.write(line + '\n'),
): Promise<Store> {
  const { readSources, ingestItems } = await import('@sourcetrace/ingest');
  const store = await createSqliteStore(':memory:');
  try {
    const summary = await ingestItems(
      store,
      readSources(sources, { fetch: { allowPrivate: flags.allowPrivateUrls ?? false } }),
    );
    for (const { label, reason } of summary.failed)
      warn(`skipped ${printable(label)}: ${printable(reason)}`);
    if (summary.ingested + summary.unchanged === 0)
      throw new Error('none of the sources could be read');
    return store;
  } catch (error) {
    await store.close();
    throw error;
  }
}
