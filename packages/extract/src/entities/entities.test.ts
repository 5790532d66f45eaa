import { describe, expect, it } from 'vitest';
import { makeDoc } from '../document.js';
import { blocksOf, named, people, sourceName, spanOf, table } from '../../test/entity-tables.js';
import { buildStore } from './table.js';
import { extract } from '../extract.js';
import { speakerNames } from '../../test/support/read.js';

// Invented sentences.
describe('names in sports, business and court news', () => {
  it('a place word ending a name after a first name is a surname where the run speaks, is given an age or follows a title', () => {
    for (const text of [
      'Coach Drew Hill said the team was tired.',
      '"We lost," said Drew Hill.',
      'Simon Park said the laundromat is busy.',
      'Mary Hill, 54, runs the cafe.',
      'Owner Simon Park has run the place for years.',
      // a title before the first name, a gesture only someone makes after the run
      'Senator Jo Park said the bill was dead.',
      'Mary Hill nodded and left.',
    ]) {
      const t = table(text);
      expect(people(t).map((name) => name.split(' ').slice(-1)[0])).toHaveLength(1);
      expect(people(t)[0]).toMatch(/^(?:Drew Hill|Simon Park|Mary Hill|Jo Park)$/);
    }
    // a park, a station named after a king, and a place with no clue stay places
    expect(named(table('They walked through Stanley Park on Sunday.'), 'Stanley Park')?.kind).toBe(
      'location',
    );
    expect(people(table('Trains stop at King George Station every hour.'))).toEqual([]);
  });

  it("no name runs on past an initial's period into a pronoun or a determiner", () => {
    const t = table(
      'Tom Bell weighed in on X. He said the call was right. She chose Plan B. The vote followed.',
    );
    expect(t.entities().map((e) => e.name)).not.toContain('X. He');
    expect(t.entities().map((e) => e.name)).not.toContain('Plan B. The');
  });

  it('a numbered thing\'s word is no name, nor part of one: "Skyvale Airways Flight 418", "Grade 9"', () => {
    const t = table(
      'Skyvale Airways Flight 418 crashed. Pupils in Grade 9 at risk of Type 2 diabetes met Harbour Pilots Lodge 7.',
    );
    expect(t.entities().map((e) => e.name)).toEqual(['Skyvale Airways', 'Harbour Pilots Lodge 7']);
  });

  it('one word after "nearby", or set off after "the capital," or "the village,", is a place', () => {
    const t = table(
      'Residents of Cedar Hollow and nearby Pinecrest were evacuated. Talks resumed in the capital, Drevna, on Monday. The mayor, Bell, agreed.',
    );
    expect(named(t, 'Pinecrest')?.kind).toBe('location');
    expect(named(t, 'Drevna')?.kind).toBe('location');
    // ... not after a person's noun
    expect(named(t, 'Bell')?.kind).toBe('person');
  });

  it('one word after a titled name and "of" is the place of the title: "Gov. Delia Marchetti of Norland"', () => {
    const t = table('Gov. Delia Marchetti of Norland met Mayor Tom Bell of Eastvale.');
    expect(named(t, 'Norland')?.kind).toBe('location');
    expect(named(t, 'Eastvale')?.kind).toBe('location');
    expect(people(t)).toEqual(['Delia Marchetti', 'Tom Bell']);
    // a title's period goes on an apposition that names the one served
    const aide = table('Ellis Brandt, a spokesman for Gov. Delia Marchetti, said no.');
    expect(named(aide, 'Ellis Brandt')?.descriptors).toEqual([
      'a spokesman for Gov. Delia Marchetti',
    ]);
  });

  it('a lone word given an age is someone: a surname opening a sentence, a place that is a first name', () => {
    const t = table('The vote was close. Lindroth, 27, insisted that she would run.');
    expect(named(t, 'Lindroth')?.kind).toBe('person');
    const place = table('Lena Holt spoke first. Jordan, 16, said he backed the strike.');
    expect(named(place, 'Jordan')?.kind).toBe('person');
    // without the age the place is still the place
    expect(named(table('Lena Holt flew to Jordan, where she met Tom Bell.'), 'Jordan')?.kind).toBe(
      'location',
    );
  });

  it('a surname given as its initial keeps its period where the sentence goes on: "Ana R. said"', () => {
    expect(people(table('"We won," Ana R. said.'))).toEqual(['Ana R.']);
    expect(people(table('The victim, named only as Tom B., was taken to hospital.'))).toEqual([
      'Tom B.',
    ]);
    // a period before a capital may end the sentence: it stays out of the name
    expect(
      table('The town chose Plan B. It failed.')
        .entities()
        .map((e) => e.name),
    ).not.toContain('Plan B.');
  });

  it('a place word that speaks alone is a surname, and makes the name it ends a person elsewhere in the text', () => {
    const later = 'Simon Park coached the team for a decade. "It was a long season," Park said.';
    expect(named(table(later), 'Simon Park')?.kind).toBe('person');
    expect(speakerNames(later)).toEqual(['Simon Park']);
    // "Lane" is as common a surname as "Park"; a nickname inside the name changes nothing
    const nicknamed = 'Ruth "Rue" Lane ran the shelter for years. "We never closed," Lane said.';
    expect(named(table(nicknamed), 'Ruth Lane')?.kind).toBe('person');
    expect(speakerNames(nicknamed)).toEqual(['Ruth Lane']);
    // after a preposition the run is still a place, and "The Hill" is a title, not a surname
    const sited = table('The bus stopped in Simon Park. "We are late," Park said.');
    expect(named(sited, 'Simon Park')?.kind).toBe('location');
    expect(people(table('"It is over," The Hill reported.'))).toEqual([]);
  });

  it('a verb in -ing opening a sentence or a quote names no one: "Bringing Corvane in gives us scale"', () => {
    const t = table('"Bringing Corvane into the family gives us scale," said Henrik Marsh.');
    expect(people(t)).toEqual(['Henrik Marsh']);
    // a first name in -ing stays one
    expect(people(table('Sterling Brown said the plan was good.'))).toEqual(['Sterling Brown']);
  });

  it('a first name that is also a thing\'s word opens a name after a title: "Mayor Bill Roe"', () => {
    for (const text of [
      'Mayor Bill Roe said the ferry would run.',
      'Former Sen. Bill Roe said the ferry would run.',
    ]) {
      expect(people(table(text)), text).toEqual(['Bill Roe']);
      expect(speakerNames(text), text).toEqual(['Bill Roe']);
    }
    // a bill by its number is still a thing
    expect(people(table('The Senate passed Bill C-11 on Monday.'))).toEqual([]);
  });

  it('a place word ending a name given after "a nurse named" is a surname, wherever the name stands', () => {
    const text =
      'Riders were angry. One, a retired nurse named Lena Park, said she would stop taking the ferry.';
    expect(people(table(text))).toEqual(['Lena Park']);
    expect(speakerNames(text)).toEqual(['Lena Park']);
    // a park named for someone stays a park
    expect(named(table('They met in Lena Park on Sunday.'), 'Lena Park')?.kind).toBe('location');
  });

  it('"Rue Marchand", "Calle Mayor": a street named the French or Spanish way is a place', () => {
    expect(
      named(table('She has baked bread on Rue Marchand for years.'), 'Rue Marchand')?.kind,
    ).toBe('location');
    expect(named(table('The march went down Calle Mayor.'), 'Calle Mayor')?.kind).toBe('location');
    // a first name still opens a person's name where a title says so
    expect(people(table('Actress Rue Marlow said she was thrilled.'))).toEqual(['Rue Marlow']);
  });

  it('teammates, coroners and bailiffs are roles before a name', () => {
    const t = table(
      'Teammate Maren Sko said it was fine. Coroner Alasdair Fenwick ruled the death accidental.',
    );
    expect(people(t).sort()).toEqual(['Alasdair Fenwick', 'Maren Sko']);
  });

  it('a brokerage, a savings bank, a statistics office or brothers in business are organisations', () => {
    const t = table(
      'Ridley Brothers cut jobs. Birchmont Savings merged. Statistics Norland said prices rose.',
    );
    for (const name of ['Ridley Brothers', 'Birchmont Savings', 'Statistics Norland'])
      expect(named(t, name)?.kind).toBe('organization');
  });

  it('teams: a place that opens on a place word, or a known place, then a plural after "the"', () => {
    const t = table(
      'The Port Elsby Hawks beat the Lake Orrin Pilots, and the Orrin Bay Rovers lost to the Ottawa Otters. Hawks coach Daria Volkova was pleased. The Arctic States sent no team.',
    );
    for (const name of [
      'Port Elsby Hawks',
      'Lake Orrin Pilots',
      'Orrin Bay Rovers',
      'Ottawa Otters',
    ])
      expect(named(t, name)?.kind).toBe('organization');
    expect(named(t, 'Port Elsby Hawks')?.aliases).toContain('Hawks');
    expect(t.entities().map((e) => e.name)).not.toContain('Ottawa');
    expect(t.entities().map((e) => e.kind === 'organization' && e.name)).not.toContain(
      'Arctic States',
    );
    // a possessive singular after a place is no team: "the Ontario Liberal's plan"
    const member = table("Ada Kemp spoke. The Ontario Liberal's plan failed.");
    expect(member.entities().map((e) => e.kind)).not.toContain('organization');
  });

  it('teams: a place and a name word after "the", a team before its coach, and "the Kings" for the team named before', () => {
    const t = table(
      'The Calder Bay Otters lost to the Eastvale Kings. Delmont Rapids head coach Benny Sarkis was upset.',
    );
    for (const name of ['Calder Bay Otters', 'Eastvale Kings', 'Delmont Rapids'])
      expect(named(t, name)?.kind).toBe('organization');
    expect(people(t)).toEqual(['Benny Sarkis']);
    // a verb between the run and the role makes the run the subject, no team
    const said = table(
      'The Hawks lost. Hawks coach Zelphine Vantresk said winger Ivo Marr was hurt.',
    );
    expect(people(said)).toEqual(['Zelphine Vantresk', 'Ivo Marr']);
    const article = extract(
      'The Harbour Hawks beat the Eastvale Kings 3-2.\n\n"We thank our fans," the Kings said in a statement.',
    );
    const speaker = article.entities.find((e) => e.id === article.quotes[0]?.speakerId);
    expect(speaker?.name).toBe('Eastvale Kings');
    // ... and so is the last word before its people in lower case, with no "the"
    const coach = table('The Harbour Hawks won. Hawks coach Ben Sarkis and Hawks fans cheered.');
    expect(named(coach, 'Harbour Hawks')?.aliases).toEqual(['Hawks']);
    expect(coach.entities().map((e) => e.name)).not.toContain('Hawks');
    // ... and "The Hawks" opening a sentence; "The Roe campaign" is the person's, no entity of its own
    const opening = table('The Harbour Hawks signed Ivo Marr. The Hawks finished fifth.');
    expect(opening.entities().map((e) => e.name)).toEqual(['Harbour Hawks', 'Ivo Marr']);
    const roe = table('Ann Roe is running for mayor. The Roe campaign raised $40,000.');
    expect(roe.entities().map((e) => e.name)).toEqual(['Ann Roe']);
    // a person's aide, two people joined by "and", a surname before a noun: no team
    const aide = table('Ada Kemp aide Ivo Marr left. Tom Bell and actor Ivo Marr came.');
    expect(people(aide).sort()).toEqual(['Ada Kemp', 'Ivo Marr', 'Tom Bell']);
    const campaign = extract('Ada Kemp ran. Team Kemp grew. Later the Kemp campaign said no.');
    expect(campaign.entities.find((e) => e.name === 'Team Kemp')?.aliases ?? []).not.toContain(
      'Kemp',
    );
  });

  it('a paper named for when it comes out keeps that word: "the Morning Herald", "the Sunday Ledger"', () => {
    const t = table('Ada Kemp told the Morning Herald. Tom Bell wrote for the Sunday Ledger.');
    for (const name of ['Morning Herald', 'Sunday Ledger'])
      expect(named(t, name)?.kind).toBe('organization');
    // a month is when a poll was taken, no part of the outlet's name
    expect(
      named(table('In a September Harbour Post poll, most backed the plan.'), 'Harbour Post'),
    ).toBeDefined();
  });

  it('a one-word market before "index" is a thing, no company', () => {
    const t = table('Brightwater Robotics rose 11 per cent, while the TechForty index gained.');
    expect(named(t, 'TechForty')?.kind).toBe('other');
    expect(named(t, 'Brightwater Robotics')?.kind).toBe('organization');
  });
});

describe('everyday roles', () => {
  it('a capitalised role opening the sentence is a descriptor, not a first name', () => {
    const text = 'Homeowner Mira Castell said the wall held. Motorist Piet Ondaatje agreed.';
    const t = table(text);
    expect(people(t).sort()).toEqual(['Mira Castell', 'Piet Ondaatje']);
    expect(named(t, 'Mira Castell')?.descriptors).toContain('Homeowner');
  });

  it('a common noun before a first name and a surname describes the person: "Novelist Ada Kemp"', () => {
    // invented
    const t = table(
      'Novelist Petra Vayne spoke first. Colleague Ben Tarrant was less sure. Forecaster Priya Lund agreed.',
    );
    expect(people(t).sort()).toEqual(['Ben Tarrant', 'Petra Vayne', 'Priya Lund']);
    // a body named after a place that is also a first name keeps its whole name
    expect(
      named(table('Port Elizabeth Hospital said it was full.'), 'Port Elizabeth Hospital'),
    ).toBeDefined();
  });

  it('a sentence full of names with long words in lower case is prose, not a headline in Title Case', () => {
    // invented
    const t = table(
      "Director Ivo Marsh's new film had its premiere at the Lakeview Film Festival on Saturday.\n\nFew came.",
    );
    expect(people(t)).toEqual(['Ivo Marsh']);
    expect(named(t, 'Lakeview Film Festival')).toBeDefined();
  });

  it('a day or month is capitalised in prose too: a paragraph dense with names stays prose', () => {
    // invented: "court" in lower case later, and "March", do not make the paragraph Title Case
    const text =
      'A former official has been jailed.\n\nMark Hollis, 52, of Eastvale, admitted fraud at Norland Crown Court in March.\n\n' +
      'Prosecutor Ian Weeks said Hollis had used the money to buy a boat, Mr Weeks told the court.';
    const t = table(text);
    expect(people(t).sort()).toEqual(['Ian Weeks', 'Mark Hollis']);
    expect(t.entities().find((e) => e.name === 'Mark Hollis')?.aliases).toContain('Hollis');
  });

  it('a short line with a capitalised title before a name is prose, not a headline in Title Case', () => {
    // invented: "prime minister" in lower case later does not make the title Title Case
    const text =
      'Lead line of an invented story.\n\nPrime Minister Maria Kemp spoke on Monday.\n\n"It went well," the prime minister said.';
    const t = table(text, ['the prime minister']);
    expect(people(t)).toEqual(['Maria Kemp']);
    expect(sourceName(t, text, 'the prime minister')).toBe('Maria Kemp');
  });
});

describe('first names that are also words', () => {
  it('"Jan" before a name word is a given name; before a number or a period, the month', () => {
    const { entities } = extract(
      'Jan Odegaard spoke first. Then Jan van der Molen spoke. The vote is on Jan. 5 in Tarrow, and the count on Jan 9.',
    );
    expect(entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual([
      'Jan Odegaard',
      'Jan van der Molen',
    ]);
  });

  it('"Will" opens a name when a comma, a past tense or a verb of saying follows the pair', () => {
    // invented
    const t = table(
      'Will Hardy, a mechanic in Halden, said the cold takes a toll. Will Ortega told us he agreed. It will rain.',
    );
    expect(people(t).sort()).toEqual(['Will Hardy', 'Will Ortega']);
    // a question keeps its modal: "Will Ottawa agree?" names the place alone
    expect(people(table('Will Ottawa agree to the plan? Will Kemp voters turn out?'))).toEqual([]);
  });
});

describe('surnames that are also role words', () => {
  it('"Major said" after "Dana Major" is that person; with no such person it is a description', () => {
    // invented
    const text = 'Dana Major testified on Monday. Later, Major said he did not see the sign.';
    const t = table(text);
    expect(sourceName(t, text, 'Major', 1)).toBe('Dana Major');
    const other = 'Ann Roe testified. Major said the sign fell.';
    expect(sourceName(table(other), other, 'Major')).not.toBe('Ann Roe');
  });

  it('a name given with an age is a person whose surname is a title: "Oda Major, 52."', () => {
    expect(people(table('The clinic was run by Oda Major, 52. Major retired in May.'))).toEqual([
      'Oda Major',
    ]);
    // a title with an article before it stays a title, whatever number follows
    expect(people(table('The Prime Minister, 4, was the joke.'))).toEqual([]);
  });
});

describe('relatives named by first name', () => {
  it('"Kemp\'s father, Joseph," is a person of his own, not the Joseph named in full earlier', () => {
    // invented
    const text =
      "Police Chief Joseph Ward said two guards were hurt. One victim was Jason Kemp. Kemp's father, Joseph, says his son loved the sea.";
    const t = table(text);
    expect(people(t).sort()).toEqual(['Jason Kemp', 'Joseph', 'Joseph Ward']);
    expect(sourceName(t, text, "Kemp's father, Joseph")).toBe('Joseph');
    // ... but a relative whose surname is the owner's is the one named in full
    const same =
      "Joseph Kemp ran the family farm. One victim was Jason Kemp. Kemp's father, Joseph, says his son loved the sea.";
    expect(people(table(same)).sort()).toEqual(['Jason Kemp', 'Joseph Kemp']);
  });
});

describe('names glued to a lowercase particle', () => {
  it('"al-Karama" stands alone as a name, and "al-Nouri" alone is the al-Nouri named in full', () => {
    // invented
    const text =
      'The armed group al-Karama, an affiliate of a larger network, said it carried out the attack. President Tarek al-Nouri spoke on Monday. Later, al-Nouri said the war was over.';
    const t = table(text);
    expect(named(t, 'al-Karama')?.kind).toBe('organization');
    expect(sourceName(t, text, 'al-Nouri', 1)).toBe('Tarek al-Nouri');
  });
});

describe('first names', () => {
  it('knows common French and English first names and their gender: "Réjean", "Marc-André", "Terri"', () => {
    // invented
    const t = table('Réjean Vell and Terri Okoro met. Marc-André Quill stayed home.');
    expect(people(t).sort()).toEqual(['Marc-André Quill', 'Réjean Vell', 'Terri Okoro']);
    const text = 'Réjean Vell met Terri Okoro. "We agree," she said.';
    expect(sourceName(table(text, ['she']), text, 'she')).toBe('Terri Okoro');
  });
});

describe('titles with a portfolio', () => {
  it('a councillor\'s title as councils write it ("Cr", "Clr", "Cllr") is no part of the name', () => {
    const t = table(
      'Mayor Jodie Trevallion says the town is at risk. "The maths does not add up," Cr Trevallion says. Clr Ben Vale and Cllr Ann Roe agreed.',
    );
    expect(people(t).sort()).toEqual(['Ann Roe', 'Ben Vale', 'Jodie Trevallion']);
  });

  it('a verb of saying after a title in capitals is no name ("EVEN THE COACH ADMITS")', () => {
    const t = table('EVEN THE COACH ADMITS IT \u2014 The club agreed after the match.');
    expect(people(t)).toEqual([]);
  });

  it('"Minister for Regional Health Ann Roe": the portfolio is part of the title, not the name', () => {
    // invented
    const t = table(
      'Minister for Regional Health Declan Orr said no. Secretary of State for Transport Ada Kemp agreed.',
    );
    expect(people(t).sort()).toEqual(['Ada Kemp', 'Declan Orr']);
    // a seat after a name is no portfolio
    expect(people(table('Senator Ada Kemp for Norland said no.'))).toContain('Ada Kemp');
  });
});

describe('names with particles and double-barrelled surnames', () => {
  it('a hyphenated French given name takes its particles: "Jean-Baptiste de la Roche"', () => {
    const t = table(
      'Jean-Baptiste de la Roche said the mill would close. Marie-Claire de Champlain agreed.',
    );
    expect(people(t).sort()).toEqual(['Jean-Baptiste de la Roche', 'Marie-Claire de Champlain']);
  });

  it("a double-barrelled surname with Mc, Mac or De inside is a person's, not a brand", () => {
    const text =
      'Heather Tremblay-MacLeod said the plan failed. "It is a mess," Tremblay-MacLeod said. ' +
      'Siobhan O\'Driscoll-McBride agreed. "We told them," O\'Driscoll-McBride said.';
    const article = extract(text);
    expect(article.entities.map((e) => [e.name, e.kind])).toEqual([
      ['Heather Tremblay-MacLeod', 'person'],
      ["Siobhan O'Driscoll-McBride", 'person'],
    ]);
  });
});

describe('places by the people who live there', () => {
  it('"farmers near Brockton", "villagers in Little Brayford", "she lives in Barrow Point" are places', () => {
    const text =
      'Farmers near Brockton say the drought is the worst in decades. Villagers in Little Brayford agreed. Doris Kapoor said she lives in Barrow Point.';
    const article = extract(text);
    expect(article.entities.filter((e) => e.kind === 'location').map((e) => e.name)).toEqual([
      'Brockton',
      'Little Brayford',
      'Barrow Point',
    ]);
    expect(people(table(text))).toEqual(['Doris Kapoor']);
    const farmers = article.entities.find((e) => e.id === article.quotes[0]?.speakerId);
    expect(farmers?.name).toBe('Farmers near Brockton');
  });

  it('one word alone after "in", "near" or "outside", or after "Residents of" and "the mayor of", is a place', () => {
    const text =
      'Residents of Millbrook cleared branches. The mayor of Eastvale said roads were closed. ' +
      'Tom Bell grew up in Tarrow, near Kingsport, and crews worked outside Westport on Sunday.';
    const kinds = (t: string) => extract(t).entities.map((e) => [e.name, e.kind]);
    expect(kinds(text).filter(([, kind]) => kind === 'location')).toEqual(
      ['Millbrook', 'Eastvale', 'Tarrow', 'Kingsport', 'Westport'].map((n) => [n, 'location']),
    );
    // a stake, money or a language is held in something else; a word before a noun describes it
    const held =
      'Tom Bell bought a stake in Kestrel. Ann Roe put her money in Arlo. She wrote in Cantonese. ' +
      'Sales in Ostrava shops rose. Tom Bell joined NATO talks held in NATO.';
    expect(kinds(held).filter(([, kind]) => kind === 'location')).toEqual([]);
  });

  it('one word after a word of travel and "to" or "from" is a place; after "moved to" it may be a firm', () => {
    // invented
    const text =
      'During a visit to Dunmore, Tom Bell met voters. He later flew to Pellworth, and refugees ' +
      'fled from Quarrow. Ann Roe moved to Acme in 2019.';
    const kinds = extract(text).entities.map((e) => [e.name, e.kind]);
    expect(kinds.filter(([, kind]) => kind === 'location')).toEqual(
      ['Dunmore', 'Pellworth', 'Quarrow'].map((n) => [n, 'location']),
    );
    expect(kinds).toContainEqual(['Acme', 'other']);
  });

  it('a province or state abbreviated after a place and its comma is that region: "Lakeview, Calif."', () => {
    // invented
    const text =
      'Police in Lakeview, Calif., closed a road. Ada Kemp of Brennan, N.B., and Tom Bell of ' +
      'Harrowgate, Fla., spoke. Ivo Marr flew to Washington, D.C., on Friday. Ann Roe of ' +
      'Eastvale, Man., was a good man.';
    const places = extract(text)
      .entities.filter((e) => e.kind === 'location')
      .map((e) => e.name);
    expect(places).toEqual([
      'Lakeview',
      'California',
      'Brennan',
      'New Brunswick',
      'Harrowgate',
      'Florida',
      'Washington',
      'D.C',
      'Eastvale',
      'Manitoba',
    ]);
  });

  it("a religion's adjective before a noun in lower case names nothing; in a listed name it stays", () => {
    // invented
    const text =
      'Ivo Marr wrote of Islamic extremists, and Hindu leaders met Sunni clerics. ' +
      'The Islamic Centre of Dunmore opened a school.';
    const names = extract(text).entities.map((e) => `${e.kind} ${e.name}`);
    expect(names).toEqual(['person Ivo Marr', 'organization Islamic Centre of Dunmore']);
  });

  it('a word naming a day before its weekday is a date: "Super Tuesday", "Black Friday"', () => {
    // invented
    const text = 'Ivo Marr won on Super Tuesday, and shoppers crowded malls on Black Friday.';
    expect(extract(text).entities.map((e) => e.name)).toEqual(['Ivo Marr']);
  });

  it('a plural title before two names is a title, no entity, and ends no sentence: "Sens. Ada Kemp and Tom Bell"', () => {
    // invented
    const text =
      'The bill was backed by Sens. Ada Kemp and Tom Bell, and Reps. Ivo Marr and Lena Fisk.';
    const article = extract(text);
    expect(article.entities.map((e) => e.name)).toEqual([
      'Ada Kemp',
      'Tom Bell',
      'Ivo Marr',
      'Lena Fisk',
    ]);
    expect(article.claims.map((c) => c.content.length)).toEqual([1]);
  });

  it('a direction alone, capitalised after "the", is a region: "the Midwest", "the South"', () => {
    // invented
    const text = 'Voters in the Midwest are angry, the South is dry and the West waits.';
    const kinds = extract(text).entities.map((e) => `${e.kind} ${e.name}`);
    expect(kinds).toEqual(['location Midwest', 'location South', 'location West']);
  });

  it('one word after a direction and "of" is a place: "south of Millbrook"', () => {
    // invented
    const text = 'Ben Okoye runs cattle south of Millbrook. The fire began northeast of Tarrow.';
    const places = extract(text).entities.filter((e) => e.kind === 'location');
    expect(places.map((e) => e.name)).toEqual(['Millbrook', 'Tarrow']);
    // ... but a person stays a person, and "a friend of" names no direction
    const people = 'It lies north of Ada Kemp. He is a friend of Millbrook.';
    expect(extract(people).entities.map((e) => e.kind)).toEqual(['person', 'other']);
  });
});

describe('peers', () => {
  it('"Lord Barrington of Whelmsford": the place of a peer\'s title is a place, no second person', () => {
    const t = table(
      'Lord Barrington of Whelmsford said the reforms went too far. Baroness Tull of Harrowgate agreed.',
    );
    expect(people(t).sort()).toEqual(['Barrington', 'Tull']);
  });
});

describe('acronyms that name no body', () => {
  it('a long word shouted for emphasis opening a tabloid sentence is no organisation', () => {
    const text =
      'FURIOUS villagers blasted the water board. DEVOTED fans queued. HOPE filed a request.';
    const bodies = extract(text).entities.filter((e) => e.kind === 'organization');
    expect(bodies.map((e) => e.name)).toEqual(['HOPE']);
  });

  it('degrees after a name, "the ER", "HQ" and "GMT" are no organisations', () => {
    const text =
      '"The data are clear," said Marcus Lind, MD, MPH, an epidemiologist. She reached the ER at 10 p.m. GMT, near the firm\'s HQ.';
    expect(extract(text).entities.map((e) => e.name)).toEqual(['Marcus Lind']);
  });

  it('"a GP", "AI", people of a nation, a named storm and a lone initial are no bodies or people', () => {
    const text =
      'Ada Kemp said older Australians should see their GP. Firms invest in AI. Hurricane Delphine hit the island, and E. coli levels rose.';
    expect(extract(text).entities.map((e) => [e.name, e.kind])).toEqual([
      ['Ada Kemp', 'person'],
      ['Hurricane Delphine', 'other'],
    ]);
  });
});

describe('companies', () => {
  it('a name of common words that its apposition calls a body is one ("Dune Keepers, a charity")', () => {
    const { entities } = extract(
      'Sol Brandt of Dune Keepers, a coastal charity, spoke first. Then came Second Wind, a tenants group.',
    );
    const kinds = new Map(entities.map((e) => [e.name, e.kind]));
    expect(kinds.get('Dune Keepers')).toBe('organization');
    expect(kinds.get('Second Wind')).toBe('organization');
    expect(entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Sol Brandt']);
  });

  it('a body named for whom it serves, or a listed body with its "of", is one name', () => {
    for (const [text, name] of [
      ['The Institute for Patient Safety said waits were long.', 'Institute for Patient Safety'],
      [
        'The Alliance for Teacher Excellence said waits were long.',
        'Alliance for Teacher Excellence',
      ],
      [
        'In May, the Congress of Dock Unions warned that fares would rise.',
        'Congress of Dock Unions',
      ],
    ] as const) {
      const { entities } = extract(text);
      expect(
        entities.map((e) => [e.name, e.kind]),
        text,
      ).toEqual([[name, 'organization']]);
      expect(speakerNames(text), text).toEqual([name]);
    }
    // a title right after "of" still titles a name
    expect(people(table('Chief of Staff Ana Ruiz said waits were long.'))).toEqual(['Ana Ruiz']);
  });

  it('a lone unknown word opening the sentence names the body its apposition describes', () => {
    const { entities } = extract(
      'Quaymark, a shipping firm, objected. Critics, a loud group, agreed.',
    );
    expect(entities.find((e) => e.name === 'Quaymark')).toMatchObject({
      kind: 'organization',
      descriptors: ['a shipping firm'],
    });
    expect(entities.find((e) => e.name === 'Critics')?.kind).not.toBe('organization');
  });

  it('a name right before a role a firm gives is the firm ("Boreal Lumber chief executive Ron Sato")', () => {
    const t = table(
      'Boreal Lumber chief executive Ron Sato said the mill would close. Greystoke Ferris spokeswoman Ann Roe agreed. Orrin Paul spokesman Tom Bell did not.',
    );
    expect(people(t).sort()).toEqual(['Ann Roe', 'Orrin Paul', 'Ron Sato', 'Tom Bell']);
  });

  it('finance and property firms are named by their trade too ("Valewood Homes", "Tarn Ratings")', () => {
    const t = table(
      'Valewood Homes and Tarn Ratings agreed, as did Kessock Economics and Orrin Wealth. Ann Roe did not.',
    );
    expect(people(t)).toEqual(['Ann Roe']);
  });

  it('a business named by its trade, or a hospital by its short name, is no person', () => {
    const t = table(
      'Ardmore Oil chair Bea Holm wrote to investors. Harbour Air and Kestrel Ferries cut routes. Quorra Health raised $4 million. Ann Roe works nights at Galloway Memorial and Vale Regional.',
    );
    expect(people(t).sort()).toEqual(['Ann Roe', 'Bea Holm']);
  });

  it('a firm named in full, then by its first word, is one organisation and no person', () => {
    const text =
      'The block was bought by Harbourline Properties in March. Harbourline said the flats need work.';
    const t = table(text);
    expect(people(t)).toEqual([]);
    const firm = named(t, 'Harbourline Properties');
    expect(firm?.kind).toBe('organization');
    expect(firm?.mentions).toHaveLength(2);
  });

  it('a firm named in full, then without its words of business, is one organisation', () => {
    // invented
    const text =
      'Marsh & Delaney Foods Inc. will buy Fairway Markets. Shares of Marsh & Delaney rose. ' +
      'Harlow Holdings Ltd. agreed, and Harlow Holdings said so.';
    const orgs = table(text)
      .entities()
      .filter((e) => e.kind === 'organization')
      .map((e) => [e.name, e.mentions.length]);
    expect(orgs).toEqual([
      ['Marsh & Delaney Foods Inc', 2],
      ['Fairway Markets', 1],
      ['Harlow Holdings Ltd', 2],
    ]);
  });

  it('a firm named without its word of business, where it reads as a name, is still the firm', () => {
    const text =
      'Fenwick Lowe LLP flagged the payments. A spokesman for Fenwick Lowe said it would not comment. Fenwick Lowe said so too.';
    const t = table(text);
    expect(people(t)).toEqual([]);
    expect(named(t, 'Fenwick Lowe LLP')?.mentions).toHaveLength(3);
  });

  it('a name run into a compound that modifies a noun leaves no piece of itself behind', () => {
    const t = table('The Port Elsby-based grocer said profit rose. A Vancouver-bound train left.');
    const names = t.entities().map((e) => e.name);
    expect(names).not.toContain('Port');
    // a listed name in the compound is still read
    expect(names).toContain('Vancouver');
  });

  it("a lawmaker's party and state after the name is no entity but the state", () => {
    const t = table('Rep. Daniel Cho, D-Vell, said no. Sen. Ann Roe, R-Texas, agreed.');
    expect(
      t
        .entities()
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Ann Roe', 'Daniel Cho', 'Texas']);
  });

  it('a name after "shares of" or "a stake in" is a business, not a person', () => {
    const t = table(
      'Shares of Harbour Freight rose on Monday. The fund bought a stake in Lakeview Mills.',
    );
    expect(people(t)).toEqual([]);
    expect(named(t, 'Harbour Freight')?.kind).toBe('organization');
    expect(named(t, 'Lakeview Mills')?.kind).toBe('organization');
  });

  it('a firm named for its industry is an organisation even as the subject of "said"', () => {
    // invented
    const t = table(
      'Quarrow Software said it would cut jobs. Tealby Therapeutics declined to comment.',
    );
    expect(people(t)).toEqual([]);
    expect(named(t, 'Quarrow Software')?.kind).toBe('organization');
    expect(named(t, 'Tealby Therapeutics')?.kind).toBe('organization');
    const more = table(
      'Brightacre Renewables and Kelmor Pharma signed. Osgood Diagnostics did not.',
    );
    expect(people(more)).toEqual([]);
    expect(named(more, 'Brightacre Renewables')?.kind).toBe('organization');
  });
});

describe('places inside a name', () => {
  it('a street named before a business ends there: the place and the business are no person', () => {
    const t = table("Staff at the Elm Street Rosa's location voted to join the union.");
    expect(people(t)).toEqual([]);
    expect(named(t, 'Elm Street')?.kind).toBe('location');
  });
});

describe('sports clubs', () => {
  it('are organisations, and a club name before a role does not swallow the person', () => {
    const text = [
      'Eastvale Rovers beat Harbour United 2-1 on Saturday.',
      'Harbour manager Jo Kemp was unhappy. "We were sloppy," he said.',
    ].join('\n');
    const t = table(text, ['he']);
    expect(named(t, 'Eastvale Rovers')?.kind).toBe('organization');
    expect(named(t, 'Harbour United')?.kind).toBe('organization');
    expect(people(t)).toEqual(['Jo Kemp']);
    expect(sourceName(t, text, 'he')).toBe('Jo Kemp');
  });
});

describe('schools', () => {
  it('named by their level alone are organisations, not people', () => {
    const t = table('Staff at Westmere Secondary agreed. Pupils at Northgate Elementary said so.');
    expect(named(t, 'Westmere Secondary')?.kind).toBe('organization');
    expect(named(t, 'Northgate Elementary')?.kind).toBe('organization');
    expect(people(t)).toEqual([]);
  });
});

describe('guilds, consortiums and dioceses', () => {
  it('named with a plural before the body word are organisations, not people', () => {
    const t = table(
      'The Pilots Guild wrote to the mayor. The Eastvale Dockers Syndicate agreed. The Norland Archdiocese did not.',
    );
    expect(named(t, 'Pilots Guild')?.kind).toBe('organization');
    expect(named(t, 'Eastvale Dockers Syndicate')?.kind).toBe('organization');
    expect(named(t, 'Norland Archdiocese')?.kind).toBe('organization');
    expect(people(t)).toEqual([]);
  });
});

describe('people', () => {
  it('finds people from role nouns, titles, honorifics, first names and appositions', () => {
    const text = [
      'The plan is a gamble, energy analyst Corvin Daleholt told reporters.',
      'Health Minister Priya Valcourt said the rollout would start soon.',
      'Dr. Ines Marrow, an assistant professor of ecology at the University of Eastvale, said the data was clear.',
      'Later, Tobias Frenn said he agreed.',
    ].join('\n');
    const t = table(text);
    expect(people(t).sort()).toEqual([
      'Corvin Daleholt',
      'Ines Marrow',
      'Priya Valcourt',
      'Tobias Frenn',
    ]);
    expect(named(t, 'Corvin Daleholt')?.descriptors).toContain('energy analyst');
    expect(named(t, 'Priya Valcourt')?.descriptors).toContain('Health Minister');
    expect(named(t, 'Ines Marrow')?.descriptors).toContain(
      'an assistant professor of ecology at the University of Eastvale',
    );
    expect(named(t, 'University of Eastvale')?.kind).toBe('organization');
  });

  it('a member of a parliament titled before the name is a person: "MSP Ada Kemp", "MEP Ivo Marr"', () => {
    for (const [text, name, title] of [
      [
        'MSP Ada Kemp called the vote "a farce". Later she said: "I will appeal."',
        'Ada Kemp',
        'MSP',
      ],
      ['Local MEP Ivo Marr called the vote a farce.', 'Ivo Marr', 'Local MEP'],
    ] as const) {
      expect(people(table(text)), text).toEqual([name]);
      expect(named(table(text), name)?.descriptors, text).toEqual([title]);
    }
    expect(speakerNames('MSP Ada Kemp spoke first. Later she said: "I will appeal."')).toEqual([
      'Ada Kemp',
    ]);
  });

  it('letters after a name ("MP", "SC", "KC") are no part of it, after a title or none', () => {
    for (const [text, name] of [
      ['Kiri Matagi MP spoke at the hall. "He is sorry," Matagi said.', 'Kiri Matagi'],
      ['Barrister Kiri Matagi SC spoke. "He is sorry," Ms Matagi said.', 'Kiri Matagi'],
      ['Barrister Anne Lowe KC spoke. "He is sorry," Ms Lowe said.', 'Anne Lowe'],
    ] as const) {
      expect(people(table(text)), text).toEqual([name]);
      expect(speakerNames(text), text).toEqual([name]);
    }
  });

  it('a comma inside a number ends no apposition, and a clause after a fronted phrase is none', () => {
    const text =
      'One driver said he was hungry. According to Ada Kemp, the average driver earns $34,000.';
    expect(named(table(text), 'Ada Kemp')?.descriptors).toEqual([]);
    expect(speakerNames(text)).toEqual(['driver']);
    expect(
      named(table('Ivo Marr, a broker with $34,000 in savings, said he was hungry.'), 'Ivo Marr')
        ?.descriptors,
    ).toEqual(['a broker with $34,000 in savings']);
  });

  it('an apposition after an age describes the person: "Ada Kemp, 31, a winger for the Harbour Hawks"', () => {
    const text =
      'Ada Kemp, 31, a winger for the Harbour Hawks, scored twice. "It felt great," the winger said.';
    expect(named(table(text), 'Ada Kemp')?.descriptors).toEqual(['a winger for the Harbour Hawks']);
    expect(speakerNames(text)).toEqual(['Ada Kemp']);
    // an age with a place after it describes no role
    expect(
      named(table('Jane Roe, 46, of Halifax, said the ferry was late.'), 'Jane Roe')?.descriptors,
    ).toEqual([]);
  });

  it('an apposition before a name is headed by its first role: "a spokesperson for the minister, X"', () => {
    // invented
    const spokesperson = table(
      'A spokesperson for the minister, Hana Sobotka, said details would follow. "We will see," the spokesperson said.',
    );
    expect(named(spokesperson, 'Hana Sobotka')?.descriptors).toEqual([
      'spokesperson for the minister',
    ]);
    expect(
      speakerNames(
        'A spokeswoman for the mayor, Hana Sobotka, said details would follow. "We will see," the spokeswoman said.',
      ),
    ).toEqual(['Hana Sobotka', 'Hana Sobotka']);
    // "to" ties a role to whom it serves, not to a verb after it
    const adviser = table('A former adviser to the minister, Dmitri Vell, said rates would rise.');
    expect(named(adviser, 'Dmitri Vell')?.descriptors).toEqual(['former adviser to the minister']);
    const aide = table('An aide to Mayor Ana Ruiz, Tom Bell, said the vote was close.');
    expect(named(aide, 'Tom Bell')?.descriptors).toEqual(['aide to Mayor Ana Ruiz']);
    // a role ending the phrase stands alone when no role is linked before it
    const premier = table("Norland's new premier, Ilse Varga, said the budget was sound.");
    expect(named(premier, 'Ilse Varga')?.descriptors).toEqual(["Norland's new premier"]);
  });

  it('where "a" role works is a body: "an analyst at Karrow Securities", "an engineer with Tallis Orbital"', () => {
    // invented
    const analyst = table(
      'Tobias Achterberg, an analyst at Karrow Securities, said shares were cheap.',
    );
    expect(named(analyst, 'Karrow Securities')?.kind).toBe('organization');
    expect(people(analyst)).toEqual(['Tobias Achterberg']);
    const engineer = table('A senior engineer with Tallis Orbital, Ines Okafor, said it slipped.');
    expect(named(engineer, 'Tallis Orbital')?.kind).toBe('organization');
    // not where a name in the role already says whom they serve, nor before a possessive
    const officer = table('A second Navy officer at Port Elsby backed the account.');
    expect(named(officer, 'Port Elsby')?.kind).not.toBe('organization');
    const record = table("The flyer pairs a former mayor with Ivo Marr's plan for the harbour.");
    expect(named(record, 'Ivo Marr')?.kind).toBe('person');
  });

  it('a role after a body named with "of" keeps the body whole: "University of Eastvale economist"', () => {
    const t = table(
      'He said University of Eastvale economist Tomas Hale was right.\nRates rose, Bank of Norland governor Ann Roe said.\nEastvale lawyer Ivo Marsh agreed.',
    );
    expect(named(t, 'Tomas Hale')?.descriptors).toEqual(['University of Eastvale economist']);
    expect(named(t, 'Ann Roe')?.descriptors).toEqual(['Bank of Norland governor']);
    // a place standing alone before the role is still part of it, and so is a nationality
    // after "of" in lower-case words
    expect(named(t, 'Ivo Marsh')?.descriptors).toEqual(['Eastvale lawyer']);
    // a firm's noun opening the sentence heads the body's name before "of"
    const opening = table('Bank of Norland economist Ivo Marr said rates would rise.');
    expect(named(opening, 'Bank of Norland')?.kind).toBe('organization');
    expect(named(opening, 'Ivo Marr')?.descriptors).toEqual(['Bank of Norland economist']);
    const arrest = table('Police confirmed the arrest of Chinese shipping executive Li Wen.');
    expect(named(arrest, 'Li Wen')?.descriptors).toEqual(['Chinese shipping executive']);
  });

  it('resolves "her lawyer" and "Roe\'s lawyer" to the person so described, not to the owner', () => {
    const text =
      'Ann Roe will appeal, her lawyer said.\n"The ruling is wrong," said Roe\'s lawyer, Tomas Hale.';
    const t = table(text, ['her lawyer', "Roe's lawyer"]);
    expect(sourceName(t, text, 'her lawyer')).toBe('Tomas Hale');
    expect(sourceName(t, text, "Roe's lawyer")).toBe('Tomas Hale');
    // with nobody described so, the lawyer is an unnamed source of their own
    const alone = 'Ann Roe will appeal, her lawyer said.';
    const other = table(alone, ['her lawyer']);
    expect(sourceName(other, alone, 'her lawyer')).toBe("Ann Roe's lawyer");
  });

  it('a surname that is also a first name does not give its bearer that gender', () => {
    // "Blake" alone is the surname of Ann Blake here, not a man called Blake
    const text = 'Ann Blake spoke first. Then she sat down.\nBlake said the fine was small.';
    const t = table(text, ['she', ['Blake', 1]]);
    expect(sourceName(t, text, 'she')).toBe('Ann Blake');
    expect(sourceName(t, text, 'Blake', 1)).toBe('Ann Blake');
  });

  it('"the club" is the side last named, not a business named since', () => {
    const text =
      'Ada Kemp scored twice for the Harbour Hawks. Transit Co. cut two late buses. The club said fans should drive.';
    const t = table(text, ['The club']);
    expect(sourceName(t, text, 'The club')).toBe('Harbour Hawks');
  });

  it('"the company" is the business last named, not a public body', () => {
    const text =
      'Fines at sea\nKestrel Foods was fined by the Maritime Bureau. The company said it would pay.';
    const t = table(text, ['The company']);
    expect(sourceName(t, text, 'The company')).toBe('Kestrel Foods');
  });

  it('a plural name after "the" is a team, not a person', () => {
    const t = table('Storm in the bay\nThe Harbour Gulls beat the Kestrel Rovers 3-2 on Sunday.');
    expect(people(t)).toEqual([]);
    expect(named(t, 'Harbour Gulls')?.kind).toBe('organization');
  });

  it('a lower-case particle is no sign of a phrase, even after an unlisted first name', () => {
    const t = table('Nets torn at the pier\nThen Pieter van Berg and Hendrik van der Molen spoke.');
    expect(people(t).sort()).toEqual(['Hendrik van der Molen', 'Pieter van Berg']);
  });

  it('a name after a sited noun and "in" is the place, and the bare name later is that place', () => {
    const t = table(
      'Nurses walk out\nAt a hospital in Eastvale, nurses walked out. The plant near Tarrow closed. Eastvale voted on Monday.',
    );
    expect(named(t, 'Eastvale')).toMatchObject({ kind: 'location' });
    expect(named(t, 'Eastvale')?.mentions).toHaveLength(2);
    expect(named(t, 'Tarrow')?.kind).toBe('location');
    // a person is never the place: "the school in Ada Kemp's town"
    expect(people(table("The school in Ada Kemp's town closed."))).toEqual(['Ada Kemp']);
  });

  it('a party word is a surname after a known first name, and "a Democrat" names nothing', () => {
    const t = table(
      'Budget vote\nThen Rita Green and Lena English spoke. Ana Ruiz, a Democrat, voted no. Georgia Democrats met.',
    );
    expect(people(t).sort()).toEqual(['Ana Ruiz', 'Lena English', 'Rita Green']);
    expect(named(t, 'Democrat')).toBeUndefined();
    // a party as an adjective names nothing either; a surname that speaks stays
    const adjective = table('Race\nTurnout among Democratic voters was low. "We won," said Green.');
    expect(named(adjective, 'Democratic')).toBeUndefined();
    expect(named(adjective, 'Green')).toBeDefined();
    expect(named(t, 'Georgia Democrats')?.kind).toBe('organization');
  });

  it('a dateline names its place, its region and its agency, whatever comes before the dash', () => {
    const t = table(
      'Ferry late\nNORLAND, Eastvale (Harbour Wire) — The ferry was late again, Ada Kemp said.',
    );
    expect(named(t, 'Norland')?.kind).toBe('location');
    expect(named(t, 'Eastvale')?.kind).toBe('location');
    expect(named(t, 'Harbour Wire')?.kind).toBe('organization');
    expect(people(t)).toEqual(['Ada Kemp']);
  });

  it('a listed place opening on a particle is read whole: "Des Moines", "the Des Moines Ledger"', () => {
    const kinds = (text: string) => extract(text).entities.map((e) => [e.name, e.kind]);
    expect(kinds('Ada Kemp spoke at a rally in Des Moines on Monday.')).toEqual([
      ['Ada Kemp', 'person'],
      ['Des Moines', 'location'],
    ]);
    expect(kinds('Ada Kemp told the Des Moines Ledger she would run.')).toEqual([
      ['Ada Kemp', 'person'],
      ['Des Moines Ledger', 'organization'],
    ]);
  });

  it("a dateline's place of several words in capitals is one place, and its dotted region a place", () => {
    const kinds = (text: string) => extract(text).entities.map((e) => [e.name, e.kind]);
    expect(kinds('Ferry late\nDES VALLES, Norland (Harbour Wire) — Ada Kemp spoke.')).toEqual([
      ['Des Valles', 'location'],
      ['Norland', 'location'],
      ['Harbour Wire', 'organization'],
      ['Ada Kemp', 'person'],
    ]);
    expect(kinds('Ferry late\nPORT ELSBY, N.K. — Ada Kemp spoke.')).toEqual([
      ['Port Elsby', 'location'],
      ['N.K', 'location'],
      ['Ada Kemp', 'person'],
    ]);
  });

  it('reads a name with one or two particles whole', () => {
    const t = table(
      'Nets torn at the pier\nMaria de Vaal met Marc van der Bergh at the pier.\nVan der Bergh said the nets were torn.',
    );
    expect(people(t).sort()).toEqual(['Marc van der Bergh', 'Maria de Vaal']);
  });

  it("a role between a programme and a name in apposition is the name's", () => {
    const t = table(
      "Ferry news\nOn Morning Tide, the riders' lawyer, Tomas Hale, said fares rose.",
    );
    expect(people(t)).toEqual(['Tomas Hale']);
  });

  it('reads "and" inside a department\'s name, and a bare role in apposition', () => {
    const t = table(
      'Quotas cut\nThe Department of Fisheries and Oceans set the quota. "Nobody asked us," said Ray Doucet, president of the Harbour Fishers Association.',
    );
    expect(named(t, 'Department of Fisheries and Oceans')?.kind).toBe('organization');
    expect(people(t)).toEqual(['Ray Doucet']);
    expect(named(t, 'Ray Doucet')?.descriptors).toContain(
      'president of the Harbour Fishers Association',
    );
  });

  it('keeps the period of an abbreviated title in the descriptor', () => {
    const t = table(
      'Coun. Mara Fenn said the levy would pass.\nB.C. Premier Tobias Frenn said he agreed.',
    );
    expect(named(t, 'Mara Fenn')?.descriptors).toContain('Coun.');
    expect(named(t, 'Tobias Frenn')?.descriptors).toContain('B.C. Premier');
    const grade = table('Parents met.\nGrade 11 student Mara Fenn spoke first.');
    expect(named(grade, 'Mara Fenn')?.descriptors).toContain('Grade 11 student');
  });

  it('merges a surname with the full name and keeps the fullest name', () => {
    const text =
      "Halvard Quist met the mayor on Friday. Quist said the talks went well. Later, Quist's office confirmed it.";
    const t = table(text);
    const quist = named(t, 'Halvard Quist');
    expect(quist?.aliases).toContain('Quist');
    expect(quist?.mentions).toHaveLength(3);
    expect(people(t)).toEqual(['Halvard Quist']);
  });

  it('keeps two people who share a surname apart by gender', () => {
    const text =
      "Mr. Roe's wife, Ann Roe, said the family would move. Mr. Roe said he was surprised.";
    const t = table(text);
    expect(people(t).sort()).toEqual(['Ann Roe', 'Roe']);
    const store = buildStore(makeDoc(text, blocksOf(text, 'paragraph')));
    expect(store.ents.find((e) => e.name === 'Ann Roe')?.gender).toBe('female');
  });

  it('gives a bare shared surname to the person who had it first', () => {
    const text =
      'Tomas Ardel spoke first. His sister, Mila Ardel, agreed. Later, Ardel said he would appeal.';
    const t = table(text, [['Ardel', 2], ' he ']);
    expect(sourceName(t, text, 'Ardel', 2)).toBe('Tomas Ardel');
    expect(sourceName(t, text, ' he ')).toBe('Tomas Ardel');
  });

  it('gives it to the one just named when the first is told dead, but not in a possessive', () => {
    const text =
      'Tomas Ardel died in 2021. His brother, Marc Ardel, spoke outside. "Nobody prepared us," Ardel said.';
    const t = table(text, [['Ardel', 2]]);
    expect(sourceName(t, text, 'Ardel', 2)).toBe('Marc Ardel');
    // an obituary's subject keeps the surname: "Ardel's father" is still his
    const possessive = `${text} Ardel's father, Jon, built the house.`;
    const mentions = extract(possessive).entities.find((e) => e.name === 'Tomas Ardel')?.mentions;
    expect(mentions?.map((m) => possessive.slice(m.span.start, m.span.end + 2))).toContain(
      "Ardel's",
    );
  });

  it('"the younger Ardel", "the elder Ardel": the one whose description fits, with no role "elder"', () => {
    const son =
      'Tomas Ardel is 61. His son, Marc Ardel, lives in Eastvale. "We will finish it," the younger Ardel said.';
    expect(speakerNames(son)).toEqual(['Marc Ardel']);
    const brother =
      'Tomas Ardel scored twice. His older brother, Marc Ardel, laughed. "He owes me," the elder Ardel said.';
    expect(speakerNames(brother)).toEqual(['Marc Ardel']);
    expect(named(table(brother), 'Marc Ardel')?.descriptors).toEqual(['older brother']);
    const opening =
      'Tomas Ardel scored twice. His older brother, Marc Ardel, laughed. The elder Ardel said he owed him.';
    expect(speakerNames(opening)).toEqual(['Marc Ardel']);
  });

  it('reads a listed place that is the surname of someone named in full as that person', () => {
    const text =
      'Premier Lena Halifax met Opposition Leader Omar Churchill. Halifax said the talks went well, but Churchill disagreed.';
    const t = table(text, [['Churchill', 1]]);
    expect(people(t).sort()).toEqual(['Lena Halifax', 'Omar Churchill']);
    expect(sourceName(t, text, 'Churchill', 1)).toBe('Omar Churchill');
    expect(named(t, 'Lena Halifax')?.aliases).toEqual(['Halifax']);
  });

  it('a surname that is also a word of things ("Day", "Law") is the person where it speaks', () => {
    // invented
    const text =
      'Nora Day, who runs the shelter, opened the doors. Day said the beds were full. Later, Day said more would come. The Labour Day parade went ahead.';
    const t = table(text, [
      ['Day', 1],
      ['Day', 2],
    ]);
    expect(people(t)).toEqual(['Nora Day']);
    expect(sourceName(t, text, 'Day', 1)).toBe('Nora Day');
    expect(sourceName(t, text, 'Day', 2)).toBe('Nora Day');
    const quotes = extract(text).quotes.map((q) => text.slice(q.cue!.start - 4, q.cue!.end));
    expect(quotes).toEqual(['Day said', 'Day said']);
  });

  it('reads a place-like surname as a person, and Washington as a state actor', () => {
    const text =
      'Denise Washington said the bill was late. Washington has warned Ottawa about tariffs.';
    const t = table(text);
    expect(people(t)).toEqual(['Denise Washington']);
    const us = named(t, 'United States');
    expect(us?.mentions[0]?.form).toBe('metonym');
    expect(named(t, 'Canada')?.aliases).toContain('Ottawa');
  });

  it('a capital after a preposition of place is the city; acting or addressed, it is the state', () => {
    // invented
    const text =
      'Two hospitals will open in Ottawa next year. Ottawa has promised the money. ' +
      'Talks outside Paris ended on Monday, and pressure from Paris grew. In Rome, crowds gathered.';
    const t = table(text);
    const places = t
      .entities()
      .filter((e) => e.kind === 'location')
      .map((e) => [e.name, e.mentions.map((m) => text.slice(m.span.start, m.span.end))]);
    expect(places).toEqual([
      ['Ottawa', ['Ottawa']],
      ['Canada', ['Ottawa']],
      ['Paris', ['Paris']],
      ['France', ['Paris']],
      ['Rome', ['Rome']],
    ]);
  });

  it('a capital before a service or people of its city is the city', () => {
    // invented
    const text =
      'Ottawa police closed the bridge, and Paris residents marched. Paris officials said little.';
    const t = table(text);
    const places = t
      .entities()
      .filter((e) => e.kind === 'location')
      .map((e) => e.name);
    expect(places).toEqual(['Ottawa', 'Paris', 'France']);
  });

  it('a body named before the common nouns closing a source is the speaker', () => {
    const text =
      "Norland's official NPA news agency said the talks ended. The Acme Corp. spokesperson said no.";
    const t = table(text);
    expect(sourceName(t, text, "Norland's official NPA news agency")).toBe('NPA');
    const npa = extract(text).entities.find((e) => e.name === 'NPA');
    expect(npa?.aliases).toContain('NPA news agency');
    expect(sourceName(t, text, 'The Acme Corp. spokesperson')).not.toBe('Acme Corp.');
    // people of a body, or a role that is no body noun, are not the body
    const party = 'The Harbour Party chose a leader. Several Harbour Party leaders said no.';
    expect(sourceName(table(party), party, 'Several Harbour Party leaders')).not.toBe(
      'Harbour Party',
    );
  });

  it('"Sarah and Daniel Whitcombe": a first name alone before "and" shares the surname after', () => {
    // invented
    const text =
      'Sarah and Daniel Whitcombe run the inn. Mrs Whitcombe said they would close it. Mr Whitcombe said he was sad.';
    const t = table(text, ['Mrs Whitcombe', 'Mr Whitcombe']);
    expect(people(t).sort()).toEqual(['Daniel Whitcombe', 'Sarah Whitcombe']);
    expect(sourceName(t, text, 'Mrs Whitcombe')).toBe('Sarah Whitcombe');
    expect(sourceName(t, text, 'Mr Whitcombe')).toBe('Daniel Whitcombe');
    // a body after the second first name is no surname
    expect(people(table('Maria and Carlos Ruiz Foundation gave money.'))).not.toContain(
      'Maria Foundation',
    );
  });

  it('"the Competition and Markets Board (CMB)": an "and" inside a body\'s name keeps it whole', () => {
    // invented
    const text =
      'The Competition and Markets Board (CMB) will review the deal. The Department for Roads and Bridges agreed, and the House and Senate voted. The CMB said it would take six months.';
    const t = table(text, ['The CMB']);
    expect(named(t, 'Competition and Markets Board')?.kind).toBe('organization');
    expect(named(t, 'Department for Roads and Bridges')?.kind).toBe('organization');
    expect(sourceName(t, text, 'The CMB')).toBe('Competition and Markets Board');
    // people in the plural may be one of the two subjects
    const nurses = table('The Nurses and Midwives Union said the strike would go ahead.');
    expect(named(nurses, 'Nurses and Midwives Union')?.kind).toBe('organization');
    // a field an organisation may be named by is a subject too; a body on its own is not
    const rail = table(
      "The Rail and Transport Workers' Union called a strike; the Council and Planning Board met.",
    );
    expect(named(rail, "Rail and Transport Workers' Union")?.kind).toBe('organization');
    expect(named(rail, 'Council')).toBeDefined();
    expect(named(rail, 'Planning Board')).toBeDefined();
    // two bodies of one word each stay two
    expect(named(t, 'House')).toBeDefined();
    expect(named(t, 'Senate')).toBeDefined();
  });

  it('"CEO of Harrow Regional Hospital": the body after a role\'s "of" is named alone', () => {
    const text =
      'Dr. Ada Kemp, CEO of Harrow Regional Hospital, said beds were full. The hospital said it would add beds.';
    const t = table(text);
    expect(named(t, 'Harrow Regional Hospital')?.kind).toBe('organization');
    expect(t.entities().map((e) => e.name)).not.toContain('CEO of Harrow Regional Hospital');
    expect(speakerNames(text)).toEqual(['Ada Kemp', 'Harrow Regional Hospital']);
  });

  it('a party of two words before a role written small is the party, not a titled surname', () => {
    const text =
      'The mayor spoke first. Conservative Reform critic Ada Kemp was blunter. "It is a shell game," she said.';
    const t = table(text);
    expect(named(t, 'Conservative Reform')?.kind).toBe('organization');
    expect(people(t)).toEqual(['Ada Kemp']);
    expect(speakerNames(text)).toEqual(['Ada Kemp']);
    // a party word as a title stays the person's
    expect(people(table('Liberal Leader Tom Bell met Democratic Senator Ada Kemp.'))).toEqual([
      'Tom Bell',
      'Ada Kemp',
    ]);
  });

  it('a shop or a place to eat is a business, also when named after its owner', () => {
    const text =
      'Rosa Bellandi opened her shop in 2011. Rosa\'s Bakery survived a flood. "I cannot raise prices," she said. Tom Bell runs Marlow Diner.';
    const t = table(text);
    expect(named(t, "Rosa's Bakery")?.kind).toBe('organization');
    expect(named(t, 'Marlow Diner')?.kind).toBe('organization');
    expect(people(t)).toEqual(['Rosa Bellandi', 'Tom Bell']);
    expect(speakerNames(text)).toEqual(['Rosa Bellandi']);
  });

  it('"the Commission on Water Rights": "on" stays inside a body named for what it deals with', () => {
    const t = table(
      'The Commission on Water Rights met. The Senate Committee on Fisheries agreed. The Harbour Council on Tuesday said no.',
    );
    expect(named(t, 'Commission on Water Rights')?.kind).toBe('organization');
    expect(named(t, 'Senate Committee on Fisheries')?.kind).toBe('organization');
    // a day after the body is when it acted
    expect(named(t, 'Harbour Council')?.kind).toBe('organization');
    expect(named(table('Ada Kemp relied on Tom Bell.'), 'Ada Kemp')?.kind).toBe('person');
  });

  it('a periodical named by how often it appears is an organisation; the adjective in lower case no body', () => {
    const t = table('Ada Kemp spoke to Loma Weekly. The Harbour Quarterly ran the story.');
    expect(named(t, 'Loma Weekly')?.kind).toBe('organization');
    expect(named(t, 'Harbour Quarterly')?.kind).toBe('organization');
    const text = 'Lawmakers met on Monday. The average weekly benefit would be $300, it said.';
    expect(sourceName(table(text, ['it']), text, 'it')).not.toBe('average weekly');
  });

  it('names in a list that a plural body noun opens are bodies; a list of guests, people', () => {
    const t = table(
      'The fund owns shares in lenders such as Harlow Finch and Vey Partners, and in firms including Dana Ruhl. Guests such as Ada Kemp and Tom Bell came.',
    );
    expect(people(t)).toEqual(['Ada Kemp', 'Tom Bell']);
    expect(named(t, 'Harlow Finch')?.kind).toBe('organization');
    expect(named(t, 'Dana Ruhl')?.kind).toBe('organization');
    // ... but a noun that names people as readily leaves a first name and surname someone's
    const employers = table('The rule alarmed employers like Ned Vey and firms like Dana Ruhl.');
    expect(people(employers)).toEqual(['Ned Vey']);
  });

  it('a place before a listed body names its branch, and the bare name later is that branch', () => {
    const t = table(
      'The Peru Red Cross said two villages were cut off. Later, the Red Cross said roads had reopened. The Canadian Red Cross sent blankets.',
    );
    expect(named(t, 'Peru Red Cross')?.kind).toBe('organization');
    expect(named(t, 'Peru Red Cross')?.mentions).toHaveLength(2);
    expect(named(t, 'Red Cross')?.mentions).toHaveLength(1); // the Canadian one is another branch
  });

  it('a role with "for the ..." before a name in apposition describes that person', () => {
    const text =
      'A spokesperson for the harbour board, Li Wen, confirmed the delay. Tom Bell was there. The spokesperson said the ferry was late.';
    const t = table(text);
    expect(named(t, 'Li Wen')?.descriptors).toContain('spokesperson for the harbour board');
    expect(sourceName(t, text, 'The spokesperson')).toBe('Li Wen');
    // after "the mayor of Eastvale," a lone word is the region, not a name
    expect(people(table('He was the mayor of Eastvale, Vt., in the 1980s.'))).toEqual([]);
  });

  it('a body named with "of" inside the role\'s phrase keeps the role: "for the Ministry of Transport, Li Wen"', () => {
    const text =
      'A spokesperson for the Ministry of Transport, Li Wen, confirmed the delay. Tom Bell was there. The spokesperson said the ferry was late.';
    const t = table(text);
    expect(named(t, 'Li Wen')?.descriptors).toContain('spokesperson for the Ministry of Transport');
    expect(sourceName(t, text, 'The spokesperson')).toBe('Li Wen');
  });

  it('a tournament or a festival named after a sponsor is no person', () => {
    const t = table(
      'Ada Kemp won the Harbour Open, then the Lakeview Classic and the Tide Challenge.',
    );
    expect(people(t)).toEqual(['Ada Kemp']);
  });

  it('a place word after Mr. or Ms. is a surname', () => {
    const t = table(
      'Ms. Lane said the road was closed. Dr. Park agreed. Mayor Oak Street was shut.',
    );
    expect(people(t)).toEqual(['Lane', 'Park']);
  });

  it('does not make names from sentence-opening words, time words or title-only phrases', () => {
    const text = [
      'Analysts said the market was calm. Some analysts disagreed.',
      'Officials on Monday said the Prime Minister would visit in March.',
      'Since January, Marguerite Oyelaran has led the review.',
    ].join('\n');
    const t = table(text);
    const names = t.entities().map((e) => e.name);
    expect(names).not.toContain('Analysts');
    expect(names).not.toContain('Monday');
    expect(names).not.toContain('Prime Minister');
    expect(names).not.toContain('Officials');
    expect(people(t)).toEqual(['Marguerite Oyelaran']);
  });

  it('a section label in capitals names nothing; a surname in capitals labels a speaker', () => {
    const text = [
      'The port reopened on Monday.',
      'MARKETS: Shares in the harbour firms rose.',
      'CORRECTION: An earlier version misstated the date.',
      'OKAFORS: We will not give up.',
    ].join('\n\n');
    const names = table(text)
      .entities()
      .map((e) => `${e.kind} ${e.name}`);
    expect(names).not.toContain('organization MARKETS');
    expect(names.some((n) => n.endsWith('MARKETS') || n.endsWith('CORRECTION'))).toBe(false);
    expect(names).toContain('person Okafors');
  });

  it('a section label run into its sentence names nothing, nor does the word opening the sentence', () => {
    // invented: a feed that joins the label to the paragraph it heads
    const text = [
      'The port reopened on Monday.',
      'MARKETS Stocks in the harbour firms rose.',
      'ANALYSIS Voters are tired of the ferry row.',
      'POLITICS Ada Kemp said she would run again.',
    ].join('\n\n');
    const names = table(text)
      .entities()
      .map((e) => `${e.kind} ${e.name}`);
    expect(names).toEqual(['person Ada Kemp']);
  });

  it('a name in capitals that opens on a first name is a person; other words in capitals a body', () => {
    const text = [
      'The gala opened on Friday.',
      'MARIA OKONJO, the host, closed the show, and GRACE CHURCH held a vigil after it.',
      'Later, HARBOUR MOTORS paid for the lights.',
    ].join('\n\n');
    const names = table(text)
      .entities()
      .map((e) => `${e.kind} ${e.name}`);
    expect(names).toContain('person Maria Okonjo');
    expect(names).toContain('organization GRACE CHURCH');
    expect(names).toContain('organization HARBOUR MOTORS');
  });

  it('reads Title Case headlines only for known names', () => {
    const text =
      'Fresh Doubts Over Harbour Plan As Quist Digs In\nHalvard Quist, the port director, defended the harbour plan.';
    const t = table(text, [], 'title');
    expect(people(t)).toEqual(['Halvard Quist']);
    expect(t.entities().map((e) => e.name)).not.toContain('Fresh Doubts');
    expect(named(t, 'Halvard Quist')?.mentions[0]?.span).toEqual(spanOf(text, 'Quist'));
  });
});

describe('places, organisations and outlets', () => {
  it('a pass, flats or hollow ends a place name; a name after "the town of" or "residents of" is a place', () => {
    const t = table(
      'Trucks crossed at Lhoran Pass. Residents of Greywater Flats cheered. In the border town of Umm Tarif, shops shut.',
    );
    expect(people(t)).toEqual([]);
    for (const place of ['Lhoran Pass', 'Greywater Flats', 'Umm Tarif'])
      expect(named(t, place)?.kind).toBe('location');
  });

  it('a periodical named after "the journal" or "the weekly" is an outlet, no person', () => {
    const t = table(
      'The study appeared in the journal Pollinator Ecology. Her colleague at the weekly El Caracol, editor Mercedes Lozano Vidal, agreed.',
    );
    expect(people(t)).toEqual(['Mercedes Lozano Vidal']);
    expect(named(t, 'Pollinator Ecology')?.kind).toBe('organization');
    expect(named(t, 'El Caracol')?.kind).toBe('organization');
  });

  it('a periodical named by how often it comes out ("Trade Weekly", "Grid Monthly") is no person', () => {
    const text =
      'Tobias Lind told Trade Weekly that costs had risen. Ann Roe, speaking to Grid Monthly, agreed.';
    const t = table(text);
    expect(people(t).sort()).toEqual(['Ann Roe', 'Tobias Lind']);
    const weekly = extract(text).entities.find((e) => e.name === 'Trade Weekly');
    expect(weekly).toMatchObject({ kind: 'organization', outlet: true });
  });

  it('a paper named "Echo", "Advertiser" or "Enquirer" is an outlet', () => {
    // invented
    const text =
      'Ann Roe told the Eastvale Echo she would run. Tom Bell told the Harbour Advertiser he would not.';
    for (const name of ['Eastvale Echo', 'Harbour Advertiser'])
      expect(
        extract(text).entities.find((e) => e.name === name),
        name,
      ).toMatchObject({
        kind: 'organization',
        outlet: true,
      });
  });

  it('a name before a land or water feature written small is that place; a manner is not', () => {
    const t = table(
      'The Brenna river rose overnight along the Lakeview valley. "We did it the Ada Kemp way," Tom Bell said.',
    );
    expect(named(t, 'Brenna')?.kind).toBe('location');
    expect(named(t, 'Lakeview')?.kind).toBe('location');
    expect(named(t, 'Ada Kemp')?.kind).not.toBe('location');
  });

  it('gives countries their canonical names, aliases and metonyms', () => {
    const text =
      "America and the US differ from Canada's view. Moscow said the Kremlin would respond. Officials in the Middle East were silent.";
    const t = table(text);
    const us = named(t, 'United States');
    expect(us?.kind).toBe('location');
    expect(us?.aliases.sort()).toEqual(['America', 'US']);
    const russia = named(t, 'Russia');
    expect(russia?.aliases.sort()).toEqual(['Kremlin', 'Moscow']);
    expect(russia?.mentions.every((m) => m.form === 'metonym')).toBe(true);
    expect(named(t, 'Canada')?.mentions[0]?.span).toEqual(spanOf(text, 'Canada'));
    expect(named(t, 'Middle East')?.kind).toBe('location');
  });

  it('flags outlets and names them canonically', () => {
    const text =
      'The deal was "a mistake," a lawyer told the Telegraph, while Reuters said talks would resume.';
    const t = table(text, [{ channel: 'the Telegraph' }, 'Reuters']);
    const telegraph = named(t, 'The Telegraph');
    expect(telegraph?.outlet).toBe(true);
    expect(telegraph?.aliases).toEqual(['Telegraph']);
    expect(t.resolveChannel(spanOf(text, 'the Telegraph'))).toBe(telegraph?.id);
    expect(t.resolveSource(spanOf(text, 'Reuters'))).toBe(named(t, 'Reuters')?.id);
  });

  it('creates an outlet for an unlisted channel and refuses a plain audience', () => {
    const text =
      'The coach told the Eastvale Ledger that the season was over, and told reporters nothing more.';
    const t = table(text, [{ channel: 'the Eastvale Ledger' }, { channel: 'reporters' }]);
    const id = t.resolveChannel(spanOf(text, 'the Eastvale Ledger'));
    const outlet = t.entities().find((e) => e.id === id);
    expect(outlet?.outlet).toBe(true);
    expect(outlet?.kind).toBe('organization');
    expect(t.resolveChannel(spanOf(text, 'reporters'))).toBeNull();
  });

  it('reads organisation words, connectors and bracketed acronyms', () => {
    const text =
      'The Institute for Coastal Study (ICS) said the Eastvale Police Service had asked for help. ICS later agreed.';
    const t = table(text);
    const ics = named(t, 'Institute for Coastal Study');
    expect(ics?.kind).toBe('organization');
    expect(ics?.aliases).toEqual(['ICS']);
    expect(ics?.mentions).toHaveLength(3);
    expect(named(t, 'Eastvale Police Service')?.kind).toBe('organization');
  });
});

describe('acronyms', () => {
  it('a bracketed acronym spelling the initials makes a body of words with no organisation word', () => {
    const text =
      'Exports fell. Coastal Export Finance (CEF), the provincial lender, backed the deal. CEF said it would review the file.';
    const t = table(text);
    expect(people(t)).toEqual([]);
    const lender = named(t, 'Coastal Export Finance');
    expect(lender?.kind).toBe('organization');
    expect(lender?.aliases).toEqual(['CEF']);
    expect(lender?.mentions).toHaveLength(3);
  });

  it('a group named for its cause is one body: "Americans for Fair Ferries", "Parents for Safer Roads"', () => {
    for (const [text, name] of [
      ['Americans for Fair Ferries announced an ad buy.', 'Americans for Fair Ferries'],
      ['Parents for Safer Roads said the plan was weak.', 'Parents for Safer Roads'],
    ] as const)
      expect(
        extract(text).entities.map((e) => [e.name, e.kind]),
        text,
      ).toEqual([[name, 'organization']]);
    expect(extract('Americans for years have paid more.').entities).toEqual([]);
  });

  it('a bracketed acronym spelling the words past an "and" joins them into one body', () => {
    const text =
      'The Municipal Roads and Harbour Works Office (MRHWO) will fence the sites. The MRHWO said it would add cameras.';
    expect(speakerNames(text)).toEqual(['Municipal Roads and Harbour Works Office']);
  });

  it('an acronym with no brackets joins the body named in full before it', () => {
    const text =
      'The Royal Harbour Constabulary opened an inquiry. Later the RHC said the inquiry would take weeks.';
    const t = table(text);
    const police = named(t, 'Royal Harbour Constabulary');
    expect(police?.kind).toBe('organization');
    expect(police?.aliases).toEqual(['RHC']);
  });

  it('an acronym that spells no earlier name stays a body of its own', () => {
    const t = table(
      'The Royal Harbour Constabulary opened an inquiry. The NTSB said it would help.',
    );
    expect(named(t, 'NTSB')?.kind).toBe('organization');
    expect(named(t, 'Royal Harbour Constabulary')?.aliases).toEqual([]);
  });
});

describe('names that their neighbours show are not people', () => {
  it('"The film, Harbour Lights, opens": a work named in apposition to its noun is no person', () => {
    const { entities } = extract(
      'The film, Tidewater Nights, opens on Friday. In her memoir, Marlowe recalls the winter the mill shut.',
    );
    const kinds = new Map(entities.map((e) => [e.name, e.kind]));
    expect(kinds.get('Tidewater Nights')).toBe('other');
    // a fronted phrase ending on a work noun is no apposition: the name after it speaks
    expect(kinds.get('Marlowe')).toBe('person');
  });

  it('a body noun or a "-based" before the name makes an organisation', () => {
    const text =
      'The aid group Harbour Hope said it would help. The Eastvale-based Vey Partners agreed, and the firm Tallis Marr declined.';
    const t = table(text);
    expect(people(t)).toEqual([]);
    expect(named(t, 'Harbour Hope')?.kind).toBe('organization');
    expect(named(t, 'Vey Partners')?.kind).toBe('organization');
    expect(named(t, 'Tallis Marr')?.kind).toBe('organization');
  });

  it('a name between a determiner and a common noun names a thing', () => {
    const t = table(
      'Crews worked on the Kestrel Line pipeline. Ines Marr said work would end soon.',
    );
    expect(people(t)).toEqual(['Ines Marr']);
    expect(named(t, 'Kestrel Line')?.kind).toBe('other');
  });

  it('a person after a determiner and before a verb or a clause stays a person', () => {
    const t = table('It was the Ines Marr who founded the club, friends said. Marr smiled.');
    expect(people(t)).toEqual(['Ines Marr']);
  });
});

describe('places shown by their neighbours', () => {
  it('a name before a kind of local government and its body is a place ("Eastvale city council")', () => {
    const { entities } = extract(
      'On Monday, Pellham city council put off the vote. Later, Dunmore county officials met. Ann Roe town hall drew a crowd.',
    );
    const kinds = new Map(entities.map((e) => [e.name, e.kind]));
    expect(kinds.get('Pellham')).toBe('location');
    expect(kinds.get('Dunmore')).toBe('location');
    // a kind of government with no body after it says nothing
    expect(kinds.get('Ann Roe')).toBe('person');
  });

  it('a region after a comma, or "state" after the name, makes a place', () => {
    const text =
      '"It is a long haul," he said from Kestrel Brook, N.B., on Monday. Papers are on display in Tallis Bay, Malaysia. Next in line is the ruler of central Vey state.';
    const t = table(text);
    expect(people(t)).toEqual([]);
    expect(named(t, 'Kestrel Brook')?.kind).toBe('location');
    expect(named(t, 'Tallis Bay')?.kind).toBe('location');
    expect(named(t, 'Vey')?.kind).toBe('location');
  });

  it('a person followed by a place that starts a new phrase stays a person', () => {
    const t = table("Ines Marr, Canada's envoy, said the talks went well.");
    expect(people(t)).toEqual(['Ines Marr']);
  });
});

describe('captions, credits and bios inside the prose', () => {
  it('names only there are not people the story mentions', () => {
    const text = [
      'The new gates opened on Monday, port warden Ines Marr said.',
      'Ines Marr, left, and Tomas Vey inspect the gates in March. (Lena Holt / The Harbour Gazette)',
      'Rafe Olin is a Harbour Gazette reporter covering transport. With files from Cai Brandt.',
    ].join('\n\n');
    expect(people(table(text))).toEqual(['Ines Marr']);
  });
});

describe('names with a hyphenated given name', () => {
  it('reads a surname then a hyphenated given name as one person, the surname alone later', () => {
    const text =
      'Talks resumed when Pak Tae-hun met Jo Min-ah in the border village. Later, Pak said the mood was good. The Ottawa-based group welcomed it.';
    const t = table(text);
    expect(people(t).sort()).toEqual(['Jo Min-ah', 'Pak Tae-hun']);
    expect(named(t, 'Pak Tae-hun')?.mentions).toHaveLength(2);
  });

  it('reads the pair whole where the surname is also a common or place word', () => {
    const text =
      'Foreign Minister Park Ji-hoon met envoys. Park said the talks would go on. Its spokesman, Sun Wei-dong, agreed, and Oh Sang-chul did too.';
    const t = table(text);
    expect(people(t).sort()).toEqual(['Oh Sang-chul', 'Park Ji-hoon', 'Sun Wei-dong']);
    expect(named(t, 'Park Ji-hoon')?.mentions).toHaveLength(2);
  });

  it('reads a hyphenated given name before the surname as one person ("Sun-hee Park")', () => {
    const text =
      'Goaltender Sun-hee Park made 34 saves. Park said the crowd helped, and Min-jun Seo agreed.';
    const t = table(text);
    expect(people(t).sort()).toEqual(['Min-jun Seo', 'Sun-hee Park']);
    expect(named(t, 'Sun-hee Park')?.mentions).toHaveLength(2);
  });

  it('keeps English compounds before a name word out of it ("Pro-am", "Walk-in")', () => {
    const t = table('The Pro-am Cup and the Walk-in Clinic opened. Re-run Tyler was a horse.');
    expect(people(t)).toEqual([]);
  });
});

describe('roles before a name', () => {
  it('a firm noun that is a role too, before a first name, is the person\'s ("honey producer Ivo Kamau")', () => {
    const t = table(
      'Honey producer Ivo Kamau said sales fell. The oil producer Harrow Petroleum agreed.',
    );
    expect(people(t)).toEqual(['Ivo Kamau']);
    expect(named(t, 'Harrow Petroleum')?.kind).toBe('organization');
  });

  it('a nickname after a role and a first name: Owner Dorothy "Dot" Lisowski', () => {
    const t = table(
      'Owner Dorothy "Dot" Lisowski, 81, opened the diner. Lisowski said she had sold it.',
    );
    expect(people(t)).toEqual(['Dorothy Lisowski']);
    expect(named(t, 'Dorothy Lisowski')?.mentions).toHaveLength(2);
  });

  it('a nickname in quote marks after a first name the list lacks, a particle after it', () => {
    for (const [text, name] of [
      ['Mayor Zelphio "Bong" Ravelo said the sites would close.', 'Zelphio Ravelo'],
      ['Governor Ramiro "Mito" de Guzal said the sites would close.', 'Ramiro de Guzal'],
    ] as const) {
      expect(people(table(text)), text).toEqual([name]);
      expect(speakerNames(text), text).toEqual([name]);
    }
    // no nickname: an everyday word, brackets after a surname, an owner, two words in marks
    expect(people(table('Operation "Blue" Sky began on Monday.'))).toEqual([]);
    expect(people(table('Rep. Tom Kessler (D-Norland) Friday voted no.'))).toEqual(['Tom Kessler']);
  });
});

describe('roles of the arts, firms beside their noun', () => {
  it('a capitalised role of the arts before a name is a title, not part of the name', () => {
    const t = table('Soprano Eleni Vass said the hall was full. Composer Lotte Brenn agreed.');
    expect(people(t).sort()).toEqual(['Eleni Vass', 'Lotte Brenn']);
  });

  it('a name after "the contractor," or "the operator," is the firm; firms named for music or electric power', () => {
    const t = table(
      'The contractor, Bellweather Civil, fell behind. The operator, Tollway Express, agreed. Lanternfish Music and Lakeport Electric did not.',
    );
    expect(people(t)).toEqual([]);
    for (const firm of [
      'Bellweather Civil',
      'Tollway Express',
      'Lanternfish Music',
      'Lakeport Electric',
    ])
      expect(named(t, firm)?.kind).toBe('organization');
  });
});

describe('first names given as names', () => {
  it('"a woman named Ines" is a person; "a dog named Max" is not', () => {
    const t = table('A woman named Ines cheered. A dog named Max barked.');
    expect(people(t)).toEqual(['Ines']);
  });
});

describe('two surnames', () => {
  it('"Gustavo Peña Soler" is "Peña" later: after a first name, the first of two surnames alone', () => {
    const t = table(
      'Interior Minister Gustavo Peña Soler spoke first. Later, Peña said arrests were lawful.',
    );
    expect(people(t)).toEqual(['Gustavo Peña Soler']);
    expect(named(t, 'Gustavo Peña Soler')?.mentions).toHaveLength(2);
  });
});

describe('titles and name particles', () => {
  it('a seat title is a title: "Assemblywoman Tessa Okafor" is Tessa Okafor', () => {
    const t = table('The sponsor, Assemblywoman Tessa Okafor, said farmers agreed.');
    expect(people(t)).toEqual(['Tessa Okafor']);
  });

  it('"bint" joins a woman\'s name as "bin" joins a man\'s', () => {
    const t = table('The minister, Sheikha Noura bint Rashed al-Qasimi, spoke first.');
    expect(people(t)).toEqual(['Sheikha Noura bint Rashed al-Qasimi']);
  });
});

describe('titles that are also first names', () => {
  it('"Dean" before one surname is a first name, unless someone of that surname is named in full', () => {
    const t = table(
      'A spokesperson for the growers, Dean Marsh, called it a disaster. The cast includes Dean Kolby.',
    );
    expect(people(t).sort()).toEqual(['Dean Kolby', 'Dean Marsh']);
    const titled = table(
      'Ravi Sandal teaches law. Dean Sandal said the ruling was frank. Dean Street was shut.',
    );
    expect(people(titled)).toEqual(['Ravi Sandal']);
    expect(named(titled, 'Ravi Sandal')?.mentions).toHaveLength(2);
  });
});

describe('names that are not people', () => {
  it('a sentence opened by a framing word does not make that word a first name', () => {
    const text =
      'Unlike Tomas Okafor, the engineers stayed quiet. Assuming Greta Brandt agrees, the vote is set. Considering Ivo Lisowski had left, nobody spoke.';
    const t = table(text);
    expect(people(t).sort()).toEqual(['Greta Brandt', 'Ivo Lisowski', 'Tomas Okafor']);
  });

  it('"Miss" and a listed place alone is a pageant title, not a woman', () => {
    const t = table('He married a former Miss Norway. Miss Ada Kemp, a teacher, was there.');
    expect(people(t)).toEqual(['Ada Kemp']);
  });

  it('a verb of saying written before its speaker is no first name', () => {
    const t = table('The pier closed in May. Said Ann Roe, who grew up there: "It was home."');
    expect(people(t)).toEqual(['Ann Roe']);
    // a weak verb of saying too
    const weak = table('The pier closed in May. Continued Ann Roe: "It was home."');
    expect(people(weak)).toEqual(['Ann Roe']);
  });

  it('reads names joined by "&" and names with a firm word as companies', () => {
    const text =
      'Shares of Tarrow & Finch fell, while Ostrava Chemical and Kelby Mobile rose, analyst Ines Varga said.';
    const t = table(text);
    expect(people(t)).toEqual(['Ines Varga']);
    expect(named(t, 'Tarrow & Finch')?.kind).toBe('organization');
    expect(named(t, 'Ostrava Chemical')?.kind).toBe('organization');
    expect(named(t, 'Kelby Mobile')?.kind).toBe('organization');
  });

  it('reads stock indices as things, not people', () => {
    const text =
      'The Hang Seng fell 2 per cent and the Dow Jones Industrial Average slipped, trader Olu Bassey said.';
    const t = table(text);
    expect(people(t)).toEqual(['Olu Bassey']);
    expect(named(t, 'Hang Seng')?.kind).toBe('other');
    expect(named(t, 'Dow Jones Industrial Average')?.kind).toBe('other');
  });

  it('reads a name after "the" with no known first name as a team or a work', () => {
    const text =
      'Ada Kemp was traded to the Eastvale Thunder and then to the Harbour Hawks. As a boy he loved the Vantor Beacon.';
    const t = table(text);
    expect(people(t)).toEqual(['Ada Kemp']);
    expect(named(t, 'Eastvale Thunder')?.kind).toBe('other');
    expect(named(t, 'Harbour Hawks')?.kind).toBe('organization');
    expect(named(t, 'Vantor Beacon')?.kind).toBe('other');
  });

  it('reads a name that is all a quotation holds as a title', () => {
    const text =
      'The firm pulled an app called "Tidewell Pulse" in May. Voters wrote in "Maria Kemp" instead.';
    const t = table(text);
    expect(people(t)).toEqual(['Maria Kemp']);
    expect(named(t, 'Tidewell Pulse')?.kind).toBe('other');
  });

  it('reads a name with a price after it as a product', () => {
    const text =
      'Ada Kemp tested the kits on Monday. Her picks were Vorlan Rasp, $24, and Merrow Glint, $8.';
    const t = table(text);
    expect(people(t)).toEqual(['Ada Kemp']);
  });

  it('a party adjective titles a full name but not one word', () => {
    const text =
      'Ada Kemp was one of four Liberal MPs who voted no. The Progressive Conservative government said nothing, and Liberal Ines Marr agreed.';
    const t = table(text);
    expect(people(t).sort()).toEqual(['Ada Kemp', 'Ines Marr']);
  });

  it('a name after a number that modifies it, before a noun, is a modifier, not a person', () => {
    const text =
      'The yield on the 10-year Tarrow note rose, Ada Kemp said. The estimate (2017 Vell report) was old. A 16-year-old Tomas Okafor sold tickets.';
    const t = table(text);
    expect(people(t).sort()).toEqual(['Ada Kemp', 'Tomas Okafor']);
    expect(named(t, 'Vell')?.kind).toBe('other');
  });

  it('a name after a place with "-based" is a body unless it opens with a first name', () => {
    const text =
      'Eastvale-based Vorlan International confirmed the deal, Ada Kemp said. Norland-based Maria Kemp agreed.';
    const t = table(text);
    expect(people(t).sort()).toEqual(['Ada Kemp', 'Maria Kemp']);
    expect(named(t, 'Vorlan International')?.kind).toBe('organization');
  });

  it('after a known first name, a last word that is also a title is a surname', () => {
    const t = table('Daniel Major was hurt in the crash. Maria Bishop drove him home.');
    expect(people(t).sort()).toEqual(['Daniel Major', 'Maria Bishop']);
  });

  it('a weekday after a first name is a date, not a surname', () => {
    const t = table('The parade runs on Christmas Eve Monday, Ada Kemp said. Rita May watched.');
    expect(people(t).sort()).toEqual(['Ada Kemp', 'Rita May']);
  });

  it('a mall is a place even after a first name, and a system a body', () => {
    const text =
      'Ada Kemp opened a shop in Daniel Mall last year. Vorlan System\u2019s security unit found the flaw.';
    const t = table(text);
    expect(people(t)).toEqual(['Ada Kemp']);
    expect(named(t, 'Daniel Mall')?.kind).toBe('location');
    expect(named(t, 'Vorlan System')?.kind).toBe('organization');
  });

  it('reads a name ending in "Country" as a region', () => {
    const t = table('Ada Kemp toured Vantor Country last week.');
    expect(people(t)).toEqual(['Ada Kemp']);
    expect(named(t, 'Vantor Country')?.kind).toBe('location');
  });

  it('a title with "of" after an article names nobody without a first name', () => {
    const t = table('Ada Kemp, the Minister of Coastal Trade Harmonization, bears the blame.');
    expect(people(t)).toEqual(['Ada Kemp']);
  });
});

describe('names with initials', () => {
  it('reads initials before a surname as a person, in a list or after "or"', () => {
    const text =
      'If Tom Reyes or P.J. Kemp had stayed, it would differ. The club traded for Jonas Ek, C.J. Dunmore and Tom Bell.';
    const t = table(text);
    expect(people(t).sort()).toEqual([
      'C.J. Dunmore',
      'Jonas Ek',
      'P.J. Kemp',
      'Tom Bell',
      'Tom Reyes',
    ]);
  });
});

describe('shorter forms of a long name', () => {
  it('reads the last two words of a three-word name as the same person', () => {
    const text =
      'Paz Ferro and Ivo Marsh designed the kiosk. "It works," says architect Maria Paz Ferro, who built it.';
    const t = table(text);
    expect(people(t).sort()).toEqual(['Ivo Marsh', 'Maria Paz Ferro']);
    expect(named(t, 'Maria Paz Ferro')?.mentions).toHaveLength(2);
  });

  it('reads a photo agency in a credit as an organisation, not part of a name', () => {
    const text =
      'Ann Roe / Harbour Images via Getty Images Kevin Marlow at the ceremony on Monday.';
    const t = table(text);
    expect(people(t)).not.toContain('Getty Images Kevin Marlow');
    expect(named(t, 'Getty Images')?.kind).toBe('organization');
  });
});

describe('words in capitals at the start of a paragraph', () => {
  it('reads a transcript label as a person and a dateline as a place', () => {
    const t = table('HARTLEY: We will win the vote in March.');
    expect(named(t, 'Hartley')?.kind).toBe('person');
    const d = table('BRACKWATER \u2014 Mayor Ines Vale backed the plan on Monday.');
    expect(named(d, 'Brackwater')?.kind).toBe('location');
    expect(people(d)).toEqual(['Ines Vale']);
  });
});

describe('section labels in capitals', () => {
  it('are not transcript speakers', () => {
    const t = table('STOCKS: Shares rose on Monday.\n\nCURRENCIES: The dollar fell.');
    expect(people(t)).toEqual([]);
  });
});

describe('phrases in Title Case', () => {
  it('common words with no first name are no person, unless the context says so', () => {
    const text = [
      'The Sunset Tax will fund the Silver Coast fair, said Chief Harbour Economist Ilse Brand.',
      'Chief Harbour Economist at the bank, Ilse Brand spoke first.',
    ].join('\n');
    expect(people(table(text)).sort()).toEqual(['Ilse Brand']);
  });

  it('a name after "the" that reports something is a body, and one entity wherever it is named', () => {
    const text = [
      'The water rose fast, the Silver Courier reported.',
      'Mayor Ona Dale told the Silver Courier that the dikes held.',
    ].join('\n');
    const t = table(text);
    expect(people(t)).toEqual(['Ona Dale']);
    const paper = named(t, 'Silver Courier');
    expect(paper?.kind).toBe('organization');
    expect(paper?.mentions).toHaveLength(2);
  });
});

describe('name particles', () => {
  it('a particle glued to a surname stays in the name, and the bare surname finds the person', () => {
    const t = table(
      'President Tarek al-Nouri spoke first. Later, Nouri said the talks would go on.',
    );
    expect(people(t)).toEqual(['Tarek al-Nouri']);
    expect(named(t, 'Tarek al-Nouri')?.mentions).toHaveLength(2);
  });
});

describe('groups', () => {
  it('the plural of an abbreviation, or of a common noun opening a sentence, is no person', () => {
    const t = table('Opposition MPs said the vote was rushed. Reports say the deal is close.');
    expect(people(t)).toEqual([]);
    expect(named(t, 'Opposition MPs')?.kind).toBe('other');
  });
  it('a union lodge keeps its number, and a statement circulated to members by it is its word', () => {
    const article = extract(
      'A statement circulated to members by the Harbour Pilots Lodge 7 said the strike had ended.',
    );
    const local = article.entities.find((e) => e.name === 'Harbour Pilots Lodge 7');
    expect(local?.kind).toBe('organization');
    expect(article.quotes[0]?.speakerId).toBe(local?.id);
  });
  it('a pronoun speaker is never someone its own words name in the third person', () => {
    const article = extract(
      'Ken Adu, a guard, said the gunmen came at noon. "We ran for the back door," Hiram Obi told reporters. Obi and two cooks sheltered in the pantry, he said.',
    );
    const name = (id: string | null | undefined) => article.entities.find((e) => e.id === id)?.name;
    expect(article.quotes.map((q) => name(q.speakerId))).toEqual([
      'Ken Adu',
      'Hiram Obi',
      'Ken Adu',
    ]);
  });
});

describe('nicknames', () => {
  it('a nickname in marks inside a name is left out of it and names the person later', () => {
    const t = table(
      'Benjamin "Benji" Vance, 12, draws comics. Robert (Bobby) Lund sells them. Benji said so, and Bobby agreed.',
    );
    expect(people(t).sort()).toEqual(['Benjamin Vance', 'Robert Lund']);
    // the name, the nickname inside it, and the nickname alone
    expect(named(t, 'Benjamin Vance')?.mentions).toHaveLength(3);
    expect(named(t, 'Benjamin Vance')?.aliases).toContain('Benji');
    expect(named(t, 'Robert Lund')?.mentions).toHaveLength(3);
  });

  it('the nickname with the surname is the same person: "Benji Vance" after Benjamin "Benji" Vance', () => {
    const t = table(
      'Benjamin "Benji" Vance, 12, draws comics. Benji Vance sells them too, and Vance is proud.',
    );
    expect(people(t)).toEqual(['Benjamin Vance']);
    // the name, the nickname inside it, the nickname with the surname, the surname
    expect(named(t, 'Benjamin Vance')?.mentions).toHaveLength(4);
    expect(named(t, 'Benjamin Vance')?.aliases).toContain('Benji Vance');
    // ... also where the nickname with the surname comes first, as in a lede
    const lede = table('Benji Vance draws comics. Benjamin "Benji" Vance, 12, is proud.');
    expect(people(lede)).toEqual(['Benjamin Vance']);
    expect(named(lede, 'Benjamin Vance')?.aliases).toContain('Benji Vance');
  });

  it('a quoted word after a name that is no first name stays out of it: Kemp\'s "plan" Bell', () => {
    const t = table('The mayor backed Kemp "Harbour" Bell.');
    expect(people(t)).not.toContain('Kemp Bell');
  });
});

describe('names in the plural', () => {
  it('a full name in the plural is the person named so before: "more Ann Roes"', () => {
    const t = table('Ann Roe asked for a change. The town could use more Ann Roes, Tom Bell said.');
    expect(people(t)).toEqual(['Ann Roe', 'Tom Bell']);
    expect(named(t, 'Ann Roe')?.aliases).toContain('Ann Roes');
  });
});

describe('a word and a lone letter', () => {
  it('"Vitamin D", "Plan B" name things; "Malcolm X" after a known first name is a person', () => {
    expect(people(table('Doctors said Vitamin D helps, and Plan B was ready.'))).toEqual([]);
    expect(named(table('Doctors said Vitamin D helps.'), 'Vitamin D')?.kind).toBe('other');
    expect(people(table('Malcolm X spoke in Harlem in 1964.'))).toEqual(['Malcolm X']);
    // "I" after a title is the pronoun, naming no one
    expect(named(table('"As Secretary I asked for more," she said.'), 'Secretary I')).toBe(
      undefined,
    );
  });
});

describe('a role given after "is" with its owner', () => {
  it('"Tom Hale is Ana Ruiz\'s lawyer": "her lawyer" later is Tom Hale', () => {
    const text =
      'Tom Hale is Ana Ruiz\'s lawyer. He filed the papers on Monday. "We will appeal," her lawyer said.';
    expect(speakerNames(text)).toEqual(['Tom Hale']);
    // and so is the owner's lawyer by the owner's surname
    expect(
      speakerNames(
        'Tom Hale, Ana Ruiz\'s lawyer, filed the papers. "We will appeal," Ruiz\'s lawyer said.',
      ),
    ).toEqual(['Tom Hale']);
    // a role that does not head its phrase describes no one: "is Ana Ruiz's lawyer friend"
    expect(
      speakerNames('Tom Hale is Ana Ruiz\'s lawyer friend. "No," her lawyer said.'),
    ).not.toEqual(['Tom Hale']);
  });

  it('words before the role, and a role one was given: "is Norland\'s foreign minister", "was elected mayor"', () => {
    expect(
      speakerNames(
        'Ivo Marr is Norland\'s foreign minister. "The talks are over," the foreign minister said.',
      ),
    ).toEqual(['Ivo Marr']);
    expect(
      speakerNames('Ada Kemp was elected mayor in 2019. "We saved ourselves," the mayor said.'),
    ).toEqual(['Ada Kemp']);
    expect(
      named(table("Ada Kemp was named the club's coach in May."), 'Ada Kemp')?.descriptors,
    ).toEqual(["the club's coach"]);
    // what may yet be, and a name given after someone, give no role
    expect(
      named(table('If Ada Kemp is elected mayor, taxes will rise.'), 'Ada Kemp')?.descriptors,
    ).toEqual([]);
    expect(named(table('Ada Kemp was named after her aunt.'), 'Ada Kemp')?.descriptors).toEqual([]);
  });
});
