import type { Hedge } from '@sourcetrace/article-model';

/**
 * How speakers are told apart. With colour each speaker gets a palette colour by rank in the
 * article (most quoted first), so the same article always looks the same; without colour
 * (NO_COLOR) each quote is preceded by its speaker's number, like [1].
 */
export const SPEAKER_PALETTE = [
  'cyan',
  'magenta',
  'yellow',
  'green',
  'blue',
  'red',
  'cyanBright',
  'magentaBright',
  'yellowBright',
  'greenBright',
  'blueBright',
  'redBright',
] as const;

export const UNATTRIBUTED_COLOR = 'gray';

export interface Theme {
  color: boolean;
}

export function speakerColor(rank: number | null): string {
  return rank === null ? UNATTRIBUTED_COLOR : SPEAKER_PALETTE[rank % SPEAKER_PALETTE.length]!;
}

/** "[1]" for the most quoted speaker, "[?]" for quotes nobody was found to have said. */
export function speakerMarker(rank: number | null): string {
  return rank === null ? '[?]' : `[${rank + 1}]`;
}

/** The tag drawn before a hedged claim; unhedged claims carry none. */
export function hedgeTag(hedge: Hedge): string | null {
  return hedge === 'none' ? null : `[${hedge}?]`;
}

/** Whether colour may be used: the NO_COLOR convention (set and not empty means no colour). */
export function colorAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  return !env.NO_COLOR;
}
