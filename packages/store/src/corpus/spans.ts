/**
 * Article JSON with its spans taken out: an article holds a few hundred `{"start":n,"end":m}`,
 * whose numbers brotli cannot predict. Kept apart as small varints (each start as the change from
 * the one before, each end as its length from the start), they cost about a third of what they
 * cost inside the compressed text. Restoring gives back exactly the JSON taken apart.
 */

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

const SPAN_OPEN = '{"start":';
const SPAN_MIDDLE = ',"end":';
const CLOSING_BRACE = 0x7d;

/** Where the run of ASCII digits from `at` ends. */
function digitsEnd(json: string, at: number): number {
  let end = at;
  for (let code = json.charCodeAt(end); code >= 0x30 && code <= 0x39; code = json.charCodeAt(end))
    end++;
  return end;
}

/** Whether digits are a number as JSON writes it: no leading zero, exact as a double. */
function writtenAsJson(json: string, from: number, to: number): boolean {
  if (to === from || (to - from > 1 && json.charCodeAt(from) === 0x30)) return false;
  if (to - from <= 15) return true;
  const digits = json.slice(from, to);
  return String(Number(digits)) === digits;
}

/**
 * The JSON with each span replaced by MARK, and the spans' numbers. A span is a match of
 * /\{"start":(\d+),"end":(\d+)\}/ with both numbers as JSON writes them; found with indexOf
 * rather than that expression, in half the time (spans.test.ts holds the two to the same).
 */
export function separateSpans(json: string): { marked: string; numbers: Uint8Array } {
  const out: number[] = [];
  let previous = 0;
  let marked = '';
  let copied = 0;
  for (let open = json.indexOf(SPAN_OPEN); open >= 0; open = json.indexOf(SPAN_OPEN, open + 1)) {
    const startFrom = open + SPAN_OPEN.length;
    const startTo = digitsEnd(json, startFrom);
    // A number JSON would not write this way (a leading zero, too many digits) stays as it is.
    if (!writtenAsJson(json, startFrom, startTo) || !json.startsWith(SPAN_MIDDLE, startTo))
      continue;
    const endFrom = startTo + SPAN_MIDDLE.length;
    const endTo = digitsEnd(json, endFrom);
    if (!writtenAsJson(json, endFrom, endTo) || json.charCodeAt(endTo) !== CLOSING_BRACE) continue;
    const start = Number(json.slice(startFrom, startTo));
    writeVarint(start - previous, out);
    writeVarint(Number(json.slice(endFrom, endTo)) - start, out);
    previous = start;
    marked += json.slice(copied, open) + MARK;
    copied = endTo + 1;
    open = endTo;
  }
  return { marked: marked + json.slice(copied), numbers: Uint8Array.from(out) };
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
