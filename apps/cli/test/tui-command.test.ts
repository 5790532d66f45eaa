import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('sourcetrace tui', () => {
  it('explains in --help how to find who is quoted most and read what they said', async () => {
    const { code, stdout } = await runCli(['tui', '--help']);
    expect(code).toBe(0);
    for (const words of [
      '--api <url>',
      '--db <file>',
      'Library',
      'Reader',
      'People',
      'n / N',
      'Esc',
      'Who is quoted most?',
    ]) {
      expect(stdout).toContain(words);
    }
  });

  it('does not draw into a pipe: it points to extract --format pretty instead', async () => {
    const { code, stdout, stderr } = await runCli(['tui']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('sourcetrace extract --format pretty');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
