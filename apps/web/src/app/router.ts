// Hash routes, so every view has a deep link that works from any static server and
// back/forward come for free through `hashchange`.

/** The library's filters, as they appear in the address. */
export interface LibraryFilters {
  q?: string;
  publisher?: string;
  entity?: string;
  from?: string;
  to?: string;
}

export type Route =
  | { view: 'library'; filters: LibraryFilters }
  | { view: 'article'; id: string; entity?: string; quote?: string }
  | { view: 'entity'; id: string }
  | { view: 'paste' }
  | { view: 'statements'; flag?: StatementFlag }
  | { view: 'statement'; id: string }
  | { view: 'not-found'; path: string };

/** The statement flags the statements view filters by. */
export type StatementFlag = 'altered' | 'disputed' | 'unattributed';
const STATEMENT_FLAGS: readonly string[] = ['altered', 'disputed', 'unattributed'];

const FILTER_KEYS = ['q', 'publisher', 'entity', 'from', 'to'] as const;

function params(search: string): URLSearchParams {
  return new URLSearchParams(search);
}

function value(search: URLSearchParams, key: string): string | undefined {
  const found = search.get(key)?.trim();
  return found ? found : undefined;
}

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Reads a route from `location.hash` ("#/articles/abc?entity=e1"). */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const queryAt = raw.indexOf('?');
  const path = queryAt === -1 ? raw : raw.slice(0, queryAt);
  const search = params(queryAt === -1 ? '' : raw.slice(queryAt + 1));
  const parts = path.split('/').filter(Boolean);

  if (parts.length === 0) {
    const filters: LibraryFilters = {};
    for (const key of FILTER_KEYS) {
      const found = value(search, key);
      if (found) filters[key] = found;
    }
    return { view: 'library', filters };
  }
  if (parts.length === 1 && parts[0] === 'paste') return { view: 'paste' };
  if (parts.length === 1 && parts[0] === 'statements') {
    const flag = value(search, 'flag');
    return flag && STATEMENT_FLAGS.includes(flag)
      ? { view: 'statements', flag: flag as StatementFlag }
      : { view: 'statements' };
  }
  if (parts.length === 2) {
    const id = decode(parts[1]!);
    if (id && parts[0] === 'articles') {
      const route: Route = { view: 'article', id };
      const entity = value(search, 'entity');
      const quote = value(search, 'quote');
      if (entity) route.entity = entity;
      if (quote) route.quote = quote;
      return route;
    }
    if (id && parts[0] === 'entities') return { view: 'entity', id };
    if (id && parts[0] === 'statements') return { view: 'statement', id };
  }
  return { view: 'not-found', path };
}

function withQuery(path: string, entries: Array<[string, string | undefined]>): string {
  const search = new URLSearchParams();
  for (const [key, found] of entries) if (found) search.set(key, found);
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** The address of a route, the inverse of parseRoute. */
export function routeHref(route: Route): string {
  switch (route.view) {
    case 'library':
      return (
        '#' +
        withQuery(
          '/',
          FILTER_KEYS.map((key) => [key, route.filters[key]]),
        )
      );
    case 'article':
      return (
        '#' +
        withQuery(`/articles/${encodeURIComponent(route.id)}`, [
          ['entity', route.entity],
          ['quote', route.quote],
        ])
      );
    case 'entity':
      return `#/entities/${encodeURIComponent(route.id)}`;
    case 'paste':
      return '#/paste';
    case 'statements':
      return '#' + withQuery('/statements', [['flag', route.flag]]);
    case 'statement':
      return `#/statements/${encodeURIComponent(route.id)}`;
    case 'not-found':
      return `#${route.path}`;
  }
}

export const hrefs = {
  library: (filters: LibraryFilters = {}) => routeHref({ view: 'library', filters }),
  article: (id: string, extra: { entity?: string; quote?: string } = {}) =>
    routeHref({ view: 'article', id, ...extra }),
  entity: (id: string) => routeHref({ view: 'entity', id }),
  paste: () => routeHref({ view: 'paste' }),
  statements: (flag?: StatementFlag) =>
    routeHref(flag ? { view: 'statements', flag } : { view: 'statements' }),
  statement: (id: string) => routeHref({ view: 'statement', id }),
};
