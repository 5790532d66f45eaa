import { describe, expect, it } from 'vitest';
import { docFromLines } from '../document.js';
import { findQuoted } from './marks.js';
import { speakerNames } from '../../test/support/read.js';

// Invented sentences.
const inner = (text: string) => {
  const doc = docFromLines(text);
  return findQuoted(doc.text, doc.blocks).map((q) => text.slice(q.inner.start, q.inner.end));
};

describe('findQuoted', () => {
  it('reads straight, typographic and guillemet double marks', () => {
    expect(inner('He said "one" and \u201ctwo\u201d and \u00abthree\u00bb.')).toEqual([
      'one',
      'two',
      'three',
    ]);
  });

  it('does not let a stray mark shift every later pair', () => {
    expect(inner('A "first" pair, a stray " mark, then "second" and "third".')).toEqual([
      'first',
      'second',
      'third',
    ]);
    expect(inner('An unclosed \u201cstray and then \u201creal words\u201d here.')).toEqual([
      'real words',
    ]);
  });

  it('pairs within a paragraph: an unclosed mark at a paragraph end does not reach the next one', () => {
    expect(inner('She said "this never closes.\nThen "a new pair" here.')).toEqual(['a new pair']);
  });

  it('keeps a multi-paragraph quote reopened at each paragraph without closing', () => {
    expect(inner('He said: "We built the hall.\n"We paid for it ourselves."\nThe end.')).toEqual([
      'We built the hall.',
      'We paid for it ourselves.',
    ]);
  });

  it('reads single marks as quotes only around words, leaving apostrophes alone', () => {
    expect(inner("Mayors 'cut the red tape' at summit")).toEqual(['cut the red tape']);
    expect(inner("The Smiths' house played '90s songs; Canada's team said they're ready.")).toEqual(
      [],
    );
    expect(inner('\u2018We are ready,\u2019 the coach said of Ana\u2019s team.')).toEqual([
      'We are ready,',
    ]);
  });

  it('nests single quotes inside a double quote', () => {
    expect(inner('"He told me \'no\' twice," she said.')).toEqual(["He told me 'no' twice,"]);
  });

  it('nests double quotes inside a single quote, as British copy does', () => {
    expect(inner('\'It was a "review" of sorts,\' he said.')).toEqual([
      'It was a "review" of sorts,',
    ]);
    expect(
      inner('\u2018A nurse said, \u201cNo beds.\u201d I was furious,\u2019 Ann Roe said.'),
    ).toEqual(['A nurse said, \u201cNo beds.\u201d I was furious,']);
    // a single quote closing on a word leaves a later double quote its own
    expect(inner('He called it \'a farce\'. "We will appeal," she said.')).toEqual([
      'a farce',
      'We will appeal,',
    ]);
  });

  it("reads a plural's apostrophe inside a single quote as no closing mark", () => {
    expect(inner("'It is the residents' money,' Tom Bell said.")).toEqual([
      "It is the residents' money,",
    ]);
    expect(inner("The residents' money was spent.")).toEqual([]);
  });

  it('reads doubled apostrophes as a double mark', () => {
    expect(inner("''It is tinkering,'' said the economist.")).toEqual(['It is tinkering,']);
  });

  it('three marks closing after a word are the inner single mark, then the doubled one', () => {
    expect(inner("''We named her 'the ark,''' Ms. Kemp added.")).toEqual([
      "We named her 'the ark,'",
    ]);
  });

  it('reads two typographic single marks as a double mark, on either side', () => {
    expect(inner('\u201cWe print for anyone,\u2019\u2019 says Ana Ruiz.')).toEqual([
      'We print for anyone,',
    ]);
    expect(inner('\u2018\u2019Nobody wins,\u201d said Ben Lo.')).toEqual(['Nobody wins,']);
    expect(inner('\u2018\u2018Nobody wins,\u2019\u2019 said Ben Lo.')).toEqual(['Nobody wins,']);
    expect(inner('They played \u201990s hits at Jo\u2019s bar.')).toEqual([]);
  });

  it('reads a right mark at the start of a word as an opening mark', () => {
    expect(inner('Ana Ruiz \u2015 \u201dWe need help now.\u201d')).toEqual(['We need help now.']);
  });

  it('reads a left mark after a word and before a space as closing the open quote', () => {
    expect(inner('\u201cIt is unusual,\u201c said Ada Kemp. \u201cWe agree\u201c')).toEqual([
      'It is unusual,',
      'We agree',
    ]);
    // before a word it still opens: the first mark was a stray one
    expect(inner('An unclosed \u201cstray and then \u201creal words\u201d here.')).toEqual([
      'real words',
    ]);
  });

  it('handles CRLF line ends', () => {
    expect(inner('"First line."\r\n"Second line."\r\n')).toEqual(['First line.', 'Second line.']);
  });

  it('stays linear on thousands of unbalanced marks', () => {
    const text = 'A "b '.repeat(20000) + '"end" c';
    const found = inner(text);
    expect(found.at(-1)).toBe('end');
  });
});

describe('a nickname inside a name', () => {
  const quoted = (text: string) =>
    docFromLines(text).quoted.map((q) => text.slice(q.inner.start, q.inner.end));

  it('is no quoted passage of the document after a known first name, in prose', () => {
    expect(quoted('The minister, Desmond "Dezzy" Charles, said cargo was cleared.')).toEqual([]);
    expect(quoted('Governor Ramon \u201cMito\u201d de Guzal spoke.')).toEqual([]);
  });

  it('is still quoted words after a word that is no known first name', () => {
    expect(quoted('Ada Kemp Calls "Reckless" Rivals Out, Tom Bell said.')).toEqual(['Reckless']);
    expect(quoted('Ada Kemp called the plan "Shameful" Tuesday.')).toEqual(['Shameful']);
  });

  it('lets the cue after the name read its speaker', () => {
    expect(
      speakerNames('The minister, Desmond "Dezzy" Charles, said all cargo was being cleared.'),
    ).toEqual(['Desmond Charles']);
  });
});
