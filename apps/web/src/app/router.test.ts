import { describe, expect, it } from 'vitest';
import { hrefs, parseRoute, routeHref, type Route } from './router.js';

describe('parseRoute', () => {
  it('reads the library with its filters, ignoring blanks and unknown keys', () => {
    expect(parseRoute('')).toEqual({ view: 'library', filters: {} });
    expect(parseRoute('#/?q=%20bridge%20&publisher=&entity=e1&from=2026-01-01&x=1')).toEqual({
      view: 'library',
      filters: { q: 'bridge', entity: 'e1', from: '2026-01-01' },
    });
  });

  it('reads articles with the entity and quote to show first', () => {
    expect(parseRoute('#/articles/abc?entity=e2&quote=q3')).toEqual({
      view: 'article',
      id: 'abc',
      entity: 'e2',
      quote: 'q3',
    });
  });

  it('decodes ids, and treats undecodable or unknown paths as not found', () => {
    expect(parseRoute('#/entities/person%3Aana%20ruiz')).toEqual({
      view: 'entity',
      id: 'person:ana ruiz',
    });
    expect(parseRoute('#/entities/%E0%A4%A')).toEqual({
      view: 'not-found',
      path: '/entities/%E0%A4%A',
    });
    expect(parseRoute('#/nowhere/at/all')).toEqual({ view: 'not-found', path: '/nowhere/at/all' });
    expect(parseRoute('#/paste')).toEqual({ view: 'paste' });
  });
});

describe('routeHref', () => {
  const routes: Route[] = [
    { view: 'library', filters: {} },
    { view: 'library', filters: { q: 'a & b', publisher: 'Valley Courier', to: '2026-02-01' } },
    { view: 'article', id: 'id/with?odd#chars' },
    { view: 'article', id: 'a1', entity: 'e 1', quote: 'q1' },
    { view: 'entity', id: 'person:lina okafor' },
    { view: 'paste' },
  ];

  it('is the inverse of parseRoute', () => {
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('keeps ids inside one path segment', () => {
    expect(hrefs.article('a/b')).toBe('#/articles/a%2Fb');
    expect(hrefs.library()).toBe('#/');
  });
});
