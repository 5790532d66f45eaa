/**
 * One pattern that matches where any of the given ones does (they must share their flags and
 * hold no back-references). Testing a line against it reads the line once instead of once per
 * pattern, which matters where most lines fail every pattern at their first characters.
 */
export function anyOf(patterns: readonly RegExp[]): RegExp {
  const flags = patterns[0]?.flags ?? '';
  if (patterns.some((pattern) => pattern.flags !== flags)) {
    throw new Error('anyOf: patterns with different flags');
  }
  return new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join('|'), flags);
}

/** The patterns joined by anyOf, one joined pattern per set of flags. */
export function anyOfByFlags(patterns: readonly RegExp[]): RegExp[] {
  const byFlags = new Map<string, RegExp[]>();
  for (const pattern of patterns) {
    const group = byFlags.get(pattern.flags);
    if (group) group.push(pattern);
    else byFlags.set(pattern.flags, [pattern]);
  }
  return [...byFlags.values()].map(anyOf);
}
