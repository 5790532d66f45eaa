import type { Span } from '@sourcetrace/article-model';
import {
  BUSINESS_NAME_WORDS,
  COUNTRY_DEPARTMENT_NOUNS,
  FIRM_NOUNS,
  NAME_WORDS_FOR_BODY_NOUNS,
  NEAREST_BODY_NOUNS,
  NOT_FIRM_WORDS,
  ORG_WORDS,
  PUBLIC_BODY_WORDS,
} from '../data/organizations.js';
import { PORTFOLIO_FIELDS } from '../data/people.js';
import { COUNTRY_NAMES, DEMONYMS } from '../gazetteer.js';
import { ARTIFACT_NOUNS, GROUP_NOUNS, LOOKBACK, TEAM_NOUNS } from '../data/source-words.js';
import { descriptionHead } from '../name-context.js';
import { isRoleNoun } from '../role-words.js';
import type { Effects, EntityStore } from '../store.js';
import { SUBJECT_OF_VERB } from './pronouns.js';
import type { Ent, Mention } from '../types.js';

/**
 * A name holds the noun as what the body is: "Moravec Bank", "Bank of Norland", but not "Bank
 * Staff Union", "Airline Pilots' Guild" or "University of Vell Faculty Association", whose
 * last word makes them a body of another kind (a business's "Inc." does not); a word the noun
 * stands for, "Linden Vale Medical Centre" for "the hospital", may run on.
 */
function namedWith(words: readonly string[], noun: string, named: (w: string) => boolean): boolean {
  const last = words.length - 1;
  const closing = words[last]!.replace(/['\u2019]s?$/, '');
  const otherKind = ORG_WORDS.has(closing) && !BUSINESS_NAME_WORDS.has(closing);
  return words.some((w, k) => named(w) && (w !== noun || k === last || !otherKind));
}

/** "the chamber" names the organisation last mentioned with that word in its name. */
export function namedBodyBefore(
  store: EntityStore,
  fx: Effects,
  span: Span,
  noun: string,
): Ent | undefined {
  // "the company", "the team", "the group": the business or club last named
  const firm = FIRM_NOUNS.has(noun) || GROUP_NOUNS.has(noun);
  const team = TEAM_NOUNS.has(noun);
  // "the company", "the chain": the business last named, not a public body or an outlet;
  // "the club": not a business either
  const business = FIRM_NOUNS.has(noun);
  const other = (w: string) =>
    PUBLIC_BODY_WORDS.has(w) ||
    (business && NOT_FIRM_WORDS.has(w)) ||
    (team && BUSINESS_NAME_WORDS.has(w));
  // "the force" is "Northmere Police", "the hospital" the "Linden Vale Medical Centre" (but
  // "the task force" is no police force: only the noun alone stands for such a name)
  const phrase = store.text.slice(span.start, span.end).toLowerCase().trim().split(/\s+/);
  const alone = phrase.length <= 2;
  const names = alone ? NAME_WORDS_FOR_BODY_NOUNS.get(noun) : undefined;
  const named = (w: string) => w === noun || names?.has(w) === true;
  const department = alone && COUNTRY_DEPARTMENT_NOUNS.has(noun);
  let found: Ent | undefined;
  /** The nearest business or group whose name lacks the noun. */
  let nearest: Ent | undefined;
  /** ... and the nearest named only as where someone works (", an analyst at ..."). */
  let workplace: Ent | undefined;
  /** ... and a name of no known kind: a firm's acting as a subject, a team's nickname. */
  let unknownBody: Ent | undefined;
  // "the company" is the nearest business; "the bank" one named with the word in this or the
  // sentence before, when there is one, before a nearer firm ("The Bank of Norland held its
  // rate, said an economist at Dunmore Capital. The central bank said ...")
  const nearestWill = NEAREST_BODY_NOUNS.has(noun);
  const near = store.sentenceStartBack(span.start, 1);
  store.index.eachBefore(span.start, LOOKBACK, (m) => {
    const ent = m.ent;
    if (nearest && m.span.start < near) return true;
    if (ent.anonymous || m.quoted || store.inDateline(m)) return false;
    const words = ent.name.toLowerCase().split(/\s+/);
    // "Gresham Airport ... the airport said": a place that the noun names is the body there
    if (ent.kind === 'location' && words.includes(noun)) found = ent;
    if (
      ent.kind === 'other' &&
      (business ? actsAsSubject(store, m) : team && teamByNickname(store, m))
    )
      unknownBody ??= ent;
    if (ent.kind !== 'organization') return found !== undefined;
    // "A new study suggests ...": a writing is no company (but "Harbour Post" is a name)
    const writing = ARTIFACT_NOUNS.has(words[words.length - 1]!) && !/ \p{Lu}/u.test(ent.name);
    // ... or described so: "Zippa, a delivery company," is "the company"
    if (
      (namedWith(words, noun, named) && !otherPortfolio(phrase, words)) ||
      describedAs(ent, noun) ||
      (department && closedByCountry(words))
    )
      found = ent;
    else if (firm && !ent.outlet && !writing && !words.some(other)) {
      if (worksAt(store.text, m.span) || affiliationOfPerson(store, m.span)) workplace ??= ent;
      else nearest ??= ent;
    }
    return found !== undefined || (nearestWill && nearest !== undefined);
  });
  // "the farmers' group", "the tenants' association": a body owned by people in lower case is
  // theirs, no business named before it
  if (ownedByPeople(store.text.slice(span.start, span.end))) return found;
  const body = found ?? nearest ?? workplace;
  if (body || !unknownBody) return body;
  fx.body(unknownBody);
  return unknownBody;
}

/** "Rural Services Canada": a name of two words or more that its country closes. */
function closedByCountry(words: readonly string[]): boolean {
  return words.length > 1 && COUNTRY_NAMES.has(words[words.length - 1]!);
}

/** "The Warriors lost 5-2. The team said ...": a plural name after "the", of no known kind. */
function teamByNickname(store: EntityStore, m: Mention): boolean {
  const ent = m.ent;
  return !ent.anonymous && ent.name.endsWith('s') && store.afterThe(m.span.start);
}

/**
 * "Keystone Insight published a note. The firm said ...": a name of two words or more, of no
 * known kind, opening its sentence before a verb.
 */
function actsAsSubject(store: EntityStore, m: Mention): boolean {
  const ent = m.ent;
  return (
    !ent.anonymous &&
    !ent.plural &&
    ent.words.length > 1 &&
    m.span.start === store.sentenceStartBack(m.span.start, 0) &&
    SUBJECT_OF_VERB.test(store.text.slice(m.span.end, m.span.end + 20))
  );
}

/**
 * "the foreign ministry" after "the Ministry of Trade", "the French health ministry" after "the
 * German Health Ministry": the description names a field or a nation, the body's name another.
 */
export function otherPortfolio(
  described: readonly string[],
  nameWords: readonly string[],
): boolean {
  const clash = (of: (w: string) => string | undefined): boolean => {
    const said = described.map(of).filter((w) => w !== undefined);
    const named = nameWords.map(of).filter((w) => w !== undefined);
    return said.length > 0 && named.length > 0 && !said.some((w) => named.includes(w));
  };
  const field = (w: string) => (PORTFOLIO_FIELDS.has(w) ? w : undefined);
  return clash(field) || clash((w) => DEMONYMS.get(w));
}

/** A possessive in lower case right before the last word: "the farmers' group". */
const ownedByPeople = (phrase: string): boolean => PEOPLE_OWNER.test(phrase);
const PEOPLE_OWNER = /\b\p{Ll}+(?:s['\u2019]|['\u2019]s)\s+\p{Ll}+$/u;

/**
 * "said Omar Farouk, an analyst at Brightwater Securities": a firm named in an apposition as
 * where someone works, in passing; "the company" is rather the one the story is about (but
 * "Ann Roe worked as a director at Harbour Logistics. The company said ..." is her firm).
 */
function worksAt(text: string, span: Span): boolean {
  const before = APPOSED_WORKPLACE.exec(text.slice(Math.max(0, span.start - 60), span.start));
  return before !== null && isRoleNoun((before[1] ?? before[2])!.toLowerCase());
}

/**
 * ", an analyst at", ", a senior economist with the", ", president of": the role noun is
 * captured (with "of", a role written bare: "Ann Ross, president of Unifor Local 100,").
 */
const APPOSED_WORKPLACE =
  /,\s+(?:an?\s+(?:[\p{Ll}-]+\s+){0,3}?(\p{Ll}+)\s+(?:at|with)|(\p{Ll}+)\s+of)\s+(?:the\s+)?$/u;

/**
 * "said Priya Nand of Castellan Capital", "Ivo Marr, from Dunmore Bank,": a firm right after a
 * person's name and "of", "from", "at" or "with" is where that person works, named in passing.
 */
function affiliationOfPerson(store: EntityStore, span: Span): boolean {
  const link = PERSON_LINK.exec(store.text.slice(Math.max(0, span.start - 12), span.start));
  if (!link) return false;
  const nameEnd = span.start - link[0].length;
  return store.index
    .overlapping({ start: nameEnd - 1, end: nameEnd })
    .some((m) => m.ent.kind === 'person' && m.span.end === nameEnd);
}

/** The link between a name and its workplace: " of ", ", from the ", " at ". */
const PERSON_LINK = /,?\s+(?:of|from|at|with)\s+(?:the\s+)?$/u;

/**
 * The body is described with the noun at the head: "a delivery company" for "the company" ("a
 * group preparing for the campaign" is no campaign).
 */
function describedAs(ent: Ent, noun: string): boolean {
  return ent.descriptors.some((d) => descriptionHead(d) === noun);
}

/**
 * "Norland's official NPA news agency", "the Harbour Press news service": a body named
 * before the common nouns that close the head is the speaker they describe.
 */
export function bodyBeforeNoun(
  store: EntityStore,
  named: Mention[],
  headEnd: number,
): Mention | undefined {
  return named
    .filter(
      (m) =>
        m.ent.kind === 'organization' &&
        m.span.end < headEnd &&
        LOWERCASE_WORDS.test(store.text.slice(m.span.end, headEnd)),
    )
    .pop();
}

/** Nothing but lowercase words: the common nouns after a name. */
const LOWERCASE_WORDS = /^(?:\s+\p{Ll}[\p{Ll}-]*)+$/u;
