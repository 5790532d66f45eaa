/**
 * Extraction throughput against the compromise NLP library as a peer, on the same texts in
 * the same process, plus worst-case text and HTML. Run: `pnpm bench:extract` (from the root).
 * Both libraries run as their users run them, from built JavaScript: this package's `dist`
 * (the root script builds it first), never the TypeScript sources through the loader, whose
 * transform wraps every function it compiles (esbuild `keepNames`) and costs a third more.
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import nlp from 'compromise';
import { extract, readInput } from '@sourcetrace/extract';
import { loadCorpus, pathologicalHtml } from './corpus.js';

const MB = 1_000_000;
// Steady state on one core: what a user running the extractor in-process can count on.
const FLOOR_MB_PER_S = 5;
const FLOOR_RATIO = 30;

interface Peak {
  rss: number;
  heap: number;
}

function sampleMemory(peak: Peak): void {
  const { rss, heapUsed } = process.memoryUsage();
  peak.rss = Math.max(peak.rss, rss);
  peak.heap = Math.max(peak.heap, heapUsed);
}

interface Timing {
  /** CPU seconds of this process: the figure that holds on a machine shared with other work. */
  seconds: number;
  wallSeconds: number;
}

function timeOnce(work: () => unknown): Timing {
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  work();
  const used = process.cpuUsage(cpu);
  return {
    seconds: (used.user + used.system) / 1e6,
    wallSeconds: Number(process.hrtime.bigint() - started) / 1e9,
  };
}

/** Runs `work` over every text; returns the time and the memory peak sampled between texts. */
function timeOver(
  texts: readonly string[],
  work: (text: string) => unknown,
): Timing & { peak: Peak } {
  const peak: Peak = { rss: 0, heap: 0 };
  const timing = timeOnce(() =>
    texts.forEach((text, i) => {
      work(text);
      if (i % 20 === 0) sampleMemory(peak);
    }),
  );
  sampleMemory(peak);
  return { ...timing, peak };
}

const mb = (bytes: number) => (bytes / MB).toFixed(2);
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

function peers(text: string): unknown {
  const doc = nlp(text);
  return [
    doc.people().out('array'),
    doc.places().out('array'),
    doc.organizations().out('array'),
    doc.quotations().out('array'),
  ];
}

const corpus = loadCorpus(4.3 * MB);
const bytes = corpus.texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
console.log(
  `corpus: ${corpus.name}: ${corpus.texts.length} texts, ${mb(bytes)} MB; cores available: ${availableParallelism()}`,
);

/**
 * Passes over `texts` until the rate stops rising: two passes in a row within 5% of the best so
 * far (at most `maxPasses`). The JIT tiers code up over many calls, so a single warm-up pass
 * leaves either library well short of the rate it holds over a long ingest.
 */
function warmUntilSteady(
  texts: readonly string[],
  work: (text: string) => unknown,
  maxPasses: number,
): number[] {
  const passBytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const rates: number[] = [];
  let best = 0;
  let flat = 0;
  while (rates.length < maxPasses && flat < 2) {
    const rate = passBytes / MB / timeOver(texts, work).seconds;
    flat = rate > best * 1.05 ? 0 : flat + 1;
    best = Math.max(best, rate);
    rates.push(rate);
  }
  return rates;
}

const ratesLine = (rates: number[], digits: number) =>
  rates.map((rate) => rate.toFixed(digits)).join(', ');

const cold = timeOver(corpus.texts, (text) => extract(text));
console.log(
  `sourcetrace extract, cold first pass: ${cold.seconds.toFixed(2)} s cpu (${cold.wallSeconds.toFixed(2)} s wall), ${(bytes / MB / cold.seconds).toFixed(2)} MB/s`,
);
const ourWarmUp = warmUntilSteady(corpus.texts, (text) => extract(text), 10);
console.log(`sourcetrace warm-up passes over the corpus, MB/s: ${ratesLine(ourWarmUp, 2)}`);
// The median of three passes: one pass slowed by other work on the machine does not decide it.
const oursRuns = [0, 1, 2].map(() => timeOver(corpus.texts, (text) => extract(text)));
const ours = oursRuns.sort((a, b) => a.seconds - b.seconds)[1]!;
const oursRate = bytes / MB / ours.seconds;
console.log(
  `sourcetrace extract, steady state (median of 3 passes): ${ours.seconds.toFixed(2)} s cpu (${ours.wallSeconds.toFixed(2)} s wall), ${oursRate.toFixed(2)} MB/s, peak rss ${mib(ours.peak.rss)} MiB, peak heap ${mib(ours.peak.heap)} MiB`,
);

// The peer warms up the same way on a tenth of the corpus (its full passes take minutes), then
// is timed over the whole corpus.
const peerWarmUp = warmUntilSteady(
  corpus.texts.slice(0, Math.ceil(corpus.texts.length / 10)),
  peers,
  10,
);
console.log(`compromise warm-up passes over a tenth, MB/s: ${ratesLine(peerWarmUp, 3)}`);
const peer = timeOver(corpus.texts, peers);
const peerRate = bytes / MB / peer.seconds;
console.log(
  `compromise people/places/organizations/quotations, steady state: ${peer.seconds.toFixed(2)} s cpu (${peer.wallSeconds.toFixed(2)} s wall), ${peerRate.toFixed(3)} MB/s, peak rss ${mib(peer.peak.rss)} MiB, peak heap ${mib(peer.peak.heap)} MiB`,
);
const ratio = oursRate / peerRate;
console.log(`ratio (both at steady state): sourcetrace is ${ratio.toFixed(1)}x compromise`);

interface PathologicalRun {
  seconds: number;
  peakMb: number;
}

/** One extraction of a pathological text in a process of its own (see pathological-run.ts). */
function runPathological(size: number, kind: 'quotes' | 'capitalised'): PathologicalRun {
  const output = execFileSync(
    process.execPath,
    [
      ...process.execArgv,
      new URL('./pathological-run.ts', import.meta.url).pathname,
      String(size),
      kind,
    ],
    { encoding: 'utf8' },
  );
  return JSON.parse(output.trim().split('\n').at(-1)!) as PathologicalRun;
}

// Each size in a fresh process: in this one, the heap grown by the corpus passes makes larger
// texts pay more for garbage collection, which is this process's history, not the extractor's.
// The fastest of three runs: one slow run on a busy machine should not read as non-linear.
const sizes = [0.25, 1, 4];
const worstTimes = sizes.map((size) =>
  Math.min(...[0, 1, 2].map(() => runPathological(size, 'capitalised').seconds)),
);
const linearity = worstTimes[2]! / worstTimes[1]!;
console.log(
  `pathological text 1 MB (unbalanced quotes, one capitalised sentence, no newline): ${worstTimes[1]!.toFixed(3)} s cpu`,
);
// Linear time is a flat cost per MB; the smallest size runs partly in the CPU caches.
console.log(
  `linearity, s cpu per MB at ${sizes.map((size) => `${size} MB`).join(' / ')}: ${worstTimes
    .map((time, i) => (time / sizes[i]!).toFixed(3))
    .join(
      ' / ',
    )}; 4 MB / 1 MB time = ${linearity.toFixed(2)} (4.00 is linear; at most 5) ${linearity <= 5 ? 'PASS' : 'FAIL'}`,
);

const worstHtml = pathologicalHtml(MB);
const htmlTime = timeOnce(() => readInput({ html: worstHtml }));
console.log(
  `pathological HTML 1 MB (runaway nesting, unclosed tags, scripts): read in ${htmlTime.seconds.toFixed(3)} s cpu`,
);

// Unbalanced quote marks in news-like text, each size in a process of its own (for its peak
// memory): cost per MB must stay flat, and 8 MB may cost at most 2.5x what 4 MB costs. As for
// the capitalised text, the best of three runs: one run slowed by other work on the machine
// moves the ratio by half a point.
const QUOTE_SIZES = [1, 4, 8];
const quoteRuns = QUOTE_SIZES.map((size) => {
  const runs = [0, 1, 2].map(() => runPathological(size, 'quotes'));
  const run: PathologicalRun = {
    seconds: Math.min(...runs.map((one) => one.seconds)),
    peakMb: Math.min(...runs.map((one) => one.peakMb)),
  };
  console.log(
    `unbalanced quotes ${size} MB: ${run.seconds.toFixed(2)} s cpu, peak +${run.peakMb.toFixed(0)} MB | ` +
      `${(run.seconds / size).toFixed(3)} s per MB, ${(run.peakMb / size).toFixed(1)} peak MB per MB`,
  );
  return run;
});
const [, four, eight] = quoteRuns as [unknown, PathologicalRun, PathologicalRun];
const timeRatio = eight.seconds / four.seconds;
const memoryRatio = eight.peakMb / Math.max(1, four.peakMb);
console.log(
  `unbalanced quotes 8 MB / 4 MB: time ${timeRatio.toFixed(2)}, peak memory ${memoryRatio.toFixed(2)} (2.00 is linear; at most 2.5) ${timeRatio <= 2.5 && memoryRatio <= 2.5 ? 'PASS' : 'FAIL'}`,
);

const finalMemory = process.resourceUsage();
console.log(`process peak rss: ${(finalMemory.maxRSS / 1024).toFixed(0)} MiB`);

const failures = [
  oursRate < FLOOR_MB_PER_S
    ? `throughput ${oursRate.toFixed(2)} MB/s is below ${FLOOR_MB_PER_S} MB/s`
    : null,
  ratio < FLOOR_RATIO ? `ratio ${ratio.toFixed(1)}x is below ${FLOOR_RATIO}x` : null,
  linearity > 5
    ? `capitalised text: 4 MB costs ${linearity.toFixed(2)}x the time of 1 MB (at most 5x)`
    : null,
  timeRatio > 2.5 || memoryRatio > 2.5
    ? `unbalanced quotes: 8 MB costs ${timeRatio.toFixed(2)}x the time and ${memoryRatio.toFixed(2)}x the memory of 4 MB (at most 2.5x)`
    : null,
].filter((failure): failure is string => failure !== null);
console.log(
  failures.length === 0
    ? `floors met: >= ${FLOOR_MB_PER_S} MB/s and >= ${FLOOR_RATIO}x compromise`
    : `BELOW FLOOR: ${failures.join('; ')}`,
);
if (failures.length > 0) process.exitCode = 1;
