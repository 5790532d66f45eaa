// Small readings several rules share: which kind of attribution a cue class makes, whether
// what follows a cue is content it can take, where quoted words start after a dash.
import type { Span } from '@sourcetrace/article-model';
import {
  ASKING_FORMS,
  cueClass,
  isBaseForm,
  isSpeechClass,
  opensTopic,
  type CueClass,
} from '../../lexicon/cues.js';
import { QUESTION_OPENERS } from '../../lexicon/claim-words.js';
import { isPastTense } from '../../lexicon/verb-forms.js';
import {
  AMOUNT_WORDS,
  ARTICLES,
  AUXILIARIES,
  CLAUSE_OPENERS,
  DETERMINERS,
  FOCUS_ADVERBS,
  NOUN_DETERMINERS,
  OBJECT_PRONOUNS,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
  WH_WORDS,
} from '../../lexicon/words.js';
import { isBodyNoun, POSSESSIVE_DETERMINERS } from '../../entities/data/source-words.js';
import { tokenAt } from '../../text/tokens.js';
import { peopleWord } from '../people-words.js';
import type { AfterCue } from '../after-cue.js';
import { toInfinitive } from '../recipient.js';
import { answeredAt, restIsPunct } from '../frames.js';
import { demonstrative, thatBeforePhrase } from '../demonstrative.js';
import { thousands } from '../phrase-before.js';
import type { Phrases } from '../phrases.js';
import { QuoteState } from '../units.js';
import type { Attribution, UnitSite } from './types.js';
import {
  ADD_FORMS,
  ANSWER_WORDS,
  CONTENT_OPENERS,
  COORDINATORS,
  FRONTED_CLAUSE_OPENERS,
  REFERRING_WORDS,
} from '../../lexicon/quote-words.js';

const LONGEST_REFERRING_WORD = Math.max(...[...REFERRING_WORDS].map((word) => word.length));

export function classKind(cls: CueClass): Attribution['kind'] {
  if (isSpeechClass(cls)) return 'speech';
  return cls;
}

/** A verb's content is acceptable for its class: weak verbs need quote marks or "that". */
export function acceptsContent(
  p: Phrases,
  cls: CueClass,
  right: AfterCue,
  attribution: Attribution,
): boolean {
  const first = p.lower(right.contentStart);
  // "disputed that.", "said so.", "said no.": a word pointing back, or a bare answer, says nothing
  const only = attribution.content.length === 1 ? attribution.content[0]! : null;
  // Length first: slicing every long content would make a run-on paragraph quadratic.
  const short = only !== null && only.end - only.start <= LONGEST_REFERRING_WORD;
  if (short && REFERRING_WORDS.has(p.text.slice(only.start, only.end).toLowerCase())) return false;
  // "maintain that position.": "that" pointing at a noun ends the sentence, no clause said
  if (demonstrative(p, right.contentStart) && !attribution.verbatim.length) return false;
  // "confirmed that in a statement, ...": "that" points back; "responded to the criticism":
  // what was answered, not what was said
  if (thatBeforePhrase(p, right.contentStart) || answeredAt(p, right.contentStart)) return false;
  // "leads by 40 pledged delegates": one bare word after a cue is no statement, but a stance
  // may be on one name ("voters who support Kemp"), and a verb of saying on an answer ("said no.")
  // ... and a topic may be one word ("talked about immigration", "warned against complacency")
  const stanceOnName =
    cls === 'stance' &&
    (p.cap(right.contentStart) ||
      opensTopic(p.lower(right.contentStart - 1), p.lower(right.contentStart - 2)));
  if (
    only &&
    !attribution.verbatim.length &&
    !stanceOnName &&
    !(cls === 'speech' && answer(p, right.contentStart)) &&
    oneWord(p.text.slice(only.start, only.end))
  )
    return false;
  const opensClause =
    (CONTENT_OPENERS.has(first) && !demonstrative(p, right.contentStart)) || right.opener === ':';
  if (
    cls === 'speech' &&
    ADD_FORMS.has(p.lower(right.contentStart - 1)) &&
    !opensClause &&
    !attribution.verbatim.length
  ) {
    return PERSONAL_PRONOUNS.has(first) || DETERMINERS.has(first) || p.cap(right.contentStart);
  }
  // "said about 40 pilots went home", "said at least 40 ...": a hedge before an amount opens
  // no topic
  const approximates = p.hedgedAmount(right.contentStart);
  if (cls === 'speech')
    return (
      !(PREPOSITIONS.has(first) && first !== 'to' && !approximates) ||
      attribution.verbatim.length > 0
    );
  // "asked them to leave", "asked the council how it would pay": what someone is asked
  const question = first !== 'about' && QUESTION_OPENERS.has(first);
  const asked = toInfinitive(p, right.contentStart) || question;
  if (cls === 'weak-speech')
    return (
      opensClause ||
      attribution.verbatim.length > 0 ||
      (right.recipient && asked) ||
      // "asked how the fund would pay": a question put to no one named, or "asked the crew whom
      // they trusted", to people named in a few words
      (ASKING_FORMS.has(p.lower(right.contentStart - 1)) &&
        (question || questionAfterObject(p, right.contentStart)))
    );
  if (cls === 'evidence') {
    // "called on her to resign": a pronoun asked to act, then what it is asked
    const asked = OBJECT_PRONOUNS.has(first) && p.lower(right.contentStart + 1) === 'to';
    return first === 'that' || (!PREPOSITIONS.has(first) && (!OBJECT_PRONOUNS.has(first) || asked));
  }
  // belief and stance: a clause or an infinitive, not "think about", "feel like"
  return !PREPOSITIONS.has(first) || first === 'to';
}

/** Words the people asked may run to before their question: "asked the night crew whom ...". */
const MAX_ASKED_WORDS = 3;

/** A question opens within a few words after `start`, with no mark between: "the crew whom ...". */
function questionAfterObject(p: Phrases, start: number): boolean {
  for (let k = start + 1; k <= start + MAX_ASKED_WORDS && p.isWord(k); k++) {
    const word = p.lower(k);
    if (word !== 'about' && QUESTION_OPENERS.has(word)) return true;
  }
  return false;
}

/** "yes" or "no" closing its sentence or clause: an answer given ("said no.", "said yes, ..."). */
export function answer(p: Phrases, i: number): boolean {
  return ANSWER_WORDS.has(p.lower(i)) && p.isPunct(i + 1, '.,;!');
}

/** A single bare word: no statement when it is all a cue reports. */
export function oneWord(text: string): boolean {
  return /^[\p{L}\p{N}'\u2019-]+$/u.test(text);
}

/**
 * Where the reported words start when a dash or a colon introduces the quoted part (`The talks
 * were held at a trade fair – "an odd choice", said the Gazette.`, `Ann Roe seemed annoyed: "Just
 * send it," she wrote.`): the narration before it is the article's.
 */
export function afterDash(p: Phrases, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    // a quoted piece before the dash is said too: `"I doubt the wisdom" -- that ... -- "will last"`
    if (!p.outside(i)) return from;
    if (p.isPunct(i, '\u2013\u2014:') && p.states[i + 1] === QuoteState.Open) return i + 1;
  }
  return from;
}

/** The opening mark of the quote that closes at `close`, read back no further than `floor`. */
export function openingMark(p: Phrases, floor: number, close: number): number {
  let open = close;
  while (open > floor && p.states[open] !== QuoteState.Open) open--;
  return open;
}

/** Some token in [from, to) lies inside quote marks. */
export function quotedBetween(p: Phrases, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!p.outside(i)) return true;
  return false;
}

/**
 * The words after a reporting clause set off by commas carry on the sentence before it (`The
 * plan, she said, was late.`): no quote and no full stop follow; `boundary` is the token before
 * the clause, which closes no quote unless that quote is a fragment inside the sentence (`The
 * fares, already "far too high," she said, will rise.`).
 */
export function resumesAfterClause(
  p: Phrases,
  right: AfterCue,
  boundary: number,
  fragment = false,
): boolean {
  return (
    right.opener === ',' &&
    right.splitStart === null &&
    (fragment || p.states[boundary] !== QuoteState.Close) &&
    p.isWord(right.contentStart)
  );
}

/** The content pieces of a trailing/inverted attribution, with a split quote's second piece. */
export function splitPieces(
  p: Phrases,
  from: number,
  contentEnd: number,
  after: AfterCue,
  hi: number,
): { pieces: Array<[number, number]>; floor: number } {
  const pieces: Array<[number, number]> = [[from, contentEnd]];
  if (after.splitStart !== null) {
    const end = quoteEnd(p, after.splitStart, hi);
    pieces.push([after.splitStart, end]);
    return { pieces, floor: end };
  }
  return { pieces, floor: after.tailEnd };
}

/** The token after the quote that opens at `open` closes (or gives out), at most `hi`. */
export function quoteEnd(p: Phrases, open: number, hi: number): number {
  let end = open + 1;
  while (end < hi && p.states[end] !== QuoteState.Close && p.states[end] !== QuoteState.Outside)
    end++;
  return Math.min(hi, end + 1);
}

/**
 * A number before a cue word that makes it part of a noun phrase, not its subject:
 * `trails by nine points`, `40 claims` (a word ending in -s after a number above one is a
 * plural noun: "two says" is no English); `by 271 pledged delegates`, `the 12 reported cases`
 * (an -ed form between a number the phrase opens and a word is an adjective on that word).
 */
export function nounAfterNumber(p: Phrases, c: number, lo: number): boolean {
  if (c <= lo || !p.isWord(c - 1)) return false;
  const before = p.lower(c - 1);
  const word = p.lower(c);
  // "the 82-year-old says": an age names someone, who speaks
  if (word.endsWith('s'))
    return (
      (/^\d/.test(before) && !before.endsWith('-old')) ||
      (AMOUNT_WORDS.has(before) && before !== 'one')
    );
  if (!word.endsWith('ed') || c - 1 <= lo) return false; // most cue words stop here
  // a count, not a year ("in 2008 asked whether") nor an age ("the 43-year-old asked")
  const count = (/^\d[\d,.]*$/.test(before) && !YEAR.test(before)) || AMOUNT_WORDS.has(before);
  if (!count || !opensNoun(p, c + 1)) return false;
  const opener = p.lower(c - 2);
  return PREPOSITIONS.has(opener) || DETERMINERS.has(opener);
}

const YEAR = /^(?:1[6-9]|20)\d\d$/;

/** `so heated that`, `such a din that`: "that" at `k` opens a clause of result. */
export function resultClause(p: Phrases, lo: number, k: number): boolean {
  if (p.lower(k) !== 'that') return false;
  for (let j = k - 1; j >= Math.max(lo, k - 3); j--) {
    const word = p.lower(j);
    if (word === 'so' || word === 'such') return true;
    if (!p.isWord(j)) return false;
  }
  return false;
}

/** A lower-case content word: "delegates", not "whether", "that", "the" or "to". */
function opensNoun(p: Phrases, i: number): boolean {
  if (!p.isWord(i) || p.cap(i)) return false;
  const word = p.lower(i);
  return !(
    CLAUSE_OPENERS.has(word) ||
    DETERMINERS.has(word) ||
    PREPOSITIONS.has(word) ||
    PERSONAL_PRONOUNS.has(word) ||
    OBJECT_PRONOUNS.has(word) ||
    WH_WORDS.has(word)
  );
}

/** A comma, or the end of the sentence, at token `k`: where a phrase read on from a cue closes. */
export function closesClause(p: Phrases, k: number, hi: number): boolean {
  return k >= hi || p.isPunct(k, ',') || (p.isPunct(k, '.!?') && restIsPunct(p, k, hi));
}

/**
 * `When Ada Kemp said the port would close, pilots walked out`: a speaker opening a clause
 * fronted before the sentence's own reports up to the comma (or dash) that ends the clause,
 * not the sentence after it. Null when the clause is not fronted or runs to the end.
 */
export function frontedClauseEnd(
  site: UnitSite,
  boundary: number,
  contentStart: number,
): number | null {
  const { p, lo, hi } = site;
  if (boundary !== clauseOpenerAt(p, lo) || !FRONTED_CLAUSE_OPENERS.has(p.lower(boundary)))
    return null;
  const end = clauseBreakAfter(p, contentStart + 1, hi - 1);
  return end < 0 ? null : end;
}

/**
 * Where the word opening a fronted clause stands in a sentence starting at `lo`: at `lo`, or
 * after "And" or "But" (with its comma) and a focus adverb: `Even as ...`, `And, while ...`,
 * `But just as ...`.
 */
function clauseOpenerAt(p: Phrases, lo: number): number {
  let k = lo;
  if (COORDINATORS.has(p.lower(k))) k += p.isPunct(k + 1, ',') ? 2 : 1;
  return FOCUS_ADVERBS.has(p.lower(k)) ? k + 1 : k;
}

/** The first comma, semicolon or dash outside quote marks in [from, to): where a clause breaks; else -1. */
export function clauseBreakAfter(p: Phrases, from: number, to: number): number {
  for (let k = from; k < to; k++) if (p.isPunct(k, ',;\u2014\u2013') && p.outside(k)) return k;
  return -1;
}

/**
 * The first comma outside quote marks from `from` on, within `maxTokens` tokens, not one that
 * groups thousands ("250,000"); else -1.
 */
export function commaAfter(p: Phrases, from: number, hi: number, maxTokens = hi): number {
  for (let k = from; k < hi && k - from <= maxTokens; k++)
    if (p.isPunct(k, ',') && p.outside(k) && !thousands(p, k, -1)) return k;
  return -1;
}

/** A determiner or possessive stands before token i ("the plan", "her bid"): i reads as a noun. */
export function followsDeterminer(p: Phrases, i: number): boolean {
  const before = p.lower(i - 1);
  return NOUN_DETERMINERS.has(before) || POSSESSIVE_DETERMINERS.has(before);
}

/**
 * A clause opener other than a coordinator ("When", "Whether", "Because"; not "And"): at the
 * start of a sentence, the clause it opens is fronted, and the subject comes after its comma.
 */
export function opensSubordinateClause(word: string): boolean {
  return CLAUSE_OPENERS.has(word) && !COORDINATORS.has(word);
}

/**
 * `"Fog is a fact of life here," says a leaflet titled Port Notes: Fog.`: a verb of saying right
 * after the quote that opens the unit at `lo` names the quote's own speaker, even where no rule
 * could read who that is; the quote carries on no one else's words. Returns the token after the
 * quote's closing mark, or -1.
 */
export function ownSpeakerAfter(p: Phrases, lo: number, hi: number): number {
  // the quote opens the unit, perhaps after a name or two (`Tom Bell "..." said ...`)
  let open = lo;
  while (open < hi && open - lo < MAX_WORDS_BEFORE_QUOTE && p.states[open] !== QuoteState.Open)
    open++;
  if (p.states[open] !== QuoteState.Open) return -1;
  const cue = p.afterCloseMark(open + 1, hi);
  if (cue >= hi || !p.isWord(cue) || p.cap(cue)) return -1;
  // `"Shame!" came the cry from the gallery`: the words after "came" name the saying
  let verb = cue;
  if (p.lower(cue) === 'came') verb = ARTICLES.has(p.lower(cue + 1)) ? cue + 2 : cue + 1;
  // `Roe's "47 percent" comment was ...`: a noun with its own verb after it, no verb of saying
  const next = p.lower(verb + 1);
  if (isBaseForm(p.lower(verb)) && (AUXILIARIES.has(next) || isPastTense(next))) return -1;
  const cls = cueClass(p.lower(verb));
  return isSpeechClass(cls) ? cue : -1;
}

/** Words a unit may hold before the quote whose speaker follows it. */
const MAX_WORDS_BEFORE_QUOTE = 3;

/** Tokens a trailing report may take after its comma: "..., the town's fire chief said Monday." */
const MAX_REPORT_TOKENS = 10;
/** Tokens after its verb: "said on Monday." */
const MAX_AFTER_REPORT = 4;

/**
 * `The road is expected to reopen Monday, the mayor said.`: the unit ends on a report of speech
 * after a comma (a speaker, then a verb of saying in lower case) that claims the whole clause.
 */
export function endsOnReport(p: Phrases, from: number, hi: number): boolean {
  let comma = -1;
  for (let k = hi - 1; k >= from && hi - k <= MAX_REPORT_TOKENS; k--) {
    if (p.isPunct(k, ',') && p.outside(k)) {
      comma = k;
      break;
    }
  }
  if (comma < 0) return false;
  // the speaker takes at least one word before the verb ("officials said", "Ann Roe said"), and
  // at most a time and the full stop follow it ("said Monday.")
  for (let k = comma + 2; k < hi; k++)
    if (p.isWord(k) && !p.cap(k) && isSpeechClass(cueClass(p.lower(k))))
      return hi - k <= MAX_AFTER_REPORT && !AUXILIARIES.has(p.lower(k - 1));
  return false;
}

/** A subject headed by a name, a pronoun, people or a body ("The coach", "the harbour board"), else null. */
export function someone(p: Phrases, subject: Span | null): Span | null {
  if (!subject) return null;
  const head = tokenAt(p.tokens, subject.end) - 1;
  const word = p.lower(head);
  const named = p.cap(head) || PERSONAL_PRONOUNS.has(word) || peopleWord(word);
  return named || isBodyNoun(word) ? subject : null;
}
