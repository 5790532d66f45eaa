import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleQuery, EntityQuery } from '@sourcetrace/article-model';
import { readOnTheSpot } from '../src/commands/tui.js';

// `sourcetrace tui FILE...` needs a terminal to draw; what it browses is tested here. Every
// article is invented.
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sourcetrace-tui-spot-'));
  await writeFile(
    join(dir, 'one.txt'),
    'Ferry notice. "The crossing reopens at noon," said Ilse Brannock, the harbour master.',
  );
  await writeFile(
    join(dir, 'two.jsonl'),
    JSON.stringify({
      title: 'Second ferry notice',
      text: 'Late ferries. "Expect delays tonight," said Ilse Brannock.',
    }) + '\n',
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('sourcetrace tui FILE...', { timeout: 60_000 }, () => {
  it('reads the sources into an in-memory corpus that folds and searches like a stored one', async () => {
    const skipped: string[] = [];
    const store = await readOnTheSpot(
      [join(dir, 'one.txt'), join(dir, 'two.jsonl'), join(dir, 'missing.txt')],
      {},
      (line) => skipped.push(line),
    );
    try {
      expect(skipped).toEqual([expect.stringMatching(/^skipped .*missing\.txt: /)]);
      const articles = await store.listArticles(ArticleQuery.parse({}));
      expect(articles.items).toHaveLength(2);
      expect(articles.items.map((a) => a.title)).toContain('Second ferry notice');
      const people = await store.listEntities(EntityQuery.parse({ q: 'Brannock' }));
      expect(people.items).toHaveLength(1);
      expect(people.items[0]!.counts).toMatchObject({ articles: 2, quotes: 2 });
      expect(await store.stats()).toMatchObject({ articles: 2, quotes: 2 });
    } finally {
      await store.close();
    }
  });

  it('says so when none of the sources can be read', async () => {
    await expect(readOnTheSpot([join(dir, 'nothing-here')], {}, () => {})).rejects.toThrow(
      'none of the sources could be read',
    );
  });
});
