import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

// Every text is invented. Each case reads who said a quote through the public extract().
function whoSaid(text: string): Array<{ words: string; speaker: string | null; rule?: string }> {
  const article = extract({ text, title: 'Invented' });
  const names = new Map(article.entities.map((e) => [e.id, e.name]));
  return article.quotes.map((q) => ({
    words: article.text.slice(q.content[0]!.start, q.content.at(-1)!.end),
    speaker: q.speakerId ? (names.get(q.speakerId) ?? null) : null,
    rule: q.rule,
  }));
}

describe('who said it', () => {
  it('a lone quote a paragraph or two after a named speaker is still theirs', () => {
    const quotes = whoSaid(
      [
        '"We print anything, for anyone," said Mara Quist, who runs the shop on Dock Street.',
        'She opened it in 2019 with a loan from her brother.',
        '"If you want the big publishers, you can go somewhere else."',
      ].join('\n\n'),
    );
    expect(quotes.at(-1)).toMatchObject({
      words: 'If you want the big publishers, you can go somewhere else.',
      speaker: 'Mara Quist',
    });
  });

  it('a lone quote far from any speaker, or after a heading, stays unattributed', () => {
    const quotes = whoSaid(
      [
        '"We print anything, for anyone," said Mara Quist.',
        'The harbour is busy in summer.',
        'Ferries leave every hour.',
        'There is little room to park near the pier.',
        '"This is the best summer we have had in a very long time."',
      ].join('\n\n'),
    );
    expect(quotes.at(-1)?.speaker).toBeNull();
  });

  it('a sentence opening with a prepositional phrase has its subject after it', () => {
    const [quote] = whoSaid(
      'In early November the Harbour Board announced that its chair would step down.',
    );
    expect(quote).toMatchObject({
      speaker: 'Harbour Board',
      words: 'that its chair would step down',
    });
    const [named] = whoSaid(
      'In a radio interview Tom Arvel declared "the ferry will run all winter, whatever it costs."',
    );
    expect(named?.speaker).toBe('Tom Arvel');
  });

  it('a fronted phrase about a statement is not the speaker', () => {
    const [quote] = whoSaid(
      'In its two-page statement claiming responsibility, the Harbour Front said: "We acted alone and we will act again."',
    );
    expect(quote).toMatchObject({
      speaker: 'Harbour Front',
      words: 'We acted alone and we will act again.',
    });
  });
});
