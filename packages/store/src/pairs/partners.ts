/**
 * One corpus entity's co-occurrence partners as one text value: a row per pair cost about 12
 * bytes (key, record header and cell pointer for a few bytes of numbers), this about 3.5.
 *
 * The form: entries separated by commas, ascending by partner number; an entry is the gap from
 * the previous partner's number (the first: the number itself), then `:shared` when the pair
 * shares more than one article. "3,4:2,10" is partner 3 (1 article), 7 (2), 17 (1). SQL makes
 * the same form from rows (schema.ts), so a migration needs no code.
 */

/** Partner numbers ascending, and the articles each shares with the entity (each at least 1). */
export interface Partners {
  others: number[];
  shared: number[];
}

/**
 * Read digit by digit: a batch reads the row of every entity it names, and a common entity's row
 * holds thousands of entries, which splitting made into as many strings.
 */
export function decodePartners(text: string): Partners {
  const others: number[] = [];
  const shared: number[] = [];
  let other = 0;
  let value = 0;
  let count = 0;
  let inCount = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : COMMA;
    if (code === COMMA) {
      if (i === 0 && text.length === 0) break;
      other += value;
      others.push(other);
      shared.push(inCount ? count : 1);
      value = 0;
      count = 0;
      inCount = false;
    } else if (code === COLON) inCount = true;
    else if (inCount) count = count * 10 + (code - ZERO);
    else value = value * 10 + (code - ZERO);
  }
  return { others, shared };
}
const COMMA = 44;
const COLON = 58;
const ZERO = 48;

/** The text form of partners; entries whose count is 0 or less are left out. */
export function encodePartners({ others, shared }: Partners): string {
  let text = '';
  let previous = 0;
  for (let i = 0; i < others.length; i++) {
    const count = shared[i] as number;
    if (count <= 0) continue;
    const other = others[i] as number;
    if (text !== '') text += ',';
    text += count === 1 ? String(other - previous) : `${other - previous}:${count}`;
    previous = other;
  }
  return text;
}

/** Partners plus (or minus) changes, both ascending by number; counts of the same number add. */
export function mergePartners(base: Partners, change: Partners): Partners {
  const others: number[] = [];
  const shared: number[] = [];
  let i = 0;
  let j = 0;
  while (i < base.others.length || j < change.others.length) {
    const a = i < base.others.length ? (base.others[i] as number) : Infinity;
    const b = j < change.others.length ? (change.others[j] as number) : Infinity;
    others.push(Math.min(a, b));
    shared.push(
      (a <= b ? (base.shared[i++] as number) : 0) + (b <= a ? (change.shared[j++] as number) : 0),
    );
  }
  return { others, shared };
}
