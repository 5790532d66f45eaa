import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { speakerNames } from './support/read.js';

// Every text is invented. Speakers named by a common noun, a kin word or after a name that
// closes what they said.
describe('a name closing what was said is not who said it', () => {
  it('"... the murder of X, police said" is police', () => {
    expect(
      speakerNames('Three men were arrested over the murder of Teodor Vask, police said.'),
    ).toEqual(['police']);
    expect(
      speakerNames(
        'The road was shut after a crash involving a van driven by Ines Bakke, officials said.',
      ),
    ).toEqual(['officials']);
  });

  it('a name set off by commas before the cue still speaks', () => {
    expect(speakerNames('"We will go," Ann Roe, a teacher, said.')).toEqual(['Ann Roe']);
  });
});

describe('a name after a quote, its description missing the closing comma', () => {
  it('"...," Name, a spokesman for X told the paper: the name speaks', () => {
    expect(
      speakerNames(
        '"The ferry will not sail," Orla Kinsett, a spokeswoman for the harbour board told the Ledger.',
      ),
    ).toEqual(['Orla Kinsett']);
  });
});

describe('kin and community nouns are people a pronoun can mean', () => {
  it('"she" after "the widow said" is the widow, not a woman named before', () => {
    const found = speakerNames(
      [
        '"Pell bought a rye every Friday," said the baker, Dorrit Saltvik.',
        'The widow said she buys the rye now. "It is a bit dry," she admitted.',
      ].join('\n\n'),
    );
    expect(found.at(-1)).toBe('widow');
  });

  it('"he" after "one mourner said" is the mourner', () => {
    const found = speakerNames(
      [
        '"He was kind," said the baker, Dorrit Saltvik.',
        'One mourner, a retired miner, said: "We came for him." He added: "Nobody forgets that."',
      ].join('\n\n'),
    );
    expect(found.slice(1)).toEqual(['mourner', 'mourner']);
  });
});

describe('someone told dead just before is no speaker while another has spoken', () => {
  it('"he said" in an obituary is the mourner who spoke, not the man who died', () => {
    const found = speakerNames(
      [
        '"He never missed a service," said churchwarden Alf Peel.',
        'Mr Dunmore, who died on Monday, served as organist for 60 years.',
        '"He played at my wedding," he said.',
      ].join('\n\n'),
    );
    expect(found).toEqual(['Alf Peel', 'Alf Peel']);
  });

  it("with no one else speaking, the dead man's own recorded words stay his", () => {
    const found = speakerNames(
      'Tom Gale, who died in 1998, was governor for a decade. In a 1971 speech, he declared: "The bridge will be built."',
    );
    expect(found).toEqual(['Tom Gale']);
  });
});

describe('"it" is the body speaking, not a place it named', () => {
  it('a place after a preposition is where, not who', () => {
    const found = speakerNames(
      'Plant news\n\nVelmora Systems will open a factory in Brantmoor next year. "This is a big investment," it said.',
    );
    expect(found).toEqual(['Velmora Systems']);
  });

  it('a body opening what it said speaks of itself in the third person', () => {
    expect(
      speakerNames('Pier news\n\nThe Harbour Board voted to close the pier, it said.'),
    ).toEqual(['Harbour Board']);
    // but an organisation named inside the words is not who said them
    expect(
      speakerNames(
        'Bank news\n\nThe audit report came out. It said Kelby Bank officials had hidden losses.',
      ),
    ).not.toEqual(['Kelby Bank']);
  });
});

describe('a dateline written with a colon is nobody speaking', () => {
  it('"PLACE: Residents paid tribute ..." is no transcript turn', () => {
    const found = speakerNames(
      'Tributes paid\n\nVELLAKKARAI: Residents paid tribute on Sunday to a teacher. "She taught all of us," said Meena Pillai.',
    );
    expect(found).toEqual(['Meena Pillai']);
  });
});

describe("a firm's noun before its name makes it a business", () => {
  const kinds = (text: string) =>
    extract({ text, title: 'Invented' }).entities.map((e) => `${e.name}: ${e.kind}`);

  it('"drone maker X", "gaming studio X", "payments start-up X" are the company that speaks', () => {
    expect(
      speakerNames(
        'Recall\n\nDrone maker Skyreach Aeronautics has recalled its drones. "We are taking no chances," the company said.',
      ),
    ).toEqual(['Skyreach Aeronautics']);
    expect(
      speakerNames(
        'Delay\n\nGaming studio Harrowlight delayed its game. "We need time," the studio said.',
      ),
    ).toEqual(['Harrowlight']);
    expect(kinds('Funding\n\nPayments start-up Quillpay raised $40 million.')).toEqual([
      'Quillpay: organization',
    ]);
  });

  it('"the farmers\' group" is the farmers\' own, not the firm named before it; "the mining company" is the firm', () => {
    const firm = 'The firm, Tidewater Energy, said on Monday it had acted in good faith.';
    expect(
      speakerNames(
        `${firm}\n\nThe farmers' group says more than 200 families depend on the wells.`,
      ),
    ).toEqual(['Tidewater Energy', "farmers' group"]);
    expect(
      speakerNames(
        `${firm}\n\nThe mining company says more than 200 families depend on the wells.`,
      ),
    ).toEqual(['Tidewater Energy', 'Tidewater Energy']);
  });

  it('opening the sentence, the noun is no part of the name; a first name after it is a person', () => {
    expect(kinds('Jobs\n\nChipmaker Velant Micro will cut 400 jobs.')).toEqual([
      'Velant Micro: organization',
    ]);
    expect(kinds('Towers\n\nDeveloper Ana Kosta said the tower would rise next year.')).toEqual([
      'Ana Kosta: person',
    ]);
  });
});

describe('a public service named after its place keeps its "and"', () => {
  it('"Oxtanby Fire and Rescue Service" is one body; "Harlow Finch and Vey Partners" two', () => {
    expect(
      speakerNames(
        'Fire\n\nOxtanby Fire and Rescue Service said six crews were sent. "The blaze spread fast," the service said.',
      ),
    ).toEqual(['Oxtanby Fire and Rescue Service', 'Oxtanby Fire and Rescue Service']);
    const names = extract({
      text: 'Deal\n\nHarlow Finch and Vey Partners signed the deal.',
      title: 'Invented',
    }).entities.map((e) => e.name);
    expect(names).toContain('Vey Partners');
  });
});

describe('a time of life points back to the one person given such an age', () => {
  it('"the teenager" is the person given an age from 13 to 19', () => {
    const found = speakerNames(
      'Court\n\nSergeant Amelia Crowthorne arrested Darren Pilchard, 19. "I never touched her," the teenager told the court.',
    );
    expect(found).toEqual(['Darren Pilchard']);
  });

  it('"the girl", "the boy" is the one child given an age, and no adult', () => {
    expect(
      speakerNames('Ainsley, 11, plays hockey in Eastvale. "She never gives up," the girl said.'),
    ).toEqual(['Ainsley']);
    expect(speakerNames('Ann Roe, 34, lost her home. "It is gone," the girl said.')).not.toContain(
      'Ann Roe',
    );
  });
});

describe('a possessive naming a school or a shop ends a speaker phrase', () => {
  it('"A teacher at St Anne\'s said" is the teacher speaking', () => {
    expect(speakerNames('School\n\nA teacher at St Anne\'s said: "The roof is finished."')).toEqual(
      ["teacher at St Anne's"],
    );
  });
});

describe('an attribution inside a relative aside closes with its comma', () => {
  it('"At X, where A attacked B, Name said ..." gives the main clause its speaker', () => {
    expect(
      speakerNames(
        'Port\n\nAt the port, where several dockers had attacked the deal, Mara Quist said the union would sign.',
      ),
    ).toContain('Mara Quist');
  });
});

describe('someone named by how they stand to another', () => {
  it('"a rival from X said": the rival speaks, and X is no person', () => {
    const text =
      'A rival from Pellworth said the bid was a bluff. Her counterpart in Drossa said so too.';
    expect(speakerNames(text)).toEqual(['rival from Pellworth', 'Her counterpart in Drossa']);
    const kinds = new Map(extract(text).entities.map((e) => [e.name, e.kind]));
    expect(kinds.get('Pellworth')).not.toBe('person');
    expect(kinds.get('Drossa')).not.toBe('person');
  });

  it('"Economists at X said" opening a sentence: the economists speak, and X is no person', () => {
    const text = 'Economists at Brightmoor said rates would fall. Some disagreed.';
    expect(speakerNames(text)).toEqual(['Economists at Brightmoor']);
    const kinds = new Map(extract(text).entities.map((e) => [e.name, e.kind]));
    expect(kinds.get('Brightmoor')).not.toBe('person');
  });

  it('"a friend of X said": the friend speaks, and X is a person', () => {
    const text = 'A colleague of Halvorsen said the lab had been quiet for weeks.';
    expect(speakerNames(text)).toEqual(['colleague of Halvorsen']);
    const kinds = new Map(extract(text).entities.map((e) => [e.name, e.kind]));
    expect(kinds.get('Halvorsen')).toBe('person');
  });
});

describe('a role capitalised by house style', () => {
  it('"the Minister said" is the minister named before, as "the minister said" is', () => {
    expect(
      speakerNames('Health Minister Nora Quill urged calm. "Nobody wins," the Minister said.'),
    ).toEqual(['Nora Quill']);
    expect(
      speakerNames(
        'Premier Ann Roe toured the dam. The Premier said it was safe. Later the Premier added that it would hold.',
      ),
    ).toEqual(['Ann Roe', 'Ann Roe']);
    // no one named in that role: the description speaks, as written
    expect(speakerNames('The Premier said the dam was safe.')).toEqual(['Premier']);
  });
});

describe('a second rank is not the office', () => {
  it('"the governor" is not "Deputy Governor X", nor "the president" a vice president', () => {
    expect(
      speakerNames(
        'Governor Henrik Vasstrand held rates. Deputy Governor Mette Lund agreed. "We are patient," the governor said.',
      ),
    ).toEqual(['Henrik Vasstrand']);
    expect(
      speakerNames(
        'President Ana Duarte spoke. Vice President Luis Mora agreed. "We will wait," the president said.',
      ),
    ).toEqual(['Ana Duarte']);
    // the second rank named in full is still that person
    expect(
      speakerNames('Deputy Governor Mette Lund spoke. "We are patient," the deputy governor said.'),
    ).toEqual(['Mette Lund']);
  });
});

describe('an office of the city or the county is its own', () => {
  it('"the city engineer" is not the mayor named before, but the one described so', () => {
    expect(
      speakerNames(
        'Mayor Tom Reyes said the bridge was safe. The city engineer, however, said the cracks were getting worse.',
      ),
    ).toEqual(['Tom Reyes', 'city engineer']);
    expect(
      speakerNames(
        'Ann Roe, the city engineer, inspected it. Mayor Tom Reyes said the bridge was safe. The city engineer said the cracks were wider.',
      ),
    ).toEqual(['Tom Reyes', 'Ann Roe']);
  });
});

describe('bodies by what they are', () => {
  it('"the developer", "the watchdog" alone are the body named before', () => {
    expect(
      speakerNames(
        'Crestline Homes wants to build 180 houses. The developer said it would add a traffic light.',
      ),
    ).toEqual(['Crestline Homes']);
    expect(
      speakerNames(
        'The Financial Conduct Authority fined Thornbury Bank. "Banks must do better," the watchdog said.',
      ),
    ).toEqual(['Financial Conduct Authority']);
  });

  it('"the department" is a state body its country closes ("Norland Services Canada")', () => {
    expect(
      speakerNames(
        'Rural Services Canada says 31 advisories remain. The department said it is committed to lifting them.',
      ),
    ).toEqual(['Rural Services Canada', 'Rural Services Canada']);
  });

  it('"the bank" is not a union named for bank staff', () => {
    expect(
      speakerNames(
        'Tellers at Moravec Bank walked out. The Bank Staff Union said talks had failed. The bank said it had called all clients.',
      ),
    ).toEqual(['Bank Staff Union', 'Moravec Bank']);
    expect(speakerNames('The Bank of Norland held rates. The bank said it was patient.')).toEqual([
      'Bank of Norland',
    ]);
  });

  it('"the university" is not its faculty association; a business suffix ("Inc.") makes no other kind', () => {
    expect(
      speakerNames(
        'Classes at the University of Vell were cancelled as the University of Vell Faculty Association went on strike. The university said it is ready to talk.',
      ),
    ).toEqual(['University of Vell']);
    expect(
      speakerNames('On Monday, the Bank of Norland Inc. cut jobs. "We must," the bank said.'),
    ).toEqual(['Bank of Norland Inc']);
  });
});

describe('roles by another word', () => {
  it('"the keeper" is the goalkeeper, "the director" the filmmaker', () => {
    expect(
      speakerNames('Goalkeeper Sam Hart made six saves. "It was special," the keeper said.'),
    ).toEqual(['Sam Hart']);
    expect(
      speakerNames(
        'Filmmaker Noa Castellane won the prize. "It was a surprise," the director said.',
      ),
    ).toEqual(['Noa Castellane']);
  });

  it('a nationality noun before a name is no part of it: "Briton Oliver Tennant"', () => {
    expect(
      speakerNames('Briton Oliver Tennant won the stage. "It was calm," Tennant said.'),
    ).toEqual(['Oliver Tennant']);
  });
});

describe('"the person", "the source"', () => {
  it('is the unnamed person who last spoke, past a named one', () => {
    expect(
      speakerNames(
        'An executive familiar with the talks said a deal was near. "We are very close," the person said.',
      ),
    ).toEqual(['executive familiar with the talks', 'executive familiar with the talks']);
    expect(
      speakerNames(
        'A senior official said the plan was dead. Ann Roe said it was alive. "Nobody wants it," the source said.',
      ),
    ).toEqual(['senior official', 'Ann Roe', 'senior official']);
    // with no one unnamed before, the words stand as written
    expect(speakerNames('"Nobody wants it," the source said.')).toEqual(['source']);
  });
});

describe('sports epithets', () => {
  it('"the Kiwi", "the England international" are the player just named', () => {
    expect(speakerNames('Opener Liam Tarrant made 40. "It was turning," the Kiwi said.')).toEqual([
      'Liam Tarrant',
    ]);
    expect(
      speakerNames(
        'Winger Kofi Asare-Baird is fit again. "I feel good," the England international said.',
      ),
    ).toEqual(['Kofi Asare-Baird']);
  });
});

describe('a capitalised title set off before the name', () => {
  it('"Saskatchewan\'s Agriculture Minister, Linda Fehr," is the minister a later "the minister" means', () => {
    expect(
      speakerNames(
        'Norland\'s Agriculture Minister, Lina Fehr, spoke Monday. "We know how hard this is," the minister said.',
      ),
    ).toEqual(['Lina Fehr']);
    // a fronted phrase closing on a title describes no one after it
    const article = extract({ text: 'In a letter to the President, Ann Roe said it was wrong.' });
    expect(article.entities.find((e) => e.name === 'Ann Roe')?.descriptors).toEqual([]);
  });
});

describe('an office by its acronym', () => {
  it('"the MP", "the CAO" are the one given the office spelled out', () => {
    expect(
      speakerNames('Member of Parliament Ruth Okoye spoke Monday. "We are ready," the MP said.'),
    ).toEqual(['Ruth Okoye']);
    expect(
      speakerNames(
        'Chief administrative officer Dana Kirby spoke Monday. "We are ready," the CAO said.',
      ),
    ).toEqual(['Dana Kirby']);
  });
});

describe('"the company" among other bodies', () => {
  it('is not a union named as where someone works, nor a region', () => {
    expect(
      speakerNames(
        'Maple Paper Inc. is closing its mill. Ann Ross, president of Millworkers Local 100, said members were angry. The company said it would pay severance.',
      ),
    ).toEqual(['Ann Ross', 'Maple Paper Inc']);
    const article = extract({
      text: 'Boreal Nickel Corp. will cut 420 jobs at its mine in Northern Ontario, the company announced Tuesday.',
    });
    expect(article.entities.map((e) => [e.kind, e.name])).toEqual([
      ['organization', 'Boreal Nickel Corp'],
      ['location', 'Northern Ontario'],
    ]);
  });
});

describe('a minister of a portfolio set off before the name', () => {
  it('"The Minister of Emergency Management, Hana Obuya," is the minister, no body', () => {
    const text =
      'The Minister of Emergency Management, Hana Obuya, spoke in Elmvale. "It is a crisis," the minister said.';
    expect(speakerNames(text)).toEqual(['Hana Obuya']);
    expect(extract({ text }).entities.filter((e) => e.kind === 'organization')).toEqual([]);
    // a first name ends the title ("Secretary of State Ann Roe, ..."), and a fronted phrase
    // names no one after it
    const listed = extract({
      text: 'They met Secretary of State Ann Roe, Mayor Tom Bell and others.',
    });
    expect(listed.entities.map((e) => e.name)).toContain('Ann Roe');
    const fronted = extract({
      text: 'In a letter to the Minister of Health, Ann Roe said it was wrong.',
    });
    expect(fronted.entities.find((e) => e.name === 'Ann Roe')?.descriptors).toEqual([]);
  });
});
