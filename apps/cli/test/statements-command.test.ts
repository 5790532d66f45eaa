import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Statement } from '@sourcetrace/article-model';
import { runCli } from './run-cli.js';

// One invented story told by three invented outlets: word for word, with a word changed, and
// with the line given to someone else.
const LINE =
  'The ferry timetable will change in May and the night crossings will stop for the winter';
const report = (publisher: string, publishedAt: string, words: string, speaker: string) => ({
  publisher,
  publishedAt,
  title: `Ferry changes (${publisher})`,
  text: `Invented report from ${publisher}.\n\n"${words}," said ${speaker}, the transport officer.\n\nThe council meets on Thursday.`,
});

let dir: string;
let db: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sourcetrace-statements-'));
  db = join(dir, 'corpus.db');
  const lines = [
    report('Daily Ledger', '2024-03-03', LINE, 'Ilse Brannock'),
    report('Valley Courier', '2024-03-04', LINE.replace('May', 'June'), 'Ilse Brannock'),
    report('Harbour Post', '2024-03-05', LINE, 'Tobin Ashgrove'),
  ];
  await writeFile(join(dir, 'story.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  const ingest = await runCli([
    'ingest',
    join(dir, 'story.jsonl'),
    '--db',
    db,
    '--concurrency',
    '1',
  ]);
  expect(ingest.code).toBe(0);
}, 60_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('sourcetrace statements', { timeout: 120_000 }, () => {
  it('lists the statement with its outlets, first report, flags and changed words', async () => {
    const result = await runCli(['statements', '--db', db]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`"${LINE}"`);
    expect(result.stdout).toMatch(/3 outlets, 3 quotes; first in Daily Ledger on 2024-03-03/);
    expect(result.stdout).toMatch(/flags: altered, disputed/);
    expect(result.stdout).toMatch(/altered \(1×\): \+June -May/);
  });

  it('filters by flag and by speaker name, and prints JSON lines on request', async () => {
    const disputed = await runCli(['statements', '--db', db, '--flag', 'disputed', '--json']);
    const [statement] = disputed.stdout
      .trim()
      .split('\n')
      .map((line) => Statement.parse(JSON.parse(line)));
    expect(statement?.speakers.map((s) => s.name).sort()).toEqual([
      'Ilse Brannock',
      'Tobin Ashgrove',
    ]);
    const bySpeaker = await runCli(['statements', '--db', db, '--speaker', 'Tobin Ashgrove']);
    expect(bySpeaker.stdout).toContain(LINE);
    const nobody = await runCli(['statements', '--db', db, '--speaker', 'Nobody Here']);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toMatch(/no person called "Nobody Here"/);
    const unattributed = await runCli(['statements', '--db', db, '--flag', 'unattributed']);
    expect(unattributed.stdout).toBe('No statements match.\n');
  });

  it('exports statements as JSON-LD Quotation items and as a CSV row per occurrence', async () => {
    const jsonld = await runCli(['export', '--statements', '--format', 'jsonld', '--db', db]);
    const graph = (JSON.parse(jsonld.stdout) as { '@graph': Record<string, unknown>[] })['@graph'];
    expect(graph).toHaveLength(1);
    expect(graph[0]?.['@type']).toBe('Quotation');
    expect(graph[0]?.text).toBe(LINE);
    expect(graph[0]?.citation).toHaveLength(3);
    const out = join(dir, 'statements.csv');
    const csv = await runCli([
      'export',
      '--statements',
      '--format',
      'csv',
      '--out',
      out,
      '--db',
      db,
    ]);
    expect(csv.code).toBe(0);
    const rows = (await readFile(out, 'utf8')).trim().split('\r\n');
    expect(rows).toHaveLength(4);
    expect(rows[0]).toContain('statement,canonical,flags');
    expect(rows[2]).toContain('Valley Courier');
  });
});
