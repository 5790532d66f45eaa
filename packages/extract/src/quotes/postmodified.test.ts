import { describe, expect, it } from 'vitest';
import { read } from '../../test/support/read.js';

// Invented sentences.
describe('a subject followed by a restrictive clause', () => {
  it('"who ..." after the noun: the noun phrase speaks, the clause is part of the subject', () => {
    expect(read('The pilot who refused the offer says he will sail on Monday.')[0]).toMatchObject({
      rule: 'leading',
      content: ['he will sail on Monday'],
      source: 'The pilot',
    });
    expect(read('The driver who found the wallet says it was empty.')[0]).toMatchObject({
      source: 'The driver',
      content: ['it was empty'],
    });
  });

  it('a clause ending in a pronoun or a cue of its own, and plural or group nouns', () => {
    expect(read('The pilot who met her says the ferry is late.')[0]).toMatchObject({
      source: 'The pilot',
      content: ['the ferry is late'],
    });
    // a name inside the clause is not the speaker; a name before a description still is
    expect(read('The pilot who met Ada Kemp says the ferry is late.')[0]).toMatchObject({
      source: 'The pilot',
    });
    expect(read('Tom Bell, the pilot who met Ada Kemp, says the ferry is late.')[0]).toMatchObject({
      source: 'Tom Bell, the pilot who met Ada Kemp',
    });
    expect(read('The pilots who refused the offer say the ferry is late.')[0]).toMatchObject({
      source: 'The pilots',
    });
    expect(
      read('The groups who wrote to him on Monday say the pier is "unsafe."')[0],
    ).toMatchObject({ source: 'The groups', cue: 'say' });
  });

  it('a reason inside the "who" clause is part of it: "who asked not to be named because ..."', () => {
    const found = read(
      'A witness who asked not to be named because she feared for her safety said she heard shots.',
    );
    expect(found[0]).toMatchObject({ source: 'A witness', content: ['she heard shots'] });
  });

  it('a clause of time with its own verb is inside the "who" clause: "who was at the wheel when the bus left the road"', () => {
    // invented
    const driver = read(
      'A driver who was at the wheel when a school bus left the road told a court that the brakes failed.',
    );
    expect(driver[0]).toMatchObject({ source: 'A driver', content: ['that the brakes failed'] });
    const teacher = read(
      'The teacher who found the children after the storm hit said they were calm.',
    );
    expect(teacher[0]).toMatchObject({ source: 'The teacher', content: ['they were calm'] });
    const woman = read(
      'A woman whose son was hurt when the bus crashed said the firm had been warned.',
    );
    expect(woman[0]).toMatchObject({ source: 'A woman' });
    // "when" before the cue's own subject: that subject speaks
    const mayor = read('Residents who complained left when the mayor said the meeting was over.');
    expect(mayor[0]).toMatchObject({ source: 'the mayor', content: ['the meeting was over'] });
    const wing = read(
      'Voters who stayed home after the left wing said it would boycott were blamed.',
    );
    expect(wing[0]).toMatchObject({ source: 'the left wing' });
  });

  it('a "who" clause with an auxiliary written onto its opener, or names listed inside it', () => {
    // invented
    expect(
      read("Several skippers who'd rather be fishing said the quota was too low.")[0],
    ).toMatchObject({ source: 'Several skippers', content: ['the quota was too low'] });
    expect(
      read('Several skippers who sold fish to Ana Ruiz or Tom Bell said the quota was too low.')[0],
    ).toMatchObject({ source: 'Several skippers' });
  });

  it('an infinitive inside a "who" clause leaves the clause to its opener', () => {
    expect(read('Pilots who want to close the mine said the vote was unfair.')[0]).toMatchObject({
      rule: 'leading',
      source: 'Pilots',
      content: ['the vote was unfair'],
    });
    expect(read('The pilots who hope to fly again said the vote was unfair.')[0]).toMatchObject({
      source: 'The pilots',
    });
  });

  it('an infinitive after a ranked noun: "the first pilot to cross the strait said"', () => {
    expect(
      read('The first pilot to cross the strait said the harbour will close.')[0],
    ).toMatchObject({ source: 'The first pilot', content: ['the harbour will close'] });
  });

  it('"that ..." after a group, and the head before "of": friends, a share, an amount of people', () => {
    expect(
      read('Pilot groups that have endorsed her say the board should resign.')[0],
    ).toMatchObject({
      source: 'Pilot groups',
      content: ['the board should resign'],
    });
    expect(
      read('Friends of Ms. Kemp who have seen her on the pier say that she is tired.')[0],
    ).toMatchObject({ source: 'Friends of Ms. Kemp', content: ['that she is tired'] });
    // a bare "those" names no one without its clause
    expect(
      read('Some 30 percent of those who ride the ferry said they would pay more.')[0],
    ).toMatchObject({ source: 'Some 30 percent of those who ride the ferry', cue: 'said' });
    // "one of the reasons that ..." is no one; a cue form after "many" is a noun
    expect(read('One of the reasons that the board refuses to act is cost.')).toEqual([]);
    expect(
      read('The pilots, two groups that are strong in many states - while riders wait.'),
    ).toEqual([]);
  });

  it('no subject when the cue is no main verb of the clause', () => {
    // the cue inside a prepositional phrase, and a coordinated verb after a connective
    expect(
      read('The film follows a mayor who decided against challenging the old guard.').filter(
        (a) => a.source === 'a mayor',
      ),
    ).toEqual([]);
    // an infinitive after an unranked noun is the object's purpose, not a subject
    expect(read('The board wants the pilot to explain what the plan says.')).not.toContainEqual(
      expect.objectContaining({ source: 'the pilot' }),
    );
  });

  it('"showed up" is coming, not showing', () => {
    expect(read('The mayor showed up at the pier after a long drive.')).toEqual([]);
  });

  it('a "whose" clause with a verb of its own is part of the subject', () => {
    expect(
      read('The growers whose contracts were cancelled say the new buyer is to blame.'),
    ).toMatchObject([{ rule: 'leading', cue: 'say', source: 'The growers' }]);
    expect(read('The firm whose shares were sold says the merger will go ahead.')).toMatchObject([
      { rule: 'leading', cue: 'says', source: 'The firm' },
    ]);
    // "whose lawyer said": the lawyer speaks, not the growers, with or without commas
    for (const text of [
      'The growers whose lawyer said the deal was void want compensation.',
      'The growers, whose lawyer said the deal was void, want compensation.',
    ])
      expect(read(text)).not.toContainEqual(expect.objectContaining({ source: 'The growers' }));
  });

  it('a clause may end on a preposition whose object is left out ("who voted against")', () => {
    expect(read('The trustees who voted against said the board erred.')).toMatchObject([
      { rule: 'leading', cue: 'said', source: 'The trustees', content: ['the board erred'] },
    ]);
    expect(read('Those who spoke for it said the plan was fair.')[0]).toMatchObject({
      cue: 'said',
      content: ['the plan was fair'],
    });
  });
});
