/** @jsxRuntime automatic */
import { Text } from 'ink';
import { useKeys, useRemembered } from '../app/context.js';
import { Frame, useBodyRows } from '../app/frame.js';
import { scrollStep } from '../app/list.js';
import { HELP_TEXT } from '../help-text.js';

export function HelpScreen() {
  const body = useBodyRows();
  const lines = HELP_TEXT.split('\n');
  const [offset, setOffset, latestOffset] = useRemembered('offset', 0);
  const max = Math.max(0, lines.length - body);
  useKeys((input, key) => {
    const next = scrollStep(latestOffset(), max, body, input, key);
    if (next === null) return false;
    setOffset(next);
    return true;
  });
  return (
    <Frame title={<Text bold>Help</Text>} keys="↑↓ j/k PgUp/PgDn g/G scroll  Esc back  q quit">
      {lines.slice(offset, offset + body).map((line, index) => (
        <Text key={index} wrap="truncate-end">
          {line || ' '}
        </Text>
      ))}
    </Frame>
  );
}
