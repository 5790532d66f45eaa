import type { Response } from 'express';
import { LRUCache } from 'lru-cache';

type Load = () => Promise<unknown>;

/**
 * Serialized answers to list and stats queries, keyed by operation and parsed query. Writes
 * through this app clear it at once; entries also expire after `ttlMs`, so writes made by
 * another process on the same database show within that time. Concurrent misses for one key
 * share a single store query.
 */
export class ReadCache {
  private readonly entries: LRUCache<string, Buffer, Load>;

  constructor(ttlMs: number, maxBytes = 32 * 1024 * 1024) {
    this.entries = new LRUCache<string, Buffer, Load>({
      ttl: ttlMs,
      maxSize: maxBytes,
      maxEntrySize: maxBytes / 8,
      sizeCalculation: (body) => body.length + 64,
      fetchMethod: async (_key, _stale, { context }) =>
        Buffer.from(JSON.stringify(await context())),
    });
  }

  /** Sends the JSON of `load()`, from the cache when a fresh copy is there. */
  async send(res: Response, key: string, load: Load): Promise<void> {
    const body =
      this.entries.ttl > 0 ? await this.entries.fetch(key, { context: load }) : undefined;
    res.type('application/json').send(body ?? Buffer.from(JSON.stringify(await load())));
  }

  clear(): void {
    this.entries.clear();
  }
}
