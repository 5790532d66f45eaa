import { createHash } from 'node:crypto';
import type { EntityKind } from '@sourcetrace/article-model';

/**
 * Text of printable ASCII and the punctuation news is full of needs none of the Unicode steps:
 * it has no accents, NFKD turns nothing in it into letters or digits, and its only letters and
 * digits are ASCII ones.
 */
const NOT_PLAIN_TEXT = /[^\t\n\r -~‘’“”–—…\u00a0]/;

/** Lowercase, accents stripped, punctuation to spaces, whitespace collapsed. */
export function normaliseName(name: string): string {
  if (!NOT_PLAIN_TEXT.test(name))
    return name
      .toLowerCase()
      .replace(/[’']/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return normaliseEveryStep(name);
}

/** normaliseName with every Unicode step, whatever the text (exported for its property test). */
export function normaliseEveryStep(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The corpus key: kind plus normalised name; organisations drop a leading "the". */
export function entityKey(kind: EntityKind, name: string): string {
  let normalised = normaliseName(name);
  if (kind === 'organization') normalised = normalised.replace(/^the /, '');
  return `${kind}:${normalised || name.trim().toLowerCase()}`;
}

/** Stable corpus entity id, derived from the key. */
export function corpusEntityId(key: string): string {
  return 'c' + createHash('sha256').update(key).digest('hex').slice(0, 20);
}

/** The last word of a normalised name: what a surname-only mention matches. */
export function lastWord(normalisedName: string): string {
  const words = normalisedName.split(' ');
  return words[words.length - 1] ?? '';
}

/** Plain words of a user's search text; query syntax characters never reach the database. */
export function searchWords(q: string): string[] {
  return normaliseName(q).split(' ').filter(Boolean).slice(0, 20);
}
