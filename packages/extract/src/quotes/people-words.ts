// Words that can head a phrase naming someone who speaks.
import { isRoleNoun, isRoleWord } from '../entities/role-words.js';
import { DESCRIBING_ADJECTIVES, GROUP_HEADS } from '../lexicon/quote-words.js';
import { PLACE_ADVERBS } from '../lexicon/words.js';
import { PEOPLE_PLURALS } from '../entities/data/people.js';
import { GROUP_NOUNS } from '../entities/data/source-words.js';

/** A role, people or a group: a word that can head someone who speaks. */
export function peopleWord(head: string): boolean {
  const one = head.endsWith('s') ? head.slice(0, -1) : head;
  return (
    isRoleWord(head) || PEOPLE_PLURALS.has(head) || GROUP_NOUNS.has(one) || GROUP_HEADS.has(head)
  );
}

/** "officials there", "residents here": a place after people who speak, which names no one. */
export function placeAfterPeople(people: string, place: string): boolean {
  return PLACE_ADVERBS.has(place) && peopleWord(people);
}

/**
 * A form in -ing right before a role noun in lower case names the role's field ("city planning
 * manager", "reading specialist"): a noun there, no verb of the clause.
 */
export function fieldOfRole(word: string, next: string, nextCapitalised: boolean): boolean {
  return word.endsWith('ing') && !nextCapitalised && isRoleNoun(next);
}

/** Endings of describing words ("cheerful", "courteous", "tireless", "likeable", "visible"). */
const DESCRIBING_ENDINGS = ['ful', 'ous', 'less', 'able', 'ible'];
/** Endings of the last part of a compound describing word ("soft-spoken", "silver-haired"). */
const COMPOUND_DESCRIBING_ENDINGS = ['ed', 'en', 'ing'];

/**
 * A lower-case word that describes a person before the noun naming them ("tall", "cheerful",
 * "silver-haired"): what may stand before a comma inside one phrase ("the tall, quiet pilot").
 */
export function isDescribingWord(lower: string): boolean {
  if (DESCRIBING_ADJECTIVES.has(lower)) return true;
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(lower)) return false;
  if (lower.includes('-')) return COMPOUND_DESCRIBING_ENDINGS.some((e) => lower.endsWith(e));
  return DESCRIBING_ENDINGS.some((e) => lower.length > e.length + 2 && lower.endsWith(e));
}
