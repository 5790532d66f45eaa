/**
 * Splits rows into runs of 512, 256, ... 1, so a multi-row statement comes in a few fixed
 * shapes: SQLite prepares each shape once and keeps it, rather than a new statement for every
 * length (which would crowd the other statements out of its cache).
 */
export function runs<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length;) {
    let size = 512;
    while (size > items.length - start) size /= 2;
    out.push(items.slice(start, start + size));
    start += size;
  }
  return out;
}
