// Ingest throughput: invented articles extracted and written to a fresh SQLite file, in
// process (as the API does one at a time) and on worker threads (as `sourcetrace ingest` does).
// Usage: pnpm bench [articles]   (default 2000)
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '@sourcetrace/store';
import { syntheticArticle } from '@sourcetrace/store/testing';
import { ingestItems, ingestOne, type SourceItem } from '../src/index.js';

const count = Number(process.argv[2] ?? 2000);
const texts = Array.from({ length: count }, (_, i) => syntheticArticle(i + 1).text);
const megabytes = Buffer.byteLength(texts.join('')) / 1e6;
const items: SourceItem[] = texts.map((text, i) => ({
  kind: 'input',
  label: `bench ${i + 1}`,
  input: { text },
}));

async function measure(name: string, run: (store: Store) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'sourcetrace-bench-'));
  const store = await openStore({ db: join(dir, 'bench.db') });
  try {
    const started = performance.now();
    await run(store);
    const seconds = (performance.now() - started) / 1000;
    const stored = await store.countArticles();
    console.log(
      `ingest ${name}: ${stored} articles (${megabytes.toFixed(2)} MB) in ${seconds.toFixed(2)} s = ` +
        `${(stored / seconds).toFixed(0)} articles/s, ${(megabytes / seconds).toFixed(2)} MB/s`,
    );
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await measure('in process (ingestOne)', async (store) => {
  for (const text of texts) await ingestOne(store, { text });
});
const cores = availableParallelism();
for (const threads of new Set([1, cores])) {
  await measure(
    `worker pool, ${threads} thread${threads === 1 ? '' : 's'} (ingestItems)`,
    async (store) => {
      await ingestItems(store, items, { concurrency: threads });
    },
  );
}
