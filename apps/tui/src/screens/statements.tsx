/** @jsxRuntime automatic */
import { useMemo } from 'react';
import { Box, Text } from 'ink';
import {
  StatementQuery,
  type CorpusReader,
  type Statement,
  type StatementFlag,
  type StatementReader,
  type StatementSummary,
} from '@sourcetrace/article-model';
import { useAppContext, useKeys, useRemembered } from '../app/context.js';
import { Frame, Message, NotReady, useBodyRows } from '../app/frame.js';
import { ListView, keepInView, moveInList, scrollStep, type ListState } from '../app/list.js';
import { useResource } from '../app/use-resource.js';
import { formatDate } from '../text/date.js';
import { cleanLine } from '@sourcetrace/terminal-text';
import { fitWidth, wrapPlain } from '../text/width.js';

/** The reader's statement queries, when it has them (a store or the API does). */
export function statementsOf(reader: CorpusReader): StatementReader | null {
  const candidate = reader as CorpusReader & Partial<StatementReader>;
  return candidate.listStatements && candidate.getStatement
    ? (candidate as CorpusReader & StatementReader)
    : null;
}

const LISTS: { key: string; flag?: StatementFlag; title: string }[] = [
  { key: 'm', title: 'Most carried statements' },
  { key: 'a', flag: 'altered', title: 'Altered statements: words changed on the way' },
  { key: 'd', flag: 'disputed', title: 'Disputed statements: the same words, different speakers' },
];
const LIMIT = 200;

function firstSeen(statement: StatementSummary): string {
  const first = statement.firstSeen;
  const date = first.publishedAt ? formatDate(first.publishedAt) : 'undated';
  return `first ${cleanLine(first.outlet ?? 'unnamed outlet')}, ${date}`;
}

/** One statement in a list: its words, then who said it, how far it went and its flags. */
function StatementRow(props: { item: StatementSummary; selected: boolean; width: number }) {
  const { item, selected, width } = props;
  const speakers = item.speakers.map((s) => cleanLine(s.name)).join(' / ') || 'no one named';
  const flags = item.flags.length ? ` · ${item.flags.join(', ')}` : '';
  return (
    <Box flexDirection="column">
      <Text bold={selected} wrap="truncate-end">
        “{cleanLine(item.canonical)}”
      </Text>
      <Text dimColor wrap="truncate-end">
        {fitWidth(
          `  ${speakers} · ${item.outlets} outlets · ${firstSeen(item)}${flags}`,
          Math.max(10, width - 2),
        )}
      </Text>
    </Box>
  );
}

/** Statements across the corpus: most carried, altered or disputed (m, a, d); Enter opens one. */
export function StatementsScreen(props: { flag?: StatementFlag }) {
  const { reader, push, replace, columns } = useAppContext();
  const statements = statementsOf(reader);
  const [list, setList, latestList] = useRemembered<ListState>('list', { selected: 0, offset: 0 });
  const visible = Math.max(1, Math.floor(useBodyRows() / 2));
  const current = LISTS.find((l) => l.flag === props.flag) ?? LISTS[0]!;
  const page = useResource(
    statements
      ? () =>
          statements.listStatements(
            StatementQuery.parse(
              props.flag
                ? { flag: props.flag, limit: LIMIT }
                : { minOutlets: 2, sort: 'outlets', limit: LIMIT },
            ),
          )
      : null,
    [statements, props.flag],
  );
  const items = page.status === 'ready' ? page.value.items : [];
  useKeys((input, key) => {
    const moved = moveInList(latestList(), items.length, visible, input, key);
    if (moved) {
      setList(moved);
      return true;
    }
    const other = LISTS.find((l) => l.key === input);
    if (other) {
      setList({ selected: 0, offset: 0 });
      replace(other.flag ? { screen: 'statements', flag: other.flag } : { screen: 'statements' });
      return true;
    }
    const item = items[latestList().selected];
    if (key.return && item) {
      push({ screen: 'statement', statementId: item.id });
      return true;
    }
    return false;
  });
  return (
    <Frame
      title={
        <Text bold wrap="truncate-end">
          {current.title}
        </Text>
      }
      status={<Text dimColor>{items.length} statements</Text>}
      keys="↑↓ move  Enter open  m most carried  a altered  d disputed  Esc back  q quit"
    >
      {!statements ? (
        <Message>Statements need a corpus: open a database or the API.</Message>
      ) : page.status === 'loading' ? (
        <Text dimColor>Loading…</Text>
      ) : page.status === 'error' ? (
        <Message error>Could not load the statements: {cleanLine(page.message)}</Message>
      ) : items.length === 0 ? (
        <Message>No statements here yet.</Message>
      ) : (
        <ListView
          items={items}
          state={keepInView(list, items.length, visible)}
          visible={visible}
          rowsPerItem={2}
          itemKey={(item) => item.id}
          render={(item, selected) => (
            <StatementRow item={item} selected={selected} width={columns} />
          )}
        />
      )}
    </Frame>
  );
}

interface Line {
  text: string;
  style?: 'heading' | 'dim';
}

/** A statement as drawable lines: wording, speakers, timeline, then each variant's changes. */
export function statementLines(statement: Statement, width: number): Line[] {
  const lines: Line[] = [];
  const wrap = (text: string, style?: Line['style'], indent = '') =>
    wrapPlain(text, Math.max(10, width - indent.length)).forEach((t) =>
      lines.push({ text: indent + t, ...(style ? { style } : {}) }),
    );
  wrap(`“${cleanLine(statement.canonical)}”`);
  const speakers = statement.speakers.map((s) => cleanLine(s.name)).join(' / ') || 'no one named';
  wrap(`Said by ${speakers} · ${statement.outlets} outlets · ${firstSeen(statement)}`, 'dim');
  if (statement.flags.length) wrap(`Flags: ${statement.flags.join(', ')}`, 'dim');
  lines.push({ text: '' }, { text: 'Timeline', style: 'heading' });
  for (const o of statement.timeline)
    wrap(
      `${o.publishedAt ? formatDate(o.publishedAt) : 'undated'} ${cleanLine(o.outlet ?? o.article.title ?? 'untitled')} · ${cleanLine(o.speaker?.name ?? 'no speaker named')}`,
      undefined,
      '  ',
    );
  if (statement.variants.length) lines.push({ text: '' }, { text: 'Wordings', style: 'heading' });
  for (const v of statement.variants) {
    const marked = v.changes
      .map((c) => (c.op === 'same' ? c.text : c.op === 'added' ? `[+${c.text}]` : `[-${c.text}]`))
      .join(' ');
    wrap(
      `${v.altered ? 'altered' : 'trimmed'} (${v.occurrences}): ${cleanLine(marked)}`,
      undefined,
      '  ',
    );
  }
  return lines;
}

/** One statement: its canonical words, the timeline of outlets, and how each variant differs. */
export function StatementScreen(props: { statementId: string }) {
  const { reader, columns } = useAppContext();
  const statements = statementsOf(reader);
  const body = useBodyRows();
  const [offset, setOffset, latestOffset] = useRemembered('offset', 0);
  const statement = useResource(
    statements ? () => statements.getStatement(props.statementId) : null,
    [statements, props.statementId],
  );
  const lines = useMemo(
    () =>
      statement.status === 'ready' && statement.value
        ? statementLines(statement.value, columns)
        : [],
    [statement, columns],
  );
  const max = Math.max(0, lines.length - body);
  useKeys((input, key) => {
    const next = scrollStep(Math.min(latestOffset(), max), max, body, input, key);
    if (next === null) return false;
    setOffset(next);
    return true;
  });
  return (
    <Frame
      title={<Text bold>Statement</Text>}
      status={
        <Text dimColor>
          {statement.status === 'ready' && statement.value
            ? `${statement.value.occurrences} quotes`
            : ''}
        </Text>
      }
      keys="↑↓ j/k PgUp/PgDn scroll  Esc back  ? help  q quit"
    >
      {statement.status !== 'ready' || !statement.value ? (
        <NotReady resource={statement} missing="No such statement." />
      ) : (
        <Box flexDirection="column">
          {lines.slice(Math.min(offset, max), Math.min(offset, max) + body).map((line, index) => (
            <Text
              key={index}
              bold={line.style === 'heading'}
              dimColor={line.style === 'dim'}
              wrap="truncate-end"
            >
              {line.text || ' '}
            </Text>
          ))}
        </Box>
      )}
    </Frame>
  );
}
