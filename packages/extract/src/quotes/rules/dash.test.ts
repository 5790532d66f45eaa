import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';

// Invented sentences.
describe('dash', () => {
  it('reads a closing dash as the speaker of a quote', () => {
    expect(read('"We need help now." \u2014 Ana Ruiz')[0]).toMatchObject({
      rule: 'dash',
      source: 'Ana Ruiz',
      content: ['We need help now.'],
    });
  });

  it('reads a name and a dash opening a quoted paragraph as its speaker', () => {
    expect(read('Ana Ruiz \u2014 "We need help now. The river is rising."')[0]).toMatchObject({
      rule: 'dash',
      source: 'Ana Ruiz',
    });
  });

  it('a dash after a report of its own signs off the dispatch: the report keeps its speaker', () => {
    // invented
    const found = read('Ann Roe said she would "find a way to fix the pier."\u2014Ivo Marr');
    expect(found.map((a) => a.rule)).not.toContain('dash');
    expect(found[0]).toMatchObject({ rule: 'leading', source: 'Ann Roe' });
  });
});
