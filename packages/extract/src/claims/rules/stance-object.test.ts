import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';

// Invented sentences.
describe('stance-object', () => {
  it('"denied him bail" withholds a thing from someone: no words, no stance', () => {
    expect(read('Judge Ada Kemp denied Tom Bell bail on Tuesday.')).toEqual([]);
    expect(read('The senators denied him a hearing.')).toEqual([]);
    // a clause after the name is still what was denied, and a thing alone a stance
    expect(read('Ada Kemp denied Tom Bell had left.')[0]).toMatchObject({
      kind: 'speech',
      content: ['Tom Bell had left'],
    });
    expect(read('Ada Kemp denied the allegations.')[0]).toMatchObject({
      rule: 'stance-object',
      content: ['the allegations'],
    });
  });

  it('a short object ends at a second verb of the subject: "confirmed the layoffs but declined to comment"', () => {
    const [layoffs] = read(
      'A Quillpay spokesperson confirmed the layoffs but declined to comment.',
    );
    expect(layoffs).toMatchObject({ rule: 'stance-object', content: ['the layoffs'] });
    expect(read('The firm reported a profit and raised its forecast.')[0]).toMatchObject({
      rule: 'stance-object',
      content: ['a profit'],
    });
    // ... and so does a past form of "be" after "but"
    expect(
      read('The skipper praised her crew but was less happy with the weather.')[0],
    ).toMatchObject({ rule: 'stance-object', content: ['her crew'] });
    // words after "and" with a verb of their own inside what was said stay what was said
    expect(
      read('Her allies insist the levy hurts renters most and will drive them out.')[0],
    ).toMatchObject({ kind: 'speech' });
    // ... and so do a relative clause's own verbs
    expect(
      read('Ana Ruiz praised the nurse who trained and worked in Eastvale.')[0]?.content,
    ).toEqual(['the nurse who trained and worked in Eastvale']);
  });

  it('a noun phrase stays one before a clause joined on after a comma: "reported a loss, and ..."', () => {
    expect(read('Kestrel Air reported a loss, and its shares fell.')).toMatchObject([
      { rule: 'stance-object', kind: 'stance' },
    ]);
    // a clause after the cue is still what was said
    expect(read('Ada Kemp said the bridge was safe, but the crowd booed.')[0]).toMatchObject({
      rule: 'leading',
      kind: 'speech',
    });
  });

  it('makes a stance on a noun phrase a claim of the speaker, never a quote', () => {
    expect(read('The tenants union criticised the new parking levy.')).toMatchObject([
      {
        kind: 'stance',
        rule: 'stance-object',
        source: 'The tenants union',
        cue: 'criticised',
        content: ['the new parking levy'],
        hedge: 'none',
      },
    ]);
  });

  it('keeps quoted words in a label no quote rule reads: "portrayed the mayor as a "puppet""', () => {
    // invented
    expect(read('Ana Ruiz portrayed the mayor as a "puppet of the port."')[0]).toMatchObject({
      kind: 'stance',
      rule: 'stance-object',
      source: 'Ana Ruiz',
      content: ['the mayor as a "puppet of the port."'],
    });
    // after a verb of saying the quote rules read them: a quote, not this stance
    expect(read('Ana Ruiz criticised the plan as "reckless."')[0]?.rule).toBe('leading');
  });

  it('reads an -ed form between a number a phrase opens and a noun as an adjective, no cue', () => {
    expect(read('Tom Bell leads by 271 pledged delegates.')).toHaveLength(0);
    expect(read('The 12 reported cases worried the clinic.')).toHaveLength(0);
    expect(
      read('Tom Bell leads by 271 pledged delegates, according to a count by the Gazette.'),
    ).toMatchObject([
      { rule: 'according-to', content: ['Tom Bell leads by 271 pledged delegates'] },
    ]);
    // a number that opens the clause is its subject
    expect(read('Of the members, ten criticised the plan.')).toMatchObject([
      { rule: 'stance-object', source: 'ten', content: ['the plan'] },
    ]);
  });

  it('ends the object with a clause fronted before the sentence', () => {
    expect(read('After the mayor criticised the levy, the tenants met again.')).toMatchObject([
      { rule: 'stance-object', source: 'the mayor', content: ['the levy'] },
    ]);
  });

  it('reads an order as the stance of whoever gave it; "an order" names none', () => {
    expect(read('The harbour master ordered a review of the pier.')).toMatchObject([
      {
        kind: 'stance',
        source: 'The harbour master',
        cue: 'ordered',
        content: ['a review of the pier'],
      },
    ]);
    expect(read('The order stands.')).toHaveLength(0);
  });

  it('reads a feeling expressed as the stance of whoever expressed it', () => {
    expect(read('Tom Bell expressed concern that the pier was unsafe.')).toMatchObject([
      {
        kind: 'stance',
        source: 'Tom Bell',
        cue: 'expressed',
        content: ['concern that the pier was unsafe'],
      },
    ]);
  });

  it('reads a post or a tweet of a thing as what its author put out', () => {
    expect(read('Ada Kemp posted a video of the rally.')).toMatchObject([
      { kind: 'stance', source: 'Ada Kemp', cue: 'posted', content: ['a video of the rally'] },
    ]);
    expect(read('Tom Bell tweeted a photo of the pier.')).toMatchObject([
      { kind: 'stance', cue: 'tweeted', content: ['a photo of the pier'] },
    ]);
  });

  it('reads backing and recommending as stances; "backed into" a thing is none', () => {
    expect(read('The crews backed the new schedule.')).toMatchObject([
      { kind: 'stance', source: 'The crews', cue: 'backed', content: ['the new schedule'] },
    ]);
    expect(read('Ada Kemp recommended a review of the pier.')).toMatchObject([
      { kind: 'stance', cue: 'recommended', content: ['a review of the pier'] },
    ]);
    expect(read('The van backed into a wall.')).toHaveLength(0);
  });

  it('makes a verb of saying with a noun phrase a claim, and leaves its clauses to the quotes', () => {
    expect(read('The ferry operator reported a loss of $4 million for the winter.')).toMatchObject([
      { kind: 'stance', rule: 'stance-object', cue: 'reported', hedge: 'none' },
    ]);
    expect(read('Councillor Ivo Brandt has denied any role in the tender.')).toMatchObject([
      { kind: 'stance', cue: 'has denied', content: ['any role in the tender'], hedge: 'disputed' },
    ]);
    // a noun that is also a cue ("plan", "report", "support") after a determiner is no verb
    expect(read('Mayor Ada Kemp announced the plan on Monday.')).toMatchObject([
      { kind: 'stance', rule: 'stance-object', content: ['the plan on Monday'] },
    ]);
    expect(read('Ada Kemp pledged her support for the harbour levy.')).toMatchObject([
      { kind: 'stance', rule: 'stance-object', cue: 'pledged' },
    ]);
    // a clause: an auxiliary, a past tense, a subject name before its verb
    for (const text of [
      'The operator confirmed the ferry would sail on Friday.',
      'The coach suggested Kemp hit a softer shot.',
      'The operator reported the crossing was delayed.',
    ])
      expect(read(text)[0]).toMatchObject({ kind: 'speech', rule: 'leading' });
  });

  it('reads the object up to a clause hung on it, and the clause after the comma closing it', () => {
    expect(
      read('The port reported a loss of $4 million, which surprised the council and may grow.'),
    ).toMatchObject([
      {
        kind: 'stance',
        rule: 'stance-object',
        content: ['a loss of $4 million, which surprised the council and may grow'],
      },
    ]);
    expect(read('The Harbour Hawks responded a minute later when Tom Bell scored.')).toEqual([]);
    expect(
      read('The wardens confirmed the pier, which opened in May, will close.')[0],
    ).toMatchObject({
      kind: 'speech',
      rule: 'leading',
      content: ['the pier, which opened in May, will close'],
    });
  });

  it('leaves a verb of saying whose object is neither clause nor stance alone', () => {
    expect(read('The visitors replied two minutes later with a goal.')).toEqual([]);
  });

  it('takes a label given to an object ("called the plan a disgrace") as a stance', () => {
    expect(read('Ann Roe called the ferry plan a disgrace.')).toMatchObject([
      { kind: 'stance', source: 'Ann Roe', cue: 'called', content: ['the ferry plan a disgrace'] },
    ]);
    expect(read('Critics dubbed him a traitor.')[0]).toMatchObject({ kind: 'stance' });
    // an owner's word opens a label too, and what one calls oneself is one
    expect(read('Ann Roe called her brother her hero.')[0]).toMatchObject({
      content: ['her brother her hero'],
    });
    expect(read('Tom Bell calls himself pro-business.')[0]).toMatchObject({ kind: 'stance' });
    for (const text of [
      'He called a meeting for Monday.',
      'The mayor called the police after a crash.',
      'Ann Roe called her brother.',
      'The comic dubbed himself over the footage.',
    ])
      expect(read(text)).toEqual([]);
  });

  it('marks verbs that contest their object as disputed', () => {
    expect(read('Councillor Ivo Brandt disputed the ferry figures on Monday.')[0]).toMatchObject({
      kind: 'stance',
      source: 'Councillor Ivo Brandt',
      hedge: 'disputed',
    });
  });

  it('reads "that" before a short noun phrase as pointing at a thing, not opening a clause', () => {
    expect(read('Harbour pilots dispute that estimate.')).toMatchObject([
      { kind: 'stance', content: ['that estimate'], hedge: 'disputed' },
    ]);
    expect(read('Harbour pilots dispute that fees rose.')[0]).toMatchObject({ kind: 'speech' });
  });

  it('leaves clauses to the verbs of saying and bare pronouns alone', () => {
    expect(read('Mira Solberg praised them.')).toEqual([]);
    expect(read('Mira Solberg disputed that.')).toEqual([]);
    expect(
      read('Mira Solberg praised the crew, saying "they never stopped."')[0],
    ).not.toMatchObject({
      rule: 'stance-object',
      content: ['the crew, saying "they never stopped."'],
    });
    expect(read('The ministry questioned whether the dam would hold.')[0]).toMatchObject({
      rule: 'leading',
    });
  });

  it('a stance in a clause set off by a comma and "while" or "but" cuts the words said before it', () => {
    const found = read(
      'The bursar has said that the library fund is solvent, while the student union has accused him of hiding losses.',
    );
    expect(found.map((a) => [a.rule, a.source, a.cue, a.content])).toEqual([
      ['leading', 'The bursar', 'has said', ['that the library fund is solvent']],
      ['stance-object', 'the student union', 'has accused', ['him of hiding losses']],
    ]);
    // joined with no comma, or inside a clause of time, the stance is part of what was said
    expect(
      read('The bursar said the fund is solvent and the union criticised the plan.'),
    ).toMatchObject([
      { rule: 'leading', content: ['the fund is solvent and the union criticised the plan'] },
    ]);
    expect(
      read('The bursar said the fund is solvent, after the union criticised the plan.'),
    ).toMatchObject([
      { rule: 'leading', content: ['the fund is solvent, after the union criticised the plan'] },
    ]);
  });

  it('a stance in a fronted clause takes only that clause, not the quote after it', () => {
    const found = read(
      'After the mayor accused him of bias, Kemp warned, "Those rules bind everyone."',
    );
    expect(found.map((a) => [a.rule, a.source, a.content])).toEqual(
      expect.arrayContaining([
        ['leading', 'Kemp', ['Those rules bind everyone.']],
        ['stance-object', 'the mayor', ['him of bias']],
      ]),
    );
    // a stance on one name stays when its clause ends there
    const named = read('Even as Marchbank was criticizing Tarrow, however, she lost the vote.');
    expect(named).toMatchObject([
      { rule: 'stance-object', source: 'Marchbank', content: ['Tarrow'] },
    ]);
  });

  it('"painted her rival as a crook", "cast the mayor as a puppet": a label with "as" is a stance', () => {
    const found = read(
      [
        'Averill painted her opponent as a friend of the developers.',
        'The Tollen Union has cast the mayor as a puppet of the builders.',
        'Critics portrayed the plan as a giveaway to landlords.',
        'Ada Kemp branded the levy as a tax on the poor.',
      ].join(' '),
    );
    expect(found.map((f) => [f.kind, f.rule, f.source, f.cue, f.content[0]])).toEqual([
      [
        'stance',
        'stance-object',
        'Averill',
        'painted',
        'her opponent as a friend of the developers',
      ],
      [
        'stance',
        'stance-object',
        'The Tollen Union',
        'has cast',
        'the mayor as a puppet of the builders',
      ],
      ['stance', 'stance-object', 'Critics', 'portrayed', 'the plan as a giveaway to landlords'],
      ['stance', 'stance-object', 'Ada Kemp', 'branded', 'the levy as a tax on the poor'],
    ]);
    // a verb after a connective is the subject's next deed, not a clause of time after "as"
    expect(read('The wardens cast the ferrymen as rivals and shunned them.')[0]).toMatchObject({
      source: 'The wardens',
      cue: 'cast',
    });
  });

  it('no label without "as", after a preposition in the object, before a clause, or on a noun', () => {
    const none = [
      'Tom Bell painted the fence green.',
      'The union cast doubt on the figures.',
      'Voters cast their ballots as early voting opened.',
      'Voters cast their ballots for Ada Kemp as the polls closed.',
      'The cast as a whole was strong.',
      'She was cast as the queen in the school play.',
      'Tom Bell called the police as a precaution.',
      'Fans wore shirts portraying the coach as a hero.',
    ];
    for (const text of none) expect(read(text), text).toEqual([]);
  });

  it('a stance on a noun phrase ends at a semicolon, and the clause after it is read', () => {
    const [framed, argued] = read(
      'The Greens framed the levy as a tax on the coast; by contrast, the Tollen Union has argued that it pays for the dams.',
    );
    expect(framed).toMatchObject({
      source: 'The Greens',
      content: ['the levy as a tax on the coast'],
    });
    expect(argued).toMatchObject({
      source: 'the Tollen Union',
      content: ['that it pays for the dams'],
    });
  });

  it('after "let" or "helped" and its object, the object labels: the one who lets is no part of it', () => {
    expect(read('Officials let Ann Roe cast the plan as a win.')).toMatchObject([
      { rule: 'stance-object', source: 'Ann Roe', content: ['the plan as a win'] },
    ]);
    expect(read('The mayor helped the crew cast the deal as a loss.')[0]?.source).toBe('the crew');
    // not let act, it did not happen: no one labels
    expect(read('Officials would not let Ann Roe cast the plan as a win.')).toEqual([]);
    // inside reported words, nothing labels on its own
    expect(read('Officials said they would help Ann Roe cast the plan as a win.')).toMatchObject([
      { rule: 'leading', source: 'Officials' },
    ]);
    // naming a place labels no one
    // (what the council wants is its stance, read by "leading")
    expect(read('The council wants to brand the old market as Harbour Square.')).toMatchObject([
      { rule: 'leading', cue: 'wants', content: ['to brand the old market as Harbour Square'] },
    ]);
    // what may yet be, or a coordinated verb whose modal is further back, is no one's stance
    expect(read('A win could lift Ann Roe and help Tom Bell cast the vote as a rout.')).toEqual([]);
  });
});
