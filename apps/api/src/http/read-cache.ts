import type { Response } from 'express';
import { LRUCache } from 'lru-cache';
import { sendJson } from './send-json.js';

/** Reads the answer to a query from the store. */
export type Load<Q> = (query: Q) => Promise<unknown>;

const serialize = async <Q>(query: Q, load: Load<Q>): Promise<Buffer> =>
  Buffer.from(JSON.stringify(await load(query)));

/**
 * Serialized answers to list and stats queries, keyed by operation and parsed query. Writes
 * through this app clear it at once; entries also expire after `ttlMs`, so writes made by
 * another process on the same database show within that time. Concurrent misses for one key
 * share a single store query.
 */
export class ReadCache {
  private readonly entries: LRUCache<string, Buffer> | undefined;
  /** Store queries under way, by key; a clear() forgets them so later reads ask again. */
  private readonly loading = new Map<string, Promise<Buffer>>();

  constructor(ttlMs: number, maxBytes = 32 * 1024 * 1024) {
    // lru-cache reads a ttl of 0 as "never expires"; here it means "do not cache".
    this.entries =
      ttlMs > 0
        ? new LRUCache<string, Buffer>({
            ttl: ttlMs,
            maxSize: maxBytes,
            maxEntrySize: maxBytes / 8,
            sizeCalculation: (body) => body.length + 64,
          })
        : undefined;
  }

  /**
   * Sends the JSON of `load(query)`, from the cache when a fresh copy is there; a hit answers
   * at once, without waiting on a promise.
   */
  send<Q>(res: Response, operation: string, query: Q, load: Load<Q>): void | Promise<void> {
    if (!this.entries) return serialize(query, load).then((body) => sendJson(res, body));
    const key = `${operation} ${JSON.stringify(query)}`;
    const body = this.entries.get(key);
    if (body) return sendJson(res, body);
    return this.loadOnce(this.entries, key, query, load).then((loaded) => sendJson(res, loaded));
  }

  private loadOnce<Q>(
    entries: LRUCache<string, Buffer>,
    key: string,
    query: Q,
    load: Load<Q>,
  ): Promise<Buffer> {
    const pending = this.loading.get(key);
    if (pending) return pending;
    const loading = serialize(query, load).then((body) => {
      // When a write cleared the cache meanwhile, this answer may predate it: keep it out.
      if (this.loading.get(key) === loading) entries.set(key, body);
      return body;
    });
    const forget = () => {
      if (this.loading.get(key) === loading) this.loading.delete(key);
    };
    loading.then(forget, forget);
    this.loading.set(key, loading);
    return loading;
  }

  clear(): void {
    this.entries?.clear();
    this.loading.clear();
  }
}
