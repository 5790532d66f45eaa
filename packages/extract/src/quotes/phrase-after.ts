import { cueClass } from '../lexicon/cues.js';
import {
  ARTICLES,
  AUXILIARIES,
  CLAUSE_OPENERS,
  DETERMINERS,
  PREPOSITIONS,
} from '../lexicon/words.js';
import { NAME_SUFFIXES } from '../entities/data/words.js';
import { NICKNAME_MARKS } from '../entities/data/name-words.js';
import { BUSINESS_NAME_WORDS } from '../entities/data/organizations.js';
import type { TokenReader } from './token-reader.js';
import { isRoleWord } from '../entities/role-words.js';
import { isDescribingWord, peopleWord } from './people-words.js';
import { andStepAfter } from './joined-names.js';

/** What reading rightwards needs beyond the leftward reader; `Phrases` provides it. */
export interface RightwardReader extends TokenReader {
  /** A day or month name, or a lower-case time word ("week", "morning"). */
  isTime(i: number): boolean;
}

/**
 * The noun phrase that starts at i, read rightwards ("the Harbour Gazette", "he"): it ends at a
 * clause opener, an auxiliary, a time, a cue in lower case, a new determiner or a preposition
 * that links no capitalised parts. Returns the index after it, or i when it runs too long.
 */
export function readPhraseAfter(
  p: RightwardReader,
  i: number,
  hi: number,
  maxTokens: number,
  cuesAreNouns: boolean,
): number {
  let n = i;
  let count = 0;
  while (n < hi && count <= maxTokens) {
    const surname = n > i ? afterNickname(p, n) : -1;
    if (surname > 0) {
      n = surname;
      continue;
    }
    const t = p.tokens[n]!;
    // "the Northern Nurses' Union": a plural's apostrophe inside a name is no quote mark
    if (n > i && pluralApostrophe(p, n)) {
      n++;
      count++;
      continue;
    }
    if (!p.outside(n)) {
      const past = n > i ? quotedModifierEnd(p, n, hi) : -1;
      if (past < 0) break;
      count += past - n;
      n = past;
      continue;
    }
    if (t.word) {
      const step = wordStepAfter(p, i, n, hi, cuesAreNouns);
      if (step === 0) break;
      n += step;
      count += step;
      continue;
    }
    const period = t.lower === '.' ? periodIn(p, n, hi) : 'end';
    if (period !== 'end') {
      n++;
      if (period === 'inside') continue;
      break;
    }
    // "the cheerful, soft-spoken owner": a comma between two describing words of one phrase
    if (n + 2 < hi && coordinateAdjectiveComma(p, i, n)) {
      n++;
      continue;
    }
    // "a Gazette/Tide News poll": a slash joins two names in one phrase
    if (n + 1 < hi && p.slashJoins(n)) {
      n++;
      continue;
    }
    break;
  }
  return count > maxTokens ? i : withoutLinkAtEnd(p, i, n);
}

/**
 * An apostrophe glued to a word in -s before a capitalised word ("Nurses' Union"), or after a
 * name ("Tomas Reyes' teammate").
 */
function pluralApostrophe(p: TokenReader, n: number): boolean {
  const mark = p.tokens[n]!;
  const before = p.tokens[n - 1];
  return (
    (mark.lower === "'" || mark.lower === '\u2019') &&
    !!before?.word &&
    before.end === mark.start &&
    before.lower.endsWith('s') &&
    (p.cap(n + 1) || (p.cap(n - 1) && p.isWord(n + 1)))
  );
}

/**
 * How many tokens the word at n takes into the phrase that starts at i: none where it ends the
 * phrase (a clause opener, an auxiliary, a time, a cue in lower case, a new determiner, a
 * preposition that links no capitalised parts), two for "and" with a determiner after it.
 */
function wordStepAfter(
  p: RightwardReader,
  i: number,
  n: number,
  hi: number,
  cuesAreNouns: boolean,
): number {
  if (n === i) return 1;
  const t = p.tokens[n]!;
  const l = t.lower;
  if (
    !p.auxiliaryInName(n, i) &&
    (CLAUSE_OPENERS.has(l) ||
      AUXILIARIES.has(l) ||
      p.isTime(n) ||
      (PREPOSITIONS.has(l) && p.isTime(n + 1)))
  )
    return l === 'and' ? andStepAfter(p, n, hi) : 0;
  // ... but after "of" a cue word is a noun: "secretary of state", "a statement of claim"
  if (!cuesAreNouns && cueClass(l) && !p.cap(n) && p.lower(n - 1) !== 'of') return 0;
  // A determiner after a noun starts a new phrase ("told CBC | the vote was close"); a
  // capital "A" with its period is an initial ("Ivo A. Marsh")
  if (
    DETERMINERS.has(l) &&
    !(p.cap(n) && p.lower(n + 1) === '.' && p.tokens[n + 1]!.start === t.end) &&
    !PREPOSITIONS.has(p.lower(n - 1)) &&
    !DETERMINERS.has(p.lower(n - 1))
  )
    return 0;
  // Prepositions end the phrase unless they link two capitalised parts ("Institute for the Study of Tides").
  if (
    PREPOSITIONS.has(l) &&
    !p.cap(n + 1) &&
    !(DETERMINERS.has(p.lower(n + 1)) && p.cap(n + 2)) &&
    !roleOfBeforeName(p, n)
  )
    return 0;
  return 1;
}

/**
 * What the period at n is to the phrase read: inside it, after an abbreviation ("Sen. Jo Kemp",
 * "F.A.A. records"); its last token, after a name's suffix or another abbreviation before the
 * comma or bracket of an aside ("Tomas Vell Jr., a pilot", "Ivo Marsh Jr. (D-Nor.)", "a
 * spokesman for Bear Mining Inc., who ..."); or where it ends.
 */
function periodIn(p: RightwardReader, n: number, hi: number): 'inside' | 'last' | 'end' {
  const dotted = p.lower(n - 1).includes('.') && p.isWord(n + 1);
  if (p.abbreviation(n - 1) && n + 1 < hi && (p.cap(n + 1) || dotted)) return 'inside';
  const suffix =
    NAME_SUFFIXES.has(p.lower(n - 1)) ||
    BUSINESS_NAME_WORDS.has(p.lower(n - 1)) ||
    p.abbreviation(n - 1);
  return suffix && ',('.includes(p.lower(n + 1) || '.') ? 'last' : 'end';
}

/** Tokens a nickname in marks may have ("Jack", "Big Tam", "T.J."). */
const MAX_NICKNAME_TOKENS = 3;

/**
 * `said John "Jack" Smith`: a nickname in marks between a first name and the surname; the index
 * of the surname after the closing mark, else -1.
 */
function afterNickname(p: RightwardReader, n: number): number {
  const close = NICKNAME_MARKS.get(p.tokens[n]!.lower);
  if (close === undefined || !p.cap(n - 1)) return -1;
  let k = n + 1;
  for (; k - n <= MAX_NICKNAME_TOKENS; k++) {
    const t = p.tokens[k];
    if (!t || !((t.word && t.cap) || (t.lower === '.' && k > n + 1))) break;
  }
  return k > n + 1 && p.tokens[k]?.lower === close && p.cap(k + 1) ? k + 1 : -1;
}

/** Tokens, marks included, a name in marks inside a phrase may take ("the \"Ferries for All\" plan"). */
const MAX_QUOTED_MODIFIER_TOKENS = 8;

/**
 * `the "Ferries for All" plan`, `its "zero waste" pledge`: a short passage in marks at n, after
 * a determiner and before a noun in lower case, names or describes that noun inside the
 * phrase. Returns the index of the noun, or -1.
 */
function quotedModifierEnd(p: RightwardReader, n: number, hi: number): number {
  if (!DETERMINERS.has(p.lower(n - 1))) return -1;
  let k = n;
  while (k < hi && !p.outside(k) && k - n <= MAX_QUOTED_MODIFIER_TOKENS) k++;
  if (k >= hi || !p.outside(k)) return -1;
  return p.isWord(k) && !p.cap(k) ? k : -1;
}

/** The end of phrase [i, n) without a preposition left dangling at its end. */
function withoutLinkAtEnd(p: RightwardReader, i: number, n: number): number {
  let end = n;
  // "said Ivo Marsh in a Friday post": a phrase cut at a time ends before its preposition
  if (end - 2 > i && ARTICLES.has(p.lower(end - 1)) && PREPOSITIONS.has(p.lower(end - 2))) end--;
  while (end > i && PREPOSITIONS.has(p.lower(end - 1))) end--;
  return end;
}

/**
 * `said former secretary of state Ann Roe`, `said the minister of finance, Tom Bell`: "of"
 * inside a title written in lower case, with one or two words after it and then the name (or
 * a comma and the name).
 */
function roleOfBeforeName(p: RightwardReader, n: number): boolean {
  if (p.lower(n) !== 'of' || !isRoleWord(p.lower(n - 1))) return false;
  for (let k = n + 1; k <= n + 2; k++) {
    if (!p.tokens[k]?.word || !p.outside(k) || p.cap(k)) return false;
    const next = p.lower(k + 1) === ',' ? k + 2 : k + 1;
    if (p.cap(next) && p.tokens[next]!.word) return true;
  }
  return false;
}

/** Lower-case words a describing list may run through after its comma to reach its noun. */
const MAX_WORDS_AFTER_COMMA = 3;

/**
 * `said the cheerful, soft-spoken owner`: the comma at n stands between two describing words of
 * one phrase. The phrase opened with a determiner at i and holds only lower-case words, the
 * word before the comma describes a person ("said the mayor, visibly upset" ends at the comma),
 * and within a few lower-case words after it that open no clause or phrase comes a word for a
 * person ("owner", "grandmother").
 */
function coordinateAdjectiveComma(p: RightwardReader, i: number, n: number): boolean {
  if (p.lower(n) !== ',' || !DETERMINERS.has(p.lower(i)) || n - i < 2) return false;
  for (let k = i + 1; k < n; k++) if (!p.isWord(k) || p.cap(k)) return false;
  if (!isDescribingWord(p.lower(n - 1))) return false;
  for (let k = n + 1; k <= n + MAX_WORDS_AFTER_COMMA; k++) {
    const l = p.lower(k);
    if (!p.isWord(k) || p.cap(k) || !p.outside(k) || /\d/.test(l)) return false;
    if (CLAUSE_OPENERS.has(l) || AUXILIARIES.has(l) || DETERMINERS.has(l) || PREPOSITIONS.has(l))
      return false;
    if (peopleWord(l)) return true;
  }
  return false;
}
