import { NICKNAME_MARKS } from './data/name-words.js';
import type { Candidate } from './name-scan.js';

/**
 * A nickname in marks inside a full name: `Benjamin "Benji" Vance` is named Benjamin Vance.
 * Built from the marks the recognizer reads a nickname between, so the two cannot drift apart.
 */
const NICKNAME_INSIDE = (() => {
  const chars = (marks: Iterable<string>) => [...marks].join('').replace(/[\\\]^-]/g, '\\$&');
  const open = chars(NICKNAME_MARKS.keys());
  const close = chars(NICKNAME_MARKS.values());
  return new RegExp(` [${open}][^${close}]{1,30}[${close}](?= )`);
})();

/**
 * A name as written with each run of spaces and line breaks made one space, and no soft hyphen
 * (which no reader sees). Most names have single spaces only: they are tested, not rebuilt.
 */
export function oneSpaced(surface: string): string {
  return /[^\S ]| {2}|\u00ad/.test(surface)
    ? surface.replace(/\u00ad/g, '').replace(/\s+/g, ' ')
    : surface;
}

/**
 * A person's full name as the text writes it, spaces made single and a nickname in marks left
 * out; "Sarah" in "Sarah and Daniel Whitcombe", which shares the surname after it, is named with
 * her words.
 */
export function fullNameAsWritten(text: string, c: Candidate): string {
  const written = oneSpaced(text.slice(c.span.start, c.span.end)).replace(NICKNAME_INSIDE, '');
  return wordCount(written) < c.words.length ? c.words.join(' ') : written;
}

/** The words of a one-spaced name: its spaces and one (counted, with no list of words made). */
function wordCount(written: string): number {
  let words = 1;
  for (let k = written.indexOf(' '); k >= 0; k = written.indexOf(' ', k + 1)) words++;
  return words;
}
