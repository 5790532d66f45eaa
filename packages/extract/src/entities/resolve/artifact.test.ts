import { describe, expect, it } from 'vitest';
import { extract } from '../../extract.js';
import { sourceName, table } from '../../../test/entity-tables.js';
import { speakerNames } from '../../../test/support/read.js';

// Invented texts: an artifact that "says" something speaks for whoever made it.

describe('the maker of a report, a study, a document', () => {
  it('"a Harbour Transit study", "a Facebook post": a writing in lower case after a name is no name of the body', () => {
    const text = 'Harbour Transit raised fares. A Harbour Transit study said the ferry would stop.';
    const transit = extract(text).entities.find((e) => e.name === 'Harbour Transit');
    expect(transit?.aliases).toEqual([]);
    expect(speakerNames(text)).toEqual(['Harbour Transit']);
    // a platform makes no post: the post is not the platform speaking
    expect(speakerNames('A Facebook post said the store would close.')).not.toContain('Facebook');
  });

  it('"A Reuters report said": after "a" and a name, the base form is the noun, not the cue', () => {
    const [said] = extract('A Reuters report said the store would close.').quotes;
    const text = 'A Reuters report said the store would close.';
    expect(said && text.slice(said.source!.start, said.source!.end)).toBe('A Reuters report');
    expect(said && text.slice(said.cue!.start, said.cue!.end)).toBe('said');
  });

  it('"Her statement", "its report": an artifact owned through a possessive pronoun is its owner\'s', () => {
    expect(speakerNames('Ana Ruiz spoke first. Her statement said the plan was "late."')).toEqual([
      'Ana Ruiz',
    ]);
    expect(
      speakerNames('Harbour Transit raised fares. Its statement said the rise was "unavoidable."'),
    ).toEqual(['Harbour Transit']);
    // an owned role is still someone else: "her lawyer" is not Ana Ruiz
    expect(speakerNames('Ana Ruiz spoke first. "We will appeal," her lawyer said.')).not.toContain(
      'Ana Ruiz',
    );
  });

  it('"the agency\'s statement": the body described in the possessive made the artifact', () => {
    expect(
      speakerNames(
        'Harbour Transit raised fares on Monday. The agency\'s statement said the rise was "unavoidable."',
      ),
    ).toEqual(['Harbour Transit']);
    // a possessive that describes no body leaves the artifact as it was
    expect(
      speakerNames(
        'Harbour Transit raised fares on Monday. The week\'s statement said the rise was "unavoidable."',
      ),
    ).not.toContain('week');
  });

  it("a post on a body's website is the body's; a platform makes none of what is posted on it", () => {
    expect(
      speakerNames(
        'Northland Freight cut 40 jobs. "It was painful," a post on Northland Freight\'s website said.',
      ),
    ).toEqual(['Northland Freight']);
    expect(
      speakerNames(
        'Northland Freight cut 40 jobs. "It was painful," a post on the Northland Freight website said.',
      ),
    ).toEqual(['Northland Freight']);
    // the post shared on a platform, named again, is not the platform's
    const shared =
      'Ana Ruiz was let go over a Facebook post she had shared. The post said the vote was "rigged."';
    expect(speakerNames(shared)).not.toContain('Facebook');
  });

  it('"A report by the freight company": the body described after "by" is the maker', () => {
    const text =
      'Three workers with Northland Freight were hurt. A report by the freight company said trucks are slow. The report said drivers must slow down.';
    const t = table(text, ['A report by the freight company', 'The report']);
    expect(sourceName(t, text, 'A report by the freight company')).toBe('Northland Freight');
    expect(sourceName(t, text, 'The report')).toBe('Northland Freight');
    // ... and so do "a study from the agency", "a memo from the department"
    const study =
      'Tom Bell leads the Norland Health Agency. A study from the agency found rates were up. The study said clinics were full.';
    const s = table(study, ['A study from the agency', 'The study']);
    expect(sourceName(s, study, 'A study from the agency')).toBe('Norland Health Agency');
    expect(sourceName(s, study, 'The study')).toBe('Norland Health Agency');
    const memo =
      'The Department of Roads closed the bridge. A memo from the department said it was unsafe.';
    const m = table(memo, ['A memo from the department']);
    expect(sourceName(m, memo, 'A memo from the department')).toBe('Department of Roads');
  });

  it('"figures released Tuesday by the port authority": a time may stand between the participle and "by"', () => {
    const text =
      'Traffic fell by a fifth, according to figures released Tuesday by the port authority.';
    const t = table(text, ['figures released Tuesday by the port authority']);
    expect(sourceName(t, text, 'figures released Tuesday by the port authority')).toBe(
      'port authority',
    );
  });

  it('a described maker read only as a claim still names the maker of "the report" after it', () => {
    const text =
      'Three workers with Northland Freight were hurt. A report from the freight company describes the cold. The winter report said brakes freeze.';
    const t = table(text, ['The winter report']);
    expect(sourceName(t, text, 'The winter report')).toBe('Northland Freight');
  });

  it('"the report said" far from its introduction is the maker already found for "the report"', () => {
    const text = [
      'Four drivers with Northland Freight were hurt on Monday.',
      'A report by the freight company describes the cold.',
      'The report said brakes freeze.',
      'Police closed the highway. The drivers were taken to hospital.',
      'A union official said the trucks were overloaded. The company denied it.',
      'Tom Bell, a mechanic, said he had warned managers. He said nobody listened.',
      'Trucks must slow down, the report said.',
    ].join('\n\n');
    expect(speakerNames(text)).toEqual([
      'Northland Freight',
      'union official',
      'Tom Bell',
      'Tom Bell',
      'Northland Freight',
    ]);
  });

  it('an artifact phrase is never a body of its own ("report by the freight company")', () => {
    const text = 'A report by the freight company said trucks are slow.';
    const a = extract({ text });
    expect(a.entities.some((e) => /report/i.test(e.name) && e.kind === 'organization')).toBe(false);
    const unnamed = extract({ text: 'The report said trucks are slow.' });
    expect(unnamed.entities.filter((e) => e.kind === 'organization')).toEqual([]);
  });

  it('"a document titled ... on Northland Freight\'s website": the site\'s owner made it', () => {
    const text = [
      'Three workers with Northland Freight were hurt.',
      'A report by the freight company describes how hard it is to run trucks in deep cold.',
      '"Ice is a constant problem for our drivers," says a document titled Winter Hauling on Northland Freight\'s website.',
      '"Brakes freeze."',
      'The report said drivers must slow down below -20 C.',
    ].join('\n');
    expect(speakerNames(text)).toEqual([
      'Northland Freight',
      'Northland Freight',
      'Northland Freight',
    ]);
    expect(extract({ text }).entities.map((e) => e.name)).not.toContain(
      'report by the freight company',
    );
  });

  it('"a statement posted on the union\'s website", "a post on the ministry\'s site"', () => {
    const union =
      'The Harbour Workers Union called a strike. "We will not move," says a statement posted on the union\'s website.';
    expect(speakerNames(union)).toEqual(['Harbour Workers Union']);
    const site =
      'Ann Roe tried to sell the boat. A statement posted on the website Shopnet.com said listings are checked.';
    expect(speakerNames(site)).toEqual(['Shopnet.com']);
    const named =
      'Rail fares rose. A report published on the Harbour Rail website said trains are full.';
    expect(speakerNames(named)).toEqual(['Harbour Rail']);
  });

  it('"the statement read" after "His family said in a statement" is the family\'s', () => {
    const text =
      'His family said in a statement that he died Monday. "He would want you to dance," the statement read.';
    expect(speakerNames(text)).toEqual(['His family', 'His family']);
  });

  it("a statement put on a website anew is not the last speaker's", () => {
    const text =
      'Ann Roe said she would sell the boat. A statement posted on the website said listings are checked.';
    expect(speakerNames(text)[1]).not.toBe('Ann Roe');
  });

  it('"The white paper" after "A report by Northland Freight": the one finding introduced', () => {
    const text =
      'A report by Northland Freight describes the cold. The white paper said drivers must slow down. The study also said brakes freeze.';
    expect(speakerNames(text)).toEqual(['Northland Freight', 'Northland Freight']);
    // two findings by two makers: neither is taken
    const two =
      'A report by the Eastvale Transit Authority found buses were late. A study by Northland Freight found trucks were late. The paper said cold slows everything.';
    const t = table(two, ['The paper']);
    expect(sourceName(t, two, 'The paper')).toBe('paper');
    // a statement is its maker's own words, not the finding's
    const statement =
      'A report by Northland Freight describes the cold. The statement said drivers must slow down.';
    expect(speakerNames(statement)).not.toContain('Northland Freight');
  });

  it('"a poll released Tuesday by", "a study by Eastvale Law School professor Ann Roe"', () => {
    const poll =
      'A regional poll released Tuesday by The Harbour Gazette and Tom Bell puts the mayor ahead.';
    const p = table(poll, ['A regional poll released Tuesday by The Harbour Gazette and Tom Bell']);
    expect(
      sourceName(p, poll, 'A regional poll released Tuesday by The Harbour Gazette and Tom Bell'),
    ).toBe('Harbour Gazette');
    const study = 'A 2014 study by Eastvale Law School professor Ann Roe found 31 cases.';
    const s = table(study, ['A 2014 study by Eastvale Law School professor Ann Roe']);
    expect(sourceName(s, study, 'A 2014 study by Eastvale Law School professor Ann Roe')).toBe(
      'Ann Roe',
    );
    const economists = 'A 2013 study by economists Ann Roe and Tom Bell found the gap.';
    const e = table(economists, ['A 2013 study by economists Ann Roe and Tom Bell']);
    expect(sourceName(e, economists, 'A 2013 study by economists Ann Roe and Tom Bell')).toBe(
      'Ann Roe',
    );
  });

  it('"the survey" with no maker is the survey described before; a modified one only so', () => {
    const text =
      'On Monday, an industry survey indicated shipyards had slowed. Prices fell. The survey found orders were down.';
    const t = table(text, ['an industry survey', 'The survey']);
    expect(sourceName(t, text, 'The survey')).toBe('industry survey');
    const lawsuit =
      'A lawsuit was filed in May. A trial is set for the Eastvale lawsuit, which challenges the rules.';
    const l = table(lawsuit, ['A lawsuit', 'the Eastvale lawsuit']);
    expect(sourceName(l, lawsuit, 'the Eastvale lawsuit')).not.toBe('lawsuit');
    // "the book" is not the person described as its author
    const book =
      'The author of the book, Ann Roe, said it was true. Tom Bell disagreed. The book said the guards were slow.';
    const b = table(book, ['The author of the book, Ann Roe', 'The book']);
    expect(sourceName(b, book, 'The book')).not.toBe('Ann Roe');
  });

  it('"a memo obtained by the Courier" names who has it, not who made it', () => {
    const text =
      'Ann Roe said the line was on time. A memo obtained by the Courier tells a different story. The memo said trains were late.';
    expect(speakerNames(text)).toEqual(['Ann Roe', 'memo']);
  });

  it("a memo, a letter or an email is the last speaker's only once one was spoken of", () => {
    expect(
      speakerNames('Ann Roe said the line was on time. The memo said trains were late.'),
    ).toEqual(['Ann Roe', 'memo']);
    expect(
      speakerNames(
        '"We ran on time," said Ann Roe. According to an internal email, auditors said "the trains were late."',
      ),
    ).toEqual(['Ann Roe', 'internal email']);
    expect(
      speakerNames(
        'Ann Roe said she had sent a letter to staff. The letter said the trains were late.',
      ),
    ).toEqual(['Ann Roe', 'Ann Roe']);
    // a statement is the last speaker's as before
    expect(
      speakerNames('Ann Roe said the line was on time. The statement said trains were late.'),
    ).toEqual(['Ann Roe', 'Ann Roe']);
  });
});
