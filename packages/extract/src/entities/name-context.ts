import type { Token } from '../text/tokens.js';
import { FIRST_NAME_GENDER } from './gazetteer.js';
import {
  PEOPLE_PLURALS,
  ROLE_BY_VERB,
  ROLE_GENDER,
  ROLE_VERB_ADVERBS,
  ROLE_VERB_PARTICLES,
  APPOINTING_PARTICIPLES,
  AGE_COMPARATIVES,
} from './data/people.js';
import { ARTIFACT_NOUNS, isBodyNoun } from './data/source-words.js';
import { ARTICLES, PREPOSITIONS } from '../lexicon/words.js';
import { portfolioTitleSetOff } from './portfolio.js';
import {
  type Candidate,
  type Ctx,
  isCap,
  isPossessive,
  isNameToken,
  isSpeechVerb,
  isNumberModifier,
} from './name-scan.js';
import { DETERMINER_WORDS, ROLE_LINK_ADJECTIVES, ROLE_LINKS } from './data/name-words.js';
import { isRoleNoun } from './role-words.js';
import { descriptorStart } from './descriptor-start.js';
import { capitalisedRoleAfterArticle } from './portfolio.js';
import { isDictionaryWord } from './data/dictionary.js';
import { givenAsName, isAged } from './name-clues.js';
import { afterSomeonesPreposition } from './resolve/served.js';
import { isAcronym } from './acronyms.js';
import { inFrontedPhrase, roleSpeaksAside } from './apposition-clues.js';

/**
 * Evidence and descriptors around a name: a role noun before it ("military analyst X"), an
 * apposition after or before it ("X, an assistant professor at Y", "Norland's new premier, X"),
 * or a speech verb ("X said", "said X").
 */
export function addContext(ctx: Ctx, c: Candidate, start: number, end: number): void {
  const { tokens, text } = ctx;
  const prev = tokens[start - 1];
  // role noun right before: "energy analyst Dana Whitcombe" (not "the elder Roe": his age)
  const comparative = AGE_COMPARATIVES.has(prev?.lower ?? '') && tokens[start - 2]?.lower === 'the';
  if (prev && prev.word && !isCap(text, prev) && isRoleNoun(prev.lower) && !comparative) {
    c.person = true;
    const from = descriptorStart(ctx, start - 1);
    c.descriptors.push(text.slice(tokens[from]!.start, prev.end));
    c.gender = c.gender !== 'unknown' ? c.gender : (ROLE_GENDER.get(prev.lower) ?? 'unknown');
  }
  // apposition before: "Norland's new premier, Ilse Varga", "a spokesperson for the ministry, Li Wen"
  const role = prev?.lower === ',' ? roleBeforeComma(ctx, start - 2) : -1;
  // after "the mayor of Eastvale," a lone capitalised word is the region ("Vt."), not a name
  const linked = role >= 0 && role !== start - 2;
  if (role >= 0 && (!linked || isNameShaped(c))) {
    c.person = true;
    const from = descriptorStart(ctx, role);
    c.descriptors.push(text.slice(tokens[from]!.start, tokens[start - 2]!.end));
  }
  appositionAfter(ctx, c, start, end);
  // "the Daily Ledger reported": a person's name takes no article
  // nor does a number before it make one ("the 10-year Tarrow note", "(2017 Vell report)")
  const article =
    (prev?.lower === 'the' || isNumberModifier(ctx, start - 1)) &&
    !FIRST_NAME_GENDER.has(c.words[0]!.toLowerCase());
  // (but not where someone comes from: "a rival from Marlow said")
  if (isSpeechVerb(ctx, end) && !article && !afterSomeonesPreposition(tokens, ctx.initial, start))
    c.person = true;
  // "gave his name only as Kwame", "gave only his first name, Yusuf": a first name given as one
  if (c.words.length === 1 && givenAsName(ctx, start)) c.person = true;
  // "Marguerite, who asked that ...": a listed first name that a relative clause for a person
  // follows; "Ruth Oka, who directed the play," is its director, for "the director said" later
  if (tokens[end]?.lower === ',' && tokens[end + 1]?.lower === 'who') {
    if (c.words.length === 1 && FIRST_NAME_GENDER.has(c.words[0]!.toLowerCase())) c.person = true;
    // ... and "Ruth Oka, who is the director of ...," is too
    const role = roleByVerb(tokens, end + 2) ?? roleAfterBe(ctx, end + 2);
    if (role && (c.person || c.words.length > 1)) c.descriptors.push(role);
  }
  // "Ann Roe owns the Corner Press": the verb's subject has its role too (not a body's name)
  // ... and past an age: "Ann Roe, 52, owns the shop"
  const aged = tokens[end]?.lower === ',' && /^\d+$/.test(tokens[end + 1]?.lower ?? '');
  const verbAt = aged && tokens[end + 2]?.lower === ',' ? end + 3 : end;
  // ... or after "is"/"was": "Ann Roe is the owner of ..."
  const subjectRole = tokens[verbAt]?.word
    ? (roleByVerb(tokens, verbAt) ?? roleAfterBe(ctx, verbAt))
    : undefined;
  if (subjectRole && c.kind !== 'organization' && (c.person || isNameShaped(c)))
    c.descriptors.push(subjectRole);
  if (
    prev &&
    (prev.lower === 'said' || prev.lower === 'says') &&
    [',', '.', 'in', 'on', 'at'].includes(tokens[end]?.lower ?? '.')
  )
    c.person = true;
  if (c.person && c.gender === 'unknown') {
    for (const d of c.descriptors) {
      for (const w of d.toLowerCase().split(/\s+/)) {
        const g = ROLE_GENDER.get(w);
        if (g) c.gender = g;
      }
    }
  }
}

/**
 * The role a verb at k gives its subject ("owns" an owner, "coached" a coach), past an adverb
 * ("also owns"); none when a particle gives the verb another sense ("managed to", "runs for").
 */
function roleByVerb(tokens: readonly Token[], k: number): string | undefined {
  const adverb = ROLE_VERB_ADVERBS.has(tokens[k]?.lower ?? '');
  const role = ROLE_BY_VERB.get(tokens[adverb ? k + 1 : k]?.lower ?? '');
  if (!role || ROLE_VERB_PARTICLES.has(tokens[adverb ? k + 2 : k + 1]?.lower ?? ''))
    return undefined;
  return role;
}

/** A link to what a role serves at k, past "responsible": "of the", "responsible for". */
function linksFrom(tokens: readonly Token[], k: number): boolean {
  const at = ROLE_LINK_ADJECTIVES.has(tokens[k]?.lower ?? '') ? k + 1 : k;
  return ROLE_LINKS.has(tokens[at]?.lower ?? '');
}

/** Lowercase words a role after "is the" may take before its noun: "is the longtime owner". */
const BE_ROLE_REACH = 3;

/**
 * "Ann Roe is the owner of the Corner Press", "Tom Bell was a coach": a role after "is"/"was"
 * and an article describes the subject, up to its noun ("the owner"); else undefined.
 */
function roleAfterBe(ctx: Ctx, k: number): string | undefined {
  const { tokens } = ctx;
  const be = tokens[k]?.lower;
  if (be !== 'is' && be !== 'was') return undefined;
  // "Ann Roe was elected mayor in 2019", "... was named the club's coach" (not what may be:
  // "if Ann Roe is elected mayor")
  const appointed = be === 'was' && APPOINTING_PARTICIPLES.has(tokens[k + 1]?.lower ?? '');
  const from = appointed ? (tokens[k + 2]?.lower === 'as' ? k + 2 : k + 1) : k;
  if (appointed && !ARTICLES.has(tokens[from + 1]?.lower ?? ''))
    return ownedRoleAfterBe(ctx, from) ?? roleWords(ctx, from + 1, from + 1);
  if (!ARTICLES.has(tokens[from + 1]?.lower ?? '')) return ownedRoleAfterBe(ctx, from);
  return roleWords(ctx, from + 1, from + 2);
}

/**
 * The description from `first` to a role noun heading it among the lower-case words from
 * `words` on ("the owner of", "foreign minister."), else undefined.
 */
function roleWords(ctx: Ctx, first: number, words: number): string | undefined {
  const { tokens, text } = ctx;
  for (let n = words; n <= words + BE_ROLE_REACH - 1 && tokens[n]?.word; n++) {
    const t = tokens[n]!;
    if (isCap(text, t)) return undefined;
    // the noun heads the phrase: not "the owner's son", not "a coach station"
    const heads = (!tokens[n + 1]?.word && !isPossessive(t)) || linksFrom(tokens, n + 1);
    if (heads && isRoleNoun(t.lower)) return text.slice(tokens[first]!.start, t.end);
  }
  return undefined;
}

/**
 * "Tom Hale is Ana Ruiz's lawyer": after "is" at k, a named owner in the possessive and a role
 * noun heading what follows; the description as written ("Ana Ruiz's lawyer"), else none.
 */
function ownedRoleAfterBe(ctx: Ctx, k: number): string | undefined {
  const { tokens, text } = ctx;
  const first = tokens[k + 1];
  const owner = first?.word && isCap(text, first) ? possessiveEnd(ctx, k + 1) : -1;
  // ("Estravia's foreign minister": lower-case words may come before the role)
  return owner < 0 ? undefined : roleWords(ctx, k + 1, owner + 1);
}

/** A role noun as a description writes it: in lower case, or as an acronym ("the MP", "its CEO"). */
function isRoleToken(ctx: Ctx, t: Token): boolean {
  if (!isRoleNoun(t.lower)) return false;
  return !isCap(ctx.text, t) || isAcronym(ctx.text.slice(t.start, t.end));
}

/** Two or more words, or a listed first name (asked only after a linked role). */
function isNameShaped(c: Candidate): boolean {
  return c.words.length > 1 || FIRST_NAME_GENDER.has(c.words[0]!.toLowerCase());
}

/** The apposition after a name: "Tom Bell, an assistant professor of economics at Lakeview University". */
function appositionAfter(ctx: Ctx, c: Candidate, start: number, end: number): void {
  const { tokens, text } = ctx;
  if (tokens[end]?.lower !== ',') return;
  // "Ada Kemp, 31, a winger for the Harbour Hawks": the apposition comes after the age
  if (isAged(ctx, end) && tokens[end + 2]?.lower === ',') {
    c.person = true;
    appositionAfter(ctx, c, start, end + 2);
    return;
  }
  const { k, role } = appositionEnd(ctx, end);
  // "According to Tom Bell, the minister never read it": after a phrase fronted before the
  // sentence's main clause, words that no comma closes are that clause, no apposition
  if (tokens[k]?.lower !== ',' && inFrontedPhrase(ctx, start)) return;
  if (roleSpeaksAside(ctx, k)) return;
  const first = tokens[end + 1];
  // "an assistant professor ...", "the union's president", "president of the association"
  const opener =
    first &&
    (DETERMINER_WORDS.has(first.lower) ||
      possessiveName(ctx, end + 1) ||
      (isRoleNoun(first.lower) && !isCap(text, first)));
  // "On CBC's Mainstreet, the victims' lawyer, Paul Reiner, said": the role is the next name's
  const nameFollows = tokens[k]?.lower === ',' && !!tokens[k + 1] && isNameToken(ctx, k + 1);
  // "Ada Kemp, a winger for the Harbour Hawks": an indefinite apposition to a person's name
  // describes them even when its noun is no known role
  const described =
    !role &&
    (first?.lower === 'a' || first?.lower === 'an') &&
    (c.words.length > 1 || FIRST_NAME_GENDER.has(c.words[0]!.toLowerCase()));
  if (describesBody(ctx, c, end, { k, role })) {
    c.kind = 'organization';
  } else if ((role || described) && opener && k > end + 1 && !nameFollows) {
    if (role) c.person = true;
    c.descriptors.push(text.slice(tokens[end + 1]!.start, tokens[k - 1]!.end));
  } else if (first && /^\p{N}+$/u.test(first.lower) && tokens[end + 2]?.lower === ',') {
    c.person = true; // "Jane Roe, 46, of Halifax"
  }
}

/**
 * Where the apposition after the comma at `end` stops (its closing comma, a clause or a mark),
 * and whether a role noun for a person heads it.
 */
function appositionEnd(ctx: Ctx, end: number): { k: number; role: boolean } {
  const { tokens, text } = ctx;
  let k = end + 1;
  let role = false;
  while (k < tokens.length && k - end < 25) {
    const t = tokens[k]!;
    // ("a spokesman for Gov. Delia Marchetti": a period that ends no sentence, a title's or an
    // initial's, goes on the apposition)
    const inName = t.lower === '.' && tokens[k + 1]?.cap === true && !ctx.initial[k + 1];
    if (APPOSITION_STOPS.has(t.lower) && !inName && !inNumber(tokens, k)) break;
    if (
      k - end <= 6 &&
      (isRoleToken(ctx, t) ||
        (!isCap(text, t) && PEOPLE_PLURALS.has(t.lower)) ||
        capitalisedRoleAfterArticle(ctx, end + 1, k))
    )
      role = true;
    if (k > end + 1 && (isSpeechVerb(ctx, k) || t.lower === 'who' || t.lower === 'which')) break;
    k++;
  }
  return { k, role };
}

/** The comma at k groups a number's digits ("34,000"): no mark between phrases. */
function inNumber(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return (
    tokens[k]!.lower === ',' &&
    !!before &&
    !!after &&
    before.end === tokens[k]!.start &&
    after.start === tokens[k]!.end &&
    /^\d+$/.test(before.lower) &&
    /^\d{3}$/.test(after.lower)
  );
}

const APPOSITION_STOPS = new Set([',', '.', ';', '"', '\u201c', '\u201d', '(']);

/**
 * "Zippa, a delivery company,", "Norwood Capital, a hedge fund,": an indefinite apposition
 * headed by a body's noun (not a writing's, "a new study") makes the name before it a body
 * described so, for "the company said" (not when a known first name opens the name, nor when a
 * role for a person heads it). The apposition's end and role are passed when the caller read them.
 */
export function describesBody(
  ctx: Ctx,
  c: Candidate,
  end: number,
  apposition?: { k: number; role: boolean },
): boolean {
  if (c.person || FIRST_NAME_GENDER.has(c.words[0]!.toLowerCase())) return false;
  const description = bodyDescription(ctx, end, apposition);
  if (description) c.descriptors.push(description);
  return description !== undefined;
}

/**
 * The indefinite apposition after the comma at `end` when a body's noun heads it ("a delivery
 * company"), else undefined.
 */
export function bodyDescription(
  ctx: Ctx,
  end: number,
  apposition?: { k: number; role: boolean },
): string | undefined {
  const { tokens, text } = ctx;
  const article = tokens[end + 1]?.lower;
  if (tokens[end]?.lower !== ',' || (article !== 'a' && article !== 'an')) return undefined;
  const { k, role } = apposition ?? appositionEnd(ctx, end);
  if (role || k <= end + 2) return undefined;
  const description = text.slice(tokens[end + 1]!.start, tokens[k - 1]!.end);
  const noun = descriptionHead(description);
  return noun && isBodyNoun(noun) && !ARTIFACT_NOUNS.has(noun) ? description : undefined;
}

/**
 * "Greenline, an advocacy group, objected": a lone word opening the sentence that is no common
 * word names the body its apposition describes.
 */
export function bodyAtStart(ctx: Ctx, k: number, length: number): boolean {
  return (
    length === 1 &&
    !isDictionaryWord(ctx.tokens[k]!.bare) &&
    bodyDescription(ctx, k + 1) !== undefined
  );
}

/**
 * The head noun of an indefinite description, lowercased: its last word before a preposition
 * ("a delivery company" -> "company"; "a member of the council" -> "member"); undefined when
 * nothing follows its first word.
 */
export function descriptionHead(description: string): string | undefined {
  const words = description.toLowerCase().split(/\s+/);
  let head = 0;
  while (head + 1 < words.length && !PREPOSITIONS.has(words[head + 1]!)) head++;
  return head > 0 ? words[head] : undefined;
}

/** Words of a name that may own an apposition's role ("Norwood Bank's chief executive"). */
const MAX_OWNER_WORDS = 4;

/** A possessive at k, or a name of a few capitalised words ending in one: "Norwood Bank's". */
function possessiveName(ctx: Ctx, k: number): boolean {
  return possessiveEnd(ctx, k) >= 0;
}

/** Where the possessive of possessiveName is (the token ending in "'s"), else -1. */
function possessiveEnd(ctx: Ctx, k: number): number {
  const { tokens, text } = ctx;
  for (let n = k; n < k + MAX_OWNER_WORDS && tokens[n]?.word; n++) {
    if (isPossessive(tokens[n]!)) return n;
    if (!isCap(text, tokens[n]!)) return -1;
  }
  return -1;
}

/**
 * The role noun of a description ending at `end` before a comma: a role followed by
 * "for"/"of"/"at" and a short phrase ("a spokesperson for the ministry"), else the last word
 * itself ("premier"); -1 when there is none. The linked role heads the phrase even where the
 * phrase ends on a role of its own: "a spokesperson for the minister, Li Wen" is no minister.
 */
function roleBeforeComma(ctx: Ctx, end: number): number {
  const { tokens } = ctx;
  const isRole = (k: number) => !!tokens[k]?.word && isRoleToken(ctx, tokens[k]!);
  for (let k = end - 1; k >= 0 && end - k <= ROLE_LINK_REACH; k--) {
    const t = tokens[k]!;
    if (!t.word || ctx.initial[k + 1]) break;
    // a link inside a body's name ("for the Ministry of Transport") is passed over
    if (!(ROLE_LINKS.has(t.lower) || servesWhom(ctx, k))) continue;
    if (isRole(k - 1)) return k - 1;
    if (ROLE_LINK_ADJECTIVES.has(tokens[k - 1]?.lower ?? '') && isRole(k - 2)) return k - 2;
  }
  if (isRole(end) || titleBeforeComma(ctx, end)) return end;
  return portfolioTitleSetOff(ctx, end);
}

/**
 * "Saskatchewan's Agriculture Minister, Linda Fehr,", "The Health Minister, Ada Kemp,": a role
 * capitalised as a title, after an owner, "the" or its capitalised field, set off before the name.
 */
function titleBeforeComma(ctx: Ctx, end: number): boolean {
  const { tokens, text } = ctx;
  const t = tokens[end];
  if (!t?.word || !isCap(text, t) || !isRoleNoun(t.lower)) return false;
  let k = end - 1;
  if (tokens[k]?.word && isCap(text, tokens[k]!) && !isPossessive(tokens[k]!)) k--;
  const before = tokens[k];
  // ("In a letter to the President, Ann Roe said": a fronted phrase closes at the comma)
  if (PREPOSITIONS.has(tokens[k - 1]?.lower ?? '')) return false;
  return !!before && (before.lower === 'the' || isPossessive(before));
}

/**
 * "an adviser to the minister", "an aide to Mayor Kemp": "to" at k before whom a role serves,
 * not before a verb ("the last pilot to be hired").
 */
function servesWhom(ctx: Ctx, k: number): boolean {
  const next = ctx.tokens[k + 1];
  if (ctx.tokens[k]!.lower !== 'to' || !next?.word) return false;
  return DETERMINER_WORDS.has(next.lower) || isCap(ctx.text, next);
}

/** How far a role's linked phrase may run before the comma: "for the provincial health ministry". */
const ROLE_LINK_REACH = 5;
