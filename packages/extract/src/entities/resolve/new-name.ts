import type { Span } from '@sourcetrace/article-model';
import { DEMONYMS, FIRST_NAME_GENDER } from '../gazetteer.js';
import { nearestFull } from '../merge.js';
import { isTitleWord } from '../name-scan.js';
import type { Effects, EntityStore } from '../store.js';
import type { Ent } from '../types.js';
import { isCommonNoun } from './described.js';
import type { Phrase } from './phrase.js';

/**
 * A capitalised name the recognizer did not read as one: a person, merged by surname when it
 * can be; a phrase that is no name ("On Thursday", "Polls", "Mrs.") is a description.
 */
export function newName(store: EntityStore, fx: Effects, p: Phrase, description: () => Ent): Ent {
  let nameTokens = p.head.filter((t) => t.lower !== 'the');
  while (nameTokens.length > 1 && isTitleWord(nameTokens[0]!.lower.replace(/\.$/, '')))
    nameTokens = nameTokens.slice(1);
  const words = nameTokens.map((t) => p.text.slice(t.start, t.end).replace(/['\u2019]s$/, ''));
  const lowers = words.map((w) => w.toLowerCase());
  const first = lowers[0]!;
  const last = lowers[lowers.length - 1]!;
  const known = store.bySurname.get(last);
  let ent = words.length > 1 ? namedBody(store, lowers.join(' ')) : undefined;
  ent ??= known
    ? nearestFull(store, known, p.span.start, 'unknown')
    : store.keys.get({ ns: 'surname', word: last });
  if (!ent) {
    if (!nameLike(store, words, lowers)) return description();
    ent = fx.newPerson(
      words.length > 1 ? { ns: 'person', first, last } : { ns: 'surname', word: last },
      words,
      FIRST_NAME_GENDER.get(first) ?? 'unknown',
    );
  }
  const nameSpan: Span = {
    start: p.span.start + nameTokens[0]!.start,
    end: p.span.start + nameTokens[nameTokens.length - 1]!.end,
  };
  fx.speaker(fx.record(ent, nameSpan, words.join(' ') === ent.name ? 'name' : 'alias'));
  return ent;
}

/**
 * "Fares Will Rise, Eastvale Mobile Says" over a body that names Eastvale Mobile: a name the
 * recognizer did not read where it stands (a headline, a heading) is the body's name already
 * known, of whatever kind, before it is anyone new. Names of two words or more: one word alone
 * ("Democratic") is too often a stray capital to stand for a body.
 */
function namedBody(store: EntityStore, name: string): Ent | undefined {
  return (
    store.keys.get({ ns: 'named', kind: 'organization', name }) ??
    store.keys.get({ ns: 'named', kind: 'location', name }) ??
    store.keys.get({ ns: 'named', kind: 'other', name })
  );
}

function nameLike(store: EntityStore, words: string[], lowers: string[]): boolean {
  const first = lowers[0]!;
  const last = lowers[lowers.length - 1]!;
  const { isCommon, seenAsName } = store.words;
  const shouting = words.some((w) => w.length > 1 && w === w.toUpperCase());
  const looksLikeName =
    words.length > 1
      ? FIRST_NAME_GENDER.has(first) || !lowers.some((w) => isCommon(w))
      : seenAsName(first) && !isCommon(first);
  return !(
    shouting ||
    !looksLikeName ||
    DEMONYMS.has(last) ||
    DEMONYMS.has(last.replace(/s$/, '')) ||
    isTitleWord(last) ||
    isCommonNoun(last) ||
    isCommonNoun(last.replace(/s$/, ''))
  );
}
