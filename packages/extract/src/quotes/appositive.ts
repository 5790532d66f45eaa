// A speaker with an aside between commas or dashes before the cue: which words speak.
import {
  ARTICLES,
  ASIDE_CLAUSE_OPENERS,
  AUXILIARIES,
  CONNECTIVES,
  DETERMINERS,
  FINITE_AUXILIARIES,
  FRAMING_SUBORDINATORS,
  PLACE_PREPOSITIONS,
  PREPOSITIONS,
} from '../lexicon/words.js';
import { DISCOURSE_ASIDES, RELATIVE_PRONOUNS } from '../lexicon/quote-words.js';
import { PAST_PARTICIPLES } from '../lexicon/verb-forms.js';
import { isDictionaryWord } from '../entities/data/dictionary.js';
import { FRONTED_PARTICIPLES, POSSESSIVE_DETERMINERS } from '../entities/data/source-words.js';
import { peopleWord } from './people-words.js';
import { isRoleWord } from '../entities/role-words.js';
import { endsWithApostropheS } from '../entities/name-scan.js';
import { Phrases } from './phrases.js';
import { cueClass } from '../lexicon/cues.js';
import { verbLike } from './speakers.js';
import { quotedBetween } from './rules/shared.js';
import { readsAsNounPhrase } from './rules/noun-object.js';
import { QuoteState } from './units.js';

/**
 * `Rep. Tom Bell (R), said`: a stray comma between the verb and a subject that a bracketed
 * label closes. The subject reads through it as if the comma were not there. Returns the same
 * token indexes as `appositive`.
 */
export function labelledSubject(
  p: Phrases,
  comma: number,
  floor: number,
): [number, number, number, number] | null {
  const close = comma - 1;
  if (close - 1 < floor || !p.isPunct(comma, ',') || !p.isPunct(close, ')')) return null;
  const start = p.phraseBefore(close, floor);
  if (start > close || !p.isSpeaker(start, close + 1)) return null;
  return [start, close, start, close + 1];
}

/**
 * A speaker with an aside between commas just before the cue. Returns [first, last, source
 * start, source end] token indexes: a bare name as the aside is the source ("The chair, Ann Roe,"
 * gives "Ann Roe"), a descriptive aside stays with the name ("Ann Roe, of Yarmouth,"), and a
 * relative clause is dropped ("Tom Bell, who replaced Jo Kay in May").
 */
export function appositive(
  p: Phrases,
  end: number,
  floor: number,
): [number, number, number, number] | null {
  const { comma, mark } = closingMark(p, end);
  if (!mark) return null;
  // Up to four comma-separated asides: "Ann Roe, 59, of Yarmouth, N.S., who watched, said".
  let close = comma;
  for (let segment = 0; segment < (mark === ',' ? 4 : 1); segment++) {
    let open = close - 1;
    while (open >= floor && close - open <= 40 && !p.isPunct(open, mark)) open--;
    if (open < floor || !p.isPunct(open, mark) || close - open < 2) return null;
    // quoted words sit only in a relative clause: `Ivo Marsh, who rose "without fail" at dawn, said`
    if (!RELATIVE_PRONOUNS.has(p.lower(open + 1)) && quotedBetween(p, open, close)) return null;
    // an aside is short, but for a relative clause ("Ann Roe, who ... for ten years, said"),
    // roles joined up ("Ann Roe, director of ... and a professor at ..., said") or any aside
    // after a name opening the sentence ("Ivo Marr, a farmer who ... last spring, said")
    const long =
      close - open > 16 && !RELATIVE_PRONOUNS.has(p.lower(open + 1)) && !rolesAside(p, open, close);
    // "cheaper fares, could be part of the deal, said": a predicate, no aside
    if (AUXILIARIES.has(p.lower(open + 1)) || predicateInside(p, open, close)) return null;
    const npEnd = open - 1;
    const npStart = npEnd >= floor ? p.phraseBefore(npEnd, floor) : npEnd + 1;
    if (long && !(npStart === floor && endsWithName(p, npStart, npEnd))) return null;
    const boundary = npStart - 1;
    const clean =
      boundary < floor ||
      p.states[boundary] === QuoteState.Close ||
      p.isPunct(boundary, ':;') ||
      // "It was no accident \u2014 Tom Bell, an aide, said": a name after a dash opens a clause
      (p.isPunct(boundary, '\u2014\u2013') && p.cap(npStart) && p.cap(npEnd)) ||
      CONNECTIVES.has(p.lower(boundary)) ||
      (p.isPunct(boundary, ',') && frontedPhrase(p, floor, boundary));
    // "After the vote ended in uproar when ..., Ann Roe, the chair, said": the name after a
    // framing clause speaks (a description there would be a statement: "the plan died")
    const framed =
      p.isPunct(boundary, ',') &&
      framingClause(p, floor, boundary) &&
      endsWithName(p, npStart, npEnd);
    // `A spokesperson for the port, Sara Vance, said`, `One of the authors of the study, Tom
    // Fleet, said`: a bare name as the aside is the speaker, however long the phrase before it
    const named = bareName(p, open, close);
    const described = (k: number) => opensDescription(p, k) || p.amount(k);
    if (
      npStart <= npEnd &&
      named &&
      (described(npStart) || possessedRole(p, npStart, npEnd)) &&
      (clean || afterStatement(p, floor, npStart, [open, close]))
    )
      return [npStart, npEnd, open + 1, close];
    // `One pilot not on the list, Tom Bell, said`: a description with words the phrase reader
    // stops at runs from the start of the sentence, with no verb in it
    if (named && !clean && described(floor) && describesFromStart(p, floor, open))
      return [floor, npEnd, open + 1, close];
    if (npStart <= npEnd && (clean || framed) && p.isSpeaker(npStart, npEnd + 1)) {
      const relative = RELATIVE_PRONOUNS.has(p.lower(open + 1));
      // "Ann Roe, however, said": a connective or an adverb alone is no part of the speaker
      const connective =
        (close - open === 2 && (CONNECTIVES.has(p.lower(open + 1)) || p.adverb(open + 1))) ||
        discourseAside(p, open, close) ||
        circumstanceAside(p, open);
      // a dashed aside is a digression, never part of the speaker's name
      return [
        npStart,
        npEnd,
        npStart,
        relative || connective || long || mark !== ',' ? npEnd + 1 : comma,
      ];
    }
    close = open;
  }
  return null;
}

/**
 * "Bell, asked whether he would run, said", "Kemp, speaking to reporters, said": an aside
 * opened by a participle tells the circumstance of saying, no part of who speaks.
 */
function circumstanceAside(p: Phrases, open: number): boolean {
  const first = open + 1;
  if (p.cap(first) || !p.isWord(first)) return false;
  const word = p.lower(first);
  if (FRONTED_PARTICIPLES.has(word)) return p.isWord(first + 1) && !p.cap(first + 1);
  // ("the ruling party's leader" has no comma before its -ing word; "a building of ..." is a thing)
  const next = p.lower(first + 1);
  return (
    word.length >= 6 &&
    word.endsWith('ing') &&
    isDictionaryWord(word) &&
    p.isWord(first + 1) &&
    next !== 'of' &&
    (PREPOSITIONS.has(next) || DETERMINERS.has(next))
  );
}

/** Words a discourse aside runs to ("on the other hand"). */
const MAX_DISCOURSE_ASIDE = 4;

/** "for her part", "in turn", "too" between the marks at open and close (DISCOURSE_ASIDES). */
function discourseAside(p: Phrases, open: number, close: number): boolean {
  if (close - open - 1 > MAX_DISCOURSE_ASIDE) return false;
  const words: string[] = [];
  for (let k = open + 1; k < close; k++) words.push(p.lower(k));
  return DISCOURSE_ASIDES.has(words.join(' '));
}

/**
 * `Even if the line closed, its work would go on, said`: a verb of its own makes the words
 * between the marks a clause, no aside. A verb after a relative pronoun or a subordinator
 * belongs to a clause inside the aside ("who has", "a pilot since she was 20").
 */
function predicateInside(p: Phrases, open: number, close: number): boolean {
  for (let k = open + 1; k < close; k++) {
    const word = p.lower(k);
    // "who’s running": the clitic leaves the relative pronoun
    const bare = p.bare(k);
    if (RELATIVE_PRONOUNS.has(bare) || ASIDE_CLAUSE_OPENERS.has(bare)) return false;
    if (FINITE_AUXILIARIES.has(word) && !p.cap(k)) return true;
  }
  return false;
}

/**
 * The mark closing an aside at `end`: a comma, or a dash ("Ivo Marr — a lawyer in Halden —
 * told"), or a comma set inside a closing quote mark (`Ann Roe, who called it "a scam," said`);
 * `mark` is empty when there is none.
 */
function closingMark(p: Phrases, end: number): { comma: number; mark: string } {
  if (p.states[end] === QuoteState.Close && p.commaBefore(end + 1))
    return { comma: p.beforeCloseMark(end), mark: ',' };
  if (p.isPunct(end, ',')) return { comma: end, mark: ',' };
  return { comma: end, mark: p.isPunct(end, '\u2014\u2013') ? p.lower(end) : '' };
}

/** The aside between `open` and `close` is nothing but a name of two to four words ("Jo K. Lund"). */
function bareName(p: Phrases, open: number, close: number): boolean {
  if (close - open - 1 < 2 || close - open - 1 > 4) return false;
  for (let k = open + 1; k < close; k++) if (!p.cap(k) && !p.isPunct(k, '.')) return false;
  return true;
}

/** A determiner or an owner's word opens a description: "a top aide", "her top aide". */
function opensDescription(p: Phrases, k: number): boolean {
  const word = p.lower(k);
  return DETERMINERS.has(word) || POSSESSIVE_DETERMINERS.has(word);
}

/** "Kemp's spokesperson", "the port's new director": a possessor and then a role noun. */
function possessedRole(p: Phrases, npStart: number, npEnd: number): boolean {
  if (!isRoleWord(p.lower(npEnd))) return false;
  for (let k = npStart; k < npEnd; k++) if (endsWithApostropheS(p.lower(k))) return true;
  return false;
}

/** Tokens a description opening the sentence before a bare name may hold. */
const MAX_OPENING_DESCRIPTION = 12;

/**
 * The words from the sentence start to the aside's comma read as one noun phrase. The first
 * word, a determiner or an amount, is left out: capitalised, it would read as a name before a verb.
 */
function describesFromStart(p: Phrases, floor: number, comma: number): boolean {
  if (comma - floor > MAX_OPENING_DESCRIPTION) return false;
  for (let k = floor + 1; k < comma; k++) if (!p.isWord(k)) return false;
  // `The woman who called 911, Maria Tosh, said`: people picked out by what they did
  // (one person: "Two pilots who were not hired, Tom Fleet, said" names a third)
  const one = ARTICLES.has(p.lower(floor)) && !p.lower(floor + 1).endsWith('s');
  if (one && p.lower(floor + 2) === 'who' && peopleWord(p.lower(floor + 1))) return true;
  return readsAsNounPhrase(p, floor + 1, comma);
}

/**
 * `The ferry will stop, a spokeswoman, Sara Vance, said.`: a description opening on a determiner,
 * then the name, after a statement and its comma. The statement is no speaker of its own
 * (`Ann Roe, a teacher from Eastvale, North Norland, said`: the place closes the aside), and the
 * name has two words at least, so that a province's abbreviation (`Eastvale, Nfld.,`) is none.
 */
function afterStatement(
  p: Phrases,
  floor: number,
  npStart: number,
  [open, close]: [number, number],
): boolean {
  const comma = npStart - 1;
  if (!p.isPunct(comma, ',') || !opensDescription(p, npStart)) return false;
  // "..., the plan died, Ada Kemp, the clerk, said": the words before the name name a role
  if (!namesRole(p, npStart, open)) return false;
  // a phrase that only starts after the sentence's start ends a clause ("... committed to the race")
  const before = p.phraseBefore(comma - 1, floor);
  if (comma - floor < 3 || (before <= floor && p.isSpeaker(before, comma))) return false;
  let words = 0;
  for (let k = open + 1; k < close; k++) if (p.isWord(k)) words++;
  return words >= 2;
}

/** Some word in [from, to) is a role, people or a group: "a spokeswoman for the port". */
function namesRole(p: Phrases, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (peopleWord(p.lower(k))) return true;
  return false;
}

/** Tokens a long aside of roles may hold ("director of ... and a professor at ..."). */
const MAX_ROLES_ASIDE = 32;

/** A long aside that reads as one noun phrase: no verb in it, so it names roles, not events. */
function rolesAside(p: Phrases, open: number, close: number): boolean {
  return close - open <= MAX_ROLES_ASIDE && readsAsNounPhrase(p, open + 1, close);
}

/**
 * `Speaking on CBC Radio, ...`, `In a statement, ...`: a phrase opening the sentence before a
 * comma, led by a participle or a preposition, frames the clause and is nobody's name.
 */
function frontedPhrase(p: Phrases, from: number, comma: number): boolean {
  // "And on Tuesday, ...": a connective before the phrase
  while (from < comma && CONNECTIVES.has(p.lower(from))) from++;
  if (from === comma) return true; // "However, ...", "Meanwhile, ...": only connectives
  const first = p.lower(from);
  if (!p.isWord(from) || comma - from > 12) return false;
  // "Meanwhile, ...", "Inside, ...", "However, ...": one word that names no one
  if (comma - from === 1 && !p.isName(from, comma)) return true;
  // "Given her views, ...": an irregular participle fronts a phrase as "-ing" and "-ed" ones do
  const participle = /(?:ing|ed)$/.test(first) || PAST_PARTICIPLES.has(first);
  // ("Outside a polling station, ...": a preposition of place too)
  return (
    PREPOSITIONS.has(first) || PLACE_PREPOSITIONS.has(first) || (participle && !p.cap(from + 1))
  );
}

/** A name the entity stage found ends the phrase [start, end] ("Rep. Ann Roe", "the mayor, Ann Roe"). */
function endsWithName(p: Phrases, start: number, end: number): boolean {
  for (let k = start; k <= end; k++) if (p.isName(k, end + 1)) return true;
  return false;
}

/** A clause led by a subordinator opens the sentence, however long, with no comma inside. */
function framingClause(p: Phrases, from: number, comma: number): boolean {
  let subordinate = false;
  while (from < comma && CONNECTIVES.has(p.lower(from)))
    subordinate ||= FRAMING_SUBORDINATORS.has(p.lower(from++));
  return subordinate && comma - from <= MAX_FRONTED_CLAUSE && !commaBetween(p, from, comma);
}

/** Tokens a fronted clause may hold. */
const MAX_FRONTED_CLAUSE = 40;

function commaBetween(p: Phrases, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (p.isPunct(k, ',')) return true;
  return false;
}

/** Name words an aside set off before a cue may hold: "Ana Ruiz", "Dr. Ines M. Okafor". */
const MAX_SET_OFF_NAME = 5;

/**
 * `which the firm's chief executive, Ana Ruiz, called ...`: a name set off by commas right
 * before `end` (the cue's group), after the phrase it names; its token range, or null.
 */
export function nameSetOff(p: Phrases, end: number, floor: number): [number, number] | null {
  if (!p.isPunct(end - 1, ',')) return null;
  let k = end - 2;
  while (k > floor && end - 2 - k < MAX_SET_OFF_NAME && (p.cap(k) || p.isPunct(k, '.'))) k--;
  if (k <= floor || k === end - 2 || !p.isPunct(k, ',') || !p.isWord(k - 1)) return null;
  return p.isName(k + 1, end - 1) ? [k + 1, end - 1] : null;
}

/** Words an indefinite description may take before its "who": "a father of two". */
const MAX_DESCRIPTION = 6;

/**
 * `Luis Orrin, a father of two who said ...`: a name, a comma and an indefinite description
 * ending right before `relative`; the name's token range, or null. Only before a cue whose
 * words are a clause (a verb follows it soon: not "who backed Ivo Marr", "who writes fiction").
 */
export function nameBeforeDescription(
  p: Phrases,
  relative: number,
  floor: number,
  cue: number,
): [number, number] | null {
  if (!clauseAfter(p, cue)) return null;
  for (let k = relative - 1; k > floor + 1 && relative - k <= MAX_DESCRIPTION; k--) {
    if (!p.isWord(k)) return null;
    const article = p.lower(k) === 'a' || p.lower(k) === 'an';
    if (!article || !p.isPunct(k - 1, ',')) continue;
    let start = k - 1;
    while (start > floor && k - 1 - start < MAX_SET_OFF_NAME && p.cap(start - 1)) start--;
    return start < k - 1 && p.isName(start, k - 1) ? [start, k - 1] : null;
  }
  return null;
}

/** Tokens after a cue within which the verb of its clause comes. */
const MAX_SUBJECT_TOKENS = 6;

/** A clause follows the cue at c: a verb within a few words, before any mark. */
function clauseAfter(p: Phrases, c: number): boolean {
  for (let k = c + 2; k <= c + MAX_SUBJECT_TOKENS && p.isWord(k); k++)
    if (verbLike(p, k)) return true;
  return false;
}

/** Tokens after a participle within which the aside holding it may close on its clause's verb. */
const MAX_ASIDE_TAIL = 12;

/**
 * The bare form in -ing at c stands in an aside that opens after `from` and closes on the
 * clause's verb: `Ann Roe, a grocer opposing the levy, said ...`.
 */
export function participleInAside(p: Phrases, from: number, c: number, hi: number): boolean {
  if (!p.lower(c).endsWith('ing')) return false;
  let comma = false;
  for (let k = from; k < c && !comma; k++) comma = p.isPunct(k, ',');
  if (!comma) return false;
  for (let k = c + 1; k < Math.min(hi - 1, c + MAX_ASIDE_TAIL); k++)
    if (p.isPunct(k, ',') && cueClass(p.lower(k + 1)) && !p.cap(k + 1)) return true;
  return false;
}
