import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';
import { extract } from '../../extract.js';

// Invented sentences.
describe('noun-cue', () => {
  it('reads a possessive with a noun cue as a sourced claim; the clitic is no part of the source', () => {
    expect(read("The mayor's claim that the bridge is safe was false.")[0]).toMatchObject({
      kind: 'evidence',
      rule: 'noun-cue',
      cue: 'claim',
      source: 'The mayor',
    });
  });

  it('after a preposition opening the sentence: the possessor speaks, up to the comma', () => {
    const [claim] = read("Despite Ada Kemp's claims that the pier is safe, the gates stay shut.");
    expect(claim).toMatchObject({
      rule: 'noun-cue',
      source: 'Ada Kemp',
      content: ['that the pier is safe'],
    });
  });

  it('a possessive pronoun is the source; inside words already reported it stays theirs', () => {
    const [claim] = read('Tom Bell repeated his claim that the vote was rigged.');
    expect(claim).toMatchObject({
      rule: 'noun-cue',
      source: 'his',
      content: ['that the vote was rigged'],
    });
    const [noted] = read(
      'Ann Roe noted that the delay stems from his view that the port is unsafe.',
    );
    expect(noted).toMatchObject({
      rule: 'leading',
      content: ['that the delay stems from his view that the port is unsafe'],
    });
  });

  it('quoted words after the noun and a colon are a direct quote of the possessor', () => {
    const text =
      'Ann Roe chairs the port board. Her answer was simple: "We stay open." ' +
      'Tom Bell\'s message was clear: "Close it."';
    const article = extract({ text });
    const name = (id: string | null) => article.entities.find((e) => e.id === id)?.name;
    expect(article.quotes.map((q) => [q.kind, q.rule, name(q.speakerId)])).toEqual([
      ['direct', 'noun-cue', 'Ann Roe'],
      ['direct', 'noun-cue', 'Tom Bell'],
    ]);
    // words without marks after the colon stay the possessor's view, a claim
    expect(read("The mayor's view: the port will close.")[0]).toMatchObject({
      kind: 'belief',
      content: ['the port will close'],
    });
  });

  it('advice and a verdict are what someone said, and whom a message was for may come between', () => {
    const text =
      'Dr. Ivo Marsh runs the clinic. His advice is simple: "Get your jab." ' +
      'Ann Roe chairs the residents\' group. Her message to the company was blunt: "Clean it up." ' +
      'Tom Bell saw the site. His verdict: "It is a mess."';
    const article = extract({ text });
    const name = (id: string | null) => article.entities.find((e) => e.id === id)?.name;
    expect(article.quotes.map((q) => [q.rule, name(q.speakerId)])).toEqual([
      ['noun-cue', 'Ivo Marsh'],
      ['noun-cue', 'Ann Roe'],
      ['noun-cue', 'Tom Bell'],
    ]);
  });
});
