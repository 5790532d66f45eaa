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

export function decodePartners(text: string): Partners {
  const others: number[] = [];
  const shared: number[] = [];
  let other = 0;
  for (const entry of text === '' ? [] : text.split(',')) {
    const colon = entry.indexOf(':');
    other += Number(colon < 0 ? entry : entry.slice(0, colon));
    others.push(other);
    shared.push(colon < 0 ? 1 : Number(entry.slice(colon + 1)));
  }
  return { others, shared };
}

/** The text form of partners; entries whose count is 0 or less are left out. */
export function encodePartners({ others, shared }: Partners): string {
  const entries: string[] = [];
  let previous = 0;
  for (let i = 0; i < others.length; i++) {
    const count = shared[i] as number;
    if (count <= 0) continue;
    const other = others[i] as number;
    entries.push(count === 1 ? String(other - previous) : `${other - previous}:${count}`);
    previous = other;
  }
  return entries.join(',');
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
