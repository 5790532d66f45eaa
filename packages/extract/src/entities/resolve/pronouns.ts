import type { Span } from '@sourcetrace/article-model';
import { PREPOSITIONS } from '../../lexicon/words.js';
import { KIN_GROUPS, ROLE_GENDER, type Gender } from '../data/people.js';
import {
  FRONTED_PARTICIPLES,
  HE,
  IT,
  LOOKBACK,
  RELATIVE,
  SHE,
  THEY,
} from '../data/source-words.js';
import { dryEffects, type Effects, type EntityStore } from '../store.js';
import { toldDeadBefore } from './deceased.js';
import type { Ent, Mention } from '../types.js';
import { isRoleNoun } from '../role-words.js';
import { closesFrontedPhrase } from '../apposition-clues.js';
import { askedJustBefore } from './asked.js';

/**
 * The antecedent of a pronoun among the fitting mentions before it, outside quoted words:
 * within this and the previous sentence (or only this one, for `reach` 'sentence'), the
 * sentence's first name, then a recent speaker, then a sentence's first name, then the
 * nearest; further back, the nearest (unless `reach` keeps to the window).
 */
export function antecedent(
  store: EntityStore,
  span: Span,
  fits: (e: Ent, m: Mention) => boolean,
  reach: 'sentence' | 'window' | 'salient' | 'any' = 'any',
): Ent | undefined {
  const sentences = store.sentences;
  const here = store.sentenceAt(span.start);
  const windowStart = sentences[Math.max(0, reach === 'sentence' ? here : here - 1)]?.start ?? 0;
  const windowOnly = reach !== 'any';
  const sentenceStart = sentences[here]?.start ?? 0;
  // in the pronoun's own sentence, the subject before it ("Ann Roe said she ..."), else the nearest
  let inSentence: Ent | undefined;
  let inSentenceFirst = false;
  let nearest: Ent | undefined;
  let speaker: Ent | undefined;
  let subject: Ent | undefined;
  // Before the window: the last fitting speaker, else the nearest fitting mention (a victim or
  // an object named since is less salient than whoever was speaking).
  let farSpeaker: Ent | undefined;
  let farNearest: Ent | undefined;
  // ... unless someone was made a sentence's subject since that speaker spoke ("Kevin Marlow
  // agreed with the finding. [...] "...," he said."): the newcomer is who carries on
  let farSubject: Ent | undefined;
  store.index.eachBefore(span.start, LOOKBACK, (m) => {
    if (m.quoted || !fits(m.ent, m) || store.inDateline(m)) return false;
    if (m.span.start < windowStart) {
      if (nearest || windowOnly) return true;
      if (m.speaker) farSpeaker = m.ent;
      else farNearest ??= m.ent;
      if (!farSpeaker && store.isSentenceFirst(m) && standsAsSubject(store, m.span))
        farSubject ??= m.ent;
      return farSpeaker !== undefined;
    }
    nearest ??= m.ent;
    if (m.speaker) speaker ??= m.ent;
    const first = store.isSentenceFirst(m);
    // (read backwards: the subject of the last clause, "..., but Ann Roe disagreed", comes first)
    if (!subject && (first || opensJoinedClause(store.text, m.span))) subject = m.ent;
    // read backwards, the last first-of-its-kind seen here is the leftmost: the subject
    if (m.span.start >= sentenceStart && (first || !inSentenceFirst)) {
      inSentence = m.ent;
      inSentenceFirst ||= first;
    }
    return false;
  });
  // 'salient': only whoever spoke in the window, never a mere mention
  if (reach === 'salient') return speaker;
  return farSubject ?? farSpeaker ?? inSentence ?? speaker ?? subject ?? nearest ?? farNearest;
}

/** The name opens a clause joined on with ", but", ", while" or a semicolon: its subject. */
function opensJoinedClause(text: string, span: Span): boolean {
  return JOINED_CLAUSE_BEFORE.test(text.slice(Math.max(0, span.start - 10), span.start));
}

const JOINED_CLAUSE_BEFORE = /(?:,\s*(?:but|while|whereas|yet)|;)\s+$/;

/**
 * A name that opens a clause of its sentence or is what a verb acts on ("Kevin Marlow agreed",
 * "I asked barber Ray Moss"), not one inside a prepositional phrase ("founded by Pia Hall").
 */
function standsAsSubject(store: EntityStore, span: Span): boolean {
  const start = store.sentences[store.sentenceAt(span.start)]?.start ?? 0;
  const before = store.text.slice(Math.max(start, span.start - 40), span.start).trim();
  const last = before.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  return !PREPOSITIONS.has(last);
}

/**
 * `Asked what he would tell Mayor Tom Vey, he said ...`, `Speaking to Ann Roe, she ...`: the
 * names in a fronted participle phrase are who was asked or spoken to, not the pronoun after it.
 */
function afterFrontedParticiple(store: EntityStore, span: Span): boolean {
  const start = store.sentences[store.sentenceAt(span.start)]?.start ?? 0;
  const before = store.text.slice(start, span.start).trimEnd();
  if (!before.endsWith(',')) return false;
  const first = /^\p{Lu}\p{Ll}+/u.exec(before)?.[0].toLowerCase() ?? '';
  return FRONTED_PARTICIPLES.has(first) || (first.length > 4 && first.endsWith('ing'));
}

/** The entity a pronoun stands for, if one fits; a gender it agrees with sticks. */
export function resolvePronoun(
  store: EntityStore,
  fx: Effects,
  span: Span,
  lower: string,
  /** What the pronoun's speaker said: someone named in it is not the speaker. */
  said: readonly Span[] = [],
  /** How many sentences back a chain of opening pronouns may still be followed. */
  chain = MAX_CHAIN,
  /** Someone unnamed and new opening the sentence before, made an entity when asked for. */
  unnamedBefore?: (want: Gender) => Ent | undefined,
): Ent | undefined {
  // "Obi and two cooks sheltered in the pantry, he said": whoever the words name in the third person is
  // not who speaks them
  const inSaid = new Set(said.flatMap((s) => store.index.overlapping(s).map((m) => m.ent)));
  const named = (e: Ent) => inSaid.has(e);
  if (HE.has(lower) || SHE.has(lower))
    return personPronoun(store, fx, span, lower, named, chain, unnamedBefore);
  if (IT.has(lower)) {
    // "Velmora will open a plant in Ostby next year, it said": a body that opens what it said
    // speaks of itself in the third person, as companies and agencies do
    const first = said[0];
    const opener = first ? store.index.firstFrom(first.start) : undefined;
    const opens =
      !!first &&
      !!opener &&
      /^(?:the\s+)?$/i.test(store.text.slice(first.start, opener.span.start)) &&
      SUBJECT_OF_VERB.test(store.text.slice(opener.span.end, opener.span.end + 20));
    const self = (e: Ent) => opens && e.kind === 'organization' && opener?.ent === e;
    return antecedent(
      store,
      span,
      (e, m) =>
        !e.plural &&
        (!named(e) || self(e)) &&
        (e.kind === 'organization' ||
          // a place named after a preposition ("a plant in Ostby") is where, not who
          (e.kind === 'location' && standsAsSubject(store, m.span)) ||
          (e.kind === 'other' && e.anonymous)),
    );
  }
  if (THEY.has(lower)) {
    // "Sam Okoro, who uses they/them pronouns, ...": the person the text says goes by "they"
    const declared = (e: Ent) => e.kind === 'person' && !named(e) && goesByThey(store, e);
    return antecedent(
      store,
      span,
      (e) => !named(e) && (e.plural || e.kind === 'organization' || declared(e)),
    );
  }
  if (RELATIVE.has(lower))
    return antecedent(store, span, (e) => e.kind === 'person' || e.kind === 'organization');
  return undefined;
}

/** "he" or "she": the person it stands for, by salience, then gender; a gender it agrees with sticks. */
function personPronoun(
  store: EntityStore,
  fx: Effects,
  span: Span,
  lower: string,
  named: (e: Ent) => boolean,
  chain: number,
  unnamedBefore: ((want: Gender) => Ent | undefined) | undefined,
): Ent | undefined {
  const want: Gender = HE.has(lower) ? 'male' : 'female';
  const single = (e: Ent) => (e.kind === 'person' || unnamedPerson(e)) && !e.plural && !named(e);
  // a person known to fit nearby beats one of unknown gender
  const agrees = (e: Ent) => single(e) && (e.gender === want || e.gender === 'unknown');
  // ... and is no name closing a phrase fronted before the pronoun ("After meeting Ann Roe, she")
  const sentenceStart = store.sentenceStartBack(span.start, 0);
  const fitting = (e: Ent, m: Mention) => agrees(e) && !closesFrontBefore(store, m, sentenceStart);
  // ... except that the speaker just before, of unknown gender, beats someone
  // merely mentioned ("Tarn Kettle said ... lawmakers and Ivo Marsh. "...," he said.")
  const ent =
    (afterFrontedParticiple(store, span)
      ? undefined
      : antecedent(store, span, fitting, 'sentence')) ??
    askedJustBefore(store, span, fitting) ??
    antecedent(store, span, fitting, 'salient') ??
    unnamedBefore?.(want) ??
    (chain > 0 ? pronounChain(store, span, lower, chain - 1) : undefined) ??
    antecedent(
      store,
      span,
      (e, m) => fitting(e, m) && e.gender === want && !namedAsOwner(store, m),
      'window',
    ) ??
    loneName(store, fx, span) ??
    antecedent(store, span, fitting);
  // someone the text tells is dead, who has not spoken in it, gives way to whoever spoke last
  // ("said churchwarden Alf Peel. Mr Dunmore, who died on Monday, ... "...," he said.")
  const alive =
    ent && toldDeadBefore(store, ent, span) ? lastSpeaker(store, span, agrees) : undefined;
  if (alive) return alive;
  if (ent && ent.gender === 'unknown' && !ent.anonymous) fx.gender(ent, want); // agreement sticks for later pronouns
  return ent;
}

/** The mention closes a phrase fronted before its sentence's main clause, its comma right after it. */
function closesFrontBefore(store: EntityStore, m: Mention, sentenceStart: number): boolean {
  return (
    m.span.start > sentenceStart &&
    store.text.charCodeAt(m.span.end) === COMMA &&
    closesFrontedPhrase(store.text, sentenceStart, m.span.start)
  );
}

const COMMA = 44;

/** "they/them", written as a person's pronouns ("uses they/them pronouns", "(they/them)"). */
const THEY_THEM = /\bthey\s*\/\s*them\b/i;

/** Whether each text writes "they/them" at all: most never do, and then no name is read. */
const writesTheyThem = new WeakMap<EntityStore, boolean>();

/** The person is said to go by "they": "they/them" within the sentence of a mention by name. */
function goesByThey(store: EntityStore, e: Ent): boolean {
  let written = writesTheyThem.get(store);
  if (written === undefined) writesTheyThem.set(store, (written = THEY_THEM.test(store.text)));
  return (
    written &&
    e.mentions.some((m) => {
      if (m.form !== 'name') return false;
      const sentence = store.sentences[store.sentenceAt(m.span.start)];
      return !!sentence && THEY_THEM.test(store.text.slice(m.span.end, sentence.end));
    })
  );
}

/** A sentence opening on "He" or "She" (not inside quote marks). */
const OPENING_PRONOUN = /^(?:he|she)\b/i;

/** Sentences a chain of opening pronouns is followed back: a text of them stays linear. */
const MAX_CHAIN = 3;

/**
 * "Tom Bell was a nurse. He met Paul Cole in 2019. "It changed my life," he said.": when the
 * sentence before opens on a pronoun of the same gender, this one carries on its chain and
 * means whom that one means, not the person it named since.
 */
function pronounChain(
  store: EntityStore,
  span: Span,
  lower: string,
  chain: number,
): Ent | undefined {
  const before = store.sentences[store.sentenceAt(span.start) - 1];
  if (!before) return undefined;
  const opening = OPENING_PRONOUN.exec(store.text.slice(before.start, before.start + 4));
  const word = opening?.[0].toLowerCase();
  if (!word || HE.has(word) !== HE.has(lower)) return undefined;
  const pronoun = { start: before.start, end: before.start + word.length };
  // only a person whose gender is known to agree: a guess is not carried along a chain
  const ent = resolvePronoun(store, dryEffects(store), pronoun, word, [], chain);
  return ent?.kind === 'person' && ent.gender === (HE.has(lower) ? 'male' : 'female')
    ? ent
    : undefined;
}

/**
 * "... hopes the minister will hear Pike's plea": the owner inside a noun phrase is named in
 * passing; that the gender is known does not make that mention win over a subject.
 */
function namedAsOwner(store: EntityStore, m: Mention): boolean {
  return /^['\u2019]s?\b/u.test(store.text.slice(m.span.end, m.span.end + 3));
}

/** A verb right after a name makes it the subject of a clause: "Mulder did not", "Mulder laughed". */
export const SUBJECT_OF_VERB =
  /^\s+(?:(?:did|does|has|had|was|is|will|would|could|can)(?:n?['\u2019]t)?|\p{Ll}+ed)\b/u;

/**
 * "When asked, Mulder did not hesitate. "...," he said.": with no person in reach, a lone name
 * of unknown kind just before is who "he" or "she" means, and so a person.
 */
function loneName(store: EntityStore, fx: Effects, span: Span): Ent | undefined {
  const ent = antecedent(
    store,
    span,
    (e) =>
      e.kind === 'other' &&
      !e.anonymous &&
      !e.plural &&
      e.words.length === 1 &&
      e.name.length > 2 &&
      e.mentions.some(
        (m) =>
          SUBJECT_OF_VERB.test(store.text.slice(m.span.end, m.span.end + 20)) &&
          // "The Kowals turned it down": a name after "the" is a family, a team, a thing
          !store.afterThe(m.span.start),
      ),
    'window',
  );
  if (ent) fx.person(ent);
  return ent;
}

/** An unnamed source described as a person ("an unnamed official"), not a stray phrase. */
function unnamedPerson(e: Ent): boolean {
  return (
    e.anonymous &&
    e.words.some((w) => {
      const lower = w.toLowerCase();
      return isRoleNoun(lower) || ROLE_GENDER.has(lower);
    })
  );
}

/** The last fitting speaker in this or the three sentences before. */
function lastSpeaker(store: EntityStore, span: Span, fits: (e: Ent) => boolean): Ent | undefined {
  const near = store.sentenceStartBack(span.start, 3);
  let found: Ent | undefined;
  store.index.eachBefore(span.start, LOOKBACK, (m) => {
    if (m.span.start < near) return true;
    if (m.speaker && !m.quoted && fits(m.ent)) found = m.ent;
    return found !== undefined;
  });
  return found;
}

/**
 * Whoever spoke last, a person or a body, in this or the three sentences before; or a group
 * that speaks as one ("His family said in a statement ..."), but no writing.
 */
export function recentSpeaker(store: EntityStore, span: Span): Ent | undefined {
  const group = (e: Ent) =>
    e.kind === 'other' && e.anonymous && KIN_GROUPS.has(e.words.at(-1)?.toLowerCase() ?? '');
  return lastSpeaker(
    store,
    span,
    (e) => e.kind === 'person' || e.kind === 'organization' || group(e),
  );
}
