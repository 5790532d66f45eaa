import { describe, expect, it } from 'vitest';
import { claims, read } from '../../../test/support/read.js';
import { extract } from '../../extract.js';

// Invented sentences.
describe('leading', () => {
  it('what follows the preposition of "warned of", "spoke about" is what was spoken of, relative clause and all', () => {
    expect(
      read('The pilots warned of a long strike that could close the harbour.')[0],
    ).toMatchObject({
      cue: 'warned of',
      source: 'The pilots',
      content: ['a long strike that could close the harbour'],
    });
    // the passive names whom it was said to: nobody's claim
    expect(read('The harbour board was warned about the strike.')).toEqual([]);
    // one told still is the recipient
    expect(read('The pilots warned the board that the harbour could close.')[0]).toMatchObject({
      content: ['that the harbour could close'],
    });
  });

  it('a cue inside a relative clause set off after the subject closes with it; the subject still speaks', () => {
    const found = read(
      'A ferry pilot, who spoke on condition of anonymity because he feared losing his licence, said the engines were unsafe.',
    );
    expect(found.map((a) => [a.kind, a.cue, a.source, a.content])).toEqual([
      ['belief', 'feared', 'he', ['losing his licence']],
      ['speech', 'said', 'A ferry pilot', ['the engines were unsafe']],
    ]);
  });

  it('"a man accused of murder told an officer ...": the one accused is the subject, no accuser speaks', () => {
    const [quote] = read(
      'A man accused of robbing a bakery told an officer he "did not mean to scare anyone."',
    );
    expect(quote).toMatchObject({ rule: 'leading', source: 'A man accused of robbing a bakery' });
    expect(quote?.cue).toBe('told');
    // the active verb still accuses: "accused the board of lying"
    expect(read('Ada Kemp accused the board of lying.')[0]).toMatchObject({ source: 'Ada Kemp' });
  });

  it('"supporters of the plan to close the depot said": a noun of intention and its "to" stay in the speaker', () => {
    expect(
      read('Supporters of the plan to close the depot said they were pleased.')[0],
    ).toMatchObject({
      rule: 'leading',
      source: 'Supporters of the plan to close the depot',
      content: ['they were pleased'],
    });
    expect(
      read("Critics of the council's bid to sell the park said the price was too low.")[0],
    ).toMatchObject({ source: "Critics of the council's bid to sell the park" });
    // a verb before "to" is no noun of intention: the relative clause still ends the speaker
    expect(read('Residents who plan to attend said they were angry.')[0]).toMatchObject({
      source: 'Residents',
    });
    // nor does a noun of intention with no people before it name anyone ("backing" is no cue here)
    expect(
      read('A drive to hire volunteers backing the levy was the idea of a council aide.'),
    ).toEqual([]);
  });

  it('"Mayor Ann Roe and council member Tom Bell said": a name, "and", a role and a name speak together', () => {
    expect(
      read('Mayor Ann Roe and council member Tom Bell said the plan would cost more.')[0],
    ).toMatchObject({ source: 'Mayor Ann Roe and council member Tom Bell' });
    // ... and inside what was said, the pair is the subject of one clause, no speaker of its own
    const minutes = read(
      'The minutes show that deputy governor Ivo Marr and board member Cai Brandt wanted to hold rates.',
    );
    expect(minutes).toHaveLength(1);
    expect(minutes[0]?.content).toEqual([
      'that deputy governor Ivo Marr and board member Cai Brandt wanted to hold rates',
    ]);
    // a clause of its own before "and" still ends the speaker there
    expect(
      read('Ann Roe thanked the crowd and union leader Tom Bell said the strike was over.')[0],
    ).toMatchObject({ source: 'union leader Tom Bell' });
  });

  it('"the father of two", "a mother of three" speak: the count after "of" closes the description', () => {
    expect(read('The 58-year-old father of two said he would retrain.')[0]).toMatchObject({
      rule: 'leading',
      source: 'The 58-year-old father of two',
      content: ['he would retrain'],
    });
    expect(read('"It was hard," the mother of three told the Courier.')[0]).toMatchObject({
      rule: 'trailing',
      source: 'the mother of three',
    });
  });

  it('a fronted phrase of place before a name and its age is no speaker: "Outside the rink, voter Ann Roe, 72, said"', () => {
    expect(read('Outside the rink, voter Ann Roe, 72, said she had switched.')[0]).toMatchObject({
      source: 'voter Ann Roe, 72',
      content: ['she had switched'],
    });
  });

  it('"the night shift", "the morning rush" after the cue open what was said, no time of saying', () => {
    expect(read('A paramedic said the night shift at the clinic was chaotic.')[0]).toMatchObject({
      content: ['the night shift at the clinic was chaotic'],
    });
    expect(read('Ann Roe said the morning rush was worse.')[0]).toMatchObject({
      content: ['the morning rush was worse'],
    });
  });

  it('"think tank" is a noun: the body named after it speaks, no one "thinks"', () => {
    const text = 'Health think tank the Carrow Trust said the money was "a drop in the ocean".';
    expect(read(text)[0]).toMatchObject({ rule: 'leading', cue: 'said' });
    const article = extract(text);
    const speaker = article.entities.find((e) => e.id === article.quotes[0]?.speakerId);
    expect(speaker).toMatchObject({ name: 'Carrow Trust', kind: 'organization' });
    expect(read('Think tanks said the plan would fail.')[0]).toMatchObject({ cue: 'said' });
  });

  it('people picked out by what they did, then their name between commas: "The woman who called 911, X, said"', () => {
    const found = read(
      '"It is wrong," Ivo Marr said.\nThe woman who called 911, Ada Kemp, said she could hear them.',
    );
    expect(found.map((a) => [a.rule, a.source])).toEqual([
      ['trailing', 'Ivo Marr'],
      ['leading', 'Ada Kemp'],
    ]);
  });

  it('"Witnesses heard the driver shouting that ...": who was heard speaks, not those who heard', () => {
    expect(
      read('Witnesses heard the driver shouting that the brakes had failed.')[0],
    ).toMatchObject({
      rule: 'leading',
      source: 'the driver',
      content: ['that the brakes had failed'],
    });
    const article = extract('Neighbours saw Tom Bell telling the crowd the pier was closed.');
    const speaker = article.entities.find((e) => e.id === article.quotes[0]?.speakerId);
    expect(speaker?.name).toBe('Tom Bell');
    expect(article.entities.map((e) => e.name)).toEqual(['Tom Bell']);
    // who watched is the speaker when a relative clause says so
    expect(read('Riders who watched the debate said it was dull.')[0]).toMatchObject({
      source: 'Riders who watched the debate',
    });
  });

  it('"neither admitted nor denied" reports no words: a stance, as "did not admit" is', () => {
    const found = read('Harbour Rail paid $2 million. It neither admitted nor denied the claims.');
    expect(found.map((a) => [a.kind, a.source])).toEqual([['stance', 'It']]);
    expect(extract('It neither admitted nor denied the claims.').entities).toEqual([]);
  });

  it('leading: speaker, cue, then the reported clause (indirect, mixed, direct)', () => {
    const [indirect] = read('Ann Roe said the bridge would reopen in May.');
    expect(indirect).toMatchObject({
      kind: 'speech',
      quoteKind: 'indirect',
      rule: 'leading',
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

  it("a quote after the comma ends the words when the writer's clause follows its close", () => {
    const [toured] = read('Mayor Helen Trask said, "We will rebuild," as she toured the streets.');
    expect(toured).toMatchObject({ quoteKind: 'direct', content: ['We will rebuild'] });
    const [walked] = read('Tom Bell said, "We are done," and walked out.');
    expect(walked).toMatchObject({ quoteKind: 'direct', content: ['We are done'] });
    // with no comma or stop closing the quote, the clause is part of what was said
    const [until] = read('Ana Ruiz said, "Three weeks to go" until the vote.');
    expect(until).toMatchObject({
      quoteKind: 'mixed',
      content: ['"Three weeks to go" until the vote'],
    });
  });

  it('"said in a statement it would appeal": "it" or "there" with an auxiliary opens the words', () => {
    const [it] = read('Harbour Rail said in a statement it would appeal.');
    expect(it).toMatchObject({ source: 'Harbour Rail', content: ['it would appeal'] });
    const [there] = read('Ada Kemp said in a statement there would be no talks.');
    expect(there).toMatchObject({ source: 'Ada Kemp', content: ['there would be no talks'] });
  });

  it('"A flood warning was issued": a form in -ing with a verb after it is a noun, no cue', () => {
    expect(read('A flood warning was issued for Carrow on Thursday.')).toEqual([]);
    expect(read('Her best showing is ten percent.')).toEqual([]);
  });

  it('"reported better-than-expected results": a hyphenated compound is no clause of its own', () => {
    // a position on a thing reported, kept as a claim, not reported words
    for (const text of [
      'Pinemark reported better-than-expected results.',
      'Pinemark reported record-breaking sales.',
    ])
      expect(read(text), text).toMatchObject([{ kind: 'stance', rule: 'stance-object' }]);
    expect(read('Pinemark reported that sales rose.')).toMatchObject([{ kind: 'speech' }]);
  });

  it('"said nothing", "said little": a pronoun of amount is no report of words', () => {
    expect(read('Holm said nothing as he left court.')).toEqual([]);
    expect(read('Ana Ruiz said little about the plan.')).toEqual([]);
    const [clause] = read('Tom Bell said nothing would change.');
    expect(clause).toMatchObject({ rule: 'leading', content: ['nothing would change'] });
  });

  it('a stray comma after a bracketed label leaves the labelled name speaking', () => {
    // invented
    const [quote] = read('Rep. Tom Bell (R-Ore.), said the bill "will not pass" this year.');
    expect(quote).toMatchObject({
      rule: 'leading',
      source: 'Rep. Tom Bell (R-Ore.)',
      cue: 'said',
      content: ['the bill "will not pass" this year'],
    });
    // without the label the comma still closes an aside, and only a bracket ends a subject
    expect(read('The plan (a draft), said to cost millions, stalled.')).toEqual([]);
  });

  it('a first name that is also a modal speaks with its surname ("Will Hardy")', () => {
    // invented
    expect(read('Will Hardy, a mechanic, said the cold takes a toll.')[0]).toMatchObject({
      rule: 'leading',
      source: 'Will Hardy, a mechanic',
      content: ['the cold takes a toll'],
    });
    expect(read('Will Hardy said the brakes failed.')[0]).toMatchObject({ source: 'Will Hardy' });
  });

  it('a relative clause before the cue is no speaker; "who" before a name or a time still is', () => {
    // invented
    const sources = (text: string) => read(text).map((a) => a.source);
    expect(sources('Pilots who flew and who quit said the pay was low.')).not.toContain('who quit');
    const [timed] = sources('Tom Bell, who in 2010 said the goal was "one term," agreed.');
    expect(timed).toMatch(/^who\b/);
  });

  it('a phrase fronted by an irregular participle is no part of the speaker', () => {
    // invented
    const [quote] = read(
      'Given her earlier views, Ximena Lutz, president of Harbour Watch, said the minister might listen.',
    );
    expect(quote).toMatchObject({
      rule: 'leading',
      source: 'Ximena Lutz, president of Harbour Watch',
      content: ['the minister might listen'],
    });
  });

  it('a clause framing the sentence, however long, leaves the name after it speaking', () => {
    // invented
    const [quote] = read(
      'After the council vote ended in shouting when half the speakers were ruled out of order, Ada Kemp, the clerk, said she had asked for calm.',
    );
    expect(quote).toMatchObject({
      rule: 'leading',
      source: 'Ada Kemp, the clerk',
      cue: 'said',
      content: ['she had asked for calm'],
    });
    // a title before the name, and a short aside after it
    expect(
      read(
        'While the mayor gave no details, Rep. Ada Kemp, D-Halden, says the port will close.',
      )[0],
    ).toMatchObject({ source: 'Rep. Ada Kemp, D-Halden', content: ['the port will close'] });
    // a statement before the name is no frame: what it says is not the name's description
    expect(read('When the vote failed, the plan died, Ada Kemp, the clerk, said.')).toEqual([]);
  });

  it('a name and its aside after a dash open a clause of their own, which the name speaks', () => {
    expect(
      read('It was no accident \u2014 Tom Bell, an aide to the mayor, said the vote was rigged.'),
    ).toMatchObject([
      {
        rule: 'leading',
        source: 'Tom Bell, an aide to the mayor',
        cue: 'said',
        content: ['the vote was rigged'],
      },
    ]);
  });

  it('a long aside after a name opening the sentence describes the name, which speaks', () => {
    // invented
    const [quote] = read(
      'Ivo Marr, a farmer from the valley who had sat on the water board for a decade before leaving it last month over a dispute, said the dam was unsafe.',
    );
    expect(quote).toMatchObject({
      rule: 'leading',
      source: 'Ivo Marr',
      cue: 'said',
      content: ['the dam was unsafe'],
    });
  });

  it('those polled speak through a likelihood: "were more likely to say"', () => {
    // invented
    expect(
      read('Rural riders were clearly more likely to say the fares were fair.')[0],
    ).toMatchObject({
      kind: 'speech',
      rule: 'leading',
      source: 'Rural riders',
      cue: 'were clearly more likely to say',
      content: ['the fares were fair'],
    });
    // a likelihood that compares no one is a forecast: nothing has been said yet
    expect(read('The mayor is likely to say the budget is balanced.')[0]).toMatchObject({
      kind: 'stance',
      source: 'The mayor',
      cue: 'is likely to say',
    });
  });

  it('a plural described by a present participle speaks: "Tenants trying to buy their units say"', () => {
    // invented
    expect(read('Tenants trying to buy their units say the prices keep rising.')[0]).toMatchObject({
      rule: 'leading',
      source: 'Tenants trying to buy their units',
      content: ['the prices keep rising'],
    });
    expect(read('Riders going to the depot on Monday say the buses are late.')[0]).toMatchObject({
      source: 'Riders going to the depot',
      content: ['the buses are late'],
    });
    // a noun in -ing after a singular is no participle: "plans" there is what was drawn up
    const found = read(
      'The mayor gathered her aides at a budget meeting to draw up plans to widen the road.',
    );
    expect(found.map((a) => a.cue)).not.toContain('plans');
  });

  it('two kinds of people joined by "and" speak together: "Many teachers and some parents say"', () => {
    // invented
    expect(
      read('Many teachers and some parents say the school should stay open.')[0],
    ).toMatchObject({
      source: 'Many teachers and some parents',
      content: ['the school should stay open'],
    });
    // an amount after "and" starts a subject of its own
    const found = read(
      'Forty percent of riders blame the drivers and 30 percent say the fares are fine.',
    );
    expect(found.find((a) => a.cue === 'say')).toMatchObject({ source: '30 percent' });
  });

  it('a share written with a percent sign speaks: "42% say", "42% of tenants said"', () => {
    expect(read('Among tenants, 42% say the rent is fair.')).toMatchObject([
      { rule: 'leading', source: '42%', cue: 'say', content: ['the rent is fair'] },
    ]);
    expect(read('About 38% of ferry riders said the fares were too high.')[0]).toMatchObject({
      source: 'About 38% of ferry riders',
      content: ['the fares were too high'],
    });
  });

  it('a base form before "has" or "is" is the noun that is its subject: "the sales report has"', () => {
    // invented
    expect(read('The weak sales report has pushed the board to act.')).toEqual([]);
    expect(read('The harbour plan is to dredge the channel in May.')).toEqual([]);
    expect(read('Ferry workers report that the pier is unsafe.')[0]).toMatchObject({
      source: 'Ferry workers',
      cue: 'report',
    });
  });

  it('a share of those asked speaks: "Two in three said", "nine out of 10 riders said"', () => {
    // invented
    const [two, one] = read(
      'Two in three said they would pay the levy, and one in four said it was unfair.',
    );
    expect(two).toMatchObject({ source: 'Two in three', content: ['they would pay the levy'] });
    expect(one).toMatchObject({ source: 'one in four', content: ['it was unfair'] });
    expect(read('Nearly nine out of 10 riders said the fares were too high.')[0]).toMatchObject({
      source: 'Nearly nine out of 10 riders',
    });
  });

  it('a subject described by two linked phrases: "a lawyer familiar with the warning from the board"', () => {
    expect(
      read(
        'A lawyer familiar with the warning from the harbour board says the case will settle.',
      )[0],
    ).toMatchObject({
      source: 'A lawyer familiar with the warning from the harbour board',
      content: ['the case will settle'],
    });
    // a participle after an article is an adjective, and ends the phrase read leftwards
    expect(
      read('He cited a confirmed Harbour Herald report that the pier was sold.').filter((a) =>
        a.source?.includes('Harbour Herald'),
      ),
    ).toEqual([]);
  });

  it('a capitalised month abbreviation or time noun before the cue is a name, after "in" the time', () => {
    expect(read('Jun wrote that the pier was sold.')[0]).toMatchObject({
      source: 'Jun',
      cue: 'wrote',
    });
    expect(read('The board in June said the pier was sold.')[0]).toMatchObject({
      source: 'The board',
    });
  });

  it('an aside set off after the cue, then a clause of its own: what was said', () => {
    expect(read('Ada Kemp says, win or lose, she is staying on the board.')[0]).toMatchObject({
      source: 'Ada Kemp',
      cue: 'says',
      content: ['she is staying on the board'],
    });
    // ... and a pronoun with its verb glued on opens it too
    expect(read("Ada Kemp says, win or lose, she's staying on the board.")[0]).toMatchObject({
      content: ["she's staying on the board"],
    });
    expect(read('The board said, in a statement, the pier would close.')[0]).toMatchObject({
      source: 'The board',
      content: ['the pier would close'],
    });
    expect(read('Tom Bell said — on the radio — that the fares would rise.')[0]).toMatchObject({
      content: ['that the fares would rise'],
    });
    // no aside: a second verb, a form in -s that is a noun, and a clause opened by "as"
    expect(read('The pier is closed, Tom Bell said, and the board will meet.')).not.toContainEqual(
      expect.objectContaining({ rule: 'leading', content: ['the board will meet'] }),
    );
    expect(
      read(
        'The senator won a few caucus states, including two in the west, the board has won none.',
      ),
    ).toEqual([]);
    expect(
      read('As the Harbour Herald reported, on Friday, the board was still refusing to meet.')[0],
    ).not.toMatchObject({ rule: 'leading' });
  });

  it('a time phrase between a closed aside and the cue leaves the name the speaker', () => {
    expect(
      read('Tom Bell, the senior member, on Tuesday said the plan was reckless.')[0],
    ).toMatchObject({ source: 'Tom Bell, the senior member', content: ['the plan was reckless'] });
    expect(
      read('Ada Kemp, who chairs the board, last week told reporters the pier would close.')[0],
    ).toMatchObject({ source: 'Ada Kemp', content: ['the pier would close'] });
  });

  it('"said on Sept. 12": a short month with its period is a time phrase after the cue', () => {
    expect(read('Ana Ruiz said on Sept. 12 that the track was safe.')[0]).toMatchObject({
      source: 'Ana Ruiz',
      content: ['that the track was safe'],
    });
    expect(read('Ana Ruiz said on Dec. 28 the home was unsafe.')[0]?.content).toEqual([
      'the home was unsafe',
    ]);
    expect(extract('"This is not safe," said Ana Ruiz on Nov. 3.').quotes[0]?.rule).toBe(
      'inverted',
    );
    // ... and "at noon", "at midnight"
    expect(read('Ana Ruiz said at noon about 1,800 homes had lost power.')[0]?.content).toEqual([
      'about 1,800 homes had lost power',
    ]);
  });

  it('"this past week" is a time phrase before and after the cue', () => {
    // invented
    expect(
      read('Tom Bell, the senior member, this past week said the plan was reckless.')[0],
    ).toMatchObject({
      source: 'Tom Bell, the senior member',
      content: ['the plan was reckless'],
    });
    expect(read('Ana Ruiz this past weekend said the review would begin.')[0]).toMatchObject({
      source: 'Ana Ruiz',
    });
    expect(read('Ana Ruiz said this past week that the review would begin.')[0]).toMatchObject({
      content: ['that the review would begin'],
    });
    // "past" before a noun that is no time belongs to what was said
    expect(read('Ana Ruiz said past leaders had failed the town.')[0]).toMatchObject({
      content: ['past leaders had failed the town'],
    });
  });

  it('names joined by "and" take a base form as their verb: "Ana Ruiz and Tom Bell call ..."', () => {
    // invented
    expect(read('Ana Ruiz and Tom Bell call the levy "a giveaway."')[0]).toMatchObject({
      source: 'Ana Ruiz and Tom Bell',
      cue: 'call',
      content: ['the levy "a giveaway."'],
    });
    // a base form after one name is still a noun: "the Tom Bell call"
    expect(read('The Tom Bell call lasted an hour.')).toEqual([]);
  });

  it('"exhorted" is a verb of saying with its recipient, as "urged" is', () => {
    // invented
    expect(read('The coach exhorted her players to "leave nothing on the ice."')[0]).toMatchObject({
      rule: 'leading',
      source: 'The coach',
      cue: 'exhorted',
      content: ['to "leave nothing on the ice."'],
    });
  });

  it('a past verb and its object are no speaker: "released an analysis estimating ..."', () => {
    const found = read(
      'The Harbour Budget Project, a think tank, released an analysis estimating that fares would rise.',
    );
    expect(found.map((a) => a.source)).not.toContain('released an analysis');
  });

  it('a body told with no article is no part of what was said: "told council", "told court"', () => {
    for (const text of [
      'City engineer Ada Kemp told council the lane could be moved.',
      'Ada Kemp told court the lane could be moved.',
    ])
      expect(read(text)[0]?.content, text).toEqual(['the lane could be moved']);
  });

  it('a time phrase after a bare recipient leaves the recipient out of what was said', () => {
    expect(read('Ada Kemp told pilots on Monday that the pier would reopen.')[0]).toMatchObject({
      source: 'Ada Kemp',
      content: ['that the pier would reopen'],
    });
    expect(read('The board asked Tom Bell on Friday whether fares would rise.')[0]).toMatchObject({
      content: ['whether fares would rise'],
    });
  });

  it('a form in -s after a quantifier that takes a plural verb is the noun it counts', () => {
    expect(read('Some claims went unanswered at the hearing.')).toEqual([]);
    expect(read('Many reports say the pier is closed.')[0]).toMatchObject({
      source: 'Many reports',
      cue: 'say',
    });
    // the quantifier alone still speaks, and "one" takes the singular
    expect(read('Some said the pier is closed.')[0]).toMatchObject({ source: 'Some', cue: 'said' });
    expect(read('One says the pier is closed.')[0]).toMatchObject({ source: 'One', cue: 'says' });
  });

  it('a cue in a clause fronted before the sentence reports only that clause', () => {
    const [fronted, own] = read(
      'When Ada Kemp said the ferry would stop, the pilots walked out. Because Tom Bell warned that fares would rise, riders stayed home.',
    );
    expect(fronted).toMatchObject({
      rule: 'leading',
      source: 'Ada Kemp',
      content: ['the ferry would stop'],
    });
    expect(own).toMatchObject({ source: 'Tom Bell', content: ['that fares would rise'] });
    // a speaker after the sentence said all of it, the fronted clause too
    const whole = read(
      'Because Tom Bell warned that fares would rise, riders stayed home, Ivo Marsh said.',
    );
    expect(whole.find((a) => a.source === 'Ivo Marsh')?.content).toEqual([
      'Because Tom Bell warned that fares would rise, riders stayed home',
    ]);
    // the sentence's own clause is read after the comma: its speaker and cue are found
    const [, second] = read('While the mayor said the pier was safe, Ann Roe said it was not.');
    expect(second).toMatchObject({ source: 'Ann Roe', content: ['it was not'] });
    // a second cue joined inside the fronted clause ends with it too
    const joined = read(
      'While she called the levy "a scandal" and called for the fees to be "paid back" by owners, Ada Kemp stayed quiet.',
    );
    expect(joined.map((a) => a.content)).toEqual([
      ['the levy "a scandal"'],
      ['the fees to be "paid back" by owners'],
    ]);
    // "As ... said," reports the sentence's own clause
    const [as] = read('As Ada Kemp said, the pier is older than the town.');
    expect(as?.content).toEqual(['the pier is older than the town']);
  });

  it('a name opening the sentence speaks through a description whose closing comma is missing', () => {
    const [bracketed, plain] = read(
      'Ada Kemp (D-Norland), a supporter of the ferry plan told reporters the pier was old.\nTom Bell, a pilot for 30 years said the pier was safe.',
    );
    expect(bracketed).toMatchObject({
      rule: 'leading',
      source: 'Ada Kemp (D-Norland), a supporter of the ferry plan',
      content: ['the pier was old'],
    });
    expect(plain).toMatchObject({ source: 'Tom Bell, a pilot for 30 years' });
    // a title's abbreviation before the name
    const [titled] = read(
      'Dr. Ada Kemp (Eastvale), the head of the pilots said the ferry would run.',
    );
    expect(titled?.source).toBe('Dr. Ada Kemp (Eastvale), the head of the pilots');
    // not a name inside another phrase, nor one that opens what was said
    const [met] = read('Meanwhile, the mayor said the pier would close.');
    expect(met?.source).toBe('the mayor');
    const [aside] = read('Ada Kemp, a close aide said, "is sure of the vote."');
    expect(aside?.source).toBe('a close aide');
  });

  it('"about" before an amount hedges it: "said about 40 pilots went home" reports a clause', () => {
    expect(read('The port office said about 40 pilots went home.')[0]).toMatchObject({
      rule: 'leading',
      source: 'The port office',
      content: ['about 40 pilots went home'],
    });
    // "said about the plan" still names a topic, not a clause
    expect(read('Tom Bell said about the plan that it was bad.')).toEqual([]);
  });

  it('a relative clause on a frame noun stays in the frame: "in an interview that aired Monday that ..."', () => {
    expect(
      read('Ann Roe told the Gazette in an interview that aired Monday that the levy would go.')[0],
    ).toMatchObject({ source: 'Ann Roe', content: ['that the levy would go'] });
    expect(
      read('Ann Roe said in a statement that was released on Friday that the levy would go.')[0],
    ).toMatchObject({ content: ['that the levy would go'] });
    // "that" with a subject after it opens what was said
    expect(read('Ann Roe said in a statement that pilots were wrong.')[0]).toMatchObject({
      content: ['that pilots were wrong'],
    });
  });

  it('a share between amounts is no link before the head: "4 in 10 pilots in each port want"', () => {
    expect(read('About 4 in 10 pilots in each port want a strike.')[0]).toMatchObject({
      kind: 'stance',
      source: 'About 4 in 10 pilots in each port',
      content: ['a strike'],
    });
  });

  it('a quantifier standing for people takes a verb in the base form: "Many want ...", "Both plan to ..."', () => {
    expect(read('Many want the port to stay open.')[0]).toMatchObject({
      kind: 'stance',
      source: 'Many',
      content: ['the port to stay open'],
    });
    expect(read('Both plan to stay.')[0]).toMatchObject({ source: 'Both', content: ['to stay'] });
    // "Some state officials": before a plural noun the base form belongs to the noun phrase
    expect(read('Some state officials praised the crew.')[0]).toMatchObject({
      source: 'Some state officials',
    });
  });

  it('a hedge of two words before an amount opens the clause too: "reported at least 40 boats ..."', () => {
    expect(
      read('After the storm passed, the coast radio reported at least 40 boats were missing.')[0],
    ).toMatchObject({
      rule: 'leading',
      source: 'the coast radio',
      content: ['at least 40 boats were missing'],
    });
    expect(read('Ann Roe said up to half the crews had left.')[0]).toMatchObject({
      content: ['up to half the crews had left'],
    });
    // ... and so does the speaker's: "at least a dozen pilots", "about a dozen pilots"
    expect(
      read('Ann Roe left early, but at least a dozen pilots said the levy will go.')[0],
    ).toMatchObject({ source: 'at least a dozen pilots', content: ['the levy will go'] });
    expect(
      read('Ann Roe left early, but about a dozen pilots told the Gazette the levy will go.')[0],
    ).toMatchObject({ source: 'about a dozen pilots', content: ['the levy will go'] });
    // "two dozen states": a noun after an amount, no verb of saying
    expect(read('Mayors in more than two dozen states balked at the plan.')).toEqual([]);
    // "at" before anything else is still where it was said
    expect(read('Ann Roe said at the pier that the crews had left.')[0]).toMatchObject({
      content: ['that the crews had left'],
    });
  });

  it('a bare name as the aside speaks, however long the phrase before it', () => {
    expect(
      read('One of the authors of the study, Tom Fleet, said the vote would test it.')[0],
    ).toMatchObject({ rule: 'leading', source: 'Tom Fleet', content: ['the vote would test it'] });
  });

  it('a bare name as the aside speaks after a description the phrase reader stops in', () => {
    expect(
      read('One pilot not on the list, Tom Fleet, told the Star he would fly again.')[0],
    ).toMatchObject({ rule: 'leading', source: 'Tom Fleet', content: ['he would fly again'] });
    // a description with a clause of its own is no such opening
    expect(
      read('Two pilots who were not hired, Tom Fleet, said the board cheated.')[0]?.source,
    ).not.toBe('Tom Fleet');
  });

  it('a quantifier floating before the cue keeps the subject: "both said", "all said"', () => {
    const [both, all] = read(
      'Ada Kemp and Tom Bell both said the pier was unsafe. The wardens all said it would close.',
    );
    expect(both).toMatchObject({
      rule: 'leading',
      source: 'Ada Kemp and Tom Bell',
      cue: 'said',
      content: ['the pier was unsafe'],
    });
    expect(all).toMatchObject({ source: 'The wardens', content: ['it would close'] });
    // opening the clause, the quantifier is the subject itself
    const [alone] = read('Ada Kemp and Tom Bell met. Both said the pier was unsafe.');
    expect(alone).toMatchObject({ source: 'Both', content: ['the pier was unsafe'] });
  });

  it('"X and others said": the list is the source and the first person named speaks', () => {
    const [listed] = read('Ivo Marsh and others said the timetable was unrealistic.');
    expect(listed).toMatchObject({
      rule: 'leading',
      source: 'Ivo Marsh and others',
      content: ['the timetable was unrealistic'],
    });
    const article = extract('Ivo Marsh and others said the timetable was unrealistic.');
    const speaker = article.entities.find((e) => e.id === article.quotes[0]?.speakerId);
    expect(speaker?.name).toBe('Ivo Marsh');
    expect(article.entities.map((e) => e.name)).not.toContain('others');
  });

  it('a description in brackets after the name stays in the subject', () => {
    const [quote] = read(
      'Ann Roe (a harbour pilot for twenty years and now on the board) says she is tired.',
    );
    expect(quote).toMatchObject({
      rule: 'leading',
      source: 'Ann Roe (a harbour pilot for twenty years and now on the board)',
      content: ['she is tired'],
    });
  });

  it('a pronoun or a name with someone else speaks first: "he and his wife said"', () => {
    const text =
      'Ann Roe runs the ferry with her husband. "We will not sell," she and her husband said. ' +
      'She and Tom Bell said the fares would rise. The pier is safe, he and other pilots said.';
    const [direct, leading, trailing] = read(text);
    expect(direct).toMatchObject({
      quoteKind: 'direct',
      source: 'she and her husband',
      content: ['We will not sell'],
    });
    expect(leading).toMatchObject({
      source: 'She and Tom Bell',
      content: ['the fares would rise'],
    });
    expect(trailing).toMatchObject({
      source: 'he and other pilots',
      content: ['The pier is safe'],
    });
    const article = extract(text);
    const speaker = article.entities.find((e) => e.id === article.quotes[0]?.speakerId);
    expect(speaker?.name).toBe('Ann Roe');
    // words joined by "and" that modify the same people keep both: no "state officials" alone
    expect(read('Federal and state officials said the pier was safe.')[0]?.source).toBe(
      'Federal and state officials',
    );
    expect(read('Sheep and beef farmers said the levy was unfair.')[0]?.source).toBe(
      'Sheep and beef farmers',
    );
    expect(read('The past and current tenants said the lease was unfair.')[0]?.source).toBe(
      'The past and current tenants',
    );
    // ... but "and" before the people alone joins two clauses
    expect(read('They shut the depot and workers said it was unfair.')[0]?.source).toBe('workers');
    // nor is a count after "and" ("15 percent backed ...") part of the name before it
    expect(read('Ann Roe won 40 percent and 15 percent backed Tom Bell.')).not.toContainEqual(
      expect.objectContaining({ source: expect.stringContaining('Roe and') }),
    );
  });

  it('"one of them said": a part of a group speaks, and is named as written', () => {
    const text = 'Two wardens were briefed. One of them said the pier was unsafe.';
    const [one] = read(text);
    expect(one).toMatchObject({ source: 'One of them', content: ['the pier was unsafe'] });
    const article = extract(text);
    const speaker = article.entities.find((e) => e.id === article.quotes[0]?.speakerId);
    expect(speaker?.name).toBe('One of them');
    // "them" alone is no speaker
    expect(read('The wardens met them said nothing.')).toEqual([]);
  });

  it('a surname that is also an auxiliary or a month ends the name, not the phrase', () => {
    expect(read('Premier Rita May said the pier would close.')[0]).toMatchObject({
      source: 'Premier Rita May',
      content: ['the pier would close'],
    });
    expect(read('"It is done," Rita May said.')[0]).toMatchObject({ source: 'Rita May' });
    expect(read('"It is done," said Ivo Will.')[0]).toMatchObject({ source: 'Ivo Will' });
    // a month after a preposition is still a time: "Ana Ruiz in May"
    expect(read('"It is done," said Ana Ruiz in May.')[0]).toMatchObject({ source: 'Ana Ruiz' });
  });

  it('a belief or a topic after a speaker with an aside keeps the speaker', () => {
    const [belief, topic] = read(
      [
        'Ada Kemp, the harbour master, thinks the ferry will be late.',
        'Tom Bell, who chairs the board, spoke about the cost of rent.',
      ].join(' '),
    );
    expect(belief).toMatchObject({
      kind: 'belief',
      source: 'Ada Kemp, the harbour master',
      content: ['the ferry will be late'],
    });
    expect(topic).toMatchObject({
      kind: 'stance',
      source: 'Tom Bell',
      content: ['the cost of rent'],
    });
  });

  it('"made (it) clear" reports a position, kept as a claim', () => {
    const found = read(
      [
        'Ada Kemp made clear that she would run again.',
        'Tom Bell has made it very clear he will not budge.',
        'Ada Kemp made a clear case for the ferry.',
      ].join(' '),
    );
    expect(found).toHaveLength(2);
    const [clear, itClear] = found;
    expect(clear).toMatchObject({
      kind: 'evidence',
      source: 'Ada Kemp',
      cue: 'made clear',
      content: ['that she would run again'],
    });
    expect(itClear).toMatchObject({ source: 'Tom Bell', content: ['he will not budge'] });
  });

  it('a belief adjective after "be" reports the subject\'s view', () => {
    const found = read(
      [
        'Tom Bell is confident the ferry will sail.',
        'The crews were adamant that the pier was unsafe.',
        'Ada Kemp is sure to win.',
        'It is certain that the pier will close.',
      ].join(' '),
    );
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({
      kind: 'belief',
      source: 'Tom Bell',
      cue: 'is confident',
      content: ['the ferry will sail'],
    });
    expect(found[1]).toMatchObject({ source: 'The crews', content: ['that the pier was unsafe'] });
    // ... and so does a worry or a doubt ("concerned that", "worried", "unsure whether")
    const worries = read(
      'Some riders are concerned that fares will rise. Tom Bell was unsure whether the ferry would sail.',
    );
    expect(worries.map((w) => [w.kind, w.source, w.cue])).toEqual([
      ['belief', 'Some riders', 'are concerned'],
      ['belief', 'Tom Bell', 'was unsure'],
    ]);
  });

  it('a call on a pronoun to act names what is asked', () => {
    const [call] = read('Tom Bell called on her to resign from the board.');
    expect(call).toMatchObject({
      kind: 'evidence',
      source: 'Tom Bell',
      cue: 'called on',
      content: ['her to resign from the board'],
    });
    // "upon" too, and a time between the verb and its particle
    expect(read('Tom Bell called upon the mayor to act.')[0]?.cue).toBe('called upon');
    expect(read('Tom Bell called on Friday for a new vote.')[0]).toMatchObject({
      cue: 'called on Friday for',
      content: ['a new vote'],
    });
  });

  it('a stance or a call that quotes its source is a quote; without quote marks, a claim', () => {
    const [call, stance, plain] = read(
      [
        'Ada Kemp called for "a full inquiry" into the fire.',
        'Tom Bell wants the law "gone by spring."',
        'Tom Bell wants the law repealed.',
      ].join(' '),
    );
    expect(call).toMatchObject({ kind: 'speech', quoteKind: 'mixed', cue: 'called for' });
    expect(stance).toMatchObject({ kind: 'speech', quoteKind: 'mixed', source: 'Tom Bell' });
    expect(plain).toMatchObject({ kind: 'stance', content: ['the law repealed'] });
    // evidence that quotes stays a claim
    const [study] = read('A study found that the river was "badly polluted."');
    expect(study).toMatchObject({ kind: 'evidence' });
  });

  it('keeps "that" in the content and auxiliaries in the cue', () => {
    const [a] = read('The union has warned that the strike could last weeks.');
    expect(a).toMatchObject({
      cue: 'has warned',
      source: 'The union',
      content: ['that the strike could last weeks'],
    });
  });

  it('a named subject with an unmarked aside leads, rather than reading as an inverted cue', () => {
    const [quote] = read('Mia Lund, chief economist at the port authority, said every bit helps.');
    expect(quote).toMatchObject({
      rule: 'leading',
      content: ['every bit helps'],
      source: 'Mia Lund, chief economist at the port authority',
    });
  });

  it('after "told OUTLET" a subject pronoun starts the content', () => {
    const [quote] = read('Jo Kemp told the Harbour Gazette he had lost everything.');
    expect(quote).toMatchObject({
      content: ['he had lost everything'],
      channel: 'the Harbour Gazette',
      source: 'Jo Kemp',
    });
  });

  it('an outlet in the phrase fronted before the speaker is the channel', () => {
    const [interview] = read(
      'In an interview with the Harbour Gazette, Jo Kemp said he had lost everything.',
    );
    expect(interview).toMatchObject({ source: 'Jo Kemp', channel: 'the Harbour Gazette' });
    const [speaking] = read('Speaking to CBC News on Monday, Jo Kemp said he would stay.');
    expect(speaking?.channel).toBe('CBC News');
    // a person met is no channel
    expect(read('In a meeting with Ada Roe, Jo Kemp said he would stay.')[0]?.channel).toBeNull();
  });

  it('an outlet in an aside on the speaker is the channel, and the verb after it is the cue', () => {
    const [critic] = read(
      'Critic Ivo Marr, writing in the Harbour Gazette, called the film "safe and predictable."',
    );
    expect(critic).toMatchObject({
      rule: 'leading',
      cue: 'called',
      source: 'Critic Ivo Marr',
      channel: 'the Harbour Gazette',
    });
    const [radio] = read('Ivo Marr, speaking on CBC News, said the film was dull.');
    expect(radio).toMatchObject({ cue: 'said', channel: 'CBC News' });
    // a participle that reports words is still read as one
    expect(read('The mayor spoke for an hour, saying the pier was unsafe.')[0]?.rule).toBe(
      'participle',
    );
  });

  it('trap 2, an aside with its own verb does not steal the speaker', () => {
    const [a] = read('Tom Bell, who replaced Jo Kay in May, said the budget was late.');
    expect(a).toMatchObject({ source: 'Tom Bell', cue: 'said', content: ['the budget was late'] });
    const [b] = read('The club chair, Ann Roe, said the pitch was flooded.');
    expect(b).toMatchObject({ source: 'Ann Roe' });
    // a verb inside a relative or subordinate clause of the aside leaves it an aside
    expect(read('Tom Bell, whose firm has grown, said sales rose.')[0]).toMatchObject({
      source: 'Tom Bell',
      content: ['sales rose'],
    });
    expect(read('Ann Roe, who’s running for chair, said the pitch was flooded.')[0]).toMatchObject({
      source: 'Ann Roe, who’s running for chair',
    });
    expect(read('Ann Roe, a pilot since she was 20, said the runway is short.')[0]).toMatchObject({
      source: 'Ann Roe, a pilot since she was 20',
    });
  });

  it('", even as" after the content: the adverb opens the next clause and stays out of the content', () => {
    const quotes = read(
      'Ann Roe insisted the port would stay open, even as Tom Bell said it would close.',
    );
    expect(quotes.map((q) => [q.source, q.content])).toEqual([
      ['Ann Roe', ['the port would stay open']],
      ['Tom Bell', ['it would close']],
    ]);
    // "not only ... but also" is one clause of the report
    expect(read('Ann Roe said the port would close, not only because of costs.')[0]).toMatchObject({
      content: ['the port would close, not only because of costs'],
    });
  });

  it('a dash and "a claim ..." after the content is the writer\'s comment, outside the words', () => {
    expect(read('Ann Roe said the port would close — a claim Tom Bell disputes.')[0]).toMatchObject(
      {
        content: ['the port would close'],
      },
    );
    // an aside closed by a second dash stays inside
    expect(
      read(
        'Ann Roe says the ban -- a position she has since dropped -- and the levy hurt the town.',
      )[0],
    ).toMatchObject({
      content: ['the ban -- a position she has since dropped -- and the levy hurt the town'],
    });
    // ... and so is a comma, an article and a noun that someone's verb of saying closes
    expect(
      read('The union says 212 posts are vacant, a figure the health authority disputes.')[0],
    ).toMatchObject({ content: ['212 posts are vacant'] });
    // (a description that no such verb closes is the words' own)
    expect(read('Ann Roe said she met the mayor, a man of few words.')[0]).toMatchObject({
      content: ['she met the mayor, a man of few words'],
    });
  });

  it('"That official" opening a sentence points at someone; "That prompted" is no speaker', () => {
    expect(read('That official said the plan failed.')[0]).toMatchObject({
      source: 'That official',
      content: ['the plan failed'],
    });
    expect(read('That prompted calls for a new vote.')).toEqual([]);
    expect(read('That suggestion prompted a reply from the mayor.')).toEqual([]);
  });

  it('words between commas with a verb of their own are a clause, not an aside about a subject', () => {
    // "the line closed" is no speaker: the verb after the cue names who speaks
    const [quote] = read('Even if the line closed, its work would go on, said Ada Kemp.');
    expect(quote).toMatchObject({
      rule: 'inverted',
      source: 'Ada Kemp',
      content: ['Even if the line closed, its work would go on'],
    });
  });

  it('written to an outlet, a name or people before "that": "wrote the Gazette that ..."', () => {
    const found = read(
      'Ann Roe wrote the Harbour Gazette that the levy was unfair.\nTom Bell emailed reporters that the vote was close.\nIvo Marsh wrote the report that the council adopted.',
    );
    expect(found.map((a) => [a.cue, a.source, a.channel, a.content[0]])).toEqual([
      ['wrote', 'Ann Roe', 'the Harbour Gazette', 'that the levy was unfair'],
      ['emailed', 'Tom Bell', null, 'that the vote was close'],
    ]);
  });

  it('a word and a comma opening the sentence before a speaker with an aside: "Meanwhile, Ann Roe, the chair, said"', () => {
    const found = read(
      'Meanwhile, Ann Roe, the chair, said she would stay.\nInside, retiree Tom Bell, 71, said the hall was full.\nHowever, Ivo Marr, the treasurer, said the fund was empty.',
    );
    expect(found.map((a) => a.source)).toEqual([
      'Ann Roe, the chair',
      'retiree Tom Bell, 71',
      'Ivo Marr, the treasurer',
    ]);
  });

  it('a form in -ing before a role names its field: "city planning manager Ann Roe said"', () => {
    const found = read(
      'City planning manager Ann Roe said the roads were closed.\nBoard reading specialist Tom Bell said the test was hard.',
    );
    expect(found.map((a) => a.source)).toEqual([
      'City planning manager Ann Roe',
      'Board reading specialist Tom Bell',
    ]);
  });

  it('an adverb of time opening the sentence is no part of the speaker: "Later he said"', () => {
    const found = read(
      'Ann Roe said the vote was rigged.\nLater she tweeted: "We will appeal."\nThen the mayor said the count was wrong.\nEarlier this week, Tom Bell said the count was right.',
    );
    expect(found.map((a) => a.source)).toEqual(['Ann Roe', 'she', 'the mayor', 'Tom Bell']);
    const more = read(
      'Afterwards she said the rules would stay.\nYesterday the mayor said the count was wrong.\nMeanwhile he said it was right.',
    );
    expect(more.map((a) => a.source)).toEqual(['she', 'the mayor', 'he']);
  });

  it('a time with a verb after it is the content\'s subject: "said the year had been hard"', () => {
    const found = read(
      'Ann Roe said the year had been hard.\nAnn Roe said Monday was the deadline.\nAnn Roe said Monday the deal was dead.\nThe plan rejected on Monday was similar, Ann Roe said.',
    );
    expect(found.map((a) => a.content[0])).toEqual([
      'the year had been hard',
      'Monday was the deadline',
      'the deal was dead',
      'The plan rejected on Monday was similar',
    ]);
  });

  it('"told analysts on a call that ...": a phrase after the one told runs on to "that"', () => {
    const found = read(
      'Ann Roe told analysts on a conference call that demand had fallen.\nAnn Roe told the Harbour Gazette in an interview that demand had fallen.\nTom Bell told of a plan to sell the pier.',
    );
    expect(found.map((a) => [a.source, a.channel, a.content[0]])).toEqual([
      ['Ann Roe', null, 'that demand had fallen'],
      ['Ann Roe', 'the Harbour Gazette', 'that demand had fallen'],
    ]);
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
        rule: 'leading',
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
      rule: 'trailing',
      content: ['The ferry is safe', 'and it runs on time.'],
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

  it('a quantified span with "of" after the cue opens the content, not a time of saying', () => {
    expect(read('Marlow said each year of study adds to what a worker earns.')[0]).toMatchObject({
      source: 'Marlow',
      content: ['each year of study adds to what a worker earns'],
    });
    // without "of" the span is still the time: "said each week the queue grew"
    expect(read('Marlow said every week the queue grew longer.')[0]).toMatchObject({
      source: 'Marlow',
      content: ['the queue grew longer'],
    });
  });

  it('a cue inside a "though" or "because" clause of the content does not cut it', () => {
    const found = read(
      'Ann Roe said even though the board believes the fee is fair, "families cannot pay it."',
    );
    expect(found[0]).toMatchObject({
      rule: 'leading',
      source: 'Ann Roe',
      content: ['even though the board believes the fee is fair, "families cannot pay it."'],
    });
    expect(found[1]).toMatchObject({ kind: 'belief', content: ['the fee is fair'] });
  });

  it('a negated cue ("did not say", "hasn\u2019t said") reports no words: a claim of the speaker', () => {
    for (const text of [
      'The ferry company did not say whether it would raise fares.',
      'Ann Roe hasn\u2019t said she would run again.',
    ])
      expect(read(text)[0]).toMatchObject({ kind: 'stance', rule: 'leading' });
    expect(read('Ann Roe said she would not run again.')[0]).toMatchObject({ kind: 'speech' });
  });

  it('a cue word in -s after "face", "filed", "pressing" is their object: "Two men, both of Eastvale, face charges"', () => {
    expect(read('Two men, both of Eastvale, face charges of theft and assault.')).toEqual([]);
    expect(read('Two men face charges of theft, police said.')[0]).toMatchObject({
      rule: 'trailing',
      source: 'police',
    });
    // ... and so is "fears" after "sparked" or "easing": no one in the sentence fears anything
    expect(read('The ruling sparked fears that rents would rise.')).toEqual([]);
    expect(
      read('The ferry will run all winter, easing fears of a shortage.').map((a) => a.cue),
    ).not.toContain('fears');
    expect(read('Ann Roe fears that rents will rise.')[0]).toMatchObject({ source: 'Ann Roe' });
    // a name or a noun ending in such a word still speaks
    expect(read('The Harbour Press reports that the pier will close.')[0]).toMatchObject({
      source: 'The Harbour Press',
    });
  });

  it('a subject no one is in ("Neither side would say", "None of the officials said") reports no words', () => {
    for (const text of [
      'Neither side would say whether it plans to appeal.',
      'Nobody at the ministry would say when the report is due.',
      'None of the officials would say whether the plant will close.',
    ])
      expect(read(text)[0]).toMatchObject({ kind: 'stance', rule: 'leading' });
    // a negative word inside the subject, or in what was said, leaves the speech as it was
    expect(read('Residents with no power said they were cold.')[0]).toMatchObject({
      kind: 'speech',
      source: 'Residents with no power',
    });
    expect(read('Ivo Marr said none of the money had arrived.')[0]).toMatchObject({
      kind: 'speech',
    });
  });

  it('the generic "you" of advice is no speaker', () => {
    expect(read('When you say you hate the beard, it might upset him.')).toEqual([]);
    expect(read('Ann Roe said you can never be sure.')[0]).toMatchObject({ source: 'Ann Roe' });
  });

  it('"that" pointing at a noun at the end of the sentence is no reported clause', () => {
    expect(read('The two boards maintain that position. The mayor said that too.')).toEqual([]);
  });

  it('a group counted by an amount speaks: "about half of", "more than 40 percent"', () => {
    const found = read(
      [
        'Even so, three-quarters of the riders said the fares were too high.',
        'About half of the drivers said they would strike.',
        'More than 40 percent said the ferry was late.',
      ].join(' '),
    );
    expect(found.map((a) => [a.source, a.content])).toEqual([
      ['three-quarters of the riders', ['the fares were too high']],
      ['About half of the drivers', ['they would strike']],
      ['More than 40 percent', ['the ferry was late']],
    ]);
  });

  it('a cue form in -s after an amount or a determiner is a plural noun in the subject', () => {
    const found = read(
      [
        'Riders in five states say the fares are too high.',
        'Voters in both states say the ferry is late.',
      ].join(' '),
    );
    expect(found.map((a) => [a.source, a.content])).toEqual([
      ['Riders in five states', ['the fares are too high']],
      ['Voters in both states', ['the ferry is late']],
    ]);
  });

  it('a sentence adverb between the speaker and the cue is skipped', () => {
    const [quote] = read('Ivo Marr however said the crossing would reopen.');
    expect(quote).toMatchObject({
      rule: 'leading',
      source: 'Ivo Marr',
      content: ['the crossing would reopen'],
    });
  });

  it('the same verb of saying again after a comma, with a subject of its own, reports anew', () => {
    expect(
      read('Some residents said they were relieved, others said they feared more floods.').map(
        (a) => [a.source, a.content],
      ),
    ).toEqual([
      ['Some residents', ['they were relieved']],
      ['others', ['they feared more floods']],
    ]);
    // a bare number after a counted group of people is a part of that group
    expect(
      read('Eleven trustees have said they back the plan, four have said they oppose it.').map(
        (a) => [a.source, a.content],
      ),
    ).toEqual([
      ['Eleven trustees', ['they back the plan']],
      ['four', ['they oppose it']],
    ]);
    expect(
      read('Of the 40 pilots, 12 said they would strike, 28 said they would not.').map(
        (a) => a.source,
      ),
    ).toEqual(['12', '28']);
    // ... but after a speaker who is no counted group, the number is part of what was said
    expect(read('Ann Roe said the fund had 40 members, 39 have said they back it.')).toMatchObject([
      { source: 'Ann Roe', content: ['the fund had 40 members, 39 have said they back it'] },
    ]);
    // after a clause opened by "when", what follows its comma is still the first report's
    const nested = read('Ann Roe said that when the storm hit, residents said they felt alone.');
    expect(nested.map((a) => a.source)).toEqual(['Ann Roe']);
    // another verb after the comma is no parallel report
    expect(read('Ann Roe said the plan was sound, Tom Bell argued.')[0]?.source).not.toBe(
      'Ann Roe',
    );
  });

  it('a phrase linking the sentence to the last ("for her part", "in turn") is no part of the speaker', () => {
    const sources = [
      'Ivo Marr, for his part, said the crossing would reopen.',
      'The union, in turn, said the offer was too low.',
      'The council, too, said it would review the plan.',
    ].map((text) => read(text)[0]?.source);
    expect(sources).toEqual(['Ivo Marr', 'The union', 'The council']);
    // an aside telling when or how they spoke is no part of them either
    expect(
      read('Ada Kemp, speaking to reporters on Monday, said the port would reopen.')[0]?.source,
    ).toBe('Ada Kemp');
    expect(read('Tom Bell, pressed on the cost, said it was fair.')[0]?.source).toBe('Tom Bell');
    // a name set off after someone's role speaks by its name alone
    expect(read("Kemp's spokesperson, Tom Bell, said the port would stay open.")[0]?.source).toBe(
      'Tom Bell',
    );
    // a description between the commas stays with the name
    expect(read("Ada Kemp, the port's director, said the ferry would run.")[0]?.source).toBe(
      "Ada Kemp, the port's director",
    );
  });

  it('an aside between dashes stays with the speaker, and "he\'s" after a recipient opens the content', () => {
    const found = read(
      [
        'Ivo Marr — who runs the ferry — said the crossing would reopen.',
        "Pia Lund told the Harbour Gazette she's ready to sail.",
      ].join(' '),
    );
    expect(found.map((a) => [a.source, a.content, a.channel])).toEqual([
      ['Ivo Marr', ['the crossing would reopen'], null],
      ['Pia Lund', ["she's ready to sail"], 'the Harbour Gazette'],
    ]);
  });

  it('one bare word after a cue is no statement, however the sentence goes on', () => {
    const found = read(
      'The mayor leads the race by 40 votes according to a tally by the Harbour Gazette.',
    );
    expect(found.map((a) => a.rule)).toEqual(['according-to']);
  });

  it('a clause right after a frame, with no "that", is what was said', () => {
    const found = read(
      "Ivo Marr said in a speech he would sail again. Pia Lund said in an interview this week the fares would stay. Ana Ruiz said in a post she'd sail too.",
    );
    expect(found.map((a) => [a.source, a.content])).toEqual([
      ['Ivo Marr', ['he would sail again']],
      ['Pia Lund', ['the fares would stay']],
      ['Ana Ruiz', ["she'd sail too"]],
    ]);
  });

  it('any phrase after a preposition that runs to "that" and a subject says where it was said', () => {
    const found = read(
      'Ivo Marr told the crowd at his fundraiser for sailors that he would sail again. Pia Lund said after the vote that the fares would stay. Ann Roe testified under oath that the pier was safe. Tom Bell said without hesitation that it was not.',
    );
    expect(found.map((a) => [a.source, a.content])).toEqual([
      ['Ivo Marr', ['that he would sail again']],
      ['Pia Lund', ['that the fares would stay']],
      ['Ann Roe', ['that the pier was safe']],
      ['Tom Bell', ['that it was not']],
    ]);
    // a place with its region after a comma, and a time, still run to "that"
    const [rally] = read(
      'Ann Roe told a meeting in Varna, Norland on Friday that the pier was safe.',
    );
    expect(rally).toMatchObject({ source: 'Ann Roe', content: ['that the pier was safe'] });
    // "despite", "under", "without" always say how: their phrase closed by a comma too
    const circumstances = read(
      'Ann Roe says despite the storm, the ferry will sail. Tom Bell said without hesitation, it will not.',
    );
    expect(circumstances.map((a) => [a.source, a.content])).toEqual([
      ['Ann Roe', ['the ferry will sail']],
      ['Tom Bell', ['it will not']],
    ]);
    // "that" with no subject after it is a relative or a demonstrative, not a reported clause
    expect(read('Pia Lund argued about the ferry that sank.')[0]?.content).not.toEqual([
      'that sank',
    ]);
  });

  it('a few words and a colon that a quote opens after announce the quote: "answered them at once: "..."', () => {
    const [called] = read(
      'Ann Roe answered them at once: "The questions show why voters are angry."',
    );
    expect(called).toMatchObject({
      rule: 'leading',
      quoteKind: 'direct',
      source: 'Ann Roe',
      content: ['The questions show why voters are angry.'],
    });
  });

  it('after a frame and its comma, a clause with a subject and a verb is what was said', () => {
    const [statement] = read('Ann Roe said in a statement, the ferry will sail on Monday.');
    expect(statement).toMatchObject({
      rule: 'leading',
      source: 'Ann Roe',
      content: ['the ferry will sail on Monday'],
    });
    // a fronted clause, or an as-clause, holds the cue: the words after its comma are the writer's
    expect(read('When Ann Roe spoke at the meeting, the board listened.')).toEqual([]);
    expect(read('Even as Ann Roe spoke in Varna, the board voted.')).toEqual([]);
    // a description after the comma, with no verb, is no clause
    expect(read('Ann Roe said on Monday, the first day of the talks.')).toEqual([]);
  });

  it('"to" and whom it was addressed, before "that" and a subject, is no content', () => {
    const found = read(
      'The union wrote to the council that it would not sign. Ada Kemp confided to her that the plan had failed.',
    );
    expect(found.map((a) => [a.source, a.content])).toEqual([
      ['The union', ['that it would not sign']],
      ['Ada Kemp', ['that the plan had failed']],
    ]);
    // a thing with a clause of its own is what the verb points at, not whom it was said to
    expect(read('Ada Kemp pointed to the idea that the harbour is silting up.')).toMatchObject([
      {
        kind: 'stance',
        cue: 'pointed to',
        content: ['the idea that the harbour is silting up'],
      },
    ]);
  });

  it('a long relative clause, a dashed aside and "And on Tuesday," leave the speaker whole', () => {
    const found = read(
      [
        'Pia Lund, who ran the harbour board for a decade before she retired to the coast and took up sailing again, said the fees were fair.',
        'And on Tuesday, Ivo Marr, chair of the ferry users group, said the timetable would change.',
        'Many riders at the meeting — including pupils, nurses and pensioners — said the last boat left too early.',
      ].join(' '),
    );
    expect(found.map((a) => a.source)).toEqual([
      'Pia Lund',
      'Ivo Marr, chair of the ferry users group',
      'Many riders at the meeting',
    ]);
  });

  it('a plural after a number is a noun, not a verb of saying ("won 39 states")', () => {
    for (const text of [
      'In 1988, Governor Ivo Marsh won 39 states and defeated his rival.',
      'A new poll of riders in all 50 states revealed wide support for the ferry.',
    ])
      expect(read(text).filter((a) => a.cue === 'states')).toEqual([]);
  });

  it('a long aside of roles joined by "and" stays with the speaker', () => {
    const [a] = read(
      'Ada Kemp, director of the Harbour Fiscal Institute and a lecturer at the Marsh School of Northtown University, said the plan was fair.',
    );
    expect(a).toMatchObject({
      rule: 'leading',
      source:
        'Ada Kemp, director of the Harbour Fiscal Institute and a lecturer at the Marsh School of Northtown University',
      content: ['the plan was fair'],
    });
  });

  it('a connective or an adverb alone between commas is no part of the speaker', () => {
    expect(read('Ada Kemp, however, said the pier would reopen.')[0]).toMatchObject({
      source: 'Ada Kemp',
      content: ['the pier would reopen'],
    });
    expect(read('Ada Kemp, of Eastvale, said the pier would reopen.')[0]?.source).toBe(
      'Ada Kemp, of Eastvale',
    );
  });

  it('a connective between commas after the cue is an aside: "said, however, that ..."', () => {
    expect(read('Ada Kemp said, however, that the pier would close.')[0]).toMatchObject({
      rule: 'leading',
      source: 'Ada Kemp',
      content: ['that the pier would close'],
    });
  });

  it('whom the words went to may stand before the topic: "spoke to Ada Kemp about the pier"', () => {
    expect(read('Tom Bell spoke to Ada Kemp about the pier.')[0]).toMatchObject({
      kind: 'stance',
      source: 'Tom Bell',
      cue: 'spoke',
      content: ['the pier'],
    });
    expect(read('Tom Bell talked with him about the fares.')[0]).toMatchObject({
      content: ['the fares'],
    });
    // "about" before an amount is "nearly"
    expect(read('Tom Bell spoke for about five minutes.')).toEqual([]);
  });

  it('a base-form cue after a plural noun and its link is a verb ("documents from the port show")', () => {
    const [a] = read('Documents from the port authority show the ferry lost money.');
    expect(a).toMatchObject({
      cue: 'show',
      source: 'Documents from the port authority',
      content: ['the ferry lost money'],
    });
    expect(
      read('Data from the harbour survey show that most riders want a later boat.')[0],
    ).toMatchObject({
      cue: 'show',
      source: 'Data from the harbour survey',
    });
  });

  it('a verb of talk or worry with "about" reports a topic: a claim of the speaker', () => {
    const [spoke] = read('Ada Kemp spoke out Tuesday about the loss of a harbour diver.');
    expect(spoke).toMatchObject({
      kind: 'stance',
      cue: 'spoke out Tuesday about',
      source: 'Ada Kemp',
      content: ['the loss of a harbour diver'],
    });
    // the topic ends at its comma or at a second cue; what follows is read on
    const [wrote, saying] = read('Tom Bell wrote about the strike, saying it hurt the town.');
    expect(wrote).toMatchObject({ cue: 'wrote about', content: ['the strike'] });
    expect(saying).toMatchObject({ rule: 'participle', source: 'Tom Bell' });
    const [, said] = read('Ann Roe talked about the plan and said it was late.');
    expect(said).toMatchObject({ cue: 'said', content: ['it was late'] });
    // "talks" is a noun; "spoke to" names no topic
    expect(read('Peace talks about the border resumed.')).toEqual([]);
    expect(read('Tom Bell spoke to reporters at the harbour.')).toEqual([]);
  });

  it('"but at the harbour meeting she said": a phrase of place or time after "and" or "but" opens a new report', () => {
    const found = read(
      'Ann Roe admitted the tally was off, but at the harbour meeting on Friday she said it hardly mattered.',
    );
    expect(found.map((a) => [a.cue, a.source, a.content])).toEqual([
      ['admitted', 'Ann Roe', ['the tally was off']],
      ['said', 'she', ['it hardly mattered']],
    ]);
    expect(
      read('Tom Bell denied it. And on Friday he said the pier was safe.').at(-1),
    ).toMatchObject({ cue: 'said', source: 'he', content: ['the pier was safe'] });
    // a noun phrase subject is left to the phrase reader ("and in coastal states means" is no report)
    expect(
      read('Ann Roe said demand abroad and in coastal states means the plan works.').map(
        (a) => a.cue,
      ),
    ).toEqual(['said']);
  });

  it('a participle inside an aside describes its noun: "Ann Roe, a grocer opposing the levy, said"', () => {
    const found = read('Ann Roe, a grocer opposing the levy, said she had spoken to neighbours.');
    expect(found.map((a) => [a.cue, a.source, a.content])).toEqual([
      ['said', 'Ann Roe, a grocer opposing the levy', ['she had spoken to neighbours']],
    ]);
    expect(
      read(
        'Sen. Tom Bell of Norland, a pilot supporting the ferry plan, said the crossing was safe.',
      )[0],
    ).toMatchObject({ cue: 'said', content: ['the crossing was safe'] });
    // with no verb after the aside, the participle is still a stance on what follows
    expect(read('The council issued a paper supporting the levy.')[0]).toMatchObject({
      cue: 'supporting',
      content: ['the levy'],
    });
  });

  it('"he often talks about the levy": "talks" after someone is a verb, and a topic may be one word', () => {
    const [talks] = read('Ann Roe arrived late. She often talks about the levy at every stop.');
    expect(talks).toMatchObject({ kind: 'stance', cue: 'talks about', source: 'She' });
    expect(talks?.content).toEqual(['the levy at every stop']);
    expect(read('Mr. Tom Bell talks about a new wharf.')[0]).toMatchObject({
      source: 'Mr. Tom Bell',
      content: ['a new wharf'],
    });
    // one word is a topic after "about", "against" or "spoke of"; after a verb of saying it is
    // no statement
    expect(read('Ann Roe warned against complacency.')[0]).toMatchObject({
      cue: 'warned against',
      content: ['complacency'],
    });
    expect(read('Tom Bell talked about immigration.')[0]?.content).toEqual(['immigration']);
    expect(read('Ann Roe spoke of reforms.')[0]?.content).toEqual(['reforms']);
    expect(read('Tom Bell said later.')).toEqual([]);
    // after no one, "talks" is a noun
    expect(read('The talks about the wharf stalled.')).toEqual([]);
    expect(read('Harbour talks about the wharf stalled.')).toEqual([]);
  });

  it('a named subject with an aside leads when an auxiliary or adverb opens the cue ("..., has said")', () => {
    const found = read(
      'Ada Kemp, Republican of Northtown, has said the plan works. Tom Bell, the harbour chief, has repeatedly argued that the ferry is safe.',
    );
    expect(found.map((a) => [a.source, a.cue])).toEqual([
      ['Ada Kemp, Republican of Northtown', 'has said'],
      ['Tom Bell, the harbour chief', 'has repeatedly argued'],
    ]);
  });

  it('"against" opens a topic too, and "is worried about" is the subject\'s own worry', () => {
    const found = read(
      'Ann Roe railed against the new harbour tax. Ferry riders are worried about the winter timetable. Tom Bell voted against the bill.',
    );
    expect(found.map((a) => [a.cue, a.source, a.content[0]])).toEqual([
      ['railed against', 'Ann Roe', 'the new harbour tax'],
      ['are worried about', 'Ferry riders', 'the winter timetable'],
      // a vote is a position taken, as "backed the bill" is
      ['voted against', 'Tom Bell', 'the bill'],
    ]);
  });

  it('a verb of stance with its particle takes a stance on what the particle names', () => {
    const found = read(
      'The union pushed for a new pier. Ada Kemp will vote for the levy. Tom Bell sided with the board. Ivo Marr is lobbying against the fee. Pia Lund pointed to the rising costs. Ana Ruiz has long argued for lower fares. The crews pressed for a vote.',
    );
    expect(found.map((a) => [a.kind, a.cue, a.source, a.content[0]])).toEqual([
      ['stance', 'pushed for', 'The union', 'a new pier'],
      ['stance', 'will vote for', 'Ada Kemp', 'the levy'],
      ['stance', 'sided with', 'Tom Bell', 'the board'],
      ['stance', 'is lobbying against', 'Ivo Marr', 'the fee'],
      ['stance', 'pointed to', 'Pia Lund', 'the rising costs'],
      ['stance', 'has long argued for', 'Ana Ruiz', 'lower fares'],
      ['stance', 'pressed for', 'The crews', 'a vote'],
    ]);
    // nouns and gerunds are no verbs: "the vote for", "a second push for", "meant advocating
    // for", "the press for"
    expect(
      read(
        'The vote for the levy was close. A second push for a pier began in May. The plan meant advocating for lower fees. The press for change grew.',
      ),
    ).toEqual([]);
  });

  it('"seemed to" or "appears to" before a cue hedges it, and the subject is still the source', () => {
    expect(read('Ada Kemp seemed to confirm that the mill would close.')).toMatchObject([
      {
        rule: 'leading',
        cue: 'seemed to confirm',
        source: 'Ada Kemp',
        content: ['that the mill would close'],
      },
    ]);
    expect(read('The guild appears to believe the vote will pass.')[0]).toMatchObject({
      cue: 'appears to believe',
      source: 'The guild',
    });
  });

  it('a question put to someone after "asked" is what was asked', () => {
    expect(read('A reporter asked Ada Kemp how she would pay for the bridge.')).toMatchObject([
      { rule: 'leading', source: 'A reporter', content: ['how she would pay for the bridge'] },
    ]);
    expect(read('Tom Vale asked the council which road would close first.')[0]).toMatchObject({
      source: 'Tom Vale',
      content: ['which road would close first'],
    });
    // with no one named as asked, the question still follows "asked"; a wondered one does not
    expect(read('Ann Roe also asked how the fund would pay for the ferry.')).toMatchObject([
      {
        rule: 'leading',
        source: 'Ann Roe',
        cue: 'asked',
        content: ['how the fund would pay for the ferry'],
      },
    ]);
    expect(read('Tom Bell asked what the board planned to do next.')[0]).toMatchObject({
      content: ['what the board planned to do next'],
    });
    expect(read('Tom Bell wondered why the ferry was late.')).toEqual([]);
  });

  it('an adverb opening the sentence is no part of the speaker', () => {
    expect(read('Then Ada Kemp said the mill would close.')).toMatchObject([
      { rule: 'leading', source: 'Ada Kemp', content: ['the mill would close'] },
    ]);
    expect(read('Even the mayor says the bridge is safe.')[0]).toMatchObject({
      source: 'the mayor',
    });
    // a time or an amount opening the sentence stays in it, and so does a negation
    expect(read('Just 30 percent of riders said the fares were fair.')[0]?.source).toBe(
      'Just 30 percent of riders',
    );
    expect(read('Not everyone is convinced the mill will close.')[0]?.source).toBe('Not everyone');
  });

  it('a slash written between two names joins them in the subject (a joint poll)', () => {
    expect(
      read('A Harbour Gazette/Tide News poll found that most riders back the plan.'),
    ).toMatchObject([{ rule: 'leading', source: 'A Harbour Gazette/Tide News poll' }]);
    // with spaces around it, as in a photo credit, it joins nothing
    expect(read('Ada Kemp / Tide Images Tom Vale found that the ferry was late.')).toEqual([]);
  });

  it('a verb form after an article is the noun that shows something ("the emails show")', () => {
    expect(read('The emails show that Ada Kemp took directions from the mayor.')).toMatchObject([
      {
        rule: 'leading',
        source: 'The emails',
        content: ['that Ada Kemp took directions from the mayor'],
      },
    ]);
  });

  it('words not yet said ("will argue", "could say") are a position; "would later say" was said', () => {
    const [future] = read('The Harbour Party will argue that the levy hurts fishermen.');
    expect(future).toMatchObject({
      kind: 'stance',
      rule: 'leading',
      source: 'The Harbour Party',
      content: ['that the levy hurts fishermen'],
    });
    const [quoted] = read('Ada Kemp will say "we are ready" at the rally.');
    expect(quoted).toMatchObject({ kind: 'speech', quoteKind: 'mixed' });
    const [past] = read('Ada Kemp would later say the plan was doomed.');
    expect(past).toMatchObject({ kind: 'speech', content: ['the plan was doomed'] });
  });

  it('"her" before a determiner is the one told, before a noun its owner\'s', () => {
    expect(read('Ann Roe told her the dam was unsafe.')[0]).toMatchObject({
      rule: 'leading',
      content: ['the dam was unsafe'],
    });
    expect(read('Ann Roe told her staff the dam was unsafe.')[0]).toMatchObject({
      content: ['the dam was unsafe'],
    });
  });

  it('the subject pronoun of what was said ends whoever was told, but not after "who"', () => {
    expect(read('Ann Roe told pilot Ivo Marsh she would run.')[0]).toMatchObject({
      content: ['she would run'],
    });
    // a role in lower case before the name is part of whoever was warned or told, but words
    // after a preposition are no recipient ("warned against pirates from Norland")
    expect(read('Ann Roe warned former mayor Tom Bell that the pier was unsafe.')[0]).toMatchObject(
      { content: ['that the pier was unsafe'] },
    );
    expect(
      read('Ann Roe warned former Deputy Mayor Tom Bell that the pier was unsafe.')[0],
    ).toMatchObject({ content: ['that the pier was unsafe'] });
    expect(
      read('Ann Roe praised the crews and warned against pirates from Norland.'),
    ).toContainEqual(
      expect.objectContaining({ cue: 'warned against', content: ['pirates from Norland'] }),
    );
    // "whom they trusted" is the question put to them
    const asked = 'After Ann Roe asked the crew whom they trusted, Tom Bell replied, "Ada."';
    expect(read(asked)[0]).toMatchObject({
      cue: 'asked',
      content: ['the crew whom they trusted'],
    });
  });

  it('an adverb before the subject is no part of the source: "and now its members say"', () => {
    const [said] = read(
      'The union opposed the plan at first, and now its members say it works.',
    ).filter((a) => a.cue === 'say');
    expect(said).toMatchObject({ source: 'its members', content: ['it works'] });
  });

  it('people addressed by a bare plural before "to" or "that" are the recipient', () => {
    const [urged] = read('Ada Kemp urged residents to check the tide tables.');
    expect(urged).toMatchObject({
      source: 'Ada Kemp',
      cue: 'urged',
      content: ['to check the tide tables'],
    });
    const [warned] = read('Ada Kemp warned investors that the port would close.');
    expect(warned).toMatchObject({ content: ['that the port would close'] });
    // a plural of people with words before it ("city leaders", "state lawmakers") likewise
    const [asked] = read('Tom Bell asked city leaders to delay the ferry vote.');
    expect(asked).toMatchObject({
      source: 'Tom Bell',
      cue: 'asked',
      content: ['to delay the ferry vote'],
    });
    const [urgedMore] = read('Ann Roe has urged state lawmakers to reject the toll.');
    expect(urgedMore).toMatchObject({ cue: 'has urged', content: ['to reject the toll'] });
    // ... and after "told", before the determiner that opens the content's subject
    const [told] = read('Tom Bell told police his neighbour had threatened him.');
    expect(told).toMatchObject({ cue: 'told', content: ['his neighbour had threatened him'] });
  });
  it('"at least" before an amount, and a rate like "four in 10", open the speaker phrase', () => {
    expect(read('At least half of the tenants say the rent is fair.')[0]).toMatchObject({
      rule: 'leading',
      source: 'At least half of the tenants',
    });
    expect(read('Majorities of residents say the ferry runs too late.')[0]).toMatchObject({
      source: 'Majorities of residents',
    });
    const article = extract('Three in 10 tenants say the pier should close.');
    const speaker = article.entities.find((e) => e.id === article.quotes[0]?.speakerId);
    expect(speaker?.name).toBe('Three in 10 tenants');
  });
  it('a participle taking a particle or an object opens a clause, no speaker; a gerund noun may', () => {
    expect(
      read('Reeling off plans to widen the quay, Ada Kemp promised a new pier.'),
    ).not.toContainEqual(expect.objectContaining({ source: 'Reeling off' }));
    expect(claims('Polling averages show a narrow edge for Ada Kemp.')[0]).toMatchObject({
      source: 'Polling averages',
    });
  });
  it('quoted words inside a relative clause after the name leave the name the speaker', () => {
    expect(
      read(
        'Ivo Marsh, who rose at 5 a.m. "without fail" all winter, says the walks changed his life.',
      ),
    ).toContainEqual(
      expect.objectContaining({
        rule: 'leading',
        content: ['the walks changed his life'],
        source: 'Ivo Marsh',
      }),
    );
  });
  it('a relative clause ending in a quote with its comma inside the mark leaves the name speaking', () => {
    const found = read('Lena Ruiz, who calls the mayor a "bully," said she does not trust him.');
    expect(found).toContainEqual(
      expect.objectContaining({
        rule: 'leading',
        content: ['she does not trust him'],
        source: 'Lena Ruiz',
      }),
    );
    // a body's clause likewise: the body speaks after it
    expect(
      read('The union, which called the deal "a betrayal," said it would strike.'),
    ).toContainEqual(
      expect.objectContaining({ source: 'The union', content: ['it would strike'] }),
    );
  });
  it('"Having said that" and a perfect participle clause name no speaker', () => {
    const found = read(
      'Having said that, several dock workers insist that the fee is fair. Having won the seat, Ada Kemp said the pier would stay open.',
    );
    expect(found.map((a) => a.source)).toEqual(['several dock workers', 'Ada Kemp']);
  });

  it('a lead-in noun and a colon after the recipient announce the content: "asked them a question:"', () => {
    expect(
      read('Tom Bell asked the pilots a question: "Who will pay for the ferry?"')[0],
    ).toMatchObject({
      rule: 'leading',
      source: 'Tom Bell',
      content: ['Who will pay for the ferry?'],
    });
  });

  it('a title in a fronted frame is no quote before the cue: \'On "Morning Talk," he said, "..."\'', () => {
    const found = read(
      'Tom Bell is the mayor.\nOn "Harbour Talk" on Tuesday, he said, "I will pay."',
    );
    expect(found.at(-1)).toMatchObject({
      rule: 'leading',
      source: 'he',
      content: ['I will pay.'],
    });
  });

  it('"since" between an auxiliary and the cue stays in the cue group: "has since said"', () => {
    // invented
    expect(read('Ada Kemp has since said the levy should shrink.')[0]).toMatchObject({
      rule: 'leading',
      source: 'Ada Kemp',
      cue: 'has since said',
      content: ['the levy should shrink'],
    });
    // and after a first verb: the second cue is the same speaker's
    expect(
      read('Ivo Marr backed the levy but has since said it must wait.').find(
        (found) => found.cue === 'has since said',
      ),
    ).toMatchObject({ source: 'Ivo Marr', content: ['it must wait'] });
  });

  it('a place adverb after the people who speak stays in the speaker: "officials there said"', () => {
    // invented
    expect(read('Officials there said the ferry would sail at noon.')[0]).toMatchObject({
      rule: 'leading',
      source: 'Officials there',
      content: ['the ferry would sail at noon'],
    });
    expect(read('The ferry will sail, residents here say.')[0]).toMatchObject({
      rule: 'trailing',
      source: 'residents here',
    });
    // "there" alone is no one
    expect(read('There said the ferry would sail at noon.')).toEqual([]);
    // ... and the speaker is named without the place
    const article = extract('Officials there said the ferry would sail at noon.');
    const speaker = article.entities.find((e) => e.id === article.quotes[0]?.speakerId);
    expect(speaker?.name).toBe('Officials');
  });

  it('an adverb between an aside and the cue keeps the named subject speaking: "Tom Bell, a clerk, also said"', () => {
    // invented
    expect(read('Tom Bell, a clerk, also said that the ferry was late.')[0]).toMatchObject({
      rule: 'leading',
      source: 'Tom Bell, a clerk',
      cue: 'said',
      content: ['that the ferry was late'],
    });
    expect(read('The clerk, after the vote, initially said the ferry was late.')[0]).toMatchObject({
      source: 'The clerk, after the vote',
      content: ['the ferry was late'],
    });
    // a participle after a comma opens a clause of its own, whose subject is not the words before
    expect(
      read('The board, set up in 1900, holds no powers, instead calling on members to meet.'),
    ).toEqual([]);
  });

  it('a duration after the cue is a time, not the content: "has said for months"', () => {
    // invented
    expect(read('Tom Bell has said for months he is the only one who can win.')[0]).toMatchObject({
      rule: 'leading',
      source: 'Tom Bell',
      content: ['he is the only one who can win'],
    });
    // "for weeks of talks" is what was called for, not a time
    expect(read('Tom Bell called for weeks of talks.')[0]).toMatchObject({
      content: ['weeks of talks'],
    });
  });

  it('a delegation "to" something stays in the speaker phrase', () => {
    // invented
    expect(
      read('The head of the delegation to the harbour forum said the piers must be rebuilt.')[0],
    ).toMatchObject({
      source: 'The head of the delegation to the harbour forum',
      content: ['the piers must be rebuilt'],
    });
  });

  it('a hedge before an article and an amount opens the speaker: "About a third of riders said"', () => {
    // invented
    expect(read('About a third of riders said the ferry fares were too high.')[0]).toMatchObject({
      rule: 'leading',
      source: 'About a third of riders',
      content: ['the ferry fares were too high'],
    });
  });

  it('whoever is asked or urged to act is read past, with a negated infinitive too', () => {
    expect(read('Police urged drivers not to use the bridge.')).toMatchObject([
      { rule: 'leading', source: 'Police', cue: 'urged', content: ['not to use the bridge'] },
    ]);
    expect(read('The union asked dockers to stay home on Friday.')[0]).toMatchObject({
      source: 'The union',
      content: ['to stay home on Friday'],
    });
    // asking not to be named asks nothing of anyone; "to" before a noun phrase opens no
    // infinitive, and "for" asks for a thing
    expect(
      read('An official, who asked not to be named, said the dam held.').map((q) => q.cue),
    ).toEqual(['said']);
    expect(read('Reporters asked questions about the port to all three leaders.')).toEqual([]);
    expect(read('The mayor asks for an inquiry to find out who knew.')[0]?.content).not.toEqual([
      'to find out who knew',
    ]);
  });

  it('"that" after "of" in a speaker phrase points at a noun, opening no clause', () => {
    expect(
      read('One of the authors of that report, Ada Kemp, said the plan would fail.')[0],
    ).toMatchObject({ source: 'Ada Kemp', content: ['the plan would fail'] });
  });

  it('the subject of a clause of result speaks ("so heated that"); a relative "that" does not', () => {
    expect(
      read('The debate grew so heated that Gov. Ada Kemp said, "I need a break."'),
    ).toMatchObject([{ rule: 'leading', source: 'Gov. Ada Kemp', content: ['I need a break.'] }]);
    expect(read('It made such a din that Ada Kemp said the pier was unsafe.')).toMatchObject([
      { rule: 'leading', source: 'Ada Kemp', content: ['the pier was unsafe'] },
    ]);
    expect(read('The apps that it said would fail were closed.').map((a) => a.rule)).not.toContain(
      'leading',
    );
  });

  it("a form in -ing after an owner's name is a noun of the speaker phrase", () => {
    expect(read("A source familiar with Bell's thinking said the mayor will try.")).toMatchObject([
      {
        rule: 'leading',
        source: "A source familiar with Bell's thinking",
        content: ['the mayor will try'],
      },
    ]);
  });

  it('"found" before a reflexive reports nothing: "found herself in a feud"', () => {
    expect(read('Ada Kemp found herself in a feud with the board.')).toHaveLength(0);
    expect(read('The board found that the pier was unsafe.')).toMatchObject([
      { rule: 'leading', cue: 'found', content: ['that the pier was unsafe'] },
    ]);
  });

  it('"That is why" opens a clause whose subject speaks', () => {
    expect(read("That's why the union says fares must rise.")[0]).toMatchObject({
      rule: 'leading',
      source: 'the union',
      content: ['fares must rise'],
    });
    expect(read('The pier is old, which is why the board says it will close.')[0]).toMatchObject({
      source: 'the board',
    });
    // asked "why": the question is what was asked
    expect(read('Ann Roe asked why critics said the ferry was late.')).toHaveLength(1);
  });

  it('"point" says something only before "out" or "to": not "pointed fingers", "percentage points"', () => {
    expect(read('Ann Roe pointed out that the pier was old.')[0]?.cue).toBe('pointed out');
    for (const text of [
      'Harbour pilots are pointing fingers at the board.',
      'Fares rose by four percentage points.',
    ])
      expect(read(text)).toEqual([]);
  });

  it('"of" opens the topic of a verb of speaking, right after it ("spoke of", "warned of")', () => {
    expect(
      read('At each meeting the harbour master spoke of the silt in the channel.')[0],
    ).toMatchObject({
      cue: 'spoke of',
      source: 'the harbour master',
      content: ['the silt in the channel'],
    });
    expect(read('Ann Roe warned of a crisis at the port.')[0]?.cue).toBe('warned of');
    // not after a verb of thought, nor after someone addressed
    expect(read('Ann Roe thought of a plan.')).toEqual([]);
    expect(read('Ann Roe asked the mayor of Eastvale.')).toEqual([]);
  });

  it('a topic ends where a clause of its own begins, whose cue is read on', () => {
    const found = read('Ada Kemp joked about the weather before she told the pilots, "Stay home."');
    expect(found.map((a) => [a.cue, a.content])).toEqual([
      ['joked about', ['the weather']],
      ['told', ['Stay home.']],
    ]);
  });

  it('a time after a participle describing the speaker is part of the speaker', () => {
    expect(read('Crews hired last spring said the dock was safe.')[0]?.source).toBe(
      'Crews hired last spring',
    );
    // a time after the speaker's name or noun says when it was said
    expect(read('The pilots on Monday said the pier was safe.')[0]?.source).toBe('The pilots');
  });

  it('a clause fronted after "Even", "And" or "But" ends with its comma, where the sentence\'s own speaker starts', () => {
    const found = read(
      'Even as the coach maintained on Sunday that the squad was fit, the club doctor said three players were injured.',
    );
    expect(found.map((a) => [a.source, a.cue, a.content])).toEqual([
      ['the coach', 'maintained', ['that the squad was fit']],
      ['the club doctor', 'said', ['three players were injured']],
    ]);
    const and = read(
      'And, while the mayor boasts that she has no donors, three funds have reported spending on her behalf.',
    );
    expect(and.map((a) => [a.source, a.content])).toEqual([
      ['the mayor', ['that she has no donors']],
      ['three funds', ['spending on her behalf']],
    ]);
    // a clause opening what was said is no fronted clause: the words run on
    expect(read('He said that while prices rose, wages fell across the county.')).toMatchObject([
      { source: 'He', content: ['that while prices rose, wages fell across the county'] },
    ]);
  });

  it('a participle and a time describe the source: "A memo written in March concluded"', () => {
    expect(read('A memo written in March concluded that the pier was unsound.')).toMatchObject([
      { rule: 'leading', cue: 'concluded', source: 'A memo written in March' },
    ]);
    // the writer named after "by" is not who concludes: the memo is
    expect(read('A memo written by Tom Bell concluded that the pier was unsound.')).toMatchObject([
      { source: 'A memo written by Tom Bell' },
    ]);
    // a verb after a pronoun or an auxiliary is the clause's own, no description
    expect(read('The pilot who was hired in March said the pier was unsound.')).toMatchObject([
      { source: 'The pilot' },
    ]);
  });

  it('a described source is the maker of the thing, not a name before it', () => {
    const sourceName = (text: string) => {
      const article = extract(text);
      const id =
        article.claims.find((c) => c.sourceId)?.sourceId ??
        article.quotes.find((q) => q.speakerId)?.speakerId;
      return article.entities.find((e) => e.id === id)?.name;
    };
    expect(
      sourceName(
        'The Harbour Gazette ran a survey of 800 readers. A Harbour Gazette poll conducted Sunday suggests most readers back the pier.',
      ),
    ).toBe('Harbour Gazette');
    expect(
      sourceName(
        'Ann Roe spoke on Monday. The study issued Wednesday concluded the pier was unsafe.',
      ),
    ).not.toBe('Ann Roe');
  });

  it('"said no", "said yes": a bare answer is what was said', () => {
    expect(read('Asked whether the pier would reopen, the harbourmaster said no.')).toContainEqual(
      expect.objectContaining({
        rule: 'leading',
        cue: 'said',
        source: 'the harbourmaster',
        content: ['no'],
      }),
    );
    expect(read('The harbourmaster said no to the levy.')).toMatchObject([
      { content: ['no to the levy'] },
    ]);
    // a word pointing back, or an answer to a vote, reports nothing
    expect(read('The harbourmaster said so.')).toEqual([]);
    expect(read('The harbourmaster said nothing.')).toEqual([]);
    expect(claims('The council voted no.', true)).toEqual([]);
  });

  it('"Everyone but X", "no one except X" speak as a group: X is left out of it, no speaker', () => {
    expect(read('Everyone but Tom Bell said yes to the offer.')).toMatchObject([
      { rule: 'leading', source: 'Everyone but Tom Bell', content: ['yes to the offer'] },
    ]);
    expect(read('Nobody but Ann Roe said the levy would pass.')[0]).toMatchObject({
      source: 'Nobody but Ann Roe',
    });
    expect(read('All but Ada Kemp said the pier should close.')[0]).toMatchObject({
      source: 'All but Ada Kemp',
    });
    const counted = extract('All but two of the wardens said the pier should close.');
    expect(counted.entities.map((e) => e.name)).toContain('All but two of the wardens');
    for (const text of [
      'Everyone but Tom Bell said yes to the offer.',
      'No one except Ann Roe said the levy would pass.',
      'Everyone apart from Ada Kemp said the pier should close.',
    ]) {
      const article = extract(text);
      const speaker = article.entities.find((e) => e.id === article.quotes[0]?.speakerId);
      expect(speaker?.kind).not.toBe('person');
    }
    // "but" joining two clauses still ends the subject
    expect(read('Tom Bell left early but Ann Roe said the vote was fair.')[0]).toMatchObject({
      source: 'Ann Roe',
    });
  });

  it('after a verb of answering, "to" names what was answered, never what was said', () => {
    expect(read('Raj Patel did not respond to a request for comment.')).toEqual([]);
    expect(read('Raj Patel responded to the criticism by calling it "nonsense."')).toEqual([
      expect.objectContaining({ rule: 'participle', content: ['it "nonsense."'] }),
    ]);
    // what was answered is passed over to the words said after it
    expect(read('Raj Patel replied to a question about the plan, "It is not dead."')).toEqual([
      expect.objectContaining({ rule: 'leading', cue: 'replied', content: ['It is not dead.'] }),
    ]);
    expect(read('Raj Patel responded that the criticism was unfair.')[0]).toMatchObject({
      content: ['that the criticism was unfair'],
    });
  });

  it('"that" before a phrase on where or when points back; before a clause it opens what was said', () => {
    expect(read('Lars Berg confirmed that in a statement, saying the money "will flow."')).toEqual([
      expect.objectContaining({ rule: 'participle', content: ['the money "will flow."'] }),
    ]);
    expect(read('Lars Berg said that in 2019 the town lost money.')[0]).toMatchObject({
      rule: 'leading',
      content: ['that in 2019 the town lost money'],
    });
    expect(read('Lars Berg said that in Mr. Roe\'s view, "the town lost."')[0]).toMatchObject({
      rule: 'leading',
    });
  });

  it('"seldom", "ever", "since" and "twice" stand between a subject and its cue', () => {
    expect(read('Ana Ruiz has since said the pier must close.')[0]).toMatchObject({
      source: 'Ana Ruiz',
      cue: 'has since said',
    });
    expect(read('Ana Ruiz seldom speaks of her childhood in Eastvale.')[0]).toMatchObject({
      source: 'Ana Ruiz',
    });
  });

  it('"wants to", "hopes to": the infinitive after a verb of stance is what is wanted, whatever it names', () => {
    expect(read('Ada Kemp wants to cheer on the Eastvale side.')[0]).toMatchObject({
      rule: 'leading',
      cue: 'wants',
      source: 'Ada Kemp',
      content: ['to cheer on the Eastvale side'],
    });
    expect(read('The mayor hopes to see the Harbour Pier rebuilt.')[0]).toMatchObject({
      cue: 'hopes',
      content: ['to see the Harbour Pier rebuilt'],
    });
    // a past form of belief before "to" qualifies the noun: no one believes anything here
    const believed = read(
      'Ten sailors believed to be aboard the Marla were rescued, the coast guard said.',
    );
    expect(believed).toHaveLength(1);
    expect(believed[0]).toMatchObject({ cue: 'said', source: 'the coast guard' });
  });

  it('"says despite the rain, she plans to ...": the clause after a circumstance is what was said', () => {
    for (const text of [
      'Ada Kemp says despite the rain, she plans to cheer on the Eastvale side.',
      'One council hopeful, Ada Kemp, says despite the rain, she plans to cheer on the Eastvale side.',
    ]) {
      const found = read(text);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({
        rule: 'leading',
        cue: 'says',
        source: 'Ada Kemp',
        content: ['she plans to cheer on the Eastvale side'],
      });
    }
    expect(
      read('Ada Kemp said despite the rain, the club wants to open the fair.')[0],
    ).toMatchObject({
      cue: 'said',
      content: ['the club wants to open the fair'],
    });
  });

  it('"said the club, she hopes, will win": an aside inside what was said leaves it whole', () => {
    const found = read('Ada Kemp said the club, she hopes, will win.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      cue: 'said',
      source: 'Ada Kemp',
      content: ['the club, she hopes, will win'],
    });
    // a speaker and cue that end the sentence still say it: the first verb only carried it
    expect(
      read('Ada Kemp told the Courier the storms were worse, Tom Bell added.')[0],
    ).toMatchObject({
      cue: 'added',
      source: 'Tom Bell',
    });
  });

  it('"reported, the trust refused ...": a verb that takes a clause may take it after its comma', () => {
    expect(
      read("The Courier's Ivo Marr reported, the Harbour Trust declined to name its donors.")[0],
    ).toMatchObject({
      rule: 'leading',
      cue: 'reported',
      source: "The Courier's Ivo Marr",
      content: ['the Harbour Trust declined to name its donors'],
    });
    // a subordinate clause before the comma says when, not what
    expect(read('After Ada Kemp testified, the council voted.')).toEqual([]);
  });

  it('"said in a statement it remains ...": "it" and a verb in the present open what was said', () => {
    expect(
      read('The ferry operator said in a statement it remains committed to the route.')[0],
    ).toMatchObject({
      rule: 'leading',
      cue: 'said',
      content: ['it remains committed to the route'],
    });
  });

  it('"Nordic states said", "new figures show": a cue\'s form in -s before a verb is its subject', () => {
    expect(read('Norland blocked a deal that Baltic states said was overdue.')).toMatchObject([
      { rule: 'relative-clause', cue: 'said', source: 'Baltic states' },
    ]);
    expect(claims('New figures show that 600 families left the island.')).toMatchObject([
      {
        rule: 'leading',
        cue: 'show',
        source: 'New figures',
        content: ['that 600 families left the island'],
      },
    ]);
    // still verbs: "says" before a noun, a form in -s after the cue, a form in -ss
    expect(read('Ada Kemp says praise from rivals helps the port.')[0]).toMatchObject({
      cue: 'says',
      source: 'Ada Kemp',
    });
    expect(claims('The survey finds states drifting to the right.')[0]).toMatchObject({
      cue: 'finds',
    });
    expect(claims('Fans overwhelmingly express support for the coach.')[0]).toMatchObject({
      cue: 'express',
      source: 'Fans',
    });
  });

  it('an object described by a relative clause with no verb after it reports no words', () => {
    expect(read('Mateo Quispe added a goal that won the game.')).toEqual([]);
    expect(read('Retired pilots recalled a scheme that failed.')).toEqual([]);
    // a verb after the relative clause makes the whole a clause of reported words
    expect(read('Ana Ruiz said a deal that had been agreed was off.')[0]).toMatchObject({
      cue: 'said',
      content: ['a deal that had been agreed was off'],
    });
  });

  it('an adverb of manner after the cue is no part of what was said', () => {
    expect(read('Ana Ruiz said separately that she would review the deal.')[0]).toMatchObject({
      content: ['that she would review the deal'],
    });
    expect(read('Tom Bell told reporters bluntly that the talks were over.')[0]).toMatchObject({
      content: ['that the talks were over'],
    });
  });

  it('a thing felt in the progressive is no belief; a clause after it is', () => {
    expect(read('Retailers are already feeling the effects of the strike.')).toEqual([]);
    expect(read('Retailers are feeling the strike will last.')[0]).toMatchObject({
      kind: 'belief',
      content: ['the strike will last'],
    });
  });

  it("another speaker's clause joined on after the words is no part of them", () => {
    expect(
      read('Fiona Mackay said the cuts were needed, but Aisha Rahman disagreed.')[0],
    ).toMatchObject({
      source: 'Fiona Mackay',
      content: ['the cuts were needed'],
    });
    expect(read('Tom Bell said the plan failed; Ada Kemp agreed.')[0]).toMatchObject({
      content: ['the plan failed'],
    });
    // ... and no part of the thing a stance is taken on
    expect(read('Fiona Mackay backed the cuts, but Aisha Rahman disagreed.')[0]).toMatchObject({
      cue: 'backed',
      content: ['the cuts'],
    });
    // a name after a phrase fronted inside the words is still what was said
    expect(
      read('Ada Kemp said that after the fire, Tom Bell called her twice.')[0]?.content,
    ).toEqual(['that after the fire, Tom Bell called her twice']);
  });

  it('an outlet reporting the words at the end of the sentence is their channel', () => {
    expect(
      read('The board said it would pay compensation, Northshore Radio reported on Monday.')[0],
    ).toMatchObject({ content: ['it would pay compensation'], channel: 'Northshore Radio' });
  });

  it('a phrase of where after the one told is no part of what was said', () => {
    for (const text of [
      'Ada Kemp told reporters outside the depot that the strike would last two days.',
      'Ada Kemp told reporters aboard the ferry that the strike would last two days.',
      'Ada Kemp told supporters following the vote that the strike would last two days.',
    ])
      expect(read(text)[0]?.content).toEqual(['that the strike would last two days']);
  });
});

describe('leading, a bracketed acronym in the speaker', () => {
  it('"Green Party (GP) leader Tom Hale said": the acronym stays inside the phrase', () => {
    expect(read('Green Party (GP) leader Tom Hale said that the plan was weak.')[0]).toMatchObject({
      source: 'Green Party (GP) leader Tom Hale',
      content: ['that the plan was weak'],
    });
  });
});

describe('leading, people told then a bare plural subject', () => {
  it('"told reporters prices were falling": the content keeps its subject', () => {
    expect(read('Minister Ann Gold told reporters prices were falling.')[0]?.content).toEqual([
      'prices were falling',
    ]);
    expect(read('Minister Ann Gold told senators costs were rising.')[0]?.content).toEqual([
      'costs were rising',
    ]);
  });
});
