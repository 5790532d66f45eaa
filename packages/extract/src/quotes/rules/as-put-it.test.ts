import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';

// Invented sentences.
describe('as-put-it', () => {
  it('reads the speaker after the verb in "as reported by X", before or after the words', () => {
    expect(
      read('As reported by the Harbour Gazette, the ferry will stop in May.')[0],
    ).toMatchObject({
      rule: 'as-put-it',
      source: 'the Harbour Gazette',
      cue: 'reported',
      content: ['the ferry will stop in May'],
    });
    expect(
      read('The ferry will stop in May, as first reported by the Harbour Gazette.')[0],
    ).toMatchObject({
      source: 'the Harbour Gazette',
      content: ['The ferry will stop in May'],
    });
    // "as" telling a time or a manner has no speaker after "by"
    expect(read('As the fares rose by a third, the riders left.')).toEqual([]);
  });

  it('"in her words", "in Ann Roe\'s words", "in the words of one pilot": the sentence is theirs', () => {
    const text = 'Ann Roe lost the vote. The plan had, in her words, become "a farce."';
    expect(read(text)[0]).toMatchObject({
      rule: 'as-put-it',
      source: 'her',
      content: ['The plan had', 'become "a farce."'],
    });
    expect(read('In Ann Roe\'s own words, the plan is "a farce."')[0]).toMatchObject({
      source: "Ann Roe's",
      content: ['the plan is "a farce."'],
    });
    expect(read('The plan was, in the words of one pilot, "a farce."')[0]).toMatchObject({
      source: 'one pilot',
    });
    // no one's words: "in other words", "chose his words"
    expect(read('In other words, the plan failed. He chose his words with care.')).toEqual([]);
  });

  it('gives the words before "was how X put it" to X', () => {
    expect(read('"We are not going anywhere," was how Ann Roe put it.')[0]).toMatchObject({
      rule: 'as-put-it',
      quoteKind: 'direct',
      source: 'Ann Roe',
      cue: 'put it',
      content: ['We are not going anywhere'],
    });
    expect(read('"The mill stays" is how the owner put it on Monday.')[0]).toMatchObject({
      source: 'the owner',
    });
    // a manner with no words before it, and "how" with no one putting anything
    expect(read('That is how the mayor put it. This was how the plan was put to work.')).toEqual(
      [],
    );
  });

  it('gives the sentence before ", as X put it." to X', () => {
    expect(read('The harbour plan is dead in the water, as Ann Roe put it.')).toEqual([
      expect.objectContaining({
        kind: 'speech',
        rule: 'as-put-it',
        quoteKind: 'indirect',
        source: 'Ann Roe',
        cue: 'put it',
        content: ['The harbour plan is dead in the water'],
      }),
    ]);
    // a time after the cue and an adverb before it are neither speaker nor content
    expect(
      read('The fair was a triumph, as Mayor Ann Roe memorably put it on Friday.')[0],
    ).toMatchObject({ source: 'Mayor Ann Roe', content: ['The fair was a triumph'] });
  });

  it('reads an aside in the middle of the sentence as a split quote', () => {
    expect(read('The deal was, as the minister put it, "a step too far."')[0]).toMatchObject({
      rule: 'as-put-it',
      quoteKind: 'mixed',
      source: 'the minister',
      content: ['The deal was', '"a step too far."'],
    });
    expect(read('The budget is, as Coun. Jo Park put it, a missed chance.')[0]).toMatchObject({
      source: 'Coun. Jo Park',
      content: ['The budget is', 'a missed chance'],
    });
  });

  it('gives what follows an opening "As X put it," to X', () => {
    expect(read('As the coach put it after the match, "we were not good enough."')).toEqual([
      expect.objectContaining({
        rule: 'as-put-it',
        quoteKind: 'direct',
        source: 'the coach',
        content: ['we were not good enough.'],
      }),
    ]);
  });

  it('reads "as X said", "as X noted" and "as X told Y" the same way', () => {
    expect(read('The pier is older than the town, as Ada Kemp noted.')[0]).toMatchObject({
      rule: 'as-put-it',
      source: 'Ada Kemp',
      cue: 'noted',
      content: ['The pier is older than the town'],
    });
    expect(read('As Tom Bell told the Courier, the ferry will stop in May.')[0]).toMatchObject({
      rule: 'as-put-it',
      source: 'Tom Bell',
      cue: 'told',
      content: ['the ferry will stop in May'],
    });
    // a time or place after the cue, auxiliaries and adverbs before it
    expect(
      read('The levy, as the mayor has often said at a meeting, is a tax on tenants.')[0],
    ).toMatchObject({
      source: 'the mayor',
      content: ['The levy', 'is a tax on tenants'],
    });
  });

  it('reads no speaker where "as" tells a time or the verb is a name', () => {
    // an object after the verb: "as" is "while", and no words are reported after the comma
    const farewell = read('As Ken Adu said goodbye to the crew, the ship left the quay.');
    expect(farewell.filter((a) => a.rule === 'as-put-it')).toEqual([]);
    expect(farewell.flatMap((a) => a.content)).not.toContain('the ship left the quay');
    // "States" is a name here, and "as in ..." names no one
    expect(read('As in the Gulf States, the night shift starts at ten.')).toEqual([]);
  });

  it('leaves other senses of "put it" and asides inside a reported clause alone', () => {
    expect(read('Fares went up as the board put it to a vote.')).toEqual([]);
    expect(read('She put it on the table, as always.')).toEqual([]);
    expect(read('Ann Roe said the plan was, as she put it, "dead".')).toEqual([
      expect.objectContaining({ rule: 'leading', source: 'Ann Roe' }),
    ]);
  });

  it('a time after the verb still leaves its clause: "As Ann Roe said Tuesday, ..."', () => {
    // invented
    expect(read('As Ann Roe said Tuesday, the ferry fares will rise.')[0]).toMatchObject({
      rule: 'as-put-it',
      source: 'Ann Roe',
      content: ['the ferry fares will rise'],
    });
    // an object of its own makes "as" tell a time
    expect(read('As Ann Roe said goodbye, the ferry left.')).toEqual([]);
  });

  it('"But as the Gazette noted, ...": a coordinator opening the sentence leaves the as-clause fronted', () => {
    const found = read(
      'But as the Gazette noted on Thursday, the mayor "has earned a few fans abroad."',
    );
    expect(found).toMatchObject([
      {
        rule: 'as-put-it',
        source: 'the Gazette',
        cue: 'noted',
        content: ['the mayor "has earned a few fans abroad."'],
      },
    ]);
    expect(read('And, as Kemp said, the pier is closed.')).toMatchObject([
      { rule: 'as-put-it', source: 'Kemp', content: ['the pier is closed'] },
    ]);
  });
});
