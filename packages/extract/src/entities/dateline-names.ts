// The names a wire dateline holds: "DES MOINES, Iowa (AP) —" is a place, its region and agency.
import { datelineDash, inCapitals, isDatelineDash } from '../text/dateline.js';
import type { Ctx } from './name-scan.js';

/**
 * "DES MOINES, Iowa (AP) —", "NEW YORK (AP) —": words in capitals opening a wire dateline are
 * its place, whole (not "DES" dropped as a particle and "MOINES" read as an acronym), the first
 * taken in when the run left it out. Where the place starts, or -1.
 */
export function datelinePlace(ctx: Ctx, run: readonly number[]): number {
  const { tokens } = ctx;
  const first = run[0]!;
  const start =
    !ctx.initial[first] && ctx.initial[first - 1] && wordInCapitals(ctx, first - 1)
      ? first - 1
      : first;
  const words = run.length + first - start;
  if (!ctx.initial[start] || words < 2 || words > MAX_PLACE_WORDS) return -1;
  // (a wire dateline opens the story: a label in capitals further on heads a section)
  if (tokens[start]!.start > DATELINE_REACH) return -1;
  for (const k of run) if (!wordInCapitals(ctx, k)) return -1;
  // (its region, its agency or the dash follows: "FULL TEXT:" labels a section)
  const next = tokens[run[run.length - 1]! + 1];
  if (next?.lower !== ',' && next?.lower !== '(' && !isDatelineDash(next)) return -1;
  return datelineDash(ctx.text, tokens, start, tokens.length) >= 0 ? start : -1;
}

/** Words of a dateline's place: "SALT LAKE CITY". */
const MAX_PLACE_WORDS = 3;
/** Characters from the text's start within which a dateline opens, after a title and a byline. */
const DATELINE_REACH = 500;
/** The token is a word in capitals ("MOINES"). */
function wordInCapitals(ctx: Ctx, k: number): boolean {
  const token = ctx.tokens[k];
  return !!token?.word && inCapitals(ctx.text, token);
}

/**
 * A name inside a dateline after its place: the agency in brackets ("NORLAND (Harbour Wire)
 * —") is a news organisation, the region after a comma ("EASTVALE, Norland —") a place.
 */
export function datelinePart(
  ctx: Ctx,
  start: number,
  end: number,
): 'organization' | 'location' | undefined {
  const { tokens } = ctx;
  const before = tokens[start - 1]?.lower;
  const agency = before === '(' && tokens[end]?.lower === ')';
  if (!agency && before !== ',') return undefined;
  for (let k = start - 2; k >= 0 && start - k <= 8; k--) {
    if (!ctx.initial[k]) continue;
    if (datelineDash(ctx.text, tokens, k, tokens.length) < end) return undefined;
    return agency ? 'organization' : 'location';
  }
  return undefined;
}
