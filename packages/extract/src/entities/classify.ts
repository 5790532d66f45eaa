import type { Token } from '../text/tokens.js';
import { DEMONYMS, FIRST_NAME_GENDER, type GazetteerEntry } from './gazetteer.js';
import { FIRM_NOUNS, ORG_WORDS } from './data/organizations.js';
import { JUDGE_ADDRESS_WORDS, NATIONALITY_NOUNS } from './data/people.js';
import { POSSESSIVE_DETERMINERS } from './data/source-words.js';
import { PLACE_WORDS, REGION_ADJECTIVES } from './data/places.js';
import { NAME_PARTICLES, NOT_BODY_ACRONYMS, NOT_NAME_WORDS } from './data/words.js';
import { CONNECTORS } from './data/name-words.js';
import {
  type Ctx,
  isCap,
  isPossessive,
  longestListed,
  stripPossessive,
  emitListed,
  candidate,
  isTitleWord,
} from './name-scan.js';
import { givenNameFirst, surnameBeforeGivenName, surnameFirstName } from './name-orders.js';
import { acronymAfter, bracketedInitials } from './acronyms.js';
import { bodyAtStart, describesBody } from './name-context.js';
import { FRAMING_OPENERS } from '../lexicon/framing-openers.js';
import { cueClass, isSpeechClass } from '../lexicon/cues.js';
import { EDITION_WORDS, OUTLET_WORDS } from '../lexicon/words.js';
import { capitalsLabel, isAged, isCommonAtStart, nameNotWord, type NameRun } from './name-clues.js';
import {
  bodyAfterRoleOf,
  firmBeforeRole,
  numberedBody,
  partyBeforeRole,
  servedBefore,
  utilityOfPlace,
} from './body-clues.js';
import { plainName } from './plain-name.js';
import {
  isTeamPlural,
  namesAPlace,
  placeWordSurname,
  regionAfterPlace,
  regionByDirection,
} from './place-names.js';
import { titledName } from './titled-name.js';
import { datelinePart, datelinePlace } from './dateline-names.js';
import { groupForCause } from './name-connectors.js';
import { portfolioBeforeRole, portfolioTitleSetOff } from './portfolio.js';
import { isUnitAfterNumber, namesADay, titledWork } from './thing-clues.js';

/** Decides what a capitalised run names, splitting it where it holds more than one name. */
export function classifyRun(ctx: Ctx, run: number[]): void {
  const { tokens, text } = ctx;
  const place = datelinePlace(ctx, run);
  if (place >= 0) {
    ctx.out.push(candidate(ctx, place, run[run.length - 1]! + 1, 'location'));
    return;
  }
  // "Parents for Safer Roads": a group named for its cause is a body, its first word included
  if (groupForCause(tokens, run)) {
    ctx.out.push(candidate(ctx, run[0]!, run[run.length - 1]! + 1, 'organization'));
    return;
  }
  let from = 0;
  // words that only open a sentence or a quote ("But", "The"), a unit after a number ("-20 C")
  while (from < run.length) {
    const k = run[from]!;
    const t = tokens[k]!;
    const lower = t.bare;
    if (
      !t.word ||
      // ("Des Moines", "La Paz": a listed name that opens on one is read whole)
      (CONNECTORS.has(lower) && (lower === 'the' || !startsListed(ctx, run, from))) ||
      (!isCap(text, t) && NAME_PARTICLES.has(lower)) ||
      isUnitAfterNumber(ctx, k) ||
      judgeAddressed(tokens, k)
    ) {
      from++;
      continue;
    }
    // "the Swede said": a person by nationality, an epithet, not a name ("Finn Roe" is one)
    const lone = from === run.length - 1 && tokens[k - 1]?.lower === 'the';
    if (lone && NATIONALITY_NOUNS.has(lower)) return;
    if (
      (NOT_NAME_WORDS.has(lower) || DEMONYMS.has(lower)) &&
      !(lower !== 'the' && startsListed(ctx, run, from)) &&
      !nameNotWord(ctx, run, from) &&
      !surnameBeforeGivenName(ctx, run, from)
    ) {
      // "The Hague", "The Telegraph": a listed name that starts with "The"
      if (lower === 'the' && run.length > from + 1) {
        const listed = longestListed(ctx, k, run[run.length - 1]! + 1);
        if (listed) {
          emitListed(ctx, listed.entry, listed.start, listed.end, false);
          const rest = run.filter((m) => m >= listed.end);
          if (rest.length) classifyRun(ctx, rest);
          return;
        }
      }
      if (
        DEMONYMS.has(lower) &&
        run.length - from > 1 &&
        (isOrgRun(ctx, run.slice(from)) || longestListed(ctx, k, run[run.length - 1]! + 1))
      )
        break;
      // "the Morning Herald", "the Sunday Ledger": a paper named for when it comes out
      if (EDITION_WORDS.has(lower) && run.length - from > 1 && endsOnOutletWord(ctx, run)) break;
      from++;
      continue;
    }
    // "Unlike Okafor, ...", "Said Ann Roe, ...", "Chipmaker Velant Micro": a framing word, a
    // verb of saying or a firm's noun (not before "of": "Bank of Norland"), not a first name
    // (unless a bracketed acronym spells it: "Export Development Canada (EDC)")
    if (
      ctx.initial[k] &&
      (FRAMING_OPENERS.has(lower) ||
        (FIRM_NOUNS.has(lower) && run.length - from > 1 && tokens[k + 1]?.lower !== 'of') ||
        (isCommonAtStart(ctx, k, run.length - from) && !bodyAtStart(ctx, k, run.length - from)) ||
        (run.length - from > 1 && isSpeechClass(cueClass(lower)))) &&
      !bracketedInitials(ctx, run.slice(from))
    ) {
      from++;
      continue;
    }
    break;
  }
  const rest = run.slice(from);
  if (!hasWord(tokens, rest)) return;
  classifyName(ctx, rest);
}

// The run tests below are loops of their own, not closures over a caller's locals: a closure
// would give each call of the hot functions that read runs a context to allocate.

/** "Her Honour", "His Honor": how a judge is addressed names nobody. */
function judgeAddressed(tokens: readonly Token[], k: number): boolean {
  return (
    JUDGE_ADDRESS_WORDS.has(tokens[k]!.lower) &&
    POSSESSIVE_DETERMINERS.has(tokens[k - 1]?.lower ?? '')
  );
}

/** The run's last word names a news outlet ("Herald", "Ledger"). */
function endsOnOutletWord(ctx: Ctx, run: readonly number[]): boolean {
  return OUTLET_WORDS.has(ctx.tokens[run[run.length - 1]!]!.lower);
}

/** Some token of the run is a word, not only marks. */
function hasWord(tokens: readonly Token[], run: readonly number[]): boolean {
  for (const k of run) if (tokens[k]!.word) return true;
  return false;
}

/** "Harlow & Finch": names joined by "&". */
function hasAmpersand(tokens: readonly Token[], run: readonly number[]): boolean {
  for (const k of run) if (tokens[k]!.lower === '&') return true;
  return false;
}

/** The index of a place word inside the words (neither first nor last), else -1. */
function innerPlaceWord(lowers: readonly string[]): number {
  for (let n = 1; n < lowers.length - 1; n++) if (PLACE_WORDS.has(lowers[n]!)) return n;
  return -1;
}

/**
 * "the Calder Bay Otters", "the Fallow Creek Bison": after "the", one name word after the place
 * word ends a team's name (not "the Elm Street Rosa's", whose possessive opens a name of its own).
 */
function teamAfterPlace(ctx: Ctx, r: NameRun, inner: number): boolean {
  const last = r.wordIdx[r.wordIdx.length - 1]!;
  return (
    inner === r.wordIdx.length - 2 &&
    ctx.tokens[r.start - 1]?.lower === 'the' &&
    !isPossessive(ctx.tokens[last]!)
  );
}

/**
 * The run's word tokens: the run itself where it holds no mark, as most runs (classifyName
 * runs for every name, so no list is grown token by token for it).
 */
function wordIndices(tokens: readonly Token[], run: number[]): number[] {
  for (const k of run) if (!tokens[k]!.word) return run.filter((m) => tokens[m]!.word);
  return run;
}

/** The words' lowercase forms without a possessive. */
function lowersOf(tokens: readonly Token[], wordIdx: readonly number[]): string[] {
  return wordIdx.map((k) => stripPossessive(tokens[k]!.lower));
}

/** A listed name starts at run[from] ("New York", "Saudi Arabia"). */
export function startsListed(ctx: Ctx, run: number[], from: number): boolean {
  const listed = longestListed(ctx, run[from]!, run[run.length - 1]! + 1);
  return !!listed && listed.end - listed.start > 1;
}

export function isOrgRun(ctx: Ctx, run: number[]): boolean {
  return run.some((k) => ORG_WORDS.has(ctx.tokens[k]!.lower));
}

/** What a name-shaped run is, tried in order: listed, titled person, by its words, inner names, a name. */
export function classifyName(ctx: Ctx, run: number[]): void {
  const { tokens } = ctx;
  const start = run[0]!;
  const end = run[run.length - 1]! + 1;
  const wordIdx = wordIndices(tokens, run);
  const lowers = lowersOf(tokens, wordIdx);
  const r: NameRun = {
    run,
    start,
    end,
    wordIdx,
    lowers,
    knownFirst: FIRST_NAME_GENDER.has(lowers[0]!),
  };
  // a title set off before a name: "The Minister of Emergency Management, Hana Obuya,"
  if (portfolioTitleSetOff(ctx, end - 1) >= 0) return;
  // 1. a listed name, whole
  const listed = longestListed(ctx, start, end);
  if (listed && listed.end === end) {
    // "Jordan, 16, said": a place that is also a first name, given an age, is someone
    if (givenAnAge(ctx, r, listed.entry)) ctx.out.push(candidate(ctx, start, end, 'person'));
    else emitListed(ctx, listed.entry, listed.start, listed.end, false);
    return;
  }
  // a field titling a role ("Education critic Ada Kemp"), a region ("Lakeview, Calif.", "the Midwest")
  if (
    servedBefore(ctx, r) ||
    portfolioBeforeRole(ctx, r) ||
    regionAfterPlace(ctx, r) ||
    regionByDirection(ctx, r)
  )
    return;
  if (namesADay(ctx, r)) return; // "Super Tuesday"
  if (surnameFirstName(ctx, r) || givenNameFirst(ctx, r) || titledWork(ctx, r)) return;
  // "CEO of Fort Anselm Regional Hospital": a role's "of" before a body is whose role it is
  const body = bodyAfterRoleOf(r);
  if (body) {
    classifyRun(ctx, body);
    return;
  }
  if (partyBeforeRole(ctx, r)) {
    ctx.out.push(candidate(ctx, start, end, 'organization'));
    return;
  }
  if (titledName(ctx, r) || byWordClass(ctx, r) || innerListed(ctx, r, listed)) return;
  plainName(ctx, r);
}

/** A one-word place that is also a first name, with an age after it ("Jordan, 16,"). */
function givenAnAge(ctx: Ctx, r: NameRun, entry: GazetteerEntry): boolean {
  return entry.kind === 'location' && r.wordIdx.length === 1 && r.knownFirst && isAged(ctx, r.end);
}

/** 3-5. an organisation word, a place word, an acronym. */
function byWordClass(ctx: Ctx, r: NameRun): boolean {
  const { tokens, text } = ctx;
  const { start, end, wordIdx, lowers } = r;
  // 3. an organisation word: "University of Lakeview", "Toronto Police Service";
  // names joined by "&" are a firm ("Harlow & Finch"), people are joined by "and"; a bracketed
  // acronym of the words' initials names a body ("Export Development Canada (EDC)")
  if (
    lowers.some((w) => ORG_WORDS.has(w)) ||
    utilityOfPlace(ctx, r) ||
    firmBeforeRole(ctx, r) ||
    numberedBody(ctx, r.run) ||
    hasAmpersand(tokens, r.run) ||
    bracketedInitials(ctx, r.run)
  ) {
    const org = candidate(ctx, start, end, 'organization');
    describesBody(ctx, org, end);
    ctx.out.push(org);
    acronymAfter(ctx, end, org.span);
    return true;
  }
  // 4. a place word: "Main Street", "Lake Erie"; a seat: "the MP for Eastvale North"
  if (namesAPlace(tokens, start, lowers) && !placeWordSurname(ctx, r)) {
    if (!(lowers.length === 1 && lowers[0] === 'state'))
      ctx.out.push(candidate(ctx, start, end, 'location'));
    return true;
  }
  // "the Elm Street Rosa's location": a place inside a run ends there, a name of its own follows
  const inner = innerPlaceWord(lowers);
  if (inner > 0 && !r.knownFirst && !teamAfterPlace(ctx, r, inner)) {
    const cut = wordIdx[inner]! + 1;
    ctx.out.push(candidate(ctx, start, cut, 'location'));
    classifyRun(
      ctx,
      r.run.filter((m) => m >= cut),
    );
    return true;
  }
  // 5. an acronym: "NDP", "RCMP"
  if (wordIdx.length === 1) {
    const surface = text.slice(tokens[start]!.start, tokens[start]!.end);
    const label = capitalsLabel(ctx, start, surface);
    if (label === 'section') return true;
    if (label) {
      const person = label === 'speaker';
      ctx.out.push(candidate(ctx, start, end, person ? 'person' : 'location', { person }));
      return true;
    }
    if (/^[\p{Lu}\p{N}.&]{2,8}$/u.test(surface) && /\p{Lu}.*\p{Lu}/u.test(surface)) {
      // "CEO", "MP": a role; "MD", "HQ", "GMT": a degree, a thing, a time; no organisation
      if (isTitleWord(lowers[0]!) || NOT_BODY_ACRONYMS.has(lowers[0]!)) return true;
      // "GREENVILLE, S.C. —": a dateline's region
      if (datelinePart(ctx, start, end) === 'location') {
        ctx.out.push(candidate(ctx, start, end, 'location'));
        return true;
      }
      ctx.out.push(candidate(ctx, start, end, 'organization'));
      return true;
    }
  }
  return false;
}

/**
 * 6. listed names inside the run ("Ottawa Senators" -> Ottawa + Senators). `listedAtStart` is
 * the longest listed name at the run's first token, which classifyName has looked up already.
 */
function innerListed(
  ctx: Ctx,
  r: NameRun,
  listedAtStart: ReturnType<typeof longestListed>,
): boolean {
  const { tokens } = ctx;
  const { run, start, end, wordIdx } = r;
  if (wordIdx.length > 1) {
    for (let k = 0; k < run.length; k++) {
      const inner = k === 0 ? listedAtStart : longestListed(ctx, run[k]!, end);
      if (!inner || (inner.entry.surface.length === 1 && r.knownFirst)) continue;
      const before = run.slice(0, k);
      // "the Peru Red Cross": a place before a listed body names its branch there, one organisation
      if (k === 0 && inner.entry.kind === 'location' && !inner.entry.outlet) {
        const rest = longestListed(ctx, inner.end, end);
        if (
          rest &&
          rest.start === inner.end &&
          rest.end === end &&
          rest.entry.kind === 'organization'
        ) {
          ctx.out.push(candidate(ctx, start, end, 'organization'));
          return true;
        }
      }
      // "the Ottawa Otters", "the Halifax Herons": a place and one plural after "the" are a team
      // (unless the plural is a name listed on its own)
      if (
        k === 0 &&
        inner.entry.kind === 'location' &&
        inner.end === end - 1 &&
        tokens[start - 1]?.lower === 'the' &&
        isTeamPlural(tokens[end - 1]!.bare) &&
        !longestListed(ctx, inner.end, end)
      ) {
        ctx.out.push(candidate(ctx, start, end, 'organization'));
        return true;
      }
      // "Northern Ontario", "Central Norland": a region's adjective before a place is a region
      if (
        k > 0 &&
        inner.end === end &&
        inner.entry.kind === 'location' &&
        before.every((m) => REGION_ADJECTIVES.has(tokens[m]!.lower))
      ) {
        ctx.out.push(candidate(ctx, start, end, 'location'));
        return true;
      }
      // "Coastal Affairs Canada", "Curling Canada": words before a country that ends the run name a body
      if (
        k > 0 &&
        inner.end === end &&
        inner.entry.kind === 'location' &&
        !inner.entry.metonym &&
        !r.knownFirst &&
        !before.some(
          (m) =>
            DEMONYMS.has(tokens[m]!.lower) ||
            isPossessive(tokens[m]!) ||
            isTitleWord(tokens[m]!.lower),
        )
      ) {
        ctx.out.push(candidate(ctx, start, end, 'organization'));
        return true;
      }
      if (hasWord(tokens, before)) classifyName(ctx, before);
      emitListed(ctx, inner.entry, inner.start, inner.end, false);
      const after = run.filter((m) => m >= inner.end);
      if (hasWord(tokens, after)) classifyRun(ctx, after);
      return true;
    }
  }
  return false;
}
