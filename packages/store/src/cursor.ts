import { InvalidCursorError } from './errors.js';

/** The values of the sort columns of the last row on a page; strings or integers. */
export type CursorValues = (string | number)[];

/**
 * Opaque cursors: base64url JSON of the list they belong to and the last row's sort key.
 * Decoding checks the shape against what the list expects, so a tampered cursor is an
 * InvalidCursorError instead of a database error.
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
    const ok = type === 'string' ? typeof value === 'string' : Number.isSafeInteger(value);
    if (!ok) throw new InvalidCursorError();
  });
  return v as CursorValues;
}
