import { describe, expect, it } from 'vitest';
import { read } from '../../test/support/read.js';
import { extract } from '../extract.js';

// Invented sentences.
describe('speech attribution rules', () => {
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

  it('a fall in value is no refusal: "the index declined 0.4 per cent"', () => {
    expect(read('The Tarrow index declined 0.4 per cent to 8,112.50.')).toEqual([]);
    expect(read('Ferry revenue declined by $2 million last year.')).toEqual([]);
    expect(read('Exports declined to 3.2% of output.')).toEqual([]);
    // a refusal stays the speaker's position
    expect(read('Ada Kemp declined to comment on the sale.')[0]).toMatchObject({
      source: 'Ada Kemp',
      content: ['to comment on the sale'],
    });
  });

  it('a body recalling its own, and a confirmation of an appointee, report nothing said', () => {
    expect(read('Veldmark recalled its ambassador on Thursday.')).toEqual([]);
    // goods called back by the thousand; but a year remembered is words
    expect(read('Velmora Systems has recalled 40,000 phone chargers.')).toEqual([]);
    expect(read('Kelby Motors is recalling more than 1.2 million cars.')).toEqual([]);
    expect(read('Ann Roe recalled that the pier burned in 1998.')).toHaveLength(1);
    expect(read('The firm is recalling its pills, the company said.')[0]).toMatchObject({
      rule: 'trailing',
      content: ['The firm is recalling its pills'],
    });
    expect(
      read('The Senate voted to confirm retired Gen. Ada Okon as secretary of defense.'),
    ).toEqual([]);
    expect(read('Police confirmed the man was dead.')[0]).toMatchObject({ source: 'Police' });
    expect(read('She recalled that the winters were harder.')[0]).toMatchObject({ source: 'She' });
    // "known for", "known as": a reputation or a name
    expect(read('Ivo Marsh, best known for his television work, is a revelation.')).toEqual([]);
    expect(read('The contests known as Harvest Monday are next.')).toEqual([]);
  });

  it("a source's request about how the story names them is no quote", () => {
    expect(read('Ivo, who asked that only his first name be used, left his farm.')).toEqual([]);
    expect(read('A neighbour, who asked that her last name not be published, agreed.')).toEqual([]);
    expect(read('Ann Roe asked that the names of the victims be released.')[0]).toMatchObject({
      source: 'Ann Roe',
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

  it('trap 9: nested attribution keeps only the outermost', () => {
    const found = read('Kim said Ortiz told him the vote was rigged.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      source: 'Kim',
      content: ['Ortiz told him the vote was rigged'],
    });
  });

  it('a report holds a clause of condition or question whole: "said ... if she had told ..."', () => {
    const found = read('Tom Bell said he was unsure if Kemp had ordered the crew ashore.');
    expect(found[0]).toMatchObject({
      source: 'Tom Bell',
      content: ['he was unsure if Kemp had ordered the crew ashore'],
    });
  });

  it('words said in an aside between dashes stay inside the report around them', () => {
    const [outer, inner] = read(
      'Some pilots note that the mayor \u2014 even as she says the levy is fair \u2014 has doubts about it.',
    );
    expect(outer).toMatchObject({
      source: 'Some pilots',
      content: [
        'that the mayor \u2014 even as she says the levy is fair \u2014 has doubts about it',
      ],
    });
    expect(inner).toMatchObject({ source: 'she', content: ['the levy is fair'] });
  });

  it('a plan joined to what was said by "and" stays in it; a second speaker cuts it', () => {
    const found = read('Tom Bell says the pier is closed and the crew plans to sail at dawn.');
    expect(found[0]).toMatchObject({
      source: 'Tom Bell',
      content: ['the pier is closed and the crew plans to sail at dawn'],
    });
    expect(read('Ann Roe says repairs will take years but she expects a grant.')[0]).toMatchObject({
      content: ['repairs will take years but she expects a grant'],
    });
    expect(read('Tom Bell said the ferry was late and Ada Kemp said it was early.')).toEqual([
      expect.objectContaining({ source: 'Tom Bell', content: ['the ferry was late'] }),
      expect.objectContaining({ source: 'Ada Kemp', content: ['it was early'] }),
    ]);
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
    expect(read('Ann Roe spoke at the county show on Friday.')).toEqual([]);
    expect(read('He called his mother on Sunday.')).toEqual([]);
    // a word pointing back at an earlier statement is not what was said
    expect(read('Ann Roe disputed that.')).toEqual([]);
    // "said no" is her answer; the question before it is what she was asked
    expect(read('Asked if the ferry would run, Ann Roe said no.').map((a) => a.rule)).toEqual([
      'asked-question',
      'leading',
    ]);
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

describe('speaker phrases in news copy', () => {
  it('a quantifier standing alone for people speaks: "Some said", "Many argue"', () => {
    expect(read('Some said that the ferry should run all winter.')[0]).toMatchObject({
      source: 'Some',
      content: ['that the ferry should run all winter'],
    });
    expect(read('The pier, many argue, is unsafe.')[0]).toMatchObject({ source: 'many' });
    // one of a group just named, and the next one
    const [one, another] = read(
      'Two pilots spoke. One says the pier is unsafe. Another says it is not.',
    );
    expect(one).toMatchObject({ source: 'One', content: ['the pier is unsafe'] });
    expect(another).toMatchObject({ source: 'Another', content: ['it is not'] });
  });

  it('a pronoun with an auxiliary written onto it speaks: "She\u2019s said", "He\'s ... and says"', () => {
    expect(read('Ada Kemp spoke. She\u2019s said the port will close.')[0]).toMatchObject({
      rule: 'leading',
      source: 'She', // the pronoun alone, without the auxiliary
      content: ['the port will close'],
    });
    expect(
      read("Tom Bell spoke. He's comparing the toll to a tax and says it is wrong.")[0],
    ).toMatchObject({ rule: 'coordinated', content: ['it is wrong'] });
    // ... and resolves as the pronoun does
    const article = extract('Ada Kemp spoke on Monday. She\u2019s said the port will close.');
    const speaker = article.entities.find((e) => e.id === article.quotes[0]?.speakerId);
    expect(speaker?.name).toBe('Ada Kemp');
    // a contracted pronoun is never an entity of its own
    const names = extract('The pilots met. They\u2019ve said the port will close.').entities;
    expect(names.map((e) => e.name)).not.toContain('They\u2019ve');
  });

  it('"that" before a frame noun points at the frame: "said in that speech ..."', () => {
    expect(read('Ada Kemp said in that speech the toll would be cut.')[0]).toMatchObject({
      source: 'Ada Kemp',
      content: ['the toll would be cut'],
    });
  });

  it('"to" before a frame noun that is also a verb is an infinitive: "asked them to phone ..."', () => {
    expect(read('Tom Bell asked the crowd to phone the council.')[0]).toMatchObject({
      source: 'Tom Bell',
      content: ['to phone the council'],
    });
    expect(read('Tom Bell told the crowd to call the ferry office.')[0]).toMatchObject({
      content: ['to call the ferry office'],
    });
    // a frame still: "said to reporters"
    expect(read('Tom Bell said to reporters they would stay.')[0]).toMatchObject({
      content: ['they would stay'],
    });
  });

  it('a fronted "Amid", "Despite" or "During" phrase is no speaker', () => {
    // "Amid reports": "reports" is a noun here, and "Amid" no one who reports
    expect(read('Amid reports that the mill had been sold, Kemp says it will reopen.')).toEqual([
      expect.objectContaining({ source: 'Kemp', content: ['it will reopen'] }),
    ]);
  });

  it('a noun that could be a cue, after a determiner, ends the speaker phrase', () => {
    expect(read('The reports said the mill would close.')[0]).toMatchObject({
      source: 'The reports',
      content: ['the mill would close'],
    });
    expect(
      read('The port is quiet, and people familiar with the talks said a deal was near.')[0],
    ).toMatchObject({ source: 'people familiar with the talks', content: ['a deal was near'] });
  });

  it('a speaker described after the noun: "close to", a participle and its preposition', () => {
    expect(read('Sources close to the mayor said the budget would pass.')[0]).toMatchObject({
      source: 'Sources close to the mayor',
      content: ['the budget would pass'],
    });
    expect(read('An analyst cited in the survey said rents would rise again.')[0]).toMatchObject({
      source: 'An analyst cited in the survey',
      content: ['rents would rise again'],
    });
    expect(
      read('A letter sent to members from the Harbour Hawks said the season would start late.')[0],
    ).toMatchObject({ content: ['the season would start late'] });
  });

  it('does not take the subject of the content for a recipient', () => {
    expect(read('Experts warn the virus could spread.')[0]).toMatchObject({
      content: ['the virus could spread'],
    });
    expect(read('Officials warned the residents that the river would rise.')[0]).toMatchObject({
      content: ['that the river would rise'],
    });
  });

  it('a sentence set in brackets is read from the word after its bracket', () => {
    for (const [text, source] of [
      ['(Later she said she would "think again" about the hall.)', 'she'] as const,
      ['(On Monday the pastor said he would "think again" about the hall.)', 'the pastor'] as const,
    ]) {
      expect(read(text)[0]).toMatchObject({
        rule: 'leading',
        source,
        content: [expect.stringMatching(/^(she|he) would "think again" about the hall$/)],
      });
    }
  });
});
