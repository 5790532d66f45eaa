/**
 * One pathological extraction in a process of its own, so its peak memory is its own: prints
 * {seconds, peakMb} as JSON. Run by extract.bench.ts with the size in MB.
 */
import { extract } from '@sourcetrace/extract';
import { unbalancedQuotesText } from './corpus.js';

const size = Number(process.argv[2]);
const text = unbalancedQuotesText(size * 1_000_000);
extract(unbalancedQuotesText(20_000)); // loads and warms the extractor
const baseline = process.memoryUsage().rss;
const cpu = process.cpuUsage();
extract(text);
const used = process.cpuUsage(cpu);
const peak = process.resourceUsage().maxRSS * 1024;
console.log(
  JSON.stringify({ seconds: (used.user + used.system) / 1e6, peakMb: (peak - baseline) / 1e6 }),
);
