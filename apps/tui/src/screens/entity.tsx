/** @jsxRuntime automatic */
import { useEffect, useState } from 'react';
import { Box, Text } from 'ink';
import { QuoteQuery, type CorpusEntity, type QuoteRecord } from '@sourcetrace/article-model';
import { useAppContext, useKeys, useRemembered } from '../app/context.js';
import { Frame, Message, NotReady, useBodyRows } from '../app/frame.js';
import { ListView, keepInView, moveInList, type ListState } from '../app/list.js';
import { describeError, useResource } from '../app/use-resource.js';
import { cleanLine } from '@sourcetrace/terminal-text';
import { formatDate } from '../text/date.js';

const PAGE_SIZE = 100;
/** Rows above the quote list: kind and counts, descriptors, aliases, the list heading. */
const HEADER_ROWS = 4;

interface Quotes {
  items: QuoteRecord[];
  next: string | null;
}

/** A person or source: who they are, and every quote by them across the corpus. */
export function EntityScreen(props: { entityId: string }) {
  const { reader, push } = useAppContext();
  const entity = useResource(() => reader.getEntity(props.entityId), [reader, props.entityId]);
  const [quotes, setQuotes] = useRemembered<Quotes | null>('quotes', null);
  const [error, setError] = useState<string | null>(null);
  const [list, setList, latestList] = useRemembered<ListState>('list', { selected: 0, offset: 0 });
  const visible = Math.max(1, Math.floor(useBodyRows(HEADER_ROWS) / 2));

  const load = (cursor?: string) =>
    reader.listQuotes(QuoteQuery.parse({ speaker: props.entityId, cursor, limit: PAGE_SIZE })).then(
      (page) =>
        setQuotes((previous) => ({
          items: [...(cursor ? (previous?.items ?? []) : []), ...page.items],
          next: page.next,
        })),
      (failure: unknown) => setError(describeError(failure)),
    );
  useEffect(() => {
    if (!quotes) void load();
  }, [props.entityId]);

  const items = quotes?.items ?? [];
  useKeys((input, key) => {
    const list = latestList();
    const moved = moveInList(list, items.length, visible, input, key);
    if (moved) {
      setList(moved);
      if (quotes?.next && moved.selected >= items.length - visible) void load(quotes.next);
      return true;
    }
    const record = items[list.selected];
    if (key.return && record) {
      push({ screen: 'reader', articleId: record.article.id, quoteId: record.quote.id });
      return true;
    }
    if (input === 'a' && entity.status === 'ready' && entity.value) {
      push({ screen: 'library', entity: { id: entity.value.id, name: entity.value.name } });
      return true;
    }
    return false;
  });

  if (entity.status !== 'ready' || !entity.value) {
    return (
      <Frame title={<Text bold>Person or source</Text>} keys="Esc back  q quit">
        <NotReady resource={entity} missing="Not in the corpus index." />
      </Frame>
    );
  }
  const e: CorpusEntity = entity.value;
  const flags = [e.kind, e.outlet ? 'news outlet' : null, e.anonymous ? 'unnamed source' : null]
    .filter(Boolean)
    .join(', ');
  return (
    <Frame
      title={
        <Text wrap="truncate-end">
          <Text bold>{cleanLine(e.name)}</Text>
          <Text dimColor> {flags}</Text>
        </Text>
      }
      status={
        <Text dimColor wrap="truncate-end">
          {quotes ? `${items.length}${quotes.next ? '+' : ''} quotes` : 'Loading quotes…'} · Enter
          opens the article at the quote
        </Text>
      }
      keys="↑↓ move  Enter read it  a their articles  Esc back  ? help  q quit"
    >
      <Text wrap="truncate-end">
        {e.counts.quotes} quotes · {e.counts.claims} claims sourced · {e.counts.mentions} mentions
        in {e.counts.articles} articles
      </Text>
      <Text wrap="truncate-end">
        <Text dimColor>Described as: </Text>
        {e.descriptors.length ? e.descriptors.map(cleanLine).join('; ') : '—'}
      </Text>
      <Text wrap="truncate-end">
        <Text dimColor>Also called: </Text>
        {e.aliases.length ? e.aliases.map(cleanLine).join('; ') : '—'}
      </Text>
      <Text bold>Quotes</Text>
      {error ? (
        <Message error>Could not load the quotes: {cleanLine(error)}</Message>
      ) : quotes && items.length === 0 ? (
        <Text dimColor>No quotes by {cleanLine(e.name)}.</Text>
      ) : (
        <ListView
          items={items}
          state={keepInView(list, items.length, visible)}
          visible={visible}
          rowsPerItem={2}
          itemKey={(record) => `${record.article.id}/${record.quote.id}`}
          render={(record, selected) => (
            <Box flexDirection="column">
              <Text wrap="truncate-end" bold={selected}>
                “{cleanLine(record.text)}”
              </Text>
              <Text wrap="truncate-end" dimColor>
                {'  '}
                {[
                  record.cueText && cleanLine(record.cueText),
                  record.channel && `via ${cleanLine(record.channel.name)}`,
                  cleanLine(record.article.title) || '(untitled)',
                  cleanLine(record.article.publisher),
                  formatDate(record.article.publishedAt),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </Box>
          )}
        />
      )}
    </Frame>
  );
}
