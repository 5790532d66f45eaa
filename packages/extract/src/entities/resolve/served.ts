// Whom a speaker serves or comes from, read from the words before a name in a source phrase:
// "a lawyer for Holm", "the mayor of Eastvale", "a spokesperson for Transport Minister Ivo Prowse".
import type { Token } from '../../text/tokens.js';
import { isRoleWord } from '../role-words.js';
import { ARTICLES, HONORIFICS, ORIGIN_PREPOSITIONS, PREPOSITIONS } from '../../lexicon/words.js';
import {
  ACTING_BODIES,
  KIN_GROUPS,
  KIN_NOUNS,
  PEOPLE_PLURALS,
  RELATION_NOUNS,
  SPEAKS_FOR,
} from '../data/people.js';

/** Words a title before a name may take: "Deputy Transportation Minister". */
const MAX_TITLE_WORDS = 3;

/** Drops the title ending `words` after their last preposition ("for Transport Minister"). */
function dropTitle(words: string[]): void {
  for (let k = words.length - 2; k >= 0 && words.length - 1 - k <= MAX_TITLE_WORDS; k--) {
    if (PREPOSITIONS.has(words[k]!) || SPEAKS_FOR.has(words[k]!)) {
      words.length = k + 1;
      return;
    }
  }
}

/** "a lawyer representing": the words before `at` end with a role and whom it speaks for. */
export function speaksFor(text: string, from: number, at: number): boolean {
  const written = text.slice(from, at).trim().split(/\s+/);
  const words = written.map((w) => w.toLowerCase());
  return SPEAKS_FOR.has(words.at(-1) ?? '') && afterPeopleNoun(text, from, at);
}

/** Words of a title, each capitalised but its articles and prepositions: "Minister of the Environment". */
function capitalisedTitle(words: readonly string[]): boolean {
  return words.every((w) => {
    const lower = w.toLowerCase();
    return ARTICLES.has(lower) || PREPOSITIONS.has(lower) || /^\p{Lu}/u.test(w);
  });
}

/**
 * Someone named by a role or as people, then a preposition, stand before `at` in the phrase
 * from `from`: "the mayor of", "a spokeswoman for", "people close to", "organizers in".
 */
export function afterPeopleNoun(text: string, from: number, at: number): boolean {
  const written = text.slice(from, at).trim().split(/\s+/);
  const words = written.map((w) => w.toLowerCase());
  // "Prosecutors in the trial of Ana Ruiz", "the family of the late Ana Ruiz": people first,
  // then a preposition, the name somewhere after it; after a role, an article must come
  // between, or it is a title ("Minister of Finance Ana Ruiz", "chief of staff Tom Bell")
  const first = words.findIndex((w) => PREPOSITIONS.has(w));
  const head = words[first - 1] ?? '';
  const kin =
    KIN_NOUNS.has(head) ||
    KIN_GROUPS.has(head) ||
    RELATION_NOUNS.has(head) ||
    ACTING_BODIES.has(head);
  // ... unless the title is capitalised throughout: "Minister of the Environment Tom Vey"
  const described =
    speaksForSomeone(head) &&
    words.slice(first + 1).some((w) => ARTICLES.has(w)) &&
    !capitalisedTitle(written.slice(first - 1));
  if (first > 0 && (kin || described)) return true;
  // "friends of Ms. Kemp", "an aide to Mayor Kemp": an honorific or a title before the name is
  // part of it
  if (words.at(-1) === 'the' || HONORIFICS.has(words.at(-1)?.replace(/\.$/, '') ?? '')) words.pop();
  else if (isRoleWord(words.at(-1) ?? '')) dropTitle(words); // "a spokesperson for Transport Minister"
  const preposition = words.pop();
  if (preposition === undefined) return false;
  // "a lawyer representing Holm" stands for Holm as "a lawyer for Holm" does
  if (!PREPOSITIONS.has(preposition) && !SPEAKS_FOR.has(preposition)) return false;
  // "friends of", "neighbours of": a role's plural is people too; "the widow of", "the family of"
  return words.slice(-2).some(speaksForSomeone);
}

/** A role, people, kin, or a body that acts for someone ("the campaign of", "the office of"). */
export function speaksForSomeone(w: string): boolean {
  return (
    isRoleWord(w) ||
    PEOPLE_PLURALS.has(w) ||
    KIN_NOUNS.has(w) ||
    KIN_GROUPS.has(w) ||
    RELATION_NOUNS.has(w) ||
    ACTING_BODIES.has(w)
  );
}

/**
 * "a rival from", "an aide at": someone, then a preposition of where they come from or work,
 * right before token k (the name after it is a place or a body; but "a friend of Roe" is a person).
 * The noun is in lower case, or capitalised only as the first word of its sentence (`initial`):
 * "Economists at Marlow said".
 */
export function afterSomeonesPreposition(
  tokens: readonly Token[],
  initial: Uint8Array,
  k: number,
): boolean {
  const preposition = tokens[k - 1];
  const noun = tokens[k - 2];
  return (
    !!preposition &&
    !!noun?.word &&
    (!noun.cap || initial[k - 2] === 1) &&
    ORIGIN_PREPOSITIONS.has(preposition.lower) &&
    speaksForSomeone(noun.lower)
  );
}
