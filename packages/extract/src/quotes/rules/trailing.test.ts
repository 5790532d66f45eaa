import { describe, expect, it } from 'vitest';
import { read, speakerNames } from '../../../test/support/read.js';
import { extract } from '../../extract.js';

// Invented sentences.
describe('trailing', () => {
  it('a name, the aside, then a quote carrying its clause on: "Brennan, he said, "never once yelled ...""', () => {
    const text = [
      'Walt Brennan coached for four decades. He died last week.',
      'Former player Dev Sandhu flew in. Brennan, he said, "never once yelled at a kid."',
    ].join('\n\n');
    const [quote] = read(text);
    expect(quote).toMatchObject({
      rule: 'trailing',
      source: 'he',
      content: ['Brennan', '"never once yelled at a kid."'],
    });
    expect(speakerNames(text)).toEqual(['Dev Sandhu']);
    // a time before the aside is no subject of the quote, nor a name before more words after it
    expect(read('Dev Sandhu flew in. Today, he said, "we remember him."')[0]).toMatchObject({
      rule: 'leading',
    });
  });

  it('"both" and "the two" after the quote are who speak: a quantifier after a quote mark floats on nothing', () => {
    for (const subject of ['both', 'the two']) {
      const [quote] = read(`Ada Kemp and Tom Bell met. "We are not saying no," ${subject} said.`);
      expect(quote, subject).toMatchObject({
        rule: 'trailing',
        source: subject,
        cue: 'said',
        content: ['We are not saying no'],
      });
    }
    // ... while after a subject it is part of the verb's group
    expect(read('Ada Kemp and Tom Bell both said the vote was close.')[0]?.source).toBe(
      'Ada Kemp and Tom Bell',
    );
  });

  it('a verb in the past before a plural cue form is no speaker: "brought sharp questions"', () => {
    // invented
    const fees = read('The tolls, set far above cost, brought sharp questions from rivals.');
    expect(fees.map((a) => a.source)).not.toContain('brought sharp');
    expect(
      extract({ text: 'The fees brought sharp questions, said Ana Ruiz.' }).entities.map(
        (e) => e.name,
      ),
    ).toEqual(['Ana Ruiz']);
  });

  it('a description with a comma between describing words names the speaker whole: "the wiry, soft-spoken engineer said"', () => {
    const text = '"We had no choice," the wiry, soft-spoken engineer said.';
    expect(read(text)[0]).toMatchObject({
      rule: 'trailing',
      source: 'the wiry, soft-spoken engineer',
    });
    expect(speakerNames(text)).toEqual(['wiry, soft-spoken engineer']);
    // a comma closing a fronted phrase is no comma between describing words
    expect(
      read('In a statement, chief executive Ada Kemp said the pier would close.')[0],
    ).toMatchObject({ rule: 'leading', source: 'chief executive Ada Kemp' });
    // a comma after a word that is no describing word still ends the description
    expect(speakerNames('"It is over," the reports, citing two sources, said.')).not.toContain(
      'reports, citing two sources',
    );
  });

  it('"read" after a singular subject is its past tense: `"...," the statement read.` is the statement\'s maker speaking', () => {
    const text =
      'The port authority issued a statement. "We will reopen the pier on Monday," the statement read.';
    expect(read(text)[0]).toMatchObject({
      rule: 'trailing',
      kind: 'speech',
      source: 'the statement',
      cue: 'read',
    });
    expect(speakerNames(text)).toEqual(['port authority']);
  });

  it('"it" reading out words is the letter or sign introduced before, never someone named nearby', () => {
    const letter =
      'The tenants union sent its landlord a letter on Friday. "We will not pay for repairs we never got," it read.';
    expect(speakerNames(letter)).toEqual(['tenants union']);
    // with nothing written introduced before, no one is the speaker (not the town just named)
    expect(speakerNames('The mayor spoke in Eastvale. "Vote yes," it read.')).toEqual([null]);
  });

  it('a fronted phrase alone ("In a changing economy, voters believe in ...") is no one\'s words', () => {
    expect(read('In a changing economy, young voters still believe in the dream.')).toEqual([]);
    // (what she warned against is her topic: the fronted phrase is nobody's words)
    expect(
      read('In her first speech, Ann Roe warned against haste.').map((a) => [a.rule, a.content]),
    ).toEqual([['leading', ['haste']]]);
    // ... but one the sentence resumes after is the speaker's: "In the end, X said, ..."
    expect(read('In the end, Tom Bell said, the riders stayed home.')[0]).toMatchObject({
      rule: 'trailing',
      source: 'Tom Bell',
    });
  });

  it('a clause framing the sentence before the speaker\'s comma is the writer\'s scene ("When Ada Kemp said ..., a porter cheered")', () => {
    const found = read('When Ada Kemp said the ferry would sail again, a porter cheered.');
    expect(found.map((a) => [a.rule, a.source, a.content])).toEqual([
      ['leading', 'Ada Kemp', ['the ferry would sail again']],
    ]);
    expect(read('When the ferry docked, a porter shouted.')).toEqual([]);
    // a condition with its main clause is what was said
    expect(read('If the levy fails, riders will suffer, Ann Roe said.')[0]).toMatchObject({
      rule: 'trailing',
      content: ['If the levy fails, riders will suffer'],
    });
  });

  it('"captioned" reports what a post\'s author wrote under it', () => {
    const text = 'Mila Rourke posted a photo from the set. "Day one," she captioned the post.';
    expect(read(text).at(-1)).toMatchObject({ rule: 'trailing', source: 'she', cue: 'captioned' });
  });

  it('anonymous people described by a longer phrase speak: "two people with knowledge of the talks said"', () => {
    const found = read(
      'The plan was dropped, two people with knowledge of the talks said.\nThe deal is off, one person with direct knowledge of the matter said.',
    );
    expect(found.map((a) => a.source)).toEqual([
      'two people with knowledge of the talks',
      'one person with direct knowledge of the matter',
    ]);
  });

  it('an age speaks in the present tense as in the past: "the 82-year-old says"', () => {
    for (const cue of ['says', 'adds', 'said']) {
      const text = `Ada Kemp swims every morning.\n"People think I am mad," the 82-year-old ${cue}.`;
      const article = extract(text);
      const speaker = article.entities.find((e) => e.id === article.quotes[0]?.speakerId);
      expect(article.quotes[0]?.rule).toBe('trailing');
      expect(speaker?.name).toBe('Ada Kemp');
    }
    // a count before a word in -s is still a plural noun: "40 claims"
    expect(read('The fund paid 40 claims last year.')).toEqual([]);
  });

  it('a colon before the quoted words leaves the narration before it out, and its subject speaks', () => {
    const text = 'Ann Roe seemed annoyed: "It is a public note. Just send it," she wrote.';
    const quote = read(text).find((a) => a.rule === 'trailing');
    expect(quote).toMatchObject({
      quoteKind: 'direct',
      source: 'she',
      content: ['It is a public note. Just send it'],
    });
    const article = extract(text);
    const speaker = article.entities.find((e) => e.id === article.quotes[0]?.speakerId);
    expect(speaker?.name).toBe('Ann Roe');
  });

  it('"to" and whom it was said to may close the reporting clause: ", Ann Roe wrote to the mayor."', () => {
    for (const to of ['the mayor', 'her', 'the Harbour Board'])
      expect(read(`The quay is safe, Ann Roe wrote to ${to}.`)[0]).toMatchObject({
        rule: 'trailing',
        source: 'Ann Roe',
        content: ['The quay is safe'],
      });
    // after a participle, what follows "to" is its object: a claim of its own
    const [, referring] = read('The quay is safe, Ann Roe said, referring to the pilots.');
    expect(referring).toMatchObject({ rule: 'participle', content: ['the pilots'] });
  });

  it('a verb of the manner of saying reports quoted words only: ", she barked."', () => {
    const [barked] = read('"Not now," Ann Roe barked, and the meeting moved on.');
    expect(barked).toMatchObject({ rule: 'trailing', cue: 'barked', source: 'Ann Roe' });
    expect(read('Grow up, Ann Roe scolded.')).toEqual([]);
    expect(read('The dog barked at the pilot.')).toEqual([]);
    // "laughed and said": the verb after "and" reports the words
    const found = read('Asked if she would run, Ann Roe laughed and said, "We will see."');
    expect(found.map((a) => a.cue)).not.toContain('laughed');
    expect(found).toContainEqual(expect.objectContaining({ cue: 'said', source: 'Ann Roe' }));
  });

  it('a quoted fragment inside the sentence does not end it: the words after the aside go on', () => {
    const [fares] = read('The fares, already "far too high," Ann Roe said, will rise again.');
    expect(fares).toMatchObject({
      rule: 'trailing',
      quoteKind: 'mixed',
      content: ['The fares, already "far too high,"', 'will rise again'],
    });
    // a quote opening its clause is the whole of what was said
    const [whole] = read('"It is far too high," Ann Roe said, walking out.');
    expect(whole?.content).toEqual(['It is far too high']);
  });

  it('whoever is told after a trailing cue is a recipient, not the content', () => {
    const [quote] = read('"We will not close a single branch," Ana Ruiz told councillors.');
    expect(quote).toMatchObject({
      rule: 'trailing',
      content: ['We will not close a single branch'],
      source: 'Ana Ruiz',
      channel: null,
    });
  });

  it('a speaker and cue closing the sentence take the whole clause, over an earlier verb', () => {
    const found = read('The early thaw also explains the floods along the coast, Ivo Marr said.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: 'trailing',
      content: ['The early thaw also explains the floods along the coast'],
      source: 'Ivo Marr',
    });
  });

  it('a quote broken by the cue and a clause after it carries on where it opens in lower case', () => {
    const found = read(
      '"Many people are uncertain this year," Ada Kemp wrote in a letter to the Gazette explaining why she is standing, "but most voters agree. We can fix it."',
    );
    expect(found[0]).toMatchObject({
      rule: 'trailing',
      source: 'Ada Kemp',
      content: ['Many people are uncertain this year', 'but most voters agree. We can fix it.'],
    });
    expect(found).toHaveLength(1);
    // the first words after a leading cue stay in the content: `said on Monday, "the plan ..."`
    expect(
      read('Ada Kemp said on the other hand, "the plan works for the riders."')[0],
    ).toMatchObject({
      rule: 'leading',
      content: ['on the other hand, "the plan works for the riders."'],
    });
  });

  it('leaves a wire dateline out of the content', () => {
    const [quote] = read('PORT ELSBY (CP) — The ferry will run again from Friday, officials said.');
    expect(quote).toMatchObject({
      rule: 'trailing',
      content: ['The ferry will run again from Friday'],
      source: 'officials',
    });
  });

  it('a horizontal bar after a dateline is the dash it stands for', () => {
    const [quote] = read('PORT ELSBY \u2015 The ferry will run again from Friday, officials said.');
    expect(quote).toMatchObject({
      content: ['The ferry will run again from Friday'],
      source: 'officials',
    });
  });

  it('trailing: "...," she said. and a person quoted through an outlet', () => {
    const [a] = read(
      'The new tunnel is "a gift to the whole city", transport analyst Mia Lund told CBC.',
    );
    expect(a).toMatchObject({
      rule: 'trailing',
      source: 'transport analyst Mia Lund',
      cue: 'told',
      channel: 'CBC',
    });
  });

  it('a social platform the words were posted on is their channel: "wrote on Telegram", "on X"', () => {
    for (const platform of ['Telegram', 'Facebook', 'X']) {
      const [quote] = read(`"We need blood donors," Mayor Ada Kemp wrote on ${platform}.`);
      expect(quote, platform).toMatchObject({ rule: 'trailing', channel: platform });
    }
    // a platform named as a topic is no channel
    expect(read('"It is over," Ada Kemp said of the Telegram.')[0]?.channel).toBeNull();
  });

  it('an outlet after "in" that closes the phrase, or named after its kind, is the channel', () => {
    expect(read('Ada Kemp wrote in the Kelby Herald that the bill was flawed.')[0]).toMatchObject({
      cue: 'wrote',
      channel: 'the Kelby Herald',
    });
    expect(read('Ada Kemp told the broadcaster NordTV that she would appeal.')[0]?.channel).toBe(
      'the broadcaster NordTV',
    );
    // with no determiner, the name's own "The" included, and two nouns of kind
    expect(read('Ada Kemp told daily The Kelby Post that she would appeal.')[0]).toMatchObject({
      channel: 'daily The Kelby Post',
      content: ['that she would appeal'],
    });
    expect(read('Ada Kemp told weekly newspaper Kelby Post she would appeal.')[0]).toMatchObject({
      channel: 'weekly newspaper Kelby Post',
      content: ['she would appeal'],
    });
    // a kind of writing or a medium alone names no outlet
    expect(read('"It is over," Ada Kemp said in a post on X.')[0]?.channel).toBe('X');
    expect(
      read('Speaking on TV, Ada Kemp argued that the vote was rigged.')[0]?.channel,
    ).toBeNull();
  });

  it('"told the station" is the outlet named just before, which becomes an outlet', () => {
    const article = extract(
      'Residents interviewed by Harbour Radio described a long night. "We lost the ground floor," one shopkeeper told the station.',
    );
    const channel = article.entities.find((e) => e.id === article.quotes[0]?.channelId);
    expect(channel).toMatchObject({ name: 'Harbour Radio', outlet: true });
    // with no outlet named before, the noun names no channel
    const alone = extract('"We lost the ground floor," one shopkeeper told the station.');
    expect(alone.quotes[0]?.channelId).toBeNull();
  });

  it('a reporter told, with the outlet after "of", leaves the reporter a person', () => {
    const article = extract(
      'The mayor spoke at the port. "The port has a problem," she told Ada Kemp of the Gazette.',
    );
    const channel = article.entities.find((e) => e.id === article.quotes[0]?.channelId);
    expect(channel).toMatchObject({ name: 'Gazette', kind: 'organization' });
    expect(article.entities.find((e) => e.name === 'Ada Kemp')?.kind).toBe('person');
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

  it('trailing: a circumstance after the cue is not content, a participle after it is', () => {
    // what she was asked is a claim of its own (asked-question), not her words
    expect(read('"Not yet," Ann Roe said when asked about the vote.')).toEqual([
      expect.objectContaining({ rule: 'trailing', source: 'Ann Roe', content: ['Not yet'] }),
      expect.objectContaining({ rule: 'asked-question', content: ['about the vote'] }),
    ]);
    expect(read('"We will appeal," Ann Roe said outside the courthouse.')[0]).toMatchObject({
      rule: 'trailing',
      content: ['We will appeal'],
    });
    expect(
      read('"Fares are falling," Ann Roe said Thursday, adding that ridership was up.'),
    ).toEqual([
      expect.objectContaining({ rule: 'trailing', content: ['Fares are falling'] }),
      expect.objectContaining({
        rule: 'participle',
        source: 'Ann Roe',
        content: ['that ridership was up'],
      }),
    ]);
  });

  it('skips a frame that names the medium before the content', () => {
    expect(read('Sarah Lee said in an email that the depot is closed.')[0]).toMatchObject({
      source: 'Sarah Lee',
      content: ['that the depot is closed'],
    });
    expect(read('"It is a tough winter," Ken Wold said in an interview.')[0]).toMatchObject({
      rule: 'trailing',
      source: 'Ken Wold',
    });
  });

  it('reads a phrase that closes the reporting clause as a frame', () => {
    expect(read('"It will never work," she said of the plan.')[0]).toMatchObject({
      rule: 'trailing',
      source: 'she',
    });
  });

  it('"was quoted as saying" makes its subject the speaker, not a passive', () => {
    const [a] = read('"The debt is far too high," he was quoted as saying in the release.');
    expect(a).toMatchObject({ rule: 'trailing', source: 'he', cue: 'was quoted as saying' });
    const [b] = read('Mayor Tom Vale was quoted as saying that the debt was too high.');
    expect(b).toMatchObject({ rule: 'leading', source: 'Mayor Tom Vale' });
  });

  it('who quoted may stand before "as saying" or after it: "quoted by the Gazette as saying"', () => {
    const [before] = read(
      'Tom Vale was quoted by the Harbour Gazette as saying the pier would close.',
    );
    expect(before).toMatchObject({
      rule: 'leading',
      source: 'Tom Vale',
      cue: 'was quoted by the Harbour Gazette as saying',
      channel: 'the Harbour Gazette',
      content: ['the pier would close'],
    });
    // someone who quoted is no channel
    expect(
      read('Tom Vale was quoted by Ada Kemp as saying the pier would close.')[0]?.channel,
    ).toBeNull();
    const [after] = read(
      'He was quoted as saying by the Harbour Gazette that the pier would close in May.',
    );
    expect(after).toMatchObject({
      rule: 'leading',
      source: 'He',
      channel: 'the Harbour Gazette',
      content: ['that the pier would close in May'],
    });
  });

  it('a fronted phrase naming a show in quote marks is no quote: the cue after it leads', () => {
    const [a] = read(
      'On Fox News\u2019s \u201cSunday Briefing,\u201d Ann Roe said the plan works.',
    );
    expect(a).toMatchObject({ rule: 'leading', source: 'Ann Roe', content: ['the plan works'] });
    const [timed] = read('Friday on \u201cMorning Show,\u201d Tom Bell said the pier would close.');
    expect(timed).toMatchObject({ rule: 'leading', content: ['the pier would close'] });
    const [b] = read('\u201cOn Fridays,\u201d Ann Roe said, \u201cwe close early.\u201d');
    expect(b).toMatchObject({ rule: 'trailing', source: 'Ann Roe' });
  });

  it('a fronted phrase before the aside is no statement: the sentence resumes after it', () => {
    const [a, b] = read(
      'Still, she said, the ferry will run on Sunday. For most of the winter, Mr. Vance said, when the roads were shut, the shop ran out of bread.',
    );
    expect(a).toMatchObject({
      rule: 'trailing',
      content: ['Still', 'the ferry will run on Sunday'],
    });
    expect(b?.content).toEqual([
      'For most of the winter',
      'when the roads were shut, the shop ran out of bread',
    ]);
    // a name before the aside is the subject of a passive report, not a fronted phrase
    expect(read('Brannock, we are told, is the keeper of the light.')).toEqual([]);
  });

  it('a phrase of place after the cue is where it was said', () => {
    const [a] = read('"We will win," he said aboard the ferry to the island.');
    expect(a).toMatchObject({ rule: 'trailing', content: ['We will win'] });
  });

  it('a programme after the hosts told is part of the recipient, whatever the marks', () => {
    for (const [open, close] of [
      ['"', '"'],
      ["''", "''"],
    ]) {
      const [a] = read(
        `${open}The bridge opens in May,${close} Mr. Oduya told the hosts of ${open}Morning Talk.${close}`,
      );
      expect(a).toMatchObject({
        rule: 'trailing',
        source: 'Mr. Oduya',
        content: ['The bridge opens in May'],
      });
    }
  });
  it('a quote closing on a comma inside a doubled mark is what the speaker after it said', () => {
    const [quote] = read(
      "''Nobody reads the small print,'' Ada Kemp told the council, to laughs from a gallery that knew the ''culprit'' she meant.",
    );
    expect(quote).toMatchObject({
      rule: 'trailing',
      content: ['Nobody reads the small print'],
      source: 'Ada Kemp',
    });
  });

  it('a participle or a form with its agent after "by" qualifies a noun: no reporting clause', () => {
    expect(
      read('The shop now stocks "Pier Stories," a memoir written by two ferry pilots.'),
    ).toEqual([]);
    const described = read('The board released "Harbour Plan," a paper describing its aims.');
    expect(described.filter((a) => a.rule === 'trailing')).toEqual([]);
    // "by phone" names no agent: the speaker is still the subject
    expect(read('"It is done," Ms. Kemp said by phone.')[0]).toMatchObject({
      rule: 'trailing',
      source: 'Ms. Kemp',
    });
  });

  it('a quoted fragment inside another clause, before a cue taking an object, is no trailing quote', () => {
    const found = read(
      'Last year, under what Ivo Bell called "the old deal," the rowing club charged every member twice.',
    );
    expect(found.filter((a) => a.rule === 'trailing')).toEqual([]);
    // ... while a circumstance after the cue leaves the mixed quote to its speaker
    expect(read('The plan is "a disgrace," Ms. Kemp said when asked about it.')[0]).toMatchObject({
      rule: 'trailing',
      content: ['The plan is "a disgrace,"'],
      source: 'Ms. Kemp',
    });
  });
  it('"repeated", "whispered", "pleaded" after quoted words are verbs of saying', () => {
    expect(read('"She is safe," the uncle repeated into the radio.')[0]).toMatchObject({
      rule: 'trailing',
      content: ['She is safe'],
      source: 'the uncle',
    });
    expect(read('"Stay close," Ada Kemp whispered.')[0]).toMatchObject({ source: 'Ada Kemp' });
    // ... and only where they report words: a repeated act is no quote
    expect(read('The council repeated the vote on Monday.')).toEqual([]);
  });

  it('a description and a bare name after the statement and its comma: the name speaks', () => {
    expect(
      read('The ferry will stop in May, a spokeswoman, Sara Vance, said on Friday.')[0],
    ).toMatchObject({
      rule: 'trailing',
      content: ['The ferry will stop in May'],
      source: 'Sara Vance',
    });
    // ... but a place closing a description after a name is no second speaker
    const [named] = read(
      'Ann Roe, a teacher from Eastvale, North Norland, said the ferry will stop.',
    );
    expect(named!.source).toBe('Ann Roe, a teacher from Eastvale, North Norland');
  });

  it('a name alone before the aside is the subject of the clause it resumes', () => {
    expect(read('Eastvale, Roe said, had never flooded so early in the year.')[0]).toMatchObject({
      rule: 'trailing',
      content: ['Eastvale', 'had never flooded so early in the year'],
      source: 'Roe',
    });
  });

  it('"we\'re told" is passive: the pronoun is told, it does not speak', () => {
    expect(read('The old pier, we\u2019re told, will close in May.')).toEqual([]);
    expect(read("The old pier, I'm told, will close in May.")).toEqual([]);
  });

  it('a quote set off by a colon or a dash inside an open report is said by the speaker after it', () => {
    // invented
    const found = read('Ann Roe declared the need for more buses: "Build them now," she said.');
    expect(found).toHaveLength(2);
    expect(found.find((a) => a.rule === 'leading')).toMatchObject({
      source: 'Ann Roe',
      cue: 'declared',
      content: ['the need for more buses'],
    });
    expect(found.find((a) => a.rule === 'trailing')).toMatchObject({
      source: 'she',
      cue: 'said',
      content: ['Build them now'],
    });
    const [suggested, said] = read(
      'Ivo Marr suggested that the plan was weak - "We need the details," he said.',
    );
    expect(suggested).toMatchObject({ cue: 'suggested', content: ['that the plan was weak'] });
    expect(said).toMatchObject({ source: 'he', content: ['We need the details'] });
    // a quoted fragment run into the open content is still that content's
    expect(read('Ann Roe called the plan "a bad deal," she said.')).toHaveLength(1);
  });

  it('typed double hyphens set off an aside as a dash does, and a quoted piece before one is said too', () => {
    // invented
    expect(read('The vote -- Tom Bell said -- was a farce.')[0]).toMatchObject({
      rule: 'trailing',
      source: 'Tom Bell',
      content: ['The vote', 'was a farce'],
    });
    expect(
      read('"I doubt the common view" -- that the levy is unfair -- "will last," he says.')[0],
    ).toMatchObject({
      rule: 'trailing',
      quoteKind: 'mixed',
      content: ['"I doubt the common view" -- that the levy is unfair -- "will last,"'],
    });
  });

  it('a pronoun object of a preposition ends a speaker phrase: "an aide close to him said"', () => {
    // invented
    expect(read('The ferry deal is dead, an aide close to him said.')[0]).toMatchObject({
      rule: 'trailing',
      source: 'an aide close to him',
      content: ['The ferry deal is dead'],
    });
    // a pronoun object alone is no speaker
    expect(read('The ferry deal is dead, told him.')).toEqual([]);
  });

  it('a title closing a fronted participle clause is no quote: "Asked ... on "Morning Talk," Ann Roe said"', () => {
    // invented
    const found = read(
      'Asked about the levy on "Morning Talk," Ann Roe said she had not heard enough.',
    );
    expect(found.map((a) => a.rule)).not.toContain('trailing');
    expect(found[0]).toMatchObject({
      rule: 'leading',
      source: 'Ann Roe',
      content: ['she had not heard enough'],
    });
  });

  it('an owner\'s role and a name after a statement speak it: "..., her top aide, Tom Bell, told"', () => {
    expect(
      read('Ada Kemp remains committed to the race, her top aide, Tom Bell, told reporters.'),
    ).toMatchObject([
      {
        rule: 'trailing',
        source: 'Tom Bell',
        cue: 'told',
        content: ['Ada Kemp remains committed to the race'],
      },
    ]);
  });

  it('an adverb and a preposition before a form in -s open a place, no speaker', () => {
    expect(read('Turnout fell, especially in swing states.')).toHaveLength(0);
    expect(read('The pier is old, the report states.')).toMatchObject([
      { rule: 'trailing', source: 'the report', content: ['The pier is old'] },
    ]);
  });

  it('a retort with "back" is a verb of saying: "fired back", "shot back", "hit back"', () => {
    expect(read('"Not a chance," Ada Kemp shot back.')[0]).toMatchObject({
      rule: 'trailing',
      cue: 'shot back',
      source: 'Ada Kemp',
      content: ['Not a chance'],
    });
    expect(read('Ada Kemp fired back that the plan was a sham.')[0]).toMatchObject({
      rule: 'leading',
      cue: 'fired back',
      content: ['that the plan was a sham'],
    });
    // without "back", or going back somewhere, nothing is said
    for (const text of [
      'The board fired the pilot.',
      'Harbour fees shot back up in May.',
      'The Hawks hit back into the lead.',
    ])
      expect(read(text)).toEqual([]);
  });

  it('an aside with a subject of two words in lower case: "The plan, city officials said, is dead."', () => {
    expect(read('The plan, city officials said, is dead.')[0]).toMatchObject({
      rule: 'trailing',
      source: 'city officials',
      content: ['The plan', 'is dead'],
    });
    // a comma between adjectives still joins them before their noun
    expect(read('The lanky, bearded pilot said the pier was safe.')[0]?.source).toBe(
      'The lanky, bearded pilot',
    );
    // and a comma grouping thousands is inside the number
    expect(read('Some 2,350 pilots said the pier was safe.')[0]?.source).toBe('Some 2,350 pilots');
  });

  it("a participle clause after the reporting clause is the writer's, a clause with a verb is said", () => {
    expect(
      read('Velant Micro will cut 2,000 jobs, the company said, sending its shares down.')[0],
    ).toMatchObject({ rule: 'trailing', content: ['Velant Micro will cut 2,000 jobs'] });
    expect(
      read('The old mill is safe, the mayor said, replacing it would cost millions.')[0]!.content,
    ).toEqual(['The old mill is safe', 'replacing it would cost millions']);
    expect(
      read('The mill held many goods, the mayor said, including grain and salt.')[0]!.content,
    ).toEqual(['The mill held many goods', 'including grain and salt']);
  });

  it('a reason or a result after the aside is still what was said: ", she said, because ..."', () => {
    const text = 'The line lost money, Ada Kemp said, because the boats are old.';
    expect(read(text)[0]).toMatchObject({
      rule: 'trailing',
      content: ['The line lost money', 'because the boats are old'],
    });
    expect(read('It was too late, Tom Bell said, so the club waited.')[0]?.content).toEqual([
      'It was too late',
      'so the club waited',
    ]);
    // a reason with a report of its own is read by the cue rules; a full quote's reason is the writer's
    const own = read('The vote is vital, Tom Bell said, because he said the board would fold.');
    expect(own[0]?.content).toEqual(['The vote is vital']);
    const quoted = read('"We are done," Ada Kemp said, because the vote had failed.');
    expect(quoted[0]?.content).toEqual(['We are done']);
  });

  it('a verb of agreeing after words a named speaker reports does not take them over', () => {
    expect(read('Fiona Mackay said the cuts were needed; Aisha Rahman disagreed.')).toEqual([
      expect.objectContaining({ rule: 'leading', source: 'Fiona Mackay' }),
    ]);
    // a report of the report still stands: the police say what she said
    expect(read('Fiona Mackay said the cuts were needed, police said.')[0]).toMatchObject({
      rule: 'trailing',
      source: 'police',
    });
  });

  it("a reason after the aside stays the speaker's with a belief inside it", () => {
    expect(
      read('The plan failed, Ana Ruiz said, because investors thought nobody would pay.')[0],
    ).toMatchObject({
      rule: 'trailing',
      content: ['The plan failed', 'because investors thought nobody would pay'],
    });
  });
});

describe('trailing, before a colon', () => {
  it('"Get out!" Tom Bell said: "..." leads the quote after the colon, not the shout before it', () => {
    const found = read('"Get out!" Tom Bell said: "I was terrified."');
    expect(found.map((a) => [a.rule, a.source, a.content])).toEqual([
      ['leading', 'Tom Bell', ['I was terrified.']],
    ]);
    // with no colon the shout is his
    expect(read('"Get out!" Tom Bell said.')[0]).toMatchObject({
      rule: 'trailing',
      source: 'Tom Bell',
    });
    // after a comma the quote before is his: "said before adding:" leads with "adding"
    expect(read('"We will win," Tom Bell said before adding: "Maybe."')[0]).toMatchObject({
      rule: 'trailing',
      content: ['We will win'],
    });
  });
});

describe('trailing, a verb of stance after the words', () => {
  it('"We were robbed," Ann Roe blasted: the words are hers, a quote', () => {
    expect(read('"We were robbed," Ann Roe blasted.')[0]).toMatchObject({
      kind: 'speech',
      rule: 'trailing',
      source: 'Ann Roe',
      content: ['We were robbed'],
    });
    // with a thing after it the verb takes a stance
    expect(read('Ann Roe blasted the referee.')[0]?.kind).toBe('stance');
  });
});

describe('trailing, then another speaker', () => {
  it('"A, the mayor said, but Tom Bell said B": the tail is his, not carried on as the mayor\'s', () => {
    const found = read(
      'The road is safe, the mayor said, but Tom Bell said it floods every spring.',
    );
    expect(found.map((a) => [a.rule, a.source, a.content])).toEqual([
      ['trailing', 'the mayor', ['The road is safe']],
      ['leading', 'Tom Bell', ['it floods every spring']],
    ]);
    // the speaker's own sentence going on is still theirs
    expect(
      read('The pumps can run a week, Ann Roe said, but the fuel will not last.'),
    ).toHaveLength(2);
  });
});

describe('trailing, then the writer naming what was said', () => {
  it('"A, the bureau said, a charge the industry denied": the charge is no more of the bureau\'s words', () => {
    expect(
      read('Grocers kept prices high, the bureau said Tuesday, a charge the industry denied.').map(
        (a) => [a.rule, a.source, a.content],
      ),
    ).toEqual([['trailing', 'the bureau', ['Grocers kept prices high']]]);
    // ... nor what was decided: "a decision critics called reckless"
    expect(
      read('The cap will fall, the minister said Tuesday, a decision critics called reckless.')[0]
        ?.content,
    ).toEqual(['The cap will fall']);
    // but after a verb the noun phrase completes what was said
    expect(read('It was, the minister said, a plan that failed.')[0]?.content).toEqual([
      'It was',
      'a plan that failed',
    ]);
  });
});
