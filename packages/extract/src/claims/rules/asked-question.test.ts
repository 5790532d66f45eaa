import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';

// Invented sentences.
describe('asked-question', () => {
  it('a fronted question is a claim without a source; the answer after it is read on', () => {
    const [question, answer] = read('Asked whether she would run again, Ada Kemp said she would.');
    expect(question).toMatchObject({
      kind: 'passive',
      rule: 'asked-question',
      cue: 'Asked',
      content: ['whether she would run again'],
      source: null,
    });
    expect(answer).toMatchObject({ rule: 'leading', source: 'Ada Kemp' });
    expect(read('When asked about the ferry, Tom Bell changed the subject.')[0]).toMatchObject({
      cue: 'When asked',
      content: ['about the ferry'],
    });
  });

  it('one asked who opens a report is part of what was said: "she said Ann Roe was asked ..."', () => {
    const found = read('Tom Bell said Ann Roe was asked about the plan on Monday.');
    expect(found.map((a) => [a.rule, a.source, a.content])).toEqual([
      ['leading', 'Tom Bell', ['Ann Roe was asked about the plan on Monday']],
    ]);
  });

  it("the answer's speaker starts after the fronted question, even with no name in it", () => {
    const [, answer] = read('Asked about the toll, about half of the drivers said it was fair.');
    expect(answer).toMatchObject({
      rule: 'leading',
      source: 'about half of the drivers',
      content: ['it was fair'],
    });
  });

  it('a question after the answer, or after a passive "was asked", runs to the sentence end', () => {
    const [answer, question] = read('Ada Kemp said she would run when asked about the vote.');
    expect(answer).toMatchObject({ content: ['she would run'] });
    expect(question).toMatchObject({ cue: 'when asked', content: ['about the vote'] });
    expect(read('Tom Bell was asked how the harbour plan works.')[0]).toMatchObject({
      cue: 'was asked',
      content: ['how the harbour plan works'],
    });
  });

  it('a time, or a phrase closed by a time or a name, may come before "about"', () => {
    for (const text of [
      'Asked Tuesday about the levy, Ann Roe said she would vote for it.',
      'Asked at a briefing Monday in Kell about the levy, the mayor said it would pass.',
      'When asked by reporters on Thursday about the levy, Ann Roe said it would pass.',
    ])
      expect(read(text)[0]).toMatchObject({ rule: 'asked-question', content: ['about the levy'] });
    // "about" after a phrase of other words is what that phrase is about
    expect(read('Asked to speak on the topic about the levy, Ann Roe said no.')).not.toContainEqual(
      expect.objectContaining({ rule: 'asked-question' }),
    );
  });

  it('a request is no question', () => {
    expect(read('Tom Bell asked for help with the harbour plan.')).toEqual([]);
    expect(read('Ada Kemp was asked to leave the hall.')).toEqual([]);
  });

  it('a short phrase saying when or where may come between "asked" and the question', () => {
    const cases: Array<[string, string]> = [
      [
        'Asked on Monday whether the ferry would run, Ada Kemp said no.',
        'whether the ferry would run',
      ],
      ['Asked during the debate why he trailed, Tom Bell shrugged.', 'why he trailed'],
      [
        'Asked again what the levy would pay for, Kemp said the dam.',
        'what the levy would pay for',
      ],
    ];
    for (const [text, content] of cases)
      expect(read(text)[0]).toMatchObject({ rule: 'asked-question', content: [content] });
    expect(read('Asked by the mayor to leave, Tom Bell walked out.')).toEqual([]);
  });

  it('"when asked" after a trailing or inverted cue is read after the quote', () => {
    for (const text of [
      '"You bet I would," Ada Kemp said when asked whether she would run.',
      '"Not yet," Tom Bell told the Gazette on Friday when asked if the ferry was ready.',
    ]) {
      const [quote, question] = read(text);
      expect(quote).toMatchObject({ rule: 'trailing' });
      expect(question).toMatchObject({ rule: 'asked-question', cue: 'when asked', source: null });
    }
  });
});
