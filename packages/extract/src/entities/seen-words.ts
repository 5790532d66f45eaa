/**
 * Words a text writes one way (in lower case, or capitalised mid-sentence), filled from every
 * token but asked about only a few dozen times per article. A set would hash and insert each
 * token up front; here a token is only filed by length, and a question scans the words of its
 * length once (the answer is kept).
 */
export class SeenWords {
  private readonly byLength: string[][] = [];
  private readonly answers = new Map<string, boolean>();

  add(word: string): void {
    (this.byLength[word.length] ??= []).push(word);
  }

  /** (A word missing from an empty name is not seen, as a set would answer.) */
  has(word: string | undefined): boolean {
    if (word === undefined) return false;
    let seen = this.answers.get(word);
    if (seen === undefined) {
      seen = this.byLength[word.length]?.includes(word) ?? false;
      this.answers.set(word, seen);
    }
    return seen;
  }
}
