import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';

// Invented sentences.
describe('coordinated', () => {
  it('a place and its region set off by commas in an opening phrase are no subject: "In Eastvale, Oregon, the governor ..."', () => {
    // invented
    expect(
      read(
        'At a fair in Eastvale, Oregon, Ana Ruiz toured the stalls and explained that prices had doubled.',
      )[0],
    ).toMatchObject({ rule: 'coordinated', source: 'Ana Ruiz' });
    expect(
      read('In Eastvale, Oregon, the governor visited the plant and said it would stay open.')[0],
    ).toMatchObject({ source: 'the governor', content: ['it would stay open'] });
    // a second phrase after the region is passed over too
    expect(
      read(
        'At a rally in Eastvale, Oregon, on Sunday, Ana Ruiz defended the levy, arguing it would pay for schools.',
      ).find((q) => q.rule === 'participle'),
    ).toMatchObject({ rule: 'participle', source: 'Ana Ruiz' });
    expect(
      read('At the hearing, in which Tom Bell testified, the judge said the case would go on.')[0],
    ).toMatchObject({ source: 'the judge' });
  });

  it('a second verb of saying or of manner before its quote takes the subject, in lower case too', () => {
    const cases: Array<[string, string, string]> = [
      [
        'The coach hugged his captain and then shouted, "Nobody believed in us."',
        'shouted',
        'The coach',
      ],
      ['The coach hugged his captain and boomed, "Nobody believed in us."', 'boomed', 'The coach'],
      [
        'The harbour board met twice and then said, "The pier stays shut."',
        'said',
        'The harbour board',
      ],
    ];
    for (const [text, cue, source] of cases)
      expect(read(text)[0]).toMatchObject({ rule: 'coordinated', cue, source });
    // a thing as the subject, or a manner verb with no quote after it, gives no speaker
    const [storm] = read('The storm hit the pier and then roared, "all night long" as locals say.');
    expect(storm?.source ?? null).not.toBe('The storm');
    expect(read('The coach hugged his captain and then shouted at the referee.')).toEqual([]);
  });

  it('a common word capitalised to open the sentence is part of the subject: "Former officers ... and said"', () => {
    const cases: Array<[string, string]> = [
      [
        'Former officers chafed at the questions and said seeking help was right.',
        'Former officers',
      ],
      ['Local residents packed the hall and said that the levy was unfair.', 'Local residents'],
    ];
    for (const [text, source] of cases)
      expect(read(text)[0]).toMatchObject({ rule: 'coordinated', source });
    // a pronoun and its adverb are no adjective and noun, and a name stays a name
    expect(read('He also toured the mill, saying the plant would stay open.')[0]?.source).toBe(
      'He',
    );
    expect(read('Rose chafed at the questions and said seeking help was right.')[0]).toMatchObject({
      source: 'Rose',
    });
  });

  it('inside a clause framing the sentence, its own subject, and its words end at the comma', () => {
    const found = read(
      'When Ada Kemp thanked the crew and said the pier would reopen, a fisherman at the back jeered.',
    );
    expect(found.map((a) => [a.rule, a.source, a.content])).toEqual([
      ['coordinated', 'Ada Kemp', ['the pier would reopen']],
    ]);
  });

  it('the shared subject follows a fronted time or adverb, which is never the speaker', () => {
    const [year] = read("Last year, he brushed off the mayor's remarks and said they were a joke.");
    expect(year).toMatchObject({ rule: 'coordinated', source: 'he' });
    const soon = read('Soon after the vote, the guild hit back and said the levy was unfair.');
    expect(soon.find((a) => a.rule === 'coordinated')?.source).toBe('the guild');
  });

  it('a noun phrase after the second verb names a thing: "scored once and added an assist"', () => {
    expect(read('Captain Ivo Marr scored once and added an assist.')).toEqual([]);
    expect(read('Ivo Marr toured the mill and said the plant would stay open.')[0]).toMatchObject({
      rule: 'coordinated',
      source: 'Ivo Marr',
    });
  });

  it('a speech verb after "and"/"but" shares the subject that opens the sentence', () => {
    // the stance on the budget is a claim of its own; the quote follows it
    const [stance, quote] = read(
      'Ana Ruiz welcomed the budget but said it came too late for the harbour.',
    );
    expect(stance).toMatchObject({ kind: 'stance', content: ['the budget'] });
    expect(quote).toMatchObject({
      rule: 'coordinated',
      content: ['it came too late for the harbour'],
      source: 'Ana Ruiz',
    });
    // Not after a subordinate clause, and not for verbs that take no reported clause.
    expect(read('Although the board has met twice and has blamed the city, talks go on.')).toEqual(
      [],
    );
  });

  it('a quantifier opening the sentence runs on through its people noun to the verb', () => {
    // "retired" is an adjective here, not the verb that would leave "Several" the subject
    expect(
      read('Several retired pilots chafed at the ruling and said flying at night was safe.'),
    ).toContainEqual(
      expect.objectContaining({
        rule: 'coordinated',
        source: 'Several retired pilots',
        content: ['flying at night was safe'],
      }),
    );
  });

  it('finds the subject after a question put to it at the start of the sentence', () => {
    const found = read(
      'Asked whether the ferry would run on Sunday, Ada Kemp shook her head and said, "No."',
    );
    expect(found.at(-1)).toMatchObject({
      rule: 'coordinated',
      source: 'Ada Kemp',
      cue: 'said',
      content: ['No.'],
    });
  });

  it('shares the speaker with a second verb that has no subject', () => {
    const found = read('Ann Roe says the mill will stay open and said the union agreed.');
    expect(found.map((a) => [a.source, a.cue, a.rule])).toEqual([
      ['Ann Roe', 'says', 'leading'],
      ['Ann Roe', 'said', 'coordinated'],
    ]);
  });

  it('a quote after the second verb\'s comma is what it reports; the first content ends at "and"', () => {
    const [shook] = read('Tom Bell smiled and said, "Not this year."');
    expect(shook).toMatchObject({
      rule: 'coordinated',
      content: ['Not this year.'],
      source: 'Tom Bell',
    });
    const [first, second] = read('Ann Roe says the plan works and added, "We tested it."');
    expect(first).toMatchObject({ quoteKind: 'indirect', content: ['the plan works'] });
    expect(second).toMatchObject({ rule: 'coordinated', quoteKind: 'direct', source: 'Ann Roe' });
  });

  it('a stance verb after "and" takes the same subject: a claim, never a quote', () => {
    const [tariffs] = read('Tom Bell toured the mill and called for new tariffs on steel.');
    expect(tariffs).toMatchObject({
      rule: 'coordinated',
      kind: 'stance',
      cue: 'called for',
      content: ['new tariffs on steel'],
      source: 'Tom Bell',
    });
    // the first content ends where the second verb takes over
    const [quote, stance] = read('Ada Kemp said she would run and criticized the party leaders.');
    expect(quote).toMatchObject({ content: ['she would run'], source: 'Ada Kemp' });
    expect(stance).toMatchObject({ kind: 'stance', content: ['the party leaders'] });
    // a noun after "and" is no verb; a fronted word is no subject
    expect(read('The report covers jobs and support for the harbour plan.')).toEqual([]);
    expect(read('Likewise, the board met and praised the new harbour plan.')).toEqual([]);
  });

  it('a second verb of saying that names a thing reports no words ("and answers letters")', () => {
    const found = read('Ann Roe says the ferry is late and answers reader letters every week.');
    expect(found.map((a) => [a.cue, a.rule])).toEqual([['says', 'leading']]);
  });
  it('a naming verb after "and" reports words when it quotes them', () => {
    expect(
      read(
        'Ada Kemp stepped up to the lectern in Eastvale and called the contract "a leaking bucket."',
      ),
    ).toMatchObject([
      { rule: 'coordinated', content: ['the contract "a leaking bucket."'], source: 'Ada Kemp' },
    ]);
    expect(
      read('Ada Kemp stepped up to the lectern in Eastvale and called the contract a mess.'),
    ).toEqual([]);
  });

  it('a time between "but" and the second verb is read past ("but on Tuesday said")', () => {
    expect(
      read('Ada Kemp opposed the levy but on Tuesday said that it could stay.'),
    ).toContainEqual(
      expect.objectContaining({
        rule: 'coordinated',
        source: 'Ada Kemp',
        content: ['that it could stay'],
      }),
    );
  });

  it('more verbs of saying share the subject when a clause follows, not a thing', () => {
    expect(
      read('Ann Roe toured the docks and announced she would run for mayor.')[0],
    ).toMatchObject({
      rule: 'coordinated',
      source: 'Ann Roe',
      cue: 'announced',
      content: ['she would run for mayor'],
    });
    // a thing announced or explained is no reported clause
    for (const text of [
      'Ann Roe toured the docks and announced plans for a new pier.',
      'Ann Roe toured the pier and explained its history.',
    ])
      expect(read(text).filter((a) => a.rule === 'coordinated')).toEqual([]);
    // a fronted participle is no subject; the name after its comma is
    expect(
      read('Waving at the crowd, Ann Roe toured the pier and promised to keep it open.'),
    ).not.toContainEqual(expect.objectContaining({ source: 'Waving' }));
  });

  it('a reported clause after an intransitive first verb takes a subject in lower case', () => {
    expect(
      read('The goalkeeper smiled and conceded that the second goal was his fault.'),
    ).toMatchObject([
      {
        rule: 'coordinated',
        cue: 'conceded',
        source: 'The goalkeeper',
        content: ['that the second goal was his fault'],
      },
    ]);
    expect(read('The harbour pilots shrugged and said the tide tables were wrong.')).toMatchObject([
      { rule: 'coordinated', cue: 'said', source: 'The harbour pilots' },
    ]);
    // a thing names no one, and a clause set off inside the subject leaves it unread
    expect(read('The ferry sailed late and announced that the pier was shut.')).toEqual([]);
    const levy = read(
      'The levy and how it passed reveal much about the guild, which set it in May - and says it cannot lower it.',
    );
    expect(levy).not.toContainEqual(expect.objectContaining({ source: 'The levy and how it' }));
  });

  it('a name given to the subject by a participle is part of it ("a nurse named ...")', () => {
    expect(read('A nurse named Ines Ruiz came in and said the ward was full.')).toMatchObject([
      { rule: 'coordinated', cue: 'said', source: 'A nurse named Ines Ruiz' },
    ]);
  });
});
