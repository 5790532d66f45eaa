// Definite descriptions that point back to someone met before: "the veteran", "the agency".
import type { Span } from '@sourcetrace/article-model';
import { FRAME_NOUNS, RANK_MODIFIERS } from '../../lexicon/quote-words.js';
import type { Token } from '../../text/tokens.js';
import {
  BODY_NOUNS,
  FIRM_NOUNS,
  GOVERNMENT_NOUNS,
  JURISDICTION_WORDS,
  STATE_ONLY_NOUNS,
  ORG_WORDS,
  PUBLIC_BODY_WORDS,
  STATE_BODY_WORDS,
} from '../data/organizations.js';
import { PEOPLE_PLURALS, ROLE_ADJECTIVES, ROLE_GENDER, isEpithetNoun } from '../data/people.js';
import { ARTIFACT_NOUNS, LOOKBACK } from '../data/source-words.js';
import type { EntityStore } from '../store.js';
import { ageOf, personAged } from './ages.js';
import type { Ent } from '../types.js';
import { heldOtherRole, isOfficeQualifier, isPersonNoun, isRoleNoun } from '../role-words.js';
import { DEMONYMS, isNationalityNoun } from '../gazetteer.js';
import { cueClass, GESTURE_FORMS } from '../../lexicon/cues.js';
import { isPastTense } from '../../lexicon/verb-forms.js';
import { AUXILIARIES } from '../../lexicon/words.js';
import { antecedent } from './pronouns.js';
import { otherPortfolio } from './named-body.js';
import { closesFrontedPhrase } from '../apposition-clues.js';

/** A parent by their children: "father-of-three", "grandmother-of-five"; the kin word gives the gender. */
const PARENT_OF = /^((?:great-)?(?:grand)?(?:father|mother)|dad|mum|mom)-of-[a-z]+$/;

/**
 * "the affable proprietor", "the 31-year-old winger", "the agency": a definite description
 * with no name of its own, when nobody is described with its head noun, points back to the
 * person (or public body) the passage is about: the most salient fitting antecedent.
 */
export function epithetReferent(
  store: EntityStore,
  span: Span,
  headTokens: readonly Token[],
  head: string,
): Ent | undefined {
  if (headTokens[0]?.lower !== 'the' || PEOPLE_PLURALS.has(head)) return undefined;
  // "the 18-year-old", "the teenager": the one person given such an age, however salient another is
  const age = headTokens.map((t) => ageOf(t.lower)).find((a) => a !== undefined);
  const aged = age === undefined ? undefined : personAged(store, span, age);
  if (aged) return aged;
  if (GOVERNMENT_NOUNS.has(head)) {
    // "the governor's office", "the presidential office": one person's office, no body named before
    if (officeOfRole(headTokens)) return undefined;
    return publicBodyBefore(store, span, STATE_ONLY_NOUNS.has(head));
  }
  if (PUBLIC_BODY_WORDS.has(head) || BODY_NOUNS.has(head)) return undefined;
  // a bare "the victim" may be someone new; an epithet carries a modifier ("the rookie defenceman"),
  // or is an age or a noun that only a person already met has ("the 34-year-old said", "the
  // veteran said")
  const parent = PARENT_OF.exec(head)?.[1] ?? parentOfSpaced(store.text, span);
  // (an exact age only: "the teenager" no one was given the age of may be someone new)
  const exactAge = age !== undefined && age.min === age.max;
  const modified =
    (headTokens.length >= 3 && isPersonNoun(head)) ||
    exactAge ||
    isEpithetNoun(head) ||
    !!parent ||
    isNationalityNoun(head);
  // "the first pilot", "the only witness": a rank picks a person out anew, pointing back to no
  // one (but "the former first lady" is a title)
  if (RANK_MODIFIERS.has(headTokens[1]?.lower ?? '') && isRoleNoun(head)) return undefined;
  const possessive = headTokens.some((t) => /['\u2019]s?$/.test(t.lower)); // "the board's own"
  // "sergeant-at-arms" is one person: a compound is plural by its first part
  const plural = (head.split('-')[0] ?? head).endsWith('s');
  // (a firm may be "the 150-year-old company", but a centre or a guard given a person's age is
  // a player: "the 31-year-old centre")
  const personsAge = exactAge && age.max < MAX_PERSONS_AGE;
  const bodyWord = FIRM_NOUNS.has(head) || (ORG_WORDS.has(head) && !personsAge);
  if (!modified || possessive || plural || bodyWord) return undefined;
  // "the policy paper said", "the new study shows": a writing stands for no person
  if (ARTIFACT_NOUNS.has(head) || FRAME_NOUNS.has(head)) return undefined;
  const gender = ROLE_GENDER.get(parent?.replace(/^(great-)?grand/, '') ?? head) ?? 'unknown';
  const ent = antecedent(
    store,
    span,
    (e) =>
      e.kind === 'person' &&
      !e.plural &&
      !e.anonymous &&
      (gender === 'unknown' || e.gender === 'unknown' || e.gender === gender),
  );
  // "the cheerful owner" is not the one just met as "an artist": better no one than them
  if (!ent || heldOtherRole(ent.descriptors, head)) return undefined;
  if (namesAnotherOffice(headTokens, head, ent)) return undefined;
  // "After meeting Tom Bell, the union leader said": not the one a fronted phrase names
  return namedInFrontedPhrase(store, span, ent) ? undefined : ent;
}

/** The entity is named in a phrase fronted before `span` in its sentence ("In a letter to X, ..."). */
function namedInFrontedPhrase(store: EntityStore, span: Span, ent: Ent): boolean {
  const sentenceStart = store.sentenceStartBack(span.start, 0);
  return store.index
    .overlapping({ start: sentenceStart, end: span.start })
    .some((m) => m.ent === ent && closesFrontedPhrase(store.text, sentenceStart, m.span.start));
}

/**
 * "Mayor Ada Kemp opened the bridge. The police chief said ...": an office of a field, a rank or
 * a body ("the police chief", "the health minister", "the deputy mayor", "the board member") is
 * someone else's unless the
 * one found was given that role ("Police Chief Ada Kemp", "Ada Kemp, the city's chief").
 */
function namesAnotherOffice(headTokens: readonly Token[], head: string, ent: Ent): boolean {
  // (written small: "the Harbour Service veteran" names where the one met served, no office)
  const before = headTokens[headTokens.length - 2];
  const field = before && !before.cap ? before.lower : '';
  if (!isRoleNoun(head) || !isOfficeQualifier(field)) return false;
  // ... and not given it in another field: "the finance minister" is no health minister
  return !ent.descriptors.some((d) => {
    const words = d.toLowerCase().split(/[\s,]+/);
    return words.some(
      (w, k) => w === head && (words[k - 1] === field || !isOfficeQualifier(words[k - 1] ?? '')),
    );
  });
}

/** "the mother of three", written with spaces: the parent word, as PARENT_OF reads it hyphenated. */
function parentOfSpaced(text: string, span: Span): string | undefined {
  const words = text.slice(span.start, span.end).toLowerCase().split(/\s+/);
  if (words.at(-2) !== 'of') return undefined;
  return PARENT_OF.exec(words.slice(-3).join('-'))?.[1];
}

/** A name in capitals only: initials ("FBI", "CSIS"). */
const INITIALS = /^[\p{Lu}&.]{2,8}$/u;

/** Years below which an age given with a body word ("the 31-year-old centre") is a person's. */
const MAX_PERSONS_AGE = 100;

/** The word before the head noun is a role's possessive or adjective: "the mayor's", "presidential". */
function officeOfRole(headTokens: readonly Token[]): boolean {
  const owner = headTokens[headTokens.length - 2];
  if (!owner?.word) return false;
  return (isRoleNoun(owner.bare) && owner.bare !== owner.lower) || ROLE_ADJECTIVES.has(owner.lower);
}

/**
 * "the agency", "the department": a public body named in this or the two sentences before,
 * else any body named there ("Harbour Transit runs the ferries. The agency said ..."), else the
 * public body last named ("the State Department"), else the body the same words last stood for
 * ("Harbour Transit raised fares, the agency said. ... The agency added ...").
 */
function publicBodyBefore(store: EntityStore, span: Span, stateOnly: boolean): Ent | undefined {
  const near = store.sentenceStartBack(span.start, 2);
  const words = store.text.slice(span.start, span.end).toLowerCase();
  // "the port authority" says which body it is: a body named before must share a word with it
  // ("Vell Port Services", "Harbour Authority") or be named by initials that may stand for any
  // ("the law enforcement agency" is the FBI), as "the agency" or "the Norland government" need not
  const described = words.split(/\s+/).slice(1);
  const which = described
    .slice(0, -1)
    .filter((w) => !JURISDICTION_WORDS.has(w) && !DEMONYMS.has(w));
  const fits = (ent: Ent, nameWords: readonly string[]) =>
    !otherPortfolio(described, nameWords) &&
    (!which.length || INITIALS.test(ent.name) || nameWords.some((w) => described.includes(w)));
  let publicBody: Ent | undefined;
  let nearBody: Ent | undefined;
  let sameWords: Ent | undefined;
  store.index.eachBefore(span.start, LOOKBACK, (m) => {
    const ent = m.ent;
    if (ent.kind !== 'organization' || ent.anonymous || ent.outlet || ent.plural || m.quoted)
      return false;
    // the agency that filed the story, in its dateline, is no body of the story
    if (store.inDateline(m)) return false;
    if (m.span.start < near && nearBody) return true;
    if (
      m.form === 'descriptor' &&
      store.text.slice(m.span.start, m.span.end).toLowerCase() === words
    )
      sameWords ??= ent;
    const nameWords = ent.name.toLowerCase().split(/\s+/);
    if (!fits(ent, nameWords)) return false;
    // "the ministry" is an arm of the state, never a school or a hospital named before it
    if (nameWords.some((w) => (stateOnly ? STATE_BODY_WORDS : PUBLIC_BODY_WORDS).has(w)))
      publicBody = ent;
    else if (m.span.start >= near) nearBody ??= ent;
    return publicBody !== undefined;
  });
  return publicBody ?? (stateOnly ? undefined : nearBody) ?? sameWords;
}

/**
 * "the Swede said", "said the Canadian": a nationality standing for a person, not an adjective
 * before a noun the phrase read left off ("The Norwegian skipper ...").
 */
export function nationalityEpithet(text: string, span: Span, head: string): boolean {
  const next = /^\s*(\p{Ll}+)/u.exec(text.slice(span.end, span.end + 30))?.[1];
  const verb = (w: string) =>
    !!cueClass(w) ||
    isPastTense(w) ||
    AUXILIARIES.has(w) ||
    GESTURE_FORMS.has(w) ||
    w.endsWith('s');
  return isNationalityNoun(head) && (next === undefined || verb(next));
}
