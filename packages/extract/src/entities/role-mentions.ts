import type { Doc } from '../document.js';
import { ROLE_GENDER } from './data/people.js';
import { DESCRIPTOR_STOPS, DETERMINER_WORDS } from './data/name-words.js';
import { describedBefore } from './resolve/described.js';
import { PREPOSITIONS } from '../lexicon/words.js';
import type { EntityStore } from './store.js';
import type { Ent } from './types.js';
import { isRoleNoun } from './role-words.js';

/** At most this many modifiers between "the" and the role: "the wiry, soft-spoken engineer". */
const MAX_MODIFIERS = 3;

/**
 * "Mayor Tom Vey wants a bridge. The mayor raised it again.": a definite role description
 * ("the mayor", "the 31-year-old winger") points back to the person last described with that
 * role, and is recorded as a mention of them, so that a pronoun after it finds them nearby.
 * A role counts when it is a role noun or a word of some person's descriptors.
 */
export function linkRoleMentions(store: EntityStore, doc: Doc): void {
  const described = describedWords(store);
  if (!described.size) return;
  const { tokens, text } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.lower !== 'the') continue;
    let k = i + 1;
    let modifiers = 0;
    // modifiers: lowercase words, numbers and commas between adjectives
    while (k < tokens.length && modifiers <= MAX_MODIFIERS) {
      const t = tokens[k]!;
      const isRole = t.word && (isRoleNoun(t.lower) || described.has(t.lower));
      const next = tokens[k + 1];
      if (isRole && !(next?.word && described.has(next.lower))) {
        const lowercase = text[t.start] === t.lower[0];
        // a possessive belongs to what follows; a capital after it is a name ("the mayor Tom Vey")
        const after = next && next.start === t.end ? next.lower : '';
        const named = next?.word && /^\p{Lu}/u.test(text.slice(next.start, next.end));
        // "the son of a fisherman who ...": a role with its own "of" is described anew
        const own = next?.lower === 'of';
        if (lowercase && after !== "'s" && after !== '\u2019s' && !named && !own)
          link(store, i, k, t.lower);
        break;
      }
      if (t.lower === ',' && modifiers > 0) {
        k++;
        continue;
      }
      if (!t.word || DESCRIPTOR_STOPS.has(t.lower) || DETERMINER_WORDS.has(t.lower)) break;
      if (text[t.start] !== t.lower[0] && !/^\p{N}/u.test(t.lower)) break;
      modifiers++;
      k++;
    }
  }

  function link(store: EntityStore, from: number, head: number, role: string): void {
    const span = { start: tokens[from]!.start, end: tokens[head]!.end };
    if (store.index.overlapping(span).length) return;
    const person = describedBefore(store, span, role);
    if (!person) return;
    // "Ann Roe, the mayor of Eastvale": an apposition is part of the name's mention already
    const comma = tokens[from - 1];
    if (comma?.lower === ',' && person.mentions.some((m) => m.span.end === tokens[from - 2]?.end))
      return;
    const gender = ROLE_GENDER.get(role);
    if (gender && gender !== 'unknown' && person.gender !== 'unknown' && person.gender !== gender)
      return;
    if (anotherSince(store, person, span.start, role)) return;
    store.addMention(person, span, 'descriptor');
  }
}

/**
 * "Ada Kemp, a nurse, said ... Another nurse said ... the nurse said": another of the role,
 * brought in since the person was last mentioned, is whom "the nurse" means, not the person.
 */
function anotherSince(store: EntityStore, person: Ent, before: number, role: string): boolean {
  let last = 0;
  for (const m of person.mentions) if (m.span.end <= before) last = Math.max(last, m.span.end);
  const between = store.lowerSlice(last, before);
  if (!between.includes(role)) return false;
  for (const match of between.matchAll(ANOTHER_ONE)) if (match[1] === role) return true;
  return false;
}

/** "another nurse", "a second senior nurse": one more of a role, its head word captured. */
const ANOTHER_ONE =
  /\b(?:another|a second|a third|one other)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\b/gu;

/**
 * The words heading people's descriptors ("winger" in "a winger for the Harbour Hawks",
 * "professor"): the last word before a preposition or the end.
 */
function describedWords(store: EntityStore): Set<string> {
  const words = new Set<string>();
  for (const e of store.persons) {
    for (const d of e.descriptors) {
      let head = '';
      for (const w of d.toLowerCase().split(/[\s,]+/)) {
        if (PREPOSITIONS.has(w)) break;
        head = w;
      }
      if (head.length > 2 && /^\p{L}+$/u.test(head)) words.add(head);
    }
  }
  return words;
}
