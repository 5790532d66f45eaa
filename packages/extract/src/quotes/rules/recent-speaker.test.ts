import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';

// Invented paragraphs.
describe('recent-speaker', () => {
  const speaker = '"We print anything, for anyone," said Mara Quist, who runs the shop.';

  it('a quote opening a paragraph soon after a named speaker is theirs', () => {
    const found = read(
      `${speaker}\nThe shop opened in 2019 with a loan from her brother.\n"If you want the big publishers, you can go somewhere else."`,
    );
    expect(found.at(-1)).toMatchObject({
      rule: 'recent-speaker',
      source: 'Mara Quist',
      carries: true,
      content: ['If you want the big publishers, you can go somewhere else.'],
    });
  });

  it('not three paragraphs later, and not in the middle of a paragraph', () => {
    const far = read(
      `${speaker}\nThe harbour is busy.\nFerries leave hourly.\nThere is little parking.\n"This is the best summer we have had in years."`,
    );
    expect(far.at(-1)).toMatchObject({ rule: 'unattributed', source: null });
    const mid = read(
      `${speaker}\nHer deputy disagreed. "Nonsense, we will lose money all summer long."`,
    );
    expect(mid.at(-1)).toMatchObject({ rule: 'unattributed', source: null });
  });

  it('inside a paragraph, a quote after a sentence naming nobody is whoever spoke in it', () => {
    const found = read(
      `${speaker} The shop is the only one of its kind in the region. "If you want the big publishers, go elsewhere."`,
    );
    expect(found.at(-1)).toMatchObject({ rule: 'recent-speaker', source: 'Mara Quist' });
  });
});
