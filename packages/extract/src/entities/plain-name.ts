// A capitalised run with no title or class word: a person, or what the clues around it say.
import { isRoleNoun } from './role-words.js';
import type { Token } from '../text/tokens.js';
import { DEMONYMS, FIRST_NAME_GENDER, GAZETTEER } from './gazetteer.js';
import { HONORIFIC_GENDER, TEAM_ROLE_WORDS } from './data/people.js';
import { isDictionaryPhrase } from './data/dictionary.js';
import {
  CONNECTORS,
  MARKET_INDEX_NOUNS,
  THING_WORDS,
  PARTY_NAMES,
  PARTY_WORDS,
} from './data/name-words.js';
import { NAME_PARTICLES } from './data/words.js';
import { ARTICLES, GIVEN_NAME_MONTHS, PREPOSITIONS } from '../lexicon/words.js';
import {
  type Candidate,
  type Ctx,
  candidate,
  withoutNameSuffixes,
  withoutLettersAfter,
  isLettersAfterName,
  isSpeechVerb,
  hasDigit,
  isPossessive,
  isCommonWord,
  isSurnameFirst,
  isTitleWord,
  withoutParticle,
} from './name-scan.js';
import { addContext } from './name-context.js';
import { datelinePart } from './dateline-names.js';
import { hasEchoedWord, namesAWork } from './thing-clues.js';
import { placeAfterOf, placeByContext } from './place-names.js';
import { afterSomeonesPreposition } from './resolve/served.js';
import {
  isAged,
  isBrandShaped,
  isInitials,
  isPriced,
  isQuotedTitle,
  listOfBodies,
  MAX_NAME_WORDS,
  type NameRun,
  namesAThing,
  nameAfterThe,
  withoutPluralS,
} from './name-clues.js';

/** 7. a team after "the", a thing, a group, or a name: people have two to four name words. */
export function plainName(ctx: Ctx, r: NameRun): void {
  const reading = readingByClues(ctx, r);
  if (reading === NOBODY) return;
  if (reading) ctx.out.push(candidate(ctx, r.start, r.end, reading));
  else ctx.out.push(...nameOrPhrase(ctx, r));
}

/** Two words given with an age, no title first and no article before: "Ivo Major, 4,". */
function agedName(ctx: Ctx, r: NameRun): boolean {
  return (
    r.wordIdx.length === 2 &&
    isAged(ctx, r.end) &&
    !isTitleWord(r.lowers[0]!) &&
    !ARTICLES.has(ctx.tokens[r.start - 1]?.lower ?? '')
  );
}

/**
 * "Vitamin D", "Plan B": a word and a lone letter name a thing, not anyone (but after a known
 * first name, "Malcolm X"; and "I" is the pronoun: "As Secretary I championed ...").
 */
function wordAndLetter(r: NameRun): boolean {
  const [first, letter] = r.lowers;
  return (
    r.wordIdx.length === 2 &&
    letter?.length === 1 &&
    letter !== 'i' &&
    !r.knownFirst &&
    !isTitleWord(first!)
  );
}

/** The run names nobody: a bare title, a photo credit, a demonym alone. */
const NOBODY = 'nobody';

/**
 * What the run's shape and the words around it say it names, before it is read as a name:
 * a kind, NOBODY, or undefined when they say nothing.
 */
function readingByClues(ctx: Ctx, r: NameRun): Candidate['kind'] | typeof NOBODY | undefined {
  const { tokens } = ctx;
  const { start, end, wordIdx, lowers } = r;
  if (namesMarketIndex(ctx, r)) return 'other';
  if (wordIdx.length > 1 && !r.knownFirst && bodyBeforeRole(ctx, end)) return 'organization';
  const afterThe = nameAfterThe(ctx, r);
  if (afterThe) return afterThe;
  const dateline = datelinePart(ctx, start, end);
  if (dateline) return dateline;
  const lastToken = tokens[end - 1]!;
  // 7. a name: people have two to four name words; a lone word needs evidence
  // ... but a lone word that speaks is a surname ("Day said"), unless an origin ("a rival from X")
  const speaks =
    wordIdx.length === 1 &&
    (isSpeechVerb(ctx, end) || isSpeechVerb(ctx, start - 1)) &&
    !afterSomeonesPreposition(tokens, ctx.initial, start);
  if (namesNoOne(r)) return NOBODY;
  if (
    (lowers.some((w) => THING_WORDS.has(w)) && !r.knownFirst && !speaks) ||
    wordIdx.length > MAX_NAME_WORDS
  ) {
    return 'other';
  }
  // names have no digits: "Bill C-69", "Highway 401"
  if (hasDigit(lowers) || wordAndLetter(r)) return 'other';
  // "Opposition MPs", "CEOs": the plural of an abbreviation is a group, not a person
  if (isAbbreviationPlural(ctx.text, lastToken)) return 'other';
  // "Virginia Democrats", "Rohingya Muslim": a group, not a person
  const lastWord = lowers[lowers.length - 1]!;
  const lastSingular = withoutPluralS(lastWord);
  // ... but after a known first name (not a place: "Georgia") the word is a surname: "Tom Green"
  const surnamed =
    wordIdx.length > 1 && r.knownFirst && !GAZETTEER.has(lowers[0]!) && lastWord === lastSingular;
  const group =
    DEMONYMS.has(lastWord) || DEMONYMS.has(lastSingular) || PARTY_WORDS.has(lastSingular);
  if (group && !surnamed) {
    // "Ruiz, a Democrat,", "the Republican nominee": one member of a party, or the party as an
    // adjective, is what someone is, not a thing named ("Labour" alone is the party, and one
    // who speaks is someone of that surname: "Green said", "quipped Green")
    const member = wordIdx.length === 1 && !lastWord.endsWith('s') && !PARTY_NAMES.has(lastWord);
    if (member && !isSpeechVerb(ctx, end) && !isSpeechVerb(ctx, start - 1)) return NOBODY;
    return lastWord.endsWith('s') ? 'organization' : 'other';
  }
  // a title with no name after it ("Prime Minister", "Health Minister") names nobody by itself
  // but after a known first name a last word that is also a title is a surname: "Daniel Major",
  // and so it is in a name given with an age ("Ivo Major, 4,")
  const surnameLast =
    (r.knownFirst || agedName(ctx, r)) &&
    wordIdx.length > 1 &&
    wordIdx.length <= 3 &&
    !lastWord.endsWith('s');
  // (letters after a name are no title: "Kiri Matagi MP")
  const named = wordIdx.length > 2 && isLettersAfterName(lastWord) ? lowers.slice(0, -1) : lowers;
  const titles = surnameLast ? named.slice(0, -1) : named;
  if (titles.some((w) => isRoleNoun(w) || HONORIFIC_GENDER.has(w))) return NOBODY;
  // a photo credit ("Jane Roe/The Canadian Press") is not someone the article mentions
  if (ctx.tokens[end]?.lower === '/') return NOBODY;
  // a title in quotation marks ('an app called "Tide Meter"'), a product with its price
  if (isQuotedTitle(ctx, start, end) || isPriced(ctx, end)) return 'other';
  if (!r.knownFirst && hasEchoedWord(lowers)) return 'other'; // "Tutti Frutti"
  if (namesAWork(ctx, r)) return 'other'; // "the cartoon Bobo Starfinder"

  if (wordIdx.length === 1 && DEMONYMS.has(withoutPluralS(lowers[0]!))) return NOBODY; // "Americans"
  // "TransLink", "Coastal GasLink": a capital inside a word marks a brand, not a surname
  // (surnames do it after a prefix: McAdam, MacLeod, DeSantis, LeBlanc, O'Neil)
  if (!r.knownFirst && hasBrandShapedWord(ctx, r.wordIdx)) {
    return 'organization';
  }
  if (placeByContext(ctx, start, end) || placeAfterOf(ctx, start, end)) {
    return 'location';
  }
  const fullName = r.knownFirst && wordIdx.length === 2;
  if (listOfBodies(ctx, start, fullName) || (!r.knownFirst && workplaceAfterRole(ctx, r))) {
    return 'organization';
  }
  const thing = namesAThing(ctx, start, end);
  if (thing) {
    return thing;
  }
}

/** "the TechForty index": a market's index, one word (but "the Goldman Sachs index" is the firm's). */
function namesMarketIndex(ctx: Ctx, r: NameRun): boolean {
  const next = ctx.tokens[r.end];
  return r.wordIdx.length === 1 && !!next && !next.cap && MARKET_INDEX_NOUNS.has(next.lower);
}

/** "older Australians" (people of a nation in the plural), "E. coli" (a lone initial): no one. */
function namesNoOne(r: NameRun): boolean {
  if (r.wordIdx.length !== 1) return false;
  const word = r.lowers[0]!;
  const singular = withoutPluralS(word);
  return word.replace('.', '').length === 1 || (word !== singular && DEMONYMS.has(singular));
}

/** Lower-case words a role may take before a name: "head coach", "assistant general manager". */
const MAX_ROLE_WORDS = 3;

/**
 * "Delmont Rapids head coach Benny Sarkis", "Harbour Hawks forward Ann Roe": a team's role in
 * lower case between the run and a name makes the run the team the person plays for (asked of
 * two words or more that open on no first name; "Ann Roe aide Ivo Marr" names a person's aide,
 * and "Ann Roe and actor Ivo Marr" two people).
 */
function bodyBeforeRole(ctx: Ctx, end: number): boolean {
  const { tokens } = ctx;
  let k = end;
  while (k < end + MAX_ROLE_WORDS && tokens[k]?.word && !tokens[k]!.cap) {
    if (CONNECTORS.has(tokens[k]!.lower) || PREPOSITIONS.has(tokens[k]!.lower)) return false;
    // "Ann Roe said winger Ivo Marr was hurt": a verb between makes the run its subject
    if (isSpeechVerb(ctx, k)) return false;
    k++;
  }
  if (k === end || !tokens[k]?.word || !tokens[k]!.cap) return false;
  return TEAM_ROLE_WORDS.has(tokens[k - 1]!.lower);
}

/**
 * "an analyst at Karrow Brothers", "a senior nurse with Velmora Health": where someone described
 * by "a" and a role works is a body, not a person (not "a former mayor with Ivo Marr's plan",
 * "a Navy officer at Port Elsby", "protester at Ann Roe rally").
 */
function workplaceAfterRole(ctx: Ctx, r: NameRun): boolean {
  const { tokens } = ctx;
  const link = tokens[r.start - 1]?.lower;
  if ((link !== 'at' && link !== 'with') || isPossessive(tokens[r.end - 1]!)) return false;
  const role = tokens[r.start - 2];
  if (!role?.word || role.cap || !isRoleNoun(role.lower)) return false;
  for (let k = r.start - 3; k >= r.start - 2 - MAX_ROLE_WORDS; k--) {
    const word = tokens[k];
    if (word?.lower === 'a' || word?.lower === 'an') return true;
    if (!word?.word || word.cap) return false;
  }
  return false;
}

/** A word of the run is shaped like a brand (a loop, not a closure over the caller's locals). */
function hasBrandShapedWord(ctx: Ctx, wordIdx: readonly number[]): boolean {
  for (const k of wordIdx) {
    const token = ctx.tokens[k]!;
    if (isBrandShaped(ctx.text.slice(token.start, token.end))) return true;
  }
  return false;
}

/** "MPs", "CEOs": capitals and a small "s" (a small ASCII letter second rules it out at once). */
function isAbbreviationPlural(text: string, token: Token): boolean {
  const second = text.charCodeAt(token.start + 1);
  return (
    token.lower.endsWith('s') &&
    !(second >= 97 && second <= 122) &&
    /^\p{Lu}{2,}s$/u.test(text.slice(token.start, token.end))
  );
}

/** A name-shaped run: a person (with gender and context), or a phrase in Title Case. */
function nameOrPhrase(ctx: Ctx, r: NameRun): Candidate[] {
  const { start, end, wordIdx, lowers } = r;
  const c = candidate(ctx, start, withoutLettersAfter(ctx, start, end), 'unknown');
  c.words = withoutNameSuffixes(c.words);
  if (!c.words.length) return [];
  // a surname first ("Kim Jong-un") says nothing of gender
  if (!isSurnameFirst(c.words)) c.gender = FIRST_NAME_GENDER.get(lowers[0]!) ?? 'unknown';
  addContext(ctx, c, start, end);
  // two to four name-shaped words are a person unless they look like a phrase in Title Case
  // (read only for a run no context has shown to be a person)
  if (wordIdx.length > 1 && !c.person) {
    // ... a name in capitals too, when it opens on a first name ("MARIA OKONJO, the host")
    const shouting = c.words.some(isShouting) && !(r.knownFirst && wordIdx.length <= 3);
    if (!shouting && (r.knownFirst || !hasCommonWord(ctx, r))) c.person = true;
    // what speaks but is no person is a body: "the Silver Courier reported" (and so is what its
    // apposition calls one: "River Watch, a conservation charity")
    else if (c.kind === 'unknown')
      c.kind = shouting || isSpeechVerb(ctx, end) ? 'organization' : 'other';
  }
  if (c.person) c.kind = 'person';
  return [c];
}

/** A word in capitals; initials ("P.J.", "A.J.") are capitals too, but not shouting. */
function isShouting(w: string): boolean {
  return w.length > 1 && w === w.toUpperCase() && /\p{L}/u.test(w) && !isInitials(w);
}

/** A word of the run the text also writes in lower case, or a dictionary phrase: a sign of a phrase. */
function hasCommonWord(ctx: Ctx, r: NameRun): boolean {
  const { wordIdx, lowers } = r;
  for (let n = 0; n < lowers.length; n++) {
    const w = lowers[n]!;
    // a particle inside the name ("Pieter van Berg") is written in lower case: no sign of a phrase
    if (n > 0 && NAME_PARTICLES.has(w) && !ctx.tokens[wordIdx[n]!]!.cap) continue;
    // ... nor is a month's short form that opens a name ("Jan Berg")
    if (n === 0 && GIVEN_NAME_MONTHS.has(w)) continue;
    if (withoutParticle(w) === w && isCommonWord(ctx, w)) return true;
  }
  return isDictionaryPhrase(lowers);
}
