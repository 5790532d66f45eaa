import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Article } from '@sourcetrace/article-model';
import { runCli } from './run-cli.js';

// Every article here is invented.
const STORY =
  '"We will rebuild the \u001b[31mbridge by May," said Ilse Brannock, the mayor. According to council engineers, the old span is unsafe.';
let dir: string;
let file: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sourcetrace-extract-'));
  file = join(dir, 'story.txt');
  await writeFile(file, STORY);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Each test starts the CLI from source (tsx); a loaded machine needs the room.
describe('sourcetrace extract', { timeout: 60_000 }, () => {
  it('prints a valid Article as JSON when stdout is not a terminal', async () => {
    const result = await runCli(['extract', file]);
    expect(result.code).toBe(0);
    const article = Article.parse(JSON.parse(result.stdout));
    expect(article.text).toBe(STORY);
    expect(article.quotes).toHaveLength(1);
    const quote = article.quotes[0]!;
    expect(article.text.slice(quote.source!.start, quote.source!.end)).toBe('Ilse Brannock');
    expect(
      article.claims.some(
        (c) => c.cue && article.text.slice(c.cue.start, c.cue.end).toLowerCase() === 'according to',
      ),
    ).toBe(true);
  });

  it('prints a readable summary with --format pretty and no raw escape sequence', async () => {
    const result = await runCli(['extract', file, '--format', 'pretty']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Quotes (1)');
    expect(result.stdout).toContain('cue "said"');
    expect(result.stdout).toContain('Claims');
    expect(result.stdout).not.toContain('\u001b');
  });

  it('rejects an unknown format with a clear message', async () => {
    const result = await runCli(['extract', file, '--format', 'xml']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('unknown --format "xml"');
  });

  it('--jsonl answers every line in order, reports bad lines and exits non-zero at the end', async () => {
    const lines = [
      JSON.stringify({ id: 'a', text: STORY }),
      '{not json',
      JSON.stringify({ id: 'c', text: 42 }),
      '',
      JSON.stringify({ id: 'd', text: 'Tobin Ashgrove said the ferry would run late.' }),
      JSON.stringify({
        id: 'e',
        html: '<html><body><article><p>"We are ready for the storm," said Ana Ruiz, the harbour master.</p></article></body></html>',
        url: 'https://example.com/storm',
      }),
    ];
    const result = await runCli(['extract', '--jsonl'], {}, lines.join('\n') + '\n');
    expect(result.code).toBe(1);
    const out = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(out).toHaveLength(5);
    expect(Article.parse(out[0]).text).toBe(STORY);
    expect(out[1]).toMatchObject({ id: null, error: expect.any(String) });
    expect(out[2]).toMatchObject({ id: 'c', error: expect.stringContaining('"text"') });
    expect(Article.parse(out[3]).quotes[0]?.kind).toBe('indirect');
    const fromHtml = Article.parse(out[4]);
    expect(fromHtml.source.format).toBe('html');
    expect(fromHtml.quotes[0]?.kind).toBe('direct');
    expect(result.stderr).toContain('line 2');
    expect(result.stderr).toContain('line 3');
  });

  it('--jsonl reads a line exactly as ingest does: the same title, metadata and article', async () => {
    const line = JSON.stringify({
      id: 'ferry-1',
      title: '  Ferry timetable to change  ',
      text: 'Invented report. "The ferry will sail at dawn," said Tobin Ashgrove, the harbour master.',
      url: 'https://example.com/ferry',
      publisher: 'Harbour Gazette',
      publishedAt: '2031-04-05',
      note: 'an extra key both ignore',
    });
    const extracted = await runCli(['extract', '--jsonl'], {}, line + '\n');
    expect(extracted.code).toBe(0);
    const fromExtract = Article.parse(JSON.parse(extracted.stdout));
    expect(fromExtract.title).toBe('Ferry timetable to change');

    const db = join(dir, 'same-line.db');
    const ingested = await runCli(
      ['ingest', '-', '--db', db, '--concurrency', '1'],
      {},
      line + '\n',
    );
    expect(ingested.code).toBe(0);
    const exported = await runCli(['export', '--format', 'jsonl', '--db', db]);
    expect(exported.code).toBe(0);
    const fromIngest = Article.parse(JSON.parse(exported.stdout));
    expect(fromIngest).toEqual(fromExtract);
  });

  it('--jsonl rejects the lines ingest rejects, with the same reason', async () => {
    const lines = [
      JSON.stringify({ id: 'blank-title', text: 'Some words.', title: '   ' }),
      JSON.stringify({ id: 'both', text: 'Some words.', html: '<p>Some words.</p>' }),
      JSON.stringify({ id: 'bad-date', text: 'Some words.', publishedAt: 'last Tuesday' }),
    ];
    const extracted = await runCli(['extract', '--jsonl'], {}, lines.join('\n') + '\n');
    const errors = extracted.stdout
      .trim()
      .split('\n')
      .map((out) => JSON.parse(out) as { id: string; error: string });
    expect(errors.map((e) => e.id)).toEqual(['blank-title', 'both', 'bad-date']);
    const ingested = await runCli(
      ['ingest', '-', '--db', join(dir, 'rejects.db')],
      {},
      lines.join('\n') + '\n',
    );
    expect(ingested.stdout).toMatch(/^ingested 0, unchanged 0, failed 3$/m);
    for (const [n, { error }] of errors.entries()) {
      expect(error.length).toBeGreaterThan(0);
      expect(ingested.stdout).toContain(`stdin:${n + 1}: ${error}`);
    }
  });
});
