import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources, type SourceItem } from '../src/index.js';
import { send, startServer } from './local-server.js';

// Invented articles.
let dir: string;

async function collect(
  specs: string[],
  options: Parameters<typeof readSources>[1] = {},
): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readSources(specs, { cwd: dir, ...options })) items.push(item);
  return items;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sourcetrace-sources-'));
  await mkdir(join(dir, 'news/2031/may'), { recursive: true });
  await writeFile(join(dir, 'news/a.txt'), 'The invented mayor said "yes".');
  await writeFile(join(dir, 'news/b.md'), '# Heading\n\nMarkdown body.');
  await writeFile(join(dir, 'news/2031/may/c.html'), '<html><body><p>Deep HTML.</p></body></html>');
  await writeFile(join(dir, 'news/2031/d.htm'), '<p>HTM.</p>');
  await writeFile(join(dir, 'news/2031/picture.png'), 'not read');
  await writeFile(
    join(dir, 'batch.jsonl'),
    [
      JSON.stringify({
        text: 'First line article.',
        title: 'One',
        url: 'https://example.invalid/1',
        publishedAt: '2031-02-03',
      }),
      '',
      '{not json',
      JSON.stringify({ html: '<p>Second.</p>', id: 'second', note: 'an extra key is ignored' }),
      JSON.stringify({ title: 'neither text nor html' }),
      JSON.stringify({ text: 'both', html: '<p>both</p>' }),
      JSON.stringify({ text: 'bad url', url: 'javascript:alert(1)' }),
    ].join('\n'),
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readSources from files', () => {
  it('walks a folder recursively, reading only article files, in a stable order', async () => {
    const items = await collect(['news']);
    expect(items.map((item) => item.label)).toEqual([
      join('news', '2031', 'd.htm'),
      join('news', '2031', 'may', 'c.html'),
      join('news', 'a.txt'),
      join('news', 'b.md'),
    ]);
    expect(items.map((item) => item.kind === 'input' && item.input)).toEqual([
      { html: '<p>HTM.</p>' },
      { html: '<html><body><p>Deep HTML.</p></body></html>' },
      { text: 'The invented mayor said "yes".' },
      { text: '# Heading\n\nMarkdown body.' },
    ]);
  });

  it('expands globs', async () => {
    const items = await collect(['news/**/*.htm*']);
    expect(items.map((item) => item.label)).toEqual([
      join('news', '2031', 'd.htm'),
      join('news', '2031', 'may', 'c.html'),
    ]);
  });

  it('reads JSON lines, one item per line, and reports bad lines by number', async () => {
    const items = await collect(['batch.jsonl']);
    expect(items).toEqual([
      {
        kind: 'input',
        label: 'batch.jsonl:1',
        input: {
          text: 'First line article.',
          title: 'One',
          url: 'https://example.invalid/1',
          publishedAt: '2031-02-03',
        },
      },
      { kind: 'failed', label: 'batch.jsonl:3', reason: 'not valid JSON' },
      {
        kind: 'input',
        label: 'batch.jsonl:4',
        input: { html: '<p>Second.</p>', id: 'second' },
      },
      {
        kind: 'failed',
        label: 'batch.jsonl:5',
        reason: expect.stringMatching(/exactly one of "text" or "html"/) as string,
      },
      {
        kind: 'failed',
        label: 'batch.jsonl:6',
        reason: expect.stringMatching(/exactly one of "text" or "html"/) as string,
      },
      { kind: 'failed', label: 'batch.jsonl:7', reason: expect.stringMatching(/^url: /) as string },
    ]);
  });

  it('reads JSON lines from standard input for -', async () => {
    const stdin = Readable.from([`${JSON.stringify({ text: 'Piped article.' })}\n`, 'nope\n']);
    expect(await collect(['-'], { stdin })).toEqual([
      { kind: 'input', label: 'stdin:1', input: { text: 'Piped article.' } },
      { kind: 'failed', label: 'stdin:2', reason: 'not valid JSON' },
    ]);
  });

  it('turns missing paths, empty globs and unknown file types into failed items and goes on', async () => {
    const items = await collect([
      'missing.txt',
      'nothing/*.txt',
      'news/2031/picture.png',
      'news/a.txt',
    ]);
    expect(items).toEqual([
      { kind: 'failed', label: 'missing.txt', reason: 'no such file or folder' },
      { kind: 'failed', label: 'nothing/*.txt', reason: 'no files match' },
      {
        kind: 'failed',
        label: join('news', '2031', 'picture.png'),
        reason: expect.stringMatching(/not a file type we read/) as string,
      },
      {
        kind: 'input',
        label: join('news', 'a.txt'),
        input: { text: 'The invented mayor said "yes".' },
      },
    ]);
  });
});

describe('readSources from URLs', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  const local = { fetch: { allowPrivate: true, timeoutMs: 2_000 } };

  beforeAll(async () => {
    server = await startServer({
      '/story': send(
        'text/html',
        '<html><body><p>"Invented," said a spokesperson.</p></body></html>',
      ),
      '/plain': send('text/plain', 'Plain invented text.'),
      '/rss': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Harbour Wire</title>
  <item><title>Reachable</title><link>${server.url}/story</link><pubDate>Wed, 05 Mar 2031 10:00:00 GMT</pubDate></item>
  <item><title>Gone</title><link>${server.url}/gone</link><content:encoded><![CDATA[<p>From the feed itself.</p>]]></content:encoded></item>
  <item><title>Lost</title><link>${server.url}/gone</link></item>
</channel></rss>`);
      },
      '/atom-served-as-html': (_req, res) => {
        res
          .writeHead(200, { 'content-type': 'text/html' })
          .end(
            `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Post</title><entry><title>E</title><link href="${server.url}/plain"/></entry></feed>`,
          );
      },
      '/not-a-feed': send('application/xml', '<?xml version="1.0"?><note>hi</note>'),
      '/image': send('image/jpeg', 'binary'),
    });
  });
  afterAll(() => server.close());

  it('reads a page', async () => {
    expect(await collect([`${server.url}/story`, `${server.url}/plain`], local)).toEqual([
      {
        kind: 'input',
        label: `${server.url}/story`,
        input: { html: expect.stringContaining('Invented') as string, url: `${server.url}/story` },
      },
      {
        kind: 'input',
        label: `${server.url}/plain`,
        input: { text: 'Plain invented text.', url: `${server.url}/plain` },
      },
    ]);
  });

  it('reads a feed: each item page, else the content the feed carries, else a failed item', async () => {
    const items = await collect([`${server.url}/rss`], local);
    expect(items).toEqual([
      {
        kind: 'input',
        label: `${server.url}/story`,
        input: {
          html: expect.stringContaining('spokesperson') as string,
          url: `${server.url}/story`,
          title: 'Reachable',
          publisher: 'Harbour Wire',
          publishedAt: '2031-03-05T10:00:00.000Z',
        },
      },
      {
        kind: 'input',
        label: `${server.url}/gone`,
        input: {
          html: '<p>From the feed itself.</p>',
          url: `${server.url}/gone`,
          title: 'Gone',
          publisher: 'Harbour Wire',
        },
      },
      {
        kind: 'failed',
        label: `${server.url}/gone`,
        reason: expect.stringMatching(/404/) as string,
      },
    ]);
  });

  it('recognises a feed by its root element whatever the content type says', async () => {
    const items = await collect([`${server.url}/atom-served-as-html`], local);
    expect(items).toEqual([
      {
        kind: 'input',
        label: `${server.url}/plain`,
        input: {
          text: 'Plain invented text.',
          url: `${server.url}/plain`,
          title: 'E',
          publisher: 'Post',
        },
      },
    ]);
  });

  it('fails clearly on XML that is not a feed, on unreadable types and on refused addresses', async () => {
    const items = await collect([`${server.url}/not-a-feed`, `${server.url}/image`], local);
    expect(items.map((item) => item.kind === 'failed' && item.reason)).toEqual([
      expect.stringMatching(/not a well-formed RSS or Atom feed/),
      expect.stringMatching(/image\/jpeg/),
    ]);
    const refused = await collect([`${server.url}/story`]);
    expect(refused).toEqual([
      {
        kind: 'failed',
        label: `${server.url}/story`,
        reason: expect.stringMatching(/private or reserved/) as string,
      },
    ]);
  });
});
