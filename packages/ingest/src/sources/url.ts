import type { ExtractInput } from '@sourcetrace/extract';
import { safeFetch, type FetchedPage, type SafeFetchOptions } from '../fetch/safe-fetch.js';
import { parseFeed, type Feed, type FeedEntry } from './feed.js';
import { failedItem, inputItem, type SourceItem } from './types.js';

export const DEFAULT_MAX_FEED_ITEMS = 200;
const XML_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
]);

/** A page becomes one item; a feed becomes one item per entry. */
export async function* readUrlItems(
  url: string,
  options: { fetch?: SafeFetchOptions; maxFeedItems?: number } = {},
): AsyncGenerator<SourceItem> {
  let page: FetchedPage;
  try {
    page = await safeFetch(url, options.fetch);
  } catch (error) {
    yield failedItem(url, error);
    return;
  }
  const document = readFetched(page);
  if (document.kind === 'malformed') {
    yield failedItem(url, new Error(document.reason));
    return;
  }
  if (document.kind === 'page') {
    yield inputItem(url, document.input);
    return;
  }
  const { feed } = document;
  const entries = feed.entries.slice(0, options.maxFeedItems ?? DEFAULT_MAX_FEED_ITEMS);
  if (entries.length === 0) yield failedItem(url, new Error('the feed has no items'));
  for (const [index, entry] of entries.entries()) {
    yield await feedEntryItem(entry, `${url} #${index + 1}`, feed.title, options.fetch);
  }
}

/** What a fetched URL holds: a feed, a page to extract, or XML that is neither. */
export type FetchedDocument =
  | { kind: 'feed'; feed: Feed }
  | { kind: 'page'; input: ExtractInput }
  | { kind: 'malformed'; reason: string };

export function readFetched(page: FetchedPage): FetchedDocument {
  const feed = looksLikeXml(page) ? parseFeed(page.body, page.url) : null;
  if (feed) return { kind: 'feed', feed };
  if (XML_TYPES.has(page.contentType) && !/<html[\s>]/i.test(page.body))
    return { kind: 'malformed', reason: 'XML that is not a well-formed RSS or Atom feed' };
  return { kind: 'page', input: pageInput(page) };
}

function looksLikeXml(page: FetchedPage): boolean {
  return (
    XML_TYPES.has(page.contentType) ||
    /^\s*(<\?xml|<rss[\s>]|<feed[\s>]|<rdf:RDF[\s>])/.test(page.body)
  );
}

function pageInput(
  page: FetchedPage,
  meta: { title?: string; publisher?: string; publishedAt?: string } = {},
): ExtractInput {
  return page.contentType === 'text/plain'
    ? { text: page.body, url: page.url, ...meta }
    : { html: page.body, url: page.url, ...meta };
}

/** The item's page when it can be had; otherwise the content the feed itself carries. */
export async function feedEntryItem(
  entry: FeedEntry,
  fallbackLabel: string,
  feedTitle: string | null,
  fetchOptions: SafeFetchOptions | undefined,
): Promise<SourceItem> {
  const label = entry.link ?? fallbackLabel;
  const meta = {
    ...(entry.title ? { title: entry.title } : {}),
    ...(feedTitle ? { publisher: feedTitle } : {}),
    ...(entry.publishedAt ? { publishedAt: entry.publishedAt } : {}),
  };
  let pageError: unknown = new Error('the item has no link and no content');
  if (entry.link) {
    try {
      const page = await safeFetch(entry.link, fetchOptions);
      if (!looksLikeXml(page)) return inputItem(label, pageInput(page, meta));
      pageError = new Error('the item links to XML, not a page');
    } catch (error) {
      pageError = error;
    }
  }
  if (entry.content) {
    return inputItem(label, {
      html: entry.content,
      ...(entry.link ? { url: entry.link } : {}),
      ...meta,
    });
  }
  return failedItem(label, pageError);
}
