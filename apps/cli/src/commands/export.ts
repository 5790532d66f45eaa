import { Option, type Command } from 'commander';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StatementQuery, type Statement } from '@sourcetrace/article-model';
import {
  EXPORT_FORMATS,
  exportArticles,
  exportStatements,
  type ExportFormat,
} from '@sourcetrace/ingest';
import type { Store } from '@sourcetrace/store';
import { addStoreOptions, withStore, type StoreFlags } from '../lib/store.js';

interface ExportFlags extends StoreFlags {
  format: ExportFormat;
  out?: string;
  statements?: boolean;
}

/** Every statement with its timeline and variants, most carried first, a page at a time. */
async function* allStatements(store: Store): AsyncGenerator<Statement> {
  let cursor: string | undefined;
  do {
    const page = await store.listStatements(StatementQuery.parse({ limit: 200, cursor }));
    for (const item of page.items) {
      const statement = await store.getStatement(item.id);
      if (statement) yield statement;
    }
    cursor = page.next ?? undefined;
  } while (cursor !== undefined);
}

export function registerExport(program: Command): void {
  addStoreOptions(
    program
      .command('export')
      .description(
        'Write the whole corpus out: Article JSON lines, a CSV table of quotes, or schema.org JSON-LD',
      )
      .addOption(
        new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).default('jsonl'),
      )
      .option('--out <file>', 'write to a file (default: standard output)')
      .option(
        '--statements',
        'write statements instead: JSON lines, a CSV row per occurrence, or JSON-LD Quotation items',
      ),
  ).action(async (flags: ExportFlags) => {
    await withStore(flags, async (store) => {
      const chunks = Readable.from(
        flags.statements
          ? exportStatements(allStatements(store), flags.format)
          : exportArticles(store.iterateArticles(), flags.format),
      );
      if (flags.out) await writeFileWhole(flags.out, chunks);
      else await writeStdout(chunks);
    });
  });
}

/** Writes beside the target and renames at the end, so a failed export never leaves half a file. */
async function writeFileWhole(path: string, chunks: Readable): Promise<void> {
  const partial = `${path}.partial-${process.pid}`;
  try {
    await pipeline(chunks, createWriteStream(partial));
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

async function writeStdout(chunks: Readable): Promise<void> {
  try {
    await pipeline(chunks, process.stdout, { end: false });
  } catch (error) {
    // The reader went away (`| head`): not a failure of the export.
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
  }
}
