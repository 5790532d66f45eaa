// Whether a phrase read before or after a cue names someone who can say something: the head
// word decides ("officials", "the company", "Ann Roe"), with the phrase's shape around it.
import { isRoleNoun } from '../entities/role-words.js';
import {
  ARTICLES,
  AUXILIARIES,
  DETERMINERS,
  NON_SPEAKERS,
  OBJECT_PRONOUNS,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
} from '../lexicon/words.js';
import { FINITE_SAYING, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS } from '../lexicon/quote-words.js';
import { PEOPLE_PLURALS } from '../entities/data/people.js';
import { IRREGULAR_PAST, isPastTense } from '../lexicon/verb-forms.js';
import { amountAfterHedge, pointsAtSomeone, standsForPeople } from './phrase-before.js';
import type { TokenReader } from './token-reader.js';
import { peopleWord, placeAfterPeople } from './people-words.js';

/** What the test reads of the text; `Phrases` provides it. */
export interface SpeakerReader extends TokenReader {
  adverb(i: number): boolean;
  participleOpener(i: number): boolean;
}

/** Endings of adjectives, which never head a speaker phrase ("significant", "serious"). */
const ADJECTIVE_ENDING = /(?:ous|ive|ful|less|ical|able|ible|ificant)$/;

/**
 * After a relative pronoun, a word in lower case that links nothing is the clause's verb ("who
 * quit"); a name or a time phrase leaves the pronoun standing for someone ("who Bell", "who
 * in 2010").
 */
function opensClause(p: SpeakerReader, k: number): boolean {
  return p.isWord(k) && !p.cap(k) && !PREPOSITIONS.has(p.lower(k));
}

/** Words a possessive name of a place may take after its preposition ("at St Anne's"). */
const MAX_POSSESSIVE_NAME = 3;

/**
 * "A teacher at St Anne's said": a capitalised possessive after a preposition, right before
 * "said", is the name of a school, a shop or a church; the phrase before the preposition says
 * who speaks ("portions of Ann Roe's reported income" is no speaker and its cue).
 */
function placeAfterPreposition(p: SpeakerReader, first: number, last: number): boolean {
  if (!p.cap(last - 1)) return false;
  for (let k = last - 2; k > first && last - k <= MAX_POSSESSIVE_NAME + 1; k--) {
    if (PREPOSITIONS.has(p.lower(k))) return isSpeakerPhrase(p, first, k);
    if (!p.cap(k) && p.lower(k) !== '.') return false;
  }
  return false;
}

/** A past verb in lower case, then an article: "released an analysis", "won the vote". */
function verbAndObject(p: SpeakerReader, first: number): boolean {
  return !p.cap(first) && isPastTense(p.lower(first)) && ARTICLES.has(p.lower(first + 1));
}

/** Whether tokens [first, last) read as someone who can say something. */
export function isSpeakerPhrase(p: SpeakerReader, first: number, end: number): boolean {
  // A trailing abbreviation period belongs to the last word ("the S.E.C.").
  let last = p.lower(end - 1) === '.' && end - 1 > first ? end - 1 : end;
  if (p.lower(last - 1) === ')') {
    while (last > first + 1 && p.lower(last - 1) !== '(') last--;
    last--;
  }
  // "officials there said": the place after them does not head the phrase
  if (last - first > 1 && placeAfterPeople(p.lower(last - 2), p.lower(last - 1))) last--;
  if (last <= first || last - first > 14) return false;
  // "Reeling off plans ...": a fronted participle clause, not someone
  if (last - first > 1 && p.participleOpener(first)) return false;
  // "released an analysis": a verb in the past and its object (not "retired teacher Ann Roe";
  // a name closing the phrase is read as its head: "invoked the story Ann Roe")
  if (last - first > 2 && verbAndObject(p, first) && !p.cap(last - 1)) return false;
  // "especially in swing (states)": an adverb and a preposition open a phrase of place, and
  // "(and) who quit": a relative pronoun a clause, no one who speaks
  if (p.adverb(first) && PREPOSITIONS.has(p.lower(first + 1))) return false;
  // ("That official" opening a sentence points at someone)
  const opening = p.cap(first) && pointsAtSomeone(p, first, last);
  const relative = RELATIVE_PRONOUNS.has(p.lower(first)) && !opening;
  if (last - first > 1 && relative && opensClause(p, first + 1)) return false;
  // "Some said ...", "Two in three say ...", "42% say": a quantifier or a share standing for people
  if (standsForPeople(p, first, last)) return true;
  // "the father of two", "a mother of three": a count after "of" closes a description of one
  // person, whom the noun before "of" names
  if (last - first > 2 && p.lower(last - 2) === 'of' && p.amount(last - 1)) last -= 2;
  const head = p.lower(last - 1);
  if (!p.isWord(last - 1)) return false;
  // "She's said ...", "They've said ...": a pronoun with an auxiliary written onto it
  if (last - first === 1 && SUBJECT_PRONOUNS.has(p.tokens[first]!.bare)) return true;
  // "the city's transit agency": a possessive is never the head of a speaker.
  // (read from its last two characters: a regex here scanned the whole word)
  const ending = head.slice(-2);
  if (ending === "'s" || ending === '\u2019s' || ending === "s'" || ending === 's\u2019')
    return FINITE_SAYING.has(p.lower(end)) && placeAfterPreposition(p, first, last);
  // ("Hydro One", "Capital One": a capitalised word closing a name heads it)
  const closesName = last - first > 1 && p.cap(last - 1) && p.cap(last - 2);
  if (
    ((NON_SPEAKERS.has(head) || DETERMINERS.has(head)) && !closesName) ||
    PREPOSITIONS.has(head) ||
    (AUXILIARIES.has(head) && !p.auxiliaryInName(last - 1, first))
  )
    return false;
  // "them" heads no speaker, but "one of them", "an aide close to him" are speakers: the
  // pronoun is the object of a preposition inside the phrase
  const linked = last - 2 > first && PREPOSITIONS.has(p.lower(last - 2));
  if (OBJECT_PRONOUNS.has(head) && !PERSONAL_PRONOUNS.has(head) && !linked) return false;
  let named = false;
  for (let i = first; i < last; i++)
    if (p.cap(i) || PERSONAL_PRONOUNS.has(p.lower(i))) named = true;
  if (named) return true;
  // `"Shame!" came shouts from the gallery`, "brought sharp questions": a verb in the past
  // opens a clause of its own, no one who speaks
  if (IRREGULAR_PAST.has(p.lower(first))) return false;
  // "While significant challenges remain": an adjective heads no speaker, a role noun may
  // ("the consultant", "a resident")
  if (ADJECTIVE_ENDING.test(head) && !isRoleNoun(head) && !PEOPLE_PLURALS.has(head)) return false;
  // Unnamed speakers: "officials", "some analysts", "the company", "a source close to the team".
  // ... or a plural of people described after it ("sources familiar with the plan")
  const opener =
    DETERMINERS.has(p.lower(first)) ||
    p.amount(first) ||
    amountAfterHedge(p, first) >= 0 ||
    PEOPLE_PLURALS.has(p.lower(first));
  // ... which may run longer when people head it and a preposition describes them ("two
  // people with knowledge of the talks")
  return last - first <= (describedPeople(p, first, last) ? 9 : 6) && (last - first <= 3 || opener);
}

/** "(two) people with ...", "(one) person close to ...": people, a preposition, and no verb. */
function describedPeople(p: SpeakerReader, first: number, last: number): boolean {
  const head = peopleWord(p.lower(first)) ? first : first + 1;
  if (!peopleWord(p.lower(head)) || !PREPOSITIONS.has(p.lower(head + 1))) return false;
  for (let k = head + 2; k < last; k++) if (AUXILIARIES.has(p.lower(k))) return false;
  return true;
}
