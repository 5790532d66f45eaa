/** @jsxRuntime automatic */
import { useMemo } from 'react';
import { Box, Text } from 'ink';
import {
  claimText,
  groupClaimsBySource,
  sliceSpan,
  type Article,
} from '@sourcetrace/article-model';
import { useAppContext, useKeys, useRemembered } from '../app/context.js';
import { Frame, Message, NotReady, useBodyRows } from '../app/frame.js';
import { scrollStep } from '../app/list.js';
import { useResource } from '../app/use-resource.js';
import { cleanLine } from '@sourcetrace/terminal-text';
import { hedgeTag } from '../text/theme.js';
import { wrapPlain } from '../text/width.js';

interface ClaimLine {
  text: string;
  kind: 'group' | 'claim' | 'blank';
  hedge?: string | null;
}

/** The claims as drawable lines: a heading per source, each claim wrapped under it. */
export function claimLines(article: Article, width: number): ClaimLine[] {
  const lines: ClaimLine[] = [];
  for (const group of groupClaimsBySource(article)) {
    const heading = group.source
      ? `According to ${cleanLine(group.source.name)}${group.source.anonymous ? ' (unnamed)' : ''}`
      : 'No named source';
    if (lines.length) lines.push({ text: '', kind: 'blank' });
    lines.push({ text: `${heading} (${group.claims.length})`, kind: 'group' });
    for (const claim of group.claims) {
      const tag = hedgeTag(claim.hedge);
      const cue = claim.cue ? `${cleanLine(sliceSpan(article.text, claim.cue))}: ` : '';
      const wrapped = wrapPlain(
        `${cue}${cleanLine(claimText(article, claim))}`,
        Math.max(10, width - 4 - (tag ? tag.length + 1 : 0)),
      );
      wrapped.forEach((text, index) =>
        lines.push({
          text,
          kind: 'claim',
          hedge: index === 0 ? tag : tag ? ' '.repeat(tag.length) : null,
        }),
      );
    }
  }
  return lines;
}

/** The article's claims grouped by who they rest on; hedged ones tagged. */
export function ClaimsScreen(props: { articleId: string }) {
  const { reader, columns, color } = useAppContext();
  const article = useResource(() => reader.getArticle(props.articleId), [reader, props.articleId]);
  const body = useBodyRows();
  const [offset, setOffset, latestOffset] = useRemembered('offset', 0);
  const lines = useMemo(
    () => (article.status === 'ready' && article.value ? claimLines(article.value, columns) : []),
    [article, columns],
  );
  const max = Math.max(0, lines.length - body);
  useKeys((input, key) => {
    const next = scrollStep(Math.min(latestOffset(), max), max, body, input, key);
    if (next === null) return false;
    setOffset(next);
    return true;
  });
  const hedged =
    article.status === 'ready' && article.value
      ? article.value.claims.filter((c) => c.hedge !== 'none').length
      : 0;
  const title =
    article.status === 'ready' && article.value ? cleanLine(article.value.title) || 'untitled' : '';
  return (
    <Frame
      title={
        <Text bold wrap="truncate-end">
          Claims in “{title}”
        </Text>
      }
      status={
        <Text dimColor>
          {article.status === 'ready' && article.value
            ? `${article.value.claims.length} claims, ${hedged} hedged`
            : ''}
        </Text>
      }
      keys="↑↓ j/k PgUp/PgDn g/G scroll  Esc back  ? help  q quit"
    >
      {article.status !== 'ready' || !article.value ? (
        <NotReady resource={article} missing="No such article." />
      ) : lines.length === 0 ? (
        <Message>No claims found in this article.</Message>
      ) : (
        <Box flexDirection="column">
          {lines.slice(Math.min(offset, max), Math.min(offset, max) + body).map((line, index) =>
            line.kind === 'group' ? (
              <Text key={index} bold wrap="truncate-end">
                {line.text}
              </Text>
            ) : (
              <Text key={index} wrap="truncate-end">
                {'  '}
                {line.hedge ? (
                  <Text color={color ? 'yellow' : undefined} italic>
                    {line.hedge}{' '}
                  </Text>
                ) : null}
                {line.text}
              </Text>
            ),
          )}
        </Box>
      )}
    </Frame>
  );
}
