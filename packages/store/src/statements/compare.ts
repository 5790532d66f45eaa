import type { WordChange } from '@sourcetrace/article-model';

/** Longest common subsequence table of two word lists (small: quotes are capped at MAX_WORDS). */
function lcsTable(a: string[], b: string[]): Uint16Array[] {
  const rows = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    const row = rows[i] as Uint16Array;
    const below = rows[i + 1] as Uint16Array;
    for (let j = b.length - 1; j >= 0; j--)
      row[j] = a[i] === b[j] ? (below[j + 1] as number) + 1 : Math.max(below[j]!, row[j + 1]!);
  }
  return rows;
}

/**
 * Two rows of a dynamic-programming table over b, reused across calls: matching compares each
 * quote with several wordings as every article is written, and a row allocated per word was
 * most of what that cost (quotes are capped at MAX_WORDS, so the rows stay small).
 */
let rowA = new Uint16Array(0);
let rowB = new Uint16Array(0);
function twoRows(length: number): [Uint16Array, Uint16Array] {
  if (rowA.length < length) {
    rowA = new Uint16Array(length * 2);
    rowB = new Uint16Array(length * 2);
  }
  rowA.fill(0, 0, length);
  rowB.fill(0, 0, length);
  return [rowA, rowB];
}

/** Words the two lists share in order: the length of their longest common subsequence. */
export function sharedWords(a: string[], b: string[]): number {
  let [below, row] = twoRows(b.length + 1);
  for (let i = a.length - 1; i >= 0; i--) {
    const word = a[i];
    for (let j = b.length - 1; j >= 0; j--)
      row[j] = word === b[j] ? below[j + 1]! + 1 : Math.max(below[j]!, row[j + 1]!);
    [below, row] = [row, below];
  }
  return below[0]!;
}

/** The longest run of consecutive words the two lists have in common. */
function longestRun(a: string[], b: string[]): number {
  let best = 0;
  let [previous, current] = twoRows(b.length + 1);
  for (let i = 0; i < a.length; i++) {
    const word = a[i];
    for (let j = 0; j < b.length; j++) current[j + 1] = word === b[j] ? previous[j]! + 1 : 0;
    for (let j = 1; j <= b.length; j++) if (current[j]! > best) best = current[j]!;
    [previous, current] = [current, previous];
  }
  return best;
}

/** At least this many words in common, in order. */
const MIN_SHARED = 6;
/** ...and this many when the shorter is under half the longer: a brief fragment must say more. */
const MIN_SHARED_FRAGMENT = 8;
/** Share of the shorter wording's words that the longer one must hold, in order. */
const MIN_COVERAGE = 0.75;
/** Some run of consecutive words in common, so scattered small words never make a match. */
const MIN_RUN = 4;
/** Share of the shorter wording's word pairs found in the longer: the words must run together. */
const MIN_PAIRS = 0.7;

/**
 * Share of `a`'s adjacent word pairs that also occur in `b`. Matching tries each new quote
 * against a few wordings as every article is written, and most fail here: the pairs are looked
 * for in place, with no set of `b`'s pairs built (and dropped) per comparison.
 */
function pairContainment(a: string[], b: string[]): number {
  if (a.length < 2) return 0;
  let found = 0;
  for (let i = 0; i + 1 < a.length; i++) {
    const first = a[i];
    const second = a[i + 1];
    for (let j = 0; j + 1 < b.length; j++)
      if (b[j] === first && b[j + 1] === second) {
        found++;
        break;
      }
  }
  return found / (a.length - 1);
}

/**
 * How well a quote's words match a wording of a statement, 0 when they are not the same
 * statement: the shorter must be (nearly) contained in the longer, word by word in order and
 * mostly in the same runs, with enough words that a shared common phrase ("we are deeply
 * disappointed") is not enough.
 */
export function matchScore(a: string[], b: string[]): number {
  const shorter = Math.min(a.length, b.length);
  const longer = Math.max(a.length, b.length);
  if (shorter === 0) return 0;
  const needed = shorter * 2 < longer ? MIN_SHARED_FRAGMENT : MIN_SHARED;
  if (shorter < needed) return 0;
  // The cheap test first: most candidates from the index fail on word pairs.
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (pairContainment(short, long) < MIN_PAIRS) return 0;
  const shared = sharedWords(a, b);
  if (shared < needed || shared < shorter * MIN_COVERAGE) return 0;
  if (longestRun(a, b) < MIN_RUN) return 0;
  return shared / shorter;
}

/** Is `part` the words of `whole` with some left out (a trim), in order? */
export function isTrimOf(part: string[], whole: string[]): boolean {
  return part.length < whole.length && sharedWords(part, whole) === part.length;
}

/**
 * Word-level difference of a variant against the canonical wording, as runs of same, added
 * and dropped words. `shown` holds the variant's words as printed (for display), aligned with
 * `variant`; canonical words are shown as `canonicalShown`.
 */
export function wordChanges(
  canonical: string[],
  variant: string[],
  canonicalShown: string[] = canonical,
  shown: string[] = variant,
): WordChange[] {
  const table = lcsTable(canonical, variant);
  const changes: WordChange[] = [];
  const push = (op: WordChange['op'], word: string) => {
    const last = changes[changes.length - 1];
    if (last && last.op === op) last.text += ` ${word}`;
    else changes.push({ op, text: word });
  };
  let i = 0;
  let j = 0;
  while (i < canonical.length || j < variant.length) {
    if (i < canonical.length && j < variant.length && canonical[i] === variant[j]) {
      push('same', shown[j] ?? variant[j]!);
      i++;
      j++;
    } else if (
      j < variant.length &&
      (i >= canonical.length || table[i]![j + 1]! >= table[i + 1]![j]!)
    ) {
      push('added', shown[j] ?? variant[j]!);
      j++;
    } else {
      push('dropped', canonicalShown[i] ?? canonical[i]!);
      i++;
    }
  }
  return changes;
}
