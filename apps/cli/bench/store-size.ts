/**
 * What a SQLite corpus file holds per article, table by table and index by index (dbstat),
 * against the articles' text: the store-size floor of issue 14. Used by cores.bench.ts after its
 * timed ingest, and by size.bench.ts alone.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';

/** The texts benched: SOURCETRACE_BENCH_CORPUS, else PolNeAR train beside the repository. */
export const CORPUS =
  process.env.SOURCETRACE_BENCH_CORPUS ??
  fileURLToPath(new URL('../../../../shared/eval/dev/polnear-train.jsonl', import.meta.url));

/**
 * The corpus as `{"id","text"}` lines in `dir` (any JSONL with `text` works; other keys are
 * dropped): the file, its count of articles and their text's bytes.
 */
export function writeBenchTexts(dir: string): {
  input: string;
  articles: number;
  textBytes: number;
} {
  if (!existsSync(CORPUS)) throw new Error(`no corpus at ${CORPUS}: set SOURCETRACE_BENCH_CORPUS`);
  const input = join(dir, 'texts.jsonl');
  let textBytes = 0;
  const lines: string[] = [];
  for (const line of readFileSync(CORPUS, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { id, text } = JSON.parse(line) as { id?: unknown; text?: unknown };
    if (typeof text !== 'string') continue;
    textBytes += Buffer.byteLength(text);
    lines.push(JSON.stringify({ id, text }));
  }
  writeFileSync(input, lines.join('\n') + '\n');
  return { input, articles: lines.length, textBytes };
}

const MB = 1e6;

/** Prints the report for `file` (checkpointed first) and returns the file's size / text bytes. */
export function reportStoreSize(file: string, textBytes: number): number {
  const connection = new BetterSqlite3(file);
  connection.pragma('wal_checkpoint(TRUNCATE)');
  const stored = Number(connection.prepare('SELECT articles FROM corpus_counts').pluck().get());
  const objects = connection
    .prepare(
      `SELECT d.name, s.type, s.tbl_name, SUM(d.pgsize) AS bytes FROM dbstat d
       LEFT JOIN sqlite_schema s ON s.name = d.name GROUP BY d.name ORDER BY bytes DESC`,
    )
    .all() as { name: string; type: string | null; tbl_name: string | null; bytes: number }[];
  const unused = Number(connection.prepare('SELECT SUM(unused) FROM dbstat').pluck().get());
  const pageSize = Number(connection.pragma('page_size', { simple: true }));
  connection.close();
  const fileBytes = statSync(file).size;
  console.log(
    `store size: ${(fileBytes / MB).toFixed(1)} MB for ${stored} articles (${(textBytes / MB).toFixed(2)} MB of text) = ` +
      `${(fileBytes / textBytes).toFixed(2)}x the text, ${(fileBytes / stored / 1024).toFixed(1)} KiB per article; ${pageSize}-byte pages`,
  );
  console.log(
    'bytes per article, by table and index (FTS5 and primary-key indexes named as SQLite names them):',
  );
  for (const object of objects) {
    const kind =
      object.type === 'index' ? `index on ${object.tbl_name}` : (object.type ?? 'internal');
    console.log(
      `  ${String(Math.round(object.bytes / stored)).padStart(6)}  ${object.name} (${kind})`,
    );
  }
  console.log(
    `  (of all these, ${Math.round(unused / stored)} bytes per article are free space in pages)`,
  );
  return fileBytes / textBytes;
}
