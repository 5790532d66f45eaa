import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import { read } from '../../../test/support/read.js';

// Invented headlines.
describe('headline', () => {
  it('a common word alone before the colon is a section label, unless the body names someone so', () => {
    expect(read('Hockey: Thunder blow three-goal lead\n\nThe team lost on Friday.')).toEqual([]);
    expect(read('Weather: Snow on the way for the weekend\n\nSnow is due.')).toEqual([]);
    // a writing, a body or people are sources
    expect(read('Poll: Most voters back the plan\n\nA poll found support.')[0]?.source).toBe(
      'Poll',
    );
    expect(read('Bell: I will not quit the race\n\nMarcus Bell spoke on Friday.')[0]).toMatchObject(
      {
        rule: 'headline',
        source: 'Bell',
      },
    );
  });

  it('"Q&A:" labels an interview: the headline after it is no quote', () => {
    expect(read('Q&A: Chef Ada Kemp on cooking for crowds\n\nAda Kemp has a new show.')).toEqual(
      [],
    );
  });

  it('a quote opening the headline before a colon is said by the subject after it', () => {
    const text =
      "'We will not back down': Vell premier defends carbon levy\n\nThe premier of Vell, Tomas Achter, spoke on Wednesday.";
    expect(read(text)[0]).toMatchObject({
      rule: 'headline',
      kind: 'speech',
      source: 'Vell premier',
      content: ['We will not back down'],
    });
    expect(
      extract(text).entities.find((e) => e.id === extract(text).quotes[0]?.speakerId)?.name,
    ).toBe('Tomas Achter');
    // words after the colon that name no one leave the quote to the body
    expect(read('"Yes": The answer to every question\n\nThe board met.')).toEqual([]);
  });

  it('a short name and a colon opening the article name who speaks', () => {
    const [quote] = read("Ruiz: Ferry Fares Won't Rise Before Spring.\n\nThe board met on Monday.");
    expect(quote).toMatchObject({
      rule: 'headline',
      source: 'Ruiz',
      cue: ':',
      content: ["Ferry Fares Won't Rise Before Spring"],
    });
  });

  it('a role before the colon speaks, and whom or where it spoke to stays out of the name', () => {
    const role = read('Harbour chief: Fares will rise in May\n\nThe board met on Monday.')[0];
    expect(role).toMatchObject({ source: 'Harbour chief', content: ['Fares will rise in May'] });
    const addressed = read(
      'Ruiz to Pilots at Harbour Meeting: The Pier Will Reopen\n\nThe board met.',
    );
    expect(addressed[0]).toMatchObject({
      source: 'Ruiz',
      cue: ':',
      content: ['The Pier Will Reopen'],
    });
    // common words before a link are a phrase, not a name
    expect(read('Back to School: What Parents Need\n\nThe board met on Monday.')).toEqual([]);
  });

  it('a Title Case verb of saying after a comma closes the headline with its speaker', () => {
    const [quote] = read(
      'Harbour Tunnel Will Open Late, Ana Ruiz Says\n\nThe board met on Monday.',
    );
    expect(quote).toMatchObject({
      rule: 'headline',
      source: 'Ana Ruiz',
      cue: 'Says',
      content: ['Harbour Tunnel Will Open Late'],
    });
  });

  it('a short name and a Title Case verb of saying open the headline', () => {
    expect(read('Ana Ruiz Says Harbour Tunnel Will Open Late\n\nThe board met.')[0]).toMatchObject({
      rule: 'headline',
      source: 'Ana Ruiz',
      cue: 'Says',
      content: ['Harbour Tunnel Will Open Late'],
    });
    // quoted words in it are still what was said: a mixed quote
    const marked = read(
      'Ana Ruiz Says Tunnel Plan Is \u2018A Shambles.\u2019\n\nThe board met.',
    )[0];
    expect(marked).toMatchObject({ rule: 'headline', source: 'Ana Ruiz', quoteKind: 'mixed' });
    // another verb before it is no name ("Defends ... Against Claims")
    expect(
      read('Ana Ruiz Defends Herself Against Claims She Lied\n\nThe board met.')[0]?.rule,
    ).not.toBe('headline');
  });

  it('a label or a phrase of common words before the colon names no speaker', () => {
    for (const line of [
      'Breaking: Harbour Tunnel Will Open Late.',
      'Trouble Under Water: The Tunnel Files.',
      // an owner or a preposition inside makes a thing of the words: a newsletter, a verdict
      "Friday's Harbour Briefing: The Tunnel Will Open Late.",
      'Good News For Harbour Rail: Fares Stay Put.',
    ])
      expect(
        read(`${line}\n\nThe board met on Monday.`).filter((a) => a.rule === 'headline'),
      ).toEqual([]);
  });

  it('an owner before a role still names a speaker: "Roe\'s Lawyer: ..."', () => {
    expect(read("Roe's Lawyer: The Tunnel Will Open Late.\n\nThe board met.")[0]).toMatchObject({
      rule: 'headline',
      source: "Roe's Lawyer",
    });
  });

  it('only the first line is read as a headline', () => {
    const found = read('The board met on Monday.\n\nRuiz: the fares will stay as they are.');
    expect(found.filter((a) => a.rule === 'headline')).toEqual([]);
  });

  it('a headline in sentence case names its speaker before a verb in lower case', () => {
    const body = '\n\nThe board met on Monday to talk about the fares and the buses.';
    expect(read(`Fares will rise next year, Ann Roe says${body}`)[0]).toMatchObject({
      rule: 'headline',
      source: 'Ann Roe',
      cue: 'says',
      content: ['Fares will rise next year'],
    });
    // in sentence case, a word in lower case is no part of a name
    expect(read(`Fares will rise next year, the board says${body}`)[0]?.rule).not.toBe('headline');
  });

  it('a section heading that names who speaks is read as a headline, a pronoun as the person meant', () => {
    const article = extract(
      'Ada Kemp has run the port for ten years.\n\nThe pier comes first, she says\n\n' +
        'Kemp said on Monday that she would think over the summer about running for mayor of the town.',
    );
    const heading = article.quotes.find((quote) => quote.rule === 'headline');
    expect(heading?.kind).toBe('indirect');
    expect(article.entities.find((e) => e.id === heading?.speakerId)?.name).toBe('Ada Kemp');
  });

  it('a headline speaker the article names as a body is that body, not a new person', () => {
    const article = extract(
      'Cheaper Plans Are Coming, Eastvale Mobile Says\n\nEastvale Mobile cut its prices on Monday.',
    );
    const named = article.entities.filter((e) => e.name === 'Eastvale Mobile');
    expect(named).toHaveLength(1);
    expect(named[0]!.kind).toBe('organization');
    expect(article.quotes[0]?.speakerId).toBe(named[0]!.id);
  });

  it('a title line whose own verb introduces quoted words is read as prose: "X calls the plan \'...\'"', () => {
    const text =
      "Former mayor Ana Ruiz calls the harbour wall plan 'reckless'\n\nAna Ruiz spoke on Monday.";
    const article = extract({ text });
    expect(article.quotes).toHaveLength(1);
    const quote = article.quotes[0]!;
    expect(quote.kind).toBe('mixed');
    expect(text.slice(quote.cue!.start, quote.cue!.end)).toBe('calls');
    expect(article.entities.find((e) => e.id === quote.speakerId)?.name).toBe('Ana Ruiz');
    // a headline's verb with no quoted words reports too loosely to be kept
    expect(extract({ text: 'Ana Ruiz blasts the harbour wall plan\n\nShe spoke.' }).quotes).toEqual(
      [],
    );
  });

  it('a headline\'s passive without its "was" reports nothing: "Man charged after ...: \'...\'"', () => {
    const text =
      "Man charged after fatal stabbing in Orrin Bay: 'He was a gentle soul'\n\nPolice arrested a man on Sunday.";
    expect(extract({ text }).quotes).toEqual([]);
    // a name before the verb still speaks
    const named = "Ana Ruiz charged on Monday: 'The vote was rigged'\n\nAna Ruiz spoke.";
    expect(extract({ text: named }).quotes).toHaveLength(1);
  });

  it('"Ana Ruiz Calls the Levy \'Theft\'": a capitalised verb of naming before a quoted label', () => {
    expect(read("Ana Ruiz Calls Harbour Levy 'Theft'\n\nAna Ruiz spoke on Monday.")).toMatchObject([
      { rule: 'headline', cue: 'Calls', source: 'Ana Ruiz', content: ["Harbour Levy 'Theft'"] },
    ]);
    // with no label in marks, a headline calling for something reports nothing
    expect(read('Ana Ruiz Calls For Calm After Harbour Clash\n\nShe spoke on Monday.')).toEqual([]);
  });

  it("a quote before a colon and an interview with someone is the one interviewed's", () => {
    expect(
      read(
        "'The sea keeps its own calendar': a conversation with biologist Ada Kemp\n\nShe spoke.",
      ),
    ).toMatchObject([
      {
        rule: 'headline',
        source: 'biologist Ada Kemp',
        content: ['The sea keeps its own calendar'],
      },
    ]);
  });
});
