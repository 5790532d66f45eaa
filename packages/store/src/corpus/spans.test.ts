import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restoreSpans, separateSpans, writeVarint } from './spans.js';
import { syntheticArticle } from '../testing/index.js';

/** separateSpans as first written: its output is frozen, since stored values depend on it. */
function separateSpansByExpression(json: string): { marked: string; numbers: Uint8Array } {
  const out: number[] = [];
  let previous = 0;
  const marked = json.replace(
    /\{"start":(\d+),"end":(\d+)\}/g,
    (whole, start: string, end: string) => {
      const [s, e] = [Number(start), Number(end)];
      if (String(s) !== start || String(e) !== end) return whole;
      writeVarint(s - previous, out);
      writeVarint(e - s, out);
      previous = s;
      return '\u0001';
    },
  );
  return { marked, numbers: Uint8Array.from(out) };
}

describe('spans apart from article JSON', () => {
  it('takes apart exactly the spans the regular expression it replaced took (property)', () => {
    const digits = fc.oneof(
      fc.nat().map(String),
      fc.constantFrom('', '0', '07', '12345678901234567', '10000000000000000', '1e3'),
    );
    const spanLike = fc
      .tuple(digits, digits)
      .map(([start, end]) => `{"start":${start},"end":${end}}`);
    const pieces = fc.constantFrom('{"start":', ',"end":', '}', '{', '"', 'x', '1');
    const text = fc
      .array(fc.oneof(spanLike, pieces), { maxLength: 30 })
      .map((list) => list.join(''));
    const number = fc.oneof(fc.nat(), fc.constant(2 ** 60), fc.constant(10 ** 16));
    const span = fc.record({ start: number, end: number });
    const spans = fc.array(fc.oneof(span, fc.record({ start: number, end: number, note: text })), {
      maxLength: 8,
    });
    fc.assert(
      fc.property(
        fc.oneof(
          text,
          spans.map((list) => JSON.stringify(list)),
        ),
        (json) => {
          expect(separateSpans(json)).toEqual(separateSpansByExpression(json));
        },
      ),
      { numRuns: 3000 },
    );
    const article = JSON.stringify(syntheticArticle(5));
    expect(separateSpans(article)).toEqual(separateSpansByExpression(article));
  });

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
