import type { EntityKind, Span } from '@sourcetrace/article-model';
import { cueClass } from '../lexicon/cues.js';
import { ENGLISH_PREFIXES, HYPHEN_COMPOUND_HEADS } from '../lexicon/compound-heads.js';
import { ARTICLES, CALENDAR_PREFIXES, SOCIAL_HONORIFICS } from '../lexicon/words.js';
import { type Token } from '../text/tokens.js';
import type { SeenWords } from './seen-words.js';
import {
  FIRST_NAME_GENDER,
  GAZETTEER,
  GAZETTEER_MAX_TOKENS,
  isListedPrefix,
  listedEntry,
  matchesCase,
  type GazetteerEntry,
} from './gazetteer.js';
import { HONORIFIC_GENDER, SEAT_TITLES, type Gender } from './data/people.js';
import {
  GENERATION_SUFFIXES,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NOT_NAME_WORDS,
} from './data/words.js';
import { THING_WORDS, PARTY_WORDS } from './data/name-words.js';
import { isRoleWord } from './role-words.js';
import { initialPeriodEnd } from './initial-period.js';

/** One name found in the text, before names are merged into entities. */
export interface Candidate {
  /** The name as written: possessive "'s" and a leading "the" left out. */
  span: Span;
  /** The name's words without honorifics and titles ("Ana", "Ruiz"). */
  words: string[];
  kind: EntityKind | 'unknown';
  /** Set for listed names: the entity it refers to. */
  listed?: GazetteerEntry;
  gender: Gender;
  /** Context says this is a person (a title, "X said", an apposition with a role noun). */
  person: boolean;
  descriptors: string[];
  /** Found in a headline or heading: may only name an entity the body names too. */
  headline: boolean;
  /** A bracketed acronym: another name for the entity whose name ends at this span's start. */
  aliasOf?: Span;
}

export interface Recognized {
  candidates: Candidate[];
  /** Whether a lowercased word is an everyday word here (the text writes it in lower case too). */
  isCommon: (lower: string) => boolean;
  /** Whether a lowercased word is written capitalised mid-sentence here, or is a first name. */
  seenAsName: (lower: string) => boolean;
}

export interface Ctx {
  text: string;
  tokens: Token[];
  /** Index of tokens that open a sentence, a quotation or a clause after a colon. */
  initial: Uint8Array;
  /** Lowercased words seen in lower case in the text. */
  lowerSeen: SeenWords;
  /** Lowercased words seen capitalised away from the start of a sentence. */
  capSeen: SeenWords;
  /** Per token index: the words of four letters or more before it, and the capitalised ones. */
  longWords: Int32Array;
  longCaps: Int32Array;
  /** Per token index: the first token at or after it that may open a name (n past the last). */
  nextToScan: Int32Array;
  /** Tokens of a nickname inside a name and its marks, once one is found; no part of the name. */
  nickname: Uint8Array | null;
  out: Candidate[];
}

export function isCap(_text: string, token: Token): boolean {
  return token.cap;
}

export function isPossessive(token: Token): boolean {
  return endsWithApostropheS(token.lower);
}

/** Ends in 's or ’s; checked by character because it runs for most name tokens. */
export function endsWithApostropheS(word: string): boolean {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 115) return false;
  const mark = word.charCodeAt(n - 2);
  return mark === 39 || mark === 0x2019;
}

/** A name-shaped token: a capitalised word, not a time word. */
export function isNameToken(ctx: Ctx, i: number): boolean {
  const token = ctx.tokens[i];
  if (!token?.word || !isCap(ctx.text, token)) return false;
  if (isShoutedWord(ctx, token)) return false;
  // a capitalised ASCII character is a letter; only beyond ASCII can a numeral have a case
  return token.lower.charCodeAt(0) < 128 || !/^\p{N}/u.test(token.lower);
}

/** A token like "Iran-backed" or "US-based": a name part glued to a lowercase word. */
export function lowerHyphenPart(ctx: Ctx, token: Token): boolean {
  if (!token.lower.includes('-')) return false;
  return ctx.text
    .slice(token.start, token.end)
    .split('-')
    .some((part) => /^\p{Ll}/u.test(part));
}

/**
 * "Jae-in" in "Moon Jae-in", "Sol-ju" in "Ri Sol-ju": a hyphenated given name written after a
 * short surname. Two short syllables, the second in lower case, not an English compound head.
 */
export function isHyphenGivenName(ctx: Ctx, i: number): boolean {
  const token = ctx.tokens[i];
  const before = ctx.tokens[i - 1];
  if (!token || !before?.word || before.end + 1 !== token.start) return false;
  if (!isNameToken(ctx, i - 1) || before.end - before.start > 5) return false;
  const match = /^\p{Lu}\p{Ll}{1,4}-(\p{Ll}{1,5})$/u.exec(ctx.text.slice(token.start, token.end));
  if (!match) return false;
  const head = match[1]!;
  return !head.endsWith('ed') && !HYPHEN_COMPOUND_HEADS.has(head);
}

/**
 * "Ji-woo" in "Ji-woo Kim", "Sun-hee" in "Sun-hee Park": a hyphenated given name written before
 * the surname. Both halves are one syllable as East Asian names are romanised (an onset, one to
 * three vowels, at most an n, ng, m, k or l), so English compounds ("Pro-life", "Walk-in",
 * "Anti-war") fail the shape, and a name word follows one space after it.
 */
export function isHyphenGivenNameFirst(ctx: Ctx, i: number): boolean {
  const token = ctx.tokens[i];
  const after = ctx.tokens[i + 1];
  if (!token?.word || !after || token.end + 1 !== after.start || !token.lower.includes('-'))
    return false;
  const match = HYPHEN_GIVEN_NAME.exec(token.lower);
  if (!match || ENGLISH_PREFIXES.has(match[1]!)) return false;
  // capitalised before the hyphen only: "Ji-woo", not "Ji-Woo" (two names) or "ji-woo"
  const written = ctx.text.slice(token.start, token.end);
  if (!isCapital(written, 0) || isCapital(written, match[1]!.length + 1)) return false;
  return isNameToken(ctx, i + 1) && !after.lower.includes('-');
}

/** One syllable as East Asian names are romanised: an onset, vowels, a short coda. */
const SYLLABLE = '[bcdfghjklmnpqrstwxyz]{0,2}[aeiouy]{1,3}(?:ng|n|m|k|l)?';
const HYPHEN_GIVEN_NAME = new RegExp(`^(${SYLLABLE})-${SYLLABLE}$`);

function isCapital(written: string, at: number): boolean {
  const c = written.charAt(at);
  return c !== c.toLowerCase();
}

/** "al-Nouri" in "Tarek al-Nouri", "el-Amin": a lowercase name particle glued to a surname. */
export function isParticleSurname(ctx: Pick<Ctx, 'text' | 'tokens'>, i: number): boolean {
  const token = ctx.tokens[i];
  // (most tokens have no hyphen: no slice and no pattern for them)
  if (!token?.word || !token.lower.includes('-')) return false;
  const match = /^(\p{Ll}{1,3})-\p{Lu}\p{Ll}+$/u.exec(ctx.text.slice(token.start, token.end));
  return !!match && NAME_PARTICLES.has(match[1]!);
}

/** A lowercase surname without the particle glued to it: "al-nouri" is "nouri". */
export function withoutParticle(lower: string): string {
  const hyphen = lower.indexOf('-');
  return hyphen > 0 && NAME_PARTICLES.has(lower.slice(0, hyphen)) ? lower.slice(hyphen + 1) : lower;
}

/** "Kim Jong-un": a surname then a hyphenated given name, so the first word is the surname. */
export function isSurnameFirst(words: readonly string[]): boolean {
  return words.length === 2 && /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{1,5}$/u.test(words[1]!);
}

/** The longest listed name starting at token i ("the" before it allowed), or undefined. */
export function longestListed(
  ctx: Ctx,
  i: number,
  end: number,
): { entry: GazetteerEntry; start: number; end: number } | undefined {
  const { tokens } = ctx;
  const article = tokens[i]!.lower === 'the';
  const from = article ? i + 1 : i;
  let key = '';
  let found: { entry: GazetteerEntry; start: number; end: number } | undefined;
  let n = 0;
  for (let j = from; j < end && n < GAZETTEER_MAX_TOKENS + 2; j++) {
    const token = tokens[j]!;
    // "U.S." is the word "U.S" and a period: the period belongs to the abbreviation
    if (token.lower === '.' && j > from && tokens[j - 1]!.end === token.start) {
      key += ' .';
      const entry = listedEntry(key);
      if (entry) found = fit(ctx, entry, from, j + 1, article) ?? found;
      continue;
    }
    key = key ? `${key} ${token.lower}` : token.lower;
    n++;
    const bare = isPossessive(token) ? key.slice(0, key.length - 2) : key;
    const entry = listedEntry(bare);
    if (entry) found = fit(ctx, entry, from, j + 1, article) ?? found;
    // (where bare is key, `entry` already says whether the key is listed)
    if (bare !== key || (!isListedPrefix(key) && !entry)) break;
  }
  return found;
}

export function fit(ctx: Ctx, entry: GazetteerEntry, from: number, end: number, article: boolean) {
  if (entry.article && !article) return undefined;
  const words: string[] = [];
  for (let j = from; j < end; j++)
    if (ctx.tokens[j]!.word)
      words.push(stripPossessive(ctx.text.slice(ctx.tokens[j]!.start, ctx.tokens[j]!.end)));
  if (!matchesCase(entry, words)) return undefined;
  // a listed first name before a surname ("Victoria Smith", "Jordan Peterson") is not the place
  if (
    entry.surface.length === 1 &&
    FIRST_NAME_GENDER.has(words[0]!.toLowerCase()) &&
    isNameToken(ctx, end) &&
    !ctx.tokens[end - 1]!.lower.endsWith('s') &&
    !GAZETTEER.has(ctx.tokens[end]!.lower)
  ) {
    return undefined;
  }
  return { entry, start: from, end };
}

export function stripPossessive(word: string): string {
  return endsWithApostropheS(word) ? word.slice(0, -2) : word;
}

export function emitListed(
  ctx: Ctx,
  entry: GazetteerEntry,
  start: number,
  end: number,
  headline: boolean,
): void {
  ctx.out.push(candidate(ctx, start, end, entry.kind, { headline, listed: entry }));
}

type CandidateExtra = Partial<Pick<Candidate, 'listed' | 'person' | 'headline' | 'aliasOf'>>;
/** One empty set of extras for the many candidates with none (only read, never changed). */
const NO_EXTRA: CandidateExtra = Object.freeze({});

export function candidate(
  ctx: Ctx,
  start: number,
  end: number,
  kind: Candidate['kind'],
  extra: CandidateExtra = NO_EXTRA,
): Candidate {
  const { tokens, text } = ctx;
  const last = tokens[end - 1]!;
  const spanEnd = isPossessive(last) ? last.end - 2 : last.end;
  const words: string[] = [];
  // a name around a nickname leaves it out; the nickname alone is its own words
  const nickname = ctx.nickname && !ctx.nickname[start] ? ctx.nickname : null;
  for (let j = start; j < end; j++) {
    const t = tokens[j]!;
    if (t.word && !nickname?.[j]) words.push(stripPossessive(text.slice(t.start, t.end)));
  }
  // "Ana R.": a surname given as its initial keeps its period
  const initialEnd = initialPeriodEnd(tokens, end, spanEnd);
  if (initialEnd > spanEnd) words[words.length - 1] += '.';
  // every field written in one order, so that all candidates share one shape
  return {
    span: { start: tokens[start]!.start, end: Math.max(spanEnd, initialEnd) },
    words,
    kind,
    listed: extra.listed,
    gender: 'unknown',
    person: extra.person ?? false,
    descriptors: [],
    headline: extra.headline ?? false,
    aliasOf: extra.aliasOf,
  };
}

/** The run's words as a gazetteer key: lowercased, possessives off, a leading "the" dropped. */
export function runKey(ctx: Ctx, run: number[]): string {
  const words = run.map((k) => stripPossessive(ctx.tokens[k]!.lower));
  if (words[0] === 'the' && words.length > 1) words.shift();
  return words.join(' ');
}

const LONGEST_NAME_SUFFIX = Math.max(...[...NAME_SUFFIXES].map((suffix) => suffix.length));

/** "Jr.", "III": kept out of a person's name words. */
export function isNameSuffix(word: string): boolean {
  if (word.length > LONGEST_NAME_SUFFIX + 1) return false;
  const lower = word.toLowerCase();
  return NAME_SUFFIXES.has(lower.endsWith('.') ? lower.slice(0, -1) : lower);
}

/** Letters after a name that are no part of it ("MP", "QC", "OBE"); a generation ("Jr.") is. */
export function isLettersAfterName(word: string): boolean {
  return isNameSuffix(word) && !GENERATION_SUFFIXES.has(word.toLowerCase().replace(/\.$/, ''));
}

/**
 * The end of a name without the letters after it that are no part of it ("Jane Roe MP", "Ivo
 * Marr QC"); a generation ("Tom Bell Jr.") stays.
 */
export function withoutLettersAfter(ctx: Ctx, start: number, end: number): number {
  let last = end - 1;
  while (last > start + 1 && ctx.tokens[last]!.lower === '.') last--;
  return last > start + 1 && isLettersAfterName(ctx.tokens[last]!.lower) ? last : end;
}

/** The words without suffixes ("Jr.", "III"): the same list where it has none, as most have. */
export function withoutNameSuffixes(words: string[]): string[] {
  // letters opening a longer name are its own: "TD Bank", "MD Anderson"
  const opens = (k: number) => k === 0 && words.length > 1;
  return words.some(isNameSuffix) ? words.filter((w, k) => opens(k) || !isNameSuffix(w)) : words;
}

export function isAbbreviation(token: Token): boolean {
  const w = token.lower;
  return (
    w.length === 1 ||
    HONORIFIC_GENDER.has(w) ||
    NAME_SUFFIXES.has(w) ||
    w === 'st' ||
    w === 'ste' ||
    w === 'mt' ||
    w.includes('.')
  );
}

/** An all-capitals everyday word ("WITH", "DON'T") in a shouted line: never part of a name. */
export function isShoutedWord(ctx: Ctx, token: Token): boolean {
  if (token.end - token.start < 2) return false;
  // quick exit: "Word" is not shouted (an ASCII character is read by its code, with no string)
  const code = ctx.text.charCodeAt(token.start + 1);
  if (code < 128 ? code < 65 || code > 90 : isLowerOrUncased(ctx.text[token.start + 1]!))
    return false;
  const surface = ctx.text.slice(token.start, token.end);
  const lower = token.bare;
  return (
    surface.length > 1 &&
    surface === surface.toUpperCase() &&
    NOT_NAME_WORDS.has(lower) &&
    !GAZETTEER.has(token.lower)
  );
}

function isLowerOrUncased(ch: string): boolean {
  return ch === ch.toLowerCase();
}

export function isTimeWord(lower: string): boolean {
  return NOT_NAME_WORDS.has(lower) && CALENDAR_PREFIXES.has(lower.slice(0, 3)) && lower.length > 2;
}

export function isSpeechVerb(ctx: Ctx, i: number): boolean {
  const lower = ctx.tokens[i]?.lower;
  if (!lower) return false;
  // "asked" is a weak cue elsewhere, but after a name it is still the person speaking.
  return cueClass(lower) === 'speech' || lower === 'asked';
}

export function hasDigit(lowers: string[]): boolean {
  for (const w of lowers) if (hasNumeral(w)) return true;
  return false;
}

/** A digit by code in ASCII; only a word with other characters needs the Unicode class. */
function hasNumeral(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
    if (code >= 128) return /\p{N}/u.test(word);
  }
  return false;
}

/** A word the text also writes in lower case, or a function word: not part of a name. */
export function isCommonWord(ctx: Ctx, lower: string): boolean {
  return ctx.lowerSeen.has(lower) || NOT_NAME_WORDS.has(lower) || THING_WORDS.has(lower);
}

/** A word of a title before a name: an honorific, a role ("Senators"), a party ("Democrat"). */
export function isTitleWord(lower: string): boolean {
  return (
    HONORIFIC_GENDER.has(lower) ||
    isRoleWord(lower) ||
    PARTY_WORDS.has(lower) ||
    SEAT_TITLES.has(lower) // "Assemblywoman Tessa Okafor"
  );
}

export function isBareHonorific(word: string): boolean {
  return SOCIAL_HONORIFICS.has(word.toLowerCase().replace(/\.$/, ''));
}

/** "the 10-year", "(2017": a number before a name that makes it a modifier, as an article does. */
export function isNumberModifier(ctx: Ctx, k: number): boolean {
  const lower = ctx.tokens[k]?.lower ?? '';
  if (!/^\d/.test(lower)) return false;
  const before = ctx.tokens[k - 1]?.lower ?? '';
  // "17-year-old Ada Kemp" describes a person
  if (lower.endsWith('-old')) return false;
  return lower.includes('-') || ARTICLES.has(before) || before === '(';
}
