/** @jsxRuntime automatic */
import type { ReactNode } from 'react';
import { Box, Text, type Key } from 'ink';
import { useAppContext } from './context.js';

export interface ListState {
  selected: number;
  offset: number;
}

/**
 * The keys every scrolling list shares (arrows, j/k, PgUp/PgDn, g/G), as a pure step so
 * lists and the reader move the same way. `visible` is how many items fit on screen.
 */
export function moveInList(
  state: ListState,
  count: number,
  visible: number,
  input: string,
  key: Key,
): ListState | null {
  let selected = state.selected;
  if (key.downArrow || input === 'j') selected += 1;
  else if (key.upArrow || input === 'k') selected -= 1;
  else if (key.pageDown || input === ' ') selected += visible;
  else if (key.pageUp) selected -= visible;
  else if (input === 'g' || key.home) selected = 0;
  else if (input === 'G' || key.end) selected = count - 1;
  else return null;
  return keepInView({ selected, offset: state.offset }, count, visible);
}

/**
 * The same keys for a view that scrolls without a selection (the reader, claims, help): the
 * new top line, or null when the key is not a scrolling key.
 */
export function scrollStep(
  offset: number,
  max: number,
  page: number,
  input: string,
  key: Key,
): number | null {
  let next: number;
  if (key.downArrow || input === 'j') next = offset + 1;
  else if (key.upArrow || input === 'k') next = offset - 1;
  else if (key.pageDown || input === ' ') next = offset + page;
  else if (key.pageUp) next = offset - page;
  else if (input === 'g' || key.home) next = 0;
  else if (input === 'G' || key.end) next = max;
  else return null;
  return Math.max(0, Math.min(max, next));
}

/** Clamps the selection and moves the window just enough to show it. */
export function keepInView(state: ListState, count: number, visible: number): ListState {
  const selected = Math.max(0, Math.min(state.selected, count - 1));
  let offset = state.offset;
  if (selected < offset) offset = selected;
  if (selected >= offset + visible) offset = selected - visible + 1;
  offset = Math.max(0, Math.min(offset, Math.max(0, count - visible)));
  return { selected: Math.max(0, selected), offset };
}

/** Draws the items in the window [offset, offset + visible), the selected one marked. */
export function ListView<T>(props: {
  items: T[];
  state: ListState;
  visible: number;
  rowsPerItem: number;
  render: (item: T, selected: boolean) => ReactNode;
  itemKey: (item: T) => string;
}) {
  const { items, state, visible, rowsPerItem, render, itemKey } = props;
  const { color } = useAppContext();
  const shown = items.slice(state.offset, state.offset + visible);
  return (
    <Box flexDirection="column" height={visible * rowsPerItem}>
      {shown.map((item, index) => {
        const selected = state.offset + index === state.selected;
        return (
          <Box key={itemKey(item)} height={rowsPerItem} flexDirection="row">
            <Text color={selected && color ? 'cyan' : undefined} bold={selected}>
              {selected ? '›' : ' '}
            </Text>
            <Box flexDirection="column" flexGrow={1}>
              {render(item, selected)}
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}
