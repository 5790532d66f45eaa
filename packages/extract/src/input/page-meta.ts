import { SourceMeta } from '@sourcetrace/article-model';
import type { PageMeta } from './html-scan.js';

/** Article metadata found in a page, each value checked and cleaned. */
export interface ArticleMeta {
  title?: string;
  byline?: string;
  publisher?: string;
  publishedAt?: string;
  url?: string;
}

/** What the body finder (Readability) reported, used when the page markup says nothing. */
export interface FoundMeta {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
}

/** Fields from JSON-LD (schema.org NewsArticle and kin), Open Graph and meta tags, in that order. */
export function articleMeta(page: PageMeta, found: FoundMeta, givenUrl?: string): ArticleMeta {
  const ld = jsonLdArticle(page.jsonLd);
  const meta = (...keys: string[]) =>
    keys.map((key) => page.meta.get(key)).find((value) => value && value.trim());
  const result: ArticleMeta = {};
  const title = firstText(ld.headline, meta('og:title', 'twitter:title'), found.title, page.title);
  if (title) result.title = title;
  const byline = firstText(
    ld.author,
    meta('author', 'parsely-author', 'dc.creator', 'byl', 'sailthru.author'),
    notUrl(meta('article:author')),
    found.byline,
  );
  if (byline) result.byline = byline.replace(/^by\s+/i, '');
  const publisher = firstText(
    ld.publisher,
    meta('og:site_name', 'application-name'),
    found.siteName,
  );
  if (publisher) result.publisher = publisher;
  const published = [
    ld.datePublished,
    meta(
      'article:published_time',
      'og:article:published_time',
      'datepublished',
      'date',
      'pubdate',
      'publishdate',
      'dc.date.issued',
      'dc.date',
      'parsely-pub-date',
      'sailthru.date',
    ),
    found.publishedTime,
  ]
    .map((value) => isoDate(value))
    .find((value) => value !== undefined);
  if (published) result.publishedAt = published;
  const url = [page.canonical, meta('og:url'), ld.url, givenUrl]
    .map((value) => absoluteUrl(value, givenUrl))
    .find((value) => value !== undefined);
  if (url) result.url = url;
  return result;
}

interface LdArticle {
  headline?: string;
  author?: string;
  publisher?: string;
  datePublished?: string;
  url?: string;
}

const ARTICLE_TYPE = /(?:Article|Posting|Report|Story)$/;
const MAX_LD_NODES = 2000;

/** The first Article-like object in the page's JSON-LD; malformed JSON is skipped. */
function jsonLdArticle(sources: readonly string[]): LdArticle {
  for (const source of sources) {
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      continue;
    }
    const found = findArticleNode(data);
    if (found) {
      return {
        headline: text(found.headline) ?? text(found.name),
        author: names(found.author ?? found.creator),
        publisher: names(found.publisher),
        datePublished: text(found.datePublished) ?? text(found.dateCreated),
        url:
          text(found.url) ??
          text(found.mainEntityOfPage) ??
          text(record(found.mainEntityOfPage)?.['@id']),
      };
    }
  }
  return {};
}

/** Breadth-first through arrays and @graph, bounded so a hostile document cannot run long. */
function findArticleNode(data: unknown): Record<string, unknown> | null {
  const queue: unknown[] = [data];
  for (let visited = 0; visited < queue.length && visited < MAX_LD_NODES; visited++) {
    const node = queue[visited];
    if (Array.isArray(node)) {
      queue.push(...node.slice(0, MAX_LD_NODES));
      continue;
    }
    const object = record(node);
    if (!object) continue;
    const types = ([] as unknown[])
      .concat(object['@type'])
      .filter((type): type is string => typeof type === 'string');
    if (types.some((type) => ARTICLE_TYPE.test(type))) return object;
    if (Array.isArray(object['@graph'])) queue.push(object['@graph']);
  }
  return null;
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/** "Jane Roe", {name: "Jane Roe"} or a list of either, as one line. */
function names(value: unknown): string | undefined {
  const list = (Array.isArray(value) ? value : [value]).slice(0, 10);
  const found = list
    .map((item) => text(item) ?? text(record(item)?.name))
    .filter((name): name is string => name !== undefined);
  return found.length > 0 ? found.join(', ') : undefined;
}

const MAX_META_LENGTH = 300;

function firstText(...values: (string | null | undefined)[]): string | undefined {
  for (const value of values) {
    const cleaned = value?.replace(/\s+/g, ' ').trim().slice(0, MAX_META_LENGTH).trim();
    if (cleaned) return cleaned;
  }
  return undefined;
}

function notUrl(value: string | undefined): string | undefined {
  return value && /^\s*https?:/i.test(value) ? undefined : value;
}

const ISO_DATE =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** ISO 8601 as given when it already is; other parseable dates converted; nonsense dropped. */
function isoDate(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed || trimmed.length > 64) return undefined;
  if (ISO_DATE.test(trimmed)) return trimmed.replace(' ', 'T');
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** A caller's URL as the model keeps it (absolute, http(s), normalised), or undefined when it is not one. */
export function pageUrl(value: string): string | undefined {
  return absoluteUrl(value, undefined);
}

/** An http(s) URL the model accepts, relative ones resolved against the page's own address. */
function absoluteUrl(
  value: string | null | undefined,
  base: string | undefined,
): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed || trimmed.length > 2048) return undefined;
  try {
    const url = base && URL.canParse(base) ? new URL(trimmed, base) : new URL(trimmed);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return SourceMeta.shape.url.safeParse(url.href).success ? url.href : undefined;
  } catch {
    return undefined;
  }
}
