import type { Block, BlockKind, Span } from '@sourcetrace/article-model';
import { isBoilerplate, isByline, isCaption } from './line-kinds.js';

/**
 * Finds the structure of plain text as people paste it from a news page: one line (or a run
 * of hard-wrapped lines) per block, the headline on the first line, short headings between
 * paragraphs, bylines, captions and page furniture. The text itself is never touched; blocks
 * are trimmed spans over it.
 */
export function findTextBlocks(text: string, givenTitle?: string): Block[] {
  const lines = joinWrappedLines(splitLines(text), text);
  const kinds = lines.map((line, index) =>
    classifyLine(text.slice(line.start, line.end), index, lines, text, givenTitle),
  );
  return lines.map((line, index) => ({
    kind: kinds[index] ?? 'paragraph',
    span: { start: line.start, end: line.end },
  }));
}

/** The title block's text, when the first block is a title. */
export function titleFromBlocks(text: string, blocks: readonly Block[]): string | null {
  const first = blocks[0];
  return first?.kind === 'title' ? text.slice(first.span.start, first.span.end) : null;
}

interface Line extends Span {
  /** A blank line (or the start of the text) comes before this line. */
  afterBlank: boolean;
}

/** Non-blank lines, trimmed, for any of \n, \r\n and \r. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const line = /[^\r\n]+/g;
  let previousEnd = 0;
  for (let match = line.exec(text); match; match = line.exec(text)) {
    const raw = match[0];
    const leading = raw.length - raw.trimStart().length;
    const start = match.index + leading;
    const end = match.index + raw.trimEnd().length;
    if (end <= start) continue;
    const afterBlank = lines.length === 0 || countNewlines(text, previousEnd, match.index) >= 2;
    lines.push({ start, end, afterBlank });
    previousEnd = match.index + raw.length;
  }
  return lines;
}

/** The line breaks between two offsets, read by character (every line has a gap before it). */
function countNewlines(text: string, from: number, to: number): number {
  // "\r\n" is one line break; a lone "\r" or "\n" is one too.
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && !(i + 1 < to && text.charCodeAt(i + 1) === 10))) count++;
  }
  return count;
}

/**
 * Hard-wrapped text (an e-mail, a wire feed at 72 columns) breaks a sentence across lines.
 * A line joins the one before when that one stops mid-sentence and this one goes on in
 * lower case, with no blank line between.
 */
function joinWrappedLines(lines: Line[], text: string): Line[] {
  const joined: Line[] = [];
  for (const line of lines) {
    const previous = joined[joined.length - 1];
    if (previous && !line.afterBlank && continuesSentence(text, previous, line)) {
      previous.end = line.end;
    } else {
      joined.push({ ...line });
    }
  }
  return joined;
}

function continuesSentence(text: string, previous: Span, line: Span): boolean {
  const last = text.charAt(previous.end - 1);
  const first = text.charAt(line.start);
  return /[\p{Ll},;\-–—]/u.test(last) && /[\p{Ll}]/u.test(first);
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const MAX_TITLE_LENGTH = 160;
const MAX_HEADING_LENGTH = 100;
const MAX_HEADING_WORDS = 12;

function classifyLine(
  line: string,
  index: number,
  lines: readonly Line[],
  text: string,
  givenTitle?: string,
): BlockKind {
  if (index === 0 && lines.length > 1 && isTitle(line, givenTitle)) return 'title';
  if (isBoilerplate(line)) return 'boilerplate';
  if (isByline(line)) return 'byline';
  if (isCaption(line)) return 'caption';
  const next = lines[index + 1];
  if (index > 0 && next && isHeading(line, text.slice(next.start, next.end))) return 'heading';
  return 'paragraph';
}

function isTitle(line: string, givenTitle?: string): boolean {
  if (givenTitle !== undefined && sameTitle(line, givenTitle)) return true;
  // a full stop before a closing double quote mark ends a sentence too: `Kemp said it was
  // "dead."` (headlines quote in single marks: `Kemp calls plan 'dead.'`)
  if (line.length > MAX_TITLE_LENGTH || /[.,;:]["\u201d]?$/.test(line)) return false;
  if (isBoilerplate(line) || isByline(line)) return false;
  // A headline is one sentence: no full stop followed by another sentence inside it.
  return !/[.!?]["'”’]?\s+\p{Lu}/u.test(line) && wordCount(line, 30) <= 25;
}

function sameTitle(line: string, title: string): boolean {
  const wanted = comparableTitle(title);
  return wanted.length > 0 && comparableTitle(line) === wanted;
}

/** Spaces collapsed, full stops and spaces at the end dropped, lowercased. */
function comparableTitle(s: string): string {
  const spaced = s.trim().replace(/\s+/g, ' ');
  // read back by character: every space left is a single ' '
  let end = spaced.length;
  while (end > 0 && (spaced[end - 1] === '.' || spaced[end - 1] === ' ')) end--;
  return spaced.slice(0, end).toLowerCase();
}

/**
 * A heading sits between paragraphs and introduces the next one: a short question
 * ("What happens next?") or a short title-like line without closing punctuation.
 */
function isHeading(line: string, nextLine: string): boolean {
  if (/^['"\u2018\u201c]/.test(line)) return quotedHeading(line, nextLine);
  // A line opening with a quote mark is quoted speech (but see above); one with a colon is an
  // interview turn ("Q: ...") or a label; a heading has letters, not only a list number.
  if (
    line.length > MAX_HEADING_LENGTH ||
    !/^[\p{Lu}\p{N}¿¡]/u.test(line) ||
    line.includes(':') ||
    !/\p{L}/u.test(line)
  )
    return false;
  const words = wordCount(line, MAX_HEADING_WORDS + 1);
  if (words > MAX_HEADING_WORDS) return false;
  // More than one sentence is prose, not a heading.
  if (/[.!?;]["'”’]?\s/.test(line)) return false;
  // A question heading asks one short thing; "..., isn't it?" is a rhetorical turn of prose.
  if (/\?$/.test(line)) return !line.includes(',');
  if (/[.,;:!"”'’)\]…-]$/.test(line) || words > 10) return false;
  // A title-like line leads into something longer than itself.
  return nextLine.length > line.length;
}

function wordCount(line: string, cap: number): number {
  WORD.lastIndex = 0;
  let count = 0;
  while (count < cap && WORD.exec(line)) count++;
  return count;
}

/**
 * `'Too long on the water'` over a section: a short line opening with a quote mark, with
 * no full stop, question or exclamation mark anywhere, before a longer paragraph, heads it.
 * Quoted speech ends its sentence.
 */
function quotedHeading(line: string, nextLine: string): boolean {
  if (line.length > MAX_HEADING_LENGTH || /[.!?;:,]/.test(line)) return false;
  return (
    wordCount(line, MAX_HEADING_WORDS + 1) <= MAX_HEADING_WORDS && nextLine.length > line.length
  );
}
