import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';

// Invented sentences.
describe('colon-paragraph', () => {
  it('a lead-in that takes a stance introduces a paragraph in quote marks, and only that', () => {
    const quoted =
      'The comedian Perran Yeo mocked the announcement within minutes:\n"Congratulations to the council on a bus that goes nowhere."';
    expect(read(quoted).at(-1)).toMatchObject({
      rule: 'colon-paragraph',
      source: 'The comedian Perran Yeo',
      cue: 'mocked',
    });
    const plain = 'Ann Roe mocked the plan:\nThe council will build 40 homes next year.';
    expect(read(plain).map((a) => a.rule)).not.toContain('colon-paragraph');
  });

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
