import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Article, CorpusStats } from '@sourcetrace/article-model';
import { runCli } from './run-cli.js';

// End to end: ingest, stats and export through the real command line, on a temporary SQLite file.
// Every article is invented.
const story = (n: number, speaker: string) =>
  `Invented report ${n}. "The ferry timetable will change in May," said ${speaker}, the transport officer. ` +
  `According to council officials, ${n} routes are affected.`;

let dir: string;
let db: string;
let server: Server;
let pageUrl: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sourcetrace-cli-'));
  db = join(dir, 'corpus.db');
  await mkdir(join(dir, 'articles/more'), { recursive: true });
  await writeFile(join(dir, 'articles/one.txt'), story(1, 'Ilse Brannock'));
  await writeFile(join(dir, 'articles/more/two.txt'), story(2, 'Ilse Brannock'));
  await writeFile(
    join(dir, 'articles/lines.jsonl'),
    `${JSON.stringify({ text: story(3, 'Tobin Ashgrove'), title: '=1+1 Ferry' })}\n{oops\n`,
  );
  // A hostile file name: an escape sequence must not reach the terminal raw.
  await writeFile(join(dir, 'articles/\u001b[31mred.md'), story(4, 'Tobin Ashgrove'));
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' }).end(story(5, 'Ilse Brannock'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/page`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

// Each test starts the CLI from source (tsx) several times; a loaded machine needs the room.
describe('sourcetrace ingest', { timeout: 60_000 }, () => {
  it('stores what it can read, reports each failure with its reason, and exits 1', async () => {
    const result = await runCli([
      'ingest',
      join(dir, 'articles'),
      pageUrl,
      '--db',
      db,
      '--concurrency',
      '1',
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^ingested 4, unchanged 0, failed 2$/m);
    expect(result.stdout).toMatch(/failed {2}.*lines\.jsonl:2: not valid JSON/);
    expect(result.stdout).toMatch(
      new RegExp(`failed {2}${pageUrl.replaceAll('.', '\\.')}: .*private or reserved`),
    );
    // Not a terminal: one plain line per item on stderr, no progress bar.
    expect(result.stderr.split('\n').filter((line) => line.startsWith('ingested'))).toHaveLength(4);
    expect(result.stdout + result.stderr).not.toContain('\u001b');
    expect(result.stderr).toContain('\uFFFD[31mred.md');
  });

  it('is idempotent, and fetches local URLs when allowed', async () => {
    const result = await runCli([
      'ingest',
      join(dir, 'articles/one.txt'),
      pageUrl,
      '--db',
      db,
      '--allow-private-urls',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ingested 1, unchanged 1, failed 0$/m);
  });
});

describe('sourcetrace stats and export', { timeout: 60_000 }, () => {
  it('prints counts and rankings, as text and as JSON', async () => {
    const [text, json] = await Promise.all([
      runCli(['stats', '--db', db]),
      runCli(['stats', '--db', db, '--json']),
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^ *5 {2}articles$/m);
    expect(text.stdout).toContain('Most quoted speakers');
    const stats = CorpusStats.parse(JSON.parse(json.stdout));
    expect(stats.articles).toBe(5);
    expect(text.stdout).toContain(stats.topSpeakers[0]?.entity.name);
  });

  it('exports JSON lines, a CSV file and JSON-LD', async () => {
    const csvPath = join(dir, 'quotes.csv');
    const [jsonl, csv, jsonld] = await Promise.all([
      runCli(['export', '--db', db]),
      runCli(['export', '--db', db, '--format', 'csv', '--out', csvPath]),
      runCli(['export', '--db', db, '--format', 'jsonld']),
    ]);
    const articles = jsonl.stdout
      .trimEnd()
      .split('\n')
      .map((line) => Article.parse(JSON.parse(line)));
    expect(articles).toHaveLength(5);

    expect(csv.code).toBe(0);
    expect(csv.stdout).toBe('');
    const table = await readFile(csvPath, 'utf8');
    expect(
      table.startsWith('\uFEFFarticle,title,date,speaker,descriptor,channel,cue,kind,text\r\n'),
    ).toBe(true);
    expect(table).toContain("'=1+1 Ferry");
    expect(table.split('\r\n').filter(Boolean).length - 1).toBe(
      articles.reduce((n, a) => n + a.quotes.length, 0),
    );

    const graph = JSON.parse(jsonld.stdout) as {
      '@context': string;
      '@graph': { '@type': string }[];
    };
    expect(graph['@context']).toBe('https://schema.org');
    expect(graph['@graph'].filter((node) => node['@type'] === 'NewsArticle')).toHaveLength(5);
  });

  it('refuses bad option values clearly', async () => {
    const [format, concurrency] = await Promise.all([
      runCli(['export', '--db', db, '--format', 'xml']),
      runCli(['ingest', 'x', '--db', db, '--concurrency', 'many']),
    ]);
    expect(format.code).not.toBe(0);
    expect(format.stderr).toMatch(/jsonl, csv, jsonld/);
    expect(concurrency.code).not.toBe(0);
    expect(concurrency.stderr).toMatch(/whole number/);
  });
});
