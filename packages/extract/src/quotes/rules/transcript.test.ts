import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';

// Invented sentences.
describe('transcript', () => {
  it('trap 16: a transcript line names its speaker', () => {
    expect(read('SMITH: We will win the vote in March.')[0]).toMatchObject({
      rule: 'transcript',
      source: 'SMITH',
      content: ['We will win the vote in March'],
    });
  });
});
