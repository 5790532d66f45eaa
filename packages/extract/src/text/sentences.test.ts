import { describe, expect, it } from 'vitest';
import { docFromLines } from '../document.js';
import { tokenize } from './tokens.js';

// Invented sentences.
const sentences = (text: string) => {
  const doc = docFromLines(text);
  return doc.sentences.map((s) => text.slice(s.start, s.end));
};

describe('tokenize', () => {
  it('keeps inner apostrophes, hyphens and dotted abbreviations in words', () => {
    expect(tokenize("Canada's U.S. short-range plan, isn't it?").map((t) => t.lower)).toEqual([
      "canada's",
      'u.s',
      '.',
      'short-range',
      'plan',
      ',',
      "isn't",
      'it',
      '?',
    ]);
  });

  it('reads a hyphen joining abbreviated titles as a space: "Det.-Sgt. Marc Roe"', () => {
    expect(tokenize('Det.-Sgt. Marc Roe').map((t) => t.lower)).toEqual([
      'det',
      '.',
      'sgt',
      '.',
      'marc',
      'roe',
    ]);
    expect(tokenize('U.S.-based').map((t) => t.lower)).toContain('-');
  });

  it('reads an abbreviated year as one word, not a quote mark and a number', () => {
    const surfaces = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end));
    expect(surfaces("She said in '08 that the \u201890s were over.")).toEqual([
      'She',
      'said',
      'in',
      "'08",
      'that',
      'the',
      '\u201890s',
      'were',
      'over',
      '.',
    ]);
    // two marks for one quote mark before a number stay marks
    expect(surfaces("''24,'' he said")).toEqual(["'", "'", '24', ',', "'", "'", 'he', 'said']);
    // and a mark before three digits or a word opens a quote
    expect(surfaces("'100 days' and 'no'")).toEqual([
      "'",
      '100',
      'days',
      "'",
      'and',
      "'",
      'no',
      "'",
    ]);
  });

  it('reads a run of hyphens, or one hyphen spaced on both sides, typed for a dash as a dash token', () => {
    const tokens = tokenize('The vote -- a farce --- failed - twice');
    expect(tokens.map((t) => t.lower)).toEqual([
      'the',
      'vote',
      '\u2014',
      'a',
      'farce',
      '\u2014',
      'failed',
      '\u2014',
      'twice',
    ]);
    expect(tokens[5]).toMatchObject({ start: 20, end: 23, word: false });
    expect(tokens[7]).toMatchObject({ start: 31, end: 32, word: false });
  });

  it('keeps a hyphen between numbers, or glued to a word, a hyphen', () => {
    const lowers = tokenize('They won 3 - 2 in a late-night game -').map((t) => t.lower);
    expect(lowers).toEqual(['they', 'won', '3', '-', '2', 'in', 'a', 'late-night', 'game', '-']);
  });

  it('marks quote characters as punctuation, not words', () => {
    const tokens = tokenize('\u201cHi\u201d');
    expect(tokens.map((t) => t.word)).toEqual([false, true, false]);
  });
});

describe('splitSentences', () => {
  it('splits at full stops followed by a capital, keeping closing marks', () => {
    expect(sentences('The vote failed. "We lost," she said. Next week? Maybe.')).toEqual([
      'The vote failed.',
      '"We lost," she said.',
      'Next week?',
      'Maybe.',
    ]);
  });

  it('does not split at titles, initials or dotted abbreviations', () => {
    expect(
      sentences('Dr. Jane Roe met John F. Kennedy Jr. in the U.S. capital. Then she left.'),
    ).toEqual(['Dr. Jane Roe met John F. Kennedy Jr. in the U.S. capital.', 'Then she left.']);
  });

  it('a capital letter ending a phrase before a quote or a pronoun ends its sentence', () => {
    expect(sentences('Tom Bell weighed in on X. "It is over," he wrote. He left.')).toEqual([
      'Tom Bell weighed in on X.',
      '"It is over," he wrote.',
      'He left.',
    ]);
    expect(sentences('They chose Plan B. The vote was close.')).toEqual([
      'They chose Plan B.',
      'The vote was close.',
    ]);
    // ... and so does a dotted abbreviation: "in Harbour City, D.C. He said"
    expect(sentences('She spoke in Harbour City, D.C. He left early.')).toHaveLength(2);
    // a nickname after an initial goes on the name
    expect(sentences('Tom J. "Buddy" Reed agreed.')).toHaveLength(1);
    expect(sentences('Gov. T.L. "Butch" Reed agreed.')).toHaveLength(1);
  });

  it('a quote opening on a lower-case word after a full stop goes on the sentence', () => {
    expect(
      sentences('She left at 9 a.m. "with barely a word" for the quay. "We won," she said.'),
    ).toEqual(['She left at 9 a.m. "with barely a word" for the quay.', '"We won," she said.']);
  });

  it('ends a sentence after a clock time unless a day or a time zone follows', () => {
    expect(
      sentences('Police came at 2 a.m. A spokeswoman said it was calm. It ends at 9 p.m. Friday.'),
    ).toEqual([
      'Police came at 2 a.m.',
      'A spokeswoman said it was calm.',
      'It ends at 9 p.m. Friday.',
    ]);
    expect(sentences('Polls close at 8 p.m. ET on Tuesday.')).toHaveLength(1);
  });

  it('ends a sentence at a word that is an abbreviation only when capitalised or after a place', () => {
    expect(
      sentences(
        'Her son fell ill. Tom Bell said the parish held a Mass. Ann Roe, of Lakeview, Mass., left.',
      ),
    ).toEqual([
      'Her son fell ill.',
      'Tom Bell said the parish held a Mass.',
      'Ann Roe, of Lakeview, Mass., left.',
    ]);
    expect(sentences('It was Kemp vs. Bell on Friday.')).toHaveLength(1);
  });

  it("ends a sentence at a firm's suffix before a quote or an opening word, not before a title", () => {
    expect(sentences('It was confirmed by Velmora Inc. "We are sorry," said Ana Ruiz.')).toEqual([
      'It was confirmed by Velmora Inc.',
      '"We are sorry," said Ana Ruiz.',
    ]);
    expect(sentences('Shares of Harlow Ltd. The firm said profits fell.')).toHaveLength(2);
    expect(sentences('Velmora Inc. Chief Executive Ana Ruiz said profits fell.')).toHaveLength(1);
  });

  it('reads "No." as a number sign only before a number', () => {
    expect(sentences('The board said no. Pia Lund said yes. No. 4 seed Ivo Marr won.')).toEqual([
      'The board said no.',
      'Pia Lund said yes.',
      'No. 4 seed Ivo Marr won.',
    ]);
  });

  it('keeps a quoted question or exclamation with the speaker named after it', () => {
    expect(
      sentences(
        '"Why wait?" Ann Roe asked. "Not now!" Dr. Li Wen, the ferry chief, said. "Why?" Nobody knew.',
      ),
    ).toEqual([
      '"Why wait?" Ann Roe asked.',
      '"Not now!" Dr. Li Wen, the ferry chief, said.',
      '"Why?"',
      'Nobody knew.',
    ]);
    // ... and a retort: "shot back", "fired back"
    expect(
      sentences('"Is that moderate?" Ann Roe shot back. "We won." Tom Bell fired back.'),
    ).toEqual(['"Is that moderate?" Ann Roe shot back.', '"We won." Tom Bell fired back.']);
  });

  it('keeps a quoted statement with the speaker and cue that end the sentence after it', () => {
    expect(
      sentences(
        '"We won." Ann Roe said. "We won." Ann Roe said the vote was close. "Yes." Ann Roe did not elaborate.',
      ),
    ).toEqual([
      '"We won." Ann Roe said.',
      '"We won."',
      'Ann Roe said the vote was close.',
      '"Yes."',
      'Ann Roe did not elaborate.',
    ]);
    // ... only a verb of saying proper: agreeing or disagreeing is a sentence of its own
    expect(sentences('Kemp said: "The plan works." Bell disagreed.')).toEqual([
      'Kemp said: "The plan works."',
      'Bell disagreed.',
    ]);
  });

  it('ends a sentence at every line end and never at a decimal point', () => {
    expect(sentences('Prices rose 3.5 percent\nThe end')).toEqual([
      'Prices rose 3.5 percent',
      'The end',
    ]);
  });

  it('stays linear on one endless capitalised sentence without newlines', () => {
    const text = 'Word Another '.repeat(50000);
    expect(sentences(text)).toHaveLength(1);
  });
});

describe('a region abbreviation closing a sentence', () => {
  it('"in Mississauga, Ont. "They ..."": a quote or a pronoun after the region opens a new sentence', () => {
    expect(sentences('Ann Roe is a broker in Elmvale, Ont. "They are waiting," she said.')).toEqual(
      ['Ann Roe is a broker in Elmvale, Ont.', '"They are waiting," she said.'],
    );
    expect(sentences('The fire began in Elmvale, Sask. She said it spread fast.')).toEqual([
      'The fire began in Elmvale, Sask.',
      'She said it spread fast.',
    ]);
    // before a name the region goes on: "Ann Roe of Elmvale, Ont. Tom Bell" is not read as two
    expect(sentences('Ann Roe of Elmvale, Ont., left.')).toEqual([
      'Ann Roe of Elmvale, Ont., left.',
    ]);
  });
});
