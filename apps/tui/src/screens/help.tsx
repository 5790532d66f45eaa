import { Text } from 'ink';
import { useKeys, useRemembered } from '../app/context.js';
import { Frame, useBodyRows } from '../app/frame.js';
import { HELP_TEXT } from '../help-text.js';

export function HelpScreen() {
  const body = useBodyRows();
  const lines = HELP_TEXT.split('\n');
  const [offset, setOffset] = useRemembered('offset', 0);
  const max = Math.max(0, lines.length - body);
  useKeys((input, key) => {
    if (key.downArrow || input === 'j') setOffset(Math.min(max, offset + 1));
    else if (key.upArrow || input === 'k') setOffset(Math.max(0, offset - 1));
    else return false;
    return true;
  });
  return (
    <Frame title={<Text bold>Help</Text>} keys="↑↓ scroll  Esc back  q quit">
      {lines.slice(offset, offset + body).map((line, index) => (
        <Text key={index} wrap="truncate-end">
          {line || ' '}
        </Text>
      ))}
    </Frame>
  );
}
