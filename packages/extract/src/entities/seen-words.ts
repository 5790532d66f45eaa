/**
 * Words a text writes one way (in lower case, or capitalised mid-sentence), filled from every
 * token but asked about only a few dozen times per article. A set would hash and insert each
 * token up front; here a token is only filed by length, and a question scans the words of its
 * length once (the answer is kept). A length asked about many times (a text of many distinct
 * names) gets a set of its own, so the questions never cost more than hashing every word once.
 * A word asked about keeps its answer: the words are all added before the first question.
 */
export class SeenWords {
  private readonly byLength: string[][] = [];
  private readonly scans: number[] = [];
  private readonly sets: Array<Set<string> | undefined> = [];
  private readonly answers = new Map<string, boolean>();

  add(word: string): void {
    (this.byLength[word.length] ??= []).push(word);
    this.sets[word.length]?.add(word);
  }

  /** (A word missing from an empty name is not seen, as a set would answer.) */
  has(word: string | undefined): boolean {
    if (word === undefined) return false;
    let seen = this.answers.get(word);
    if (seen === undefined) {
      seen = this.lookUp(word);
      this.answers.set(word, seen);
    }
    return seen;
  }

  private lookUp(word: string): boolean {
    const length = word.length;
    const words = this.byLength[length];
    if (!words) return false;
    let set = this.sets[length];
    if (!set && (this.scans[length] = (this.scans[length] ?? 0) + 1) > SCANS_BEFORE_SET)
      set = this.sets[length] = new Set(words);
    return set ? set.has(word) : words.includes(word);
  }
}

/** Scans of one length's words before they are hashed into a set instead. */
const SCANS_BEFORE_SET = 8;
