/**
 * Article JSON with its spans taken out: an article holds a few hundred `{"start":n,"end":m}`,
 * whose numbers brotli cannot predict. Kept apart as small varints (each start as the change from
 * the one before, each end as its length from the start), they cost about a third of what they
 * cost inside the compressed text. Restoring gives back exactly the JSON taken apart.
 */
const SPAN = /\{"start":(\d+),"end":(\d+)\}/g;
/** JSON.stringify escapes every control character, so this one never occurs in its output. */
const MARK = '\u0001';

/** Signed to unsigned, small magnitudes first, then 7 bits a byte. */
export function writeVarint(value: number, out: number[]): void {
  let v = value < 0 ? -value * 2 - 1 : value * 2;
  while (v >= 128) {
    out.push((v % 128) + 128);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

/** The number writeVarint wrote at `at`, and where the next one starts. */
export function readVarint(bytes: Uint8Array, at: number): [number, number] {
  let value = 0;
  let scale = 1;
  let byte: number;
  do {
    byte = bytes[at++] as number;
    value += (byte & 127) * scale;
    scale *= 128;
  } while (byte >= 128);
  return [value % 2 === 1 ? -(value + 1) / 2 : value / 2, at];
}

/** The JSON with each span replaced by MARK, and the spans' numbers. */
export function separateSpans(json: string): { marked: string; numbers: Uint8Array } {
  const out: number[] = [];
  let previous = 0;
  const marked = json.replace(SPAN, (whole, start: string, end: string) => {
    const [s, e] = [Number(start), Number(end)];
    // A number JSON would not write this way (a leading zero, too many digits) stays as it is.
    if (String(s) !== start || String(e) !== end) return whole;
    writeVarint(s - previous, out);
    writeVarint(e - s, out);
    previous = s;
    return MARK;
  });
  return { marked, numbers: Uint8Array.from(out) };
}

/** separateSpans undone. */
export function restoreSpans(marked: string, numbers: Uint8Array): string {
  const pieces = marked.split(MARK);
  let out = pieces[0] as string;
  let at = 0;
  let start = 0;
  for (let i = 1; i < pieces.length; i++) {
    let change: number;
    let length: number;
    [change, at] = readVarint(numbers, at);
    [length, at] = readVarint(numbers, at);
    start += change;
    out += `{"start":${start},"end":${start + length}}${pieces[i] as string}`;
  }
  return out;
}
