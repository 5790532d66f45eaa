import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';

// Invented headlines.
describe('headline', () => {
  it('a short name and a colon opening the article name who speaks', () => {
    const [quote] = read("Ruiz: Ferry Fares Won't Rise Before Spring.\n\nThe board met on Monday.");
    expect(quote).toMatchObject({
      rule: 'headline',
      source: 'Ruiz',
      cue: ':',
      content: ["Ferry Fares Won't Rise Before Spring"],
    });
  });

  it('a role before the colon speaks, and whom or where it spoke to stays out of the name', () => {
    const role = read('Harbour chief: Fares will rise in May\n\nThe board met on Monday.')[0];
    expect(role).toMatchObject({ source: 'Harbour chief', content: ['Fares will rise in May'] });
    const addressed = read(
      'Ruiz to Pilots at Harbour Meeting: The Pier Will Reopen\n\nThe board met.',
    );
    expect(addressed[0]).toMatchObject({
      source: 'Ruiz',
      cue: ':',
      content: ['The Pier Will Reopen'],
    });
    // common words before a link are a phrase, not a name
    expect(read('Back to School: What Parents Need\n\nThe board met on Monday.')).toEqual([]);
  });

  it('a Title Case verb of saying after a comma closes the headline with its speaker', () => {
    const [quote] = read(
      'Harbour Tunnel Will Open Late, Ana Ruiz Says\n\nThe board met on Monday.',
    );
    expect(quote).toMatchObject({
      rule: 'headline',
      source: 'Ana Ruiz',
      cue: 'Says',
      content: ['Harbour Tunnel Will Open Late'],
    });
  });

  it('a short name and a Title Case verb of saying open the headline', () => {
    expect(read('Ana Ruiz Says Harbour Tunnel Will Open Late\n\nThe board met.')[0]).toMatchObject({
      rule: 'headline',
      source: 'Ana Ruiz',
      cue: 'Says',
      content: ['Harbour Tunnel Will Open Late'],
    });
    // another verb before it is no name ("Defends ... Against Claims")
    expect(
      read('Ana Ruiz Defends Herself Against Claims She Lied\n\nThe board met.')[0]?.rule,
    ).not.toBe('headline');
  });

  it('a label or a phrase of common words before the colon names no speaker', () => {
    for (const line of [
      'Breaking: Harbour Tunnel Will Open Late.',
      'Trouble Under Water: The Tunnel Files.',
    ])
      expect(
        read(`${line}\n\nThe board met on Monday.`).filter((a) => a.rule === 'headline'),
      ).toEqual([]);
  });

  it('only the first line is read as a headline', () => {
    const found = read('The board met on Monday.\n\nRuiz: the fares will stay as they are.');
    expect(found.filter((a) => a.rule === 'headline')).toEqual([]);
  });
});
