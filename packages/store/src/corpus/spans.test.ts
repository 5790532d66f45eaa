import { describe, expect, it } from 'vitest';
import { restoreSpans, separateSpans } from './spans.js';
import { syntheticArticle } from '../testing/index.js';

describe('spans apart from article JSON', () => {
  it('gives back exactly the JSON, spans in any order and of any size', () => {
    const json = JSON.stringify({
      text: 'Invented text with "start" and {"start":1} inside it \u0001',
      spans: [
        { start: 90_000, end: 90_004 },
        { start: 3, end: 3 },
        { start: 2 ** 40, end: 2 ** 40 + 7 },
      ],
      other: { start: 1, end: 2, kind: 'not a bare span' },
    });
    const { marked, numbers } = separateSpans(json);
    expect(marked.split('\u0001')).toHaveLength(4);
    expect(restoreSpans(marked, numbers)).toBe(json);
  });

  it('keeps numbers small: a few bytes a span', () => {
    const json = JSON.stringify(syntheticArticle(5));
    const { marked, numbers } = separateSpans(json);
    const spans = marked.split('\u0001').length - 1;
    expect(spans).toBeGreaterThan(10);
    expect(numbers.length).toBeLessThan(spans * 4);
    expect(restoreSpans(marked, numbers)).toBe(json);
  });
});
