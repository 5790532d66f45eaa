// What follows a cue: recipient, outlet (the channel), time and frame phrases, and where the
// content starts or the reporting clause ends.
import type { Span } from '@sourcetrace/article-model';
import { cueClass, PARTICIPLE_CUES } from '../lexicon/cues.js';
import { CONNECTIVES, DETERMINERS, PERSONAL_PRONOUNS, PREPOSITIONS } from '../lexicon/words.js';
import { readFrames, restIsPunct } from './frames.js';
import { Phrases } from './phrases.js';
import { QuoteState } from './units.js';
import {
  CONTENT_OPENERS,
  COORDINATORS,
  LEAD_IN_NOUNS,
  RELATIVE_OPENERS,
  SUBJECT_PRONOUNS,
  TRAILING_ADVERBS,
} from '../lexicon/quote-words.js';
import { readRecipient, toInfinitive } from './recipient.js';
import { verbLike } from './speakers.js';
import { isPastParticiple, isPastTense } from '../lexicon/verb-forms.js';
import { ARTIFACT_NOUNS, PLACING_PARTICIPLES } from '../entities/data/source-words.js';

export interface AfterCue {
  /** Where the content starts (after recipient, time, frame, colon). */
  contentStart: number;
  /** The cue ends its clause: nothing but a full stop, a split quote or a new clause follows. */
  ends: boolean;
  /** A second quoted piece of a split quote: `"A," she said, "B."` */
  splitStart: number | null;
  /** Index after the clause tail (appositive, frame) when `ends`. */
  tailEnd: number;
  channel: Span | null;
  opener: string;
  /** A recipient or object was read after the cue ("urged Republicans", "told him"). */
  recipient: boolean;
}

/** Reads what follows a cue: recipient or outlet, time, frame, then where the content begins. */
export function afterCue(p: Phrases, cue: number, from: number, hi: number): AfterCue {
  const object = readRecipient(p, cue, p.skipTimeForward(from, hi), hi);
  // "asked dockers to stay home on Friday": what the one asked is to do, no frame ("to CBC")
  if (object.recipient && toInfinitive(p, object.i))
    return clauseEnd(p, object.i, hi, object.channel, true);
  // "plans to cheer on the Eastvale side", "hopes to see the pier rebuilt": after a verb of stance or
  // belief, "to" and a verb is what is wanted or hoped, not whom it was said to
  if (infinitiveTaker(p.lower(cue)) && toInfinitive(p, object.i))
    return clauseEnd(p, object.i, hi, object.channel, object.recipient);
  const frames = readFrames(p, framedAfterBracket(p, object.i, hi), hi, object.channel);
  const i = skipClauseTail(p, frames.i, hi);
  return clauseEnd(p, i, hi, frames.channel, object.recipient, cue);
}

/**
 * A cue whose "to" opens an infinitive rather than an addressee ("wants to", "hopes to", not
 * "said to"). A past form of belief before "to" qualifies a noun instead ("people believed to
 * be inside"), so it is left to the frames.
 */
function infinitiveTaker(lower: string): boolean {
  const cls = cueClass(lower);
  return cls === 'stance' || (cls === 'belief' && !isPastTense(lower) && !isPastParticiple(lower));
}

/** Tokens a speaker between a closed quote piece and its cue may hold (`," Ann Roe said`). */
const MAX_SPEAKER_BETWEEN = 8;

/** The cue follows a quoted piece closed with a comma and its speaker: `"A," Ann Roe wrote`. */
function afterQuotePiece(p: Phrases, cue: number): boolean {
  for (let k = cue - 1; k >= 0 && cue - k <= MAX_SPEAKER_BETWEEN; k--) {
    if (p.states[k] === QuoteState.Close) return k < cue - 1 && p.commaBefore(k + 1);
    // a sentence's end or another verb of saying: the piece belongs to an earlier clause
    const abbreviation = p.isPunct(k, '.') && p.abbreviation(k - 1);
    if ((!p.isWord(k) && !abbreviation) || cueClass(p.lower(k))) return false;
  }
  return false;
}

/**
 * `said Tom Bell (D-Ore.) in an interview.`: a short aside in brackets before a frame is passed
 * over so the frame is read; returns where the frames start (`i` when no frame follows).
 */
function framedAfterBracket(p: Phrases, i: number, hi: number): number {
  const k = closingBracket(p, i, hi);
  if (k < 0) return i;
  return readFrames(p, k + 1, hi, null).i > k + 1 ? k + 1 : i;
}

/** Tokens a short aside in brackets after a cue may hold. */
const MAX_BRACKET_ASIDE = 20;

/** The `)` closing a short aside that opens with `(` at `i`, or -1. */
function closingBracket(p: Phrases, i: number, hi: number): number {
  if (!p.isPunct(i, '(')) return -1;
  let k = i + 1;
  while (k < hi && k - i <= MAX_BRACKET_ASIDE && !p.isPunct(k, '()')) k++;
  return p.isPunct(k, ')') ? k : -1;
}

/** What closes the reporting clause after the frames: adverbs, an aside in brackets, ", that". */
function skipClauseTail(p: Phrases, start: number, hi: number): number {
  let i = start;
  // `told The Herald then.`, `said Mr. Lund (a view others share).`: nothing more is said.
  while (i < hi && p.isWord(i) && TRAILING_ADVERBS.has(p.lower(i))) i++;
  const bracket = closingBracket(p, i, hi);
  if (bracket >= 0 && (bracket + 1 >= hi || p.isPunct(bracket + 1, '.!?,;'))) i = bracket + 1;
  // `says at a stop in Halifax, N.S., that ...`: a frame with commas still ends at "that".
  if (p.isPunct(i, ',')) {
    for (let k = i + 1; k < hi && k - i <= 8 && p.outside(k); k++) {
      // `told a meeting in Varna, Norland on Friday that ...`: the place goes on to "that"
      if (p.lower(k) === 'that' && (p.isPunct(k - 1, ',') || placeThenTime(p, i + 1, k))) {
        i = k;
        break;
      }
      // `said, however, that ...`: a connective set off by commas is an aside, not a new clause
      const aside = p.isPunct(k - 1, ',') && p.isPunct(k + 1, ',');
      if (cueClass(p.lower(k)) || (CONNECTIVES.has(p.lower(k)) && !aside)) break;
    }
  }
  return i;
}

/** Where the content starts, or how the reporting clause ends, at token `i`. */
function clauseEnd(
  p: Phrases,
  i: number,
  hi: number,
  channel: Span | null,
  recipient: boolean,
  /** The cue, where a quote broken by it may carry on after the clause (`afterQuotePiece`). */
  cue = -1,
): AfterCue {
  const after = (
    contentStart: number,
    ends: boolean,
    splitStart: number | null,
    tailEnd: number,
    opener: string,
  ): AfterCue => ({ contentStart, ends, splitStart, tailEnd, channel, opener, recipient });
  const rest = (k: number): boolean => k >= hi || (p.isPunct(k, '.!?') && restIsPunct(p, k, hi));
  if (rest(i)) return after(hi, true, null, hi, '');
  if (p.isPunct(i, ';')) return after(hi, true, null, i, '');
  // `told the hosts of "Harbour Talk," adding ...`: a comma written inside a title's closing mark
  const commaInMark = p.states[i - 1] === QuoteState.Close && p.commaBefore(i);
  if (p.isPunct(i, ',\u2014\u2013') || commaInMark) {
    // `..., she said, "but the roads aren't."` or `, she said, adding ...` or `, she said, and ...`
    let next = commaInMark ? i : i + 1;
    // `"A," Lund said, referring to the critics, "B."`: a short aside before the second piece;
    // `, adding later, "B."` is a cue of its own, so "B" is another quote (the participle's).
    const participle = PARTICIPLE_CUES.has(p.lower(next));
    for (let k = next; !participle && k < hi && k - next <= 12 && p.outside(k); k++) {
      if (p.isPunct(k, ',') && p.states[k + 1] === QuoteState.Open) {
        next = k + 1;
        break;
      }
    }
    if (p.states[next] === QuoteState.Open) return after(hi, true, next, hi, ',');
    return after(next, true, null, next, ',');
  }
  if (p.isPunct(i, ':')) return after(i + 1, false, null, hi, ':');
  const resumed = cue >= 0 && afterQuotePiece(p, cue) ? resumedQuote(p, i, hi) : -1;
  if (resumed > 0) return after(hi, true, resumed, hi, ',');
  const colon = leadInColon(p, i, hi);
  if (colon > 0) return after(colon + 1, false, null, hi, ':');
  return after(i, false, null, hi, p.lower(i));
}

/** Tokens a clause between the cue and the rest of a broken quote may hold. */
const MAX_BETWEEN_PIECES = 16;

/**
 * `"A," Roe wrote in a letter explaining why she ran, "but B."`: a short clause after the cue,
 * then a comma and a quote that opens in lower case, which carries on the first piece. Where
 * that quote opens, or -1.
 */
function resumedQuote(p: Phrases, i: number, hi: number): number {
  for (let k = i; k < hi && k - i <= MAX_BETWEEN_PIECES; k++) {
    if (p.states[k] === QuoteState.Open) {
      const first = p.tokens[k + 1];
      const lowerCase = first?.word === true && !first.cap;
      return k > i && p.isPunct(k - 1, ',') && lowerCase ? k : -1;
    }
    if (!p.outside(k) || p.isPunct(k, '.!?;:')) return -1;
  }
  return -1;
}

/** Words a lead-in noun phrase may run to before its colon ("a simple question:"). */
const MAX_LEAD_IN_WORDS = 4;

/**
 * `asked the pilots a question: "Who pays?"`, `answered them at once: "..."`: a few words ending in a
 * lead-in noun, or in a colon that a quote opens right after, announce the content after the
 * colon. The colon's index, or -1.
 */
function leadInColon(p: Phrases, i: number, hi: number): number {
  for (let k = i; k < hi && k - i <= MAX_LEAD_IN_WORDS; k++) {
    if (p.isPunct(k, ':')) {
      const announces = LEAD_IN_NOUNS.has(p.lower(k - 1)) || p.states[k + 1] === QuoteState.Open;
      return k > i && announces ? k : -1;
    }
    if (!p.isWord(k) || !p.outside(k)) return -1;
  }
  return -1;
}

/**
 * After an inverted speaker, a short description ("a lecturer at the college") ending the
 * clause, or ending where a relative clause about the speaker begins.
 */
export function skipDescription(p: Phrases, from: number, hi: number): number {
  // `says a statement posted on the union's website`: where the thing was put describes it too
  const at = placedArtifact(p, from) ? from + 1 : from;
  if (!PREPOSITIONS.has(p.lower(at)) || !p.isWord(at) || p.skipTimeForward(at, hi) > at)
    return from;
  let j = at + 1;
  let time = -1;
  for (; j < hi && j - from <= 8; j++) {
    // `said an aide to Ann B. Roe`: the period of an initial inside a name
    if (p.isPunct(j, '.') && p.abbreviation(j - 1) && p.cap(j + 1)) continue;
    if (!p.isWord(j)) break;
    const word = p.lower(j);
    // (after a determiner a cue's form is a noun: "a pilot involved in the plan")
    const cue = cueClass(word) !== undefined && !DETERMINERS.has(p.lower(j - 1));
    if (cue || CONTENT_OPENERS.has(word) || RELATIVE_OPENERS.has(word)) break;
    // `said a spokesperson for the ministry on Tuesday.`: a time ending the clause is no part of it
    time = p.skipTimeForward(j, hi);
    if (time > j) break;
  }
  const closes = (k: number) => k >= hi || p.isPunct(k, ',.;!?');
  if (time > j) return closes(time) ? j : from;
  // `said the keeper of a kiosk that rents bikes`: a relative clause may close the description
  return closes(j) || RELATIVE_OPENERS.has(p.lower(j)) ? j : from;
}

/** A participle placing an artifact noun before it somewhere ("a statement posted on ..."). */
function placedArtifact(p: Phrases, k: number): boolean {
  return PLACING_PARTICIPLES.has(p.lower(k)) && p.isWord(k) && ARTIFACT_NOUNS.has(p.lower(k - 1));
}

/** Tokens an aside after the cue may hold. */
const MAX_ASIDE = 10;

/** Tokens [from, to) are capitalised words (a place's region), then perhaps a time ("on Monday"). */
function placeThenTime(p: Phrases, from: number, to: number): boolean {
  let k = from;
  while (k < to && p.isWord(k) && p.cap(k) && !p.isTime(k)) k++;
  if (k === from) return false;
  const time = k < to && PREPOSITIONS.has(p.lower(k)) ? p.skipTimeForward(k + 1, to) : k;
  return (time > k + 1 ? time : k) === to;
}

/**
 * `said in a statement, the ferry will sail`: after a frame and its comma, a clause with a
 * subject (a pronoun, a determiner or a name) and a verb of its own is what was said; returns
 * where it opens, or -1.
 */
export function clauseAfterFrame(p: Phrases, comma: number, hi: number): number {
  const next = comma + 1;
  if (!p.isPunct(comma, ',') || !opensSubject(p, next)) return -1;
  for (let k = next + 1; k < hi && k - next <= MAX_SUBJECT_BEFORE_VERB; k++) {
    const lower = p.lower(k);
    // "in Varna, Norland on Friday that ...": the frame's place goes on, no subject
    if (!p.isWord(k) || lower === 'that' || (PREPOSITIONS.has(lower) && lower !== 'of')) return -1;
    if (verbLike(p, k) || presentVerb(p, next, k)) return next;
  }
  return -1;
}

/**
 * `..., she plans to ...`, `..., the club wants ...`: a verb in the present after the subject
 * opening at `subject`: any lowercase word right after "he", "she" or "they", or a cue's form
 * in -s after a noun.
 */
function presentVerb(p: Phrases, subject: number, k: number): boolean {
  const lower = p.lower(k);
  if (p.cap(k)) return false;
  if (k === subject + 1 && SUBJECT_PRONOUNS.has(p.bare(subject))) return true;
  return lower.endsWith('s') && cueClass(lower) !== undefined && !DETERMINERS.has(p.lower(k - 1));
}

/** A word that can open a clause's subject: a pronoun ("she's" too), a determiner, a name. */
function opensSubject(p: Phrases, k: number): boolean {
  return (
    p.isWord(k) && (PERSONAL_PRONOUNS.has(p.bare(k)) || DETERMINERS.has(p.lower(k)) || p.cap(k))
  );
}

/** Words a subject may take before its verb in `clauseAfterFrame`. */
const MAX_SUBJECT_BEFORE_VERB = 6;

/**
 * `says, win or lose, she is staying`, `said — on the radio — that ...`, `said, in a statement,
 * the pier ...`: an aside set off by the comma or dash after the cue and closed by the same
 * mark, then a clause of its own. Where that clause starts, or -1.
 */
export function clauseAfterAside(p: Phrases, from: number, hi: number): number {
  const mark = p.lower(from - 1);
  if (!p.isPunct(from - 1, ',\u2014\u2013')) return -1;
  // `, adding ...`, `, and the board ...`: a cue or a verb of its own, not an aside
  if (PARTICIPLE_CUES.has(p.lower(from)) || COORDINATORS.has(p.lower(from))) return -1;
  for (let k = from; k < hi && k - from <= MAX_ASIDE; k++) {
    if (!p.outside(k) || p.isPunct(k, '.!?;:') || cueClass(p.lower(k))) return -1;
    if (k === from || p.lower(k) !== mark) continue;
    const next = k + 1;
    const opens =
      p.states[next] === QuoteState.Open ||
      (p.isWord(next) && p.lower(next) === 'that') ||
      opensSubject(p, next);
    return opens && next < hi ? next : -1;
  }
  return -1;
}
