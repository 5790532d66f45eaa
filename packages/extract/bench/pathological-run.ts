/**
 * One pathological extraction in a process of its own, so its time and peak memory are its
 * own and not those of a heap grown by earlier work: prints {seconds, peakMb} as JSON. Run by
 * extract.bench.ts with the size in MB and the kind of text: `quotes` (unbalanced quote marks
 * in news-like text, the default) or `capitalised` (one capitalised sentence, no newline).
 */
import { extract } from '@sourcetrace/extract';
import { pathologicalText, unbalancedQuotesText } from './corpus.js';

const size = Number(process.argv[2]);
const make = process.argv[3] === 'capitalised' ? pathologicalText : unbalancedQuotesText;
const text = make(size * 1_000_000);
// loads the extractor and compiles its hot paths, so that no size pays for the warm-up
const warmUp = make(250_000);
for (let pass = 0; pass < 3; pass++) extract(warmUp);
const baseline = process.memoryUsage().rss;
const cpu = process.cpuUsage();
extract(text);
const used = process.cpuUsage(cpu);
const peak = process.resourceUsage().maxRSS * 1024;
console.log(
  JSON.stringify({ seconds: (used.user + used.system) / 1e6, peakMb: (peak - baseline) / 1e6 }),
);
