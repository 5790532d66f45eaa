import type { Block } from '@sourcetrace/article-model';
import type { Sentence } from '../text/sentences.js';
import { tokenAt, tokenEndingAfter, type Token } from '../text/tokens.js';
import { cueClass } from '../lexicon/cues.js';
import { WEEKDAYS } from '../lexicon/words.js';
import { HYPHEN_COMPOUND_HEADS } from '../lexicon/compound-heads.js';
import { FIRST_NAME_GENDER, GAZETTEER, GAZETTEER_PREFIXES, matchesCase } from './gazetteer.js';
import { NUMBERED_BODY_WORDS, ORG_WORDS } from './data/organizations.js';
import { PLACE_WORDS } from './data/places.js';
import { NAME_PARTICLES, NOT_NAME_WORDS } from './data/words.js';
import {
  type Recognized,
  type Ctx,
  isPossessive,
  isNameToken,
  lowerHyphenPart,
  isHyphenGivenNameFirst,
  isHyphenGivenName,
  isParticleSurname,
  longestListed,
  emitListed,
  candidate,
  runKey,
  isAbbreviation,
  isTimeWord,
  isCommonWord,
} from './name-scan.js';
import { connectorFits, runsOnPastOf } from './name-connectors.js';
import { CONNECTORS, NUMBERED_THING_WORDS } from './data/name-words.js';
import { nicknameAlias, surnameAfterNickname } from './nicknames.js';
import { classifyRun } from './classify.js';
import { isTitleCase } from './title-case.js';
import { readTokens } from './read-tokens.js';

/** Finds the names in the text: body blocks by rule, headlines only by lists (matched later to body names). */
export function recognize(
  text: string,
  tokens: Token[],
  blocks: Block[],
  sentences: Sentence[],
  /** Per sentence: a caption, credit or bio (Doc.credits), whose names are not the story's. */
  credits: readonly boolean[],
): Recognized {
  const ctx = readTokens(text, tokens, blocks, sentences);
  const furniture = sentences.filter((_, i) => credits[i]);
  // each credit's first token, found once rather than at every step of the scan before it
  const furnitureFirst = furniture.map((sentence) => tokenAt(tokens, sentence.start));
  let credit = 0;
  const lede = blocks.find((block) => block.kind === 'paragraph');
  for (const block of blocks) {
    if (block.kind === 'boilerplate' || block.kind === 'byline') continue;
    let first = tokenAt(tokens, block.span.start);
    const end = Math.max(first, tokenEndingAfter(tokens, block.span.end));
    if (
      block.kind === 'title' ||
      block.kind === 'heading' ||
      isTitleCase(ctx, first, end, block === lede)
    ) {
      scanHeadline(ctx, first, end);
      continue;
    }
    // (the tokens passed over are those scanChunk would read no name from)
    while ((first = ctx.nextToScan[first]!) < end) {
      const start = tokens[first]!.start;
      while (credit < furniture.length && furniture[credit]!.end <= start) credit++;
      const next = furniture[credit];
      if (next && next.start <= start) {
        first = tokenAt(tokens, next.end);
        continue;
      }
      const stop = next ? Math.min(end, furnitureFirst[credit]!) : end;
      first = scanChunk(ctx, first, Math.max(stop, first + 1));
    }
  }
  return {
    candidates: ctx.out,
    isCommon: (lower: string) => isCommonWord(ctx, lower),
    seenAsName: (lower: string) => ctx.capSeen.has(lower) || FIRST_NAME_GENDER.has(lower),
  };
}

function scanHeadline(ctx: Ctx, first: number, end: number): void {
  for (let i = first; i < end;) {
    if (!isNameToken(ctx, i) && !(ctx.tokens[i]!.lower === 'the' && isNameToken(ctx, i + 1))) {
      i++;
      continue;
    }
    const listed = longestListed(ctx, i, end);
    if (listed) {
      emitListed(ctx, listed.entry, listed.start, listed.end, true);
      i = listed.end;
      continue;
    }
    const token = ctx.tokens[i]!;
    if (isNameToken(ctx, i) && !NOT_NAME_WORDS.has(token.bare) && !lowerHyphenPart(ctx, token)) {
      ctx.out.push(candidate(ctx, i, i + 1, 'unknown', { headline: true }));
    }
    i++;
  }
}

/** Reads one capitalised run starting at or after token i; returns where to go on. */
function scanChunk(ctx: Ctx, i: number, end: number): number {
  const { tokens } = ctx;
  const token = tokens[i]!;
  if (!isNameToken(ctx, i)) {
    // "al-Shabaab", "el-Sisi": a name glued to its lowercase particle stands on its own
    if (isParticleSurname(ctx, i)) {
      classifyRun(ctx, [i]);
      return i + 1;
    }
    if (token.lower === 'the' && isNameToken(ctx, i + 1)) {
      const listed = longestListed(ctx, i, end);
      // "the Telegraph"; but "the Nova Scotia Nurses' Union", "the Congress of Dock Unions"
      // are read as a whole run
      if (
        listed &&
        (listed.entry.article ||
          !(isNameToken(ctx, listed.end) || runsOnPastOf(ctx, listed.start, listed.end)) ||
          isPossessive(ctx.tokens[listed.end - 1]!))
      ) {
        emitListed(ctx, listed.entry, listed.start, listed.end, false);
        return listed.end;
      }
    }
    return i + 1;
  }
  if (closingTitleCaseCue(ctx, i)) return i + 1;
  // (most name words hold no hyphen: none of these readings is tried for them)
  if (
    token.lower.includes('-') &&
    (lowerHyphenPart(ctx, token) ||
      // "Rep. Ann Roe, D-Vell,": a party's letter and a state, only the state a name
      PARTY_AND_STATE.test(ctx.text.slice(token.start, token.end)) ||
      (!GAZETTEER.has(token.lower) &&
        token.lower.split('-').some((part) => GAZETTEER.has(part)))) &&
    !isHyphenGivenNameFirst(ctx, i)
  ) {
    emitHyphenParts(ctx, token);
    return i + 1;
  }
  const run = extendRun(ctx, i, end);
  // "the Port Elsby-based grocer": a name run on into a compound is a modifier, not a mention
  const glued = gluedCompoundAfter(ctx, run[run.length - 1]!);
  if (glued > 0) return glued + 1;
  // "Skyvale Airways Flight 418", "Grade 9": a numbered thing's word is no part of a name
  const head = run[run.length - 1]!;
  if (headsNumber(ctx, head)) {
    if (run.length === 1) return head + 2;
    classifyRun(ctx, run.slice(0, -1));
    return head;
  }
  classifyRun(ctx, run);
  if (run.length === 1) sharedSurname(ctx, run[0]!, end);
  if (run.length > 1 && ctx.nickname?.[run[0]! + 1]) nicknameAlias(ctx, run[0]!, run[1]!);
  // "Institute for Coastal Research (ICR)": the bracketed acronym is another name for it
  return run[run.length - 1]! + 1;
}

/** The capitalised word at k heads a numbered thing: "Flight 418", "Type 2". */
function headsNumber(ctx: Ctx, k: number): boolean {
  const { tokens } = ctx;
  const word = tokens[k]!;
  const number = tokens[k + 1];
  if (!number || number.start !== word.end + 1 || !/^\d+$/.test(number.lower)) return false;
  return NUMBERED_THING_WORDS.has(word.lower);
}

/**
 * The token after `last` when it is glued on by one space and is a capitalised word with a
 * lower-case head of a modifier ("Elsby-based" after "Port", "-born", "-led"), no listed name
 * in it: the run and it modify what follows. Its index, else -1.
 */
function gluedCompoundAfter(ctx: Ctx, last: number): number {
  const next = ctx.tokens[last + 1];
  if (!next?.word || !next.lower.includes('-') || next.start !== ctx.tokens[last]!.end + 1)
    return -1;
  if (!isNameToken(ctx, last + 1)) return -1;
  const parts = next.lower.split('-');
  const head = parts[parts.length - 1]!;
  // ("Vancouver-bound", "Cuba-born": a listed name in it is read as before)
  if (parts.some((part) => GAZETTEER.has(part))) return -1;
  const modifies = HYPHEN_COMPOUND_HEADS.has(head) || head.endsWith('ed');
  return modifies && lowerHyphenPart(ctx, next) ? last + 1 : -1;
}

/** A US lawmaker's party and state after the name: "D-Vell", "R-Texas", "I-Maine". */
const PARTY_AND_STATE = /^[DRI]-\p{Lu}\p{Ll}+$/u;

/**
 * "Sarah and Daniel Whitcombe": a first name alone before "and" and a first name with a
 * surname shares that surname, so the candidate just read at `first` is Sarah Whitcombe.
 */
function sharedSurname(ctx: Ctx, first: number, end: number): void {
  const { tokens } = ctx;
  const other = first + 2;
  if (tokens[first + 1]?.lower !== 'and' || !FIRST_NAME_GENDER.has(tokens[first]!.bare)) return;
  if (!isNameToken(ctx, other) || !FIRST_NAME_GENDER.has(tokens[other]!.bare)) return;
  let last = other;
  while (last + 1 < end && last - other < 2 && isNameToken(ctx, last + 1)) last++;
  const surname = tokens[last]!;
  if (last === other || ORG_WORDS.has(surname.lower) || PLACE_WORDS.has(surname.lower)) return;
  const read = ctx.out.at(-1);
  if (read?.span.start !== tokens[first]!.start) return;
  read.words = [read.words[0]!, ctx.text.slice(surname.start, surname.end)];
  read.kind = 'person';
  read.person = true;
}

function emitHyphenParts(ctx: Ctx, token: Token): void {
  let offset = token.start;
  for (const part of ctx.text.slice(token.start, token.end).split('-')) {
    const entry = GAZETTEER.get(part.toLowerCase());
    if (entry && !entry.article && matchesCase(entry, [part])) {
      ctx.out.push({
        span: { start: offset, end: offset + part.length },
        words: [part],
        kind: entry.kind,
        listed: entry,
        gender: 'unknown',
        person: false,
        descriptors: [],
        headline: false,
        aliasOf: undefined,
      });
    }
    offset += part.length + 1;
  }
}

/**
 * The token after `j`, past the period of an abbreviation or initial glued to it ("Ana R.
 * Ruiz"); no name runs on past one that ends its sentence ("on X. He said").
 */
function pastAbbreviationPeriod(ctx: Ctx, j: number): number {
  const { tokens } = ctx;
  const last = tokens[j]!;
  const period = tokens[j + 1]!;
  const glued = period.lower === '.' && period.start === last.end && isAbbreviation(last);
  return glued && !ctx.initial[j + 2] ? j + 2 : j + 1;
}

/** The capitalised run from token i: words, periods after initials, particles and connectors inside names. */
function extendRun(ctx: Ctx, i: number, end: number): number[] {
  const { tokens } = ctx;
  // `Benjamin "Benji" Vance`: a nickname in marks after the first name is passed over
  let j = surnameAfterNickname(ctx, i, end);
  const run: number[] = j > i ? [i, j] : [i];
  for (;;) {
    // "Owner Dorothy "Dot" Lisowski": a nickname after a first name inside the run too
    const nicknamed = run.length > 1 ? surnameAfterNickname(ctx, j, end) : j;
    if (nicknamed > j) run.push((j = nicknamed));
    const last = tokens[j]!;
    if (j + 1 >= end) break;
    const next = pastAbbreviationPeriod(ctx, j);
    if (next >= end) break;
    // "Nurses' Union": a plural possessive inside an organisation's name
    if (
      tokens[next]!.start === last.end &&
      last.lower.endsWith('s') &&
      /['\u2019]/.test(tokens[next]!.lower) &&
      ORG_WORDS.has(tokens[next + 1]?.lower ?? '') &&
      isNameToken(ctx, next + 1)
    ) {
      run.push(next, next + 1);
      j = next + 1;
      continue;
    }
    if (next >= end) break;
    const candidateToken = tokens[next]!;
    if (
      isPossessive(last) &&
      !(
        isNameToken(ctx, next) &&
        (ORG_WORDS.has(candidateToken.lower) ||
          PLACE_WORDS.has(candidateToken.lower) ||
          GAZETTEER_PREFIXES.has(runKey(ctx, run)))
      )
    )
      break;
    if (continuesName(ctx, last, next)) {
      run.push(next);
      j = next;
      continue;
    }
    const lower = candidateToken.lower;
    if (next !== j + 1) break; // a period ended the sentence
    // "Harbour Pilots Lodge 7": the number of a union local or lodge is part of its name
    if (run.length > 1 && NUMBERED_BODY_WORDS.has(last.lower) && /^\d+$/.test(lower)) {
      run.push(next);
      break;
    }
    if (isParticleSurname(ctx, next)) {
      run.push(next);
      j = next;
      continue;
    }
    const surname = surnameAfterParticles(ctx, last, next);
    if (surname >= 0) {
      for (let m = next; m <= surname; m++) run.push(m);
      j = surname;
      continue;
    }
    if (CONNECTORS.has(lower) || NAME_PARTICLES.has(lower) || lower === 'on') {
      let k = next + 1;
      if (tokens[k]?.lower === 'the') k++;
      if (
        k < end &&
        isNameToken(ctx, k) &&
        !isTimeWord(tokens[k]!.lower) &&
        connectorFits(ctx, run, next)
      ) {
        for (let m = next; m <= k; m++) run.push(m);
        j = k;
        continue;
      }
    }
    break;
  }
  return run;
}

/**
 * "Marc van der Berg": one or two particles at `next` between the parts of a name; the index
 * of the name word after them, else -1.
 */
function surnameAfterParticles(ctx: Ctx, last: Token, next: number): number {
  const { tokens } = ctx;
  const lower = tokens[next]!.lower;
  // the particle first: most words after a name are none, and then nothing more is looked up
  if (!NAME_PARTICLES.has(lower)) return -1;
  const second = NAME_PARTICLES.has(tokens[next + 1]?.lower ?? '') ? next + 1 : next;
  // "de", "la" also join place and firm names; after a first name they are a person's particle
  // (a hyphenated one too: "Jean-Baptiste de la Roche")
  const hyphen = last.bare.indexOf('-');
  const given = hyphen > 0 ? last.bare.slice(0, hyphen) : last.bare;
  const personParticle = !CONNECTORS.has(lower) || FIRST_NAME_GENDER.has(given);
  return isNameToken(ctx, second + 1) && personParticle ? second + 1 : -1;
}

/** The name token at `next` continues the run that ends with `last`. */
function continuesName(ctx: Ctx, last: Token, next: number): boolean {
  const token = ctx.tokens[next]!;
  return (
    isNameToken(ctx, next) &&
    !closingTitleCaseCue(ctx, next) &&
    (!lowerHyphenPart(ctx, token) || isHyphenGivenName(ctx, next)) &&
    // "Rita May", but "Ada Kemp Monday": a month may be a surname, a weekday is not
    (!isTimeWord(token.lower) || (FIRST_NAME_GENDER.has(last.lower) && !WEEKDAYS.has(token.lower)))
  );
}

/** `..., Ana Ruiz Says.`: a capitalised verb of saying that ends a headline is no part of the name. */
function closingTitleCaseCue(ctx: Ctx, i: number): boolean {
  const lower = ctx.tokens[i]!.lower;
  // the ending first: it runs for every name word, and most end otherwise (no lookup then)
  if (!endsLikeSaid(lower) || cueClass(lower) !== 'speech') return false;
  const after = ctx.tokens[i + 1];
  if (!after || (!after.word && '.!?'.includes(after.lower))) return true;
  return ctx.text.slice(ctx.tokens[i]!.end, after.start).includes('\n'); // the line ends there
}

/** Ends in "s", "ed", "said" or "told": a verb of saying in the present or past. */
function endsLikeSaid(lower: string): boolean {
  // by the last character's code first (115 is "s", 100 "d", 101 "e"): asked of every name word
  const last = lower.charCodeAt(lower.length - 1);
  if (last === 115) return true;
  if (last !== 100) return false;
  return (
    lower.charCodeAt(lower.length - 2) === 101 || lower.endsWith('said') || lower.endsWith('told')
  );
}
