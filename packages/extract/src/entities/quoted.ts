import type { Block, Span } from '@sourcetrace/article-model';

/**
 * The quoted stretches of each block, by pairing double quote marks: curly marks open and close
 * by shape, straight ones toggle. A block closes whatever it left open, so one stray mark cannot
 * shift the pairs of the whole article. Used to keep names inside quoted words from being read
 * as the antecedent of a pronoun outside them.
 */
export function findQuoted(text: string, blocks: readonly Block[]): Span[] {
  const spans: Span[] = [];
  for (const block of blocks) {
    let open = -1;
    for (let i = block.span.start; i < block.span.end; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 0x201c || ch === 0xab) {
        if (open < 0) open = i;
      } else if (ch === 0x201d || ch === 0xbb) {
        if (open >= 0) spans.push({ start: open, end: i + 1 });
        open = -1;
      } else if (ch === 0x22) {
        if (open < 0) open = i;
        else {
          spans.push({ start: open, end: i + 1 });
          open = -1;
        }
      }
    }
    // a quotation left open runs to the end of its paragraph (it goes on in the next one)
    if (open >= 0) spans.push({ start: open, end: block.span.end });
  }
  return spans;
}

/** Whether offset lies inside one of the sorted, disjoint spans (binary search). */
export function insideAny(spans: readonly Span[], offset: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (offset < span.start) hi = mid - 1;
    else if (offset >= span.end) lo = mid + 1;
    else return true;
  }
  return false;
}
