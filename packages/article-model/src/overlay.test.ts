import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlay } from './overlay.js';
import { sample } from './test-support/sample.js';
import { validArticle } from './test-support/arbitraries.js';

describe('overlay', () => {
  it('cuts the text into runs carrying the annotations over them', () => {
    const runs = overlay(sample, { include: ['quote', 'mention'] });
    expect(runs.map((r) => r.text).join('')).toBe(sample.text);
    const at = (offset: number) => runs.find((r) => r.start <= offset && offset < r.end)!;
    expect(at(7).annotations).toEqual(
      expect.arrayContaining([
        { type: 'mention', entityId: 'e1', form: 'name' },
        { type: 'quote', quoteId: 'q1', speakerId: 'e1', kind: 'mixed', part: 'source' },
      ]),
    );
    expect(at(16).annotations).toEqual([
      { type: 'quote', quoteId: 'q1', speakerId: 'e1', kind: 'mixed', part: 'cue' },
    ]);
    const parts = at(35)
      .annotations.map((a) => (a.type === 'quote' ? a.part : a.type))
      .sort();
    expect(parts).toEqual(['content', 'verbatim']);
    expect(at(70).annotations).toEqual([]);
  });

  it('leaves out annotation types that are not asked for', () => {
    const runs = overlay(sample, { include: ['block'] });
    expect(runs.every((run) => run.annotations.every((a) => a.type === 'block'))).toBe(true);
  });

  it('an empty text gives no runs', () => {
    expect(overlay({ ...sample, text: '', blocks: [], entities: [], quotes: [] })).toEqual([]);
  });

  it('runs are ordered, disjoint, cover the text, and each annotation lies inside its span', () => {
    fc.assert(
      fc.property(validArticle, (article) => {
        const runs = overlay(article);
        expect(runs.map((r) => r.text).join('')).toBe(article.text);
        runs.forEach((run, i) => {
          expect(run.start).toBeLessThan(run.end);
          if (i > 0) expect(run.start).toBe(runs[i - 1]!.end);
        });
        for (const run of runs) {
          for (const a of run.annotations) {
            if (a.type !== 'quote' || a.part !== 'content') continue;
            const quote = article.quotes.find((q) => q.id === a.quoteId)!;
            expect(quote.content.some((p) => p.start <= run.start && run.end <= p.end)).toBe(true);
          }
        }
        // Every quote content piece is fully covered by runs that say so.
        for (const quote of article.quotes) {
          for (const piece of quote.content) {
            const covered = runs
              .filter((r) =>
                r.annotations.some(
                  (a) => a.type === 'quote' && a.quoteId === quote.id && a.part === 'content',
                ),
              )
              .filter((r) => r.start >= piece.start && r.end <= piece.end)
              .reduce((sum, r) => sum + (r.end - r.start), 0);
            expect(covered).toBe(piece.end - piece.start);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
