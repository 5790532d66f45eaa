import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';

// Invented sentences.
describe('colon-paragraph', () => {
  it('a paragraph ending "X said:" introduces the next paragraph', () => {
    const found = read('The manager continued:\n"Nobody here wants the factory to close."');
    expect(found[0]).toMatchObject({
      kind: 'speech',
      rule: 'colon-paragraph',
      source: 'The manager',
      cue: 'continued',
    });
  });
});
