import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import { sourceName, table } from '../../../test/entity-tables.js';

// invented
const speaker = (text: string, part: string) => sourceName(table(text, [part]), text, part);

/** The speaker the whole extraction gives the quote whose source is `part`. */
function quoteSpeaker(text: string, part: string): string | undefined {
  const article = extract(text);
  const quote = article.quotes.find(
    (q) => q.source && text.slice(q.source.start, q.source.end) === part,
  );
  return article.entities.find((e) => e.id === quote?.speakerId)?.name;
}

describe('a role given by the verb of the clause that introduces someone', () => {
  it('"Ann Roe owns the Corner Press ... says the cheerful owner": the owner, not the last speaker', () => {
    const text =
      'Ann Roe owns the Corner Press, a print shop in Eastvale. "Most shops want big orders," says Tom Bell, an artist. "Two copies!" says the cheerful owner.';
    expect(speaker(text, 'the cheerful owner')).toBe('Ann Roe');
  });

  it('coaches, manages, teaches, founded: the subject is the coach, manager, teacher, founder', () => {
    for (const [verb, role] of [
      ['coaches', 'coach'],
      ['manages', 'manager'],
      ['teaches', 'teacher'],
      ['founded', 'founder'],
      ['runs', 'owner'],
      ['also chairs', 'chair'],
    ] as const) {
      const text = `Ivo Marr ${verb} the Eastvale Otters. Tom Bell spoke first. "We start at dawn," the veteran ${role} said.`;
      expect(speaker(text, `the veteran ${role}`)).toBe('Ivo Marr');
    }
    // past an age after the name
    const aged = 'Ivo Marr, 52, coaches the Otters. Tom Bell spoke. "We win," the coach said.';
    expect(speaker(aged, 'the coach')).toBe('Ivo Marr');
  });

  it('only the subject takes the role, and a particle gives the verb another sense', () => {
    const object = 'Ivo Marr coaches Tom Bell on the Otters. "We win," the 31-year-old coach said.';
    expect(speaker(object, 'the 31-year-old coach')).toBe('Ivo Marr');
    // "managed to", "runs for": no manager, no owner
    const managed = 'Ivo Marr managed to score twice. "It was luck," the manager said.';
    expect(speaker(managed, 'the manager')).not.toBe('Ivo Marr');
    const runs = 'Ivo Marr runs for mayor of Eastvale. "It is time," the owner said.';
    expect(speaker(runs, 'the owner')).not.toBe('Ivo Marr');
  });
});

describe('a role given after "is" or "was" in the clause that introduces someone', () => {
  it('"Ann Roe is the owner of the Corner Press", "Ann Roe was a goalie": found by the role later', () => {
    const owner =
      'Ann Roe is the owner of the Corner Press. "Big orders," says Tom Bell, an artist. "Two copies!" says the cheerful owner.';
    expect(speaker(owner, 'the cheerful owner')).toBe('Ann Roe');
    const goalie =
      'Ann Roe was a goalie for the Otters. "We held on," says Tom Bell, an artist. "It was cold," the veteran goalie said.';
    expect(speaker(goalie, 'the veteran goalie')).toBe('Ann Roe');
  });

  it('only a role noun heading the phrase: "the first woman to sail the strait" makes no goalie, "the owner\'s daughter" no owner', () => {
    const text =
      'Ann Roe is the first woman to sail the strait. "We held on," says Tom Bell, an artist. "It was cold," the veteran goalie said.';
    expect(speaker(text, 'the veteran goalie')).not.toBe('Ann Roe');
    const possessive =
      'Ann Roe is the owner\'s daughter. "Big orders," says Tom Bell, an artist. "Two copies!" says the cheerful owner.';
    expect(speaker(possessive, 'the cheerful owner')).not.toBe('Ann Roe');
  });

  it('"Ann Roe, who is the director of ...," and "the minister responsible for housing" give the role', () => {
    const who =
      'Ann Roe, who is the director of the Harbour Food Bank, was worried. "We are out of milk," the director said.';
    expect(speaker(who, 'the director')).toBe('Ann Roe');
    const responsible =
      'Tom Vey is the minister responsible for housing. "We will build," says Ann Roe, a builder. "Soon," the minister said.';
    expect(speaker(responsible, 'the minister')).toBe('Tom Vey');
    const setOff =
      'The minister responsible for housing, Tom Vey, spoke Monday. "We will build," the minister said.';
    expect(speaker(setOff, 'the minister')).toBe('Tom Vey');
  });
});

describe('another word for the role ("the union leader" is its president)', () => {
  it('a name before the role must be in the description: "the NDP leader" is no "Northstar president"', () => {
    const text =
      '"It is tight," said Northstar president Ann Roe. Tom Vey said voters were shopping around. "People are tired," the NDP leader said.';
    expect(speaker(text, 'the NDP leader')).not.toBe('Ann Roe');
    const union = 'Union president Ann Roe walked out. "We are done," the union leader said.';
    expect(speaker(union, 'the union leader')).toBe('Ann Roe');
    // a nationality is no such name: "the Russian leader" is its president
    const nation =
      'Russian President Ann Roe spoke for hours. "We are ready," the Russian leader said.';
    expect(speaker(nation, 'the Russian leader')).toBe('Ann Roe');
  });
});

describe('a definite role description with modifiers before its noun', () => {
  it('adjectives and ages do not stop the match: "the cheerful owner", "the 31-year-old owner"', () => {
    const intro =
      'Ann Roe, the owner of the Corner Press, smiled. "Big orders," says Tom Bell, an artist.';
    for (const phrase of ['the cheerful owner', 'the 31-year-old owner', 'the veteran owner']) {
      const text = `${intro} "Two copies!" says ${phrase}.`;
      expect(speaker(text, phrase)).toBe('Ann Roe');
    }
  });

  it('"the proprietor" is whoever owns the shop or founded it', () => {
    const owner =
      'Ann Roe owns the Corner Press. "Big orders," says Tom Bell, an artist. "Two copies!" says the genial proprietor.';
    expect(speaker(owner, 'the genial proprietor')).toBe('Ann Roe');
  });

  it('a description that named someone as a speaker names them again ("the founder of ..." ... "the proprietor")', () => {
    const text =
      'Ann Roe opened the Corner Press in May. "We print comics," says the 44-year-old founder of the Corner Press. Tom Bell, a painter from Eastvale, agreed. "Two copies!" says the genial proprietor.';
    expect(quoteSpeaker(text, 'the genial proprietor')).toBe('Ann Roe');
  });

  it('... but not when it says only where someone lives: "the Eastvale resident" may be another', () => {
    const text =
      'Ann Roe opened the Corner Press. "We print comics," says the quiet Eastvale resident. Tom Bell draws every night. "It takes months," says the bearded Eastvale resident.';
    expect(quoteSpeaker(text, 'the quiet Eastvale resident')).toBe('Ann Roe');
    expect(quoteSpeaker(text, 'the bearded Eastvale resident')).not.toBe('Ann Roe');
  });
});

describe('a role description no one was given is not the last speaker described otherwise', () => {
  const shop = 'The Corner Press prints comics in Eastvale.';

  it('"Tom Bell, an artist" is not "the cheerful owner": an unnamed owner speaks', () => {
    const text = `${shop} "Big orders," says Tom Bell, an artist who works there. "Two copies!" says the cheerful owner.`;
    expect(quoteSpeaker(text, 'the cheerful owner')).toBe('cheerful owner');
  });

  it('the last speaker carries on when no role, or only a facet, was given them', () => {
    const bare = `${shop} "Big orders," says Tom Bell. "Two copies!" says the cheerful owner.`;
    expect(quoteSpeaker(bare, 'the cheerful owner')).toBe('Tom Bell');
    const resident = `${shop} "Big orders," says Tom Bell, an Eastvale resident. "Two copies!" says the cheerful owner.`;
    expect(quoteSpeaker(resident, 'the cheerful owner')).toBe('Tom Bell');
  });

  it('a title or a role before the name is passed over: one may hold an office and be much else', () => {
    const text =
      'Sen. Ann Roe spoke in Eastvale. "Big orders," said Roe, a member of the finance panel. "Two copies!" the billionaire businesswoman added.';
    expect(quoteSpeaker(text, 'the billionaire businesswoman')).toBe('Ann Roe');
  });
});

describe('an age for a speaker', () => {
  const coach = '"We train at dawn," said Tom Bell, the coach.';

  it('"says the 16-year-old": the one person given that age, after the name or before it', () => {
    for (const intro of [
      'Ivo Marr, 16, plays in goal for the Otters.',
      '16-year-old Ivo Marr plays in goal for the Otters.',
      'The Otters signed 16-year-old Ivo Marr.',
      'Ivo Marr, a 16-year-old from Eastvale, plays in goal.',
    ]) {
      const text = `${intro} ${coach} "I love it," says the 16-year-old.`;
      expect(quoteSpeaker(text, 'the 16-year-old')).toBe('Ivo Marr');
    }
    const trailing = `16-year-old Ivo Marr plays in goal. ${coach} "I love it," the 16-year-old said.`;
    expect(quoteSpeaker(trailing, 'the 16-year-old')).toBe('Ivo Marr');
    const teen = `The Otters signed 16-year-old Ivo Marr. ${coach} "I love it," says the teenager.`;
    expect(quoteSpeaker(teen, 'the teenager')).toBe('Ivo Marr');
  });
});

describe('a player by position, bare, points back to the player just named', () => {
  it('"Ada Kemp scored twice. The forward said ..." is Ada Kemp; a team with no player named has no forward to find', () => {
    const text = '"I am done," Ada Kemp told reporters. The forward said she would retire.';
    expect(quoteSpeaker(text, 'The forward')).toBe('Ada Kemp');
    expect(
      quoteSpeaker('The Hawks lost 4-1. The goaltender said they were tired.', 'The goaltender'),
    ).toBe('goaltender');
    // a coach or a captain may be someone new
    expect(
      quoteSpeaker(
        '"I am done," Ada Kemp told reporters. The coach said she would stay.',
        'The coach',
      ),
    ).toBe('coach');
  });
});
