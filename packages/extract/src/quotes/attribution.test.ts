import { describe, expect, it } from 'vitest';
import { docFromLines } from '../document.js';
import { findAttributions, type Attribution } from './attribution.js';

// Every sentence is invented. Each block tests one rule or one trap of news writing.
function read(text: string) {
  const list = findAttributions(docFromLines(text));
  const slice = (s: { start: number; end: number } | null) =>
    s ? text.slice(s.start, s.end) : null;
  return list.map((a: Attribution) => ({
    kind: a.kind,
    quoteKind: a.quoteKind,
    rule: a.rule,
    content: a.content.map(slice),
    cue: slice(a.cue),
    source: slice(a.source),
    channel: slice(a.channel),
    carries: a.carries !== null,
    hedge: a.hedge,
  }));
}

describe('speech attribution rules', () => {
  it('leading: speaker, cue, then the reported clause (indirect, mixed, direct)', () => {
    const [indirect] = read('Ann Roe said the bridge would reopen in May.');
    expect(indirect).toMatchObject({
      kind: 'speech',
      quoteKind: 'indirect',
      rule: 'indirect:leading',
      source: 'Ann Roe',
      cue: 'said',
      content: ['the bridge would reopen in May'],
    });
    const [mixed] = read('The mayor says she wants a "bold new plan" for the harbour.');
    expect(mixed).toMatchObject({
      quoteKind: 'mixed',
      source: 'The mayor',
      cue: 'says',
      content: ['she wants a "bold new plan" for the harbour'],
    });
    const [direct] = read('The coach said: "We trained hard all winter."');
    expect(direct).toMatchObject({ quoteKind: 'direct', content: ['We trained hard all winter.'] });
  });

  it('keeps "that" in the content and auxiliaries in the cue', () => {
    const [a] = read('The union has warned that the strike could last weeks.');
    expect(a).toMatchObject({
      cue: 'has warned',
      source: 'The union',
      content: ['that the strike could last weeks'],
    });
  });

  it('trap 1, inverted cue: "It\'s over," said Ana Ruiz, the league\'s director.', () => {
    const [a] = read('"It\'s over," said Ana Ruiz, the league\'s director.');
    expect(a).toMatchObject({
      rule: 'direct:inverted',
      source: 'Ana Ruiz',
      cue: 'said',
      content: ["It's over"],
    });
  });

  it('inverted cue with a lower-case role before the name', () => {
    const [quote] = read('"The line opens in May," said board chair Ana Ruiz.');
    expect(quote).toMatchObject({
      rule: 'direct:inverted',
      content: ['The line opens in May'],
      cue: 'said',
      source: 'board chair Ana Ruiz',
    });
  });

  it('whoever is told after a trailing cue is a recipient, not the content', () => {
    const [quote] = read('"We will not close a single branch," Ana Ruiz told councillors.');
    expect(quote).toMatchObject({
      rule: 'direct:trailing',
      content: ['We will not close a single branch'],
      source: 'Ana Ruiz',
      channel: null,
    });
  });

  it('leaves a wire dateline out of the content', () => {
    const [quote] = read('PORT ELSBY (CP) — The ferry will run again from Friday, officials said.');
    expect(quote).toMatchObject({
      rule: 'indirect:trailing',
      content: ['The ferry will run again from Friday'],
      source: 'officials',
    });
  });

  it('a speech verb after "and"/"but" shares the subject that opens the sentence', () => {
    const [quote] = read('Ana Ruiz welcomed the budget but said it came too late for the harbour.');
    expect(quote).toMatchObject({
      rule: 'indirect:coordinated',
      content: ['it came too late for the harbour'],
      source: 'Ana Ruiz',
    });
    // Not after a subordinate clause, and not for verbs that take no reported clause.
    expect(read('Although the board has met twice and has blamed the city, talks go on.')).toEqual(
      [],
    );
  });

  it('a named subject with an unmarked aside leads, rather than reading as an inverted cue', () => {
    const [quote] = read('Mia Lund, chief economist at the port authority, said every bit helps.');
    expect(quote).toMatchObject({
      rule: 'indirect:leading',
      content: ['every bit helps'],
      source: 'Mia Lund, chief economist at the port authority',
    });
  });

  it('a dateline is not the subject a participle cue hangs on', () => {
    const [quote] = read('EASTVALE — Mayor Ana Ruiz defended the budget, saying it protects jobs.');
    expect(quote).toMatchObject({ content: ['it protects jobs'] });
    expect(quote?.source).toMatch(/Ana Ruiz/);
  });

  it('after "told OUTLET" a subject pronoun starts the content', () => {
    const [quote] = read('Jo Kemp told the Harbour Gazette he had lost everything.');
    expect(quote).toMatchObject({
      content: ['he had lost everything'],
      channel: 'the Harbour Gazette',
      source: 'Jo Kemp',
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

  it('trailing: "...," she said. and a person quoted through an outlet', () => {
    const [a] = read(
      'The new tunnel is "a gift to the whole city", transport analyst Mia Lund told CBC.',
    );
    expect(a).toMatchObject({
      rule: 'mixed:trailing',
      source: 'transport analyst Mia Lund',
      cue: 'told',
      channel: 'CBC',
    });
  });

  it('trap 2, an aside with its own verb does not steal the speaker', () => {
    const [a] = read('Tom Bell, who replaced Jo Kay in May, said the budget was late.');
    expect(a).toMatchObject({ source: 'Tom Bell', cue: 'said', content: ['the budget was late'] });
    const [b] = read('The club chair, Ann Roe, said the pitch was flooded.');
    expect(b).toMatchObject({ source: 'Ann Roe' });
  });

  it('trap 3, a split quote is one unit in two pieces', () => {
    const found = read('"We\'re ready," she said, "but the roads aren\'t."');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      quoteKind: 'direct',
      source: 'she',
      content: ["We're ready", "but the roads aren't."],
    });
  });

  it('trap 4, a quote over several paragraphs carries its speaker into each', () => {
    const found = read(
      'Ann Roe said: "We built the hall ourselves.\n"We paid for every brick of it.\n"And we will keep it open."\nThe hall opened in 1990.',
    );
    expect(found.map((a) => a.kind)).toEqual(['speech', 'continuation', 'continuation']);
    expect(found[0]).toMatchObject({ source: 'Ann Roe' });
    expect(found.slice(1).every((a) => a.carries)).toBe(true);
  });

  it('continuation is chained over several quoted sentences', () => {
    const found = read(
      '"We won," Ann Roe said. "We trained for it all year long." "And we will do it again next year."',
    );
    expect(found.map((a) => a.kind)).toEqual(['speech', 'continuation', 'continuation']);
  });

  it('trap 5, a floating quote after a new person is not carried over', () => {
    const found = read(
      '"We will win the vote," Ann Roe said.\nHer deputy disagreed. "Nonsense, we will lose it by ten votes."',
    );
    expect(found.map((a) => a.kind)).toEqual(['speech', 'unattributed']);
  });

  it("a quote opening the sentence after a named person is theirs, not the earlier speaker's", () => {
    const found = read(
      '"We will win the vote," Ann Roe said.\nBen Lo, who chairs the board, shook his head. "We never voted on this plan at all."',
    );
    expect(found.map((a) => [a.rule, a.source])).toEqual([
      ['direct:trailing', 'Ann Roe'],
      ['direct:after-subject', 'Ben Lo'],
    ]);
  });

  it('a paragraph ending "X said:" introduces the next paragraph', () => {
    const found = read('The manager continued:\n"Nobody here wants the factory to close."');
    expect(found[0]).toMatchObject({
      kind: 'speech',
      rule: 'direct:colon-paragraph',
      source: 'The manager',
      cue: 'continued',
    });
  });

  it('trap 6: told an outlet = channel, an outlet reporting = source, told a person = recipient', () => {
    expect(read('Ann Roe told CBC the vote was close.')[0]).toMatchObject({
      source: 'Ann Roe',
      channel: 'CBC',
      content: ['the vote was close'],
    });
    expect(read('The Daily Star reported that the vote was close.')[0]).toMatchObject({
      source: 'The Daily Star',
      channel: null,
    });
    expect(read('Ann Roe told Park that the vote was close.')[0]).toMatchObject({
      channel: null,
      content: ['that the vote was close'],
    });
    expect(
      read('Ann Roe said in an interview with the Valley Herald that the vote was close.')[0],
    ).toMatchObject({ channel: 'the Valley Herald' });
  });

  it('leading with a comma: `X said, "..."` gives the quote to X', () => {
    expect(read('Ann Roe said, "The ferry will run all winter."')).toEqual([
      expect.objectContaining({
        rule: 'direct:leading',
        source: 'Ann Roe',
        content: ['The ferry will run all winter.'],
      }),
    ]);
    expect(read('On Monday, she added, "We thank every passenger."')[0]).toMatchObject({
      source: 'she',
      content: ['We thank every passenger.'],
    });
    // a quote before the speaker keeps the split reading: one unit in two pieces
    expect(read('"The ferry is safe," Ann Roe said, "and it runs on time."')[0]).toMatchObject({
      rule: 'direct:trailing',
      content: ['The ferry is safe', 'and it runs on time.'],
    });
  });

  it('trailing: a circumstance after the cue is not content, a participle after it is', () => {
    expect(read('"Not yet," Ann Roe said when asked about the vote.')).toEqual([
      expect.objectContaining({ rule: 'direct:trailing', source: 'Ann Roe', content: ['Not yet'] }),
    ]);
    expect(read('"We will appeal," Ann Roe said outside the courthouse.')[0]).toMatchObject({
      rule: 'direct:trailing',
      content: ['We will appeal'],
    });
    expect(
      read('"Fares are falling," Ann Roe said Thursday, adding that ridership was up.'),
    ).toEqual([
      expect.objectContaining({ rule: 'direct:trailing', content: ['Fares are falling'] }),
      expect.objectContaining({
        rule: 'indirect:participle',
        source: 'Ann Roe',
        content: ['that ridership was up'],
      }),
    ]);
  });

  it('a lead-in ending in a colon gives the quote to the person it names', () => {
    const found = read(
      '"We will appeal," Ann Roe said.\nTom Bell put it bluntly: "The ruling is wrong."',
    );
    expect(found[1]).toMatchObject({
      rule: 'direct:colon-lead',
      source: 'Tom Bell',
      content: ['The ruling is wrong.'],
    });
    // a lead-in without a name carries on the previous speaker
    expect(
      read('"We will appeal," Ann Roe said.\nThe message was simple: "We are not done."')[1],
    ).toMatchObject({ source: 'Ann Roe', carries: true, content: ['We are not done.'] });
  });

  it('a quote running over paragraphs is said by whoever is named where it ends', () => {
    const found = read(
      '"The ferry runs on time," Tom Bell said.\n"We start the new timetable on Monday.\n"Then we will see," Ann Roe said.',
    );
    expect(found[1]).toMatchObject({
      rule: 'direct:runs-on',
      source: 'Ann Roe',
      content: ['We start the new timetable on Monday.'],
    });
  });

  it('a name in apposition after a plural possessive role is the speaker, after a fronted phrase too', () => {
    expect(read("The riders' lawyer, Tomas Hale, said the fares were unfair.")[0]).toMatchObject({
      source: 'Tomas Hale',
      content: ['the fares were unfair'],
    });
    expect(
      read(
        "Speaking on the Morning Tide show, the riders' lawyer, Tomas Hale, said the fares were unfair.",
      )[0],
    ).toMatchObject({ source: 'Tomas Hale' });
    expect(read("The teachers' union said the deal was fair.")[0]).toMatchObject({
      source: "The teachers' union",
    });
  });

  it("a programme title in marks after an outlet's name is where it was said, not a quote", () => {
    const said = read(
      '"The harbour will stay open," Ann Roe said Sunday on CBC\'s "Morning Tide."',
    );
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ content: ['The harbour will stay open'], source: 'Ann Roe' });
    const told = read('Ann Roe told CBC\'s "Morning Tide" that the harbour would stay open.');
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      quoteKind: 'indirect',
      source: 'Ann Roe',
      content: ['that the harbour would stay open'],
    });
  });

  it('trap 7: organisations, artifacts and pronouns as sources', () => {
    expect(read('Police said the road was closed.')[0]).toMatchObject({ source: 'Police' });
    expect(read('A new study found that sleep improves memory.')[0]).toMatchObject({
      kind: 'evidence',
      source: 'A new study',
    });
    expect(read('The council met on Friday. It said the plan was final.')[0]).toMatchObject({
      source: 'It',
    });
  });

  it('trap 8: anonymous sources and passives', () => {
    expect(read('Officials said the talks had failed.')[0]).toMatchObject({ source: 'Officials' });
    expect(read('It is understood that the talks failed.')[0]).toMatchObject({
      kind: 'passive',
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

  it('trap 9: nested attribution keeps only the outermost', () => {
    const found = read('Kim said Ortiz told him the vote was rigged.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      source: 'Kim',
      content: ['Ortiz told him the vote was rigged'],
    });
  });

  it('two attributions joined by a connective are both kept', () => {
    const found = read(
      'The ministry said exports were at a record high, while Lund said prices "are falling fast".',
    );
    expect(found.map((a) => a.source)).toEqual(['The ministry', 'Lund']);
    expect(found[0]!.content).toEqual(['exports were at a record high']);
  });

  it('trap 10: non-speech senses of cue words', () => {
    expect(read('All told, the repairs cost millions of dollars.')).toEqual([]);
    expect(read('The kit offers added value to buyers.')).toEqual([]);
    expect(read('It is hard to tell what happened next.')).toEqual([]);
    expect(read('The project went according to plan.')).toEqual([]);
    expect(read('Several border states could see snow this week.')).toEqual([]);
    expect(read('He called his mother on Sunday.')).toEqual([]);
    // a word pointing back at an earlier statement is not what was said
    expect(read('Ann Roe disputed that.')).toEqual([]);
    expect(read('Asked if the ferry would run, Ann Roe said no.')).toEqual([]);
  });

  it('an amount keeps its currency sign', () => {
    expect(read('Ann Roe said $80 million would be spent.')[0]).toMatchObject({
      content: ['$80 million would be spent'],
    });
  });

  it('trap 11: time words are not speakers', () => {
    expect(read('Officials on Monday said the bridge would reopen.')[0]).toMatchObject({
      source: 'Officials',
    });
    expect(read('"The bridge will reopen," said the mayor on Tuesday.')[0]).toMatchObject({
      source: 'the mayor',
    });
  });

  it('trap 12: a mixed quote with a weak cue, and no quote from a title in marks', () => {
    expect(read('The senator called the plan "dead on arrival."')[0]).toMatchObject({
      quoteKind: 'mixed',
      cue: 'called',
    });
    expect(read('She appeared on "Meet the Press" on Sunday.')).toEqual([]);
  });

  it('trap 13: apostrophes make no quotes', () => {
    expect(
      read("The Smiths' house was built in the '90s and Canada's team said they're pleased.")[0],
    ).toMatchObject({ quoteKind: 'indirect', source: "Canada's team" });
  });

  it('trap 14: titles and initials stay in the speaker', () => {
    expect(read('Dr. Jane Roe said the ward was full.')[0]).toMatchObject({
      source: 'Dr. Jane Roe',
    });
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

  it('trap 16: a transcript line names its speaker', () => {
    expect(read('SMITH: We will win the vote in March.')[0]).toMatchObject({
      rule: 'indirect:transcript',
      source: 'SMITH',
      content: ['We will win the vote in March'],
    });
  });

  it('belief verbs make belief attributions and "according to" makes a sourced claim', () => {
    expect(read('Many economists believe that the merger will fail.')[0]).toMatchObject({
      kind: 'belief',
      source: 'Many economists',
      cue: 'believe',
    });
    const found = read(
      'The town cleared the roads and, according to council staff, opened two shelters.',
    );
    expect(found[0]).toMatchObject({
      kind: 'according',
      source: 'council staff',
      cue: 'according to',
      content: ['opened two shelters'],
    });
    expect(read('The dam cost millions, according to the council.')[0]).toMatchObject({
      content: ['The dam cost millions'],
    });
    // a time after the source ends the sentence; it is not the content
    expect(read('Waits grew, according to figures released Tuesday.')[0]).toMatchObject({
      content: ['Waits grew'],
    });
    // a prepositional phrase up to the comma still names the source
    expect(
      read('According to a filing from the port authority, the dam cost millions.')[0],
    ).toMatchObject({
      source: 'a filing from the port authority',
      content: ['the dam cost millions'],
    });
  });

  it('never throws and stays linear on hostile text', () => {
    const hostile = [
      '"'.repeat(5000),
      'Said said said, '.repeat(3000),
      '\u201c\u201d\u2018\u2019\u00ab'.repeat(2000),
      'A '.repeat(40000),
    ].join('');
    expect(() => read(hostile)).not.toThrow();
    expect(() => read('')).not.toThrow();
  });
});

describe('frames and "according to" quotes', () => {
  it('skips a frame that names the medium before the content', () => {
    expect(read('Sarah Lee said in an email that the depot is closed.')[0]).toMatchObject({
      source: 'Sarah Lee',
      content: ['that the depot is closed'],
    });
    expect(read('"It is a tough winter," Ken Wold said in an interview.')[0]).toMatchObject({
      rule: 'direct:trailing',
      source: 'Ken Wold',
    });
  });

  it('reads a phrase that closes the reporting clause as a frame', () => {
    expect(read('"It will never work," she said of the plan.')[0]).toMatchObject({
      rule: 'direct:trailing',
      source: 'she',
    });
  });

  it('makes quoted words "according to" someone their quote, unquoted ones a claim', () => {
    expect(
      read('"The roads stay closed until spring," according to the ministry.')[0],
    ).toMatchObject({ kind: 'speech', source: 'the ministry' });
    expect(read('According to police, the driver fled on foot.')[0]).toMatchObject({
      kind: 'according',
      source: 'police',
    });
  });

  it('shares the speaker with a second verb that has no subject', () => {
    const found = read('Ann Roe says the mill will stay open and said the union agreed.');
    expect(found.map((a) => [a.source, a.cue, a.rule])).toEqual([
      ['Ann Roe', 'says', 'indirect:leading'],
      ['Ann Roe', 'said', 'indirect:coordinated'],
    ]);
  });

  it('reads a possessive with a noun cue as a sourced claim', () => {
    expect(read("The mayor's claim that the bridge is safe was false.")[0]).toMatchObject({
      kind: 'evidence',
      cue: 'claim',
      source: "The mayor's",
    });
  });
});

describe('speaker phrases in news copy', () => {
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

  it('reads a closing dash as the speaker of a quote', () => {
    expect(read('"We need help now." \u2014 Ana Ruiz')[0]).toMatchObject({
      rule: 'direct:dash',
      source: 'Ana Ruiz',
      content: ['We need help now.'],
    });
  });

  it('reads a name and a dash opening a quoted paragraph as its speaker', () => {
    expect(read('Ana Ruiz \u2014 "We need help now. The river is rising."')[0]).toMatchObject({
      rule: 'direct:dash',
      source: 'Ana Ruiz',
    });
  });

  it('does not take the subject of the content for a recipient', () => {
    expect(read('Experts warn the virus could spread.')[0]).toMatchObject({
      content: ['the virus could spread'],
    });
    expect(read('Officials warned the residents that the river would rise.')[0]).toMatchObject({
      content: ['that the river would rise'],
    });
  });
});
