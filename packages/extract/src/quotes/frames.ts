// Frames after a cue: where or how something was said ("in a statement", "on CBC's \"Morning
// Talk\""), read so that they are neither the content nor the speaker, and may name the channel.
import type { Span } from '@sourcetrace/article-model';
import { cueClass, isBaseForm } from '../lexicon/cues.js';
import { AUXILIARIES, DETERMINERS, OBJECT_PRONOUNS, PERSONAL_PRONOUNS } from '../lexicon/words.js';
import { ORG_WORDS } from '../entities/data/organizations.js';
import { peopleWord } from './people-words.js';
import { isPastTense } from '../lexicon/verb-forms.js';
import { Phrases } from './phrases.js';
import { QuoteState } from './units.js';
import {
  CHANNEL_PREPOSITIONS,
  CHANNEL_PREPOSITIONS_BEFORE_DETERMINER,
  SOCIAL_PLATFORMS,
  CIRCUMSTANCE_PREPOSITIONS,
  CONTENT_OPENERS,
  FRAME_NOUNS,
  FRAME_PREPOSITIONS,
  RESPONDING_FORMS,
  VERBAL_FRAME_NOUNS,
} from '../lexicon/quote-words.js';

/**
 * "in an interview that aired Monday that ...", "in a post that was later deleted": "that"
 * after a frame noun, with a verb right after it, opens a relative clause on the frame noun,
 * not what was said.
 */
function relativeOnFrameNoun(p: Phrases, j: number): boolean {
  if (p.lower(j) !== 'that' || !FRAME_NOUNS.has(p.lower(j - 1))) return false;
  const verb = p.lower(j + 1);
  return isPastTense(verb) || AUXILIARIES.has(verb);
}

/** The word at j is still part of a frame: no clause opens there, no subject, no other cue. */
function frameGoesOn(p: Phrases, j: number): boolean {
  if (relativeOnFrameNoun(p, j)) return true;
  const word = p.lower(j);
  // "in that speech": "that" before a frame noun points at it, it opens no clause
  const opensClause =
    CONTENT_OPENERS.has(word) && !(word === 'that' && FRAME_NOUNS.has(p.lower(j + 1)));
  return (
    !opensClause &&
    !subjectAfterFrame(p, j) &&
    (p.cap(j) || FRAME_NOUNS.has(word) || !cueClass(word) || isBaseForm(word))
  );
}

/** Nothing but punctuation from token k to the end of the unit. */
export function restIsPunct(p: Phrases, k: number, hi: number): boolean {
  for (let j = k; j < hi; j++) if (p.tokens[j]!.word) return false;
  return true;
}

/**
 * A short passage in marks of capitalised words ("Morning Talk", "State of the Union"), opening
 * at `open`: the index after its closing mark, or -1 when it is not such a title.
 */
export function programmeTitleEnd(p: Phrases, open: number, hi: number): number {
  if (p.states[open] !== QuoteState.Open) return -1;
  let close = open + 1;
  while (close < hi && close - open <= 11 && p.states[close] !== QuoteState.Close) close++;
  if (close >= hi || p.states[close] !== QuoteState.Close) return -1;
  // a mark written as two characters ('') is two tokens
  while (close + 1 < hi && p.states[close + 1] === QuoteState.Close) close++;
  return p.titleWords(open + 1, close) ? close + 1 : -1;
}

/** After a name ending in a possessive ("CBC's", "Fox News's") from `i`: the index after it, else `i`. */
function outletPossessiveEnd(p: Phrases, i: number, hi: number): number {
  for (let k = i; k < hi && k - i < 4 && p.cap(k); k++) if (isPossessiveWord(p, k)) return k + 1;
  return i;
}

/** The possessive ending of a word: "mayor's", "voters'". */
export const POSSESSIVE_CLITIC = /['\u2019]s?$/;

export function isPossessiveWord(p: Phrases, i: number): boolean {
  return p.isWord(i) && POSSESSIVE_CLITIC.test(p.lower(i));
}

/** A frame names an occasion or a medium ("in a statement", "on CBC", "to reporters"), not an object of the verb. */
export function isFrame(p: Phrases, first: number, end: number): boolean {
  for (let k = first + 1; k < end; k++) if (FRAME_NOUNS.has(p.lower(k)) || p.cap(k)) return true;
  return false;
}

/** A frame noun after `first` and before `end` ("in a brief Facebook post"). */
export function frameNounIn(p: Phrases, first: number, end: number): boolean {
  for (let k = first + 1; k < end; k++) if (FRAME_NOUNS.has(p.lower(k))) return true;
  return false;
}

/**
 * `said at her fundraiser for veterans that ...`, `told reporters after the vote that ...`,
 * `wrote to the council that ...`: a phrase from preposition `i` running to a "that" that opens
 * a clause says where or to whom the words were said, whatever its noun. The clause must open
 * on a subject (a pronoun, a determiner, a name, a number); a verb inside the phrase (`at the
 * event held in May that`, `for years to wait so that`) or any other word after "that" (`of
 * that horse`, `a bust that chokes`) proves nothing.
 */
function runsToThat(p: Phrases, i: number, j: number): boolean {
  if (p.lower(j) !== 'that') return false;
  // `wrote to the council that ...`: whom it was addressed to; not `to ask that`, nor a thing
  // with a clause of its own (`pointed to the theory that ...`)
  if (p.lower(i) === 'to' && !addressee(p, i + 1, j - 1)) return false;
  for (let k = i + 1; k < j; k++) {
    const w = p.lower(k);
    if (AUXILIARIES.has(w) || isPastTense(w) || w === 'to' || w === 'so') return false;
  }
  const next = p.lower(j + 1);
  return (
    p.cap(j + 1) ||
    PERSONAL_PRONOUNS.has(p.tokens[j + 1]?.bare ?? '') ||
    (DETERMINERS.has(next) && next !== 'that') ||
    p.amount(j + 1)
  );
}

/** Tokens [first, last] name whom words are addressed to: "her", "the council", "Ada Kemp". */
function addressee(p: Phrases, first: number, last: number): boolean {
  const head = p.lower(last);
  const opens = first === last || DETERMINERS.has(p.lower(first)) || p.cap(first);
  return (
    opens && (p.cap(last) || OBJECT_PRONOUNS.has(head) || peopleWord(head) || ORG_WORDS.has(head))
  );
}

/**
 * `said in a speech she would run`, `argued in the report the fares could fall`: a pronoun or a
 * determiner right after the frame's noun opens the clause that was said, with no "that".
 */
function subjectAfterFrame(p: Phrases, j: number): boolean {
  const lower = p.lower(j);
  // "she'd run": the pronoun with its verb glued on
  const pronoun = p.bare(j);
  // "in a statement it would appeal", "there would be no talks": "it" and "there" with an
  // auxiliary after them ("in a report it commissioned" names the report)
  // ("in a statement it continues to ...": a verb in the present after "it" as well)
  const next = p.lower(j + 1);
  const present = pronoun === 'it' && p.isWord(j + 1) && /[^su]s$/.test(next) && !p.cap(j + 1);
  const expletive = (pronoun === 'it' || pronoun === 'there') && (AUXILIARIES.has(next) || present);
  return (
    FRAME_NOUNS.has(p.lower(j - 1)) &&
    ((PERSONAL_PRONOUNS.has(pronoun) && pronoun !== 'it') ||
      expletive ||
      (DETERMINERS.has(lower) && !p.isTime(j)))
  );
}

/**
 * "responded to the criticism", "replied on Friday to a request": after a verb of answering
 * (a few words back at most), the "to" at `i` opens what was answered, never what was said.
 */
export function answeredAt(p: Phrases, i: number): boolean {
  if (p.lower(i) !== 'to') return false;
  for (let k = i - 1; k >= i - MAX_ANSWER_GAP && p.isWord(k); k--)
    if (RESPONDING_FORMS.has(p.lower(k))) return true;
  return false;
}

/** Words between a verb of answering and its "to", at most ("responded later on Friday to"). */
const MAX_ANSWER_GAP = 4;

/**
 * The channel a capitalised word at k opens after "with", "to", "on" or "in" (`with CBC News`,
 * `to the Ledger`, its article kept), running to `end`: its span where an outlet names it, else null;
 * undefined where no such preposition stands before k.
 */
export function channelAt(p: Phrases, k: number, end: number): Span | null | undefined {
  if (!p.cap(k)) return undefined;
  const before = p.lower(k - 1);
  const determiner = DETERMINERS.has(before);
  // "wrote in the Kelby Herald": after "in", only a name that ends the phrase ("in a Harbour
  // Sun op-ed", "in a post on X" name a kind of writing)
  if ((determiner ? p.lower(k - 2) : before) === 'in' && !p.titleWords(k, end)) return undefined;
  if (CHANNEL_PREPOSITIONS.has(before)) {
    const platform = end === k + 1 && SOCIAL_PLATFORMS.has(p.lower(k));
    return platform || p.isOutlet(k, end) ? p.span(k, end) : null;
  }
  if (determiner && CHANNEL_PREPOSITIONS_BEFORE_DETERMINER.has(p.lower(k - 2)))
    return p.isOutlet(k, end) ? p.span(k - 1, end) : null;
  return undefined;
}

/** Up to three frames from `start`; an outlet named in one is the channel. */
export function readFrames(
  p: Phrases,
  start: number,
  hi: number,
  channel: Span | null,
): { i: number; channel: Span | null } {
  let i = start;
  for (let round = 0; round < 3; round++) {
    i = p.skipTimeForward(i, hi);
    if (!(i < hi && p.isWord(i) && FRAME_PREPOSITIONS.has(p.lower(i)))) break;
    // "said at least 40 boats ...": a hedged amount opens the content, no frame
    if (p.hedgedAmount(i)) break;
    // "asked the crowd to phone the council": an infinitive, not a medium
    if (p.lower(i) === 'to' && VERBAL_FRAME_NOUNS.has(p.lower(i + 1))) break;
    // `said on "Morning Talk."`, `on CBC's "Morning Talk."`: a programme title is where it was said.
    const owner = outletPossessiveEnd(p, i + 1, hi);
    if (p.states[owner] === QuoteState.Open) {
      const after = programmeTitleEnd(p, owner, hi);
      if (after > 0) {
        if (owner > i + 1 && p.isOutlet(i + 1, owner)) channel = p.span(i + 1, owner);
        i = after;
        continue;
      }
      if (owner === i + 1) break;
    }
    // A frame is a short prepositional phrase that ends where the content starts.
    let j = i + 1;
    while (j < hi && j - i <= 10 && p.isWord(j) && frameGoesOn(p, j)) j++;
    const stop =
      j >= hi ||
      p.isPunct(j, ',.:;') ||
      CONTENT_OPENERS.has(p.lower(j)) ||
      subjectAfterFrame(p, j) ||
      p.states[j] === QuoteState.Open;
    // A phrase that closes the clause (`she said of the plan.`) can only be a frame; after
    // "to", only whom a finite verb said it to (`wrote to the mayor.`; not `referring to the
    // victims.`, whose object it is)
    const closesClause =
      (j >= hi || (p.isPunct(j, '.!?') && restIsPunct(p, j, hi))) &&
      (p.lower(i) !== 'to' || (addressee(p, i + 1, j - 1) && !p.lower(i - 1).endsWith('ing')));
    // `said despite the storm, the ferry ...`: a circumstance closed by a comma
    const circumstance = CIRCUMSTANCE_PREPOSITIONS.has(p.lower(i)) && p.isPunct(j, ',');
    // `replied to a question about the dam, "..."`: what was answered, before a comma, colon
    // or quote mark; a "that" after it is the answered noun's ("responded to claims that ...")
    const answered = answeredAt(p, i);
    if (answered && !p.isPunct(j, ',:') && p.states[j] !== QuoteState.Open) break;
    if (
      !stop ||
      j === i + 1 ||
      !(closesClause || circumstance || answered || isFrame(p, i, j) || runsToThat(p, i, j))
    )
      break;
    for (let k = i + 1; k < j; k++) {
      const named = channelAt(p, k, j);
      if (named === undefined) continue;
      if (named) channel = named;
      break;
    }
    i = j;
  }
  return { i, channel };
}
