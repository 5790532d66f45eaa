// "Health critic Ada Kemp", "Public Safety spokesperson Tom Bell": a field of government in
// capitals before a role in lower case titles the role; it names no body of its own.
import { PORTFOLIO_FIELDS } from './data/people.js';
import { isRoleNoun } from './role-words.js';
import type { NameRun } from './name-clues.js';
import type { Ctx } from './name-scan.js';

/** Words a portfolio's name may run to ("Natural Resources", "Foreign Affairs"). */
const MAX_PORTFOLIO_WORDS = 3;

/** The run is only words of a portfolio, right before a role in lower case ("Education critic"). */
export function portfolioBeforeRole(ctx: Ctx, r: NameRun): boolean {
  const role = ctx.tokens[r.end];
  if (!role?.word || role.cap || !isRoleNoun(role.lower)) return false;
  if (r.lowers.length > MAX_PORTFOLIO_WORDS || r.wordIdx.length !== r.run.length) return false;
  return r.lowers.every((w) => PORTFOLIO_FIELDS.has(w));
}

/** The capitalised word at k belongs to a portfolio that titles the role after it. */
export const isPortfolioWord = (lower: string): boolean => PORTFOLIO_FIELDS.has(lower);
