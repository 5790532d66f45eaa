import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safe-url.js';

describe('safeHttpUrl', () => {
  it('keeps http and https links', () => {
    expect(safeHttpUrl('https://news.example/a?b=1')).toBe('https://news.example/a?b=1');
    expect(safeHttpUrl(' http://news.example ')).toBe('http://news.example/');
  });

  it('refuses script, data, relative and malformed links', () => {
    for (const value of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>x</script>',
      'vbscript:x',
      '/relative',
      '//host/x',
      'not a url',
      '',
      null,
      undefined,
    ]) {
      expect(safeHttpUrl(value)).toBeNull();
    }
  });
});
