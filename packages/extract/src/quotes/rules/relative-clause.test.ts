import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';
import { extract } from '../../extract.js';

// Invented sentences.
describe('relative-clause', () => {
  it('"X, a father of two who said ...": the name the description is set off after speaks', () => {
    expect(
      read('Next came Luis Orrin, a father of two who said he moved here for the school.')[0],
    ).toMatchObject({
      rule: 'relative-clause',
      source: 'Luis Orrin',
      content: ['he moved here for the school'],
    });
    // a cue with no clause after it reports nothing
    expect(read('Tom Bell, a magnate who previously backed Ivo Marr, spoke.')).toEqual([]);
  });

  it('a relative clause with a cue of its own after an inverted speaker holds the quote that follows', () => {
    const found = read('"It is a mess," said Ann Roe, who called the fares "a scandal."');
    expect(found.map((a) => [a.rule, a.cue, a.content])).toEqual([
      ['inverted', 'said', ['It is a mess']],
      ['relative-clause', 'called', ['the fares "a scandal."']],
    ]);
    // with no cue in the clause, the quote after it carries on the first one
    const split = read('"It is a mess," said Ann Roe, who chairs the board, "and it will last."');
    expect(split.map((a) => [a.rule, a.content])).toEqual([
      ['inverted', ['It is a mess', 'and it will last.']],
    ]);
  });

  it('a name set off after the subject of "which ... called" speaks: "which its chief, Ana Ruiz, called"', () => {
    // invented
    expect(
      read(
        'The tax, which the firm\'s chief executive, Ana Ruiz, called "a disaster," passed on Monday.',
      )[0],
    ).toMatchObject({ rule: 'relative-clause', source: 'Ana Ruiz', cue: 'called' });
    expect(
      read('The plan, which the mayor, Ana Ruiz, said would cost $2 million, was approved.')[0],
    ).toMatchObject({ source: 'Ana Ruiz', content: ['which', 'would cost $2 million'] });
  });

  it('"X, whose partner Ann Roe said: ...": the one named by their role in the body speaks', () => {
    const text =
      'Backers include the fund Larkspur Capital, whose partner Devi Rana said: "This changes access."';
    expect(read(text)[0]).toMatchObject({
      rule: 'relative-clause',
      source: 'partner Devi Rana',
      cue: 'said',
      content: ['This changes access.'],
    });
    const union =
      'Allied Nurses United, whose organiser Tegan Marsh said the vote was "historic", met.';
    expect(read(union)[0]).toMatchObject({ source: 'organiser Tegan Marsh' });
  });

  it('a body\'s "which said" in passing is a claim, unless it quotes the words', () => {
    // invented
    const [quoted] = read(
      'Shares fell after a downgrade from Strom Brothers, which said margins were "unsustainable."',
    );
    expect(quoted).toMatchObject({ kind: 'speech', rule: 'relative-clause' });
    const [plain] = read(
      'Shares rose after Harbour Rail, which said sales were up, raised its forecast.',
    );
    expect(plain).toMatchObject({ kind: 'evidence', rule: 'relative-clause' });
  });

  it('people named by a plural after "that" speak in the clause: "a plan that harbour experts say will fail"', () => {
    expect(read('It was a plan that harbour experts say will fail.')[0]).toMatchObject({
      rule: 'relative-clause',
      source: 'harbour experts',
      cue: 'say',
      content: ['that', 'will fail'],
    });
  });

  it('the verb filling the gap after the cue may be an irregular past: "that Bell said went unnoticed"', () => {
    expect(read('It was a deadline that Ivo Bell said went unnoticed.')[0]).toMatchObject({
      rule: 'relative-clause',
      source: 'Ivo Bell',
      content: ['that', 'went unnoticed'],
    });
    // "that Bell said the council took": a clause with its own subject, no gap to fill
    expect(read('It was a plan that Ivo Bell said the council took.')).toEqual([]);
  });

  it('a relative clause with no pronoun: "in a step the firm said was overdue"', () => {
    const text = 'Harbour Rail cut 75 jobs in a step the firm said was overdue.';
    const article = extract({ text });
    const [quote] = article.quotes;
    const speaker = article.entities.find((e) => e.id === quote?.speakerId);
    expect(speaker?.name).toBe('Harbour Rail');
    expect(read(text)[0]).toMatchObject({
      rule: 'relative-clause',
      source: 'the firm',
      content: ['was overdue'],
    });
    // a verb and its object before the article are no noun: "sent the letter" is not who speaks
    expect(read('One of the pilots who sent the letter said the pay was low.')[0]).toMatchObject({
      source: 'One of the pilots',
    });
    // with its own subject after the cue the clause is said whole
    expect(read('It was a plan the mayor said the council took.')).toEqual([]);
  });

  it('a possessive may open the speaker too: "a decision her rivals said was rushed", not a thing', () => {
    expect(read('Ada Kemp took the job in May, a decision her rivals said was rushed.')).toEqual([
      expect.objectContaining({
        rule: 'relative-clause',
        source: 'her rivals',
        content: ['was rushed'],
      }),
    ]);
    expect(read('Tom Bell paid a fare his new ticket machines say is due.')).toEqual([]);
    // "an allegation his lawyer rejects": the noun before the possessive is no part of a speaker,
    // and the rejection reports nothing as said
    expect(read('The driver was speeding, an allegation his lawyer rejects.')).toEqual([]);
  });

  it("inside what an open quote reports, a relative clause with its own speaker is a claim on that speaker's authority", () => {
    const found = read(
      'Ann Roe said the levy, which the ferry union says will cost jobs, is fair.\nTom Bell said the pier was rebuilt by Ivo Marsh, who said the work was overdue.',
    );
    // the quotes stay whole
    expect(found.filter((a) => a.kind === 'speech').map((a) => a.content)).toEqual([
      ['the levy, which the ferry union says will cost jobs, is fair'],
      ['the pier was rebuilt by Ivo Marsh, who said the work was overdue'],
    ]);
    expect(found.filter((a) => a.kind === 'according')).toMatchObject([
      { rule: 'relative-clause', source: 'the ferry union', content: ['which', 'will cost jobs'] },
      { rule: 'relative-clause', source: 'Ivo Marsh', content: ['the work was overdue'] },
    ]);
  });

  it('a subject of up to eight words speaks in the clause: "cuts that the Norland Coast Guard\'s marine science panel says are needed"', () => {
    expect(
      read(
        "It misses the cuts that the Norland Coast Guard's marine science panel says are needed.",
      )[0],
    ).toMatchObject({
      rule: 'relative-clause',
      source: "the Norland Coast Guard's marine science panel",
      content: ['that', 'are needed'],
    });
  });

  it('a verb of stance with "that" as its object is on the noun before it: "the plan that Kemp backed"', () => {
    expect(read('The plan that Ada Kemp backed failed.')).toEqual([
      expect.objectContaining({
        kind: 'stance',
        rule: 'relative-clause',
        source: 'Ada Kemp',
        cue: 'backed',
        content: ['The plan'],
      }),
    ]);
    // "that" opening a clause the verb takes an object in is no relative pronoun
    expect(read('The fact that Ada Kemp backed the plan mattered.')).toEqual([]);
  });

  it('", who said ..." gives the words to the name before it, and the sentence reads on', () => {
    const found = read(
      'The plan was backed by Ivo Marsh, who said the costs were fair. Dan Ruhl, who said he had fished the bay for years, said the catch was poor.',
    );
    expect(found.map((a) => [a.rule, a.source, a.content])).toEqual([
      ['relative-clause', 'Ivo Marsh', ['the costs were fair']],
      ['relative-clause', 'Dan Ruhl', ['he had fished the bay for years']],
      ['leading', 'Dan Ruhl', ['the catch was poor']],
    ]);
  });

  it('", which ..." after a named body is what the body put on record, a claim', () => {
    const found = read(
      'The Harbour Union, which endorsed Tom Bell in May, used the remarks. The Ferry Board, which said the fares would rise, met on Monday.',
    );
    expect(found.map((a) => [a.rule, a.kind, a.source, a.content])).toEqual([
      ['relative-clause', 'stance', 'The Harbour Union', ['Tom Bell in May']],
      ['relative-clause', 'evidence', 'The Ferry Board', ['the fares would rise']],
    ]);
    // a thing before the comma says nothing
    expect(read('The new levy, which said nothing of ferries, failed.')).toEqual([]);
  });

  it('a verb of stance on what it names, in a clause after a name, is a stance claim', () => {
    expect(read('Ann Roe, who once praised the ferry deal, offered a plan.')).toMatchObject([
      { rule: 'relative-clause', kind: 'stance', cue: 'praised', content: ['the ferry deal'] },
      { rule: 'leading', source: 'Ann Roe', cue: 'offered' },
    ]);
    expect(read('Tom Bell, who has accused the board of waste, spoke.')[0]).toMatchObject({
      kind: 'stance',
      cue: 'has accused',
      content: ['the board of waste'],
    });
    // a bare pronoun names nothing
    expect(read('Ann Roe, who praised them, left.')).toEqual([]);
  });

  it('the quote shows "who" as its source as written, and the name as its speaker', () => {
    const text = 'The plan was backed by Ivo Marsh, who said the costs were fair.';
    const article = extract(text);
    const [quote] = article.quotes;
    expect(text.slice(quote!.source!.start, quote!.source!.end)).toBe('who');
    expect(article.entities.find((e) => e.id === quote!.speakerId)?.name).toBe('Ivo Marsh');
  });

  it('a quote opening the clause ends it; a short group opening the sentence is left alone', () => {
    const [quote] = read('Ann Roe, who told reporters, "We are done," left early.');
    expect(quote).toMatchObject({ rule: 'relative-clause', content: ['We are done'] });
    expect(read('Voters who said they were worried stayed home.')).toEqual([]);
  });

  it('"voters who said", "12 percent who say" elsewhere in the sentence: the group said it', () => {
    const found = read(
      'Ana Ruiz won among the 40 percent of voters who said fares were too high. Among those who said the ferries felt unsafe, most backed Tom Bell. Bell trailed, compared with 15 percent who say they could yet back him.',
    );
    expect(found.map((a) => [a.rule, a.source, a.content])).toEqual([
      ['relative-clause', 'the 40 percent of voters', ['fares were too high']],
      ['relative-clause', 'those', ['the ferries felt unsafe']],
      ['relative-clause', '15 percent', ['they could yet back him']],
    ]);
  });

  it('", who said" after a trailing or inverted cue hangs on its speaker, past an apposition', () => {
    for (const text of [
      '"We won," said Ada Kemp, a teacher from Eastvale, who added that she would vote for Bell.',
      '"We won," said Ada Kemp, who added that she would vote for Bell.',
    ]) {
      const article = extract(text);
      const [first, second] = article.quotes;
      expect(second).toMatchObject({ rule: 'relative-clause', speakerId: first!.speakerId });
      expect(text.slice(second!.source!.start, second!.source!.end)).toBe('who');
      expect(text.slice(second!.content[0]!.start, second!.content[0]!.end)).toBe(
        'that she would vote for Bell',
      );
    }
  });

  it('"which he said would ..." gives the clause to its subject, "which" standing for the thing', () => {
    const found = read(
      'Tom Bell cut the levy, which he said would pay for the dam. Ann Roe gave an interview, in which she said she would run again.',
    );
    expect(found.map((a) => [a.rule, a.source, a.content])).toEqual([
      ['relative-clause', 'he', ['which', 'would pay for the dam']],
      ['relative-clause', 'she', ['she would run again']],
    ]);
  });

  it('"who she said were ..." gives the clause to its subject, "who" standing for the people', () => {
    const found = read(
      'Ada Kemp has two sons, who she said were working in Norland. Tom Bell hired a clerk whom he says stole from him.',
    );
    expect(found.map((a) => [a.rule, a.source, a.content])).toEqual([
      ['relative-clause', 'she', ['who', 'were working in Norland']],
      ['relative-clause', 'he', ['whom', 'stole from him']],
    ]);
    // with no verb in the gap after the cue, "who" is no part of what was said
    const rules = read('The pilot who she said goodbye to has left.').map((a) => a.rule);
    expect(rules).not.toContain('relative-clause');
  });

  it('"what Ann Roe called "the old deal"": a label in marks after a verb of naming is her words', () => {
    const [label] = read('Under what Ann Roe called "the old deal," the club charged a fee.');
    expect(label).toMatchObject({
      rule: 'relative-clause',
      quoteKind: 'mixed',
      source: 'Ann Roe',
      cue: 'called',
    });
    expect(label?.content).toEqual(['what', '"the old deal,"']);
    // an article before the marks, people in the plural naming it, and the noun it modifies
    const [scheme] = read('The levy is what older pilots called a "tax on the sea" at the time.');
    expect(scheme).toMatchObject({
      source: 'older pilots',
      content: ['what', 'a "tax on the sea"'],
    });
    const [approach] = read(
      'It was what Ann Roe called a "first come, first served" system for berths.',
    );
    expect(approach?.content).toEqual(['what', 'a "first come, first served" system']);
    // a label for a person ("whom he dubbed") is left to the sentence: "he" could be read as the one dubbed
    const [person] = read('Ivo Marsh mocked Tom Bell, whom he dubbed "the little pilot."');
    expect(person?.rule).not.toBe('relative-clause');
  });

  it('a label in marks after a pronoun with no relative word: "a budget they called "a tax grab""', () => {
    const text = 'Lind was criticized by shippers for a budget they called "a tax grab."';
    expect(read(text)).toMatchObject([
      { rule: 'relative-clause', source: 'they', cue: 'called', content: ['a tax grab.'] },
    ]);
    // a label with no marks is no one's words
    expect(read('Ivo Marsh sold the house they called home.')).toEqual([]);
  });

  it('the clause ends at a comma just inside the mark closing a quoted fragment', () => {
    const [toll] = read('The tolls, which Ada Kemp says are "far too high," will rise again.');
    expect(toll).toMatchObject({
      rule: 'relative-clause',
      source: 'Ada Kemp',
      content: ['which', 'are "far too high,"'],
    });
  });

  it('a stance open before the clause ends at its comma', () => {
    const [stance, quote] = read('The union endorsed Ann Roe, who said the plan was fair.');
    expect(stance).toMatchObject({ kind: 'stance', content: ['Ann Roe'] });
    expect(quote).toMatchObject({ rule: 'relative-clause', content: ['the plan was fair'] });
  });

  it('a plural of people may be the subject inside the clause', () => {
    const [a] = read('The board banned the signs, which critics said was unfair.');
    expect(a).toMatchObject({ source: 'critics', content: ['which', 'was unfair'] });
  });

  it('"that he said" opening a clause said, or "which" asking, is no relative clause', () => {
    const [argued] = read('Ann Roe argued that he said the plan was late.');
    expect(argued).toMatchObject({ rule: 'leading', source: 'Ann Roe' });
    expect(read('It is unclear which boats and barges have been sold.')).toEqual([]);
  });

  it('"what" with a verb after the cue stands for what was said; a longer subject may own it', () => {
    const [what] = read("The trip falls on what Norland officials say is the king's birthday.");
    expect(what).toMatchObject({
      rule: 'relative-clause',
      source: 'Norland officials',
      content: ['what', "is the king's birthday"],
    });
    const [that] = read(
      "Norland is far from the cuts that the Harbour Hawks' own panel says are needed.",
    );
    expect(that).toMatchObject({
      source: "the Harbour Hawks' own panel",
      content: ['that', 'are needed'],
    });
    // "what Kemp said about it" is no clause of Kemp's: the question is the asker's alone
    expect(read('She asked what Ada Kemp said about the plan.')).toMatchObject([
      { rule: 'leading', source: 'She', cue: 'asked' },
    ]);
  });

  it('after a subject and its verb, the clause hangs on what the verb governs', () => {
    expect(read('Ann Roe met with the mayor, who said the ferry will sail.')[0]).toMatchObject({
      rule: 'relative-clause',
      source: 'the mayor',
      content: ['the ferry will sail'],
    });
    // a name after the verb, and a phrase with no verb in it, as before
    expect(read('The board hired Tom Bell, who said the ferry will sail.')[0]?.source).toBe(
      'Tom Bell',
    );
    expect(read('Critics of the plan, who said it would fail, met on Monday.')[0]?.source).toBe(
      'Critics of the plan',
    );
  });

  it('"a fine that fans called absurd": "that" is the object a verb labels, and the label follows', () => {
    const [called, likened, painted] = read(
      [
        'The league imposed a fine that fans called absurd.',
        'The festival drew crowds that residents have likened to a carnival.',
        'Ada Kemp hired a lawyer that critics painted as a crook.',
      ].join(' '),
    );
    expect(called).toMatchObject({
      rule: 'relative-clause',
      source: 'fans',
      cue: 'called',
      content: ['that', 'absurd'],
    });
    expect(likened).toMatchObject({
      kind: 'stance',
      source: 'residents',
      cue: 'have likened',
      content: ['that', 'to a carnival'],
    });
    expect(painted).toMatchObject({ kind: 'stance', source: 'critics', cue: 'painted' });
    // a time, a name or a particle after "called" labels nothing
    const none = [
      'The number that residents called every day was busy.',
      'The hotline that residents called on Friday was closed.',
      'The doctor that residents called Doc Marsh retired.',
    ];
    for (const text of none) expect(read(text), text).toEqual([]);
  });

  it('a relative clause set off by dashes hangs on the name before them, as after a comma', () => {
    for (const text of [
      'Ivo Marr - who once said he would "tear down" the old bridge - spoke first.',
      'Ivo Marr \u2014 who once said he would "tear down" the old bridge \u2014 spoke first.',
    ]) {
      expect(read(text)[0], text).toMatchObject({
        rule: 'relative-clause',
        source: 'Ivo Marr',
        content: ['he would "tear down" the old bridge'],
      });
    }
  });

  it('"whose captain, Luis Ortega, called ...": the name set off after the role speaks', () => {
    expect(
      read('The Otters face Harbour City, whose captain, Luis Ortega, called the streak "lucky."'),
    ).toMatchObject([
      {
        rule: 'relative-clause',
        cue: 'called',
        source: 'Luis Ortega',
        content: ['the streak "lucky."'],
      },
    ]);
  });

  it('a list parted by commas and closed by "and" runs on inside the clause', () => {
    expect(
      read(
        'Lumenfold Inc. unveiled a robot that it says can fold laundry, water plants and cook dinner.',
      ),
    ).toContainEqual(
      expect.objectContaining({
        rule: 'relative-clause',
        content: ['that', 'can fold laundry, water plants and cook dinner'],
      }),
    );
    // a noun set off after the clause is no item of it
    expect(
      read(
        'The mayor defended the letter in which she warned that ferries were unsafe, fears that pilots shared and voiced.',
      ).map((a) => a.content.join(' … ')),
    ).not.toContainEqual(expect.stringContaining('fears'));
  });
});
