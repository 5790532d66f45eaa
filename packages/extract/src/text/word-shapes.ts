/**
 * The shapes (first letter, last letter, length) of a list of words: a word whose shape is none
 * of them is not in the list, which one typed-array read says where a hash lookup costs ten
 * times more. For the lists looked up at every word of a text, which most words are not in.
 */
export class WordShapes {
  private readonly seen = new Uint8Array(1 << 17);

  constructor(words: Iterable<string>) {
    for (const word of words) this.seen[shapeOf(word, word.length)] = 1;
  }

  /** False when the word is surely not in the list; true when it may be. */
  mayHold(word: string): boolean {
    return this.seen[shapeOf(word, word.length)] === 1;
  }

  /** As mayHold for the word's first `length` characters, with no copy of them made. */
  mayHoldPrefix(word: string, length: number): boolean {
    return this.seen[shapeOf(word, length)] === 1;
  }
}

/**
 * Membership in a word list looked up at every word of a text: the word's shape first, then
 * the list itself.
 */
export function wordTest(words: ReadonlySet<string>): (word: string) => boolean {
  const shapes = new WordShapes(words);
  return (word) => shapes.mayHold(word) && words.has(word);
}

function shapeOf(word: string, n: number): number {
  if (n <= 0) return 0;
  const first = word.charCodeAt(0) & 63;
  const last = word.charCodeAt(n - 1) & 63;
  return (first << 11) | (last << 5) | (n > 31 ? 31 : n);
}
