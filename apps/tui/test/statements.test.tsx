import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '@sourcetrace/store';
import { quotingArticle } from '@sourcetrace/store/testing';
import { KEYS, renderApp, type Rendered } from './support.js';

// One invented line carried by three invented outlets: word for word, altered, and given to
// someone else; and a second line carried twice without change.
const LINE =
  'The harbour tolls will stay frozen for two more years because the fleet cannot pay more';
const OTHER = 'Every ferry on the northern route will carry bicycles free of charge from June';
const STORY = [
  {
    publisher: 'Daily Ledger',
    publishedAt: '2024-03-03',
    lines: [
      { words: LINE, speaker: 'Ilse Marrow' },
      { words: OTHER, speaker: 'Owen Talbrook' },
    ],
  },
  {
    publisher: 'Valley Courier',
    publishedAt: '2024-03-04',
    lines: [
      { words: LINE.replace('two', 'three'), speaker: 'Ilse Marrow' },
      { words: OTHER, speaker: 'Owen Talbrook' },
    ],
  },
  {
    publisher: 'Harbour Post',
    publishedAt: '2024-03-05',
    lines: [{ words: LINE, speaker: 'Tomas Quarry' }],
  },
].map(quotingArticle);

let dir: string;
let store: Store;
let app: Rendered | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sourcetrace-tui-statements-'));
  store = await openStore({ db: join(dir, 'corpus.db') });
  for (const article of STORY) await store.putArticle(article);
});
afterEach(() => app?.unmount());
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the statements screen', () => {
  it('lists the most carried, then altered and disputed ones, and opens a statement', async () => {
    app = renderApp(store, { columns: 100, rows: 30 });
    await app.waitFor((f) => f.includes('3 articles'), 'the library');
    app.press('S');
    let frame = await app.waitFor(
      (f) => f.includes('Most carried statements') && f.includes('2 statements'),
      'the most carried',
    );
    expect(frame.indexOf('The harbour tolls')).toBeLessThan(frame.indexOf('Every ferry'));
    expect(frame).toContain('3 outlets · first Daily Ledger, 2024-03-03 · altered, disputed');

    app.press('a');
    frame = await app.waitFor(
      (f) => f.includes('Altered statements') && f.includes('1 statements'),
      'the altered list',
    );
    expect(frame).not.toContain('Every ferry');
    app.press('d');
    await app.waitFor(
      (f) => f.includes('Disputed statements') && f.includes('Ilse Marrow / Tomas Quarry'),
      'the disputed list',
    );

    app.press(KEYS.enter);
    frame = await app.waitFor((f) => f.includes('Timeline'), 'the statement');
    expect(frame).toContain('2024-03-04 Valley Courier · Ilse Marrow');
    expect(frame).toContain('2024-03-05 Harbour Post · Tomas Quarry');
    expect(frame).toMatch(
      /altered \(1\): The harbour tolls will stay frozen for \[\+three\] \[-two\] more years/,
    );
    app.press(KEYS.escape);
    await app.waitFor((f) => f.includes('Disputed statements'), 'back to the list');
  });

  it('jumps from a quote in the reader to its statement with S', async () => {
    app = renderApp(store, {
      columns: 100,
      rows: 30,
      initial: { screen: 'reader', articleId: STORY[2]!.id },
    });
    await app.waitFor((f) => f.includes('1 quotes'), 'the reader');
    app.press('S');
    await app.waitFor((f) => f.includes('Press n to pick a quote first.'), 'the hint');
    app.press('n', 'S');
    const frame = await app.waitFor((f) => f.includes('Timeline'), 'the statement');
    expect(frame).toContain('first Daily Ledger, 2024-03-03');
  });
});
