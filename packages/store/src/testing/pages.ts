import { ArticleQuery, ClaimQuery, QuoteQuery } from '@sourcetrace/article-model';
import type { Store } from '../types.js';

/** Every page of a list from the first, `next` after `next`, as keys in list order. */
export async function everyPage<T>(
  read: (cursor: string | undefined) => Promise<{ items: T[]; next: string | null }>,
  key: (item: T) => string,
): Promise<string[]> {
  const keys: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor);
    keys.push(...page.items.map(key));
    cursor = page.next ?? undefined;
  } while (cursor);
  return keys;
}

/** Every quote a search for `q` finds (all of them without `q`), `limit` a page: "article/quote/text". */
export const listedQuotes = (store: Store, limit: number, q?: string): Promise<string[]> =>
  everyPage(
    (cursor) => store.listQuotes(QuoteQuery.parse({ q, cursor, limit })),
    (item) => `${item.article.id}/${item.quote.id}/${item.text}`,
  );

/** Every claim a search for `q` finds, likewise: "article/claim/text". */
export const listedClaims = (store: Store, limit: number, q?: string): Promise<string[]> =>
  everyPage(
    (cursor) => store.listClaims(ClaimQuery.parse({ q, cursor, limit })),
    (item) => `${item.article.id}/${item.claim.id}/${item.text}`,
  );

/** Every article a search for `q` finds, likewise: its id. */
export const listedArticles = (store: Store, limit: number, q?: string): Promise<string[]> =>
  everyPage(
    (cursor) => store.listArticles(ArticleQuery.parse({ q, cursor, limit })),
    (item) => item.id,
  );
