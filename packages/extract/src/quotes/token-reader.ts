import type { Token } from '../text/tokens.js';

/** The token reading a leftward phrase needs; `Phrases` provides it (declared apart so that no reader of phrases imports Phrases). */
export interface TokenReader {
  readonly tokens: Token[];
  lower(i: number): string;
  outside(i: number): boolean;
  isWord(i: number): boolean;
  isPunct(i: number, mark: string): boolean;
  cap(i: number): boolean;
  abbreviation(i: number): boolean;
  amount(i: number): boolean;
  /** A slash written between two capitalised words, no space around it ("CNN/ORC"). */
  slashJoins(i: number): boolean;
  /** A capitalised auxiliary or month inside a name ("Rita May", "Will Hardy"). */
  auxiliaryInName(i: number, lo: number): boolean;
}
