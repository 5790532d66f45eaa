import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';

// Invented sentences.
const LEAD = 'Officials opened the new bridge on Monday.';

describe('unlisted-verb', () => {
  it('gives a quote to the name and the verb after it, not to the sentence before', () => {
    const [smiled] = read(`${LEAD}\n"Not again," Ada Kemp smiled.`);
    expect(smiled).toMatchObject({
      kind: 'speech',
      rule: 'unlisted-verb',
      quoteKind: 'direct',
      content: ['Not again'],
      cue: 'smiled',
      source: 'Ada Kemp',
    });
  });

  it('reads the verb before the name, an apposition after it, "!" or "?" inside the marks', () => {
    const found = read(
      `${LEAD}\n"It will hold!" winked Tom Bell, a welder.\n"Who asked you?" she grinned at reporters.`,
    );
    expect(found.map((a) => [a.rule, a.cue, a.source])).toEqual([
      ['unlisted-verb', 'winked', 'Tom Bell'],
      ['unlisted-verb', 'grinned', 'she'],
    ]);
  });

  it('leaves a title, a sentence going on after the verb and a quote closing on a full stop', () => {
    const found = read(
      `${LEAD}\n"Harbour Lights," Ada Kemp directed.\n"Not again," Ada Kemp smiled and left the room.\n"Not again." Ada Kemp smiled.`,
    );
    expect(found.filter((a) => a.rule === 'unlisted-verb')).toEqual([]);
  });
});
