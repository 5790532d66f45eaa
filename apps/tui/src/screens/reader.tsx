/** @jsxRuntime automatic */
import { memo, useMemo, useState } from 'react';
import { Box, Text, type TextProps } from 'ink';
import {
  primaryDescriptor,
  RULE_EXPLANATIONS,
  sliceSpan,
  type Article,
  type Quote,
} from '@sourcetrace/article-model';
import { useAppContext, useKeys, useRemembered } from '../app/context.js';
import { Frame, Message, NotReady, useBodyRows } from '../app/frame.js';
import { scrollStep } from '../app/list.js';
import { describeError, useResource } from '../app/use-resource.js';
import {
  layoutArticle,
  type ArticleLayout,
  type LegendEntry,
  type Line,
  type SegmentStyle,
} from '../reader/layout.js';
import { displayWidth } from '../text/width.js';
import { cleanLine } from '@sourcetrace/terminal-text';
import { speakerColor, speakerMarker } from '../text/theme.js';
import { formatDate } from '../text/date.js';

interface View {
  offset: number;
  /** Index into the layout's quoteOrder; -1 when no quote is focused. */
  focus: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function segmentProps(style: SegmentStyle, focused: boolean, color: boolean): TextProps {
  const props: Mutable<TextProps> = {};
  if (style.block === 'title' || style.block === 'heading') props.bold = true;
  if (style.block === 'boilerplate') props.dimColor = true;
  if (style.block === 'caption' || style.block === 'byline') props.italic = true;
  if (style.mention && !style.marker) props.underline = true;
  if (style.claimHedge && style.claimHedge !== 'none') {
    props.italic = true;
    if (style.marker && color) props.color = 'yellow';
    else if (style.marker) props.dimColor = true;
  }
  if (style.quoteId) {
    if (color) props.color = speakerColor(style.speakerRank);
    if (style.quotePart === 'cue' || style.quotePart === 'source' || style.marker)
      props.bold = true;
    if (focused) props.inverse = true;
  }
  return props;
}

const ArticleLine = memo(function ArticleLine(props: {
  line: Line;
  focusedQuote: string | null;
  color: boolean;
}) {
  if (props.line.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate-end">
      {props.line.map((segment, index) => (
        <Text
          key={index}
          {...segmentProps(
            segment.style,
            segment.style.quoteId === props.focusedQuote,
            props.color,
          )}
        >
          {segment.text}
        </Text>
      ))}
    </Text>
  );
});

/** Moves the window so `line` shows, with two lines of context above it when it had to move. */
function reveal(offset: number, line: number, body: number): number {
  if (line >= offset && line < offset + body) return offset;
  return Math.max(0, line - 2);
}

function QuoteStatus(props: {
  article: Article;
  quote: Quote;
  index: number;
  total: number;
  ranks: Map<string, number>;
}) {
  const { article, quote } = props;
  const { color } = useAppContext();
  const speaker = article.entities.find((entity) => entity.id === quote.speakerId);
  const channel = article.entities.find((entity) => entity.id === quote.channelId);
  const cue = quote.cue ? cleanLine(sliceSpan(article.text, quote.cue)) : null;
  const descriptor = speaker ? primaryDescriptor(speaker) : null;
  const rank = quote.speakerId ? (props.ranks.get(quote.speakerId) ?? null) : null;
  return (
    <Text wrap="truncate-end">
      <Text dimColor>
        Quote {props.index + 1}/{props.total}{' '}
      </Text>
      <Text bold color={color ? speakerColor(rank) : undefined}>
        {color ? '' : `${speakerMarker(rank)} `}
        {speaker ? cleanLine(speaker.name) : 'unattributed'}
      </Text>
      {descriptor ? <Text>, {cleanLine(descriptor)}</Text> : null}
      {cue ? <Text dimColor> · cue </Text> : null}
      {cue ? <Text>“{cue}”</Text> : null}
      {channel ? <Text dimColor> · via </Text> : null}
      {channel ? <Text>{cleanLine(channel.name)}</Text> : null}
      <Text dimColor> · {quote.kind}</Text>
      {speaker ? <Text dimColor> · Enter: all their quotes</Text> : null}
    </Text>
  );
}

/** The speakers that fit on one line, most quoted first, and how many did not fit. */
function legendThatFits(legend: LegendEntry[], width: number, color: boolean) {
  const shown: { entry: LegendEntry; label: string }[] = [];
  let used = 0;
  for (const entry of legend) {
    const label = `${cleanLine(entry.name)} (${entry.quotes})`;
    const w = (color ? 1 : speakerMarker(entry.rank).length) + 1 + displayWidth(label) + 2;
    if (used + w > width - 8 && shown.length > 0) break;
    shown.push({ entry, label });
    used += w;
  }
  return { shown, hidden: legend.length - shown.length };
}

function Legend(props: { layout: ArticleLayout }) {
  const { color, columns } = useAppContext();
  const { shown, hidden } = useMemo(
    () => legendThatFits(props.layout.legend, columns, color),
    [props.layout, columns, color],
  );
  if (shown.length === 0) return <Text dimColor>No quotes found in this article.</Text>;
  return (
    <Text wrap="truncate-end">
      {shown.map(({ entry, label }) => (
        <Text key={entry.rank ?? 'none'}>
          <Text color={color ? speakerColor(entry.rank) : undefined} bold>
            {color ? '■' : speakerMarker(entry.rank)}
          </Text>{' '}
          {label}
          {'  '}
        </Text>
      ))}
      {hidden > 0 ? <Text dimColor>+{hidden} more (s)</Text> : null}
    </Text>
  );
}

/** One article, wrapped to the terminal, each quote in its speaker's colour. */
export function ReaderScreen(props: { articleId: string; quoteId?: string }) {
  const { reader } = useAppContext();
  const article = useResource(() => reader.getArticle(props.articleId), [reader, props.articleId]);
  if (article.status !== 'ready' || !article.value) {
    return (
      <Frame title={<Text bold>Reader</Text>} keys="Esc back  q quit">
        <NotReady resource={article} what="the article" missing="No such article." />
      </Frame>
    );
  }
  return <ArticleView article={article.value} quoteId={props.quoteId} />;
}

function ArticleView(props: { article: Article; quoteId?: string }) {
  const { article } = props;
  const { columns, color, push, reader } = useAppContext();
  // Rows of its own: the legend above the text, the focused quote's rule below it.
  const body = useBodyRows(2);
  const layout = useMemo(
    () => layoutArticle(article, columns, { markers: !color }),
    [article, columns, color],
  );
  const quotes = useMemo(
    () => new Map(article.quotes.map((quote) => [quote.id, quote])),
    [article],
  );
  const initialFocus = props.quoteId ? layout.quoteOrder.indexOf(props.quoteId) : -1;
  const [view, setView, latestView] = useRemembered<View>('view', {
    focus: initialFocus,
    offset: initialFocus >= 0 ? reveal(0, layout.quoteLine.get(props.quoteId!) ?? 0, body) : 0,
  });
  const maxOffset = Math.max(0, layout.lines.length - body);
  const offset = Math.min(view.offset, maxOffset);
  const focusedId = view.focus >= 0 ? (layout.quoteOrder[view.focus] ?? null) : null;
  const focused = focusedId ? (quotes.get(focusedId) ?? null) : null;

  const [notice, setNotice] = useState<string | null>(null);
  useKeys((input, key) => {
    setNotice(null);
    const view = latestView();
    const offset = Math.min(view.offset, maxOffset);
    const focused = view.focus >= 0 ? quotes.get(layout.quoteOrder[view.focus] ?? '') : undefined;
    const focusQuote = (index: number) => {
      const id = layout.quoteOrder[index];
      if (id === undefined) return;
      setView({
        focus: index,
        offset: Math.min(maxOffset, reveal(offset, layout.quoteLine.get(id) ?? 0, body)),
      });
    };

    const scrolled = scrollStep(offset, maxOffset, body, input, key);
    if (scrolled !== null) setView({ ...view, offset: scrolled });
    else if (input === 'n' || input === 'N') {
      const count = layout.quoteOrder.length;
      if (count === 0) return true;
      if (view.focus >= 0) focusQuote((view.focus + (input === 'n' ? 1 : count - 1)) % count);
      else {
        // Nothing focused yet: start from what is on screen.
        const lineOf = (id: string) => layout.quoteLine.get(id) ?? 0;
        const first = layout.quoteOrder.findIndex((id) => lineOf(id) >= offset);
        focusQuote(input === 'n' ? Math.max(0, first) : first <= 0 ? count - 1 : first - 1);
      }
    } else if (key.return && focused?.speakerId) {
      const speakerId = focused.speakerId;
      reader.corpusEntityFor(article.id, speakerId).then(
        (entity) =>
          entity
            ? push({ screen: 'entity', entityId: entity.id })
            : setNotice('This speaker has no page in the corpus.'),
        (error: unknown) => setNotice(`Could not open the speaker: ${describeError(error)}`),
      );
    } else if (input === 'S') {
      // From the focused quote to the statement its words belong to across the corpus.
      if (focused?.statementId) push({ screen: 'statement', statementId: focused.statementId });
      else
        setNotice(
          focused ? 'This quote is not part of a statement.' : 'Press n to pick a quote first.',
        );
    } else if (input === 's') push({ screen: 'people', articleId: article.id });
    else if (input === 'c') push({ screen: 'claims', articleId: article.id });
    else return false;
    return true;
  });

  const position =
    layout.lines.length <= body
      ? 'all'
      : `${Math.round((100 * (offset + body)) / layout.lines.length)}%`;
  const meta = [cleanLine(article.source.publisher), formatDate(article.source.publishedAt ?? null)]
    .filter(Boolean)
    .join(' · ');
  return (
    <Frame
      title={
        <Text wrap="truncate-end">
          <Text bold>{cleanLine(article.title) || '(untitled)'}</Text>
          <Text dimColor>{meta ? `  ${meta}` : ''}</Text>
        </Text>
      }
      status={
        notice ? (
          <Message error>{cleanLine(notice)}</Message>
        ) : focused ? (
          <QuoteStatus
            article={article}
            quote={focused}
            index={view.focus}
            total={layout.quoteOrder.length}
            ranks={layout.ranks}
          />
        ) : (
          <Text dimColor wrap="truncate-end">
            {layout.quoteOrder.length} quotes · n/N to move between them · {position}
          </Text>
        )
      }
      keys="n/N quote  Enter speaker  ↑↓ scroll  s people  c claims  Esc  ? help  q quit"
    >
      <Box height={1}>
        <Legend layout={layout} />
      </Box>
      <Box flexDirection="column" height={body}>
        {layout.lines.slice(offset, offset + body).map((line, index) => (
          <ArticleLine
            key={offset + index}
            line={line}
            color={color}
            focusedQuote={
              focusedId && line.some((segment) => segment.style.quoteId === focusedId)
                ? focusedId
                : null
            }
          />
        ))}
      </Box>
      <Box height={1}>{focused ? <FoundBy quote={focused} /> : null}</Box>
    </Frame>
  );
}

/** Which rule found the focused quote, and what that rule means. */
function FoundBy(props: { quote: Quote }) {
  const { rule } = props.quote;
  if (!rule) return null;
  return (
    <Text wrap="truncate-end">
      <Text dimColor>Found by </Text>
      <Text>{rule}</Text>
      <Text dimColor>: {RULE_EXPLANATIONS[rule]}</Text>
    </Text>
  );
}
