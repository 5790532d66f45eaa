/** @jsxRuntime automatic */
import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import { cleanLine } from '@sourcetrace/terminal-text';
import { useAppContext } from './context.js';
import type { Resource } from './use-resource.js';

/** Rows the frame itself takes: title, status line and key map. */
export const FRAME_ROWS = 3;

/**
 * The layout every screen shares: a title line, the body, a status line and the key map.
 * The whole frame stays one row shorter than the terminal, so Ink redraws in place instead
 * of clearing the screen (which flickers).
 */
export function Frame(props: {
  title: ReactNode;
  status?: ReactNode;
  keys: string;
  children: ReactNode;
}) {
  const { columns, rows } = useAppContext();
  return (
    <Box flexDirection="column" width={columns} height={Math.max(FRAME_ROWS + 1, rows - 1)}>
      <Box height={1}>{props.title}</Box>
      <Box flexDirection="column" flexGrow={1} overflow="hidden">
        {props.children}
      </Box>
      <Box height={1}>{props.status ?? <Text> </Text>}</Box>
      <Box height={1}>
        <Text dimColor wrap="truncate-end">
          {props.keys}
        </Text>
      </Box>
    </Box>
  );
}

/** Rows left for a screen's body once the frame and `extra` rows of its own are drawn. */
export function useBodyRows(extra = 0): number {
  const { rows } = useAppContext();
  return Math.max(1, rows - 1 - FRAME_ROWS - extra);
}

export function Message(props: { children: ReactNode; error?: boolean }) {
  const { color } = useAppContext();
  return (
    <Text color={props.error && color ? 'red' : undefined} wrap="wrap">
      {props.children}
    </Text>
  );
}

/**
 * What a screen shows until its resource is ready: that it is loading, why it could not be
 * loaded (`what` names it: "the article"), or that there is none.
 */
export function NotReady(props: { resource: Resource<unknown>; what?: string; missing: string }) {
  const { resource } = props;
  if (resource.status === 'loading') return <Text dimColor>Loading…</Text>;
  return (
    <Message error>
      {resource.status === 'error'
        ? `Could not load${props.what ? ` ${props.what}` : ''}: ${cleanLine(resource.message)}`
        : props.missing}
    </Message>
  );
}
