import ansiRegex from 'ansi-regex';

// Article text is hostile: escape sequences could move the cursor, retitle the window or
// hide text, and bidi overrides could reorder what the reader sees. None of it may reach
// the terminal raw.
const ESCAPE_SEQUENCES = ansiRegex();
/** C0 controls except newline and tab, DEL, C1 controls (incl. the 8-bit CSI), bidi controls. */
const CONTROL_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Marks every code unit of `text` that must not be drawn: whole escape sequences and stray
 * control characters. Works on the full text, so a sequence split across annotation runs
 * is still hidden as a whole, and offsets into the text stay valid.
 */
export function hiddenMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const match of text.matchAll(ESCAPE_SEQUENCES))
    mask.fill(1, match.index, match.index + match[0].length);
  for (const match of text.matchAll(CONTROL_CHARACTERS)) mask[match.index] = 1;
  return mask;
}

/** The drawable part of text[start, end): hidden code units dropped, tabs as spaces. */
export function visibleSlice(text: string, mask: Uint8Array, start: number, end: number): string {
  let out = '';
  let from = start;
  for (let i = start; i < end; i++) {
    if (mask[i]) {
      out += text.slice(from, i);
      from = i + 1;
    }
  }
  out += text.slice(from, end);
  return out.replace(/\t/g, '    ');
}

/** Text safe to draw on one line: escape sequences and controls removed, whitespace collapsed. */
export function oneLine(value: string): string {
  return value.replace(ESCAPE_SEQUENCES, '').replace(/\s+/g, ' ').replace(CONTROL_CHARACTERS, '');
}

/** A single line safe to draw, trimmed; empty for a missing value. */
export function cleanLine(value: string | null | undefined): string {
  return value ? oneLine(value).trim() : '';
}
