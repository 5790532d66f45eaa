import stringWidth from 'string-width';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Columns a string takes in the terminal; plain ASCII skips the grapheme segmenter. */
export function displayWidth(value: string): number {
  return PRINTABLE_ASCII.test(value) ? value.length : stringWidth(value);
}

/** Cuts a string into pieces of at most `width` columns, never splitting a grapheme. */
export function splitToWidth(value: string, width: number): string[] {
  const pieces: string[] = [];
  let current = '';
  let used = 0;
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of segmenter.segment(value)) {
    const w = displayWidth(segment);
    if (used + w > width && current) {
      pieces.push(current);
      current = '';
      used = 0;
    }
    current += segment;
    used += w;
  }
  if (current) pieces.push(current);
  return pieces;
}

/** Greedy word wrap of plain text to `width` columns; explicit newlines are kept. */
export function wrapPlain(value: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of value.split('\n')) {
    let line = '';
    let used = 0;
    for (const word of paragraph.split(/ +/).filter(Boolean)) {
      const w = displayWidth(word);
      if (used > 0 && used + 1 + w > width) {
        lines.push(line);
        line = '';
        used = 0;
      }
      if (w > width) {
        const pieces = splitToWidth(word, width);
        lines.push(...pieces.slice(0, -1));
        line = pieces.at(-1) ?? '';
        used = displayWidth(line);
        continue;
      }
      line = used > 0 ? `${line} ${word}` : word;
      used += (used > 0 ? 1 : 0) + w;
    }
    lines.push(line);
  }
  return lines;
}

/** Exactly `width` columns: padded with spaces, or cut with an ellipsis when too wide. */
export function fitWidth(value: string, width: number, align: 'left' | 'right' = 'left'): string {
  if (width <= 0) return '';
  const used = displayWidth(value);
  if (used <= width) {
    const pad = ' '.repeat(width - used);
    return align === 'left' ? value + pad : pad + value;
  }
  const kept = splitToWidth(value, width - 1)[0] ?? '';
  return kept + '…' + ' '.repeat(width - 1 - displayWidth(kept));
}
