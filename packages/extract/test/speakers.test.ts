import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { speakerNames } from './support/read.js';

// Every text is invented. Each case reads who said a quote through the public extract().
function whoSaid(text: string): Array<{ words: string; speaker: string | null; rule?: string }> {
  const article = extract({ text, title: 'Invented' });
  const names = new Map(article.entities.map((e) => [e.id, e.name]));
  return article.quotes.map((q) => ({
    words: article.text.slice(q.content[0]!.start, q.content.at(-1)!.end),
    speaker: q.speakerId ? (names.get(q.speakerId) ?? null) : null,
    rule: q.rule,
  }));
}

describe('who said it', () => {
  it('a lone quote a paragraph or two after a named speaker is still theirs', () => {
    const quotes = whoSaid(
      [
        '"We print anything, for anyone," said Mara Quist, who runs the shop on Dock Street.',
        'She opened it in 2019 with a loan from her brother.',
        '"If you want the big publishers, you can go somewhere else."',
      ].join('\n\n'),
    );
    expect(quotes.at(-1)).toMatchObject({
      words: 'If you want the big publishers, you can go somewhere else.',
      speaker: 'Mara Quist',
    });
  });

  it('a lone quote far from any speaker, or after a heading, stays unattributed', () => {
    const quotes = whoSaid(
      [
        '"We print anything, for anyone," said Mara Quist.',
        'The harbour is busy in summer.',
        'Ferries leave every hour.',
        'There is little room to park near the pier.',
        '"This is the best summer we have had in a very long time."',
      ].join('\n\n'),
    );
    expect(quotes.at(-1)?.speaker).toBeNull();
  });

  it('a sentence opening with a prepositional phrase has its subject after it', () => {
    const [quote] = whoSaid(
      'In early November the Harbour Board announced that its chair would step down.',
    );
    expect(quote).toMatchObject({
      speaker: 'Harbour Board',
      words: 'that its chair would step down',
    });
    const [named] = whoSaid(
      'In a radio interview Tom Arvel declared "the ferry will run all winter, whatever it costs."',
    );
    expect(named?.speaker).toBe('Tom Arvel');
    // after a time with no comma, a pronoun or a name opens the subject
    const [late] = whoSaid(
      'Tom Arvel runs the ferry. On Monday he said the boats would sail all winter.',
    );
    expect(late).toMatchObject({ speaker: 'Tom Arvel', words: 'the boats would sail all winter' });
    expect(whoSaid('In May Ada Kemp said the pier would open.')[0]?.speaker).toBe('Ada Kemp');
  });

  it('a fronted phrase about a statement is not the speaker', () => {
    const [quote] = whoSaid(
      'In its two-page statement claiming responsibility, the Harbour Front said: "We acted alone and we will act again."',
    );
    expect(quote).toMatchObject({
      speaker: 'Harbour Front',
      words: 'We acted alone and we will act again.',
    });
  });

  it('an epithet with a modifier points back to the person the passage is about', () => {
    const quotes = whoSaid(
      [
        'Ivo Marsh scored his first goal of the season in the second period.',
        '"I will remember that one for a long time," said the rookie defenceman.',
      ].join('\n\n'),
    );
    expect(quotes[0]?.speaker).toBe('Ivo Marsh');
  });

  it('a player by position or with a person\'s age points back, even by a word bodies share ("centre")', () => {
    const lead = 'Rinks captain Ryan Doyle said his team had chances to win.';
    const speakerOf = (epithet: string) =>
      whoSaid(`${lead} "We had them on the ropes," ${epithet} said.`).at(-1)?.speaker;
    expect(speakerOf('the 31-year-old centre')).toBe('Ryan Doyle');
    expect(speakerOf('the veteran netminder')).toBe('Ryan Doyle');
    expect(speakerOf('the rookie defenseman')).toBe('Ryan Doyle');
    // a centre with no age, and a firm with one, are bodies, not the captain
    expect(speakerOf('the centre')).not.toBe('Ryan Doyle');
    expect(speakerOf('the 40-year-old company')).not.toBe('Ryan Doyle');
  });

  it('a lede\'s someone is the person named first after it ("A former bookkeeper testified ... Lydia Marr told")', () => {
    const story = (second: string) =>
      whoSaid(
        `A former bookkeeper testified Tuesday that her boss told her to change invoices.\n\n${second}`,
      )[0]?.speaker;
    expect(story('Lydia Marr told the court she was scared.')).toBe('Lydia Marr');
    expect(story('Lydia Marr, 34, told the court she was scared.')).toBe('Lydia Marr');
    // someone introduced as something else is not the lede's, nor is a spokesperson ever named
    expect(story("Ann Roe, the owner's sister, said she was angry.")).not.toBe('Ann Roe');
    const spokesperson = whoSaid(
      'A ferry company spokesperson said the route would close.\n\nTom Bell wrote that it was unfair.',
    );
    expect(spokesperson[0]?.speaker).not.toBe('Tom Bell');
  });

  it('"the agency" is the public body last named, when no agency is named', () => {
    const quotes = whoSaid(
      [
        'The Transport Department called for the bridge to be closed on Tuesday.',
        '"Safety comes first, and the bridge will stay shut," the agency said in a statement.',
      ].join('\n\n'),
    );
    expect(quotes.at(-1)?.speaker).toBe('Transport Department');
  });

  it('a pronoun far from its antecedent prefers the last speaker to a person named since', () => {
    const quotes = whoSaid(
      [
        '"We will rebuild the mill," said Tomas Oyelaran.',
        'The mill was founded in 1921 by Pieter Hallam and was run by his family for decades.',
        'It closed after a fire in the spring.',
        '"It will take us two years, maybe three," he said.',
      ].join('\n\n'),
    );
    expect(quotes.at(-1)?.speaker).toBe('Tomas Oyelaran');
  });

  it('a pronoun far from its antecedent prefers someone made a subject since the last speaker', () => {
    const quotes = whoSaid(
      [
        'Jon Ames, a researcher at Quillon, said the fraud was old. "It is the same fraud," Ames said.',
        'The head of research at Vexa, Kevin Marlow, agreed with the finding. The firm tracks such frauds.',
        '"We believe it is the same gang," he said.',
      ].join('\n\n'),
    );
    expect(quotes.at(-1)?.speaker).toBe('Kevin Marlow');
  });

  it('a name in a fronted "Asked ..." phrase is who was asked, not the pronoun after it', () => {
    const quotes = whoSaid(
      [
        '"I kept a seat for each of them," Dennis Arlow says.',
        'Asked what he would tell Mayor Ivo Marsh about the ferries, he said: "Just run them on time."',
      ].join('\n\n'),
    );
    expect(quotes.at(-1)?.speaker).toBe('Dennis Arlow');
  });

  it('"it" in a sentence is its subject, not a place named later in it', () => {
    const [, second] = whoSaid(
      'Coastal Affairs says travellers should take care in Norland, but it now explains the advice is new.',
    );
    expect(second?.speaker).toBe('Coastal Affairs');
  });

  it('a first name given to both men and women leaves the pronoun to decide', () => {
    const quotes = whoSaid(
      [
        '"Milk stays on the menu," said Tom Brandt, who heads the dairy board.',
        'Lee Varga, a health educator with the school board, said she is unsure what comes next. "We will keep teaching it either way," she said.',
      ].join('\n\n'),
    );
    expect(quotes.at(-1)?.speaker).toBe('Lee Varga');
  });

  it('a pronoun after a speaker of unknown gender is theirs, not a man merely mentioned', () => {
    const quotes = whoSaid(
      [
        'President Tomas Okafor wants a new bridge.',
        'Tarn Kettle said a long lunch might help the talks between the council and Okafor. "If they all sat down together, they would sort it out," he said.',
      ].join('\n\n'),
    );
    expect(quotes.at(-1)?.speaker).toBe('Tarn Kettle');
  });

  it('a description, a comma, then a name: the name speaks', () => {
    const [quote] = whoSaid(
      'One coastal Liberal, Norland Sen. Jon Tarrow, said the bridge would never be paid for.',
    );
    expect(quote?.speaker).toBe('Jon Tarrow');
  });
});

describe('role descriptions that point back to a named person or body', () => {
  it('"the winger" is the person an indefinite apposition described so', () => {
    const quotes = whoSaid(
      'Ada Kemp, a winger for the Harbour Hawks, scored twice on Friday. "It felt good," the winger said.',
    );
    expect(quotes[0]?.speaker).toBe('Ada Kemp');
  });

  it('a description with adjectives split by a comma keeps its head noun', () => {
    const quotes = whoSaid(
      'Professor Lena Holt studies tides. Holt is aware of the risks. "Nobody knows how high it goes," the wiry, soft-spoken professor said.',
    );
    expect(quotes[0]).toMatchObject({
      words: 'Nobody knows how high it goes',
      speaker: 'Lena Holt',
    });
  });

  it('"the mayor" is a mention of the mayor, so a pronoun after it finds him', () => {
    const quotes = whoSaid(
      [
        '"We print anything," said Mara Quist.',
        'Mayor Tom Vey wants a new bridge. The mayor raised the plan again on Monday. "We can build it in two years," he said.',
      ].join('\n\n'),
    );
    expect(quotes.at(-1)?.speaker).toBe('Tom Vey');
  });

  it('"the councillor" is the one titled "Cllr", with or without the period', () => {
    for (const title of ['Cllr', 'Cllr.', 'Coun.']) {
      const quotes = whoSaid(
        `${title} Ada Kemp was devastated. "This hall is our heart," the councillor said.`,
      );
      expect(quotes.at(-1)?.speaker, title).toBe('Ada Kemp');
    }
  });

  it('"the police chief" is not the mayor named before, unless she was given that office', () => {
    const other = whoSaid('Mayor Ada Kemp opened the bridge. The police chief said it was safe.');
    expect(other[0]?.speaker).toBe('police chief');
    const same = whoSaid(
      'Police Chief Ada Kemp opened the bridge. The police chief said it was safe.',
    );
    expect(same[0]?.speaker).toBe('Ada Kemp');
    const deputy = whoSaid(
      'Ada Kemp, the deputy mayor, opened the bridge. Mayor Tom Bell was away. The deputy mayor said it was safe.',
    );
    expect(deputy.at(-1)?.speaker).toBe('Ada Kemp');
    // ... nor is "the board member" the superintendent, nor "the health minister" an officer
    // described with another field
    const board = whoSaid(
      'The superintendent, Tom Bell, met Ada Kemp on Monday. "We misread the room," the board member said.',
    );
    expect(board.at(-1)?.speaker).toBe('board member');
    const minister = whoSaid(
      'The finance minister, Tom Bell, spoke first. "We will wait," the health minister said.',
    );
    expect(minister.at(-1)?.speaker).not.toBe('Tom Bell');
    // a body's name capitalised before the noun says where one served: "the Harbour Service veteran"
    const veteran = whoSaid(
      '"We will win," Tom Bell said. The Harbour Service veteran also said the plan was sound.',
    );
    expect(veteran.at(-1)?.speaker).toBe('Tom Bell');
  });

  it('a surname two people share is the one who opened this or the sentence before', () => {
    const quotes = whoSaid(
      'Ana Ruiz and her husband, Tomas Ruiz, face removal. Tomas said the hardest part is telling their son. "He asks me if his friends can come," Ruiz said.',
    );
    expect(quotes.at(-1)?.speaker).toBe('Tomas Ruiz');
    // one merely spoken of is not: the first named keeps it
    const object = whoSaid(
      'Ana Ruiz and her husband, Tomas Ruiz, face removal. A judge questioned Tomas Ruiz on Monday. "We will appeal," Ruiz said.',
    );
    expect(object.at(-1)?.speaker).toBe('Ana Ruiz');
  });

  it('"his agent" is the agent the passage names, before or after', () => {
    const quotes = whoSaid(
      'Striker Tom Bell may leave, his agent said on Tuesday. "He is ambitious," his agent, Ada Kemp, said.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Ada Kemp', 'Ada Kemp']);
    // a role one may have many of stays unnamed: "his friend" is any of them
    const friend = whoSaid(
      'Tom Bell may leave, his friend said. "He is restless," his friend, Ada Kemp, said.',
    );
    expect(friend[0]?.speaker).not.toBe('Ada Kemp');
  });

  it('"the label" is the record company named before, by the word its name ends on', () => {
    const quotes = whoSaid(
      'Fernhill Records confirmed the delay. "We are giving them time," the label said.',
    );
    expect(quotes.at(-1)?.speaker).toBe('Fernhill Records');
    // ... and no other body: a label is not any firm
    const other = whoSaid(
      'Harbour Bank lent the money. "We are giving them time," the label said.',
    );
    expect(other.at(-1)?.speaker).not.toBe('Harbour Bank');
  });

  it('"the agency" is the body named just before, or else the public body last named', () => {
    expect(
      whoSaid('Harbourline Transit runs the ferries. "There is no study," the agency said.')[0]
        ?.speaker,
    ).toBe('Harbourline Transit');
    expect(
      whoSaid(
        'The State Department called for the release of the Canadians. "We share that commitment," the agency said.',
      )[0]?.speaker,
    ).toBe('State Department');
  });

  it('after "According to X," the role that opens the main clause is no description of X', () => {
    const quotes = whoSaid(
      'According to Tom Vey, the minister never read the report. "It was flawed," the minister said.',
    );
    expect(quotes.at(-1)?.speaker).not.toBe('Tom Vey');
    // closed by a comma, the words after the name are its apposition
    const apposed = whoSaid(
      'According to Tom Vey, the minister, the report was late. "It was flawed," the minister said.',
    );
    expect(apposed.at(-1)?.speaker).toBe('Tom Vey');
  });

  it('a role right after a fronted phrase ending on a name speaks for itself, not for the name', () => {
    for (const front of [
      'In a letter to Ada Kemp,',
      'Speaking to Ada Kemp,',
      'Asked about Ada Kemp,',
    ]) {
      const quotes = whoSaid(`${front} the premier said the money was gone.`);
      expect(quotes[0]?.speaker, front).not.toBe('Ada Kemp');
    }
    // ... nor is a description pointing back to the one the passage is about
    const epithet = whoSaid(
      'After meeting Ada Kemp, the veteran union leader said talks had failed.',
    );
    expect(epithet[0]?.speaker).not.toBe('Ada Kemp');
    // ... nor is a pronoun after it, which carries on the one the passage is about
    const pronoun = whoSaid(
      'Lena Holt chairs the board. After meeting Ada Kemp, she said talks had failed.',
    );
    expect(pronoun[0]?.speaker).toBe('Lena Holt');
    // (a name that is the subject of a fronted clause is who the pronoun is)
    const clause = whoSaid('After Ada Kemp resigned, she said she was relieved.');
    expect(clause[0]?.speaker).toBe('Ada Kemp');
    // a name opening the sentence with the role in commas after it is still that person
    expect(whoSaid('Ada Kemp, the premier, said the money was gone.')[0]?.speaker).toBe('Ada Kemp');
  });

  it('a pronoun in the next sentence carries on the subject, not a name in a phrase fronted before it', () => {
    const text =
      'In an interview with Lena Holt, Ada Kemp spoke of her first year. "We have barely slept," she said.';
    expect(whoSaid(text).at(-1)?.speaker).toBe('Ada Kemp');
    // ... nor one inside such a phrase, a few words before its comma
    const asked = whoSaid(
      'Asked whether he blamed Tom Bell for the defeat, Ivo Marr paused. "I blame myself first," he said.',
    );
    expect(asked.at(-1)?.speaker).toBe('Ivo Marr');
    // the one whose view a sentence gives ("For Ada Kemp, ...") is what it is about
    const view = whoSaid(
      'For Ada Kemp, Lena Holt is the wrong choice. "We need someone new," she said.',
    );
    expect(view.at(-1)?.speaker).toBe('Ada Kemp');
  });

  it('a role saying something about a name in an aside is not that name: "Ada Kemp, the mayor said, was ..."', () => {
    const aside = whoSaid('Ada Kemp, the mayor said, was not at the meeting.');
    expect(aside[0]?.speaker).not.toBe('Ada Kemp');
    // a quote that opens a sentence of its own after the comma is the named one's own words
    const apposed = whoSaid('Ivo Marr, head of the ferry league stated, "It is over." Marr left.');
    expect(apposed[0]?.speaker).toBe('Ivo Marr');
  });

  it('"the service" is the body a claim named before it ("according to ...")', () => {
    const quotes = whoSaid(
      'The fire had grown to 2,300 hectares, according to the provincial wildfire service. The service said rain could help.',
    );
    expect(quotes[0]).toMatchObject({
      words: 'rain could help',
      speaker: 'provincial wildfire service',
    });
  });

  it('a long description points back to a person only when its noun can name one', () => {
    const text =
      'Mayor Ada Kemp is seeking a third term. "We will win," she said on Monday. According to the Vell Ledger seat projection, Kemp leads by nine points. Tom Bell gave her campaign $5,000 last year. The longtime harbour donor said he would give more.';
    const article = extract({ text, title: 'Invented' });
    const names = new Map(article.entities.map((e) => [e.id, e.name]));
    const poll = article.claims.find((c) => c.rule === 'according-to');
    expect(poll && names.get(poll.sourceId ?? '')).toBe('Vell Ledger seat projection');
    expect(whoSaid(text).at(-1)).toMatchObject({
      words: 'he would give more',
      speaker: 'Tom Bell',
    });
  });

  it('"the port authority" is no other body named before it, unless their names share a word or it goes by initials', () => {
    const quotes = whoSaid(
      "In a statement, the Vell Pilots' Guild said its members had no contract. The port authority disputed that. It said it had offered a raise.",
    );
    expect(quotes.at(-1)).toMatchObject({
      words: 'it had offered a raise',
      speaker: 'port authority',
    });
    const named = whoSaid(
      'Vell Transit raised fares on Monday. The transit agency said more buses would come. The VBI opened an inquiry. The law enforcement agency said it was early days.',
    );
    expect(named.map((q) => q.speaker)).toEqual(['Vell Transit', 'VBI']);
  });

  it('a comma after a noun phrase is no adjective list: "The fact, the senator said, was ..."', () => {
    const quotes = whoSaid(
      'Ivo Marsh spoke on Monday. The fact, the senator said then, was that the plan had failed.',
    );
    expect(quotes[0]?.words).toMatch(/^The fact/);
  });
});

describe('names shaped like brands', () => {
  it('a brokerage, a consultancy or a maker named after a place is one organisation', () => {
    const article = extract({
      text: 'Tom Greer, an analyst at Orrin Bay Brokerage, said the fares were too high. Staff at Vell Consulting and Kestrel Manufacturing agreed.',
      title: 'Invented',
    });
    const kinds = Object.fromEntries(article.entities.map((e) => [e.name, e.kind]));
    expect(kinds).toMatchObject({
      'Orrin Bay Brokerage': 'organization',
      'Vell Consulting': 'organization',
      'Kestrel Manufacturing': 'organization',
    });
    expect(kinds).not.toHaveProperty('Orrin Bay');
  });

  it('a capital inside a word marks an organisation, except after a surname prefix', () => {
    const article = extract({
      text: 'TransFerry says the line will cost more. "It is a hard job," said Tom McAdam. Ana DeSantis agreed.',
      title: 'Invented',
    });
    const kinds = Object.fromEntries(article.entities.map((e) => [e.name, e.kind]));
    expect(kinds).toMatchObject({
      TransFerry: 'organization',
      'Tom McAdam': 'person',
      'Ana DeSantis': 'person',
    });
  });
});

describe('phrases that are no speaker', () => {
  it("an adjective heads no speaker, so the cue after it is the writer's", () => {
    const quotes = whoSaid(
      'Cecil Marr, author of a new book, spoke on Monday. While significant challenges remain, the story of the porters reminds us that such ideals came late, Marr writes in his book.',
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker).toBe('Cecil Marr');
  });

  it('a stray unnamed phrase is no antecedent for "he"', () => {
    const quotes = whoSaid(
      [
        'Cecil Marr, author of a new book, spoke on Monday.',
        'A ledger kept at the station says that few porters were ever promoted.',
        '"Canada was not meant to be this way," he writes.',
      ].join('\n\n'),
    );
    expect(quotes.at(-1)?.speaker).toBe('Cecil Marr');
  });
});

describe('a lone name that a pronoun points back to', () => {
  it('is a person when it is the subject of a clause and nobody else is in reach', () => {
    const text = [
      '"Into the wind is not my specialty," said Stacy Lund.',
      'The celebrities play their own event with prizes of their own.',
      'When asked what was harder, the mound or the ropes, Mulder did not hesitate. "It is this for sure," he said.',
    ].join('\n\n');
    expect(whoSaid(text).at(-1)?.speaker).toBe('Mulder');
    const article = extract({ text, title: 'Invented' });
    expect(article.entities.find((e) => e.name === 'Mulder')?.kind).toBe('person');
  });

  it('is not a person when it is only a place the sentence mentions', () => {
    const text = [
      '"Into the wind is not my specialty," said Stacy Lund.',
      'The celebrities play their own event in Sackville this week. "It is this for sure," she said.',
    ].join('\n\n');
    expect(whoSaid(text).at(-1)?.speaker).toBe('Stacy Lund');
  });
});

describe('the subject a pronoun points back to', () => {
  it('a possessive before a role and a name owns the subject and is not it', () => {
    const text = [
      'Nkechi Obi said she would leave the valley.',
      'Obi\'s neighbour Sven Lind refused. "I stay. The river knows me," he said.',
    ].join('\n\n');
    expect(whoSaid(text).at(-1)?.speaker).toBe('Sven Lind');
  });

  it('the subject of a clause joined on with "but" is who carries on', () => {
    const text =
      'Fiona Mackay backed the cuts, but Aisha Rahman disagreed. "They are a choice," she said.';
    expect(whoSaid(text).at(-1)?.speaker).toBe('Aisha Rahman');
  });
});

describe('descriptions that count or order the people named', () => {
  it('"the latter" and "the former" are the second and the first of the two named just before', () => {
    const quotes = whoSaid(
      'Ingrid Solberg met Tariq Mansour on Monday. The latter said the talks were "astonishing". The former said they were slow.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Tariq Mansour', 'Ingrid Solberg']);
  });

  it('"the mother of three" written with spaces points back as "the mother-of-three" does', () => {
    const text = 'Ana Pereira arrived late. The mother of three said she could not afford a taxi.';
    expect(whoSaid(text)[0]?.speaker).toBe('Ana Pereira');
  });
});

describe('first names in a feature', () => {
  it('a first name that is also a place, next to a verb of saying, is the person named in full', () => {
    const text =
      'Victoria Osei, a nurse, said the ward was full. "We are exhausted," Victoria said. She moved to Victoria in 2019.';
    expect(whoSaid(text).at(-1)?.speaker).toBe('Victoria Osei');
    const article = extract({ text, title: 'Invented' });
    // the city she moved to is still a place
    expect(article.entities.find((e) => e.name === 'Victoria')?.kind).toBe('location');
  });
});

describe('the gender a pronoun agrees with', () => {
  it('a relation set off after the name says more than a list of first names', () => {
    const text = [
      'Beatriz Hale said she heard shouting from the shop.',
      'Ashley Moreau, her son, said she was shaken. "She keeps asking about the shop," he said.',
    ].join('\n\n');
    expect(whoSaid(text).at(-1)?.speaker).toBe('Ashley Moreau');
  });

  it('a name given to women and men leaves it to the pronoun', () => {
    const text = [
      'Beatriz Hale said she heard shouting from the shop.',
      'Harpreet Singh, a neighbour, said the door was open. "It was never open at night," she said.',
    ].join('\n\n');
    expect(whoSaid(text).at(-1)?.speaker).toBe('Harpreet Singh');
  });

  it('a relation named inside a longer description says nothing of the person described', () => {
    const text = [
      'Ada Kemp said she would appeal.',
      'Tom Bell, lawyer for the woman, said the ruling was wrong. "We will win," she said.',
    ].join('\n\n');
    expect(whoSaid(text).at(-1)?.speaker).toBe('Ada Kemp');
  });
});

describe('statements, clubs and companies referred to again', () => {
  it('"the statement" is whoever just spoke through it; "a statement from X" is X', () => {
    const quotes = whoSaid(
      [
        'The Harbour Juice Association said in a statement that fruit juice "is a source of vitamins".',
        'The statement also said that banning it "would hurt families".',
        'A statement from the Eastvale Council said "we will review the rules".',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker)).toEqual([
      'Harbour Juice Association',
      'Harbour Juice Association',
      'Eastvale Council',
    ]);
  });

  it('"the team" is the club last named; "the company" skips a firm named inside a quote', () => {
    expect(
      whoSaid('Eastvale Rovers signed a new keeper. "Welcome home," the team posted.')[0]?.speaker,
    ).toBe('Eastvale Rovers');
    expect(
      whoSaid(
        'Harbourline Shipping Inc. lost access to the dock. "We are working with Tallis Marine Inc. to fix it," the company said.',
      )[0]?.speaker,
    ).toBe('Harbourline Shipping Inc');
  });

  it('"the foreign ministry" is no ministry named for another field or another nation', () => {
    const other = whoSaid(
      "Officials at Norland's Ministry of Trade were pleased. The Kessarin foreign ministry said it would review the deal.",
    );
    expect(other[0]?.speaker).toBe('Kessarin foreign ministry');
    const nation = whoSaid(
      'The German Health Ministry praised the plan. The French health ministry said it would wait.',
    );
    expect(nation[0]?.speaker).toBe('French health ministry');
    const same = whoSaid(
      'The Ministry of Foreign Affairs met envoys. The foreign ministry said it would wait.',
    );
    expect(same[0]?.speaker).toBe('Ministry of Foreign Affairs');
  });

  it('"the company" passes over the firm an analyst quoted in between works for', () => {
    const text = [
      'Halvorsen Foods reported a higher profit on Tuesday.',
      'Priya Nand of Castellan Capital said the results were flattered by one-off sales.',
      'The company said it expected sales to grow.',
    ].join(' ');
    expect(whoSaid(text).at(-1)?.speaker).toBe('Halvorsen Foods');
    // a firm someone worked at, told as a story of its own, is still "the company"
    expect(
      whoSaid('Ann Roe worked as a director at Harbour Logistics. The company said she left.')[0]
        ?.speaker,
    ).toBe('Harbour Logistics');
  });
});

describe('video teasers and captions in the prose', () => {
  it('hold no quotes', () => {
    const quotes = whoSaid(
      [
        '"The park is for everyone," said Ana Ruiz.',
        'WATCH BELOW: Councillor Tom Vey says the park plan is being rushed. Lena Holt has the latest.',
      ].join('\n\n'),
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Ana Ruiz']);
  });
});

describe('artifacts and compound roles', () => {
  it('"the memo obtained by" a paper names who has it, not who wrote it', () => {
    const quotes = whoSaid(
      'Staff at Harbour Media wrote to the board. The memo obtained by the Harbour Gazette said "the sale would hurt readers".',
    );
    expect(quotes[0]?.speaker).not.toBe('Harbour Gazette');
  });

  it('"the former sergeant-at-arms" is one person, described again', () => {
    const quotes = whoSaid(
      'Tom Vey, who helped end the siege in 2014, may run for office. The former sergeant-at-arms of the legislature said Monday he is "seriously considering" it.',
    );
    expect(quotes[0]?.speaker).toBe('Tom Vey');
  });
});

describe('text as pasted from the web', () => {
  it('a zero-width space after a name does not hide the speaker', () => {
    const quotes = whoSaid(
      'Workers voted on Friday. Jeff Trager\u200b said he expects the union to help.',
    );
    expect(quotes[0]).toMatchObject({
      speaker: 'Jeff Trager',
      words: 'he expects the union to help',
    });
  });

  it('a soft hyphen neither splits a name nor stays in it', () => {
    const quotes = whoSaid('Ivo \u00adMarsh, a spokesman, said the Kel\u00adby office is closed.');
    expect(quotes[0]).toMatchObject({ speaker: 'Ivo Marsh' });
  });
});

describe('an embedded question ends at its comma', () => {
  it('the attribution after it is read', () => {
    const quotes = whoSaid(
      'While investigators do not know who is responsible, the Harbour Security Lab said in a statement that the threats came from one group.',
    );
    expect(quotes[0]?.speaker).toBe('Harbour Security Lab');
  });
});

describe('titles and people of other house styles', () => {
  it('"PM Sharma", "DSP Ada Kemp": the abbreviation titles the person named', () => {
    expect(
      speakerNames(
        'Prime Minister Anil Sharma visited Pune. Later, PM Sharma said the result was a vote for growth.',
      ),
    ).toEqual(['Anil Sharma']);
    expect(
      speakerNames(
        'The police spokeswoman, DSP Funmi Adeyemi, said two men were held. She, however, said the toll was unknown.',
      ),
    ).toEqual(['Funmi Adeyemi', 'Funmi Adeyemi']);
  });

  it('eyewitnesses and controllers are people who speak', () => {
    expect(speakerNames('Eyewitnesses told our reporter that the gunmen fled.')).toEqual([
      'Eyewitnesses',
    ]);
    expect(
      speakerNames('It ended a descent that controllers described as "twelve minutes of terror."'),
    ).toEqual(['controllers']);
  });
});

describe('an age in brackets', () => {
  it('"Tom Byrne (71)" is the 71-year-old, as "Tom Byrne, 71," is', () => {
    expect(
      speakerNames(
        'Anne Doyle (29) queued behind Tom Byrne (71). "I have been here since dawn," the 71-year-old said.',
      ),
    ).toEqual(['Tom Byrne']);
  });
});

describe('a question fronted by a participle', () => {
  it('"Asked by X whether ..., Y nodded. "Yes," she said.": the one asked answers', () => {
    expect(
      speakerNames(
        'Asked by prosecutor Ann Cole whether the man was present, Mia Stone nodded. "Yes," she said.',
      ),
    ).toEqual(['Mia Stone']);
  });
});

describe('bodies named in the plural', () => {
  it('"the Centers for ... and Prevention" is one body that speaks', () => {
    expect(
      speakerNames('The Centers for Pest Control and Prevention said it had sent a team.'),
    ).toEqual(['Centers for Pest Control and Prevention']);
  });
});

describe('who reads a statement out', () => {
  it('"In a statement read by their lawyer X, the company said": the company speaks, not the reader', () => {
    expect(
      speakerNames(
        'In a statement read by their lawyer Sam Ortiz, the company said it regretted the error.',
      ),
    ).toEqual(['company']);
  });
});

describe('state bodies named for their subjects and their country', () => {
  it('"Tourism and Heritage Canada" is one body; "Britain and Canada" two countries', () => {
    const bodies = extract({
      text: 'Tourism and Coastal Heritage Canada said the season would open.',
    })
      .entities.filter((e) => e.kind === 'organization')
      .map((e) => e.name);
    expect(bodies).toEqual(['Tourism and Coastal Heritage Canada']);
    const names = extract({ text: 'Trade between Britain and Canada rose.' }).entities.map(
      (e) => e.name,
    );
    expect(names).toContain('Canada');
  });
});

describe('two people who share a surname, of either sex', () => {
  it('"Mrs. X" is the woman of the two, whoever opened the sentence before', () => {
    expect(
      speakerNames(
        'Ada Vell and her son, John Vell, arrived. John Vell spoke first. Mrs. Vell said she was hurt.',
      ),
    ).toEqual(['Ada Vell']);
  });
});

describe('municipal bodies named "X of Y"', () => {
  it('"the Region of Elmvale", "the Town of Elmvale" speak whole', () => {
    expect(speakerNames('The Region of Elmvale said the road was under review.')).toEqual([
      'Region of Elmvale',
    ]);
    // a town written small names the place alone
    const names = extract({ text: 'He moved to the town of Elmvale in May.' }).entities;
    expect(names.map((e) => [e.kind, e.name])).toEqual([['location', 'Elmvale']]);
  });
});

describe('titles of Canadian public life', () => {
  it('"Minister of the Environment Tom Vey said": a title capitalised throughout is his, not whom he serves', () => {
    expect(
      speakerNames('"The plan is overdue," Minister of the Environment Tom Vey said.'),
    ).toEqual(['Tom Vey']);
    // a family of someone is still whose it is
    expect(speakerNames('The family of the late Ana Ruiz said they were sad.')).toEqual([
      'family of the late Ana Ruiz',
    ]);
  });

  it('"Veterans Ombud Ann Roe", "Federal Ombudsperson Ann Roe": the title is no part of the name', () => {
    expect(speakerNames('Veterans Ombud Lisa Marchand said the system was broken.')).toEqual([
      'Lisa Marchand',
    ]);
    expect(speakerNames('Federal Ombudsperson Lisa Marchand said the system was broken.')).toEqual([
      'Lisa Marchand',
    ]);
  });
});

describe('a member for a seat set off after the name', () => {
  it('"Ann Gold, MPP for Lakeview South, who said ..." is Ann Gold', () => {
    expect(
      speakerNames(
        'The plan was criticized by critic Ann Gold, MPP for Lakeview South, who said it was "too little."',
      ),
    ).toEqual(['Ann Gold']);
  });
});

describe('a name closed by a number word', () => {
  it('"Hydro One said", "said Capital One": the number word closes a name that speaks', () => {
    expect(speakerNames('"Crews are ready," Vell Hydro One said.')).toEqual(['Vell Hydro One']);
    expect(speakerNames('"Crews are ready," said Vell Hydro One.')).toEqual(['Vell Hydro One']);
  });
});

describe('a body named for its province', () => {
  it('"Nova Scotia Power said" is one body; "Tom Power" is still someone', () => {
    expect(speakerNames('Nova Scotia Power said crews were ready.')).toEqual(['Nova Scotia Power']);
    expect(speakerNames('Ontario Power Generation said crews were ready.')).toEqual([
      'Ontario Power Generation',
    ]);
    const person = extract({ text: 'Tom Power, a lineman, said crews were ready.' }).entities;
    expect(person.map((e) => [e.kind, e.name])).toEqual([['person', 'Tom Power']]);
  });
});

describe('"the Crown" before a role or a body', () => {
  it('"The Crown corporation" is the body named before; "Crown attorney" makes no body "Crown"', () => {
    expect(
      speakerNames(
        'Harbour Post said it was disappointed. The Crown corporation said it would notify customers.',
      ),
    ).toEqual(['Harbour Post', 'Harbour Post']);
    const names = extract({
      text: 'Assistant Crown attorney Mira Oduya told the court the sentence was fair.',
    }).entities.map((e) => e.name);
    expect(names).toEqual(['Mira Oduya']);
    // "the Crown" alone is still the prosecution
    expect(speakerNames('The Crown argued the sentence was too light.')).toEqual(['Crown']);
  });
});
