import { describe, expect, it } from 'vitest';
import { read, speakerNames } from '../../../test/support/read.js';
import { extract } from '../../extract.js';

// Invented sentences.
describe('inverted', () => {
  it('a comma between two words describing the speaker stays inside the phrase: "says the cheerful, soft-spoken owner"', () => {
    const text = '"We had no choice," says the cheerful, soft-spoken owner, who took over in 2019.';
    expect(read(text)[0]).toMatchObject({
      rule: 'inverted',
      source: 'the cheerful, soft-spoken owner',
      content: ['We had no choice'],
    });
    expect(read('"It was close," said the tall, silver-haired farmer.')[0]).toMatchObject({
      source: 'the tall, silver-haired farmer',
    });
    expect(speakerNames(text)).toEqual(['cheerful, soft-spoken owner']);
  });

  it('the speaker after the cue runs on through "and" to others who speak with them', () => {
    expect(read('The fare rise, said Ines Vell and others, came too soon.')[0]).toMatchObject({
      rule: 'inverted',
      source: 'Ines Vell and others',
      content: ['The fare rise', 'came too soon'],
    });
    expect(read('"We won," said Ines Vell and her lawyers.')[0]).toMatchObject({
      rule: 'inverted',
      source: 'Ines Vell and her lawyers',
    });
    // "and" that opens a clause of its own is no part of the speaker
    expect(read('"We won," said Ines Vell and her lawyers cheered.')[0]?.source).not.toBe(
      'Ines Vell and her lawyers',
    );
  });

  it('a short name in marks between a determiner and its noun stays inside the speaker', () => {
    expect(read('"We are not done," said the "Save Our Pier" group.')[0]).toMatchObject({
      rule: 'inverted',
      source: 'the "Save Our Pier" group',
      content: ['We are not done'],
    });
  });

  it('a comma after a word for the speaker still ends the phrase: "said the mayor, visibly upset"', () => {
    expect(read('"It was late," said the mayor, visibly upset.')[0]).toMatchObject({
      rule: 'inverted',
      source: 'the mayor',
    });
    // a describing word with a number after the comma is no list of describing words
    expect(read('"It was late," said the quiet, 40 residents.')[0]?.source).not.toContain('40');
  });

  it('"as" and a subject after the speaker open a clause of time: "said Tom Bell as he stood ..."', () => {
    expect(read('"It is late," said Tom Bell as he stood on the wharf.')[0]).toMatchObject({
      rule: 'inverted',
      source: 'Tom Bell',
    });
    expect(read('"It is late," said Ann Roe as the crowd cheered.')[0]).toMatchObject({
      source: 'Ann Roe',
    });
  });

  it('a nickname in marks or brackets stays inside the speaker after an inverted cue', () => {
    expect(read('"It is late," said Tom "Tug" Bell, the caretaker.')[0]).toMatchObject({
      rule: 'inverted',
      source: 'Tom "Tug" Bell',
    });
    expect(read('"It is late," said Ivo (Ike) Marsh.')[0]).toMatchObject({
      source: 'Ivo (Ike) Marsh',
    });
    expect(read('"It is late," said Terrence "T.J." Mwale.')[0]).toMatchObject({
      source: 'Terrence "T.J." Mwale',
    });
  });

  it('an abbreviation ending the speaker keeps its period before an aside: "said a spokesman for Bear Mining Inc., who ..."', () => {
    const text =
      '"We are reviewing it," said a spokesman for Bear Mining Inc., who declined to be named.';
    expect(read(text)[0]).toMatchObject({
      rule: 'inverted',
      source: 'a spokesman for Bear Mining Inc.',
      cue: 'said',
    });
    expect(
      read('"It is late," said Ann Roe of Bear Mining Ltd., who runs the mine.')[0],
    ).toMatchObject({
      source: 'Ann Roe of Bear Mining Ltd.',
    });
  });

  it('a surname that opens with its lowercase particle speaks: "said van den Bosch", "said al-Haddadin"', () => {
    const pier = '"We will rebuild the pier," said van den Bosch, the harbour master.';
    expect(read(pier)[0]).toMatchObject({ rule: 'inverted', source: 'van den Bosch' });
    expect(read('"It is late," said al-Haddadin.')[0]).toMatchObject({ source: 'al-Haddadin' });
    const named = 'Pieter van den Bosch runs the port. "It is late," said van den Bosch.';
    expect(read(named)[0]).toMatchObject({ rule: 'inverted', source: 'van den Bosch' });
  });

  it('a title and a unit may run the speaker long: "said Sgt. X of the Y Police Service\'s fraud unit."', () => {
    const [quote] = read(
      '"These callers are very convincing," said Sgt. Ada Kemp of the Eastvale Police Service\'s financial crimes unit.',
    );
    expect(quote).toMatchObject({
      rule: 'inverted',
      source: "Sgt. Ada Kemp of the Eastvale Police Service's financial crimes unit",
    });
  });

  it('trap 1, inverted cue: "It\'s over," said Ana Ruiz, the league\'s director.', () => {
    const [a] = read('"It\'s over," said Ana Ruiz, the league\'s director.');
    expect(a).toMatchObject({
      rule: 'inverted',
      source: 'Ana Ruiz',
      cue: 'said',
      content: ["It's over"],
    });
  });

  it('a role noun before a name of any shape: "said nurse Anna", "said nurse Anna de Vries"', () => {
    expect(read('"We are broke," said nurse Anna de Vries.')[0]?.source).toBe(
      'nurse Anna de Vries',
    );
    expect(read('"We are broke," said nurse Anna.')[0]?.source).toBe('nurse Anna');
    expect(read('"We are broke," said student Kayla, 15.')[0]?.source).toBe('student Kayla');
  });

  it('a name given between commas is no speaker: "The tool, called Weave, lets ..."', () => {
    expect(read('The tool, called Weave, lets users draw an app.')).toEqual([]);
    expect(read('The storm, dubbed Edwina, hit the coast on Monday.')).toEqual([]);
    expect(read('"Get out of my office," called Tom Bell.')[0]).toMatchObject({
      rule: 'inverted',
      source: 'Tom Bell',
    });
  });

  it('a verb of the manner of saying after "!" inside the marks: "We did it!" beamed Ada Kemp', () => {
    const found = read(
      '"We did it!" beamed Ada Kemp, a pilot.\n"It held," opined the Harbour Gazette.\nThe lamp beamed all night.',
    );
    expect(found.map((a) => [a.rule, a.cue, a.source, a.content[0]])).toEqual([
      ['inverted', 'beamed', 'Ada Kemp', 'We did it!'],
      ['inverted', 'opined', 'the Harbour Gazette', 'It held'],
    ]);
  });

  it("a sentence broken by the inverted cue carries on after the speaker's comma", () => {
    const found = read(
      'The plan, says Ann Roe, is doomed. The ferry was late, insists Ada Kemp, by well over an hour.',
    );
    expect(found.map((a) => [a.rule, a.source, a.content])).toEqual([
      ['inverted', 'Ann Roe', ['The plan', 'is doomed']],
      ['inverted', 'Ada Kemp', ['The ferry was late', 'by well over an hour']],
    ]);
    // words describing the speaker, or a clause of the speaker's own, are no part of it
    for (const tail of [
      ', its president.',
      ', formerly a pilot.',
      ', who ran it.',
      ', adding more.',
    ])
      expect(read(`The plan is doomed, said Ann Roe${tail}`)[0]?.content).toEqual([
        'The plan is doomed',
      ]);
  });

  it('an amount of people after the cue speaks: "said 40 riders", "said about half of ..."', () => {
    expect(read('The fare is too high, said 40 riders.')[0]).toMatchObject({
      rule: 'inverted',
      source: '40 riders',
      content: ['The fare is too high'],
    });
    expect(read('The fare is too high, said about half of the riders.')[0]).toMatchObject({
      source: 'about half of the riders',
    });
  });

  it('a cue word made a noun by its determiner is the speaker: "says a report by the agency"', () => {
    expect(
      read('"Snow is a fact of life," says a new report by the Eastvale Transit Authority.')[0],
    ).toMatchObject({
      rule: 'inverted',
      source: 'a new report by the Eastvale Transit Authority',
      cue: 'says',
      content: ['Snow is a fact of life'],
    });
    expect(read('"Snow is a fact of life," said the report.')[0]).toMatchObject({
      rule: 'inverted',
      source: 'the report',
    });
  });

  it('a clause of time after the speaker ends the reporting clause: "said Tom Vale when asked"', () => {
    const [quote] = read('"The fares will fall," said Tom Vale when asked about the budget.');
    expect(quote).toMatchObject({
      rule: 'inverted',
      source: 'Tom Vale',
      content: ['The fares will fall'],
    });
  });

  it('a relative clause describes the speaker: "said a pilot who flew the route"', () => {
    const [quote] = read('"The runway is too short," said a pilot who flew the route for years.');
    expect(quote).toMatchObject({
      rule: 'inverted',
      source: 'a pilot',
      content: ['The runway is too short'],
    });
  });

  it('a clause after the speaker with a quoted piece in it does not close the quote', () => {
    const quotes = read('"The fares will fall," said Tom Vale while "critics" waited.');
    expect(quotes.some((q) => q.rule === 'inverted')).toBe(false);
  });

  it('a phrase after the cue that ends on a verb in the past is a clause, not a speaker', () => {
    expect(
      read('Two pilots were let go, said the board cheated.').some((q) => q.rule === 'inverted'),
    ).toBe(false);
    expect(read('"We flew," said a pilot involved in the rescue.')[0]).toMatchObject({
      rule: 'inverted',
      source: 'a pilot involved in the rescue',
    });
  });

  it('inverted cue with a lower-case role before the name', () => {
    const [quote] = read('"The line opens in May," said board chair Ana Ruiz.');
    expect(quote).toMatchObject({
      rule: 'inverted',
      content: ['The line opens in May'],
      cue: 'said',
      source: 'board chair Ana Ruiz',
    });
  });

  it('inverted cue with a place inside the role before the name', () => {
    const [quote] = read('"The line opens in May," said former Norland governor Ana Ruiz.');
    expect(quote).toMatchObject({
      rule: 'inverted',
      content: ['The line opens in May'],
      source: 'former Norland governor Ana Ruiz',
    });
  });

  it('inverted cue with "of" inside a lower-case role, even where the word after it is a cue', () => {
    // "state" alone is a verb of saying; after "of" it is part of the title
    const found = read(
      '"The line opens in May," said former secretary of state Ana Ruiz, who praised the crews. "It will be busy," said the minister of finance, Tom Bell.',
    );
    expect(found.filter((a) => a.rule === 'inverted')).toMatchObject([
      { content: ['The line opens in May'], source: 'former secretary of state Ana Ruiz' },
      { content: ['It will be busy'], source: 'the minister of finance, Tom Bell' },
    ]);
  });

  it('inverted cue with a role whose field after "of" takes two words', () => {
    expect(read('"We needed this," said head of infectious diseases Ana Okoro.')[0]).toMatchObject({
      rule: 'inverted',
      source: 'head of infectious diseases Ana Okoro',
    });
  });

  it('inverted cue with a lower-case word before an abbreviated title', () => {
    const [quote] = read('"The line opens in May," said former Sen. Ana Ruiz.');
    expect(quote).toMatchObject({
      rule: 'inverted',
      content: ['The line opens in May'],
      source: 'former Sen. Ana Ruiz',
    });
  });

  it('starts the content at a dash that introduces the quoted part', () => {
    const [a] = read(
      'The talks were held at a trade fair \u2013 "an odd choice" for a summit, said the Harbour Gazette.',
    );
    expect(a).toMatchObject({
      source: 'the Harbour Gazette',
      content: ['"an odd choice" for a summit'],
    });
  });

  it('an outlet after an inverted cue is the speaker', () => {
    const [a] = read('Fares will rise again next year, said the Harbour Gazette.');
    expect(a).toMatchObject({
      quoteKind: 'indirect',
      source: 'the Harbour Gazette',
      content: ['Fares will rise again next year'],
    });
  });

  it('keeps ranks and titles with a period in an inverted speaker, without the place phrase', () => {
    expect(read('"Why now?" asked Coun. Jo Park at the meeting.')[0]).toMatchObject({
      source: 'Coun. Jo Park',
      content: ['Why now?'],
    });
  });

  it('keeps the description of an unnamed inverted speaker', () => {
    expect(read('"The fund is broke," said a professor at the university.')[0]).toMatchObject({
      source: 'a professor at the university',
    });
  });

  it('a name in apposition after the description speaks: "said the union president, Tom Vale."', () => {
    const [a] = read('"We print for anyone," said the union president, Tom Vale.');
    expect(a).toMatchObject({ rule: 'inverted', source: 'the union president, Tom Vale' });
    const [b] = read('"We print for anyone," says the founder of Dock Press, which opened in May.');
    expect(b).toMatchObject({ rule: 'inverted', source: 'the founder of Dock Press' });
  });

  it('a relative named by a first name alone after a possessive: "said Lund\'s dad, Corwin."', () => {
    const text = 'Ivo Lund draws comics. "He works hard," said Lund\'s dad, Corwin.';
    const article = extract({ text });
    const speaker = article.entities.find((e) => e.id === article.quotes[0]?.speakerId);
    expect(speaker).toMatchObject({ kind: 'person', name: 'Corwin' });
    expect(read('"We print," said his mother, Ruth.')[0]).toMatchObject({
      source: 'his mother, Ruth',
    });
    // one capitalised word after a role that is no relative is not its name
    expect(read('"Fares are high," said the mayor, Monday.')[0]).toMatchObject({
      source: 'the mayor',
    });
  });

  it('a frame after the speaker tells where it was said: "said the mayor in an interview."', () => {
    const text = 'The mayor, Ann Roe, spoke first. "No," said the mayor in an interview.';
    const article = extract({ text });
    const speaker = article.entities.find((e) => e.id === article.quotes[0]?.speakerId);
    expect(speaker?.name).toBe('Ann Roe');
    expect(read('"No," said the mayor in an interview.')[0]).toMatchObject({ source: 'the mayor' });
    expect(read('"No," wrote Ann Roe on Facebook.')[0]).toMatchObject({ source: 'Ann Roe' });
    // "on" before a topic describes the speaker: "an expert on Norland"
    expect(read('"No," said an expert on Norland.')[0]).toMatchObject({
      source: 'an expert on Norland',
    });
    // ... and a time ending the clause is when it was said
    expect(read('"No," said a spokesperson for the port on Tuesday.')[0]).toMatchObject({
      source: 'a spokesperson for the port',
    });
  });

  it('a predicate between commas is no aside: the speaker after the cue speaks', () => {
    const [a] = read('Fewer stops, and so quicker trips, would win the riders back, said Vennick.');
    expect(a).toMatchObject({ rule: 'inverted', source: 'Vennick' });
  });

  it('an interjection before a comma is no speaker with an aside', () => {
    const [quote] = read('And yes, the ferry is late again, says skipper Ivo Marr.');
    expect(quote).toMatchObject({ rule: 'inverted', source: 'skipper Ivo Marr' });
  });

  it('a participle does not invert: "The reports, citing two sources, said ..."', () => {
    const found = read('The reports, citing two sources, said the mill would close.');
    expect(found.map((a) => a.rule)).not.toContain('inverted');
    expect(found).toHaveLength(1);
    expect(found[0]!.source).toMatch(/^The reports/);
    expect(found[0]).toMatchObject({ rule: 'leading', content: ['the mill would close'] });
  });

  it('a relative clause with "that" closes an unnamed speaker\'s description', () => {
    // invented
    const [quote] = read('"We were misled," said the keeper of a kiosk that rents bikes.');
    expect(quote).toMatchObject({
      rule: 'inverted',
      source: 'the keeper of a kiosk',
      cue: 'said',
      content: ['We were misled'],
    });
  });

  it('a frame after a bracketed aside still ends the clause: "said Tom Bell (D-Ore.) in an interview"', () => {
    // invented
    const [quote] = read(
      '"I do not know what it will take," said Tom Bell (D-Ore.) in an interview.',
    );
    expect(quote).toMatchObject({
      rule: 'inverted',
      source: 'Tom Bell',
      content: ['I do not know what it will take'],
    });
  });

  it('people in the plural speak after the cue with no determiner: ", said officials."', () => {
    // invented
    expect(
      read('The ferry fares will rise, said officials, who asked not to be named.')[0],
    ).toMatchObject({
      rule: 'inverted',
      source: 'officials',
      content: ['The ferry fares will rise'],
    });
    expect(read('"The fares will rise," said local residents.')[0]).toMatchObject({
      source: 'local residents',
    });
  });
  it('"told" does not invert: whom it names is the one told, not the speaker', () => {
    expect(
      read(
        'It was no accident \u2014 Tom Bell, an aide, told the Herald that the mayor knew.',
      ).filter((a) => a.source === 'the Herald'),
    ).toEqual([]);
  });

  it('the name a described speaker goes by is part of the speaker: "known as", "named"', () => {
    const lead = 'The pier closed on Monday.\n\n';
    expect(read(lead + '"It was loud," said the pilot known as Tom.')[0]).toMatchObject({
      rule: 'inverted',
      source: 'the pilot known as Tom',
      content: ['It was loud'],
    });
    expect(
      read(lead + '"It was loud," said a pilot identified only as Ada Kemp.')[0],
    ).toMatchObject({
      source: 'a pilot identified only as Ada Kemp',
    });
    expect(read(lead + '"It was loud," said a man named Ivo Marsh.')[0]).toMatchObject({
      source: 'a man named Ivo Marsh',
    });
    // a name's suffix keeps its period before the comma of an aside; an initial inside a
    // description after the speaker is no end of the sentence
    expect(
      read(lead + '"It was loud," said Ivo Marsh Jr., a pilot for the ferry line.')[0],
    ).toMatchObject({ rule: 'inverted', source: 'Ivo Marsh Jr.', content: ['It was loud'] });
    expect(
      read(lead + '"It was loud," said Ivo Marsh Jr. (Eastvale), a ferry captain.')[0],
    ).toMatchObject({ rule: 'inverted', source: 'Ivo Marsh Jr.' });
    // a capital "A" with its period is an initial, no article
    expect(read(lead + '"It was loud," said Ivo A. Marsh, a pilot.')[0]).toMatchObject({
      rule: 'inverted',
      source: 'Ivo A. Marsh',
    });
    expect(read(lead + '"It was loud," said an aide to Ada B. Kemp.')[0]).toMatchObject({
      rule: 'inverted',
      source: 'an aide to Ada B. Kemp',
    });
    // after a determiner a cue's form is a noun inside the description
    expect(read(lead + '"It was loud," said a pilot involved in the plan.')[0]).toMatchObject({
      rule: 'inverted',
      source: 'a pilot involved in the plan',
    });
    // "named" with no name after it is the participle of a description
    expect(read(lead + '"It was loud," said a man named in the report.')[0]).toMatchObject({
      source: 'a man named',
    });
  });

  it('a document that speaks may carry a title, in marks or in capitals with a colon inside', () => {
    expect(read('The pier closed.\n\n"It was loud," said a pilot called Tom.')[0]?.source).toBe(
      'a pilot called Tom',
    );
    const lead = 'The pier closed on Monday.\n\n';
    expect(
      read(
        lead + '"Keep clear of the bar," warns a pamphlet titled Harbour Notes: Sailing in Fog.',
      )[0],
    ).toMatchObject({
      rule: 'inverted',
      // the title names the leaflet, not who speaks ("a pilot called Tom" is named so)
      source: 'a pamphlet',
      content: ['Keep clear of the bar'],
    });
    // the title ends where what follows closes the clause: here where it was handed out
    expect(
      read(
        lead +
          '"Keep clear of the bar," warns a pamphlet titled Harbour Notes: Fog at the ferry office.',
      )[0],
    ).toMatchObject({ rule: 'inverted', content: ['Keep clear of the bar'] });
    expect(
      read(
        lead +
          '"Keep clear of the bar," warns a pamphlet called "Harbour Notes" at the ferry office.',
      )[0],
    ).toMatchObject({ rule: 'inverted', content: ['Keep clear of the bar'] });
  });

  it('a role of three lower-case words may come before the name; a bare participle inverts nothing', () => {
    const lead = 'The pier closed on Monday.\n\n';
    expect(
      read(lead + '"We ran it well," said retired ferry captain Ada Kemp at the quay.')[0],
    ).toMatchObject({ rule: 'inverted', source: 'retired ferry captain Ada Kemp' });
    // "written" is no past tense: the score's makers said nothing of it
    expect(
      read(lead + 'The score is spare, written and arranged by Ivo Marsh and Ada Kemp.').filter(
        (a) => a.rule === 'inverted',
      ),
    ).toEqual([]);
  });

  it('a verb of saying opening the sentence, its speaker and an aside, then the quote', () => {
    const lead = 'The pier closed on Monday.\n\n';
    expect(read(lead + 'Said Ada Kemp, a pilot since 1990, "The quay is home."')[0]).toMatchObject({
      rule: 'inverted',
      cue: 'Said',
      source: 'Ada Kemp',
      content: ['The quay is home.'],
    });
    expect(read(lead + 'Added the harbour master: "It will open in May."')[0]).toMatchObject({
      rule: 'inverted',
      source: 'the harbour master',
    });
    // a participle opening the sentence introduces no one's quote
    expect(
      read(lead + 'Said to be the oldest pier in Norland, "the Old Quay" will close.').filter(
        (a) => a.rule === 'inverted',
      ),
    ).toEqual([]);
  });

  it('a role with "of" before the name after the verb: "said master of ceremonies Ivo Marr"', () => {
    expect(speakerNames('"Thanks for coming," said master of ceremonies Ivo Marr.')).toEqual([
      'Ivo Marr',
    ]);
  });

  it('a reason after the inverted speaker is still what was said: ", said Ada Kemp, because ..."', () => {
    const text = 'The ferry was late, said Ada Kemp, because the crew was sick.';
    expect(read(text)[0]).toMatchObject({
      rule: 'inverted',
      content: ['The ferry was late', 'because the crew was sick'],
    });
  });

  it('a name after a possessive name\'s role is who speaks: "said Rosalind Pembrook\'s rival, Tom Bell"', () => {
    expect(read('"We lost," said Ada Kemp\'s opponent, Tom Bell.')[0]).toMatchObject({
      rule: 'inverted',
      source: "Ada Kemp's opponent, Tom Bell",
    });
    // ... and after a name's possessive in -s'
    expect(read('"He never stops," said Tomas Reyes\' teammate Ivo Marr.')[0]).toMatchObject({
      rule: 'inverted',
      source: "Tomas Reyes' teammate Ivo Marr",
    });
  });

  it('a profession written as a title keeps the name whole: "said Barr. Tunde Ade", "Engr. Ada Obi said"', () => {
    expect(read('"We will act," said Barr. Tunde Ade.')[0]).toMatchObject({
      rule: 'inverted',
      source: 'Barr. Tunde Ade',
    });
    expect(read('Tom Bell disagreed. "It will be done," Engr. Ada Obi said.').at(-1)).toMatchObject(
      {
        rule: 'trailing',
        source: 'Engr. Ada Obi',
        content: ['It will be done'],
      },
    );
  });

  it('"state" before a capitalised title is the level of an office, no cue', () => {
    expect(read('Ada Kemp leads her rival, state Treasurer Lena Holt, in the race.')).toEqual([]);
  });
});
