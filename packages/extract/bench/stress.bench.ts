/**
 * Extraction on hostile and very large text, one case per child process so each peak RSS is
 * its own: unbalanced quote marks, one endless paragraph, no punctuation, speech verbs with no sentence end, one name repeated,
 * nothing but capitalised words, bodies named again by their short forms, and 10 MB of ordinary news. Run: `pnpm bench:extract-stress`
 * (from the root), or `... stress.bench.ts CASE MB` for one case.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/index.js';

const SAMPLES = fileURLToPath(new URL('../samples/', import.meta.url));

/** The plain-text sample articles, one after another. */
function news(): string {
  return readdirSync(SAMPLES)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(SAMPLES + name, 'utf8'))
    .join('\n\n');
}

const UNITS: Record<string, () => string> = {
  // every closing mark dropped: each quotation opens and never closes
  unbalanced: () => news().replace(/[”»]|(?<=\S)"/g, ''),
  ordinary: () => news() + '\n\n',
  'one-paragraph': () => news().replace(/\s*\n\s*/g, ' ') + ' ',
  'no-punctuation': () =>
    news()
      .replace(/[^\p{L}\p{N}\s]/gu, '')
      .replace(/\s+/g, ' ') + ' ',
  // speech verbs with no sentence end: every cue's content runs to the end of the paragraph
  'run-on-speech': () =>
    'the mayor said the plan would work and officials said it would not and she said they were wrong and ',
  'one-name': () => 'Ann Roe said. Roe said she would. Ann Roe told the Ledger. ',
  capitalised: () => 'Alder Brisk Corvin Dunmore Ellery Fane Garrow Hollis Said Told ',
  // bodies named in full, then by their short forms, over and over
  'short-forms': () =>
    'Harlow Holdings Inc. bought Harlow Holdings shares. The Harbour Hawks won. The Hawks said so.\n\n',
};

function build(kind: string, mb: number): string {
  const unit = UNITS[kind]!();
  const size = mb * 1024 * 1024;
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function runOne(kind: string, mb: number): void {
  const text = build(kind, mb);
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  const article = extract({ text });
  const used = process.cpuUsage(cpu);
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const peak = process.resourceUsage().maxRSS / 1024; // KiB -> MiB
  console.log(
    `stress ${kind.padEnd(14)} ${String(mb).padStart(2)} MB: ${((used.user + used.system) / 1e6).toFixed(1)} s cpu, ` +
      `${wall.toFixed(1)} s wall, peak RSS ${peak.toFixed(0)} MiB ` +
      `(${article.entities.length} entities, ${article.quotes.length} quotes, ${article.claims.length} claims)`,
  );
}

const CASES: [string, number][] = [
  ['unbalanced', 1],
  ['unbalanced', 4],
  ['unbalanced', 8],
  ['ordinary', 10],
  ['one-name', 4],
  ['capitalised', 4],
  ['short-forms', 1],
  ['short-forms', 4],
  ['one-paragraph', 1],
  ['no-punctuation', 1],
  ['run-on-speech', 1],
  ['run-on-speech', 4],
];

const [kind, mb] = process.argv.slice(2);
if (kind && UNITS[kind]) runOne(kind, Number(mb ?? 1));
else {
  for (const [k, size] of CASES) {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), k, String(size)],
      { stdio: 'inherit' },
    );
    if (child.status !== 0) console.log(`stress ${k} ${size} MB: failed (${child.status})`);
  }
}
