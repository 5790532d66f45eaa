import { describe, expect, it } from 'vitest';
import { claims } from '../../test/support/read.js';

// Invented sentences.
describe('findClaims', () => {
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
});

describe('own assertions', () => {
  it('leave out the frame between a cue and what follows it', () => {
    const found = claims('Ada Kemp knows from the ferry records that the pier is unsafe.');
    expect(found.map((c) => c.rule)).toEqual(['leading']);
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

  it('holds a view of something "as" something: "see the plan as unfair" is a belief', () => {
    expect(claims('Most harbour pilots regard the new timetable as unsafe.')[0]).toMatchObject({
      cue: 'regard',
      source: 'Most harbour pilots',
      content: ['the new timetable as unsafe'],
      hedge: 'belief',
    });
    // sight, time and a noun are no view
    for (const text of [
      'Tom Bell saw the ferry as it docked.',
      'Tom Bell saw it as soon as he arrived.',
      'Her views as a pilot matter.',
    ])
      expect(claims(text).filter((c) => c.cue)).toEqual([]);
  });

  it('takes a stance on one name ("support Kemp"), but one bare word after a cue says nothing', () => {
    expect(claims('Many riders support Kemp.')[0]).toMatchObject({
      cue: 'support',
      source: 'Many riders',
      content: ['Kemp'],
    });
    expect(claims('Many riders support change.').filter((c) => c.cue)).toEqual([]);
  });
});
