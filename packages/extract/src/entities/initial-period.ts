import type { Token } from '../text/tokens.js';

/**
 * The end of the period after a name's last word when that word is one capital and the sentence
 * goes on after it ("Ana R. said", "Tom B., 40,"); a period before a capital or the end of the
 * text may close the sentence ("adopted Plan B. Officials ...").
 */
export function initialPeriodEnd(tokens: readonly Token[], end: number, spanEnd: number): number {
  const last = tokens[end - 1]!;
  const period = tokens[end];
  const next = tokens[end + 1];
  const initial = last.end - last.start === 1 && last.cap && last.end === spanEnd;
  if (!initial || period?.lower !== '.' || period.start !== last.end || !next) return spanEnd;
  const goesOn = next.word ? !next.cap : next.lower === ',' || next.lower === ';';
  return goesOn ? period.end : spanEnd;
}
