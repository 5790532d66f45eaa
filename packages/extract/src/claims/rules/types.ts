import type { Doc } from '../../document.js';
import type { ExtractOptions } from '../../options.js';
import type { SentenceRule } from '../../quotes/rules/types.js';

/** One body sentence, with what the attributions already cover. */
export interface SentenceSite {
  doc: Doc;
  /** Token range [first, last) of the sentence. */
  first: number;
  last: number;
  /** One flag per character: inside some attribution's content, cue or source. */
  covered: Uint8Array;
  /** Some token of the sentence lies inside a quote. */
  quoted(): boolean;
  options: ExtractOptions;
}

export type ClaimSentenceRule = SentenceRule<SentenceSite>;
