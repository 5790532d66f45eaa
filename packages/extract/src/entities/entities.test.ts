// All article text here is invented for these tests.
import type { Block, BlockKind, Entity } from '@sourcetrace/article-model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../document.js';
import { collectEntities, type EntityTable, type SourceRequest } from './index.js';
import { buildStore } from './table.js';

/** A source or channel the table settles before it is finished: text (nth occurrence) or span. */
type Ask =
  | string
  | [string, number]
  | { channel: string }
  | { role: 'source' | 'channel'; span: { start: number; end: number } };

function blocksOf(text: string, firstKind: BlockKind): Block[] {
  const blocks: Block[] = [];
  const line = /[^\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    blocks.push({
      kind: blocks.length === 0 ? firstKind : 'paragraph',
      span: { start: m.index, end: m.index + m[0].length },
    });
  }
  return blocks;
}

/** One block per line; the first line may be given a kind (title, heading); `asks` settled in order. */
function table(text: string, asks: Ask[] = [], firstKind: BlockKind = 'paragraph'): EntityTable {
  const requests: SourceRequest[] = asks.map((ask) => {
    if (typeof ask === 'string') return { role: 'source', span: spanOf(text, ask) };
    if (Array.isArray(ask)) return { role: 'source', span: spanOf(text, ask[0], ask[1]) };
    if ('channel' in ask) return { role: 'channel', span: spanOf(text, ask.channel) };
    return ask;
  });
  return collectEntities(makeDoc(text, blocksOf(text, firstKind))).finish(requests);
}

function named(t: EntityTable, name: string): Entity | undefined {
  return t.entities().find((e) => e.name === name);
}

function people(t: EntityTable): string[] {
  return t
    .entities()
    .filter((e) => e.kind === 'person')
    .map((e) => e.name);
}

/** The span of the nth occurrence of `part` in `text`. */
function spanOf(text: string, part: string, nth = 0) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(part, start + 1);
  if (start < 0) throw new Error(`not in text: ${part}`);
  return { start, end: start + part.length };
}

function sourceName(t: EntityTable, text: string, part: string, nth = 0): string | undefined {
  const id = t.resolveSource(spanOf(text, part, nth));
  return t.entities().find((e) => e.id === id)?.name;
}

describe('everyday roles', () => {
  it('a capitalised role opening the sentence is a descriptor, not a first name', () => {
    const text = 'Homeowner Mira Castell said the wall held. Motorist Piet Ondaatje agreed.';
    const t = table(text);
    expect(people(t).sort()).toEqual(['Mira Castell', 'Piet Ondaatje']);
    expect(named(t, 'Mira Castell')?.descriptors).toContain('Homeowner');
  });
});

describe('companies', () => {
  it('a firm named in full, then by its first word, is one organisation and no person', () => {
    const text =
      'The block was bought by Harbourline Properties in March. Harbourline said the flats need work.';
    const t = table(text);
    expect(people(t)).toEqual([]);
    const firm = named(t, 'Harbourline Properties');
    expect(firm?.kind).toBe('organization');
    expect(firm?.mentions).toHaveLength(2);
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

  it('reads a listed place that is the surname of someone named in full as that person', () => {
    const text =
      'Premier Lena Halifax met Opposition Leader Omar Churchill. Halifax said the talks went well, but Churchill disagreed.';
    const t = table(text, [['Churchill', 1]]);
    expect(people(t).sort()).toEqual(['Lena Halifax', 'Omar Churchill']);
    expect(sourceName(t, text, 'Churchill', 1)).toBe('Omar Churchill');
    expect(named(t, 'Lena Halifax')?.aliases).toEqual(['Halifax']);
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

describe('resolving sources', () => {
  it('picks the named person in a speaker phrase', () => {
    const text =
      'The plan is a gamble, energy analyst Corvin Daleholt told reporters. Ines Marrow, a professor at the University of Eastvale, disagreed.';
    const t = table(text, [
      'energy analyst Corvin Daleholt',
      'Ines Marrow, a professor at the University of Eastvale',
    ]);
    expect(sourceName(t, text, 'energy analyst Corvin Daleholt')).toBe('Corvin Daleholt');
    expect(sourceName(t, text, 'Ines Marrow, a professor at the University of Eastvale')).toBe(
      'Ines Marrow',
    );
  });

  it('resolves he and she by gender to the nearest fitting person outside quotes', () => {
    const text = [
      'Halvard Quist met Priya Valcourt on Tuesday.',
      '"Talk to Tobias Frenn," she said.',
      'Quist said little. "We are ready," he said.',
    ].join('\n');
    const t = table(text, [' she ', ' he ']);
    expect(sourceName(t, text, ' she ')).toBe('Priya Valcourt');
    expect(sourceName(t, text, ' he ')).toBe('Halvard Quist');
  });

  it("prefers the subject of the pronoun's own sentence, and reads a phrase opening with a pronoun", () => {
    const text = 'Nadia Ferro spoke first. Later, Tessa Munro said she waited eight hours.';
    const t = table(text, ['she waited eight hours']);
    expect(sourceName(t, text, 'she waited eight hours')).toBe('Tessa Munro');
  });

  it('resolves it to an organisation and they to a group', () => {
    const text =
      'The Eastvale Transit Authority raised fares. It said costs had risen. Local officials objected, and they said riders would suffer.';
    const t = table(text, ['It', 'Local officials', 'they']);
    expect(sourceName(t, text, 'It')).toBe('Eastvale Transit Authority');
    const officials = sourceName(t, text, 'Local officials');
    expect(officials).toBe('Local officials');
    expect(sourceName(t, text, 'they')).toBe('Local officials');
  });

  it('creates anonymous sources and names nobody for I and we', () => {
    const text =
      'An unnamed professor at a coastal university told the Ledger that "we are worried," and officials agreed. I think so.';
    const t = table(text, ['An unnamed professor at a coastal university', 'officials', 'we', 'I']);
    const id = t.resolveSource(spanOf(text, 'An unnamed professor at a coastal university'));
    const professor = t.entities().find((e) => e.id === id);
    expect(professor).toMatchObject({
      anonymous: true,
      name: 'unnamed professor at a coastal university',
    });
    expect(professor?.kind).not.toBe('person');
    expect(professor?.aliases).toContain('An unnamed professor at a coastal university');
    expect(t.resolveSource(spanOf(text, 'officials'))).toBe(
      t.resolveSource(spanOf(text, 'officials')),
    );
    expect(t.resolveSource(spanOf(text, 'we'))).toBeNull();
    expect(t.resolveSource(spanOf(text, 'I'))).toBeNull();
  });

  it('links a definite description to the person described before', () => {
    const text = 'Energy analyst Corvin Daleholt spoke first. The analyst said prices would fall.';
    const t = table(text, ['The analyst']);
    expect(sourceName(t, text, 'The analyst')).toBe('Corvin Daleholt');
  });

  it('reads a long title with "of" before a name, and a role acronym as no organisation', () => {
    const text =
      "Norland's Minister of Coastal Affairs Ivo Brandt said the port would reopen. Brandt, the agency's president and CEO, agreed.";
    const t = table(text, ["Norland's Minister of Coastal Affairs Ivo Brandt"]);
    expect(people(t)).toEqual(['Ivo Brandt']);
    expect(named(t, 'Ivo Brandt')?.descriptors).toContain('Minister of Coastal Affairs');
    expect(sourceName(t, text, "Norland's Minister of Coastal Affairs Ivo Brandt")).toBe(
      'Ivo Brandt',
    );
    expect(named(t, 'CEO')).toBeUndefined();
  });

  it('reads a plural role inside an organisation name as part of it', () => {
    const text =
      'A report by the Department of Veterans Affairs was released. Senators Ana Ruiz and Tom Bell objected.';
    const t = table(text);
    expect(named(t, 'Department of Veterans Affairs')?.kind).toBe('organization');
    expect(people(t)).toEqual(['Ana Ruiz', 'Tom Bell']);
  });

  it('gives an artifact to its maker', () => {
    const text =
      'A Reuters poll found support was falling, and Statistics Canada data showed the same.';
    const t = table(text, ['A Reuters poll', 'Statistics Canada data']);
    expect(sourceName(t, text, 'A Reuters poll')).toBe('Reuters');
    expect(sourceName(t, text, 'Statistics Canada data')).toBe('Statistics Canada');
  });

  it('links "the chamber" to the organisation named with that word', () => {
    const text =
      'The Eastvale Chamber of Commerce objected to the levy. The chamber said members were not consulted.';
    const t = table(text, ['The chamber']);
    expect(sourceName(t, text, 'The chamber')).toBe('Eastvale Chamber of Commerce');
  });

  it('reads a body named by a common noun as an organisation', () => {
    const text =
      'The Norland foreign ministry said the talks were over. Police said they had made no arrests.';
    const t = table(text, ['The Norland foreign ministry', 'Police']);
    const id = t.resolveSource(spanOf(text, 'The Norland foreign ministry'));
    expect(t.entities().find((e) => e.id === id)).toMatchObject({
      kind: 'organization',
      name: 'Norland foreign ministry',
    });
    const police = t.resolveSource(spanOf(text, 'Police'));
    expect(t.entities().find((e) => e.id === police)?.kind).toBe('organization');
  });
});

describe('the entity list', () => {
  it('numbers entities by first mention and keeps mentions sorted inside the text', () => {
    const text =
      "Halvard Quist told CNN that Canada's plan was late. Quist said it again in Ottawa.";
    const t = table(text, ['it']);
    t.resolveSource(spanOf(text, 'it'));
    const list = t.entities();
    expect(list.map((e) => e.id)).toEqual(list.map((_, i) => `e${i + 1}`));
    expect(list[0]?.name).toBe('Halvard Quist');
    for (const e of list) {
      const starts = e.mentions.map((m) => m.span.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      for (const m of e.mentions) expect(m.span.end).toBeGreaterThan(m.span.start);
    }
  });

  it('handles apostrophes and possessives without inventing names', () => {
    const text =
      "The Smiths' house in Eastvale was built in the '90s. Canada's and Norway's envoys met.";
    const t = table(text);
    expect(named(t, 'Canada')?.mentions[0]?.span).toEqual(spanOf(text, 'Canada'));
    expect(named(t, 'Norway')).toBeDefined();
    expect(people(t)).toEqual([]);
  });

  it('never throws and keeps every mention inside the text, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 40 }),
        (raw, at, length) => {
          const text = raw + ' Said Ann Roe, "He said," she said. Ottawa (OT) and the US.' + raw;
          const span = { start: at, end: Math.min(text.length, at + length) };
          const t = table(text, [
            { role: 'source', span },
            { role: 'channel', span },
          ]);
          t.resolveSource(span);
          t.resolveChannel(span);
          for (const e of t.entities()) {
            expect(e.name.length).toBeGreaterThan(0);
            for (const m of e.mentions) {
              expect(m.span.start).toBeGreaterThanOrEqual(0);
              expect(m.span.end).toBeLessThanOrEqual(text.length);
              expect(m.span.end).toBeGreaterThan(m.span.start);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never throws on name-like word soup', () => {
    const word = fc.constantFrom(
      'Ann',
      'Roe',
      'said',
      '"',
      '.',
      ',',
      'the',
      'Mr.',
      'Sr',
      'Jr.',
      '-',
      'Ottawa',
      'US',
      '(',
      ')',
      "'s",
      "s'",
      'of',
      'University',
      'he',
      'she',
      'it',
      '\n',
      'Canada',
      'The',
      'Telegraph',
      'Washington',
      'has',
      'CEO',
      'Minister',
      'for',
      'Union',
      'X-1',
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), fc.nat(), fc.nat(), (words, a, b) => {
        const text = words.join(' ');
        const start = text.length ? a % text.length : 0;
        const span = { start, end: Math.min(text.length, start + (b % 40)) };
        const t = table(text, [
          { role: 'source', span },
          { role: 'channel', span },
        ]);
        t.resolveSource(span);
        t.resolveChannel(span);
        for (const e of t.entities()) {
          expect(e.name.length).toBeGreaterThan(0);
          for (const m of e.mentions) expect(m.span.end).toBeGreaterThan(m.span.start);
        }
      }),
      { numRuns: 300 },
    );
  });
});
