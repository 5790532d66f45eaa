import { InvalidCursorError } from './errors.js';

/** The values of the sort columns of the last row on a page; strings or integers. */
export type CursorValues = (string | number)[];

/** The largest value an integer sort column holds (PostgreSQL `integer`). */
const MAX_INTEGER = 2 ** 31 - 1;

/**
 * Opaque cursors: base64url JSON of the list they belong to and the last row's sort key.
 * Decoding checks the shape against what the list expects, and every value against what the
 * columns can hold on either engine (integers in 0..2^31-1, strings without NUL), so a
 * tampered cursor is an InvalidCursorError instead of a database error.
 */
export function encodeCursor(list: string, values: CursorValues): string {
  return Buffer.from(JSON.stringify({ l: list, v: values }), 'utf8').toString('base64url');
}

export function decodeCursor(
  cursor: string,
  list: string,
  types: ('string' | 'integer')[],
): CursorValues {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  if (typeof parsed !== 'object' || parsed === null) throw new InvalidCursorError();
  const { l, v } = parsed as { l?: unknown; v?: unknown };
  if (l !== list)
    throw new InvalidCursorError(`Invalid cursor: it belongs to another list or ordering`);
  if (!Array.isArray(v) || v.length !== types.length) throw new InvalidCursorError();
  types.forEach((type, i) => {
    const value: unknown = v[i];
    const ok =
      type === 'string'
        ? typeof value === 'string' && !value.includes('\0')
        : Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_INTEGER;
    if (!ok) throw new InvalidCursorError();
  });
  return v as CursorValues;
}
