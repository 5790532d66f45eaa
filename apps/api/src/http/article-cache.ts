import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Article } from '@sourcetrace/article-model';

export interface CachedArticle {
  body: Buffer;
  etag: string;
}

/**
 * Serialized article JSON with its ETag, least recently used evicted first. An article's id
 * comes from its content, so a cached body stays right until the article is deleted; reads
 * still ask the store whether the article exists, so a delete made elsewhere is seen at once.
 */
export class ArticleCache {
  private readonly entries: LRUCache<string, CachedArticle>;

  constructor(maxBytes = 64 * 1024 * 1024) {
    this.entries = new LRUCache({
      maxSize: maxBytes,
      maxEntrySize: maxBytes / 4,
      sizeCalculation: (entry) => entry.body.length + 64,
    });
  }

  get(id: string): CachedArticle | undefined {
    return this.entries.get(id);
  }

  put(article: Article): CachedArticle {
    const body = Buffer.from(JSON.stringify(article));
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    const entry = { body, etag };
    this.entries.set(article.id, entry);
    return entry;
  }

  delete(id: string): void {
    this.entries.delete(id);
  }
}
