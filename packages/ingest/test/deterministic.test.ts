import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EntityQuery } from '@sourcetrace/article-model';
import { openStore, type Store } from '@sourcetrace/store';
import { exportArticles, ingestItems, ingestOne, type SourceItem } from '../src/index.js';

// Invented articles. The first is long (its extraction finishes last) and names the speaker by
// surname only; whether that surname joins the full name depends on which is written first.
const filler = 'The committee heard evidence about the drainage works on the eastern bank. ';
const LONG = `Invented. "We will appeal," Castellan said on Monday. ${filler.repeat(300)}`;
const short = (n: number) =>
  `Invented note ${n}. "The vote was fair," said Oren Castellan, the council leader. ` +
  `Mira Solberg of the Tidewater Trust said the result came late ${n} times.`;
const TEXTS = [LONG, ...Array.from({ length: 23 }, (_, n) => short(n))];
const items = (): SourceItem[] =>
  TEXTS.map((text, n) => ({ kind: 'input', label: `item ${n}`, input: { text } }));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sourcetrace-order-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The export and the corpus aggregates of a fresh store filled by `fill`, as one text. */
async function corpusOf(name: string, fill: (store: Store) => Promise<unknown>): Promise<string> {
  const store = await openStore({ db: join(dir, `${name}.db`) });
  try {
    await fill(store);
    let text = '';
    for await (const chunk of exportArticles(store.iterateArticles(), 'jsonl')) text += chunk;
    const entities = await store.listEntities(EntityQuery.parse({ limit: 200, sort: 'articles' }));
    return `${text}\n${JSON.stringify(entities)}\n${JSON.stringify(await store.stats())}`;
  } finally {
    await store.close();
  }
}

describe('the same input gives the same corpus', () => {
  it('byte for byte, whatever order the threads finish in', async () => {
    // One at a time, in order: what every ingest of these items must give.
    const reference = await corpusOf('reference', async (store) => {
      for (const text of TEXTS) await ingestOne(store, { text });
    });
    const first = await corpusOf('first', (store) =>
      ingestItems(store, items(), { concurrency: 2 }),
    );
    const second = await corpusOf('second', (store) =>
      ingestItems(store, items(), { concurrency: 3 }),
    );
    expect(first).toBe(reference);
    expect(second).toBe(first);
  });
});
