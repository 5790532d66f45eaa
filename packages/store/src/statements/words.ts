/**
 * Quoted words reduced to what matching compares: lower case, no diacritics, curly and straight
 * apostrophes alike, dashes and marks gone, one space between words.
 */
export function statementWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1')
    .split(' ')
    .filter((word) => word !== '')
    .slice(0, MAX_WORDS);
}

/**
 * A quote's words as printed, without the comma or colon the sentence put after them. Its
 * statementWords are those of the quoted text it comes from (only spaces and marks go), so a
 * statement's first wording need not be split again.
 */
export function printedWording(verbatim: string): string {
  return verbatim
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s,;:]+$/, '');
}

/** Words compared per quote: a longer quote is matched on its opening. */
export const MAX_WORDS = 200;
/** A quote with fewer words is too short to be told apart from a common phrase. */
export const MIN_STATEMENT_WORDS = 6;
/** Words per shingle: runs of this many words are what the index keys on. */
export const SHINGLE = 3;
/** MinHash functions; each gives one index key, so a quote sharing any of them is a candidate. */
export const MINHASHES = 8;

/** FNV-1a over the UTF-16 code units, 32 bits. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** MurmurHash3's finaliser: a cheap, well-mixed 32-bit permutation. */
function mix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: MINHASHES }, (_, i) => mix(0x9e3779b9 * (i + 1)));

/**
 * The index keys of a wording: for each of MINHASHES hash functions, the smallest hash of its
 * word shingles, tagged with the function's number (so keys of different functions never meet).
 * Two wordings share a key with a probability equal to their shingles' Jaccard similarity, so
 * a trimmed or slightly altered quote almost always shares one of eight; a different quote
 * that shares one common phrase might, and is then turned down by the word-level check.
 */
export function minhashKeys(words: string[]): number[] {
  if (words.length < SHINGLE) return [];
  const shingles: number[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++)
    shingles.push(fnv1a(words.slice(i, i + SHINGLE).join(' ')));
  const keys: number[] = [];
  for (let f = 0; f < MINHASHES; f++) {
    const seed = SEEDS[f] as number;
    let min = 0xffffffff;
    for (const shingle of shingles) {
      const h = mix(shingle ^ seed);
      if (h < min) min = h;
    }
    keys.push(f * 2 ** 32 + min);
  }
  return [...new Set(keys)];
}
