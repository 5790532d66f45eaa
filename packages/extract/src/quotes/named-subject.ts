// The subject a sentence opens on, when it names someone: whose a quote after it most likely is.
import type { Span } from '@sourcetrace/article-model';
import { isRoleWord } from '../entities/role-words.js';
import { isEpithetNoun } from '../entities/data/people.js';
import { isNationalityNoun } from '../entities/gazetteer.js';
import { ageOf } from '../entities/resolve/ages.js';
import { cueClass, GESTURE_FORMS } from '../lexicon/cues.js';
import { CONNECTIVES, DETERMINERS, PERSONAL_PRONOUNS, PREPOSITIONS } from '../lexicon/words.js';
import { SUBJECT_PRONOUNS } from '../lexicon/quote-words.js';
import { afterDateline } from '../text/dateline.js';
import { afterOpeningComma } from './fronted.js';
import type { Phrases } from './phrases.js';
import { verbLike } from './speakers.js';
import type { Unit } from './units.js';

/** The subject of a unit when it names someone: "Ann Roe", "Police", "she"; not "The council" or "It". */
export function namedSubject(p: Phrases, unit: Unit): Span | null {
  // "EASTVALE — Ann Roe opened ...": the dateline's place is no subject
  let first = afterDateline(p.text, p.tokens, unit.first, unit.last);
  while (first < unit.last && p.isWord(first) && CONNECTIVES.has(p.lower(first))) first++;
  // "On Oct. 1, he moved ...": the subject follows a fronted time or place phrase.
  // "According to Ada Kemp, the pier ...": the source so named is no subject either, nor is
  // a fronted participle ("Asked if she would run, Ruiz laughed.")
  if (
    PREPOSITIONS.has(p.lower(first)) ||
    (p.lower(first) === 'according' && p.lower(first + 1) === 'to') ||
    p.participleOpener(first)
  )
    first = afterOpeningComma(p, first, unit.last);
  // "Early on, she ...", "Last year, he ...": a short fronted phrase before a pronoun subject
  else if (p.isWord(first) && !SUBJECT_PRONOUNS.has(p.lower(first))) {
    const after = afterOpeningComma(p, first, unit.last);
    if (after > 0 && SUBJECT_PRONOUNS.has(p.lower(after))) first = after;
  }
  if (!p.isWord(first)) return null;
  const lower = p.lower(first);
  const pronoun = SUBJECT_PRONOUNS.has(lower);
  // "coach Willa Strand was blunt": a role in lower case may open the name after it
  const titled = isRoleWord(lower) && p.cap(first + 1);
  // "The veteran smiled.", "the Swede shrugged": an epithet for someone met before
  const epithet = lower === 'the' ? epithetEnd(p, first, unit.last) : -1;
  if (epithet > 0) return p.span(first, epithet);
  if (
    !pronoun &&
    !titled &&
    (!p.cap(first) || DETERMINERS.has(lower) || PERSONAL_PRONOUNS.has(lower))
  )
    return null;
  if (pronoun) return p.span(first, first + 1); // "She opened it": the pronoun alone
  const end = verbAfterSubject(p, first, p.phraseAfter(first, unit.last, 6));
  return end > first && p.isSpeaker(first, end) ? p.span(first, end) : null;
}

/** Where "the" and an epithet ("the veteran", "the 31-year-old Swede") end at their verb, or -1. */
function epithetEnd(p: Phrases, first: number, last: number): number {
  const limit = Math.min(last, first + 4);
  const end = verbAfterSubject(p, first, limit);
  const head = p.lower(end - 1);
  const age = ageOf(head);
  const epithet =
    isEpithetNoun(head) ||
    (isNationalityNoun(head) && p.cap(end - 1)) ||
    (age !== undefined && age.min === age.max);
  return end < limit && end > first + 1 && epithet ? end : -1;
}

/**
 * `Kemp met with Bell on Monday.`: the phrase read on from the subject may run over the verb;
 * the subject ends at the first lower-case verb in the past, auxiliary or cue word after it.
 */
function verbAfterSubject(p: Phrases, first: number, end: number): number {
  for (let k = first + 1; k < end; k++) {
    if (!p.isWord(k) || p.cap(k)) continue;
    const lower = p.lower(k);
    // "Kemp nods.": a gesture in the present tense is a verb too
    if (verbLike(p, k) || cueClass(lower) || GESTURE_FORMS.has(lower)) return k;
  }
  return end;
}
