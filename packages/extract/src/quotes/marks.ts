import { NAME_PARTICLES } from '../entities/data/words.js';
import type { Block } from '@sourcetrace/article-model';

/** A passage inside quote marks. */
export interface Quoted {
  /** The opening mark. */
  start: number;
  /** After the closing mark, or the block end when the passage runs on into the next paragraph. */
  end: number;
  /** The words inside the marks. */
  inner: { start: number; end: number };
  /** False for a paragraph of a multi-paragraph quote, left open because the next one reopens it. */
  closed: boolean;
}

const DOUBLE_OPEN = new Set(['\u201c', '\u00ab', '\u201e']);
const DOUBLE_CLOSE = new Set(['\u201d', '\u00bb']);
const STRAIGHT_DOUBLE = '"';
const SINGLE_OPEN = '\u2018';
const SINGLE_CLOSE = '\u2019';
const STRAIGHT_SINGLE = "'";

const isSingleMark = (ch: string | undefined): boolean =>
  ch === STRAIGHT_SINGLE || ch === SINGLE_OPEN || ch === SINGLE_CLOSE;
const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);
const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
/** What may stand before an opening mark: nothing, space, an opening bracket, a dash, a colon. */
const opensAfter = (ch: string | undefined): boolean =>
  isSpace(ch) || (ch !== undefined && /[([{\u2014\u2013\-:/\u201c\u2018"']/.test(ch));

/**
 * Finds quoted passages block by block with one character scan (the approach of CoreNLP's
 * quote annotator rather than toggling): each mark is read as opening or closing from the
 * characters around it, so a stray mark costs at most its own passage, never every later pair.
 * Double marks nest single ones; single marks count only when they open before a word and
 * close after one, which leaves apostrophes ("Canada's", "the Smiths' house", "'90s") alone.
 * A passage still open at the end of a block is kept only when the next block reopens it
 * (the convention for quotes running over several paragraphs).
 */
export function findQuoted(text: string, blocks: Block[]): Quoted[] {
  const found: Quoted[] = [];
  let carried: Quoted | null = null;
  const marks = markCandidates(text);
  let next = 0;
  for (const block of blocks) {
    if (carried) {
      // The previous block ended inside a quote: keep that piece only if this block reopens.
      if (reopens(text, block.span.start)) found.push(carried);
      carried = null;
    }
    const { start, end } = block.span;
    const scan = new BlockScan(text, marks, block.span, found);
    while (next < marks.length && marks[next]! < start) next++;
    for (; next < marks.length && marks[next]! < end; next++) next = scan.read(next);
    carried = scan.unclosed();
  }
  return found;
}

const isQuoteMark = (ch: string): boolean =>
  ch === STRAIGHT_DOUBLE ||
  ch === STRAIGHT_SINGLE ||
  DOUBLE_OPEN.has(ch) ||
  DOUBLE_CLOSE.has(ch) ||
  ch === SINGLE_OPEN ||
  ch === SINGLE_CLOSE;

/** The marks of one block read in order: which quote is open, and the passages they close. */
class BlockScan {
  private doubleOpen = -1;
  private openWidth = 1;
  private singleOpen = -1;
  /**
   * The first single mark after punctuation that can close a quote, at or after a mark: each
   * look-up scans on from the last answer only once that is passed, so the block is read once
   * however many marks ask (-2: not looked up yet; -1: none to the block's end).
   */
  private punctuatedClose = -2;

  constructor(
    private readonly text: string,
    private readonly marks: readonly number[],
    private readonly span: { start: number; end: number },
    private readonly found: Quoted[],
  ) {}

  /** Reads the mark at marks[next]; returns the index of the last mark it used. */
  read(next: number): number {
    const { text, span } = this;
    const i = this.marks[next]!;
    const ch = text[i]!;
    if (!isQuoteMark(ch)) return next;
    // Two single marks stand for a double one in some copy: ''like this'', ‘‘this’’, ‘’this”.
    const doubled = isSingleMark(ch) && isSingleMark(text[i + 1]) && i + 1 < span.end;
    // `''a 'word,'''`: three marks closing after a word are the inner single one, then the
    // doubled close; this first one is part of the passage
    if (doubled && this.doubleOpen >= 0 && isSingleMark(text[i + 2]) && !isSpace(text[i - 1]))
      return next;
    const width = doubled ? 2 : 1;
    const doubleMark =
      ch === STRAIGHT_DOUBLE || DOUBLE_OPEN.has(ch) || DOUBLE_CLOSE.has(ch) || doubled;
    if (!doubleMark) {
      this.single(next, i, ch);
      return next;
    }
    // `'It was a "review" of sorts,' he said.`: a double quote inside a single one, as
    // British copy nests them, is part of it when the single one closes after it
    if (this.singleOpen >= 0 && this.doubleOpen < 0 && this.closeAfter(next + 1, i) > i)
      return next;
    this.double(i, ch, width, ch === STRAIGHT_DOUBLE || doubled);
    // a doubled mark was read whole: its second half is not a mark of its own
    return width === 2 && this.marks[next + 1] === i + 1 ? next + 1 : next;
  }

  /** The passage still open at the block's end, if any. */
  unclosed(): Quoted | null {
    const { doubleOpen, openWidth } = this;
    return doubleOpen >= 0 && this.span.end > doubleOpen + openWidth
      ? passage(doubleOpen, this.span.end, false, openWidth, 0)
      : null;
  }

  private double(i: number, ch: string, width: number, straight: boolean): void {
    const before = i > this.span.start ? this.text[i - 1] : undefined;
    const after = i + width < this.span.end ? this.text[i + width] : undefined;
    const open = this.doubleOpen;
    // A right mark at the start of a word opens too: some copy uses ” on both sides.
    const canOpen = !straight
      ? DOUBLE_OPEN.has(ch) || (ch === '\u201d' && open < 0 && isSpace(before) && !isSpace(after))
      : opensAfter(before) && !isSpace(after);
    // ... and “ after a word, before a space, closes the one open: `“It is late,“ she said.`
    const canClose = !straight
      ? DOUBLE_CLOSE.has(ch) || (ch === '\u201c' && open >= 0 && !isSpace(before) && isSpace(after))
      : !isSpace(before) || isSpace(after);
    if (open >= 0 && canClose && !(canOpen && isSpace(before))) {
      if (i > open + this.openWidth)
        this.found.push(passage(open, i + width, true, this.openWidth, width));
      this.doubleOpen = -1;
    } else if (canOpen || (open < 0 && straight && canClose && isSpace(before))) {
      this.doubleOpen = i; // a new opener replaces an unclosed one: the older mark was stray
      this.openWidth = width;
      this.singleOpen = -1;
    }
  }

  private single(next: number, i: number, ch: string): void {
    if (this.doubleOpen >= 0) return; // single marks inside a double quote are part of it
    const { text, span } = this;
    const before = i > span.start ? text[i - 1] : undefined;
    const after = i + 1 < span.end ? text[i + 1] : undefined;
    const canOpen =
      (ch === SINGLE_OPEN || ch === STRAIGHT_SINGLE) &&
      opensAfter(before) &&
      /\p{L}/u.test(after ?? '');
    const canClose =
      (ch === SINGLE_CLOSE || ch === STRAIGHT_SINGLE) && !isSpace(before) && !isLetter(after);
    // `'It is the residents' money,' she said.`: a plural's apostrophe before a word in lower
    // case, when the quote closes after punctuation further on
    const possessive =
      canClose &&
      before === 's' &&
      after === ' ' &&
      /\p{Ll}/u.test(text[i + 2] ?? '') &&
      this.closeAfter(next + 1, i) > i;
    if (this.singleOpen >= 0 && canClose && !possessive) {
      if (i > this.singleOpen + 1) this.found.push(passage(this.singleOpen, i + 1, true, 1, 1));
      this.singleOpen = -1;
    } else if (canOpen) this.singleOpen = i;
  }

  private closeAfter(k: number, i: number): number {
    const close = this.punctuatedClose;
    if (close === -2 || (close >= 0 && close <= i))
      this.punctuatedClose = singleCloseAfter(this.text, this.marks, k, this.span.end);
    return this.punctuatedClose;
  }
}

/**
 * The offset of the first single mark from `marks[from]` on, before `end`, that closes a quote
 * after punctuation (`,'` `.'` `?'` `!'`, before no letter); -1 when none does.
 */
function singleCloseAfter(
  text: string,
  marks: readonly number[],
  from: number,
  end: number,
): number {
  for (let k = from; k < marks.length && marks[k]! < end; k++) {
    const j = marks[k]!;
    const ch = text[j];
    if ((ch === SINGLE_CLOSE || ch === STRAIGHT_SINGLE) && /[,.?!]/.test(text[j - 1] ?? ''))
      if (!isLetter(text[j + 1])) return j;
  }
  return -1;
}

/** Any character that may be a quote mark (a few are not, and are skipped). */
const MARK_CANDIDATE = /["'\u00ab\u00bb\u2018-\u201e]/g;

/**
 * Where the text holds a character that may be a quote mark, in order: one search of the whole
 * text, run by the regular expression engine, instead of a JavaScript loop over every character.
 */
function markCandidates(text: string): number[] {
  const at: number[] = [];
  MARK_CANDIDATE.lastIndex = 0;
  for (let m = MARK_CANDIDATE.exec(text); m !== null; m = MARK_CANDIDATE.exec(text))
    at.push(m.index);
  return at;
}

function passage(
  open: number,
  end: number,
  closed: boolean,
  openWidth: number,
  closeWidth: number,
): Quoted {
  return { start: open, end, inner: { start: open + openWidth, end: end - closeWidth }, closed };
}

function reopens(text: string, at: number): boolean {
  const ch = text[at];
  return (
    ch === STRAIGHT_DOUBLE ||
    (ch !== undefined && DOUBLE_OPEN.has(ch)) ||
    (isSingleMark(ch) && isSingleMark(text[at + 1]))
  );
}

/**
 * `Desmond "Dezzy" Charles`: one capitalised word in marks between two words of a name, a
 * nickname, not anyone's words (read in prose only: a title in Title Case may set a quoted word
 * so, `Kemp Calls Plan "Shameful" Again`).
 */
export function isNicknameInName(text: string, q: Quoted): boolean {
  return (
    q.closed &&
    q.inner.end - q.inner.start < 20 &&
    NICKNAME_WORD.test(text.slice(q.inner.start, q.inner.end)) &&
    NAME_WORD_BEFORE.test(text.slice(Math.max(0, q.start - 20), q.start)) &&
    nameWordAfter(text.slice(q.end, q.end + 20))
  );
}

const NICKNAME_WORD = /^\p{Lu}[\p{L}'\u2019-]*$/u;
const NAME_WORD_BEFORE = /(?:^|\s)\p{Lu}[\p{L}'\u2019-]+\s$/u;
/** A capitalised word, or a particle opening a surname ("de Guzal", "van Berg"), after a space. */
function nameWordAfter(after: string): boolean {
  const word = /^\s(\p{L}+)(\s\p{Lu})?/u.exec(after);
  if (!word) return false;
  return /^\p{Lu}\p{Ll}/u.test(word[1]!) || (!!word[2] && NAME_PARTICLES.has(word[1]!));
}
