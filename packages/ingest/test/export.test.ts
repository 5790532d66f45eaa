import { describe, expect, it } from 'vitest';
import { Article, quoteText, type Article as ArticleType } from '@sourcetrace/article-model';
import { syntheticArticle, syntheticCorpus } from '@sourcetrace/store/testing';
import { csvCell, exportArticles, QUOTE_COLUMNS } from '../src/index.js';

async function* each<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield await Promise.resolve(item);
}

async function render(
  articles: ArticleType[],
  format: 'jsonl' | 'csv' | 'jsonld',
): Promise<string> {
  let out = '';
  for await (const chunk of exportArticles(each(articles), format)) out += chunk;
  return out;
}

/** RFC 4180 reader, for checking the output from the other side. */
function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && input[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

const corpus = syntheticCorpus(5);

describe('jsonl export', () => {
  it('writes one Article per line that parses back to the same article', async () => {
    const lines = (await render(corpus, 'jsonl')).trimEnd().split('\n');
    expect(lines).toHaveLength(corpus.length);
    expect(lines.map((line) => Article.parse(JSON.parse(line)))).toEqual(corpus);
  });
});

describe('csv export', () => {
  it('starts with a BOM and a header, and has a row per quote that parses back', async () => {
    const out = await render(corpus, 'csv');
    expect(out.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(out.slice(1));
    expect(header).toEqual([...QUOTE_COLUMNS]);
    const quotes = corpus.flatMap((article) => article.quotes.map((quote) => ({ article, quote })));
    expect(quotes.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(quotes.length);
    rows.forEach((row, i) => {
      const { article, quote } = quotes[i]!;
      expect(row[0]).toBe(article.id);
      expect(row[7]).toBe(quote.kind);
      const text = quoteText(article, quote);
      expect(row[8]).toBe(/^[=+\-@]/.test(text) ? `'${text}` : text);
    });
  });

  it('quotes commas, quotes and line breaks, and defuses formulas', async () => {
    const base = syntheticArticle(7);
    const hostile: ArticleType = {
      ...base,
      title: '=HYPERLINK("http://evil.invalid","click"), and\r\nmore',
    };
    const rows = parseCsv((await render([hostile], 'csv')).slice(1));
    expect(rows[1]?.[1]).toBe(`'=HYPERLINK("http://evil.invalid","click"), and\r\nmore`);
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx'].map(csvCell)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
    ]);
    expect(csvCell('plain words')).toBe('plain words');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  });
});

describe('jsonld export', () => {
  it('is one valid JSON document with a schema.org context, articles, quotations and claims', async () => {
    const doc = JSON.parse(await render(corpus, 'jsonld')) as {
      '@context': string;
      '@graph': Record<string, unknown>[];
    };
    expect(doc['@context']).toBe('https://schema.org');
    const byType = (type: string) => doc['@graph'].filter((node) => node['@type'] === type);
    expect(byType('NewsArticle')).toHaveLength(corpus.length);
    const quoteCount = corpus.reduce((n, a) => n + a.quotes.length, 0);
    const claimCount = corpus.reduce((n, a) => n + a.claims.length, 0);
    expect(byType('Quotation')).toHaveLength(quoteCount);
    expect(byType('Claim')).toHaveLength(claimCount);
    const articleIds = new Set(byType('NewsArticle').map((node) => node['@id']));
    for (const quotation of byType('Quotation')) {
      expect(articleIds.has((quotation.isPartOf as { '@id': string })['@id'])).toBe(true);
      expect(typeof quotation.text).toBe('string');
    }
    for (const claim of byType('Claim'))
      expect(articleIds.has((claim.appearance as { '@id': string })['@id'])).toBe(true);
  });

  it('names speakers as Person or Organization', async () => {
    const article = corpus.find((a) => a.quotes.some((q) => q.speakerId))!;
    const doc = JSON.parse(await render([article], 'jsonld')) as {
      '@graph': Record<string, unknown>[];
    };
    const quote = article.quotes.find((q) => q.speakerId)!;
    const speaker = article.entities.find((e) => e.id === quote.speakerId)!;
    const node = doc['@graph'].find(
      (n) => n['@type'] === 'Quotation' && String(n['@id']).endsWith(`#${quote.id}`),
    )!;
    expect(node.spokenByCharacter).toMatchObject({
      name: speaker.name,
      '@type': speaker.kind === 'person' ? 'Person' : expect.stringMatching(/Organization$/),
    });
    expect(node.creator).toEqual(node.spokenByCharacter);
  });

  it('is valid and empty for an empty corpus', async () => {
    expect(JSON.parse(await render([], 'jsonld'))).toEqual({
      '@context': 'https://schema.org',
      '@graph': [],
    });
  });
});
