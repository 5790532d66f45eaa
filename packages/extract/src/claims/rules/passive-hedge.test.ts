import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';

// Invented sentences.
describe('passive-hedge', () => {
  it('trap 8: anonymous sources and passives', () => {
    expect(read('Officials said the talks had failed.')[0]).toMatchObject({ source: 'Officials' });
    expect(read('It is understood that the talks failed.')[0]).toMatchObject({
      kind: 'passive',
      rule: 'passive-hedge',
      hedge: 'belief',
      cue: 'It is understood that',
      source: null,
    });
    expect(read('The mayor is said to be furious about the delay.')[0]).toMatchObject({
      kind: 'passive',
      hedge: 'hedged',
      source: null,
    });
    expect(read("It's rumoured that the mayor will resign.")[0]).toMatchObject({
      hedge: 'rumour',
      cue: "It's rumoured that",
    });
  });

  it('"known to" people or a noun is no hedge; "known to" and a verb is', () => {
    for (const text of ['The driver was known to police.', 'The driver was known to the family.'])
      expect(read(text)).toEqual([]);
    expect(read('The driver is known to have fled.')[0]).toMatchObject({
      rule: 'passive-hedge',
      cue: 'is known to',
      content: ['The driver', 'have fled'],
    });
  });

  it("a raised passive in a clause that a trailing report claims is the speaker's words", () => {
    expect(read('The road is expected to reopen on Monday, Mayor Ann Roe said.')).toMatchObject([
      { kind: 'speech', rule: 'trailing', source: 'Mayor Ann Roe' },
    ]);
    expect(read('The suspect is believed to have fled on foot, police said Friday.')).toMatchObject(
      [
        {
          kind: 'speech',
          source: 'police',
          content: ['The suspect is believed to have fled on foot'],
        },
      ],
    );
    // "do agree" is no report: the belief stays unsourced
    expect(
      read('The senator is said to back the plan, and the others do agree on it.')[0],
    ).toMatchObject({
      kind: 'passive',
      rule: 'passive-hedge',
    });
  });

  it('a subject held to be something, by no one named or by the agent after "by"', () => {
    expect(read('The transit board is widely seen as a rival of the mayor.')).toMatchObject([
      {
        kind: 'passive',
        rule: 'passive-hedge',
        hedge: 'belief',
        cue: 'is widely seen as',
        source: null,
        content: ['The transit board', 'a rival of the mayor'],
      },
    ]);
    expect(
      read('The ferry deal was seen by some as the end of the line for Ann Roe.')[0],
    ).toMatchObject({
      source: 'some',
      content: ['The ferry deal', 'the end of the line for Ann Roe'],
    });
    expect(read('Tom Bell is considered a moderate.')[0]).toMatchObject({
      cue: 'is considered',
      content: ['Tom Bell', 'a moderate'],
    });
    // in a relative clause the belief ends with the clause, and the subject still speaks
    expect(read('Tom Bell, who is seen as a moderate, said the levy would pass.')).toMatchObject([
      { rule: 'passive-hedge', content: ['who', 'a moderate'] },
      { rule: 'leading', source: 'Tom Bell', content: ['the levy would pass'] },
    ]);
    // seen doing something, considered for a post: no view is held
    expect(read('Tom Bell was seen leaving the hall.')).toEqual([]);
    expect(read('Ann Roe is considered for the post.')).toEqual([]);
  });

  it('a raised passive inside reported words starts where those words start', () => {
    const found = read('Police said the man is thought to have fled north.');
    expect(found).toContainEqual(
      expect.objectContaining({
        rule: 'leading',
        source: 'Police',
        content: ['the man is thought to have fled north'],
      }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ rule: 'passive-hedge', content: ['the man', 'have fled north'] }),
    );
  });
});
