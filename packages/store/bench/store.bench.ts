/**
 * Store benchmark: ingest real article texts through the extraction pipeline into SQLite and
 * PostgreSQL (statement matching off, then on), then time the typical queries, statements
 * included, over a 10,000-article corpus on each.
 *   pnpm bench:store            (from the repository root)
 * Environment: SOURCETRACE_BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test),
 * BENCH_ARTICLES (default 10000; 1000000 for the million-article run), BENCH_BATCH articles per
 * putArticles while loading (default 250), BENCH_RUNS per query (default 200), BENCH_INGEST=0 to skip ingest,
 * BENCH_ENGINES (default "sqlite,postgres") for one engine alone.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ArticleQuery,
  ClaimQuery,
  EntityQuery,
  QuoteQuery,
  RelatedQuery,
  StatementQuery,
  type Article,
  type CorpusEntity,
} from '@sourcetrace/article-model';
import { benchStatementArticle } from './statement-lines.js';
import type { Store } from '../src/index.js';
import { syntheticArticle } from '../src/testing/index.js';
import { benchAdapter, type AdapterName, type BenchAdapter } from './adapters.js';

const CORPUS_SIZE = Number(process.env.BENCH_ARTICLES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
/** Articles per putArticles call while loading. */
const BATCH = Number(process.env.BENCH_BATCH ?? 250);
const ENGINES = (process.env.BENCH_ENGINES ?? 'sqlite,postgres')
  .split(',')
  .map((name) => name.trim())
  .filter((name): name is AdapterName => name === 'sqlite' || name === 'postgres');

const ms = (value: number) => value.toFixed(2).padStart(7);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * Ingest through the extraction pipeline in a child process; when the pipeline cannot run here
 * (its worker threads cannot load TypeScript sources on Node 20), extract in process instead.
 */
function benchIngest(name: AdapterName, folder: string, statements: 'on' | 'off'): number | null {
  const phase = fileURLToPath(new URL('./ingest-phase.ts', import.meta.url));
  const run = (mode: string) =>
    spawnSync(
      process.execPath,
      [...process.execArgv, phase, name, mode, folder, `statements-${statements}`],
      {
        encoding: 'utf8',
        timeout: 600_000,
      },
    );
  let result = run('pipeline');
  if (result.status !== 0) {
    const reason = /Error[^\n]*/.exec(result.stderr)?.[0] ?? `exit ${result.status}`;
    console.log(
      `ingest ${name.padEnd(8)} pipeline could not run (${reason}); extracting in process instead`,
    );
    result = run('in-process');
  }
  process.stdout.write(result.stdout);
  if (result.status !== 0)
    console.log(
      `ingest ${name.padEnd(8)} failed: ${result.stderr.trim().split('\n').slice(0, 5).join(' | ')}`,
    );
  const rate = /: ([\d.]+) articles\/s/.exec(result.stdout)?.[1];
  return rate === undefined ? null : Number(rate);
}

/** Ingest with statement matching off, then on, and how much slower it is on. */
function benchIngestStatements(name: AdapterName, folder: string): void {
  const off = benchIngest(name, folder, 'off');
  const on = benchIngest(name, folder, 'on');
  if (off !== null && on !== null)
    console.log(
      `ingest ${name.padEnd(8)} statements on vs off: ${(((off - on) / off) * 100).toFixed(1)} % slower (${on} vs ${off} articles/s)`,
    );
}

/**
 * Loads the synthetic corpus in batches through putArticles, the bulk path a large import takes
 * (one transaction and one pass over the corpus tables a batch); on PostgreSQL two batches are in
 * flight, since each commit waits on the server.
 */
async function load(store: Store, adapter: BenchAdapter): Promise<void> {
  const started = performance.now();
  const inFlight = adapter.name === 'postgres' ? 2 : 1;
  let next = 1;
  const worker = async () => {
    for (let first = next; first <= CORPUS_SIZE; first = next) {
      next = Math.min(CORPUS_SIZE + 1, first + BATCH);
      const batch: Article[] = [];
      // Half synthetic articles, half short reports quoting many distinct lines, some carried again.
      for (let seed = first; seed < next; seed++)
        batch.push(seed % 2 ? syntheticArticle(seed) : benchStatementArticle(seed / 2));
      await store.putArticles(batch);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `load   ${adapter.name.padEnd(8)} ${CORPUS_SIZE} invented articles in ${seconds.toFixed(1)} s: ${(CORPUS_SIZE / seconds).toFixed(0)} articles/s (putArticles of ${BATCH}, ${inFlight} in flight${adapter.name === 'postgres' ? ', synchronous_commit off' : ''})`,
  );
}

/** The database's size on disk, tables and indexes together, per article. */
async function reportSize(adapter: BenchAdapter): Promise<void> {
  const bytes = await adapter.sizeBytes();
  console.log(
    `size   ${adapter.name.padEnd(8)} ${(bytes / 1e6).toFixed(1)} MB for ${CORPUS_SIZE} articles: ${(bytes / CORPUS_SIZE / 1024).toFixed(1)} KiB per article`,
  );
}

/** Parameters drawn from the corpus itself, so every query has real work to do. */
async function parameters(store: Store) {
  const entities: CorpusEntity[] = [];
  for (let cursor: string | undefined; ;) {
    const page = await store.listEntities(
      EntityQuery.parse({ limit: 200, sort: 'articles', cursor }),
    );
    entities.push(...page.items);
    if (!page.next) break;
    cursor = page.next;
  }
  const articles = Array.from({ length: 50 }, (_, i) =>
    syntheticArticle(1 + 2 * ((i * 197) % Math.floor(CORPUS_SIZE / 2))),
  );
  const statements = [
    ...(await store.listStatements(StatementQuery.parse({ limit: 100 }))).items,
    ...(await store.listStatements(StatementQuery.parse({ sort: 'first_seen', limit: 100 }))).items,
  ].map((s) => s.id);
  return {
    entities,
    people: entities.filter((e) => e.kind === 'person'),
    outlets: entities.filter((e) => e.outlet),
    sources: entities.filter((e) => e.counts.claims > 0),
    articles,
    statements,
    publishers: [...new Set(articles.map((a) => a.source.publisher ?? ''))],
    words: [
      'harbour',
      'tariff plan',
      'drought relief',
      'workers behind',
      'strike',
      'bank merger',
      'reserves',
      'vote',
    ],
    claimWords: ['tender', 'schedule', 'spring', 'private', 'money', 'ports'],
  };
}

async function benchQueries(store: Store, adapter: BenchAdapter): Promise<void> {
  const p = await parameters(store);
  const pick = <T>(list: T[], i: number): T => list[i % list.length] as T;
  const page2 = async (
    first: { next: string | null },
    again: (cursor: string) => Promise<unknown>,
  ) => (first.next ? again(first.next) : undefined);
  const day = (i: number) =>
    new Date(Date.UTC(2024, 0, 1) + (i % 600) * 86_400_000).toISOString().slice(0, 10);

  const queries: [string, (i: number) => Promise<unknown>][] = [
    ['articles (newest)', () => store.listArticles(ArticleQuery.parse({}))],
    [
      'articles page 2',
      async () =>
        page2(await store.listArticles(ArticleQuery.parse({})), (cursor) =>
          store.listArticles(ArticleQuery.parse({ cursor })),
        ),
    ],
    ['articles q', (i) => store.listArticles(ArticleQuery.parse({ q: pick(p.words, i) }))],
    [
      'articles publisher',
      (i) => store.listArticles(ArticleQuery.parse({ publisher: pick(p.publishers, i) })),
    ],
    [
      'articles from/to',
      (i) => store.listArticles(ArticleQuery.parse({ from: day(i), to: day(i + 30) })),
    ],
    [
      'articles entity',
      (i) => store.listArticles(ArticleQuery.parse({ entity: pick(p.entities, i).id })),
    ],
    ['quotes (newest)', () => store.listQuotes(QuoteQuery.parse({}))],
    [
      'quotes speaker',
      (i) => store.listQuotes(QuoteQuery.parse({ speaker: pick(p.people, i).id })),
    ],
    [
      'quotes channel',
      (i) => store.listQuotes(QuoteQuery.parse({ channel: pick(p.outlets, i).id })),
    ],
    [
      'quotes kind',
      (i) =>
        store.listQuotes(
          QuoteQuery.parse({ kind: pick(['direct', 'indirect', 'mixed'] as const, i) }),
        ),
    ],
    ['quotes q', (i) => store.listQuotes(QuoteQuery.parse({ q: pick(p.words, i) }))],
    [
      'quotes article',
      (i) => store.listQuotes(QuoteQuery.parse({ article: pick(p.articles, i).id })),
    ],
    ['claims (newest)', () => store.listClaims(ClaimQuery.parse({}))],
    ['claims source', (i) => store.listClaims(ClaimQuery.parse({ source: pick(p.sources, i).id }))],
    [
      'claims hedge',
      (i) =>
        store.listClaims(
          ClaimQuery.parse({ hedge: pick(['none', 'belief', 'rumour'] as const, i) }),
        ),
    ],
    [
      'claims anonymous',
      (i) => store.listClaims(ClaimQuery.parse({ anonymous: i % 2 ? 'true' : 'false' })),
    ],
    ['claims q', (i) => store.listClaims(ClaimQuery.parse({ q: pick(p.claimWords, i) }))],
    [
      'claims article',
      (i) => store.listClaims(ClaimQuery.parse({ article: pick(p.articles, i).id })),
    ],
    [
      'entities sort',
      (i) =>
        store.listEntities(
          EntityQuery.parse({ sort: pick(['quotes', 'mentions', 'articles'] as const, i) }),
        ),
    ],
    [
      'entities kind',
      (i) =>
        store.listEntities(
          EntityQuery.parse({ kind: pick(['person', 'organization', 'location'] as const, i) }),
        ),
    ],
    [
      'entities q',
      (i) => store.listEntities(EntityQuery.parse({ q: pick(p.entities, i).name.split(' ')[0] })),
    ],
    ['entities outlet', () => store.listEntities(EntityQuery.parse({ outlet: 'true' }))],
    ['related', (i) => store.relatedEntities(pick(p.entities, i).id, RelatedQuery.parse({}))],
    ['stats', () => store.stats()],
    ['statements (outlets)', () => store.listStatements(StatementQuery.parse({}))],
    [
      'statements first seen',
      () => store.listStatements(StatementQuery.parse({ sort: 'first_seen' })),
    ],
    [
      'statements flag',
      (i) =>
        store.listStatements(
          StatementQuery.parse({ flag: pick(['altered', 'disputed', 'unattributed'] as const, i) }),
        ),
    ],
    [
      'statements speaker',
      (i) => store.listStatements(StatementQuery.parse({ speaker: pick(p.people, i).id })),
    ],
    [
      'statements outlet',
      (i) => store.listStatements(StatementQuery.parse({ outlet: pick(p.publishers, i) })),
    ],
    ['statements min 3', () => store.listStatements(StatementQuery.parse({ minOutlets: 3 }))],
    [
      'statements article',
      (i) => store.listStatements(StatementQuery.parse({ article: pick(p.articles, i).id })),
    ],
    ['statement page', (i) => store.getStatement(pick(p.statements, i))],
    ['getArticle', (i) => store.getArticle(pick(p.articles, i).id)],
    ['corpusEntityFor', (i) => store.corpusEntityFor(pick(p.articles, i).id, 'e1')],
    ['countArticles', () => store.countArticles()],
    ['hasArticle', (i) => store.hasArticle(pick(p.articles, i).id)],
  ];

  let worst = { name: '', p95: 0 };
  for (const [name, run] of queries) {
    for (let i = 0; i < 10; i++) await run(i);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await run(i);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const p95 = percentile(times, 95);
    if (p95 > worst.p95) worst = { name, p95 };
    console.log(
      `query  ${adapter.name.padEnd(8)} ${name.padEnd(20)} p50 ${ms(percentile(times, 50))} ms  p95 ${ms(p95)} ms`,
    );
  }
  console.log(
    `query  ${adapter.name.padEnd(8)} slowest p95: ${worst.name} ${worst.p95.toFixed(2)} ms (${RUNS} runs each, ${CORPUS_SIZE} articles)`,
  );
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'sourcetrace-bench-'));
  try {
    if (process.env.BENCH_INGEST !== '0')
      for (const name of ENGINES) benchIngestStatements(name, folder);
    for (const name of ENGINES) {
      const adapter = benchAdapter(name, folder, { bulkLoad: true });
      const store = await adapter.open();
      try {
        await load(store, adapter);
        await adapter.analyze();
        await reportSize(adapter);
        await benchQueries(store, adapter);
      } finally {
        await store.close();
        await adapter.cleanup();
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
