// Speakers named by the layout of a line: a dash before a name closing it, a transcript's
// label before a colon ("SMITH:", "Q:").
import { DETERMINERS, HONORIFICS, PERSONAL_PRONOUNS } from '../lexicon/words.js';
import { FIRST_NAME_GENDER, GAZETTEER } from '../entities/gazetteer.js';
import { INTERVIEW_LABELS, SECTION_LABELS } from '../lexicon/quote-words.js';
import type { Phrases } from './phrases.js';
import { wordCount } from './content.js';
import { QuoteState, type Unit } from './units.js';

/** The index of a dash before a short capitalised name that ends the unit, or -1. */
export function dashSpeaker(p: Phrases, unit: Unit): number {
  let end = unit.last;
  while (end > unit.first && p.isPunct(end - 1, '.')) end--;
  for (let i = end - 1; i > unit.first && end - i <= 6; i--) {
    if (p.isPunct(i, '\u2014\u2015\u2013') && i + 1 < end)
      return p.cap(i + 1) && p.states[i - 1] !== QuoteState.Outside ? i : -1;
    if (!p.isWord(i) && !p.isPunct(i, '.')) return -1;
  }
  return -1;
}

/** The index of a dash after a short capitalised name that opens a paragraph, or -1. */
export function leadingDash(p: Phrases, unit: Unit): number {
  const first = unit.first;
  for (let i = first; i < unit.last && i - first <= 6; i++) {
    if (p.isPunct(i, '\u2014\u2015\u2013'))
      return i > first && p.states[i + 1] === QuoteState.Open ? i : -1;
    if ((!p.cap(i) && !p.isPunct(i, '.')) || !p.outside(i)) return -1;
  }
  return -1;
}

/** The index of the colon after an all-capitals speaker label that opens a paragraph, or -1. */
export function transcriptLabel(p: Phrases, unit: Unit): number {
  // A transcript quoted as a whole keeps its labels inside the marks: `"SMITH: ...`.
  const first = p.states[unit.first] === QuoteState.Open ? unit.first + 1 : unit.first;
  // `Q: Why now?` / `A: The port was ready.`: an interview's question and answer
  if (interviewLabel(p, first) && p.isPunct(first + 1, ':') && first + 2 < unit.last)
    return first + 1;
  for (let i = first; i < unit.last && i < first + 4; i++) {
    if (p.lower(i) === ':')
      return i > first && i + 1 < unit.last && namesSpeaker(p, first, i) ? i : -1;
    const surface = p.text.slice(p.tokens[i]!.start, p.tokens[i]!.end);
    if (!/^[A-Z][A-Z.'\u2019-]+$/.test(surface) || (first === unit.first && !p.outside(i)))
      return -1;
  }
  return -1;
}

/**
 * `Ada Kemp: Yes, we all will.`: a label in Title Case before a colon names a speaker when the
 * entity stage found it as a name and a sentence follows (not a tally, `Ada Kemp: 1,204`, nor an
 * item, `Ada Kemp: Hold on`). Returns the colon, else -1. Shouted labels are transcriptLabel's.
 */
export function namedLabel(p: Phrases, unit: Unit): number {
  const first = unit.first;
  if (first === 0) return -1; // the article's first line is the headline rule's
  for (let i = first; i < unit.last && i < first + 5; i++) {
    if (p.lower(i) === ':') {
      const said =
        i > first && !shouted(p, first, i) && !/^\d/.test(p.lower(i + 1)) && !headingRunOn(p, i);
      return said && answers(p, i, unit) && p.isName(first, i) ? i : -1;
    }
    if (!p.outside(i) || (!p.cap(i) && !p.isPunct(i, '.'))) return -1;
  }
  return -1;
}

/**
 * What follows the label's colon reads as said: four words or more, or, in an interview of
 * several labelled lines, a shorter sentence with its stop ("Wren: Slowly.", "Wren: And the
 * strike?"), not an item of a list ("Ada Kemp: Hold on").
 */
function answers(p: Phrases, colon: number, unit: Unit): boolean {
  if (wordCount(p, colon + 1, unit.last) >= 4) return true;
  return p.isPunct(unit.last - 1, '.?!') && namedLabelLines(p) >= 3;
}

/** Up to four capitalised words and a colon: "Ada Kemp:", "Wren:", "Harbour Weekly:". */
const NAMED_LABEL = String.raw`\p{Lu}[\p{L}'\u2019.-]*(?: \p{Lu}[\p{L}'\u2019.-]*){0,3}:`;
/** A line opening with such a label. */
const NAMED_LINE_LABEL = new RegExp(String.raw`(?:^|\n)[ \t]*${NAMED_LABEL}`, 'gu');
/** Such a label where a token starts (read with `lastIndex`). */
const NAMED_LABEL_AT = new RegExp(NAMED_LABEL, 'uy');
const namedLabelCounts = new WeakMap<Phrases, number>();

/** How many lines of the text open with a name in Title Case and a colon, counted once a text. */
function namedLabelLines(p: Phrases): number {
  let count = namedLabelCounts.get(p);
  if (count === undefined) {
    count = [...p.text.matchAll(NAMED_LINE_LABEL)].length;
    namedLabelCounts.set(p, count);
  }
  return count;
}

/** The line at token k opens with a label: the next turn's. */
function opensWithLabel(p: Phrases, k: number): boolean {
  NAMED_LABEL_AT.lastIndex = p.tokens[k]!.start;
  return NAMED_LABEL_AT.test(p.text);
}

/**
 * No word of tokens [first, colon) has a lower-case letter: a label in capitals. Read only once
 * a colon is found, since most units open with no label at all.
 */
function shouted(p: Phrases, first: number, colon: number): boolean {
  for (let i = first; i < colon; i++)
    if (p.isWord(i) && /\p{Ll}/u.test(p.text.slice(p.tokens[i]!.start, p.tokens[i]!.end)))
      return false;
  return true;
}

/**
 * `Ada Kemp: Student fees Some ideas do come to pass.`: a heading run into the paragraph under
 * it, where a common word opens a sentence with no stop before it, or a line break follows.
 */
function headingRunOn(p: Phrases, colon: number): boolean {
  for (let k = colon + 2; k < colon + 8 && k < p.tokens.length; k++) {
    // (a short answer with its stop before the next turn's label is no heading: "Wren: And
    // the strike?" then "Roe: We meet on Monday.")
    if (p.text.slice(p.tokens[k - 1]!.end, p.tokens[k]!.start).includes('\n'))
      return !(p.isPunct(k - 1, '.?!') && opensWithLabel(p, k));
    if (!p.isWord(k - 1)) return false;
    const common = DETERMINERS.has(p.lower(k)) || PERSONAL_PRONOUNS.has(p.lower(k));
    if (p.cap(k) && !p.cap(k - 1) && (common || p.lowerWord(p.lower(k)))) return true;
  }
  return false;
}

/**
 * A label names a speaker ("SMITH:"), not a section ("BONDS:", "EUROPE:", "KEEPING SCORE:"):
 * it does when it holds a first name or a title ("MR. ROE:"); a label of several words otherwise
 * names a section. One word does when the text writes it as a name elsewhere ("Smith") or the
 * transcript gives it again, and not when it is a section label, plural-shaped, a listed place
 * or a word the text also writes in lower case.
 */
function namesSpeaker(p: Phrases, first: number, colon: number): boolean {
  const label = p.text.slice(p.tokens[first]!.start, p.tokens[colon - 1]!.end);
  for (let i = first; i < colon; i++) {
    const word = p.lower(i);
    if (!p.tokens[i]!.word) continue;
    if (FIRST_NAME_GENDER.has(word) || HONORIFICS.has(word)) return true;
  }
  if (colon - first > 1) return false; // "KEEPING SCORE:", "ANALYST'S TAKE:"
  const word = p.lower(first);
  if (SECTION_LABELS.has(word)) return false;
  if (p.titledWord(word) || p.labelUses(label) >= 2) return true;
  const plural = /[^s]s$/.test(word);
  return !plural && GAZETTEER.get(word)?.kind !== 'location' && !p.lowerWord(word);
}

/** `Q` or `A` written as a label: an interview's question or answer (`Q: ...`, `A: ...`). */
function interviewLabel(p: Phrases, i: number): boolean {
  const token = p.tokens[i];
  return token !== undefined && token.cap && INTERVIEW_LABELS.has(token.lower);
}
