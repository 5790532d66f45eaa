import { describe, expect, it } from 'vitest';
import {
  claimsBySource,
  groupClaimsBySource,
  groupQuotesBySpeaker,
  piecesText,
  primaryDescriptor,
  quoteText,
  quotesBySpeaker,
  sliceSpan,
  speakers,
} from './helpers.js';
import type { Article } from './schemas.js';
import { sample } from './test-support/sample.js';

const withMore = (): Article => {
  const article = structuredClone(sample);
  article.quotes.push({
    ...article.quotes[0]!,
    id: 'q2',
    kind: 'indirect',
    content: [{ start: 62, end: 82 }],
    verbatim: [],
    speakerId: null,
  });
  article.claims.push({
    id: 'c1',
    content: [{ start: 67, end: 82 }],
    cue: null,
    source: null,
    sourceId: 'e1',
    hedge: 'hedged',
    confidence: 0.5,
  });
  return article;
};

describe('helpers', () => {
  it('slices spans and joins split pieces', () => {
    expect(sliceSpan(sample.text, { start: 6, end: 14 })).toBe('Ana Ruiz');
    expect(
      piecesText('ab cd ef', [
        { start: 0, end: 2 },
        { start: 6, end: 8 },
      ]),
    ).toBe('ab … ef');
    expect(quoteText(sample, sample.quotes[0]!)).toBe('the bridge "will open in May"');
  });

  it('finds quotes and claims by entity', () => {
    const article = withMore();
    expect(quotesBySpeaker(article, 'e1').map((q) => q.id)).toEqual(['q1']);
    expect(claimsBySource(article, 'e1').map((c) => c.id)).toEqual(['c1']);
    expect(quotesBySpeaker(article, 'nobody')).toEqual([]);
  });

  it('groups quotes by speaker with the unattributed last', () => {
    const groups = groupQuotesBySpeaker(withMore());
    expect(groups.map((g) => [g.speaker?.name ?? null, g.quotes.map((q) => q.id)])).toEqual([
      ['Ana Ruiz', ['q1']],
      [null, ['q2']],
    ]);
    expect(speakers(withMore()).map((e) => e.id)).toEqual(['e1']);
  });

  it('groups claims by source', () => {
    expect(
      groupClaimsBySource(withMore()).map((g) => [g.source?.id ?? null, g.claims.length]),
    ).toEqual([['e1', 1]]);
  });
});

describe('primaryDescriptor', () => {
  it('is the first descriptor that adds something to the name', () => {
    expect(
      primaryDescriptor({
        name: 'its chief executive',
        descriptors: ['its chief executive', 'of the operator'],
      }),
    ).toBe('of the operator');
    expect(
      primaryDescriptor({ name: 'An unnamed official', descriptors: ['unnamed official'] }),
    ).toBeNull();
    expect(primaryDescriptor({ name: 'Lina Okafor', descriptors: ['mayor', 'lawyer'] })).toBe(
      'mayor',
    );
    expect(primaryDescriptor({ name: 'Lina Okafor', descriptors: [] })).toBeNull();
  });
});
