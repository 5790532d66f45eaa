import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';

// Invented sentences.
describe('participle', () => {
  it('an adverb before the verb the participle hangs on is no part of its subject: "Her office later released ..."', () => {
    const cases: Array<[string, string]> = [
      [
        "Delgado's office later released a statement saying the senator had listened.",
        "Delgado's office",
      ],
      ['She also sent a message saying the vote would go ahead.', 'She'],
    ];
    for (const [text, source] of cases)
      expect(read(text)[0]).toMatchObject({ rule: 'participle', source });
    // ... nor before a verb of its own after a subject with an owner
    expect(
      read("Her union's leaders also issued a note saying talks had failed.")[0],
    ).toMatchObject({
      source: "Her union's leaders",
    });
  });

  it('a sign held up says what its holder says: "held a sign reading ..."', () => {
    expect(read('Priya, 31, held a sign reading "Fair Pay Now."')[0]).toMatchObject({
      rule: 'participle',
      source: 'Priya, 31',
    });
    // a message "reading" something is read by the rules of its verb
    expect(read('Ann Roe posted a message reading "Thank you" on Friday.')[0]).toMatchObject({
      source: 'Ann Roe',
    });
  });

  it('"carried banners reading", "wore T-shirts saying": the holders speak the words, and only them', () => {
    expect(
      read('Dockers carried banners reading "Hands Off Our Port" past the gates.')[0],
    ).toMatchObject({
      rule: 'participle',
      source: 'Dockers',
      content: ['Hands Off Our Port'],
    });
    expect(
      read('Some parents wore T-shirts saying "Books Not Bulldozers" at the meeting.')[0],
    ).toMatchObject({
      source: 'Some parents',
      content: ['Books Not Bulldozers'],
    });
  });

  it('"remembers him pleading, saying ...": the participle hangs on the one perceived in the act', () => {
    expect(
      read('Ann Roe remembers him pleading with the judge, saying he never meant any harm.')[0],
    ).toMatchObject({ rule: 'participle', source: 'him', content: ['he never meant any harm'] });
    expect(
      read('Neighbours heard Tom Bell shouting at the crew, saying the pier would flood.')[0],
    ).toMatchObject({ rule: 'participle', source: 'Tom Bell' });
    // a bare verb after the object is no act in progress: the clause's subject speaks
    expect(
      read('Ann Roe watched her son accept the award, saying later that she was proud.')[0],
    ).toMatchObject({ rule: 'participle', source: 'Ann Roe' });
  });

  it('"after posting that ...", "with the energy secretary warning that ...": the subject speaks', () => {
    expect(
      read('Rep. Ann Roe drew rebukes after posting that the bill was a scam.')[0],
    ).toMatchObject({
      rule: 'participle',
      source: 'Rep. Ann Roe',
      content: ['that the bill was a scam'],
    });
    expect(
      read(
        'Ministers are divided over the plant, with the energy secretary warning that closing it would cost jobs.',
      )[0],
    ).toMatchObject({ rule: 'participle', source: 'the energy secretary' });
  });

  it('a place after an article opens a subject that runs on to its role: "An Ontario judge has stayed ..., saying"', () => {
    const [quote] = read(
      'An Eastvale judge has stayed charges against a Norwood man, saying the delays were "appalling."',
    );
    expect(quote).toMatchObject({ rule: 'participle', source: 'An Eastvale judge' });
    // a body or a person before the noun is read as before: "The Harbour Board chair"
    const [body] = read('The Harbour Board has closed the pier, saying the piles were rotten.');
    expect(body).toMatchObject({ rule: 'participle', source: 'The Harbour Board' });
  });

  it('the participles of other verbs of saying hang on the clause too: joking, yelling', () => {
    const found = read(
      'Tom Bell opened the new pier on Friday, joking that it would outlast the town.',
    );
    expect(found).toHaveLength(1);
    const [joke] = found;
    expect(joke).toMatchObject({
      rule: 'participle',
      source: 'Tom Bell',
      content: ['that it would outlast the town'],
    });
    const [yell] = read('The crowd cheered, with Ann Roe yelling: "Keep the ferry running!"');
    expect(yell).toMatchObject({
      rule: 'participle',
      source: 'Ann Roe',
      content: ['Keep the ferry running!'],
    });
  });

  it('a role with "of" in lower case is the subject: "The chief of staff rallied ..., saying"', () => {
    const found = read(
      'The chief of staff rallied volunteers, saying: "Knock on every door."\nThe mayor\'s head of security warned staff, saying the doors would lock at six.',
    );
    expect(found.map((a) => [a.rule, a.source])).toEqual([
      ['participle', 'The chief of staff'],
      ['participle', "The mayor's head of security"],
    ]);
  });

  it('the subject follows an opening phrase of up to 14 tokens closed by a comma', () => {
    const [quote] = read(
      'In a speech in Kell County on Tuesday night, Ann Roe struck a calm tone, saying she understood the task.',
    );
    expect(quote).toMatchObject({
      rule: 'participle',
      source: 'Ann Roe',
      content: ['she understood the task'],
    });
  });

  it('a participle hangs on the nearest clause joined after the first: "and the operator cancelled every sailing, warning"', () => {
    // invented
    const fired = read(
      'The union called a strike and the ferry operator cancelled every sailing, warning that repairs would take weeks.',
    );
    expect(fired.find((q) => q.rule === 'participle')).toMatchObject({
      source: 'the ferry operator',
      content: ['that repairs would take weeks'],
    });
    const resigned = read(
      'The board approved the grant, and the mayor has already resigned, saying she could not support it.',
    );
    expect(resigned[0]).toMatchObject({ source: 'the mayor' });
    const chanting = read(
      'The minister spoke for an hour, while protesters gathered outside, chanting "no more cuts."',
    );
    expect(chanting[0]).toMatchObject({ source: 'protesters' });
    // not a second name after "and", nor a second half of the subject, nor a clause inside
    // the subject of a later verb
    expect(
      read('Ana Ruiz met Tom Bell and Ivo Marr, saying the talks went well.')[0],
    ).toMatchObject({ source: 'Ana Ruiz' });
    expect(
      read('Ana Ruiz and two other skippers left the harbour, claiming the quota was unfair.')[0],
    ).toMatchObject({ source: 'Ana Ruiz' });
    const quit = read(
      'A clerk whose memo showed the fund had shrunk while she was treasurer quit on Friday, admitting he had hidden it.',
    );
    expect(quit.find((q) => q.rule === 'participle')?.source).not.toBe('she');
  });

  it('a participle after a dash hangs on the clause as after a comma', () => {
    expect(
      read('Ann Roe changed her mind on the spot \u2013 saying she would back the levy.')[0],
    ).toMatchObject({
      rule: 'participle',
      source: 'Ann Roe',
      content: ['she would back the levy'],
    });
  });

  it('"and" joins a participle to one after the comma before it: ", pointing to ... and saying ..."', () => {
    expect(
      read('She ducked the question, pointing to her record and saying that the levy was fair.')[0],
    ).toMatchObject({ rule: 'participle', source: 'She', content: ['that the levy was fair'] });
    // with no participle after the comma, "and saying" joins nothing
    expect(read('She ducked the question and saying that was fair is odd.')).toEqual([]);
  });

  it('after a trailing or inverted cue, a participle is read past an apposition or a frame', () => {
    const found = read(
      '"The timing was key," said Tom Bell, a pilot, referring to the two new piers.',
    );
    expect(found[1]).toMatchObject({
      rule: 'participle',
      source: 'Tom Bell',
      content: ['the two new piers'],
    });
    const [, added] = read(
      '"The timing was key," Tom Bell said in a statement, adding that the piers were late.',
    );
    expect(added).toMatchObject({ rule: 'participle', content: ['that the piers were late'] });
  });

  it('a dateline is not the subject a participle cue hangs on', () => {
    const [stance, quote] = read(
      'EASTVALE — Mayor Ana Ruiz defended the budget, saying it protects jobs.',
    );
    expect(stance).toMatchObject({ kind: 'stance', content: ['the budget'] });
    expect(quote).toMatchObject({ rule: 'participle', content: ['it protects jobs'] });
    expect(quote?.source).toMatch(/Ana Ruiz/);
  });

  it('the subject follows a fronted clause, a connective or a coordinator', () => {
    const cases: Array<[string, string]> = [
      [
        'When the vote came, Tom Bell held his fire on the plan, calling it "a fair start."',
        'Tom Bell',
      ],
      ['However, he criticised the levy, saying it was too high.', 'he'],
      [
        'And although she thanked the crew, she sounded a note of caution, saying the work was slow.',
        'she',
      ],
    ];
    for (const [text, source] of cases)
      expect(read(text).find((a) => a.rule === 'participle')?.source).toBe(source);
  });

  it("a fronted time closing on a comma, or an owner's name before a role, leaves the subject whole", () => {
    const [later] = read('Two days later, Ann Roe met the pilots, telling them, "We are ready."');
    expect(later).toMatchObject({ rule: 'participle', source: 'Ann Roe' });
    const [aide] = read(
      'Ann Roe\'s press secretary spoke at the pier, saying: "We must be ready."',
    );
    expect(aide).toMatchObject({ rule: 'participle', source: "Ann Roe's press secretary" });
  });

  it('a dateline whose state is written as usual is no subject either', () => {
    for (const dateline of ['EASTVALE, Ill. —', 'PORT HOPE, N.S. (CP) —']) {
      const found = read(
        `${dateline} Sen. Ada Kemp weighed in on the strike, calling it "a disgrace."`,
      );
      expect(found.at(-1)).toMatchObject({ rule: 'participle', source: 'Sen. Ada Kemp' });
    }
  });

  it('a dated dateline, a fronted participle or an adverbial phrase is passed over to the subject', () => {
    const cases: Array<[string, string]> = [
      [
        'Facing mounting pressure from parents, the head teacher released a letter on Tuesday, insisting that the exams were fair.',
        'the head teacher',
      ],
      [
        'PORTHAVEN, June 9 (Bulletin) — After the flood warnings, the water minister toured the levees, saying: "We will not be caught out."',
        'the water minister',
      ],
      [
        "Soon after the ballot, the tenants' association had organised, warning that the sale would raise rents.",
        "the tenants' association",
      ],
      [
        'Shortly after the merger, the family issued a statement, calling the deal "a betrayal."',
        'the family',
      ],
      ['Later in the day, she stepped up her criticism of the levy, calling it "a tax."', 'she'],
      [
        'Now, after the recount, Councillor Brand has changed course, saying the count was fair.',
        'Councillor Brand',
      ],
      [
        'Even as he won the vote, Mr. Brand sounded a warning, saying the council was split.',
        'Mr. Brand',
      ],
      [
        'Facing mounting criticism from the guild, Mr. Brand released a statement, saying the levy was fair.',
        'Mr. Brand',
      ],
    ];
    for (const [text, source] of cases)
      expect(read(text).find((a) => a.rule === 'participle')?.source).toBe(source);
  });

  it('where no subject reads at the start, the one before the first verb, not the fronted words', () => {
    const cases: Array<[string, string]> = [
      [
        "KELDMOOR, Aug 31 (Harbour Wire) - Norland's fishing minister, Ada Kemp, visited the docks, saying the quota would stay.",
        'Ada Kemp',
      ],
      [
        'Last month, a group of 32 harbour pilots wrote to the board, saying the channel was unsafe.',
        'a group of 32 harbour pilots',
      ],
    ];
    for (const [text, source] of cases)
      expect(read(text).find((a) => a.rule === 'participle')?.source).toBe(source);
    // the fronted words never speak, even where no subject can be read after them
    for (const text of [
      'Soon after the vote, 40 of them walked out, saying the count was rigged.',
      'Shortly, at least nothing was left, saying otherwise.',
      'Facing the sea, rows of huts stood empty, saying nothing.',
    ])
      for (const a of read(text)) expect(a.source ?? '').not.toMatch(/^(Soon|Shortly|Facing)/);
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

  it('a participle after a comma written inside the closing quote mark starts its own quote', () => {
    const found = read(
      'Ivo Marsh said the levy was \u201conly a first step,\u201d adding that fares would rise. Ada Kemp told the Gazette that the plan was \u201ca fair start,\u201d citing the new buses.',
    );
    expect(found.map((a) => [a.rule, a.source, a.cue])).toEqual([
      ['leading', 'Ivo Marsh', 'said'],
      ['participle', 'Ivo Marsh', 'adding'],
      ['leading', 'Ada Kemp', 'told'],
      ['participle', 'Ada Kemp', 'citing'],
    ]);
    expect(found[0]!.content).toEqual(['the levy was \u201conly a first step,\u201d']);
    expect(found[1]!.content).toEqual(['that fares would rise']);
    expect(found[3]!.content).toEqual(['the new buses']);
  });

  it('"with" and a speaker before the participle: the participle has its own subject', () => {
    const found = read(
      'The council split, with Ada Kemp saying the levy would fail. The mood soured, with Tom Bell also calling the plan \u201ca disgrace.\u201d',
    );
    expect(found.map((a) => [a.rule, a.source, a.cue, a.content])).toEqual([
      ['participle', 'Ada Kemp', 'saying', ['the levy would fail']],
      ['participle', 'Tom Bell', 'calling', ['the plan \u201ca disgrace.\u201d']],
    ]);
  });

  it('a role in lower case between the opening words and a name is part of the subject', () => {
    const [quote] = read(
      'Norland transport ministry spokeswoman Ilse Brand hit back on Friday, saying the fares would stay.',
    );
    expect(quote).toMatchObject({ rule: 'participle', content: ['the fares would stay'] });
    expect(quote?.source).toMatch(/Ilse Brand$/);
  });

  it('a participle after "issued a statement" takes the subject that issued it', () => {
    const found = read(
      [
        'On Monday, the port authority issued a statement saying the berths would reopen.',
        'Jo Kemp, the harbour master, gave an interview noting her doubts about the date.',
        'She cited a report saying costs had doubled.',
      ].join(' '),
    );
    const participles = found.filter((a) => a.rule === 'participle');
    expect(participles.map((a) => [a.source, a.content])).toEqual([
      ['the port authority', ['the berths would reopen']],
      ['Jo Kemp, the harbour master', ['her doubts about the date']],
    ]);
  });

  it('the subject after a fronted phrase; a statement issued with a quote after the comma', () => {
    const [debate] = read(
      'At the debate, Tom Bell compared himself to Ann Roe, saying, "I take no fees."',
    );
    expect(debate).toMatchObject({ rule: 'participle', source: 'Tom Bell' });
    const [issued] = read('The ministry issued a statement saying, "We will appeal the ruling."');
    expect(issued).toMatchObject({ rule: 'participle', source: 'The ministry' });
  });

  it('a participle after a closing quote reports what follows, quoted or not', () => {
    const found = read(
      [
        '"We cannot pay for this," Ida Holt said, adding later, "The fund is empty."',
        '"There is no risk," the mayor said, adding that repairs would take "a few more days."',
      ].join(' '),
    );
    expect(found.map((a) => [a.rule, a.cue, a.content])).toEqual([
      ['trailing', 'said', ['We cannot pay for this']],
      ['participle', 'adding', ['The fund is empty.']],
      ['trailing', 'said', ['There is no risk']],
      ['participle', 'adding', ['that repairs would take "a few more days."']],
    ]);
    expect(found.map((a) => a.source)).toEqual(['Ida Holt', 'Ida Holt', 'the mayor', 'the mayor']);
  });

  it('a quote may open right after the participle, with no comma', () => {
    const found = read(
      'Tom Bell toured the harbour on Friday, saying "the ferry will run all winter."',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: 'participle',
      cue: 'saying',
      source: 'Tom Bell',
      content: ['the ferry will run all winter.'],
    });
  });

  it('"citing" or "referring to" a thing after a comma is a claim of the speaker, not a quote', () => {
    const [quote, referring] = read(
      '"We have to act," Ann Roe said, referring to the flood victims.',
    );
    expect(quote).toMatchObject({ rule: 'trailing', source: 'Ann Roe' });
    expect(referring).toMatchObject({
      rule: 'participle',
      kind: 'stance',
      cue: 'referring to',
      source: 'Ann Roe',
      content: ['the flood victims'],
    });
    const [, citing] = read('The ferry will stop, Tom Bell said, citing the cost of fuel.');
    expect(citing).toMatchObject({ kind: 'stance', cue: 'citing', content: ['the cost of fuel'] });
  });

  it('participles of stance and promise hang on the speaker too: "accusing", "vowing"', () => {
    const found = read(
      'Ada Kemp criticised the budget, accusing the council of "wasting every cent."',
    );
    expect(found.map((a) => [a.rule, a.cue, a.source, a.content])).toEqual([
      ['leading', 'criticised', 'Ada Kemp', ['the budget']],
      ['participle', 'accusing', 'Ada Kemp', ['the council of "wasting every cent."']],
    ]);
    expect(read('Tom Bell toured the mill, vowing to keep it open.')).toMatchObject([
      { rule: 'participle', cue: 'vowing', source: 'Tom Bell', content: ['to keep it open'] },
    ]);
  });

  it('a quote after the participle is its own; the thing named before it is a stance', () => {
    const found = read('Ann Roe praised the ferry crew, saying "they kept us safe all night."');
    expect(found.map((a) => [a.rule, a.kind, a.cue, a.content])).toEqual([
      ['leading', 'stance', 'praised', ['the ferry crew']],
      ['participle', 'speech', 'saying', ['they kept us safe all night.']],
    ]);
  });
  it('a participle after a title whose comma is inside its closing mark hangs on the speaker', () => {
    const found = read(
      '"The ferry is late again," Ivo Marsh told the hosts of "Harbour Talk," adding that the pilots had warned him.',
    );
    expect(found.map((a) => [a.rule, a.content, a.source])).toEqual([
      ['trailing', ['The ferry is late again'], 'Ivo Marsh'],
      ['participle', ['that the pilots had warned him'], 'Ivo Marsh'],
    ]);
  });
  it('a fronted participle clause is not the subject: the name after its comma is', () => {
    const found = read(
      'Speaking at a fair in Eastvale, Norland, Tom Bell turned on Ada Kemp, calling her "a tired act."',
    );
    expect(found.map((a) => [a.rule, a.source])).toEqual([['participle', 'Tom Bell']]);
  });
  it('a subject in lower case before its verb is whom a participle after a comma hangs on', () => {
    const found = read(
      'Several pilots have been pressing the mayor to dredge the channel, saying that only a grounding would move the council.',
    );
    expect(found.map((a) => [a.rule, a.source])).toEqual([['participle', 'Several pilots']]);
    // a thing is no subject that speaks
    expect(read('The ferry was late again, saying nothing.')).toEqual([]);
  });

  it('"by saying", "while noting": the participle hangs on the subject of its clause', () => {
    const found = read(
      'Tom Bell drew jeers at the quay on Friday by saying that the fee was fair.',
    );
    expect(found.map((a) => [a.rule, a.content, a.source])).toEqual([
      ['participle', ['that the fee was fair'], 'Tom Bell'],
    ]);
    // "upon saying", "when saying": the participle is the subject's too, quote and all
    expect(
      read('Ada Kemp drew jeers upon saying, "The fee is fair."').map((a) => [a.rule, a.source]),
    ).toEqual([['participle', 'Ada Kemp']]);
    expect(read('Tom Bell frowned when saying the pier would close.')[0]).toMatchObject({
      rule: 'participle',
      source: 'Tom Bell',
      content: ['the pier would close'],
    });
  });

  it('between the subject and its verb the participle ends at its comma, and the verb is read on', () => {
    const found = read('Ada Kemp, conceding that the pier was old, said it would stay open.');
    expect(found).toEqual([
      expect.objectContaining({ rule: 'participle', content: ['that the pier was old'] }),
      expect.objectContaining({ rule: 'leading', cue: 'said', content: ['it would stay open'] }),
    ]);
    // ... after a bracket that follows the subject too
    const bracketed = read(
      'Tom Bell (D-Ore.), noting the price of fuel, said, "The fares must rise."',
    );
    expect(bracketed.map((a) => [a.rule, a.cue, a.content])).toEqual([
      ['participle', 'noting', ['the price of fuel']],
      ['leading', 'said', ['The fares must rise.']],
    ]);
    expect(read('Ada Kemp shut the pier despite insisting that it was safe.')[0]).toMatchObject({
      rule: 'participle',
      source: 'Ada Kemp',
      content: ['that it was safe'],
    });
  });

  it("a thing named after the participle is the speaker's stance, a claim, not a quote", () => {
    expect(read('Tom Bell toured the pier, recalling the storm of 1990.')[0]).toMatchObject({
      rule: 'participle',
      kind: 'stance',
      content: ['the storm of 1990'],
    });
    // "admitting" a thing lets it in: no claim at all
    expect(read('The college grew fast, admitting more students each year.')).toEqual([]);
  });
  it('a participle of support right after the people or body it describes is their stance', () => {
    expect(read('A group backing Tom Bell gave the fund $3 million.')).toMatchObject([
      {
        rule: 'participle',
        kind: 'stance',
        source: 'A group',
        cue: 'backing',
        content: ['Tom Bell'],
      },
    ]);
    expect(
      read('Right to Sail, a super PAC supporting former Gov. Ann Roe, ran ads.')[0],
    ).toMatchObject({ source: 'a super PAC', content: ['former Gov. Ann Roe'] });
    expect(read('Those opposing the levy outnumbered the rest.')[0]).toMatchObject({
      source: 'Those',
      content: ['the levy'],
    });
    // after a verb, or after an auxiliary, it is that verb's object or the main verb
    expect(read('Ann Roe kept backing Tom Bell.')).toEqual([]);
  });

  it('a thing cited between the subject and its verb ends at its comma; the verb reads on', () => {
    const found = read('Ada Kemp, citing the harbour survey, said the pier would close.');
    expect(found).toMatchObject([
      { rule: 'participle', kind: 'stance', source: 'Ada Kemp', content: ['the harbour survey'] },
      { rule: 'leading', cue: 'said', content: ['the pier would close'] },
    ]);
  });

  it('an adverb between the comma and the participle: "..., finally saying ..."', () => {
    const found = read(
      'Tom Bell kept to the budget at first but grew sharper, finally saying the scheme would collapse.',
    );
    expect(found).toMatchObject([
      {
        rule: 'participle',
        cue: 'saying',
        source: 'Tom Bell',
        content: ['the scheme would collapse'],
      },
    ]);
    // between the subject and its verb the words end at the comma
    expect(read('Ada Kemp, eventually conceding that the pier was old, closed it.')).toMatchObject([
      { rule: 'participle', source: 'Ada Kemp', content: ['that the pier was old'] },
    ]);
    // a negated participle reports nothing, and "grew sharper" is no cue
    expect(read('Ada Kemp left the hall, never saying why the pier had closed.')).toEqual([]);
    expect(read('Tom Bell kept to the budget at first but grew sharper.')).toEqual([]);
  });

  it('an aside ends at its comma, not at the comma of a number ("250,000")', () => {
    expect(
      read('Tom Bell, later alleging that the port lost 250,000 crates, said he would sue.'),
    ).toContainEqual(
      expect.objectContaining({
        rule: 'participle',
        content: ['that the port lost 250,000 crates'],
      }),
    );
  });
});
