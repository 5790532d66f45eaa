import { Option, type Command } from 'commander';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { EXPORT_FORMATS, exportArticles, type ExportFormat } from '@sourcetrace/ingest';
import { addStoreOptions, withStore, type StoreFlags } from '../lib/store.js';

interface ExportFlags extends StoreFlags {
  format: ExportFormat;
  out?: string;
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
      .option('--out <file>', 'write to a file (default: standard output)'),
  ).action(async (flags: ExportFlags) => {
    await withStore(flags, async (store) => {
      const chunks = Readable.from(exportArticles(store.iterateArticles(), flags.format));
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
