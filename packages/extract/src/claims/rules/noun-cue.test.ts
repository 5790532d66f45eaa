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

  it('"Her reason is simple: "..."": a reason or an explanation given after a colon is a quote', () => {
    const [quote] = read(
      'Rhea Doss sorts cans every morning. Her reason is simple: "People still get hungry."',
    );
    expect(quote).toMatchObject({ rule: 'noun-cue', kind: 'speech', source: 'Her' });
    expect(read('The reason that the plant closed is unclear.')).toEqual([]);
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

  it('plural nouns of saying too: "warnings", "assurances"', () => {
    const [claim] = read("Tom Bell's repeated warnings that the dam would fail went unheeded.");
    expect(claim).toMatchObject({ rule: 'noun-cue', cue: 'warnings', source: 'Tom Bell' });
  });

  it('when it was said may stand around the noun: "recent", "on Thursday"', () => {
    const [claim] = read(
      "The minister's recent statement on Thursday that fares would stay low calmed riders.",
    );
    expect(claim).toMatchObject({ rule: 'noun-cue', cue: 'statement', source: 'The minister' });
    expect(claim!.content[0]).toMatch(/^that fares would stay low/);
  });

  it('a verb putting the noun forward makes its subject the speaker', () => {
    expect(
      read('The harbourmaster has made the case that the dredging can wait.')[0],
    ).toMatchObject({
      kind: 'speech',
      rule: 'noun-cue',
      cue: 'made the case',
      source: 'The harbourmaster',
      content: ['that the dredging can wait'],
    });
    expect(read('Ada Kemp repeated the claim that the ballot was rigged.')[0]).toMatchObject({
      cue: 'repeated the claim',
      source: 'Ada Kemp',
    });
    // rejecting a claim answers someone else's; a fronted participle belongs to the main verb
    const rejected = read('The council rejected the claim that the pier was unsafe.');
    expect(rejected.map((a) => a.rule)).not.toContain('noun-cue');
    const fronted = read(
      'Making the point that fares were high, Ann Roe said the line must close.',
    );
    expect(fronted.map((a) => [a.rule, a.source])).not.toContainEqual([
      'noun-cue',
      expect.anything(),
    ]);
    expect(fronted.map((a) => [a.cue, a.source])).toContainEqual(['said', 'Ann Roe']);
  });

  it('a possessor inside a phrase names only its own words, nested in what is open', () => {
    const all = read("Ann Roe likened the levy to Tom Bell's proposal that the port close early.");
    expect(all.find((a) => a.rule === 'noun-cue')).toMatchObject({
      source: 'Tom Bell',
      content: ['that the port close early'],
    });
    expect(all.find((a) => a.source === 'Ann Roe')!.content.join(' ')).toContain('proposal');
  });
  it("a noun cue heading the subject: its clause ends where the sentence's own verb starts", () => {
    const content = (text: string) => read(text).find((a) => a.rule === 'noun-cue')?.content;
    expect(
      content("The minister's claim that prices would fall calmed traders on Monday."),
    ).toEqual(['that prices would fall']);
    expect(content("The mayor's claim that the bridge is safe was false.")).toEqual([
      'that the bridge is safe',
    ]);
    expect(content("Ann Roe's warning that the dam would fail has been ignored.")).toEqual([
      'that the dam would fail',
    ]);
    expect(content("Tom Bell's claim that fares would hit retired riders was wrong.")).toEqual([
      'that fares would hit retired riders',
    ]);
    // a participle in the clause's subject is no verb of the sentence
    expect(
      content("Ann Roe's claim that goods shipped abroad would be taxed worried firms."),
    ).toEqual(['that goods shipped abroad would be taxed']);
    // past forms after a verb and its object may describe it, or be the verb: the clause is not cut
    for (const text of [
      "Ann Roe's claim that fares would hit retired riders angered unions.",
      "Ann Roe's claim that fares would rise sharply hurt retired riders.",
      "Ann Roe's claim that fares would rise as costs grew worried riders.",
    ])
      expect(text.endsWith(`${content(text)![0]}.`)).toBe(true);
    // after a verb of saying, the noun cue is no subject: nothing to end
    expect(
      content('Tom Bell repeated his claim that the vote was rigged and was ignored.'),
    ).toEqual(['that the vote was rigged and was ignored']);
  });
});

describe('noun-cue inside a report', () => {
  it('a possessor opening the reported clause leaves the report whole, its own claim nested', () => {
    for (const text of [
      'Ana Ruiz said Thursday that the mayor\'s claim that prices would fall is "simply wrong."',
      'Ana Ruiz said the mayor\'s claim that prices would fall is "simply wrong."',
    ]) {
      const [report, claim] = read(text);
      expect(report).toMatchObject({ rule: 'leading', cue: 'said', source: 'Ana Ruiz' });
      expect(report!.content[0]).toMatch(/claim that prices would fall is "simply wrong."$/);
      expect(claim).toMatchObject({
        rule: 'noun-cue',
        source: 'the mayor',
        content: ['that prices would fall'],
      });
    }
  });

  it('the report stays when the nested clause has no clear end', () => {
    const [report, claim] = read(
      "Ana Ruiz said that Tom Bell's claim that she backs the levy is false.",
    );
    expect(report).toMatchObject({
      source: 'Ana Ruiz',
      content: ["that Tom Bell's claim that she backs the levy is false"],
    });
    expect(claim).toMatchObject({ source: 'Tom Bell', cue: 'claim' });
  });

  it('a noun of saying names its source after "from": "a warning from Tom Bell that ..."', () => {
    expect(read('The plan drew a warning from Tom Bell that it would "ruin the harbour."')).toEqual(
      [
        expect.objectContaining({
          kind: 'speech',
          quoteKind: 'mixed',
          rule: 'noun-cue',
          cue: 'warning',
          source: 'Tom Bell',
          content: ['that it would "ruin the harbour."'],
        }),
      ],
    );
    const [rebuke] = read('It drew criticism from the union leader, Tom Bell, that it was unfair.');
    expect(rebuke).toMatchObject({ source: 'the union leader, Tom Bell', cue: 'criticism' });
    // heading the subject, the clause ends before the sentence's own verb
    expect(read('A warning from Tom Bell that prices would rise calmed no one.')[0]).toMatchObject({
      content: ['that prices would rise'],
    });
  });

  it('no source after "from" where "that" opens a relative clause or the phrase has a clause', () => {
    for (const text of [
      'It drew a charge from the board that included a ban.',
      'It drew complaints from residents who fear that rents will rise.',
      'It drew promises from Tom Bell to back the plan that the council wrote.',
    ])
      expect(
        read(text).filter((a) => a.rule === 'noun-cue'),
        text,
      ).toEqual([]);
  });
});
