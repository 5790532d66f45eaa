/**
 * One ingest measurement, run as its own process by store.bench.ts:
 *   ingest-phase.ts <sqlite|postgres> <pipeline|in-process> <folder> [statements-on|statements-off]
 * pipeline: @sourcetrace/ingest's ingestItems, extraction in worker threads on every core.
 * in-process: @sourcetrace/extract's extract on this thread, then putArticle.
 * A separate process keeps a pipeline that cannot start (its worker threads failing to load)
 * from taking the whole benchmark down.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Article } from '@sourcetrace/article-model';
import type { Store } from '../src/index.js';
import { syntheticCorpus } from '../src/testing/index.js';
import { benchAdapter, type AdapterName } from './adapters.js';

/** The PolNeAR train texts in the evaluation folder beside the repository (or SOURCETRACE_BENCH_CORPUS). */
const POLNEAR =
  process.env.SOURCETRACE_BENCH_CORPUS ??
  fileURLToPath(new URL('../../../../shared/eval/dev/polnear-train.jsonl', import.meta.url));

interface Input {
  text: string;
  title?: string;
  publisher?: string;
}
interface IngestModule {
  ingestItems(
    store: Store,
    items: Iterable<{ kind: 'input'; label: string; input: Input }>,
  ): Promise<{ ingested: number; unchanged: number; failed: { reason: string }[] }>;
  defaultExtractThreads(): number;
}
interface ExtractModule {
  extract(input: Input): Article;
}

/**
 * The ingest package depends on this one, so it (and extract, beside it) is loaded from its
 * source by path rather than declared as a dependency, which would make the workspace graph a cycle.
 */
async function load<T>(relative: string): Promise<T> {
  return (await import(new URL(relative, import.meta.url).href)) as T;
}

/** PolNeAR train texts when present, invented articles' text otherwise. */
function inputs(): { inputs: Input[]; origin: string } {
  if (existsSync(POLNEAR)) {
    const rows = readFileSync(POLNEAR, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as Input);
    return {
      inputs: rows.map((row) => ({
        text: row.text,
        ...(row.title ? { title: row.title } : {}),
        ...(row.publisher ? { publisher: row.publisher } : {}),
      })),
      origin: 'PolNeAR train',
    };
  }
  return {
    inputs: syntheticCorpus(840).map((article) => ({ text: article.text })),
    origin: 'generated',
  };
}

async function main(): Promise<void> {
  const [name, mode, folder, statementsFlag = 'statements-on'] = process.argv.slice(2) as [
    AdapterName,
    'pipeline' | 'in-process',
    string,
    string?,
  ];
  const statements = statementsFlag !== 'statements-off';
  const adapter = benchAdapter(name, folder, { statements });
  const { inputs: texts, origin } = inputs();
  const store = await adapter.open();
  try {
    const started = performance.now();
    let failed = 0;
    let firstFailure = '';
    let threads = 1;
    if (mode === 'pipeline') {
      const { ingestItems, defaultExtractThreads } = await load<IngestModule>(
        '../../ingest/src/index.ts',
      );
      threads = defaultExtractThreads();
      const items = texts.map((input, i) => ({
        kind: 'input' as const,
        label: `${origin}:${i + 1}`,
        input,
      }));
      const summary = await ingestItems(store, items);
      failed = summary.failed.length;
      firstFailure = summary.failed[0]?.reason ?? '';
    } else {
      const { extract } = await load<ExtractModule>('../../extract/src/index.ts');
      for (const input of texts) {
        try {
          await store.putArticle(extract(input));
        } catch (error) {
          failed++;
          firstFailure ||= error instanceof Error ? error.message : String(error);
        }
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const how =
      mode === 'pipeline'
        ? `ingestItems, ${threads} extraction thread${threads === 1 ? '' : 's'} and the writing thread on ${availableParallelism()} cores`
        : 'extract in process, 1 thread';
    console.log(
      `ingest ${name.padEnd(8)} statements ${statements ? 'on ' : 'off'} ${texts.length} ${origin} texts -> ${await store.countArticles()} articles, ${failed} failed, in ${seconds.toFixed(1)} s: ${(texts.length / seconds).toFixed(1)} articles/s (${how})`,
    );
    if (firstFailure)
      console.log(
        `ingest ${name.padEnd(8)} first failure: ${firstFailure.split('\n').slice(0, 3).join(' ')}`,
      );
  } finally {
    await store.close();
    await adapter.cleanup();
  }
}

await main();
