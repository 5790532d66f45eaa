import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from './schemas.js';
import { assertValidArticle, formatPath, validateArticle } from './validate.js';
import { validArticle } from './test-support/arbitraries.js';
import { sample } from './test-support/sample.js';

const clone = (): Article => structuredClone(sample);

describe('validateArticle', () => {
  it('accepts a well-formed article', () => {
    expect(validateArticle(sample)).toEqual({ ok: true, article: sample });
  });

  it('reports shape errors with their path', () => {
    const broken = { ...clone(), quotes: [{ ...sample.quotes[0], kind: 'shouted' }] };
    const result = validateArticle(broken);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => formatPath(p.path))).toContain('quotes[0].kind');
  });

  it('reports a span past the end of the text', () => {
    const article = clone();
    article.quotes[0]!.content[0]!.end = 500;
    const result = validateArticle(article);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual([
        expect.objectContaining({ path: ['quotes', 0, 'content', 0] }),
      ]);
  });

  it('reports empty spans, dangling ids, duplicate ids and overlapping pieces, all at once', () => {
    const article = clone();
    article.entities[0]!.mentions[0]!.span = { start: 6, end: 6 };
    article.quotes[0]!.speakerId = 'e9';
    article.quotes[0]!.content = [
      { start: 20, end: 40 },
      { start: 30, end: 50 },
    ];
    article.claims.push({
      id: 'q1',
      content: [{ start: 56, end: 82 }],
      cue: null,
      source: null,
      sourceId: 'nobody',
      hedge: 'none',
      confidence: 1,
    });
    const result = validateArticle(article);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((p) => formatPath(p.path)).sort();
    expect(paths).toEqual(
      [
        'claims[0].id',
        'claims[0].sourceId',
        'entities[0].mentions[0].span',
        'quotes[0].content[1]',
        'quotes[0].speakerId',
      ].sort(),
    );
  });

  it('reports blocks out of order', () => {
    const article = clone();
    article.blocks = [
      { kind: 'paragraph', span: { start: 40, end: 83 } },
      { kind: 'title', span: { start: 0, end: 20 } },
    ];
    const result = validateArticle(article);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual([['blocks', 1, 'span']]);
  });

  it('assertValidArticle throws a readable message', () => {
    const article = clone();
    article.quotes[0]!.channelId = 'e404';
    expect(() => assertValidArticle(article)).toThrow(
      /quotes\[0\]\.channelId: no entity has id "e404"/,
    );
  });

  it('random valid articles survive a JSON round trip and validate', () => {
    fc.assert(
      fc.property(validArticle, (article) => {
        const back = JSON.parse(JSON.stringify(article)) as unknown;
        const result = validateArticle(back);
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        expect(result.article).toEqual(article);
      }),
      { numRuns: 200 },
    );
  });

  it('a span pushed out of range is reported at its path', () => {
    fc.assert(
      fc.property(
        validArticle.filter((a) => a.quotes.length > 0),
        fc.nat(),
        (article, pick) => {
          const index = pick % article.quotes.length;
          article.quotes[index]!.content[0]!.end = article.text.length + 1;
          const result = validateArticle(article);
          expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(
              result.problems.some((p) => formatPath(p.path) === `quotes[${index}].content[0]`),
            ).toBe(true);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('a dangling speaker id is reported at its path', () => {
    fc.assert(
      fc.property(
        validArticle.filter((a) => a.quotes.length > 0),
        (article) => {
          article.quotes[0]!.speakerId = 'missing-entity';
          const result = validateArticle(article);
          expect(result.ok).toBe(false);
          if (!result.ok)
            expect(result.problems.map((p) => formatPath(p.path))).toContain('quotes[0].speakerId');
        },
      ),
      { numRuns: 100 },
    );
  });

  it('overlapping content pieces are reported at the later piece', () => {
    fc.assert(
      fc.property(
        validArticle.filter((a) => a.claims.some((c) => c.content.length > 0)),
        (article) => {
          const claim = article.claims[0]!;
          const first = claim.content[0]!;
          claim.content = [first, { start: first.start, end: first.end }];
          const result = validateArticle(article);
          expect(result.ok).toBe(false);
          if (!result.ok)
            expect(result.problems.map((p) => formatPath(p.path))).toContain(
              'claims[0].content[1]',
            );
        },
      ),
      { numRuns: 100 },
    );
  });
});
