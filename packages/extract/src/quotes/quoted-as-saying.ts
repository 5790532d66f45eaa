import type { TokenReader } from './token-reader.js';

/** Words between "quoted" and "as saying" at most: "by", and who quoted ("the state news agency"). */
const MAX_QUOTED_BY = 7;

/** "quoted as saying" ending at the cue `cue` ("saying"). */
export function quotedAsSaying(p: TokenReader, cue: number): boolean {
  return p.lower(cue) === 'saying' && p.lower(cue - 1) === 'as' && p.lower(cue - 2) === 'quoted';
}

/**
 * `quoted by the Gazette as saying`: where "quoted" stands, before a "by" phrase of a few words
 * and "as" before the cue at `cue` (which must be "saying"); -1 when it does not.
 */
export function quotedByBefore(p: TokenReader, cue: number, lo: number): number {
  if (p.lower(cue) !== 'saying' || p.lower(cue - 1) !== 'as') return -1;
  for (let k = cue - 2; k > lo && cue - k <= MAX_QUOTED_BY; k--) {
    if (!p.isWord(k)) return -1;
    if (p.lower(k) === 'by') return p.lower(k - 1) === 'quoted' && k < cue - 2 ? k - 1 : -1;
  }
  return -1;
}
