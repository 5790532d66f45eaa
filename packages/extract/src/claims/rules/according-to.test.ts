import { describe, expect, it } from 'vitest';
import { claims, read } from '../../../test/support/read.js';
import { extract } from '../../extract.js';

// Invented sentences.
describe('according-to', () => {
  it('makes quoted words "according to" someone their quote, unquoted ones a claim', () => {
    expect(
      read('"The roads stay closed until spring," according to the ministry.')[0],
    ).toMatchObject({ kind: 'speech', rule: 'according-to', source: 'the ministry' });
    expect(read('According to police, the driver fled on foot.')[0]).toMatchObject({
      kind: 'according',
      source: 'police',
    });
  });

  it('opening the sentence, a name after a role or a role after a name, set off by commas, is the source too', () => {
    for (const text of [
      "According to the food bank's director, Paul Nkemelu, demand has doubled.",
      'According to Paul Nkemelu, the director, demand has doubled.',
      'According to a spokeswoman for the food bank, Lena Holt, demand has doubled.',
      'According to Paul Nkemelu, a senior fellow at the Vell Institute, demand has doubled.',
      'According to the Harbour Safety Board (HSB), demand has doubled.',
    ])
      expect(read(text)[0]).toMatchObject({
        rule: 'according-to',
        content: ['demand has doubled'],
      });
    // ... and what follows is no description of the name
    const t =
      'According to a spokeswoman for the campaign, Lena Holt, the senator raised $6 million.';
    expect(extract(t).entities.find((e) => e.name === 'Lena Holt')?.descriptors).toEqual([
      'spokeswoman for the campaign',
    ]);
    // a name after a writing, with a role of its own, is the subject of the claim
    expect(
      read('According to a summary of the inquiry, Ann Roe, a top aide, sent the email.')[0]
        ?.content,
    ).toEqual(['Ann Roe, a top aide, sent the email']);
    // ... and a role that opens the claim is its subject
    expect(read('According to Paul Nkemelu, the director resigned.')[0]?.content).toEqual([
      'the director resigned',
    ]);
  });

  it('opening the sentence, a source going on with its time, "by" or "and" runs to the comma', () => {
    const found = read(
      'According to a report released last week by the harbour board, repairs will cost more.\nAccording to the book and the film, the crew jumped.\nAccording to police the driver fled on foot, leaving the car.',
    );
    expect(found.map((a) => [a.source, a.content])).toEqual([
      ['a report released last week by the harbour board', ['repairs will cost more']],
      ['the book and the film', ['the crew jumped']],
      ['police', ['the driver fled on foot, leaving the car']],
    ]);
  });

  it("inside a bracket, the claim is the bracket's words, and a quote open before ends there", () => {
    const found = read(
      'Tom Bell said most ferries were late (fewer than a tenth were, according to the board).',
    );
    expect(found.map((a) => [a.rule, a.source, a.content])).toEqual([
      ['leading', 'Tom Bell', ['most ferries were late']],
      ['according-to', 'the board', ['fewer than a tenth were']],
    ]);
  });

  it('after a colon opens a sentence; words after a dash remark on the clause before', () => {
    expect(
      read(
        'It did not go unnoticed: according to recent polls, Kemp holds a third of the vote.',
      )[0],
    ).toMatchObject({ source: 'recent polls', content: ['Kemp holds a third of the vote'] });
    expect(
      read(
        'The levy would bring in $2 billion yearly, according to the Fiscal Institute - a tenth of the budget.',
      )[0],
    ).toMatchObject({
      source: 'the Fiscal Institute',
      content: ['The levy would bring in $2 billion yearly'],
    });
  });

  it('mid-sentence, a role set off after a name describes the source, and the claim is before', () => {
    for (const [text, source] of [
      [
        'Ferry crossings doubled last winter, according to Lena Ostrom, director of the Vell Harbour Trust, which counts them.',
        'Lena Ostrom, director of the Vell Harbour Trust',
      ],
      [
        'Ferry crossings doubled last winter, according to Lena Ostrom, a planner at the Vell Harbour Trust.',
        'Lena Ostrom, a planner at the Vell Harbour Trust',
      ],
    ] as const)
      expect(claims(text)).toEqual([
        expect.objectContaining({
          rule: 'according-to',
          content: ['Ferry crossings doubled last winter'],
          source,
        }),
      ]);
    // a role noun that opens a clause of its own is no apposition
    expect(read('Fares will rise, according to Lena Ostrom, the mayor resigned.')[0]).toMatchObject(
      {
        source: 'Lena Ostrom',
      },
    );
  });

  it('a name in marks before the noun of the source is part of it', () => {
    expect(
      read('Tolls would fall by a third, according to the "Bridges for All" plan she released.')[0],
    ).toMatchObject({
      rule: 'according-to',
      kind: 'according',
      source: 'the "Bridges for All" plan she released',
      content: ['Tolls would fall by a third'],
    });
  });

  it('a title in marks after the source is written with it and is no part of the claim', () => {
    expect(
      claims('The old pier took nine years to build, according to her memoir "Salt and Timber."'),
    ).toEqual([
      expect.objectContaining({
        rule: 'according-to',
        content: ['The old pier took nine years to build'],
        source: 'her memoir "Salt and Timber."',
      }),
    ]);
  });

  it('reads "report", "count", "survey" after "according to" as nouns of the source', () => {
    expect(
      read('The ferry lost money in 2021, according to a council report on Tuesday.')[0],
    ).toMatchObject({
      kind: 'according',
      source: 'a council report',
      content: ['The ferry lost money in 2021'],
    });
  });

  it('a relative clause on the source with no comma before it describes the source', () => {
    expect(
      read('Two pilots would quit, according to a survey that shows most of them are tired.')[0],
    ).toMatchObject({ source: 'a survey', content: ['Two pilots would quit'] });
  });

  it('opening the sentence, a relative clause on the source runs to its comma', () => {
    expect(read('According to riders who took the ferry, the deck was flooded.')[0]).toMatchObject({
      source: 'riders who took the ferry',
      content: ['the deck was flooded'],
    });
    expect(
      read('According to Tom Bell, who ran the ferry, the deck was flooded.')[0],
    ).toMatchObject({ source: 'Tom Bell, who ran the ferry', content: ['the deck was flooded'] });
  });

  it('a clause joined by "but" after the source leaves the claim before it', () => {
    expect(
      read('Vale has 58 seats, according to a party count, but the race is close.')[0],
    ).toMatchObject({ source: 'a party count', content: ['Vale has 58 seats'] });
  });

  it('mid-sentence, words after the source before a comma still describe it', () => {
    const found = read(
      'She warned that reserves were low, according to a report published with the budget.',
    );
    // the report is the outermost source: it reports her warning, which stays nested
    expect(found.find((a) => a.rule === 'according-to')).toMatchObject({
      source: 'a report published with the budget',
      content: ['She warned that reserves were low'],
    });
    expect(found.find((a) => a.rule === 'leading')).toMatchObject({
      content: ['that reserves were low'],
    });
  });

  it('a phrase after the source that opens no clause leaves the claim before it', () => {
    expect(
      read(
        'Most of the money comes from the region, according to the plan, with the city paying a fifth.',
      )[0],
    ).toMatchObject({ source: 'the plan', content: ['Most of the money comes from the region'] });
  });

  it('a noun phrase after the source remarks on the clause before, which stays the claim', () => {
    expect(
      read(
        'Most riders in the valley take the ferry twice a week, according to the port, the most on any route.',
      )[0],
    ).toMatchObject({
      source: 'the port',
      content: ['Most riders in the valley take the ferry twice a week'],
    });
    // its head may be a word that is a cue elsewhere, and a dash may set it off
    expect(
      read('Fares rose by a third in one year, according to a rider survey - a grim figure.')[0],
    ).toMatchObject({ source: 'a rider survey', content: ['Fares rose by a third in one year'] });
    // after a fronted phrase, the words after the source are the claim, verb or not
    expect(
      read('In the weeks before the vote, according to the port, the ferry gains riders.')[0],
    ).toMatchObject({ source: 'the port', content: ['the ferry gains riders'] });
  });

  it('a subject before a mid-sentence source is part of the claim it interrupts', () => {
    expect(
      read('Two flaws in the pier, according to harbour engineers, lie in its old piles.')[0],
    ).toMatchObject({
      rule: 'according-to',
      source: 'harbour engineers',
      content: ['Two flaws in the pier', 'lie in its old piles'],
    });
    // a fronted phrase is not: the claim is the clause after the source
    expect(read('In 2019, according to the council, the pier lost money.')[0]?.content).toEqual([
      'the pier lost money',
    ]);
  });

  it('a relative clause, a participle or "although" after the source leaves the claim before it', () => {
    expect(
      read('The pier is safe, according to Jo Park, who inspected it in May.')[0]?.content,
    ).toEqual(['The pier is safe']);
    expect(
      read('The ferry will run again, according to the port, ending a long strike.')[0]?.content,
    ).toEqual(['The ferry will run again']);
    expect(
      read('The mayor leads in Eastvale, according to a poll, although the race is close.')[0]
        ?.content,
    ).toEqual(['The mayor leads in Eastvale']);
  });

  it('a time after the source is no part of it', () => {
    expect(read('Rents fell again, according to a council survey last week.')[0]).toMatchObject({
      source: 'a council survey',
      content: ['Rents fell again'],
    });
  });

  it('after the clause, the source reports all of it, and a stance or plan inside is no attribution of its own', () => {
    expect(
      read('The guild is weighing a sale of the mill, according to two people briefed on it.'),
    ).toMatchObject([
      {
        rule: 'according-to',
        source: 'two people briefed on it',
        content: ['The guild is weighing a sale of the mill'],
      },
    ]);
    expect(
      read('Ada Kemp declined to renew the lease, according to an aide familiar with the talks.'),
    ).toMatchObject([{ rule: 'according-to', content: ['Ada Kemp declined to renew the lease'] }]);
  });

  it('a quote after a report of speech keeps its own words', () => {
    const found = read('Ada Kemp said the vote was "a mess," according to the Tide Courier.');
    expect(found.map((a) => [a.rule, a.content])).toEqual([
      ['leading', ['the vote was "a mess,"']],
      ['according-to', ['the vote was "a mess,"']],
    ]);
  });

  it('a slash joins two names in the source (a joint poll)', () => {
    expect(
      read('Fares rose by a third, according to a Harbour Gazette/Tide News poll.')[0],
    ).toMatchObject({
      source: 'a Harbour Gazette/Tide News poll',
      content: ['Fares rose by a third'],
    });
  });
  it('a pronoun standing alone after "according to" is the source', () => {
    expect(read('According to her, the levy was never discussed.')[0]).toMatchObject({
      kind: 'according',
      source: 'her',
      content: ['the levy was never discussed'],
    });
    // ... but "her" before a noun is a determiner of the source
    expect(read('According to her lawyer, the levy was never discussed.')[0]).toMatchObject({
      source: 'her lawyer',
    });
  });
  it('a bracket after the source remarks on the clause before, which is the claim', () => {
    expect(
      read('Tom Bell won 54 percent of the dock vote, according to exit polls (a record).')[0],
    ).toMatchObject({
      source: 'exit polls',
      content: ['Tom Bell won 54 percent of the dock vote'],
    });
  });

  it('a cue word right after a preposition in the source is its noun: "in charge of"', () => {
    expect(
      read(
        'According to the officer in charge of the harbour base that night, the film is untrue.',
      ),
    ).toMatchObject([
      {
        rule: 'according-to',
        source: 'the officer in charge of the harbour base that night',
        content: ['the film is untrue'],
      },
    ]);
  });

  it('after a fronted clause, the source named last reports the whole sentence, the clause too', () => {
    const found = read(
      'When raiders attacked a depot in Varnholm, the ministry was told that troops were ready, according to a newly found memo.',
    );
    expect(found).toMatchObject([
      {
        rule: 'according-to',
        source: 'a newly found memo',
        content: [
          'When raiders attacked a depot in Varnholm, the ministry was told that troops were ready',
        ],
      },
    ]);
    // words said in the fronted clause stay, nested
    const said = read(
      'When Ada Kemp said the port would close, pilots walked out, according to the union.',
    );
    expect(said.map((a) => a.rule)).toEqual(['leading', 'according-to']);
  });

  it('a cue word after a determiner in the source phrase is a noun of it ("briefed on the plan")', () => {
    expect(
      read('The mayor will resign, according to two people briefed on the plan.')[0],
    ).toMatchObject({
      rule: 'according-to',
      source: 'two people briefed on the plan',
      content: ['The mayor will resign'],
    });
  });

  it('the participle dating a source is no part of it: "an audit released Thursday"', () => {
    const audit = read('The city overpaid, according to an audit released Thursday.');
    expect(audit[0]).toMatchObject({ source: 'an audit', content: ['The city overpaid'] });
    // ... but a participle with a subject of its own, or after a name, stays
    const sheet = read('Wages would rise, according to a memo officials released Monday.');
    expect(sheet[0]?.source).toBe('a memo officials released');
  });

  it('a source whose name holds a plural\'s apostrophe is read whole: "the Northern Nurses\' Union"', () => {
    for (const text of [
      "Vacancies have doubled, according to the Northern Nurses' Union.",
      "According to the Northern Nurses' Union, vacancies have doubled.",
    ]) {
      expect(claims(text)[0], text).toMatchObject({
        source: "the Northern Nurses' Union",
        content: [expect.stringMatching(/^[Vv]acancies have doubled$/)],
      });
    }
  });

  it('a source named with its acronym in brackets runs on through it, leaving no claim behind', () => {
    const found = claims(
      'The crew ignored two warnings, according to a report released Friday by the Harbour Safety Board (HSB).',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      content: ['The crew ignored two warnings'],
      source: 'a report released Friday by the Harbour Safety Board (HSB)',
    });
  });
});

describe('according-to, then another speaker', () => {
  it('"According to the mayor, A, but resident Tom Bell said B": the claim ends before his clause', () => {
    const found = read(
      'According to the mayor, the road is safe, but resident Tom Bell said it floods every spring.',
    );
    expect(found.map((a) => [a.rule, a.source, a.content])).toEqual([
      ['according-to', 'the mayor', ['the road is safe']],
      ['leading', 'resident Tom Bell', ['it floods every spring']],
    ]);
    // "and" with a verb of its own goes on with the claim
    expect(
      read('According to police, the car was stolen, and the thief will likely continue.'),
    ).toHaveLength(1);
  });
});
