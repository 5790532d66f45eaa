// Words that can head a phrase naming someone who speaks.
import { isRoleNoun, isRoleWord } from '../entities/role-words.js';
import { GROUP_HEADS } from '../lexicon/quote-words.js';
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
