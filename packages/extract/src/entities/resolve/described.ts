import type { Span } from '@sourcetrace/article-model';
import type { Token } from '../../text/tokens.js';
import { DETERMINERS, WHOLE_GROUP_WORDS } from '../../lexicon/words.js';
import { BODY_NOUNS } from '../data/organizations.js';
import {
  PEOPLE_PLURALS,
  ROLE_GENDER,
  ROLE_KINDS,
  OFFICE_ACRONYMS,
  SECOND_RANKS,
  KIN_NOUNS,
  PERSONAL_AGENT_ROLES,
  TITLE_ABBREVIATIONS,
  TITLE_ROLES,
  UNNAMED_SOURCE_ROLES,
} from '../data/people.js';
import {
  ARTIFACT_NOUNS,
  LEAVING_OUT_WORDS,
  LOOKBACK,
  POSSESSIVE_DETERMINERS,
} from '../data/source-words.js';
import { LEADING_DETERMINERS } from '../data/words.js';
import { placeAfterPeople } from '../../quotes/people-words.js';
import type { Effects, EntityStore } from '../store.js';
import type { Ent } from '../types.js';
import { resolvePronoun } from './pronouns.js';
import { DEMONYMS } from '../gazetteer.js';
import { AGE_AFTER_NAME } from './ages.js';
import { isOfficeQualifier, isRoleFacet, isRoleNoun } from '../role-words.js';

/** A common noun written with a capital at the start of a sentence ("Officials said", "Police said"). */
export function isCommonNoun(lower: string): boolean {
  return PEOPLE_PLURALS.has(lower) || BODY_NOUNS.has(lower) || isRoleNoun(lower);
}

/** A source phrase up to a relative clause or aside ("a spokesperson, who asked not to be named" -> "a spokesperson"). */
export function cutAtClause(phrase: string): string {
  const cut = phrase.search(/,|\s(?:who|whose|which|that|speaking|on condition)\s/);
  return (cut > 0 ? phrase.slice(0, cut) : phrase).trim();
}

/**
 * "her lawyer" or "Ruiz's lawyer" when the text also says who that is ("Tom Hale, Ruiz's
 * lawyer"): the person with that descriptor, wherever in the article it is given.
 */
export function ownedRole(
  store: EntityStore,
  fx: Effects,
  span: Span,
  phrase: string,
  phraseTokens: Token[],
): { described: Ent | undefined; name: string } | undefined {
  const words = phraseTokens.filter((t) => t.word);
  const ownerAt = words.findIndex(
    (t) =>
      POSSESSIVE_DETERMINERS.has(t.lower) || t.lower.endsWith("'s") || t.lower.endsWith('\u2019s'),
  );
  if (ownerAt < 0 || ownerAt === words.length - 1) return undefined;
  // the role is a few lowercase words and nothing else: "her lawyer", not "his wife, Ann Roe"
  const roleTokens = phraseTokens.slice(phraseTokens.indexOf(words[ownerAt]!) + 1);
  if (roleTokens.length > 4 || roleTokens.some((t) => !t.word || t.cap)) return undefined;
  const ownerToken = words[ownerAt]!;
  const role = words
    .slice(ownerAt + 1)
    .map((t) => t.lower)
    .join(' ');
  let owners: string[];
  let ownerName: string;
  let ownerPlural = false;
  if (POSSESSIVE_DETERMINERS.has(ownerToken.lower)) {
    const pronoun = { start: span.start + ownerToken.start, end: span.start + ownerToken.end };
    const owner = resolvePronoun(store, fx, pronoun, ownerToken.lower);
    if (!owner) return undefined;
    // "her sister, Liv Roe, said ... Her sister said": the pronoun finds the sister herself, as
    // the one last spoken of; no one is their own sister
    if (owner.kind === 'person' && owner.descriptors.some((d) => d.toLowerCase() === role))
      return { described: owner, name: owner.name };
    // "Her statement said", "its report found": what the owner wrote speaks for the owner
    if (ARTIFACT_NOUNS.has(role)) return { described: owner, name: owner.name };
    ownerName = owner.name;
    ownerPlural = owner.plural || owner.kind !== 'person'; // "the Republicans' ..."
    owners = [owner.name, ...owner.aliases].map((n) => n.toLowerCase());
  } else {
    ownerName = phrase.slice(words[0]!.start, ownerToken.end - 2);
    // "Ruiz's lawyer" is the lawyer described as "Ana Ruiz's lawyer": the one person of that
    // surname by her full name too
    const bySurname = store.bySurname.get(ownerName.toLowerCase());
    const full = bySurname?.length === 1 ? [bySurname[0]!.name.toLowerCase()] : [];
    owners = [ownerName.toLowerCase(), ...full];
  }
  // the owner by their surname too: "Ann Roe's husband, Tom Fahey" is described "Roe's husband"
  const surnames = owners.map((o) => o.slice(o.lastIndexOf(' ') + 1)).filter((s) => s);
  const wanted = [...new Set([...owners, ...surnames])].flatMap((o) => [
    `${o}'s ${role}`,
    `${o}\u2019s ${role}`,
    `${role} for ${o}`,
  ]);
  // "Her husband, Tom Fahey, ...": a relative described by the kinship alone, once the pronoun
  // found the owner (not "her friend": friends are many, and "a friend" describes any of them)
  // ... and so by a role one mostly has one of ("his agent, Ilse Markovic,")
  const kin =
    POSSESSIVE_DETERMINERS.has(ownerToken.lower) &&
    (KIN_NOUNS.has(role) || PERSONAL_AGENT_ROLES.has(role));
  const described =
    store.personDescribedAs(wanted) ?? (kin ? store.personDescribedAs([role]) : undefined);
  const roleWords = phrase.slice(words[ownerAt + 1]!.start, words[words.length - 1]!.end);
  const possessive = ownerPlural && ownerName.endsWith('s') ? "'" : "'s";
  return { described, name: `${ownerName}${possessive} ${roleWords}` };
}

/** A source that names nobody the table knows: an anonymous person or group, or a body. */
export function describedSource(fx: Effects, span: Span, phrase: string, headWords: string[]): Ent {
  // "officials there" are officials: the place after them names no one
  const placed =
    headWords.length > 1 &&
    placeAfterPeople(headWords.at(-2)!.toLowerCase(), headWords.at(-1)!.toLowerCase());
  const head = headWords[headWords.length - (placed ? 2 : 1)] ?? '';
  const words = phrase.split(/\s+/);
  if (placed && words.length > 1) words.pop();
  // "an unnamed official" is named "unnamed official"; "one of them" keeps its "one", and
  // "four in 10 voters" its rate
  // ... but "another resident" is not the resident met before, and "all but two" keeps its "all"
  while (
    words.length > 1 &&
    LEADING_DETERMINERS.has(words[0]!.toLowerCase()) &&
    words[0]!.toLowerCase() !== 'another' &&
    words[1]!.toLowerCase() !== 'of' &&
    words[1]!.toLowerCase() !== 'in' &&
    !LEAVING_OUT_WORDS.has(words[1]!.toLowerCase())
  )
    words.shift();
  if (words[0]!.toLowerCase() === 'another') words[0] = 'another';
  const name = words.join(' ');
  // "a report by the agency" with no agency found is a writing, never a body of its own
  const body = BODY_NOUNS.has(head) && !ARTIFACT_NOUNS.has(head);
  const plural = PEOPLE_PLURALS.has(head) || (head.endsWith('s') && !body && !isRoleNoun(head));
  // unnamed people are not "person" entities: the people an article names are counted from those
  const ent = fx.obtain({ ns: 'described', name: name.toLowerCase() }, () => ({
    kind: body ? 'organization' : 'other',
    name,
    words,
    anonymous: !body,
    plural,
    gender: ROLE_GENDER.get(head) ?? 'unknown',
    descriptors: body ? [] : [phrase],
  }));
  if (phrase !== ent.name) fx.alias(ent, phrase); // as written: "an unnamed professor ..."
  fx.record(ent, span, 'descriptor');
  return ent;
}

/**
 * "the analyst" names the person last described as one ("military analyst X", "a spokesperson
 * for Y"); "the prime minister" first looks for one described with both words, so it is not
 * the foreign minister named after the prime minister.
 */
export function describedBefore(store: EntityStore, span: Span, role: string): Ent | undefined {
  const words = descriptorWords(store.text.slice(span.start, span.end));
  const at = words.lastIndexOf(role);
  const modifier = at > 0 && !DETERMINERS.has(words[at - 1]!) ? words[at - 1] : undefined;
  const compound = (d: string[]) => d.some((w, k) => w === role && d[k - 1] === modifier);
  const kinds = ROLE_KINDS.get(role) ?? [];
  const titles = TITLE_ROLES.get(role);
  // a description that named someone before names them again, unless it says only where they
  // live or whom they work for ("the Eastvale resident" may be any of several)
  const byPhrase = !isRoleFacet(role);
  // "the first officer" is not "the chief operating officer": a rank or an office's field before
  // the role names that office, found only in someone described with it or with the role alone
  const office = !!modifier && isOfficeQualifier(modifier);
  // (and "the governor" is not "Deputy Governor Mette Lund")
  const fits = (d: string[]) =>
    office
      ? d.some((w, k) => w === role && (k === 0 || DETERMINERS.has(d[k - 1]!)))
      : d.some((w, k) => w === role && !SECOND_RANKS.has(d[k - 1]!));
  // "the NDP leader" is no "Northstar president": a name before the role must be in a
  // description that gives it another word for the role (but "the Russian leader" is its president)
  const named =
    !!modifier &&
    !DEMONYMS.has(modifier) &&
    namesModifier(store.text.slice(span.start, span.end), modifier);
  const ofKind = (d: string[]) =>
    d.some((w) => kinds.includes(w)) && (!named || d.includes(modifier));
  return (
    (modifier ? lastDescribed(store, span, compound, byPhrase) : undefined) ??
    lastDescribed(store, span, fits, byPhrase) ??
    (kinds.length ? lastDescribed(store, span, ofKind, byPhrase) : undefined) ??
    (titles ? lastTitled(store, span, titles) : undefined)
  );
}

/**
 * "An industry survey indicated ... The survey found": the writing last described with the noun
 * (a writing, never a person described by it: "the author of the book" is not "the book"); with
 * a word before the noun ("the Eastvale lawsuit") only one described with both words.
 */
export function describedWritingBefore(
  store: EntityStore,
  span: Span,
  noun: string,
): Ent | undefined {
  const words = descriptorWords(store.text.slice(span.start, span.end));
  const at = words.lastIndexOf(noun);
  const modifier = at > 0 && !DETERMINERS.has(words[at - 1]!) ? words[at - 1] : undefined;
  const fits = (d: string[]) =>
    d.some((w, k) => w === noun && (!modifier || d[k - 1] === modifier));
  let found: Ent | undefined;
  store.index.eachBefore(span.start, LOOKBACK, (m) => {
    const ent = m.ent;
    if (
      ent.kind === 'other' &&
      ent.anonymous &&
      ent.descriptors.some((d) => fits(descriptorWords(d)))
    )
      found = ent;
    return found !== undefined;
  });
  return found;
}

/** Sentences after a role description within which the person it introduces is named. */
const SENTENCES_AHEAD = 2;

/**
 * "A Brookfield police sergeant told a jury ... Sgt. Ann Roe testified", "a forest ecologist has
 * warned ... Dr. Ines Roe, an ecologist, said": a lede's description of someone not met before
 * introduces the person named with that role in the next sentences.
 */
export function describedAfter(store: EntityStore, span: Span, role: string): Ent | undefined {
  const last = Math.min(store.sentences.length - 1, store.sentenceAt(span.start) + SENTENCES_AHEAD);
  const until = store.sentences[last]?.end ?? span.end;
  let found: Ent | undefined;
  store.index.eachFrom(span.end, (m) => {
    if (m.span.start >= until) return true;
    const ent = m.ent;
    // (not someone met before it: "Ada Kemp, a nurse, said ... Another nurse said")
    const metBefore = ent.mentions.some((other) => other.span.start < span.start);
    if (
      ent.kind === 'person' &&
      !metBefore &&
      ent.descriptors.some((d) => descriptorWords(d).includes(role))
    )
      found = ent;
    return found !== undefined;
  });
  return found ?? namedNext(store, span, role, until);
}

/** Sentences opening the text within which a description is the story's lede. */
const LEDE_SENTENCES = 3;

/**
 * "A former bookkeeper testified ... Lydia Fairweather told the court": the first person named
 * after the lede, met there first, opening the sentence with no apposition ("Ann Roe, the
 * victim's mother, said" is someone else); not for a spokesperson, who may stay unnamed.
 */
function namedNext(store: EntityStore, span: Span, role: string, until: number): Ent | undefined {
  if (store.sentenceAt(span.start) >= LEDE_SENTENCES || UNNAMED_SOURCE_ROLES.has(role)) return;
  let found: Ent | undefined;
  store.index.eachFrom(span.end, (m) => {
    if (m.span.start >= until) return true;
    if (m.ent.kind !== 'person' || m.form !== 'name') return false;
    const opens = store.sentences[store.sentenceAt(m.span.start)]?.start === m.span.start;
    const first = m.ent.mentions.every((other) => other.span.start >= m.span.start);
    // (what an apposition says is not recorded yet: a comma, but for an age, may give a role)
    const after = store.text.slice(m.span.end, m.span.end + 8);
    const bare = !after.startsWith(',') || AGE_AFTER_NAME.test(after);
    if (opens && first && bare) found = m.ent;
    return true; // only the first person named after the lede
  });
  return found;
}

/** The person last mentioned with one of these titles before the name ("Dr", "Prof.", "Sister"). */
function lastTitled(store: EntityStore, span: Span, titles: readonly string[]): Ent | undefined {
  const width = Math.max(...titles.map((title) => title.length));
  let found: Ent | undefined;
  store.index.eachBefore(span.start, LOOKBACK, (m) => {
    if (m.ent.kind !== 'person' || m.form !== 'name') return false;
    const before = store.text.slice(
      Math.max(0, m.span.start - width - 3),
      m.span.start + width + 2,
    );
    const words = before.toLowerCase().split(/[\s.]+/);
    if (titles.some((title) => words.includes(title))) found = m.ent;
    return found !== undefined;
  });
  return found;
}

/** A description's words, and the role each abbreviated title stands for ("Gov." is "governor"). */
/** Whether the phrase writes `modifier` (lower case) with a capital: "the NDP leader". */
function namesModifier(phrase: string, modifier: string): boolean {
  const at = phrase.toLowerCase().indexOf(modifier);
  return at >= 0 && phrase[at] !== modifier[0];
}

function descriptorWords(phrase: string): string[] {
  const lower = phrase.toLowerCase();
  const words = lower.split(/[\s,]+/);
  // (a title alone may be written without its period, as British copy does: "Cllr")
  const alone = words.length === 1;
  for (const word of words) {
    const bare = word.endsWith('.') ? word.slice(0, -1) : alone ? word : undefined;
    const role = bare ? TITLE_ABBREVIATIONS.get(bare) : undefined;
    if (role) words.push(role);
  }
  // "chief financial officer" is the CFO
  for (const [spelled, acronym] of OFFICE_ACRONYMS)
    if (lower.includes(spelled)) words.push(acronym);
  return words;
}

/**
 * The person (or one unnamed someone) last mentioned with a descriptor whose words `fits`, or
 * (`byPhrase`) last mentioned by such a description ("says the founder of the Corner Press" ... "the
 * proprietor said").
 */
function lastDescribed(
  store: EntityStore,
  span: Span,
  fits: (words: string[]) => boolean,
  byPhrase: boolean,
): Ent | undefined {
  let found: Ent | undefined;
  store.index.eachBefore(span.start, LOOKBACK, (m) => {
    const ent = m.ent;
    if (
      (ent.kind === 'person' || (ent.anonymous && !ent.plural)) &&
      (ent.descriptors.some((d) => fits(descriptorWords(d))) ||
        (byPhrase &&
          m.form === 'descriptor' &&
          fits(descriptorWords(store.text.slice(m.span.start, m.span.end)))))
    )
      found = ent;
    return found !== undefined;
  });
  return found;
}

/**
 * "Everyone but Tom Bell", "no one except the mayor": a whole group with someone left out of
 * it opens the phrase. The group speaks; whoever is named after it is not the speaker.
 */
export function leavesSomeoneOut(tokens: readonly Token[]): boolean {
  const first = tokens[0]?.lower ?? '';
  const noOne = first === 'no' && tokens[1]?.lower === 'one';
  if (!noOne && (first === 'one' || !WHOLE_GROUP_WORDS.has(first))) return false;
  return LEAVING_OUT_WORDS.has(tokens[noOne ? 2 : 1]?.lower ?? '');
}
