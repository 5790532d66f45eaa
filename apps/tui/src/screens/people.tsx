/** @jsxRuntime automatic */
import { useState } from 'react';
import { Text } from 'ink';
import {
  EntityQuery,
  quotesBySpeaker,
  type CorpusEntity,
  type EntityKind,
  primaryDescriptor,
} from '@sourcetrace/article-model';
import { useAppContext, useKeys, useRemembered } from '../app/context.js';
import { Frame, Message, useBodyRows } from '../app/frame.js';
import { ListView, keepInView, moveInList, type ListState } from '../app/list.js';
import { describeError, useResource } from '../app/use-resource.js';
import { cleanLine } from '@sourcetrace/terminal-text';
import { fitWidth } from '../text/width.js';

/** One row of the people list, whether it comes from one article or the whole corpus. */
interface PersonRow {
  /** Article entity id (article view) or corpus entity id (corpus view). */
  id: string;
  name: string;
  /** person, organization, location, other; or outlet, unnamed source. */
  kind: string;
  descriptor: string | null;
  quotes: number;
  /** Mentions in the article, or articles in the corpus. */
  reach: number;
}

const CORPUS_LIMIT = 200;
const KIND_WIDTH = 14;
const COUNT_WIDTH = 9;

function kindLabel(kind: EntityKind, outlet: boolean, anonymous: boolean): string {
  return outlet ? 'news outlet' : anonymous ? 'unnamed' : kind;
}

/** The columns right of the name, fixed widths so rows line up under the heading. */
function countColumns(kind: string, quotes: string, reach: string): string {
  return (
    ' ' +
    fitWidth(kind, KIND_WIDTH - 1) +
    fitWidth(quotes, COUNT_WIDTH, 'right') +
    fitWidth(reach, COUNT_WIDTH, 'right')
  );
}

/** Who speaks in one article, or across the corpus, most quoted first. */
export function PeopleScreen(props: { articleId?: string }) {
  const { reader, push, columns } = useAppContext();
  const { articleId } = props;
  const [list, setList, latestList] = useRemembered<ListState>('list', { selected: 0, offset: 0 });
  const [notice, setNotice] = useState<string | null>(null);
  const visible = useBodyRows(1);

  const rows = useResource(async (): Promise<{ title: string; rows: PersonRow[] }> => {
    if (articleId) {
      const article = await reader.getArticle(articleId);
      if (!article) throw new Error('No such article.');
      const people = article.entities
        .map((entity) => ({
          id: entity.id,
          name: entity.name,
          kind: kindLabel(entity.kind, entity.outlet === true, entity.anonymous === true),
          descriptor: primaryDescriptor(entity),
          quotes: quotesBySpeaker(article, entity.id).length,
          reach: entity.mentions.length,
        }))
        .sort((a, b) => b.quotes - a.quotes || b.reach - a.reach || a.name.localeCompare(b.name));
      return {
        title: `People and sources in “${cleanLine(article.title) || 'untitled'}”`,
        rows: people,
      };
    }
    const page = await reader.listEntities(
      EntityQuery.parse({ sort: 'quotes', limit: CORPUS_LIMIT }),
    );
    return {
      title: 'People and sources in the corpus, most quoted first',
      rows: page.items.map((entity: CorpusEntity) => ({
        id: entity.id,
        name: entity.name,
        kind: kindLabel(entity.kind, entity.outlet, entity.anonymous),
        descriptor: primaryDescriptor(entity),
        quotes: entity.counts.quotes,
        reach: entity.counts.articles,
      })),
    };
  }, [reader, articleId]);

  const items = rows.status === 'ready' ? rows.value.rows : [];
  const nameWidth = Math.max(10, columns - 1 - KIND_WIDTH - 2 * COUNT_WIDTH);
  useKeys((input, key) => {
    const list = latestList();
    const moved = moveInList(list, items.length, visible, input, key);
    if (moved) {
      setList(moved);
      return true;
    }
    const row = items[list.selected];
    if (key.return && row) {
      if (!articleId) push({ screen: 'entity', entityId: row.id });
      else {
        reader.corpusEntityFor(articleId, row.id).then(
          (entity) =>
            entity
              ? push({ screen: 'entity', entityId: entity.id })
              : setNotice(`${cleanLine(row.name)} is not in the corpus index.`),
          (error: unknown) => setNotice(describeError(error)),
        );
      }
      return true;
    }
    return false;
  });

  return (
    <Frame
      title={
        <Text bold wrap="truncate-end">
          {rows.status === 'ready' ? rows.value.title : 'People and sources'}
        </Text>
      }
      status={
        notice ? <Message error>{notice}</Message> : <Text dimColor>{items.length} entities</Text>
      }
      keys="↑↓ move  Enter their page and quotes  Esc back  ? help  q quit"
    >
      <Text dimColor wrap="truncate-end">
        {' '}
        {fitWidth('Name', nameWidth)}
        {countColumns('Kind', 'Quotes', articleId ? 'Mentions' : 'Articles')}
      </Text>
      {rows.status === 'loading' ? (
        <Text dimColor>Loading…</Text>
      ) : rows.status === 'error' ? (
        <Message error>Could not load the people: {cleanLine(rows.message)}</Message>
      ) : items.length === 0 ? (
        <Message>No people or sources found yet.</Message>
      ) : (
        <ListView
          items={items}
          state={keepInView(list, items.length, visible)}
          visible={visible}
          rowsPerItem={1}
          itemKey={(item) => item.id}
          render={(item, selected) => {
            const name = cleanLine(item.name);
            const cell = fitWidth(
              item.descriptor ? `${name}, ${cleanLine(item.descriptor)}` : name,
              nameWidth,
            );
            return (
              <Text wrap="truncate-end">
                <Text bold={selected}>{cell.slice(0, name.length)}</Text>
                <Text dimColor>{cell.slice(name.length)}</Text>
                {countColumns(item.kind, String(item.quotes), String(item.reach))}
              </Text>
            );
          }}
        />
      )}
    </Frame>
  );
}
