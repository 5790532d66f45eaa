import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';
import { extract } from '../../extract.js';

// Invented sentences.
describe('colon-lead', () => {
  it('a lead-in that says words follow gives the quote to its subject in lower case, or to whom the words came from', () => {
    const cases: Array<[string, string]> = [
      [
        'In the footage, the chairman is heard scolding: "Sit down and listen to the members."',
        'the chairman',
      ],
      [
        'The harbour board had a warning for the council: "The pier will not last the winter."',
        'The harbour board',
      ],
      [
        'A review from the Dunmore Rail Trust had this verdict on the plan: "Commuters would pay the most."',
        'the Dunmore Rail Trust',
      ],
      // "put it" is a verb of saying however "put" alone reads
      ['The machinists\' union put it bluntly: "This is a betrayal."', "The machinists' union"],
    ];
    for (const [text, source] of cases)
      expect(read(text)[0]).toMatchObject({ rule: 'colon-lead', source });
  });

  it('a thing before the colon, or a lead-in with no word of saying, names no speaker', () => {
    for (const text of [
      'The menu had three items: "soup of the day, bread and cheese."',
      'The banner read: "Nobody believed in us this season at all."',
      'The harbour board put up a sign on the gate: "Gone fishing, back in an hour or two."',
    ])
      expect(read(text)[0]).toMatchObject({ rule: 'unattributed', source: null });
  });

  it('a team\'s "boss" before the name is a role: the name speaks, not the team', () => {
    const [quote] = read('Wanderers boss Kasia Hale: "I thought we deserved it."');
    expect(quote).toMatchObject({ source: 'Wanderers boss Kasia Hale' });
    const article = extract('Wanderers boss Kasia Hale: "I thought we deserved it."');
    expect(article.entities.map((e) => [e.name, e.kind])).toEqual([['Kasia Hale', 'person']]);
  });

  it('a name set off by commas after a short description is the lead-in\'s subject: "His father, X, put it simply:"', () => {
    const found = read(
      '"I miss the roofs," Ivo Marr says.\nHis father, Tom Marr, put it simply: "He is tougher than any of us."',
    );
    expect(found.map((a) => [a.rule, a.source])).toEqual([
      ['trailing', 'Ivo Marr'],
      ['colon-lead', 'Tom Marr'],
    ]);
  });

  it('the owner of the statement a lead-in names speaks: "X\'s statement read, in part:", "A reply from X:"', () => {
    const found = read(
      'Tom Bell said it was wrong.\nMinister Ada Kemp\'s statement read, in part: "The rules were followed."\nA reply from Ivo Marr came later: "We disagree."',
    );
    expect(found.map((a) => [a.rule, a.source])).toEqual([
      ['leading', 'Tom Bell'],
      ['colon-lead', "Minister Ada Kemp's"],
      ['colon-lead', 'Ivo Marr'],
    ]);
  });

  it('a lead-in ending in a colon gives the quote to the person it names', () => {
    const found = read(
      '"We will appeal," Ann Roe said.\nTom Bell put it bluntly: "The ruling is wrong."',
    );
    expect(found[1]).toMatchObject({
      rule: 'colon-lead',
      source: 'Tom Bell',
      content: ['The ruling is wrong.'],
    });
    // an aside about the speaker is no part of it (a verb written before the speaker makes
    // the lead-in an inverted cue: see inverted.test.ts)
    expect(
      read('The pier closed in May.\nAnn Roe, who grew up there: "It was home."')[0],
    ).toMatchObject({ rule: 'colon-lead', source: 'Ann Roe', content: ['It was home.'] });
    // a lead-in without a name carries on the previous speaker
    expect(
      read('"We will appeal," Ann Roe said.\nThe message was simple: "We are not done."')[1],
    ).toMatchObject({ source: 'Ann Roe', carries: true, content: ['We are not done.'] });
  });
  it("a fronted clause before the lead-in's subject is read past to its comma", () => {
    const [quote] = read(
      'When the ferry sank in 2004, Ann Roe issued a statement: "It is a sad day."',
    );
    expect(quote).toMatchObject({ rule: 'colon-lead', source: 'Ann Roe' });
    // "Or," is no clause: the subject still follows "as"
    const [ridge] = read('Or, as Ann Roe likes to put it: "We are done."');
    expect(ridge).toMatchObject({ rule: 'colon-lead', source: 'Ann Roe' });
  });

  it('a fronted "Asked about ...," is no speaker: the subject after it is', () => {
    expect(read('Asked about the vote, Ada Kemp shrugged: "Who knows?"')).toContainEqual(
      expect.objectContaining({ rule: 'colon-lead', source: 'Ada Kemp', content: ['Who knows?'] }),
    );
  });

  it('a long lead-in names its speaker in its last clause, after "when" or "as"', () => {
    const found = read(
      'The feud flared again in June when Ivo Marsh went on the harbour radio with this: "The pier is a relic. It will close in three years."',
    );
    expect(found).toEqual([expect.objectContaining({ rule: 'colon-lead', source: 'Ivo Marsh' })]);
  });

  it('a relative clause set off after the subject does not count against the lead-in', () => {
    const found = read(
      '"Workers pay," Tom Bell said. Ada Kemp, who will chair the talks on Friday, ended her memo on a hopeful note: "We will come out of this stronger."',
    );
    expect(found.at(-1)).toMatchObject({ rule: 'colon-lead', source: 'Ada Kemp' });
  });

  it('someone described before such a clause is the subject: "A senior official, who asked not to be named, was blunter:"', () => {
    const [quote] = read(
      'A senior official, who asked not to be named, was blunter: "The deal is dead."',
    );
    expect(quote).toMatchObject({ rule: 'colon-lead', source: 'A senior official' });
    // a thing before "which" says nothing
    expect(read('The report, which was released Monday, was blunt: "The deal is dead."')).toEqual(
      [],
    );
  });

  it('a role in lower case after a fronted phrase opens the subject with the name', () => {
    const [quote] = read(
      'On wages, chief executive Ada Kemp was blunt: "Our staff will get a rise."',
    );
    expect(quote).toMatchObject({ rule: 'colon-lead', source: 'chief executive Ada Kemp' });
  });
});

describe('colon-lead, spoken to', () => {
  it('"Jurors were told:", "The court heard:": the one spoken to is no speaker', () => {
    for (const text of [
      'Jurors were told: "You will regret the day you crossed me."',
      'Ann Roe was asked: "Will the ferry sail on Sunday again?"',
      'The court heard: "You will regret the day you crossed me."',
    ])
      expect(read(text).map((a) => [a.rule, a.source])).toEqual([['unattributed', null]]);
    expect(read('Ann Roe put it simply: "We will never close the pier."')[0]).toMatchObject({
      rule: 'colon-lead',
      source: 'Ann Roe',
    });
  });
});
