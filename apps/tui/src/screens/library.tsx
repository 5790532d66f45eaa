/** @jsxRuntime automatic */
import { useEffect, useState } from 'react';
import { Text } from 'ink';
import {
  ArticleQuery,
  type ArticleSummary,
  type CorpusReader,
  type Page,
} from '@sourcetrace/article-model';
import { useAppContext, useKeys, useRemembered } from '../app/context.js';
import { Frame, Message, useBodyRows } from '../app/frame.js';
import { ListView, keepInView, moveInList, type ListState } from '../app/list.js';
import { describeError, useResource } from '../app/use-resource.js';
import { cleanLine, oneLine } from '@sourcetrace/terminal-text';
import { fitWidth } from '../text/width.js';
import { formatDate } from '../text/date.js';
import type { Route } from '../app/routes.js';

const PAGE_SIZE = 100;
const PUBLISHER_WIDTH = 19;
const DATE_WIDTH = 11;
const COUNT_WIDTH = 9;

/** A page of the library, remembered with the filters it answers. */
export interface LibraryPage {
  /** The filters, serialised, so a stale answer is never shown for new filters. */
  key: string;
  items: ArticleSummary[];
  next: string | null;
}

interface LibraryFilters {
  q?: string;
  publisher?: string;
  entity?: string;
}

function filtersKey(filters: LibraryFilters): string {
  return JSON.stringify([filters.q ?? null, filters.publisher ?? null, filters.entity ?? null]);
}

/** The first page of the unfiltered library: fetched before the first frame, so it is a full one. */
export async function firstLibraryPage(reader: CorpusReader): Promise<LibraryPage> {
  const page = await reader.listArticles(ArticleQuery.parse({ limit: PAGE_SIZE }));
  return { key: filtersKey({}), items: page.items, next: page.next };
}

/** The columns right of the title, each a fixed width, so rows line up under the heading. */
function tableColumns(publisher: string, date: string, quotes: string, speakers: string): string {
  return (
    ' ' +
    fitWidth(publisher, PUBLISHER_WIDTH - 1) +
    ' ' +
    fitWidth(date, DATE_WIDTH - 1) +
    fitWidth(quotes, COUNT_WIDTH, 'right') +
    fitWidth(speakers, COUNT_WIDTH, 'right')
  );
}

/** The article list: search with /, filter by outlet (o) or by entity (from a person's page). */
export function LibraryScreen(props: { route: Route & { screen: 'library' } }) {
  const { reader, push, replace, color, canGoBack, columns } = useAppContext();
  const { route } = props;
  const [query, setQuery, latestQuery] = useRemembered('query', '');
  const [typing, setTyping, latestTyping] = useRemembered('typing', false);
  const [list, setList, latestList] = useRemembered<ListState>('list', { selected: 0, offset: 0 });
  const [loaded, setLoaded] = useRemembered<LibraryPage | null>('loaded', null);
  const [error, setError] = useState<string | null>(null);
  const visible = useBodyRows(1);

  const filters: LibraryFilters = {
    q: query.trim() || undefined,
    publisher: route.publisher,
    entity: route.entity?.id,
  };
  const key = filtersKey(filters);

  useEffect(() => {
    if (loaded?.key === key) return;
    let current = true;
    reader.listArticles(ArticleQuery.parse({ ...filters, limit: PAGE_SIZE })).then(
      (page: Page<ArticleSummary>) => {
        if (!current) return;
        setError(null);
        setLoaded({ key, items: page.items, next: page.next });
        setList({ selected: 0, offset: 0 });
      },
      (failure: unknown) => current && setError(describeError(failure)),
    );
    return () => {
      current = false;
    };
    // The key is the filters, serialised.
  }, [key, reader]);

  // The totals wait for the first page: over a large database they cost more than the page,
  // and the list is what the reader came for.
  const stats = useResource(loaded ? () => reader.stats() : null, [reader, loaded !== null]);

  const items = loaded?.key === key ? loaded.items : (loaded?.items ?? []);
  const loadMore = () => {
    if (!loaded?.next || loaded.key !== key) return;
    const cursor = loaded.next;
    reader.listArticles(ArticleQuery.parse({ ...filters, cursor, limit: PAGE_SIZE })).then(
      (page) =>
        setLoaded((previous) =>
          previous && previous.next === cursor
            ? { key, items: [...previous.items, ...page.items], next: page.next }
            : previous,
        ),
      (failure: unknown) => setError(describeError(failure)),
    );
  };

  useKeys((input, key) => {
    const list = latestList();
    if (latestTyping()) {
      if (key.escape) {
        setQuery('');
        setTyping(false);
      } else if (key.return) setTyping(false);
      else if (key.backspace || key.delete) setQuery((q) => q.slice(0, -1));
      else if (input && !key.ctrl && !key.meta) setQuery((q) => q + oneLine(input));
      return true;
    }
    const moved = moveInList(list, items.length, visible, input, key);
    if (moved) {
      setList(moved);
      if (moved.selected >= items.length - visible) loadMore();
      return true;
    }
    const article = items[list.selected];
    if (input === '/') {
      setTyping(true);
      return true;
    }
    if (key.return && article) {
      push({ screen: 'reader', articleId: article.id });
      return true;
    }
    if (input === 'o' && (article?.publisher || route.publisher)) {
      replace({
        ...route,
        publisher: route.publisher ? undefined : (article?.publisher ?? undefined),
      });
      return true;
    }
    if (input === 'p') {
      push({ screen: 'people' });
      return true;
    }
    if (input === 'S') {
      push({ screen: 'statements' });
      return true;
    }
    if (
      input === 'x' ||
      (key.escape && !canGoBack && (route.publisher || route.entity || latestQuery()))
    ) {
      setQuery('');
      replace({ screen: 'library' });
      return true;
    }
    return false;
  });

  const total =
    stats.status === 'ready'
      ? `${stats.value.articles} articles · ${stats.value.quotes} quotes`
      : '';
  const active = [
    query && `search "${cleanLine(query)}"`,
    route.publisher && `outlet ${cleanLine(route.publisher)}`,
    route.entity && `mentions ${cleanLine(route.entity.name)}`,
  ].filter(Boolean);
  const state = keepInView(list, items.length, visible);
  // One text line per row, not a box per cell: a tenth of the layout work on every frame.
  const titleWidth = Math.max(10, columns - 1 - PUBLISHER_WIDTH - DATE_WIDTH - 2 * COUNT_WIDTH);

  return (
    <Frame
      title={
        <Text wrap="truncate-end">
          <Text bold>Sourcetrace · Library</Text>
          <Text dimColor>{total ? `  ${total}` : ''}</Text>
        </Text>
      }
      status={
        typing ? (
          <Text>
            Search: {query}
            <Text inverse> </Text>
          </Text>
        ) : (
          <Text dimColor wrap="truncate-end">
            {active.length
              ? `Filter: ${active.join(', ')}  (x clears)`
              : `${items.length}${loaded?.next ? '+' : ''} shown`}
          </Text>
        )
      }
      keys="↑↓ move  Enter read  / search  o outlet  p people  x clear  ? help  q quit"
    >
      <Text dimColor wrap="truncate-end">
        {' '}
        {fitWidth('Title', titleWidth)}
        {tableColumns('Publisher', 'Date', 'Quotes', 'Speakers')}
      </Text>
      {error ? (
        <Message error>Could not load the articles: {cleanLine(error)}</Message>
      ) : !loaded ? (
        <Text dimColor>Loading…</Text>
      ) : items.length === 0 ? (
        <Message>
          {active.length
            ? 'No article matches. Press x to clear the filters.'
            : 'The corpus is empty. Add articles with `sourcetrace ingest FILE...`, or read files directly with `sourcetrace tui FILE...`.'}
        </Message>
      ) : (
        <ListView
          items={items}
          state={state}
          visible={visible}
          rowsPerItem={1}
          itemKey={(item) => item.id}
          render={(item, selected) => (
            <Text wrap="truncate-end">
              <Text bold={selected} color={selected && color ? 'cyan' : undefined}>
                {fitWidth(cleanLine(item.title) || '(untitled)', titleWidth)}
              </Text>
              {tableColumns(
                cleanLine(item.publisher),
                formatDate(item.publishedAt),
                String(item.counts.quotes),
                String(item.counts.speakers),
              )}
            </Text>
          )}
        />
      )}
    </Frame>
  );
}
