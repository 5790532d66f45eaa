/**
 * The store's size alone, without cores.bench.ts's timed runs:
 *   pnpm bench:size            (from the repository root; builds first)
 * One `sourcetrace ingest FILE` of the texts (SOURCETRACE_BENCH_CORPUS, else PolNeAR train) into
 * a new SQLite file, then what the file holds per article, by table and index.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS, reportStoreSize, writeBenchTexts } from './store-size.js';

const CLI = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const SIZE_TO_TEXT = 5;
if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run pnpm build first`);

const dir = mkdtempSync(join(tmpdir(), 'sourcetrace-size-'));
try {
  const { input, articles, textBytes } = writeBenchTexts(dir);
  console.log(`corpus: ${CORPUS}: ${articles} articles`);
  const file = join(dir, 'corpus.db');
  const ingest = spawnSync(process.execPath, [CLI, 'ingest', '--db', file, input], {
    encoding: 'utf8',
  });
  if (ingest.status !== 0) throw new Error(`ingest exited with ${ingest.status}: ${ingest.stderr}`);
  const ratio = reportStoreSize(file, textBytes);
  console.log(
    ratio <= SIZE_TO_TEXT
      ? 'floor met'
      : `BELOW FLOOR: store ${ratio.toFixed(2)}x the text > ${SIZE_TO_TEXT}x`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
