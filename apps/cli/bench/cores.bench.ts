/**
 * Whole-process throughput, as a user running the command feels it, and the size of the store.
 *   pnpm bench:cores            (from the repository root; builds first)
 * Times, from process start to exit, on one JSONL file of `{"id","text"}` lines:
 *   - `sourcetrace extract --jsonl` (median of BENCH_RUNS, default 3), against compromise's
 *     people/places/organizations/quotations run the same way (one run: it takes minutes);
 *   - `sourcetrace ingest FILE` into a fresh SQLite file (median of BENCH_RUNS);
 * then what the SQLite file holds per article, table by table and index by index (dbstat).
 * The texts come from SOURCETRACE_BENCH_CORPUS, else the PolNeAR train file of the evaluation
 * folder beside the repository (any JSONL with `text` works; other keys are dropped).
 */
import { spawn } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS, reportStoreSize, writeBenchTexts } from './store-size.js';

const CLI = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const PEER = fileURLToPath(new URL('./compromise-peer.mjs', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const FLOORS = { peerRatio: 40, ingestPerSecond: 500, ingestToExtract: 0.8, sizeToText: 5 };

if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run pnpm build first`);

const dir = mkdtempSync(join(tmpdir(), 'sourcetrace-cores-'));
const { input, articles, textBytes } = writeBenchTexts(dir);
const MB = 1e6;
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
console.log(
  `corpus: ${CORPUS}: ${articles} articles, ${(textBytes / MB).toFixed(2)} MB of text; ` +
    `${availableParallelism()} cores; load ${load()}`,
);

/** Seconds from spawning `args` to its exit, stdin from `stdin`, stdout to `stdout` (a file). */
function timeProcess(args: string[], stdin: string | null, stdout: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'ignore'] });
    child.stdout.pipe(createWriteStream(stdout));
    if (stdin) createReadStream(stdin).pipe(child.stdin);
    else child.stdin.end();
    child.once('error', reject);
    child.once('close', (code) => {
      if (code !== 0) reject(new Error(`${args.join(' ')} exited with ${code}`));
      else resolve((performance.now() - started) / 1000);
    });
  });
}

async function median(runs: number, once: (run: number) => Promise<number>): Promise<number> {
  const seconds: number[] = [];
  for (let run = 0; run < runs; run++) seconds.push(await once(run));
  seconds.sort((a, b) => a - b);
  return seconds[Math.floor(seconds.length / 2)]!;
}

const rate = (seconds: number) =>
  `${(articles / seconds).toFixed(0)} articles/s, ${(textBytes / MB / seconds).toFixed(2)} MB/s`;

const out = join(dir, 'out.jsonl');
const extractSeconds = await median(RUNS, () =>
  timeProcess([CLI, 'extract', '--jsonl'], input, out),
);
const outLines = readFileSync(out, 'utf8').split('\n').filter(Boolean).length;
if (outLines !== articles)
  throw new Error(`extract --jsonl printed ${outLines} lines for ${articles}`);
console.log(
  `extract --jsonl, whole process (median of ${RUNS}): ${extractSeconds.toFixed(2)} s = ${rate(extractSeconds)}`,
);
const peerSeconds = await timeProcess([PEER, input], null, join(dir, 'peer.txt'));
console.log(`compromise, whole process: ${peerSeconds.toFixed(2)} s = ${rate(peerSeconds)}`);
const peerRatio = peerSeconds / extractSeconds;
console.log(`ratio: sourcetrace extract --jsonl is ${peerRatio.toFixed(1)}x compromise`);

const db = (run: number) => join(dir, `corpus-${run}.db`);
const ingestSeconds = await median(RUNS, (run) =>
  timeProcess([CLI, 'ingest', '--db', db(run), input], null, join(dir, 'ingest.txt')),
);
const ingestRatio = extractSeconds / ingestSeconds;
console.log(
  `ingest into a new SQLite file, whole process (median of ${RUNS}): ${ingestSeconds.toFixed(2)} s = ${rate(ingestSeconds)}; ` +
    `${ingestRatio.toFixed(2)}x the articles/s of extract --jsonl`,
);
console.log(readFileSync(join(dir, 'ingest.txt'), 'utf8').trim());

// Size: the file after a checkpoint (the log folded in), by table and index.
const sizeRatio = reportStoreSize(db(0), textBytes);
const failures = [
  peerRatio < FLOORS.peerRatio &&
    `extract ${peerRatio.toFixed(1)}x compromise < ${FLOORS.peerRatio}x`,
  articles / ingestSeconds < FLOORS.ingestPerSecond &&
    `ingest ${(articles / ingestSeconds).toFixed(0)} articles/s < ${FLOORS.ingestPerSecond}`,
  ingestRatio < FLOORS.ingestToExtract &&
    `ingest ${ingestRatio.toFixed(2)}x extract < ${FLOORS.ingestToExtract}x`,
  sizeRatio > FLOORS.sizeToText &&
    `store ${sizeRatio.toFixed(2)}x the text > ${FLOORS.sizeToText}x`,
].filter(Boolean);
console.log(`load at the end: ${load()}`);
console.log(failures.length === 0 ? 'floors met' : `BELOW FLOOR: ${failures.join('; ')}`);
rmSync(dir, { recursive: true, force: true });
