import type { Block, Span } from '@sourcetrace/article-model';
import { cueClass, RETORT_FORMS } from '../lexicon/cues.js';
import {
  ABBREVIATIONS,
  AUXILIARIES,
  CLOCK_ABBREVIATIONS,
  DETERMINERS,
  PERSONAL_PRONOUNS,
  LOWERCASE_ABBREVIATIONS,
  NUMBER_SIGNS,
  REGION_ABBREVIATIONS,
  TIME_ZONES,
  WEEKDAYS_MONTHS,
} from '../lexicon/words.js';
import { BUSINESS_NAME_WORDS } from '../entities/data/organizations.js';
import { tokenAt, tokenEndingAfter, type Token } from './tokens.js';

export interface Sentence extends Span {
  /** Index of the block the sentence lies in. */
  block: number;
}

const ENDERS = new Set(['.', '?', '!', '\u2026']);
/** Marks that stay with the sentence they close: `."`, `.)`, `?’`. */
const CLOSERS = new Set(['"', '\u201d', '\u2019', "'", ')', ']', '\u00bb']);
/** Marks between a place and its state's abbreviation: "Springfield, Ill.", "Cook County (Ill.)". */
const AFTER_PLACE = new Set([',', '(']);
/** Marks that may open a quote. */
const OPENING_MARKS = new Set(['"', '\u201c', '\u2018', "'", '\u00ab']);

/**
 * Splits each block into sentences over the tokens: a sentence ends at . ? ! (with any closing
 * quote or bracket glued to it) when the next token starts a new sentence, and never at an
 * abbreviation or an initial ("Dr.", "U.S.", "John F. Kennedy"). A block always ends one.
 */
export function splitSentences(text: string, blocks: Block[], tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, index) => {
    const first = tokenAt(tokens, block.span.start);
    const end = Math.max(first, tokenEndingAfter(tokens, block.span.end));
    let start = first;
    for (let i = first; i < end; i++) {
      const token = tokens[i]!;
      if (token.word || !ENDERS.has(token.lower)) continue;
      let last = i;
      while (
        last + 1 < end &&
        (ENDERS.has(tokens[last + 1]!.lower) || CLOSERS.has(tokens[last + 1]!.lower)) &&
        tokens[last + 1]!.start === tokens[last]!.end
      )
        last++;
      const next = tokens[last + 1];
      const ends =
        next !== undefined &&
        next.end <= block.span.end &&
        next.start !== tokens[last]!.end && // "3.5", "U.S.-based": no space, no break
        !(token.lower === '.' && isAbbreviation(text, tokens, i - 1, next)) &&
        startsSentence(text, next, tokens[last + 2]) &&
        !(last > i && speakerFollows(tokens, last + 1, end, token.lower === '.'));
      if (!ends) {
        // Skip the whole run of marks: rescanning it from each mark would be quadratic ("......").
        i = last;
        continue;
      }
      sentences.push({ start: tokens[start]!.start, end: tokens[last]!.end, block: index });
      start = last + 1;
      i = last;
    }
    if (start < end)
      sentences.push({ start: tokens[start]!.start, end: tokens[end - 1]!.end, block: index });
  });
  return sentences;
}

/**
 * `"Why wait?" Ann Roe asked.`, `"Why?" Ann Roe, the mayor, asked.`: after a question or
 * exclamation in marks, a name (with an aside between commas) and a speech verb finish the
 * same sentence. After a full stop in marks (`"We won." Ann Roe said.`) the verb must also end
 * the sentence: `"We won." Ann Roe said the talks go on.` starts a new one.
 */
function speakerFollows(tokens: Token[], from: number, end: number, stop: boolean): boolean {
  let aside = false;
  for (let k = from; k < end && k - from <= 14; k++) {
    const token = tokens[k]!;
    if (!token.word) {
      if (token.lower === ',') aside = !aside;
      else if (token.lower !== '.' || k === from) return false; // "Dr." inside the name
      continue;
    }
    // `"We won." Ann Roe did not elaborate.`: a verb group says something of its own
    if (stop && AUXILIARIES.has(token.lower)) return false;
    // ("shot back", "fired back": a retort)
    const retort = RETORT_FORMS.has(token.lower) && tokens[k + 1]?.lower === 'back';
    const cls = k > from && !token.cap ? (retort ? 'speech' : cueClass(token.lower)) : undefined;
    // (after a full stop only a verb of saying proper: `"..." Bell disagreed.` is a new sentence)
    if (cls === 'speech' || (cls === 'weak-speech' && !stop))
      return !aside && (!stop || endsAfter(tokens, retort ? k + 1 : k));
    if (!aside && k - from > 4) return false; // a name is short; only an aside runs longer
  }
  return false;
}

/** The cue at k ends its sentence: a full stop right after it. */
function endsAfter(tokens: Token[], k: number): boolean {
  return tokens[k + 1]?.lower === '.';
}

/** The word at `k`, before a full stop, is an abbreviation that does not end the sentence. */
function isAbbreviation(text: string, tokens: readonly Token[], k: number, next: Token): boolean {
  const previous = tokens[k];
  if (!previous || !previous.word) return false;
  // "Springfield, Mass." and "Cook County (Ill.)" are states; "they held a Mass." ends a sentence
  if (REGION_ABBREVIATIONS.has(previous.lower)) {
    if (!AFTER_PLACE.has(tokens[k - 1]?.lower ?? '')) return false;
    // "a broker in Mississauga, Ont. "They are waiting ...", "in Regina, Sask. She said ...":
    // a quote or a word that opens a sentence after the region ends the sentence there
    if (opensAfterFirm(next)) return false;
  }
  // "No. 5", "Nos. 3 and 4": a number sign only before a number ("The minister said no. She ...")
  if (NUMBER_SIGNS.has(previous.lower)) return /\p{N}/u.test(text[next.start] ?? '');
  // "called at 2 a.m. A spokeswoman said ..." ends; "at 9 a.m. Friday" and "9 a.m. ET" go on
  if (CLOCK_ABBREVIATIONS.has(previous.lower))
    return WEEKDAYS_MONTHS.has(next.lower) || TIME_ZONES.has(next.lower);
  // "confirmed by Velmora Systems Inc. "We are sorry," ...", "... Holdings Ltd. The firm ...": a
  // firm's suffix ends the sentence before a quote or a word that opens one
  if (BUSINESS_NAME_WORDS.has(previous.lower) && opensAfterFirm(next)) return false;
  if (ABBREVIATIONS.has(previous.lower))
    return previous.cap || LOWERCASE_ABBREVIATIONS.has(previous.lower);
  // A single capital letter is an initial; a dotted form like "U.S" is an abbreviation. (But
  // "weighed in on X. "It is over," ...", "Plan B. The ...", "in Washington, D.C. He said": one
  // that ends a phrase before a quote or a word that opens a sentence ends it; a nickname may
  // follow an initial: 'John J. "Jack" Reed', 'Gov. C.L. "Butch" Otter'.)
  const initial = previous.end - previous.start === 1 && previous.cap;
  if (!initial && !/^\p{L}(\.\p{L})+$/u.test(text.slice(previous.start, previous.end)))
    return false;
  return !opensAfterFirm(next) || NICKNAME_AFTER.test(text.slice(next.start, next.start + 40));
}

/** A one-word nickname in marks, then a capitalised word: '"Butch" Otter'. */
const NICKNAME_AFTER = /^["\u201c]\p{Lu}[\p{L}'\u2019-]*["\u201d]\s+\p{Lu}/u;

/** An opening quote mark, or a capitalised determiner or pronoun ("The", "It", "We"). */
function opensAfterFirm(next: Token): boolean {
  if (!next.word) return OPENING_MARKS.has(next.lower);
  return next.cap && (DETERMINERS.has(next.lower) || PERSONAL_PRONOUNS.has(next.lower));
}

function startsSentence(text: string, next: Token, after: Token | undefined): boolean {
  // `left at 9 a.m. "with barely a word"`: a quote opening on a lower-case word goes on the sentence
  if (OPENING_MARKS.has(next.lower) && after?.word && /\p{Ll}/u.test(text[after.start] ?? ''))
    return false;
  // A dash after a full stop hangs an attribution on the sentence: `"Help us." — Ana Ruiz`.
  if (!next.word) return !/[,;:)\]}.!?\u2014\u2013\u2015]/.test(next.lower);
  const ch = text[next.start] ?? '';
  return next.cap || /\p{N}/u.test(ch);
}

/** The index of the last sentence starting at or before `offset` (0 when none does). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
