import type { Span } from '@sourcetrace/article-model';
import type { Token } from '../../text/tokens.js';

/** A source phrase as written, trimmed, with its tokens and the words of its head. */
export interface Phrase {
  span: Span;
  text: string;
  tokens: Token[];
  /** Index of the token that ends the head ("Tom Bell" in "Tom Bell, a professor ..."). */
  headEnd: number;
  head: Token[];
}
