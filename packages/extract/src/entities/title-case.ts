// Whether a block is written in Title Case, as headlines are: only listed names are read there.
import { CALENDAR_NAMES } from '../lexicon/words.js';
import { TITLE_SMALL_WORDS } from '../lexicon/quote-words.js';
import { NOT_NAME_WORDS } from './data/words.js';
import { isRoleWord } from './role-words.js';
import { isCap, type Ctx } from './name-scan.js';

/** A headline or Title Case line: only listed names are read from it (no name is made up from Title Case words). */
export function isTitleCase(ctx: Ctx, first: number, end: number, lede = false): boolean {
  const { text, tokens } = ctx;
  const words = ctx.longWords[end]! - ctx.longWords[first]!;
  const caps = ctx.longCaps[end]! - ctx.longCaps[first]!;
  if (words < 3 || caps / words < 0.7) return false; // most lines: prose, decided without lookups
  const last = tokens[end - 1]?.lower ?? '';
  if (!['.', '"', '\u201d', '?', '!'].includes(last)) return true;
  // "Director Ada Kemp's new film had its premiere at the Lakeview Film Festival on Saturday.":
  // a first paragraph full of names is the lede, not a headline (a caption later in the text,
  // "Ann Roe / Wire Photo Tom Bell greets ...", stays read as one)
  if (lede && loweredLongWords(ctx, first, end) >= 2) return false;
  // capitalised words the text writes in lower case elsewhere ("Was", "Over"): Title Case, not names
  let common = 0;
  for (let i = first + 1; i < end; i++) {
    const token = tokens[i]!;
    if (!token.word || !isCap(text, token) || ctx.initial[i]) continue;
    const lower = token.bare;
    // "Prime Minister Ana Ruiz spoke on Monday." before "the prime minister said": a title
    // before a name is capitalised in any prose
    if (isRoleWord(lower) || (tokens[i + 1]?.word && isRoleWord(tokens[i + 1]!.bare))) continue;
    // (a day or month is capitalised in prose too: "in March" says nothing of Title Case)
    if (CALENDAR_NAMES.has(lower)) continue;
    if (NOT_NAME_WORDS.has(lower) || ctx.lowerSeen.has(lower)) common++;
  }
  return common >= 2;
}

/** Long words in lower case that Title Case would capitalise: "film", "premiere". */
function loweredLongWords(ctx: Ctx, first: number, end: number): number {
  let lowered = 0;
  for (let i = first; i < end; i++) {
    const token = ctx.tokens[i]!;
    if (!token.word || token.end - token.start < 4 || isCap(ctx.text, token)) continue;
    if (!TITLE_SMALL_WORDS.has(token.lower)) lowered++;
  }
  return lowered;
}
