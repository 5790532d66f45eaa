// Roles titled in capitals: a field of government before a role in lower case ("Health critic
// Ada Kemp", "Public Safety spokesperson") names no body of its own, and a role in capitals after
// an article ("Ada Kemp, the Finance Minister,") describes the name before it.
import { PORTFOLIO_FIELDS, PORTFOLIO_TITLES } from './data/people.js';
import { isRoleNoun } from './role-words.js';
import type { NameRun } from './name-clues.js';
import type { Ctx } from './name-scan.js';
import type { Token } from '../text/tokens.js';
import { FIRST_NAME_GENDER } from './gazetteer.js';
import { ARTICLES, PREPOSITIONS } from '../lexicon/words.js';

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

/** Words a portfolio after "of" may run to: "Labour and Immigration", "Northern Development". */
const MAX_PORTFOLIO_OF_WORDS = 5;

/**
 * "The Minister of Emergency Management, Hana Obuya,", "Norland's Minister of Northern
 * Development, Mary Cree,": a title of a portfolio, its words capitalised after "of" or "for"
 * up to `last`, set off by a comma before a name: where the title word stands, else -1.
 */
export function portfolioTitleSetOff(ctx: Ctx, last: number): number {
  const { tokens } = ctx;
  if (tokens[last + 1]?.lower !== ',' || !tokens[last + 2]?.cap) return -1;
  let k = last;
  const portfolioWord = (t: Token) =>
    (t.cap && !FIRST_NAME_GENDER.has(t.bare)) || t.lower === 'and';
  // ("Secretary of State Connie Lawson, ...": a first name ends the title)
  while (k > 0 && last - k < MAX_PORTFOLIO_OF_WORDS && portfolioWord(tokens[k]!)) k--;
  const link = tokens[k]?.lower;
  if ((link !== 'of' && link !== 'for') || k === last) return -1;
  const title = tokens[k - 1];
  if (!title?.cap || !PORTFOLIO_TITLES.has(title.lower)) return -1;
  // ("In a letter to the Minister of Health, Ann Roe said": a fronted phrase closes at the comma)
  const before = tokens[k - 2]?.lower === 'the' ? k - 3 : k - 2;
  return PREPOSITIONS.has(tokens[before]?.lower ?? '') ? -1 : k - 1;
}
