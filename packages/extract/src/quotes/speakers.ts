// Reading the speaker of an attribution: asides, inverted forms, the subject opening a
// sentence, and whether a cue word is a verb at all (dash and label forms: labels.ts).
import { isRoleNoun, isRoleWord } from '../entities/role-words.js';
import type { Span } from '@sourcetrace/article-model';
import { cueClass, isBaseForm, pluralBeforeCue } from '../lexicon/cues.js';
import {
  AMOUNT_HEDGES,
  ARTICLES,
  AUXILIARIES,
  CLAUSE_OPENERS,
  DETERMINERS,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
  SINGULAR_FINITE,
  SINGULAR_QUANTIFIERS,
  STANDING_QUANTIFIERS,
} from '../lexicon/words.js';
import { PEOPLE_PLURALS } from '../entities/data/people.js';
import { isDictionaryWord } from '../entities/data/dictionary.js';
import { isPastTense } from '../lexicon/verb-forms.js';
import { endsWithApostropheS, isParticleSurname } from '../entities/name-scan.js';
import { NAME_PARTICLES } from '../entities/data/words.js';
import { afterDateline } from '../text/dateline.js';
import {
  afterFrontedAdverb,
  afterFrontedClause,
  afterFrontedGerund,
  afterFrontedParticiple,
  afterOpeningComma,
  frontingAdverb,
  gerundAt,
} from './fronted.js';
import { Phrases } from './phrases.js';
import { peopleWord } from './people-words.js';
import { STATEMENT_NOUNS } from '../entities/data/source-words.js';
import {
  COLLECTIVES,
  COORDINATORS,
  CONTENT_OPENERS,
  PLURAL_PRONOUNS,
  HEAD_LINKS,
  PAST_AS_BASE,
  PUT_IT_VERBS,
  RARELY_NOUNS,
} from '../lexicon/quote-words.js';
import { cueAdverb } from './cue-adverb.js';

/** Whether tokens after an inverted cue name a speaker ("the Harbour Gazette", "Ana Ruiz", "she"). */
export function invertedSpeaker(p: Phrases, first: number, last: number): boolean {
  const l = p.lower(first);
  if (CONTENT_OPENERS.has(l)) return false;
  // "..., said 40 riders", "..., said about half of the riders": an amount of people
  const amount = p.amount(first) || (AMOUNT_HEDGES.has(l) && p.amount(first + 1));
  // "..., said officials", "said local residents": people in the plural need no determiner
  const people = last - first <= 3 && PEOPLE_PLURALS.has(p.lower(last - 1));
  if (!(
    p.cap(first) ||
    DETERMINERS.has(l) ||
    PERSONAL_PRONOUNS.has(l) ||
    amount ||
    people ||
    rolesBeforeName(p, first, last) ||
    particleName(p, first, last)
  ))
    return false;
  return p.isSpeaker(first, last);
}

/** "said van den Bosch", "said al-Haddadin": a surname that opens with its lowercase particle. */
function particleName(p: Phrases, first: number, last: number): boolean {
  let k = first;
  while (k < last && !p.cap(k) && NAME_PARTICLES.has(p.lower(k))) k++;
  return k > first ? k < last && p.cap(k) : isParticleSurname(p, first);
}

/**
 * A role in lower case before a name: "said board chair Ana Ruiz", "said energy analyst Jo
 * Kemp", with a place inside it, "said former Norland governor Jo Kemp", or "of" and a word,
 * "said former secretary of state Jo Kemp".
 */
function rolesBeforeName(p: Phrases, first: number, last: number): boolean {
  for (let k = first; k < last && k < first + 6; k++) {
    if (!p.isWord(k)) return false;
    if (p.cap(k) && k > first && k + 1 < last && (p.cap(k + 1) || titleDot(p, k, last)))
      return true;
    // "said nurse Anna", "said nurse Anna de Vries": a name right after a role noun
    if (p.cap(k) && k > first && !p.cap(k - 1) && isRoleWord(p.lower(k - 1))) return true;
    // "said former secretary of state Jo Kemp": "of" after a role, and the word or two after
    // it ("said head of infectious diseases Ann Roe")
    const inRole =
      p.lower(k) === 'of'
        ? isRoleWord(p.lower(k - 1))
        : p.lower(k - 1) === 'of' || (p.lower(k - 2) === 'of' && isRoleWord(p.lower(k - 3)));
    // past the first three words, only a place and the role after it lead to the name
    if (k >= first + 3 && !inRole && !p.cap(k - 1) && !p.cap(k)) return false;
  }
  return false;
}

/** "said former Sen. Jo Kemp": the period of a title abbreviation, then the name. */
function titleDot(p: Phrases, k: number, last: number): boolean {
  return p.isPunct(k + 1, '.') && p.abbreviation(k) && k + 2 < last && p.cap(k + 2);
}

/** The subject phrase at the start of a clause, for participles ("Smith criticised it, saying ..."). */
export function subjectAtStart(
  p: Phrases,
  from: number,
  limit: number,
  /** Also a subject in lower case before its verb ("The harbour chief began ..."). */
  common = false,
): Span | null {
  // "PORTHAVEN, June 9 (Bulletin) — The minister ...": a dateline's place is no subject
  const start = afterDateline(p.text, p.tokens, from, limit);
  const subject = readSubjectAtStart(p, start, limit, common);
  if (!subject) return null;
  let first = start;
  while (first < limit && p.tokens[first]!.start < subject.start) first++;
  // a subject never opens on a preposition, nor is it a lone adverb or participle ("Soon",
  // "Facing") read where its fronted phrase could not be passed over
  const lone = subject.end === p.tokens[first]!.end;
  const fronted = lone && (gerundAt(p, first) || frontingAdverb(p, first));
  return fronted || PREPOSITIONS.has(p.lower(first)) ? null : subject;
}

function readSubjectAtStart(p: Phrases, from: number, limit: number, common: boolean): Span | null {
  // "At Sunday's debate, Ana Ruiz ...": the subject follows a fronted phrase; "When the vote
  // came, she ...", "However, he ...": and a fronted clause or connective; "And he ...": and
  // a coordinator; "Soon after the ballot, ...", "Last month, ...": and an adverb or a time
  const first = p.lower(from);
  if (COORDINATORS.has(first))
    return from + 1 < limit ? readSubjectAtStart(p, from + 1, limit, common) : null;
  const past = afterFrontedAdverb(p, from, limit);
  if (past > from) return past < limit ? readSubjectAtStart(p, past, limit, common) : null;
  const lo = PREPOSITIONS.has(first)
    ? afterOpeningComma(p, from, limit)
    : CLAUSE_OPENERS.has(first)
      ? afterFrontedClause(p, from, limit)
      : p.participleOpener(from)
        ? afterFrontedParticiple(p, from, limit)
        : afterFrontedGerund(p, from, limit);
  if (lo < 0) return null;
  let end = lo;
  while (end < limit) {
    // "Mr. Roe", "Sen. Ana Ruiz": an abbreviation's period stays in the name
    if (p.isPunct(end, '.') && end > lo && p.abbreviation(end - 1) && p.cap(end + 1)) {
      end++;
      continue;
    }
    const word = p.lower(end);
    if (!p.isWord(end) || !(p.cap(end) || DETERMINERS.has(word) || PERSONAL_PRONOUNS.has(word)))
      break;
    end++;
  }
  // "Norland transport ministry spokeswoman Ilse Brand hit back, saying": a role in lower case
  // between the opening words and a name belongs to the subject, which ends with the name; so
  // it does right after a fronted phrase ("On wages, chief executive Ada Kemp was blunt:")
  if (end > lo || lo > from) end = nameAfterRole(p, end, limit) ?? end;
  // "Several retired pilots chafed ...": a quantifier first runs on through its people noun,
  // whatever the words between look like (a past form there is an adjective), to the verb
  if (end - lo === 1 && STANDING_QUANTIFIERS.has(p.lower(lo))) {
    const head = peopleNounAfter(p, end, limit);
    if (head >= 0 && verbLike(p, head + 1)) return p.span(lo, head + 1);
  }
  // "Several pilots have ...": a determiner written first is no subject before its noun, nor
  // is a common word capitalised only to open the sentence ("Former officers chafed ...")
  const beforeNoun =
    end - lo === 1 && p.isWord(end) && !p.cap(end) && !verbLike(p, end) && !cueClass(p.lower(end));
  const determiner = beforeNoun && DETERMINERS.has(p.lower(lo));
  const adjective = beforeNoun && !determiner && openingAdjective(p, lo, end);
  // "Ann Roe's press secretary spoke ...": an owner's name opens the subject, which runs to the verb
  const possessive = end > lo && endsWithApostropheS(p.lower(end - 1));
  // ... and "An Ontario judge has stayed ...": a place after an article, before a role (not a
  // body or a person: "The FBI", "A Kemp campaign official" are read as before)
  const articled = end - lo > 1 && ARTICLES.has(p.lower(lo));
  const owned = possessive || articled ? nounsToVerb(p, end, limit) : -1;
  const placed = (k: number) => isRoleWord(p.lower(k - 1)) && !p.isName(lo + 1, end);
  if (owned > end && (possessive || placed(owned)) && p.isSpeaker(lo, owned))
    return p.span(lo, owned);
  if (end > lo && !determiner && !adjective && p.isSpeaker(lo, end)) return p.span(lo, end);
  return common ? commonSubject(p, lo, limit, adjective) : null;
}

/**
 * A common word at `lo` that no entity names, before people at `noun`: an adjective in capitals
 * ("Former officers", "Local residents"), not a name nor a pronoun ("He also").
 */
function openingAdjective(p: Phrases, lo: number, noun: number): boolean {
  const word = p.lower(lo);
  return (
    peopleWord(p.lower(noun)) &&
    !PERSONAL_PRONOUNS.has(word) &&
    isDictionaryWord(word) &&
    !p.isName(lo, lo + 1)
  );
}

/** Words a subject written in lower case may run before its verb: "the harbour chief". */
const MAX_COMMON_SUBJECT = 5;

/**
 * "The harbour chief began ...", "Several pilots have been pressing ...": a determiner and lower
 * case words up to the verb that follows them (an auxiliary or a past form), when they read as
 * someone.
 */
function commonSubject(p: Phrases, lo: number, limit: number, adjective = false): Span | null {
  if (!adjective && !DETERMINERS.has(p.lower(lo)) && !PEOPLE_PLURALS.has(p.lower(lo))) return null;
  const end = nounsToVerb(p, lo + 1, limit);
  return end > lo && p.isSpeaker(lo, end) ? p.span(lo, end) : null;
}

/**
 * The end of the lower-case words from `from` that a verb follows (an auxiliary or a past form,
 * perhaps after adverbs): "harbour chief" in "the harbour chief began"; -1 where a preposition
 * or a determiner comes first, or no verb follows.
 */
function nounsToVerb(p: Phrases, from: number, limit: number): number {
  let end = from;
  while (end < limit && end - from < MAX_COMMON_SUBJECT - 1 && !verbLike(p, end)) {
    // "the tenants' association": the apostrophe of a plural's possessive stays in the subject
    if (!p.isWord(end) && !pluralPossessive(p, end)) break;
    // ("chief of staff", "head of security": a role's "of" stays in the subject)
    const roleOf = p.lower(end) === 'of' && end > from && isRoleWord(p.lower(end - 1));
    if ((PREPOSITIONS.has(p.lower(end)) && !roleOf) || DETERMINERS.has(p.lower(end))) return -1;
    // "his critics hysterically denounced", "her office later released": the adverb opens the verb
    if (cueAdverb(p, end)) break;
    end++;
  }
  let verb = end;
  while (verb < limit && cueAdverb(p, verb)) verb++;
  return verb < limit && verbLike(p, verb) ? end : -1;
}

/** An apostrophe written onto a plural in -s before a word: "the tenants' association". */
function pluralPossessive(p: Phrases, i: number): boolean {
  const mark = p.tokens[i];
  const before = p.tokens[i - 1];
  return (
    mark !== undefined &&
    before !== undefined &&
    (mark.lower === "'" || mark.lower === '\u2019') &&
    before.word &&
    before.end === mark.start &&
    before.lower.endsWith('s') &&
    p.isWord(i + 1)
  );
}

/** Lower-case words a people noun may follow after a determiner ("Several retired harbour pilots"). */
const MAX_PEOPLE_MODIFIERS = 2;

/** The index of a people noun (a role, people, a group) at `from` or one or two lower-case words after it, or -1. */
function peopleNounAfter(p: Phrases, from: number, limit: number): number {
  for (let k = from; k < limit && k - from <= MAX_PEOPLE_MODIFIERS; k++) {
    if (!p.isWord(k) || p.cap(k)) return -1;
    if (peopleWord(p.lower(k))) return k;
  }
  return -1;
}

/** An auxiliary, a past form or "put it": where a subject read rightwards ends. */
export function verbLike(p: Phrases, i: number): boolean {
  const lower = p.lower(i);
  if (!p.isWord(i) || p.cap(i)) return false;
  return AUXILIARIES.has(lower) || isPastTense(lower) || putItAt(p, i);
}

/** "put it" at i ("The union put it bluntly"): a verb of saying, whatever "put" alone may be. */
export function putItAt(p: Phrases, i: number): boolean {
  return p.lower(i + 1) === 'it' && PUT_IT_VERBS.has(p.lower(i));
}

/** After up to three lowercase words ending in a role noun, the end of the name that follows. */
function nameAfterRole(p: Phrases, from: number, limit: number): number | null {
  let k = from;
  while (k < limit && k < from + 3 && p.isWord(k) && !p.cap(k)) k++;
  if (k === from || !isRoleNoun(p.lower(k - 1)) || !(k < limit && p.cap(k))) return null;
  while (k < limit && p.isWord(k) && p.cap(k)) k++;
  return k;
}

/**
 * Whether a cue word is used as a verb here, not a noun: "states could see snow" and
 * "border state Maine" are nouns; "officials say", "she will state" are verbs.
 */
export function readsAsVerb(
  p: Phrases,
  c: number,
  npEnd: number,
  groupStart: number,
  npStart = npEnd,
): boolean {
  const lower = p.lower(c);
  // "reports have shown", "Nordic states said": a form in -s before a verb is the verb's subject
  const next = p.lower(c + 1);
  const auxiliaryNext = lower !== 'says' && lower.endsWith('s') && AUXILIARIES.has(next);
  if (auxiliaryNext || pluralBeforeCue(lower, next, p.cap(c + 1))) return false;
  // "Some states remained", "Many reports say": a form in -s after a quantifier that takes a
  // plural verb is the noun it counts
  const head = p.lower(npEnd);
  const pluralQuantifier = countsMany(head);
  const presentS = lower.endsWith('s') && !isBaseForm(lower);
  if (pluralQuantifier && presentS && npStart === npEnd && groupStart === c) return false;
  if (!isBaseForm(lower) || groupStart < c || RARELY_NOUNS.has(lower)) return true;
  // "the statement read", "it read": past after what is issued in someone's voice (a sign or a
  // menu that reads has no one's voice: its words stay unattributed)
  if (PAST_AS_BASE.has(lower) && (STATEMENT_NOUNS.has(head) || head === 'it')) return true;
  // "A Reuters report said": after "a" and a name, a base form is the noun the name modifies
  const indefinite = ARTICLES.has(p.lower(npStart)) && p.lower(npStart) !== 'the';
  if (npEnd === npStart + 1 && indefinite && p.cap(npEnd)) return false;
  // "The sales report has pushed the board": a base form before a verb that agrees with a
  // singular subject is that subject ("a tactic they hope will work" keeps its verb)
  if (SINGULAR_FINITE.has(p.lower(c + 1)) && !PERSONAL_PRONOUNS.has(head)) return false;
  // "Some state officials": after a bare quantifier, a base form before a plural noun is a
  // word of the noun phrase ("Some note that ...", "Many want the ..." are verbs)
  if (pluralQuantifier && npStart === npEnd && pluralNounAt(p, c + 1)) return false;
  // the last word, or the noun before a link ("documents from the agency show"); names joined
  // by "and" ("Ana Ruiz and Tom Bell call ...") are more than one
  return (
    takesPluralVerb(p.lower(npEnd)) ||
    takesPluralVerb(p.lower(headBefore(p, npStart, npEnd))) ||
    namesJoined(p, npStart, npEnd)
  );
}

/** Two names joined by "and" in [npStart, npEnd]: "Ana Ruiz and Tom Bell". */
function namesJoined(p: Phrases, npStart: number, npEnd: number): boolean {
  for (let k = npStart + 1; k < npEnd; k++)
    if (p.lower(k) === 'and' && p.cap(k - 1) && p.cap(k + 1)) return true;
  return false;
}

/** A plural noun in lower case at i ("officials"). */
function pluralNounAt(p: Phrases, i: number): boolean {
  return p.isWord(i) && !p.cap(i) && pluralForm(p.lower(i));
}

/** A word in -s that is no possessive ("officials", not "Kemp's"). */
const pluralForm = (word: string): boolean => word.endsWith('s') && !/['\u2019]s$/.test(word);

/** A standing quantifier that takes a plural verb ("many", "both", "several"). */
const countsMany = (word: string): boolean =>
  STANDING_QUANTIFIERS.has(word) && !SINGULAR_QUANTIFIERS.has(word);

function takesPluralVerb(head: string): boolean {
  return (
    PLURAL_PRONOUNS.has(head) ||
    COLLECTIVES.has(head) ||
    // "Many want ...", "Both want ...": a quantifier standing for people
    countsMany(head) ||
    pluralForm(head)
  );
}

/**
 * The noun before the first link of a phrase ("members of the board"), else its last word. A
 * share between amounts ("4 in 10 pilots in each port") is no link.
 */
function headBefore(p: Phrases, npStart: number, npEnd: number): number {
  for (let k = npStart + 1; k < npEnd; k++)
    if (HEAD_LINKS.has(p.lower(k)) && !(p.amount(k - 1) && p.amount(k + 1))) return k - 1;
  return npEnd;
}
