import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateArticle } from '@sourcetrace/article-model';
import { extract, listSamples, samplesDir } from '../src/index.js';

describe('sample articles', () => {
  const samples = listSamples();

  it('ships text and HTML samples, all labelled as invented', () => {
    expect(samples.length).toBeGreaterThanOrEqual(6);
    expect(
      samples.some((sample) => typeof sample.input !== 'string' && 'html' in sample.input),
    ).toBe(true);
    expect(readFileSync(`${samplesDir}/README.md`, 'utf8')).toMatch(/invented/i);
    for (const sample of samples) {
      if (sample.file.endsWith('.html'))
        expect(readFileSync(sample.file, 'utf8')).toMatch(/<!--\s*Invented article/);
    }
  });

  it.each(listSamples().map((sample) => [sample.file.slice(samplesDir.length), sample] as const))(
    '%s extracts to a valid article that keeps the text',
    (_name, sample) => {
      const article = extract(sample.input);
      const result = validateArticle(article);
      expect(result.ok ? [] : result.problems).toEqual([]);
      if (typeof sample.input !== 'string' && 'text' in sample.input)
        expect(article.text).toBe(sample.input.text);
      expect(article.title).toBeTruthy();
    },
  );

  it('keeps Windows line endings of the CRLF sample exactly', () => {
    const crlf = samples.find((sample) => sample.file.endsWith('league-season.txt'));
    const input = crlf?.input;
    expect(input && typeof input !== 'string' && 'text' in input ? input.text : '').toMatch(/\r\n/);
    expect(extract(input ?? '').text).toBe(readFileSync(crlf?.file ?? '', 'utf8'));
  });

  it('reads the HTML sample metadata from its JSON-LD and Open Graph tags', () => {
    const page = samples.find((sample) => sample.file.endsWith('.html'));
    const article = extract(page?.input ?? '');
    expect(article.source).toMatchObject({
      format: 'html',
      publisher: 'Northshore Courier',
      byline: 'Lea Brandvold, Sami Korhonen',
    });
    expect(article.source.url).toMatch(/^https:\/\/northshore-courier\.example\//);
    expect(article.text).not.toMatch(/Injected paragraph|analytics|Home/);
    expect(article.blocks.filter((block) => block.kind === 'heading')).toHaveLength(2);
  });
});
