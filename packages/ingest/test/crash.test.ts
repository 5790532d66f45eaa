import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { validateArticle } from '@sourcetrace/article-model';
import { extract } from '@sourcetrace/extract';
import { openStore } from '@sourcetrace/store';
import { asStored } from '@sourcetrace/store/testing';

// The crash test: kill -9 a real ingest process part-way through and check that the database
// is intact and that every article in it is whole. All articles are invented.
const RUNNER = fileURLToPath(new URL('./fixtures/ingest-process.ts', import.meta.url));
const ARTICLES = 1500;
const KILL_AFTER = 40;

const PEOPLE = [
  'Alma Reyk',
  'Bastian Oulu',
  'Corin Vale',
  'Dessa Marsh',
  'Emil Tarrow',
  'Fenna Gault',
];
const OUTLETS = ['the Lantern Gazette', 'Radio Sennick', 'the Harbour Ledger'];

function inventedArticle(n: number): string {
  const who = (k: number) => PEOPLE[(n + k) % PEOPLE.length]!;
  const paragraphs = Array.from({ length: 6 }, (_, k) =>
    [
      `"Plan ${n}-${k} is on schedule," ${who(k)} told ${OUTLETS[(n + k) % OUTLETS.length]}.`,
      `According to ${who(k + 1)}, the budget for stage ${k} rose by ${(n * 7 + k) % 90} percent.`,
      `${who(k + 2)} said the council would vote on the matter next week.`,
      `It is rumoured that the vote on item ${n} could be delayed again.`,
    ].join(' '),
  );
  return [`Invented bulletin number ${n}`, ...paragraphs].join('\n\n');
}

let dir: string;
let db: string;
const texts: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sourcetrace-crash-'));
  db = join(dir, 'corpus.db');
  for (let n = 1; n <= ARTICLES; n++) texts.push(inventedArticle(n));
  await writeFile(
    join(dir, 'bulletins.jsonl'),
    texts.map((text) => JSON.stringify({ text })).join('\n') + '\n',
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

// A real process under a shared machine's load: allow more than the default time.
it('survives kill -9 mid-ingest: integrity ok, every stored article whole, nothing acknowledged lost', async () => {
  const child = spawn(
    process.execPath,
    [
      '--conditions=@sourcetrace/source',
      '--import',
      'tsx',
      RUNNER,
      db,
      join(dir, 'bulletins.jsonl'),
    ],
    {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.once('exit', (_code, signal) => resolve(signal)),
  );

  // Kill as soon as enough articles are acknowledged as stored.
  const acknowledged: number[] = [];
  for await (const line of createInterface({ input: child.stdout })) {
    const [status, label = ''] = line.split('\t');
    if (status === 'ingested') acknowledged.push(Number(label.slice(label.lastIndexOf(':') + 1)));
    if (acknowledged.length >= KILL_AFTER) {
      child.kill('SIGKILL');
      break;
    }
  }
  expect(await exited, `the run ended by itself: ${stderr}`).toBe('SIGKILL');

  const raw = new Database(db);
  try {
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(raw.pragma('foreign_key_check')).toEqual([]);
  } finally {
    raw.close();
  }

  const store = await openStore({ db });
  try {
    const count = await store.countArticles();
    expect(count).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(count).toBeLessThan(ARTICLES);

    const stored = new Set<string>();
    for await (const article of store.iterateArticles()) {
      const reread = await store.getArticle(article.id);
      expect(asStored(reread)).toEqual(asStored(article));
      const checked = validateArticle(reread);
      expect(checked.ok, JSON.stringify(checked.ok ? [] : checked.problems.slice(0, 3))).toBe(true);
      // Whole, not merely valid: what was stored is what extraction produced.
      expect(asStored(reread)).toEqual(extract({ text: article.text }));
      stored.add(article.id);
    }
    expect(stored.size).toBe(count);
    expect((await store.stats()).articles).toBe(count);

    for (const line of acknowledged)
      expect(stored.has(extract({ text: texts[line - 1]! }).id)).toBe(true);
  } finally {
    await store.close();
  }
}, 60_000);
