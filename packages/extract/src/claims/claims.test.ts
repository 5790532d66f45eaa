import { describe, expect, it } from 'vitest';
import { docFromLines } from '../document.js';
import { collectEntities } from '../entities/index.js';
import { findAttributions } from '../quotes/attribution.js';
import { sourceRequests } from '../sources.js';
import { findClaims } from './index.js';

// Invented sentences.
function claims(text: string, attributedClaimsOnly = false) {
  const doc = docFromLines(text);
  const attributions = findAttributions(doc);
  const entities = collectEntities(doc).finish(sourceRequests(attributions));
  const found = findClaims(doc, entities, attributions, { attributedClaimsOnly });
  const slice = (s: { start: number; end: number } | null) =>
    s ? text.slice(s.start, s.end) : null;
  return found.map((c) => ({
    content: c.content.map(slice),
    cue: slice(c.cue),
    source: slice(c.source),
    sourceId: c.sourceId,
    hedge: c.hedge,
    rule: c.rule,
  }));
}

describe('findClaims', () => {
  it("takes the article's own assertions from sentences with no quote", () => {
    expect(claims('The bridge opened in 1990. It carries ten thousand cars a day.')).toEqual([
      expect.objectContaining({
        content: ['The bridge opened in 1990'],
        cue: null,
        source: null,
        hedge: 'none',
        rule: 'own-assertion',
      }),
      expect.objectContaining({
        content: ['It carries ten thousand cars a day'],
        rule: 'own-assertion',
      }),
    ]);
  });

  it('leaves quotes, questions and fragments out of the own assertions', () => {
    expect(claims('"The bridge is safe," said the engineer. Is it really safe? Yes.')).toEqual([]);
  });

  it('splits a sentence between an own assertion and an "according to" claim', () => {
    const found = claims(
      'The town cleared the roads and, according to council staff, opened two shelters.',
    );
    expect(found).toEqual([
      expect.objectContaining({
        content: ['The town cleared the roads'],
        rule: 'own-assertion',
      }),
      expect.objectContaining({
        content: ['opened two shelters'],
        cue: 'according to',
        source: 'council staff',
        hedge: 'none',
      }),
    ]);
    expect(found[1]!.sourceId).not.toBeNull();
  });

  it('hedges beliefs, rumours and reported adverbs', () => {
    expect(claims('Many economists believe that the merger will fail.')[0]).toMatchObject({
      hedge: 'belief',
      source: 'Many economists',
      cue: 'believe',
    });
    expect(claims("It's rumoured that the mayor will resign.")[0]).toMatchObject({
      hedge: 'rumour',
      source: null,
      content: ['the mayor will resign'],
    });
    expect(claims('The mayor reportedly plans to resign.')[0]).toMatchObject({
      hedge: 'hedged',
      cue: 'reportedly',
      content: ['The mayor', 'plans to resign'],
    });
  });

  it('can leave the own assertions out', () => {
    expect(claims('The bridge opened in 1990. Experts fear that it is failing.', true)).toEqual([
      expect.objectContaining({ hedge: 'belief', cue: 'fear' }),
    ]);
  });
});

describe('stances', () => {
  it('keeps intentions and refusals as claims without a hedge (trap 15)', () => {
    expect(claims('The company declined to comment.')[0]).toMatchObject({
      cue: 'declined',
      source: 'The company',
      content: ['to comment'],
      hedge: 'none',
    });
    expect(claims('Residents want the ferry to run all year.')[0]).toMatchObject({
      cue: 'want',
      hedge: 'none',
    });
  });
});
