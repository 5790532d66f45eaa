// Roles titled in capitals: a field of government before a role in lower case ("Health critic
// Ada Kemp", "Public Safety spokesperson") names no body of its own, and a role in capitals after
// an article ("Ada Kemp, the Finance Minister,") describes the name before it.
import { PORTFOLIO_FIELDS } from './data/people.js';
import { isRoleNoun } from './role-words.js';
import type { NameRun } from './name-clues.js';
import type { Ctx } from './name-scan.js';
import { FIRST_NAME_GENDER } from './gazetteer.js';
import { ARTICLES } from '../lexicon/words.js';

/** Words a portfolio's name may run to ("Natural Resources", "Foreign Affairs"). */
const MAX_PORTFOLIO_WORDS = 3;

/** The run is only words of a portfolio, right before a role in lower case ("Education critic"). */
export function portfolioBeforeRole(ctx: Ctx, r: NameRun): boolean {
  const role = ctx.tokens[r.end];
  if (!role?.word || role.cap || !isRoleNoun(role.lower)) return false;
  if (r.lowers.length > MAX_PORTFOLIO_WORDS || r.wordIdx.length !== r.run.length) return false;
  return r.lowers.every((w) => PORTFOLIO_FIELDS.has(w));
}

/**
 * "Ada Kemp, the Finance Minister,": the role at k is written in capitals, after an article
 * opening the apposition at `open`, with only capitalised words between them that are no first
 * name ("the Prime Minister", "the Harbour Board Chair").
 */
export function capitalisedRoleAfterArticle(ctx: Ctx, open: number, k: number): boolean {
  const { tokens } = ctx;
  if (k <= open || !ARTICLES.has(tokens[open]?.lower ?? '')) return false;
  const role = tokens[k]!;
  if (!role.cap || !isRoleNoun(role.lower)) return false;
  for (let i = open + 1; i < k; i++) {
    const t = tokens[i]!;
    if (!t.word || !t.cap || FIRST_NAME_GENDER.has(t.lower)) return false;
  }
  return true;
}
