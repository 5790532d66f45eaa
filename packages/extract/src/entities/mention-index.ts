import type { Span } from '@sourcetrace/article-model';
import type { Mention } from './types.js';

/** Characters per bucket: a bucket holds at most a few hundred mentions, whatever the text. */
const BUCKET = 1024;

interface Bucket {
  key: number;
  items: Mention[];
}

/**
 * The mentions in text order (by start; equal starts in insertion order). Mentions are kept in
 * buckets of a fixed stretch of text, so an insertion costs at most one bucket and a walk
 * back from an offset costs what it visits: the table stays linear on any input.
 */
export class MentionIndex {
  /** Non-empty buckets, by key. */
  private readonly buckets: Bucket[] = [];

  insert(m: Mention): void {
    const key = Math.floor(m.span.start / BUCKET);
    const items = this.bucket(key);
    // after every mention that starts at or before it
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (items[mid]!.span.start <= m.span.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo === items.length) items.push(m);
    else items.splice(lo, 0, m);
  }

  /**
   * Visits the mentions that start before `offset`, nearest first, until `visit` returns true
   * or `limit` mentions were visited.
   */
  eachBefore(offset: number, limit: number, visit: (m: Mention) => boolean | void): void {
    let b = this.bucketAtOrBefore(Math.floor(offset / BUCKET));
    let n = 0;
    for (; b >= 0; b--) {
      const items = this.buckets[b]!.items;
      for (let i = lowerBound(items, offset) - 1; i >= 0; i--) {
        if (n++ >= limit || visit(items[i]!)) return;
      }
    }
  }

  /** Visits the mentions that start at or after `offset`, in order, until `visit` returns true. */
  eachFrom(offset: number, visit: (m: Mention) => boolean | void): void {
    let b = this.bucketAtOrBefore(Math.floor(offset / BUCKET));
    if (b < 0) b = 0;
    for (; b < this.buckets.length; b++) {
      const items = this.buckets[b]!.items;
      for (let i = lowerBound(items, offset); i < items.length; i++) if (visit(items[i]!)) return;
    }
  }

  /** The last mention that starts before offset. */
  lastBefore(offset: number): Mention | undefined {
    let found: Mention | undefined;
    this.eachBefore(offset, 1, (m) => {
      found = m;
      return true;
    });
    return found;
  }

  /** The first mention that starts at or after offset. */
  firstFrom(offset: number): Mention | undefined {
    let found: Mention | undefined;
    this.eachFrom(offset, (m) => {
      found = m;
      return true;
    });
    return found;
  }

  /** Mentions overlapping the span among the 50 that start before its end, in text order. */
  overlapping(span: Span): Mention[] {
    const found: Mention[] = [];
    this.eachBefore(span.end, 50, (m) => {
      if (m.span.end > span.start && m.span.start < span.end) found.push(m);
    });
    return found.reverse();
  }

  /** The mentions that start exactly at offset, in insertion order. */
  startingAt(offset: number): Mention[] {
    const b = this.bucketAtOrBefore(Math.floor(offset / BUCKET));
    const bucket = this.buckets[b];
    if (!bucket || bucket.key !== Math.floor(offset / BUCKET)) return [];
    const found: Mention[] = [];
    for (let i = lowerBound(bucket.items, offset); i < bucket.items.length; i++) {
      if (bucket.items[i]!.span.start !== offset) break;
      found.push(bucket.items[i]!);
    }
    return found;
  }

  /** Every mention in text order. */
  all(): Mention[] {
    const all: Mention[] = [];
    for (const bucket of this.buckets) for (const m of bucket.items) all.push(m);
    return all;
  }

  private bucket(key: number): Mention[] {
    const at = this.bucketAtOrBefore(key);
    if (at >= 0 && this.buckets[at]!.key === key) return this.buckets[at]!.items;
    const bucket: Bucket = { key, items: [] };
    // buckets are mostly made in text order: appending is the common case
    if (at === this.buckets.length - 1) this.buckets.push(bucket);
    else this.buckets.splice(at + 1, 0, bucket);
    return bucket.items;
  }

  /** The index of the last bucket whose key is at most `key`, or -1. */
  private bucketAtOrBefore(key: number): number {
    let lo = 0;
    let hi = this.buckets.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.buckets[mid]!.key <= key) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

/** The first index whose mention starts at or after offset. */
function lowerBound(items: readonly Mention[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.span.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
