import { describe, expect, it } from 'vitest';
import { formatDate, plural } from './format.js';

describe('format', () => {
  it('pluralises counts', () => {
    expect(plural(1, 'quote')).toBe('1 quote');
    expect(plural(12000, 'entity', 'entities')).toBe('12,000 entities');
  });

  it('writes dates in UTC and keeps what does not parse', () => {
    expect(formatDate('2026-05-02')).toBe('May 2, 2026');
    expect(formatDate('2026-05-02T23:30:00-05:00')).toBe('May 3, 2026');
    expect(formatDate('spring')).toBe('spring');
    expect(formatDate(null)).toBeNull();
  });
});
