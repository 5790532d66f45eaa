// Acronyms beside a name: "Export Development Canada (EDC)" spells the initials of its words.
import type { Span } from '@sourcetrace/article-model';
import { ACRONYM_SKIPS } from './data/name-words.js';
import { type Ctx, candidate } from './name-scan.js';

/** The capitals a name's words would give an acronym: "Export Development Canada" -> "EDC". */
export function initialsOf(words: readonly string[]): string {
  let out = '';
  for (const w of words) if (!ACRONYM_SKIPS.has(w.toLowerCase())) out += w[0]!.toUpperCase();
  return out;
}

/** Whether a word is written as an acronym: two to eight capitals ("EDC", "RCMP"). */
export function isAcronym(word: string): boolean {
  return /^\p{Lu}{2,8}$/u.test(word);
}

/**
 * "Export Development Canada (EDC)": a bracketed acronym that spells the initials of the run's
 * words shows that they name a body, even with no organisation word among them.
 */
export function bracketedInitials(ctx: Ctx, run: readonly number[]): boolean {
  const { tokens, text } = ctx;
  const end = run[run.length - 1]! + 1;
  const acronym = tokens[end + 1];
  // the bracket first: most runs have none after them, and then their words are not read
  if (tokens[end]?.lower !== '(' || tokens[end + 2]?.lower !== ')' || !acronym) return false;
  const words = run
    .filter((k) => tokens[k]!.word)
    .map((k) => text.slice(tokens[k]!.start, tokens[k]!.end));
  if (words.length < 2) return false;
  const surface = text.slice(acronym.start, acronym.end);
  return isAcronym(surface) && surface === initialsOf(words);
}

/** "Institute for Coastal Research (ICR)": records the acronym as another name of the organisation. */
export function acronymAfter(ctx: Ctx, end: number, full: Span): void {
  const { tokens, text } = ctx;
  const acronym = tokens[end + 1];
  if (tokens[end]?.lower !== '(' || tokens[end + 2]?.lower !== ')' || !acronym) return;
  if (!isAcronym(text.slice(acronym.start, acronym.end))) return;
  ctx.out.push(candidate(ctx, end + 1, end + 2, 'organization', { aliasOf: full }));
}
