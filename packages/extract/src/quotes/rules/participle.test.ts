import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';

// Invented sentences.
describe('participle', () => {
  it('a dateline is not the subject a participle cue hangs on', () => {
    const [stance, quote] = read(
      'EASTVALE — Mayor Ana Ruiz defended the budget, saying it protects jobs.',
    );
    expect(stance).toMatchObject({ kind: 'stance', content: ['the budget'] });
    expect(quote).toMatchObject({ rule: 'participle', content: ['it protects jobs'] });
    expect(quote?.source).toMatch(/Ana Ruiz/);
  });

  it('trap 15: a second cue as a participle takes the same speaker', () => {
    const found = read(
      'The minister said Tuesday that fares would rise, adding that buses would run later.',
    );
    expect(found.map((a) => [a.source, a.cue])).toEqual([
      ['The minister', 'said'],
      ['The minister', 'adding'],
    ]);
    expect(found[0]!.content).toEqual(['that fares would rise']);
  });
});
