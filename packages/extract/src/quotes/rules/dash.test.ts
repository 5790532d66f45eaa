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
});
