import { createHash } from 'node:crypto';
import type { EntityKind } from '@sourcetrace/article-model';

/** Lowercase, accents stripped, punctuation to spaces, whitespace collapsed. */
export function normaliseName(name: string): string {
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
