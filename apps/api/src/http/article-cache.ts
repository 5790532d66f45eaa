import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Article } from '@sourcetrace/article-model';
import type { Store } from '@sourcetrace/store';

export interface CachedArticle {
  body: Buffer;
  etag: string;
  /** When the store last confirmed the article exists (ms since the epoch). */
  checkedAt: number;
}

function serialize(article: Article): CachedArticle {
  const body = Buffer.from(JSON.stringify(article));
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { body, etag, checkedAt: Date.now() };
}

/**
 * Serialized article JSON with its ETag, least recently used evicted first. An article's id
 * comes from its content, so a cached body stays right for as long as the article exists.
 * Deletes through this server drop it at once; otherwise the store is asked again whether the
 * article still exists once `recheckMs` has passed, so a delete made by another process on
 * the same database shows within that time.
 */
export class ArticleCache {
  private readonly entries: LRUCache<string, CachedArticle>;
  /** Counts deletes, so a read that overlapped one does not cache what it found before it. */
  private deletes = 0;

  constructor(
    private readonly recheckMs: number,
    maxBytes = 64 * 1024 * 1024,
  ) {
    this.entries = new LRUCache({
      maxSize: maxBytes,
      maxEntrySize: maxBytes / 4,
      sizeCalculation: (entry) => entry.body.length + 64,
    });
  }

  /** The cached JSON and ETag when they may be served without asking the store. */
  trusted(id: string): CachedArticle | undefined {
    const entry = this.entries.get(id);
    return entry && Date.now() - entry.checkedAt < this.recheckMs ? entry : undefined;
  }

  /** The article's JSON and ETag, from the cache when it may be trusted, else from the store. */
  async read(
    id: string,
    store: Pick<Store, 'getArticle' | 'hasArticle'>,
  ): Promise<CachedArticle | null> {
    const trusted = this.trusted(id);
    if (trusted) return trusted;
    const unconfirmed = this.entries.get(id);
    if (unconfirmed) {
      if (await store.hasArticle(id)) {
        unconfirmed.checkedAt = Date.now();
        return unconfirmed;
      }
      this.entries.delete(id);
      return null;
    }
    const deletesBefore = this.deletes;
    const article = await store.getArticle(id);
    if (!article) return null;
    const entry = serialize(article);
    if (this.deletes === deletesBefore) this.entries.set(article.id, entry);
    return entry;
  }

  delete(id: string): void {
    this.deletes += 1;
    this.entries.delete(id);
  }
}
