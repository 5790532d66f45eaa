import { cueClass, isBaseForm, pluralBeforeCue } from '../lexicon/cues.js';
import {
  AMOUNT_HEDGES,
  ARTICLES,
  AMOUNT_HEDGE_PAIRS,
  AUXILIARIES,
  NOUN_DETERMINERS,
  CLAUSE_OPENERS,
  COMPARATIVES,
  DETERMINERS,
  OBJECT_PRONOUNS,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
  STANDING_QUANTIFIERS,
  TO_LINKED_WORDS,
  WEEKDAYS_MONTHS,
} from '../lexicon/words.js';
import { causesObject, leavesOut, perceivesObject } from './subject-stops.js';
import { isPastParticiple } from '../lexicon/verb-forms.js';
import { INTENTION_NOUNS, OPENING_TIME_ADVERBS } from '../lexicon/quote-words.js';
import { fieldOfRole, peopleWord, placeAfterPeople } from './people-words.js';
import { endsWithApostropheS } from '../entities/name-scan.js';
import { POSSESSIVE_DETERMINERS } from '../entities/data/source-words.js';
import type { TokenReader } from './token-reader.js';
import { joinsSomeone, modifiersOfPeople } from './joined-names.js';

/**
 * The noun phrase that ends at `end` (inclusive), read leftwards: names, titles, roles,
 * "of"/"at" links ("a retired teacher at a rural school"). Stops at a clause
 * opener, another cue, punctuation or a quote mark. Returns its first token, or end + 1 when empty.
 */
export function readPhraseBefore(
  p: TokenReader,
  end: number,
  lo: number,
  maxTokens: number,
): number {
  let n = end;
  let count = 0;
  while (n >= lo && count <= maxTokens) {
    const t = p.tokens[n]!;
    if (!p.outside(n)) break;
    // Words count towards maxTokens; punctuation inside the phrase does not.
    const step = t.word ? wordStepBack(p, n, lo, end) : punctuationStepBack(p, n, lo, end);
    if (step === 0) break;
    n -= step;
    if (t.word) count += step;
  }
  if (count > maxTokens) return end + 1;
  let first = n + 1;
  // "About half of voters", "At least a third of riders": a hedge before an amount opens the
  // phrase, whatever its case
  const amountAt = amountAfterHedge(p, first);
  if (amountAt > first && amountAt - 1 < end) return first;
  const hedge = hedgeBefore(p, first, lo, end);
  if (hedge >= 0) return hedge;
  // A phrase never starts with a bare link word ("of the company said").
  while (first <= end && PREPOSITIONS.has(p.lower(first)) && !p.cap(first)) first++;
  if (first <= end && p.cap(first) && PREPOSITIONS.has(p.lower(first)))
    return afterFrontedPhrase(p, first, end);
  // "Later he said", "Then the mayor added": an adverb of time opening the sentence is no speaker
  const next = p.lower(first + 1);
  const timeFirst = p.cap(first) && OPENING_TIME_ADVERBS.has(p.lower(first));
  if (timeFirst && first < end && (PERSONAL_PRONOUNS.has(next) || theNoComma(p, first, end)))
    return first + 1;
  return first;
}

/** "Then the mayor": "the" and a phrase with no comma after the word at `first` ("Earlier this week, ..." has one). */
function theNoComma(p: TokenReader, first: number, end: number): boolean {
  if (p.lower(first + 1) !== 'the') return false;
  for (let k = first + 2; k <= end; k++) if (p.lower(k) === ',') return false;
  return true;
}

/**
 * Where the amount starts after a hedge at i ("about 40", "about a third", "at least half", "up
 * to 40"), or -1 when no hedge before an amount stands at i.
 */
export function amountAfterHedge(p: TokenReader, i: number): number {
  const after = hedgeEnd(p, i);
  if (after < 0) return -1;
  const amountAt = ARTICLES.has(p.lower(after)) ? after + 1 : after;
  return p.amount(amountAt) ? amountAt : -1;
}

/** The token after a hedge of one or two words at i ("about", "at least"), or -1. */
function hedgeEnd(p: TokenReader, i: number): number {
  const first = p.lower(i);
  if (AMOUNT_HEDGES.has(first)) return i + 1;
  return AMOUNT_HEDGE_PAIRS.get(first)?.has(p.lower(i + 1)) ? i + 2 : -1;
}

/**
 * A hedge ending at or inside the phrase from `first`, before its amount ("but about a dozen
 * pilots", "at least 40 riders", read leftwards only to the amount): where it starts, or -1.
 */
function hedgeBefore(p: TokenReader, first: number, lo: number, end: number): number {
  for (let k = first - 1; k >= lo && k >= first - 2; k--) {
    const amountAt = hedgeEnd(p, k) >= first ? amountAfterHedge(p, k) : -1;
    if (amountAt >= first && amountAt <= end) return k;
  }
  return -1;
}

/** How many tokens the phrase takes leftwards at the word n: 0 where the word ends the phrase. */
function wordStepBack(p: TokenReader, n: number, lo: number, end: number): number {
  const l = p.tokens[n]!.lower;
  // "a step the firm said was overdue", "an allegation his lawyer denies": a noun right before
  // an article or a possessive ends the phrase there, which opens the speaker of a relative
  // clause with no "that"
  if (n < end && opensNounPhrase(p.lower(n + 1)) && nounBeforeArticle(p, n)) return 0;
  // "More than 40 percent of voters said": "than" before an amount stays in the phrase
  if (l === 'than' && n < end && p.amount(n + 1) && COMPARATIVES.has(p.lower(n - 1))) return 2;
  // "three in 10 tenants", "one in five residents": a rate stays in the phrase
  if (l === 'in' && n < end && p.amount(n - 1) && p.amount(n + 1)) return 2;
  // "Rita May": a capitalised auxiliary after a capitalised word is part of the name
  if (p.auxiliaryInName(n, lo)) return 1;
  if (CLAUSE_OPENERS.has(l) || AUXILIARIES.has(l)) {
    const joinsNames = l === 'and' && (joinsSomeone(p, n, end) || modifiersOfPeople(p, n, lo, end));
    // "aides to Mr. Lund", "those close to him": "to" before a name or a pronoun object;
    // "sources close to the talks", "a release sent to media": after a word that links with "to"
    const toWhom =
      l === 'to' &&
      n < end &&
      p.isWord(n - 1) &&
      (p.cap(n + 1) ||
        OBJECT_PRONOUNS.has(p.lower(n + 1)) ||
        TO_LINKED_WORDS.has(p.lower(n - 1)) ||
        participleBefore(p, n, end) ||
        intentionBefore(p, n));
    // "officials there said": a place after the people who speak, just before the cue
    const place = n === end && n > lo && placeAfterPeople(p.lower(n - 1), l);
    // "the author of that report, Ada Kemp, said": "that" after "of" points at a noun
    // ... and so does "that" opening the sentence before a noun ("That official said")
    const pointing =
      l === 'that' &&
      n < end &&
      (n > lo ? p.lower(n - 1) === 'of' : pointsAtSomeone(p, n, end + 1));
    return joinsNames || toWhom || place || pointing || leavesOut(p, n, end) ? 1 : 0;
  }
  // "an expert cited in the report", "a poll conducted by the Gazette": a participle after a
  // noun and before its preposition describes the speaker, it is no verb of the clause
  if (participleBefore(p, n + 1, end)) return 1;
  if (causesObject(p, n, end) || perceivesObject(p, n, end)) return 0;
  // A cue verb form ends the phrase ("Kim said | Ortiz told"), a noun-like base form does not ("a state agency").
  // ... unless an article makes it the noun that shows something ("the emails show"), or a
  // determiner a noun ("the reports said", "familiar with the talks said", "familiar with the
  // planning for the meeting"; but "a confirmed report" is an adjective)
  // (most words are no cue form: the cheap tests come first, the context only for a cue)
  if (!cueClass(l) || p.cap(n) || isBaseForm(l)) return 1;
  // ("new reports show": a plural before the cue is its subject too)
  const shows =
    n === end &&
    ((ARTICLES.has(p.lower(n - 1)) && cueClass(p.lower(n + 1)) === 'evidence') ||
      pluralBeforeCue(l, p.lower(n + 1), p.cap(n + 1)));
  // ... and so does an owner's name before a form in -ing ("familiar with Bell's thinking said")
  const owned = l.endsWith('ing') && endsWithApostropheS(p.lower(n - 1));
  // ... and a form in -ing naming a role's field ("transit planning manager Ann Roe said")
  if (n < end && fieldOfRole(l, p.lower(n + 1), p.cap(n + 1))) return 1;
  const noun =
    (NOUN_DETERMINERS.has(p.lower(n - 1)) || owned) &&
    p.isWord(n - 1) &&
    (n === end || !isPastParticiple(l));
  return shows || noun || pluralNoun(p, n) ? 1 : 0;
}

/**
 * "supporters of the plan to close the depot", "critics of the council's bid to sell it": the
 * "to" at n completes a noun of intention that people before "of" are for or against, inside
 * the phrase ("a drive to hire volunteers" alone names no one).
 */
function intentionBefore(p: TokenReader, n: number): boolean {
  if (!INTENTION_NOUNS.has(p.lower(n - 1))) return false;
  // "of the plan", "of the council's bid": the determiner, or the owner and its determiner
  const of = endsWithApostropheS(p.lower(n - 2)) ? n - 4 : n - 3;
  return (
    NOUN_DETERMINERS.has(p.lower(of + 1)) && p.lower(of) === 'of' && peopleWord(p.lower(of - 1))
  );
}

/** "That official", "That agency": "that" and one word for people or a role, ending at `last`. */
export function pointsAtSomeone(p: TokenReader, that: number, last: number): boolean {
  return last === that + 2 && peopleWord(p.lower(that + 1));
}

/** An article or a possessive, opening a noun phrase: "a step the firm", "a move her rivals". */
export const opensNounPhrase = (lower: string): boolean =>
  ARTICLES.has(lower) || POSSESSIVE_DETERMINERS.has(lower);

/**
 * The word at n heads a noun phrase of its own right before an article: "a step the firm",
 * "the workers the union". A determiner before it makes it a noun: "sent the letter", "issued a
 * paper" are verbs with their objects, and "of the", "and a" link on.
 */
export function nounBeforeArticle(p: TokenReader, n: number): boolean {
  const l = p.tokens[n]!.lower;
  return (
    p.isWord(n) &&
    !p.cap(n) &&
    NOUN_DETERMINERS.has(p.lower(n - 1)) &&
    !PREPOSITIONS.has(l) &&
    !CLAUSE_OPENERS.has(l) &&
    !AUXILIARIES.has(l)
  );
}

/**
 * "voters in five states say", "the claims": a cue form in -s after an amount or a determiner
 * is a plural noun, no verb ("that states" may open a clause).
 */
function pluralNoun(p: TokenReader, n: number): boolean {
  const l = p.tokens[n]!.lower;
  if (!l.endsWith('s') || l.endsWith('ss') || !p.isWord(n - 1)) return false;
  const before = p.lower(n - 1);
  return p.amount(n - 1) || (DETERMINERS.has(before) && before !== 'that');
}

/**
 * The word before `prep` is a past participle after a noun ("cited in", "sent to", "conducted
 * by") and the preposition stays inside the phrase that ends at `end`.
 */
function participleBefore(p: TokenReader, prep: number, end: number): boolean {
  const k = prep - 1;
  if (prep > end || !PREPOSITIONS.has(p.lower(prep)) || !p.isWord(k) || p.cap(k)) return false;
  const word = p.lower(k);
  // the noun it describes: a word, not a determiner, auxiliary or preposition
  const noun = p.lower(k - 1);
  // "activists clamoring to ...", "farmers going to the polls": a present participle after a
  // plural ("a budget meeting to" is a noun)
  const present = word.length >= 5 && word.endsWith('ing') && noun.endsWith('s');
  if (!isPastParticiple(word) && !present) return false;
  // "Ada Kemp remains committed to": a word in -s after a name is its verb, no noun (but
  // "Republican activists clamoring to": people after an adjective)
  const afterName =
    noun.endsWith('s') &&
    !peopleWord(noun) &&
    p.cap(k - 2) &&
    p.isWord(k - 2) &&
    !endsWithApostropheS(p.lower(k - 2));
  return (
    !afterName &&
    p.isWord(k - 1) &&
    !DETERMINERS.has(noun) &&
    !AUXILIARIES.has(noun) &&
    !PREPOSITIONS.has(noun) &&
    !CLAUSE_OPENERS.has(noun) &&
    !PERSONAL_PRONOUNS.has(noun)
  );
}

/** How many tokens the phrase takes leftwards at the punctuation n: 0 where it ends the phrase. */
function punctuationStepBack(p: TokenReader, n: number, lo: number, end: number): number {
  const t = p.tokens[n]!;
  // "Sen. Jo Kemp", "Roe & Lund", "a Gazette/Tide poll"
  if ((t.lower === '.' && n > lo && p.abbreviation(n - 1)) || t.lower === '&') return 1;
  if (n > lo && p.slashJoins(n)) return 1;
  // "42% of renters", "42% say": a percent sign written onto its number
  if (t.lower === '%' && n > lo && p.amount(n - 1) && p.tokens[n - 1]!.end === t.start) return 1;
  if (t.lower === ',' && (adjectiveComma(p, n, lo, end) || thousands(p, n, lo))) return 1;
  // A plural possessive: "the victims' lawyer".
  if (
    (t.lower === "'" || t.lower === '\u2019') &&
    n > lo &&
    p.tokens[n - 1]!.end === t.start &&
    p.lower(n - 1).endsWith('s')
  )
    return 1;
  // "Green Party (GP) leader Tom Hale": a bracketed acronym after the body it shortens
  if (t.lower === ')' && n - 3 >= lo && bracketedAcronym(p, n)) return 3;
  // A parenthesis after a name: "Sen. Ann Lee (Ind.)", "Ann Roe (a pilot for 20 years)".
  if (t.lower === ')' && n === end) {
    let k = n - 1;
    while (k >= lo && n - k <= MAX_BRACKETED_ASIDE && p.lower(k) !== '(' && p.outside(k)) k--;
    if (k >= lo && p.lower(k) === '(' && k - 1 >= lo && p.cap(k - 1)) return n - k + 1;
  }
  return 0;
}

/**
 * The ")" at n closes the initials of the capitalised words right before the bracket: "Green
 * Party (GP)", "Pradesh Congress Committee (PCC)".
 */
export function bracketedAcronym(p: TokenReader, n: number): boolean {
  const acronym = p.lower(n - 1);
  if (p.lower(n - 2) !== '(' || !p.cap(n - 1) || acronym.length < 2 || acronym.length > 6)
    return false;
  for (let k = 0; k < acronym.length; k++) {
    const word = n - 3 - (acronym.length - 1 - k);
    if (!p.isWord(word) || !p.cap(word) || p.lower(word)[0] !== acronym[k]) return false;
  }
  return true;
}

/**
 * Tokens a bracket after a name may hold: "Sen. Ann Lee (Ind.)", "Ann Roe (a harbour pilot for twenty years
 * who once ran a ferry)".
 */
const MAX_BRACKETED_ASIDE = 16;

/**
 * A comma between adjectives: "the wiry, soft-spoken engineer"; the word before it has an
 * adjective's ending, so "The plan, city officials said, ..." keeps its aside.
 */
function adjectiveComma(p: TokenReader, n: number, lo: number, end: number): boolean {
  return (
    n - 2 >= lo &&
    ARTICLES.has(p.lower(n - 2)) &&
    // ("In a statement, chief executive Ann Roe": the comma closes a fronted phrase)
    !PREPOSITIONS.has(p.lower(n - 3)) &&
    p.isWord(n - 1) &&
    !p.cap(n - 1) &&
    ADJECTIVE_ENDINGS.test(p.lower(n - 1)) &&
    n + 2 <= end &&
    p.isWord(n + 1) &&
    !p.cap(n + 1) &&
    !PERSONAL_PRONOUNS.has(p.lower(n + 1)) &&
    !DETERMINERS.has(p.lower(n + 1)) &&
    p.isWord(n + 2) &&
    !p.cap(n + 2)
  );
}

/** "35,000 people": a comma between digits, no space around it, groups thousands. */
export function thousands(p: TokenReader, n: number, lo: number): boolean {
  const before = p.tokens[n - 1];
  const after = p.tokens[n + 1];
  return (
    n > lo &&
    before !== undefined &&
    after !== undefined &&
    /^\d+$/.test(before.lower) &&
    /^\d{3}$/.test(after.lower) &&
    before.end === p.tokens[n]!.start &&
    after.start === p.tokens[n]!.end
  );
}

/** Endings of adjectives listed before a noun ("lanky", "bearded", "outspoken", "famous"). */
const ADJECTIVE_ENDINGS = /(?:y|ed|en|ing|ous|ive|ful|less|ic|ish|ent|ant|able|ible|est)$/;

/**
 * A sentence opening with a preposition and no comma ("In early November the company ...")
 * has its subject after the fronted phrase, where a new determiner starts a noun phrase; a
 * phrase that is all preposition ("In its statement") names nobody: returns end + 1.
 */
function afterFrontedPhrase(p: TokenReader, first: number, end: number): number {
  for (let k = first + 2; k <= end; k++) {
    const before = p.lower(k - 1);
    if (PREPOSITIONS.has(before) || DETERMINERS.has(before)) continue;
    // "In early November the company", "In a radio interview Roe"; after a time, a pronoun
    // or a name: "On Monday she", "In May Ann Roe"
    if (DETERMINERS.has(p.lower(k))) return k;
    const afterTime = WEEKDAYS_MONTHS.has(before);
    if (afterTime && PERSONAL_PRONOUNS.has(p.lower(k))) return k;
    if (p.cap(k) && (!p.cap(k - 1) || afterTime) && !WEEKDAYS_MONTHS.has(p.lower(k))) return k;
  }
  return end + 1;
}

/**
 * Tokens [first, last) stand for people: a quantifier alone ("Some", "Many") or a share of
 * those asked ("two in three", "nearly one in four", "nine out of 10", "42%").
 */
export function standsForPeople(p: TokenReader, first: number, last: number): boolean {
  // ... and a bare number as much as "six" or "12": "four said" (most number words are determiners)
  if (last - first === 1 && (STANDING_QUANTIFIERS.has(p.lower(first)) || p.amount(first)))
    return true;
  // ... and "the two", "the three" after those named ("Ada Kemp and Tom Bell ... the two said")
  if (last - first === 2 && p.lower(first) === 'the' && p.amount(first + 1)) return true;
  let i = AMOUNT_HEDGES.has(p.lower(first)) ? first + 1 : first;
  if (!p.amount(i)) return false;
  // "42% say", "about 42% said": a share of those asked, written with the sign
  if (i === last - 2 && p.lower(last - 1) === '%') return true;
  const link = p.lower(i + 1);
  if (link === 'out' && p.lower(i + 2) === 'of') i += 3;
  else if (link === 'in' || link === 'of') i += 2;
  else return false;
  return i === last - 1 && p.amount(i);
}
