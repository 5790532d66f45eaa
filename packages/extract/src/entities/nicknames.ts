// A nickname in marks inside a name: `Benjamin "Benji" Vance`, `Mayor Zelphio "Bong" Ravelo`.
import { FIRST_NAME_GENDER } from './gazetteer.js';
import { isDictionaryWord } from './data/dictionary.js';
import { NAME_PARTICLES } from './data/words.js';
import { NICKNAME_MARKS } from './data/name-words.js';
import {
  type Ctx,
  candidate,
  isCap,
  isCommonWord,
  isNameToken,
  isPossessive,
  isTitleWord,
} from './name-scan.js';

/**
 * `Benjamin "Benji" Vance`, `Robert (Bobby) Lund`, `Ramiro "Mito" de Guzal`: after a first
 * name, a nickname of one or two capitalised words in marks, then the surname (a particle may
 * open it). Returns the surname's token index, with the nickname and its marks noted in
 * `ctx.nickname`; else `first`.
 */
export function surnameAfterNickname(ctx: Ctx, first: number, end: number): number {
  const { tokens } = ctx;
  const close = NICKNAME_MARKS.get(tokens[first + 1]?.lower ?? '');
  if (close === undefined) return first;
  const known = FIRST_NAME_GENDER.has(tokens[first]!.lower);
  if (!known && !unlistedGivenName(ctx, first, close)) return first;
  let k = first + 2;
  while (k < end && k - first <= 3 && tokens[k]!.word && isCap(ctx.text, tokens[k]!)) k++;
  const words = k - first - 2;
  if (words === 0 || (!known && !unlistedNickname(ctx, first, words))) return first;
  if (tokens[k]?.lower !== close || k + 1 >= end) return first;
  const particle = NAME_PARTICLES.has(tokens[k + 1]!.lower) && !isCap(ctx.text, tokens[k + 1]!);
  if (!isNameToken(ctx, particle ? k + 2 : k + 1)) return first;
  (ctx.nickname ??= new Uint8Array(tokens.length)).fill(1, first + 1, k + 1);
  return k + 1;
}

/**
 * A first name the list lacks before a nickname in quote marks (not brackets, which hold a
 * party or a place: "Ivo Marr (D-Norland)"): a word that is no everyday word, no owner, and that the
 * text never writes small ("Rodolfo", "Dezzy"); not "Operation" in `Operation "Blue" Sky`.
 */
function unlistedGivenName(ctx: Ctx, first: number, close: string): boolean {
  const token = ctx.tokens[first]!;
  return (
    close !== ')' &&
    !isPossessive(token) &&
    !isDictionaryWord(token.lower) &&
    !isCommonWord(ctx, token.lower)
  );
}

/**
 * After a first name the list lacks, one plain word (not `Kemp's 'Open Harbour' Plan`),
 * and a title before the name: `Mayor Zelphio "Bong" Ravelo`, not `backed Kemp "Harbour" Bell`.
 */
function unlistedNickname(ctx: Ctx, first: number, words: number): boolean {
  const { tokens } = ctx;
  if (words > 1 || isPossessive(tokens[first + 2]!)) return false;
  const before = tokens[first - 1]?.lower === '.' ? first - 2 : first - 1;
  return isTitleWord(tokens[before]?.lower ?? '');
}

/** The nickname inside the name that starts at `first` is another name of that person. */
export function nicknameAlias(ctx: Ctx, first: number, surname: number): void {
  const full = ctx.out.findLast((c) => c.span.start === ctx.tokens[first]!.start);
  if (full?.kind === 'person')
    ctx.out.push(candidate(ctx, first + 2, surname - 1, 'person', { aliasOf: full.span }));
}
