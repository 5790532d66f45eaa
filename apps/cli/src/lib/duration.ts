import { InvalidArgumentError } from 'commander';

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/**
 * "30s", "15m", "1h", "1h30m" in milliseconds; null for anything else. A bare number is refused
 * rather than guessed at (seconds? minutes?).
 */
export function parseDuration(text: string): number | null {
  const value = text.trim().toLowerCase();
  if (!/^(\d+(\.\d+)?[smhd])+$/.test(value)) return null;
  let total = 0;
  for (const [, amount, unit] of value.matchAll(/(\d+(?:\.\d+)?)([smhd])/g))
    total += Number(amount) * UNIT_MS[unit as keyof typeof UNIT_MS];
  return total > 0 ? Math.round(total) : null;
}

/** Commander parser for a duration option. */
export function duration(value: string): number {
  const ms = parseDuration(value);
  if (ms === null)
    throw new InvalidArgumentError('expected a duration such as 30s, 15m, 1h or 1h30m');
  return ms;
}

/** "15m", "1h30m", "45s": a duration as a person would write it. */
export function formatDuration(ms: number): string {
  let rest = Math.round(ms / 1000);
  const parts: string[] = [];
  for (const [unit, size] of [
    ['d', 86_400],
    ['h', 3_600],
    ['m', 60],
    ['s', 1],
  ] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.join('') || '0s';
}
