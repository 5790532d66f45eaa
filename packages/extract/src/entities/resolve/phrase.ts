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

/** The span without surrounding spaces and punctuation, or null when nothing is left. */
export function trimSpan(text: string, span: Span): Span | null {
  let start = Math.max(0, span.start);
  let end = Math.min(text.length, span.end);
  while (start < end && /[\s"'\u2018\u2019\u201c\u201d,.;:!?()\u2014\u2013-]/.test(text[start]!))
    start++;
  while (
    end > start &&
    /[\s"'\u2018\u2019\u201c\u201d,.;:!?()\u2014\u2013-]/.test(text[end - 1]!)
  ) {
    // "the Rail Workers' Union (RWU)": a bracket closing one opened inside stays
    if (text[end - 1] === ')' && text.lastIndexOf('(', end - 1) >= start) break;
    end--;
  }
  return end > start ? { start, end } : null;
}
