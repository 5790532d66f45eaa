import type { Article } from '@sourcetrace/article-model';
import { quotingArticle } from '../src/testing/index.js';
import { OUTLETS, PEOPLE } from '../src/statements/grouping-corpus.js';

// Invented quoted lines for the benchmark corpus, one distinct line per number, so a large
// corpus holds many statements and not only the few the synthetic articles repeat. The words
// are made-up syllable pairs drawn by a hash of the number, a few common words between them.
const SYLLABLES = [
  'ba',
  'ke',
  'lo',
  'mi',
  'nu',
  'pa',
  're',
  'si',
  'to',
  'vu',
  'da',
  'fe',
  'go',
  'hi',
  'ju',
  'za',
];
const GLUE = ['the', 'and', 'will', 'of', 'we'];

function pick<T>(list: T[], n: number): T {
  return list[n % list.length] as T;
}

function mix(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The line numbered `n`: sixteen words, distinct for every n. */
export function benchLine(n: number): string {
  const words: string[] = [];
  for (let i = 0; i < 16; i++) {
    const h = mix(n * 31 + i * 7919 + 1);
    words.push(
      i % 4 === 3
        ? pick(GLUE, h)
        : pick(SYLLABLES, h) + pick(SYLLABLES, h >>> 8) + pick(SYLLABLES, h >>> 16),
    );
  }
  return words.join(' ');
}

/**
 * An article for seed `n` quoting line n, and again line n - 1 trimmed or line n - 2 with
 * a word changed, so statements are carried by several outlets.
 */
export function benchStatementArticle(n: number): Article {
  const lines = [{ words: benchLine(n), speaker: pick(PEOPLE, n) }];
  if (n > 1 && n % 3 === 0)
    lines.push({
      words: benchLine(n - 1)
        .split(' ')
        .slice(0, 12)
        .join(' '),
      speaker: pick(PEOPLE, n - 1),
    });
  if (n > 2 && n % 5 === 0)
    lines.push({
      words: benchLine(n - 2).replace(/^(\S+ \S+ \S+) \S+/, '$1 changed'),
      speaker: pick(PEOPLE, n + 1),
    });
  const day = new Date(Date.UTC(2024, 0, 1) + (n % 600) * 86_400_000).toISOString().slice(0, 10);
  return quotingArticle({
    publisher: pick(OUTLETS, n),
    publishedAt: day,
    tag: `bench-${n}`,
    lines,
  });
}
