// Whether a capitalised run names a place by its words, and when a place word is a surname.
import type { Token } from '../text/tokens.js';
import { FIRST_NAME_GENDER, GAZETTEER } from './gazetteer.js';
import { cueClass, GESTURE_FORMS } from '../lexicon/cues.js';
import {
  AUXILIARIES,
  CLAUSE_OPENERS,
  DETERMINERS,
  PREPOSITIONS,
  REGION_ABBREVIATIONS,
  REGION_INITIALS,
} from '../lexicon/words.js';
import { PEOPLE_PLURALS, SEAT_TITLES } from './data/people.js';
import { isBodyNoun } from './data/source-words.js';
import { isPersonNoun, isRoleNoun } from './role-words.js';
import {
  FEATURE_WORDS,
  HELD_IN_WORDS,
  LANGUAGE_NAMES,
  MUNICIPAL_WORDS,
  PLACE_GROUP_PLURALS,
  PLACE_OF_NOUNS,
  PLACE_WORDS,
  SITE_LINKS,
  TRAVEL_WORDS,
  COMPASS_WORDS,
  DIRECTION_REGIONS,
  SITED_NOUNS,
  SURNAME_PLACE_WORDS,
} from './data/places.js';
import { PEERAGE_TITLES, PLACE_OPENERS, SAINT_WORDS } from './data/name-words.js';
import {
  candidate,
  emitListed,
  isCap,
  isPossessive,
  isSpeechVerb,
  isTitleWord,
  longestListed,
  type Ctx,
} from './name-scan.js';
import { givenAsName, isAged, type NameRun } from './name-clues.js';

/**
 * A place word ends the run ("Main Street") or opens it ("Lake Erie", "Saint John"), or the run
 * is the seat of an elected member, after "for" ("the MP for Eastvale North", "councillor for
 * Ward 5").
 */
export function namesAPlace(
  tokens: readonly Token[],
  start: number,
  lowers: readonly string[],
): boolean {
  const seat =
    tokens[start - 1]?.lower === 'for' && SEAT_TITLES.has(tokens[start - 2]?.lower ?? '');
  return (
    seat ||
    PLACE_WORDS.has(lowers[lowers.length - 1]!) ||
    (lowers.length > 1 &&
      PLACE_OPENERS.has(lowers[0]!) &&
      (SAINT_WORDS.has(lowers[0]!) || !FIRST_NAME_GENDER.has(lowers[1]!)) &&
      !teamOfPlace(tokens, start, lowers))
  );
}

/** "the Port Elsby Hawks", "the Lake Orrin Pilots": a place that opens on a place word, then a team. */
function teamOfPlace(tokens: readonly Token[], start: number, lowers: readonly string[]): boolean {
  return tokens[start - 1]?.lower === 'the' && lowers.length >= 3 && isTeamPlural(lowers.at(-1)!);
}

/**
 * The word after a place that makes it a team's name, after "the": a plural that is no place
 * word ("the Ottawa Otters", "the Port Elsby Hawks"; not "the Rocky Mountains").
 */
export function isTeamPlural(lower: string): boolean {
  return (
    lower.endsWith('s') &&
    !lower.endsWith('ss') &&
    !PLACE_WORDS.has(lower) &&
    !PLACE_GROUP_PLURALS.has(lower)
  );
}

/**
 * "said Drew Hill", "Simon Park said", "Mary Hill, 54,": after a first name, or alone, a place
 * word is a surname where the run speaks, is given an age or is given as a name ("a nurse
 * named Lena Park"), as no park or hill is.
 */
export function placeWordSurname(ctx: Ctx, r: NameRun): boolean {
  const { start, end, lowers } = r;
  // alone, a surname speaks too: "Park said", as no park does (but "The Hill reported" is a
  // title: no surname takes "the")
  const alone =
    lowers.length === 1 &&
    SURNAME_PLACE_WORDS.has(lowers[0]!) &&
    ctx.tokens[start - 1]?.lower !== 'the';
  if (lowers.length > 3 || !(alone || firstNameAndPlaceSurname(lowers))) return false;
  if (isSpeechVerb(ctx, end) || isSpeechVerb(ctx, start - 1) || isAged(ctx, end)) return true;
  // "Maria Park described the nights", "Ivo Hill believes": a first name and a place word
  // before any verb of saying or thinking is someone (no park describes or believes)
  const next = ctx.tokens[end]?.lower ?? '';
  if (!alone && (givenAsName(ctx, start) || someonesVerb(next) || GESTURE_FORMS.has(next)))
    return true;
  // "Simon Park coached ... Park said": the text makes the word a surname elsewhere, and no
  // preposition sites this run ("in Simon Park" stays a park)
  return (
    !alone &&
    !PREPOSITIONS.has(ctx.tokens[start - 1]?.lower ?? '') &&
    speaksElsewhere(ctx, lowers[lowers.length - 1]!)
  );
}

/** A verb of saying or thinking, which only someone does ("shows" is said of things too). */
function someonesVerb(lower: string): boolean {
  const cls = cueClass(lower);
  return cls !== undefined && cls !== 'evidence';
}

/** Whether the text writes `lower` capitalised beside a speech verb: "Park said", "said Park". */
function speaksElsewhere(ctx: Ctx, lower: string): boolean {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (
      token.lower === lower &&
      token.cap &&
      (isSpeechVerb(ctx, i + 1) || isSpeechVerb(ctx, i - 1))
    )
      return true;
  }
  return false;
}

/**
 * A first name, then a place word that is a common surname last: "Drew Hill", "Simon Park",
 * after any titles ("Senator Jo Park").
 */
export function firstNameAndPlaceSurname(lowers: readonly string[]): boolean {
  let first = 0;
  while (first < lowers.length - 2 && isTitleWord(lowers[first]!)) first++;
  return (
    lowers.length - first > 1 &&
    FIRST_NAME_GENDER.has(lowers[first]!) &&
    SURNAME_PLACE_WORDS.has(lowers[lowers.length - 1]!)
  );
}

/**
 * A place named after "of" and a noun only a place follows: "the town of Umm Tarif", "residents
 * of Greywater Flats", or set off after such a noun for a place: "the capital, Drevna,". (Not
 * after a person: "Ann Roe of Harrow Partners" is as often a firm.)
 */
export function placeAfterOf(ctx: Ctx, start: number, end: number): boolean {
  const { tokens } = ctx;
  // "the capital, Drevna,", "the village, Ostby.": one word set off after such a noun
  const apposed = tokens[start - 1]?.lower === ',' && end - start === 1 && !tokens[end]?.word;
  const placeNoun = tokens[start - 2]?.lower ?? '';
  if (apposed && tokens[start - 3]?.lower === 'the' && PLACE_OF_NOUNS.has(placeNoun))
    return !isPersonNoun(placeNoun) && !FIRST_NAME_GENDER.has(tokens[start]!.bare);
  const noun = tokens[start - 2];
  if (tokens[start - 1]?.lower !== 'of' || !noun?.word) return false;
  // ("Residents of X" opening a sentence)
  if (noun.cap && !ctx.initial[start - 2]) return peerBefore(ctx, start - 2);
  return PLACE_OF_NOUNS.has(noun.lower) && !isPossessive(tokens[end - 1]!);
}

/** Words of a peer's name between the title and "of" ("Lord Tom Barrington of ..."). */
const MAX_PEER_NAME_WORDS = 3;

/**
 * "Lord Barrington of Whelmsford", "Gov. Delia Marchetti of Norland": a titled name ends at k,
 * the place of the title (or of the one who holds it) follows.
 */
function peerBefore(ctx: Ctx, k: number): boolean {
  const { tokens } = ctx;
  for (let n = k; n >= 0 && k - n < MAX_PEER_NAME_WORDS && tokens[n]!.word && tokens[n]!.cap; n--) {
    const title = tokens[n - 1]?.lower === '.' ? tokens[n - 2] : tokens[n - 1];
    if (PEERAGE_TITLES.has(title?.lower ?? '')) return true;
    if (title?.cap && n < k && isTitleWord(title.lower)) return true;
  }
  return false;
}

/**
 * A name its neighbours show to be a place: a region after a comma ("Trout Brook, N.B.",
 * "Tallis Bay, Malaysia") or "state" or "province" after it ("central Kedara state").
 */
export function placeByContext(ctx: Ctx, start: number, end: number): boolean {
  const { tokens, text } = ctx;
  if (sitedIn(ctx, start, end) || travelledTo(ctx, start, end) || compassOf(ctx, start, end))
    return true;
  const after = tokens[end];
  if (after?.word && (after.lower === 'state' || after.lower === 'province'))
    return !isCap(text, after);
  if (after?.word && !isCap(text, after)) {
    if (localBodyAfter(ctx, end)) return true;
    // "the Brenna river", "the Lakeview valley": a feature written small after "the" and a name
    if (FEATURE_WORDS.has(after.lower)) return tokens[start - 1]?.lower === 'the';
  }
  if (after?.lower !== ',') return false;
  const next = tokens[end + 1];
  if (!next?.word) return false;
  // "N.B.", "Ont.": a region's abbreviation with its full stop
  if (
    tokens[end + 2]?.lower === '.' &&
    (REGION_ABBREVIATIONS.has(next.lower) || REGION_INITIALS.has(next.lower))
  )
    return true;
  const listed = longestListed(ctx, end + 1, Math.min(tokens.length, end + 5));
  if (!listed || listed.entry.kind !== 'location' || listed.entry.outlet) return false;
  const last = tokens[listed.end - 1]!;
  const following = tokens[listed.end];
  return !isPossessive(last) && (!following || !following.word || isCap(text, following));
}

/**
 * "Eastvale city council", "Tarrow county officials": a kind of local government written small
 * at `end`, then its body or people in lower case; the name before it is the place.
 */
function localBodyAfter(ctx: Ctx, end: number): boolean {
  const { tokens, text } = ctx;
  const kind = tokens[end];
  const body = tokens[end + 1];
  if (!kind || !MUNICIPAL_WORDS.has(kind.lower) || !body?.word || isCap(text, body)) return false;
  return isBodyNoun(body.lower) || PEOPLE_PLURALS.has(body.lower) || isRoleNoun(body.lower);
}

/**
 * "a hospital in Eastvale", "the plant near Tarrow", "farmers near Brockton", "she lives in
 * Barrow Point": a name after a sited noun or living, and "in", "near" or "outside"; and one
 * word alone there, which names where ("grew up in Tarrow", "a crash near Kingsport").
 */
function sitedIn(ctx: Ctx, start: number, end: number): boolean {
  const { tokens } = ctx;
  const link = tokens[start - 1]?.lower ?? '';
  if (!SITE_LINKS.has(link) || isPossessive(tokens[end - 1]!)) return false;
  if (FIRST_NAME_GENDER.has(tokens[start]!.bare)) return false;
  const noun = tokens[start - 2];
  // ("Villagers in X" opening a sentence)
  const sited = !!noun && (!noun.cap || !!ctx.initial[start - 2]) && SITED_NOUNS.has(noun.lower);
  return sited || loneSite(ctx, start, end, link === 'in' ? (noun?.lower ?? '') : '');
}

/**
 * "a trip to Quarrow", "flew to Pellworth", "fled from Ostby": one word where someone goes to
 * or comes from, after a word of travel (in lower case, or opening its sentence), is a place.
 */
function travelledTo(ctx: Ctx, start: number, end: number): boolean {
  const { tokens } = ctx;
  const link = tokens[start - 1]?.lower;
  const travel = tokens[start - 2];
  if ((link !== 'to' && link !== 'from') || !travel?.word) return false;
  if ((travel.cap && !ctx.initial[start - 2]) || !TRAVEL_WORDS.has(travel.lower)) return false;
  return !FIRST_NAME_GENDER.has(tokens[start]!.bare) && loneSite(ctx, start, end, '');
}

/** "south of Millbrook", "just west of Pellworth": one word after a direction in lower case and "of". */
function compassOf(ctx: Ctx, start: number, end: number): boolean {
  const { tokens } = ctx;
  const direction = tokens[start - 2];
  if (tokens[start - 1]?.lower !== 'of' || !direction?.word || direction.cap) return false;
  if (!COMPASS_WORDS.has(direction.lower)) return false;
  return !FIRST_NAME_GENDER.has(tokens[start]!.bare) && loneSite(ctx, start, end, '');
}

/**
 * One word, not in capitals, that ends its phrase after "in", "near" or "outside": a place
 * ("in Tarrow on Sunday"), unless "in" holds a stake, money or a role ("invested in Kestrel"), or
 * the word describes a noun after it ("in Kestrel shares").
 */
function loneSite(ctx: Ctx, start: number, end: number, beforeIn: string): boolean {
  if (end - start !== 1 || HELD_IN_WORDS.has(beforeIn)) return false;
  if (LANGUAGE_NAMES.has(ctx.tokens[start]!.lower)) return false; // "wrote in Arabic"
  const surface = ctx.text.slice(ctx.tokens[start]!.start, ctx.tokens[start]!.end);
  if (surface === surface.toUpperCase()) return false; // "in NATO", "in TV"
  const next = ctx.tokens[end];
  return (
    !next?.word ||
    PREPOSITIONS.has(next.lower) ||
    CLAUSE_OPENERS.has(next.lower) ||
    AUXILIARIES.has(next.lower) ||
    DETERMINERS.has(next.lower)
  );
}

/**
 * "Lakeview, Calif.", "Brennan, N.B.": a province's or state's abbreviation after a place and its
 * comma, before its full stop, is that region, named in full where the gazetteer lists it.
 */
export function regionAfterPlace(ctx: Ctx, r: NameRun): boolean {
  const { tokens, text } = ctx;
  if (r.wordIdx.length !== 1 || tokens[r.end]?.lower !== '.') return false;
  const lower = tokens[r.start]!.lower;
  const region = REGION_ABBREVIATIONS.get(lower) ?? REGION_INITIALS.get(lower);
  const place = tokens[r.start - 2];
  if (!region || tokens[r.start - 1]?.lower !== ',' || !place?.word || !isCap(text, place))
    return false;
  const listed = GAZETTEER.get(region);
  if (listed) emitListed(ctx, listed, r.start, r.end, false);
  else ctx.out.push(candidate(ctx, r.start, r.end, 'location'));
  return true;
}

/** "the Midwest", "the South": a direction alone, capitalised after "the", names a region. */
export function regionByDirection(ctx: Ctx, r: NameRun): boolean {
  if (r.wordIdx.length !== 1 || ctx.tokens[r.start - 1]?.lower !== 'the') return false;
  if (!DIRECTION_REGIONS.has(r.lowers[0]!)) return false;
  ctx.out.push(candidate(ctx, r.start, r.end, 'location'));
  return true;
}
