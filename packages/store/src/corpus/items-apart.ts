import { PIECE_SEPARATOR, type Span } from '@sourcetrace/article-model';
import type { ItemText } from './packing.js';

/**
 * An article kept without its quotes and claims, which their own rows hold whole (JSON and the
 * words they print), and without the characters of its text those words already give: in news,
 * quotes and claims print about nine characters in ten of the text, so the body keeps the rest.
 * Putting the article back needs its quote and claim rows, in idx order.
 */

/** A quote or claim row: its JSON and the words it prints, as packing.ts unpacks them. */
export type StoredItem = { json: string } & ItemText;

/** Where a printed piece of the article text starts, and its characters. */
interface Piece {
  start: number;
  text: string;
}

/** An item's JSON parsed: the spans of what it prints. */
interface ItemSpans {
  content: Span[];
  cue: Span | null;
  source: Span | null;
}

/** The pieces of the article text an item prints: its content pieces, cue and source. */
function printedPieces(spans: ItemSpans, item: StoredItem): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  // The content's pieces are printed in order, joined by PIECE_SEPARATOR (piecesText).
  for (const span of spans.content) {
    const length = span.end - span.start;
    pieces.push({ start: span.start, text: item.text.slice(at, at + length) });
    at += length + PIECE_SEPARATOR.length;
  }
  if (spans.cue && item.cueText !== null)
    pieces.push({ start: spans.cue.start, text: item.cueText });
  if (spans.source && item.sourceText !== null)
    pieces.push({ start: spans.source.start, text: item.sourceText });
  return pieces;
}

function piecesInOrder(items: StoredItem[], parsed: ItemSpans[]): Piece[] {
  return items
    .flatMap((item, i) => printedPieces(parsed[i]!, item))
    .sort((a, b) => a.start - b.start);
}

const parse = (item: StoredItem) => JSON.parse(item.json) as ItemSpans;

/** The text with every printed piece taken out. */
function textBesides(text: string, pieces: Piece[]): string {
  let rest = '';
  let at = 0;
  for (const piece of pieces) {
    if (piece.start > at) rest += text.slice(at, piece.start);
    at = Math.max(at, piece.start + piece.text.length);
  }
  return rest + text.slice(at);
}

/** textBesides undone: the pieces put back between the characters kept. */
function textWith(rest: string, pieces: Piece[]): string {
  let text = '';
  let taken = 0;
  for (const piece of pieces) {
    if (piece.start > text.length) {
      const gap = piece.start - text.length;
      text += rest.slice(taken, taken + gap);
      taken += gap;
    }
    const end = piece.start + piece.text.length;
    if (end > text.length) text += piece.text.slice(text.length - piece.start);
  }
  return text + rest.slice(taken);
}

interface ArticleParts {
  text: string;
  quotes: unknown[];
  claims: unknown[];
}

/** An article object as JSON.stringify writes it: its text, and the spans of its quotes and claims. */
interface ArticleSpans {
  text: string;
  quotes: ItemSpans[];
  claims: ItemSpans[];
}

/**
 * The article's JSON without its quotes, claims and printed text, given its items as stored
 * (the rows of `article.quotes`, then of `article.claims`, whose JSON is theirs as
 * JSON.stringify writes it); null when putting it back would not give the same article.
 * Putting it back changes only the text (the items come back from their own JSON), so the text
 * is what is checked: no parsing or writing of the whole article twice.
 */
export function articleBesidesItems(article: ArticleSpans, items: StoredItem[]): string | null {
  const spans = [...article.quotes, ...article.claims];
  if (spans.length !== items.length) return null;
  const pieces = piecesInOrder(items, spans);
  const rest = textBesides(article.text, pieces);
  if (textWith(rest, pieces) !== article.text) return null;
  return JSON.stringify({ ...article, text: rest, quotes: [], claims: [] });
}

/** articleBesidesItems undone, from the article's quote rows and claim rows in idx order. */
export function articleWithItems<A extends object = ArticleParts>(
  rest: string,
  quotes: StoredItem[],
  claims: StoredItem[],
): A {
  const article = JSON.parse(rest) as ArticleParts;
  const items = [...quotes, ...claims];
  const parsed = items.map(parse);
  article.text = textWith(article.text, piecesInOrder(items, parsed));
  article.quotes = parsed.slice(0, quotes.length);
  article.claims = parsed.slice(quotes.length);
  return article as unknown as A;
}
