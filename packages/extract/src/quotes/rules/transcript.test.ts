import { describe, expect, it } from 'vitest';
import { read } from '../../../test/support/read.js';
import { extract } from '../../extract.js';

// Invented sentences.
describe('transcript', () => {
  it('a short turn of an interview is said ("Wren: Slowly.", "Wren: And the strike?"), a subhead is not', () => {
    const interview = [
      'Tobias Wren spoke to Rania Kell.',
      'Wren: And the bin strike?',
      'Kell: Slowly. We will meet the unions on Monday.',
      'Wren: Open the books.',
    ].join('\n');
    expect(read(interview).map((a) => [a.rule, a.source, a.content[0]])).toEqual([
      ['transcript', 'Wren', 'And the bin strike'],
      ['transcript', 'Kell', 'Slowly'],
      ['continuation', 'Kell', 'We will meet the unions on Monday'],
      ['transcript', 'Wren', 'Open the books'],
    ]);
    const subheads = [
      'Here is what each candidate needs on Tuesday.',
      'Ivo Marsh: Take the county.',
      'Marsh has led every poll in the state this year, usually by double digits.',
      'Ann Roe: Hold the north.',
      'Roe needs a strong second place to stay in the race.',
    ].join('\n');
    expect(read(subheads).filter((a) => a.rule === 'transcript')).toEqual([]);
  });

  it('"I knew", "I think", "you see" inside a turn are the speaker\'s words, not claims of their own', () => {
    const interview = [
      'Sunniva Holt spoke to the Ledger.',
      'Q: What surprised you?',
      'A: The queues. I knew the numbers, but seeing them is different. I think we need a second channel.',
    ].join('\n');
    const turn = read(interview).filter((a) => a.source === 'A');
    expect(turn.map((a) => [a.rule, a.content[0]])).toEqual([
      ['transcript', 'The queues'],
      ['continuation', 'I knew the numbers, but seeing them is different'],
      ['continuation', 'I think we need a second channel'],
    ]);
    // outside a turn, "I think" stays a belief of its own
    expect(read('I think we need a second channel.')[0]).toMatchObject({ kind: 'belief' });
  });

  it('the beliefs and stances a turn voices are its words too; what others said stands apart', () => {
    const interview = [
      'Sunniva Holt spoke to the Ledger.',
      'Q: What surprised you?',
      'A: How much people wanted to talk. I expected anger, but most riders wanted to be heard.',
      'A: They want safe ferries. The mayor said the pier would close.',
    ].join('\n');
    const found = read(interview);
    expect(found.filter((a) => a.source === 'A').map((a) => [a.rule, a.content[0]])).toEqual([
      ['transcript', 'How much people wanted to talk'],
      ['continuation', 'I expected anger, but most riders wanted to be heard'],
      ['transcript', 'They want safe ferries'],
    ]);
    expect(found.at(-1)).toMatchObject({ source: 'The mayor', content: ['the pier would close'] });
  });

  it('trap 16: a transcript line names its speaker', () => {
    expect(read('SMITH: We will win the vote in March.')[0]).toMatchObject({
      rule: 'transcript',
      source: 'SMITH',
      content: ['We will win the vote in March'],
    });
  });

  it('a label in Title Case names its speaker when it is a name found in the text', () => {
    const text = [
      'The host, Ada Kemp, spoke with the economist Tom Lund about the harbour fees.',
      'Kemp: So the fees will rise again next year?',
      'Lund: Well, nobody on the board thinks they can hold.',
      // a tally, a heading run into the paragraph under it and a heading in Title Case are no turns
      'Tom Lund: 1,204 votes in all four wards',
      'Ada Kemp: Harbour fees Some ideas do come to pass in the end.',
      'Ada Kemp: A Life Spent on the Harbour Board',
    ].join('\n\n');
    expect(
      read(text)
        .filter((a) => a.rule === 'transcript')
        .map((a) => [a.source, a.content]),
    ).toEqual([
      ['Kemp', ['So the fees will rise again next year']],
      ['Lund', ['Well, nobody on the board thinks they can hold']],
    ]);
  });

  it('the turn goes on to the end of the paragraph, and no further', () => {
    const text = [
      'SMITH: We will win the vote. The count is on our side. Nobody doubts it.',
      'The vote is in March.',
    ].join('\n\n');
    expect(read(text).map((a) => [a.rule, a.source, a.content])).toEqual([
      ['transcript', 'SMITH', ['We will win the vote']],
      ['continuation', 'SMITH', ['The count is on our side']],
      ['continuation', 'SMITH', ['Nobody doubts it']],
    ]);
  });

  it('a section label of a roundup names no speaker', () => {
    const text = [
      'Markets were calm on Monday.',
      'BONDS: Bond prices fell.',
      'ENERGY: Crude oil slipped 0.4 per cent to $61.20 per barrel.',
      'EUROPE: The DAX rose 0.2 per cent.',
      'KEEPING SCORE: The index gained 18 points.',
      'KEEPING SCORE: The index gave back 4 points.',
    ].join('\n\n');
    expect(read(text).filter((a) => a.rule === 'transcript')).toEqual([]);
  });

  it('speakers in a transcript of several lines', () => {
    const text = [
      'SMITH: We will not give up.',
      'ROE: Nor will we.',
      'MS VEY: Then we agree.',
    ].join('\n\n');
    expect(read(text).map((a) => a.source)).toEqual(['SMITH', 'ROE', 'MS VEY']);
  });

  it("an interview's answers are the interviewee's, its questions an unnamed interviewer's", () => {
    const text = [
      'Ada Kemp has guided ships into the harbour for thirty years. Kemp spoke about the cranes.',
      'Q: When did you start on the harbour?',
      'A: I started in 1994, when the port was half its size.',
      // a plan or a grade is no label
      'Plan A: build the second pier before the winter storms.',
    ].join('\n\n');
    const article = extract({ text });
    const turns = article.quotes
      .filter((quote) => quote.rule === 'transcript')
      .map((quote) => [
        article.text.slice(quote.source!.start, quote.source!.end),
        article.entities.find((entity) => entity.id === quote.speakerId)?.name ?? null,
      ]);
    expect(turns).toEqual([
      ['Q', null],
      ['A', 'Ada Kemp'],
    ]);
    expect(article.entities.map((entity) => entity.name)).not.toContain('A');
  });
});
