import { FIRST_NAME_GENDER, GAZETTEER } from './gazetteer.js';
import {
  BODY_NOUNS,
  FIRM_HOLDING_NOUNS,
  FIRM_NOUNS,
  FIRM_NOUNS_FOR_PEOPLE,
} from './data/organizations.js';
import { HONORIFIC_GENDER, NATIONALITY_NOUNS, PEOPLE_PLURALS, ROLE_GENDER } from './data/people.js';
import { isBodyNoun } from './data/source-words.js';
import { isDictionaryWord, isIngForm } from './data/dictionary.js';
import { SURNAME_PREFIXES, LIST_OPENERS, PRICE_SIGNS, TITLE_QUOTES } from './data/name-words.js';
import {
  type Ctx,
  isCap,
  isPossessive,
  isSpeechVerb,
  isCommonWord,
  isTitleWord,
  isNumberModifier,
} from './name-scan.js';
import { SECTION_LABELS } from '../lexicon/quote-words.js';
import { datelineDash } from '../text/dateline.js';
import { isPastTense } from '../lexicon/verb-forms.js';
import { cueClass } from '../lexicon/cues.js';
import {
  ARTICLES,
  AUXILIARIES,
  CLAUSE_OPENERS,
  CONNECTIVES,
  DETERMINERS,
  GIVEN_NAME_MONTHS,
  MEDIA_NOUNS,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
} from '../lexicon/words.js';
import { isRoleNoun } from './role-words.js';
import { labelRunIntoSentence } from './section-labels.js';

/**
 * Clues around a capitalised run that say what it names: a label in capitals, a common word
 * opening a sentence, a list of bodies, a determiner or noun before it, a place after it; and
 * the word shapes those readings share.
 */
export const MAX_NAME_WORDS = 5;

/** The ending of a noun for someone who does something: forecaster, evacuee, hydrologist. */
const AGENT_NOUN = /^\p{Ll}{3,}(?:er|or|ist|ee|ian|ant|ent|man|woman)$/u;

/** A sentence-initial word that the text also writes in lower case, or a role/plural noun. */
export function isCommonAtStart(ctx: Ctx, k: number, length: number): boolean {
  const lower = ctx.tokens[k]!.bare;
  if (GAZETTEER.has(lower) || FIRST_NAME_GENDER.has(lower)) return false;
  const surface = ctx.text.slice(ctx.tokens[k]!.start, ctx.tokens[k]!.end);
  // a section label ("MARKETS:") names nothing; an acronym, a speaker label or a dateline does
  const label = capitalsLabel(ctx, k, surface);
  if (label === 'section') return true;
  if (/^[\p{Lu}\p{N}]{2,8}$/u.test(surface) || label) return false;
  if ((isRoleNoun(lower) || HONORIFIC_GENDER.has(lower)) && length > 1) return false; // "President Ada Kemp said"
  if (length > 1 && isTitleWord(ctx.tokens[k + 1]?.lower ?? '')) return false; // "Health Minister X"
  // "Novelist Ada Kemp said", "Colleague Tom Bell was less sure": a common noun before a
  // first name and a surname describes the person (not "Port Elsby Hospital", a body)
  // (the cheap tests first: the word list is read only for such runs)
  if (
    length === 3 &&
    FIRST_NAME_GENDER.has(ctx.tokens[k + 1]?.bare ?? '') &&
    !isBodyNoun(ctx.tokens[k + 2]?.bare ?? '') &&
    (AGENT_NOUN.test(lower) || isDictionaryWord(lower)) // "Forecaster", "Evacuee"
  )
    return true;
  if (ctx.lowerSeen.has(lower) || PEOPLE_PLURALS.has(lower) || isRoleNoun(lower)) return true;
  // "Briton Ann Roe", "Dutchman Sander van Duren": a nationality noun before a name describes it
  if (length > 2 && NATIONALITY_NOUNS.has(lower)) return true;
  // '"Bringing Corvane in gives us scale,"': a verb's form in -ing opens a clause, it names no
  // one (the stem is a word: not "Sterling" nor "Irving")
  if (length > 1 && isIngForm(lower)) return true;
  if (lower.endsWith('ly') && ctx.tokens[k + 1]?.lower === ',') return true; // "Initially, ..."
  if (/(?:ers|ors|ists|ants|ents|ians)$/.test(lower) && !ctx.capSeen.has(lower)) return true; // "Demonstrators said"

  if (length > 1) return false;
  // a lone capitalised word opening a sentence is a name only with some evidence
  if (ctx.capSeen.has(lower)) return false;
  // "Reports say", "Critics argue": a plural of a common noun is no name
  if (lower.endsWith('s') && isDictionaryWord(lower) && isDictionaryWord(lower.slice(0, -1)))
    return true;
  // ... a verb of saying after it, or an age: "Lindroth, 27, insisted"
  return !isSpeechVerb(ctx, k + 1) && !isAged(ctx, k + 1);
}

/**
 * "Will Hardy, a mechanic, said", "Will Hardy told": a first name that is also a closed-class
 * word, before one more capitalised word, is the name when what follows the pair cannot follow
 * the subject of a question ("Will Hardy voters ...?"): a comma, a past tense or a verb of saying.
 */
export function nameNotWord(ctx: Ctx, run: readonly number[], from: number): boolean {
  const { tokens } = ctx;
  // "Jan Berg", "Jan van der Molen": a month's short form with a name word after it is a name
  const k = run[from]!;
  if (GIVEN_NAME_MONTHS.has(tokens[k]!.bare) && run.length - from > 1 && tokens[k + 1]?.word)
    return true;
  if (run.length - from !== 2 || !FIRST_NAME_GENDER.has(tokens[k]!.bare)) return false;
  const after = tokens[run[from + 1]! + 1]?.lower ?? '';
  return (
    after === ',' || isPastTense(after) || (after.endsWith('s') && cueClass(after) === 'speech')
  );
}

/** A capitalised run being classified: its tokens, bounds, word tokens and their bare lowercase. */
export interface NameRun {
  run: number[];
  start: number;
  end: number;
  wordIdx: number[];
  lowers: string[];
  /** The first word is a listed first name: looked up once, as many readings ask. */
  knownFirst: boolean;
}

/**
 * A word in capitals opening a paragraph or sentence: "SMITH:" labels a speaker in a
 * transcript, "MARKETS:" a section of a roundup, "EASTVALE —" is a dateline's place. Acronyms
 * are short or have no vowel.
 */
export function capitalsLabel(
  ctx: Ctx,
  i: number,
  surface: string,
): 'speaker' | 'section' | 'location' | undefined {
  if (!ctx.initial[i] || surface.length < 4 || !/^[\p{Lu}-]+$/u.test(surface)) return undefined;
  if (!/[AEIOUY]/.test(surface)) return undefined;
  const next = ctx.tokens[i + 1]?.lower;
  // "NEW SORVANI: The firm ...": a dateline written with a colon (text/dateline.ts)
  if (next === ':' && datelineDash(ctx.text, ctx.tokens, i, ctx.tokens.length) >= 0)
    return 'location';
  if (next === ':') {
    // "BONDS:", "MARKETS:", "CORRECTION:" label sections: a known label, or a common English
    // plural not named elsewhere; "RAMOS:" and "SMITH:" are surnames, speakers in a transcript
    const lower = surface.toLowerCase();
    const section =
      isCommonWord(ctx, lower) ||
      SECTION_LABELS.has(lower) ||
      (lower.endsWith('s') && isDictionaryWord(lower) && !ctx.capSeen.has(lower));
    return section ? 'section' : 'speaker';
  }
  if (next === '\u2014' || next === '--' || next === '\u2013') return 'location';
  // "MARKETS Stocks fell ...": a section's label run into the sentence it heads
  const following = ctx.tokens[i + 1];
  if (following && labelRunIntoSentence(ctx.text, ctx.tokens[i]!, following)) return 'section';
  // "FURIOUS villagers have ...": a long word shouted for emphasis opening a tabloid sentence,
  // before a noun (a short one is a body's acronym, "HOPE filed", "TIDE says")
  const after = ctx.tokens[i + 1];
  const noun =
    after?.word && !after.cap && !isPastTense(after.lower) && !AUXILIARIES.has(after.lower);
  if (
    noun &&
    surface.length > 4 &&
    !cueClass(after.lower) &&
    isDictionaryWord(surface.toLowerCase())
  )
    return 'section';
  // "NORLAND (Harbour Wire) —", "EASTVALE, Ill. —": a dateline with its agency or region
  if (next === '(' || next === ',')
    return datelineDash(ctx.text, ctx.tokens, i, ctx.tokens.length) >= 0 ? 'location' : undefined;
  return undefined;
}

/**
 * A name in a list that a plural body noun opens: "companies including Harlow Finch, Vey
 * Partners and Dana Ruhl", "lenders such as ...". Each name in it is a body, not a person (but
 * where the noun names people as readily, "employers like Ned Vey", a first name and a
 * surname are someone's: `fullName`).
 */
export function listOfBodies(ctx: Ctx, start: number, fullName: boolean): boolean {
  const { tokens, text } = ctx;
  for (let k = start - 1; k >= 0 && start - k <= MAX_LIST_TOKENS; k--) {
    const t = tokens[k]!;
    if (LIST_OPENERS.has(t.lower)) {
      // "such as": the noun is before "such"
      const noun = t.lower === 'as' && tokens[k - 1]?.lower === 'such' ? k - 2 : k - 1;
      if (t.lower === 'as' && noun !== k - 2) return false;
      const plural = tokens[noun];
      if (!plural?.word || isCap(text, plural)) return false;
      const body = singular(plural.lower);
      return isBodyNoun(body) && !(fullName && FIRM_NOUNS_FOR_PEOPLE.has(body));
    }
    // only names, commas and "and" between the opener and this name
    if (t.word ? !isCap(text, t) && t.lower !== 'and' && t.lower !== '&' : !',.&'.includes(t.lower))
      return false;
  }
  return false;
}

const MAX_LIST_TOKENS = 40;

/** "companies" -> "company", "businesses" -> "business", "firms" -> "firm". */
export function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ss|ch|sh|x)es$/.test(word)) return word.slice(0, -2);
  return withoutPluralS(word);
}

/** The word without one final "s" ("democrats" -> "democrat"). */
export function withoutPluralS(word: string): string {
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/** Initials written with periods: "P.J", "A.J.", "J.R.R". */
export function isInitials(word: string): boolean {
  return /^\p{Lu}(?:\.\p{Lu})+\.?$/u.test(word);
}

/**
 * A name that its neighbours show to be a body or a thing, not a person: a body noun before it
 * ("the aid group Harbour Hope", "the London-based firm Vey Partners") makes an organisation; a
 * determiner before and a common noun after ("the Kestrel Line pipeline", "a Jo Kemp slapshot")
 * make it a modifier naming a thing.
 */
export function namesAThing(
  ctx: Ctx,
  start: number,
  end: number,
): 'organization' | 'other' | undefined {
  const { tokens, text } = ctx;
  const before = tokens[start - 1];
  // "San Marco-based Vey Partners"; but "Texas-based Ada Kemp said" (a known first name)
  if (
    before?.word &&
    before.lower.endsWith('-based') &&
    !FIRST_NAME_GENDER.has(tokens[start]!.bare)
  )
    return 'organization';
  // "the contractor, Bellweather Civil,", "the operator, Tollway Express": a firm beside its
  // noun; "Chipmaker Velant Micro will ...": a firm noun opening the sentence before the name
  // (but "Developer Ana Kosta" names a person by her first name)
  const besideFirmNoun =
    (before?.lower === ',' && firmNounBefore(ctx, start - 2)) ||
    (!!before?.word && !!ctx.initial[start - 1] && FIRM_NOUNS.has(before.lower));
  if (besideFirmNoun && !FIRST_NAME_GENDER.has(tokens[start]!.bare)) return 'organization';
  if (before?.word && !isCap(text, before)) {
    // "the firm Harlow Bros.", "the journal Pollinator Ecology"; but a firm noun that is a
    // role too, before a first name, is the person's ("honey producer Evander Kamau")
    const role = isRoleNoun(before.lower) && FIRST_NAME_GENDER.has(tokens[start]!.bare);
    if (!role && (BODY_NOUNS.has(before.lower) || FIRM_NOUNS.has(before.lower)))
      return 'organization';
    if (MEDIA_NOUNS.has(before.lower)) return 'organization';
    // "shares of Harbour Freight", "a stake in Lakeview Mills"
    const held = tokens[start - 2];
    if (
      (before.lower === 'of' || before.lower === 'in') &&
      FIRM_HOLDING_NOUNS.has(held?.lower ?? '')
    )
      return 'organization';
  }
  const after = tokens[end];
  if (
    before &&
    (ARTICLES.has(before.lower) || isNumberModifier(ctx, start - 1)) &&
    after?.word &&
    !isCap(text, after) &&
    !isPossessive(tokens[end - 1]!) &&
    !isFunctionWord(after.lower) &&
    !isSpeechVerb(ctx, end)
  )
    return 'other';
  return undefined;
}

function isFunctionWord(lower: string): boolean {
  return (
    lower === 'who' ||
    PREPOSITIONS.has(lower) ||
    CONNECTIVES.has(lower) ||
    AUXILIARIES.has(lower) ||
    CLAUSE_OPENERS.has(lower) ||
    DETERMINERS.has(lower) ||
    PERSONAL_PRONOUNS.has(lower)
  );
}

/**
 * A word with a capital after a lowercase letter, other than a surname prefix's, in any part of a
 * hyphenated word ("Tremblay-MacLeod", "Ramdial-DeSouza" are surnames; "PayPal" a brand).
 */
export function isBrandShaped(word: string): boolean {
  if (!mayHaveInnerCapital(word)) return false;
  for (const inner of word.matchAll(/\p{Ll}\p{Lu}/gu)) {
    const partStart = word.lastIndexOf('-', inner.index) + 1;
    if (!SURNAME_PREFIXES.has(word.slice(partStart, inner.index + 1))) return true;
  }
  return false;
}

/**
 * Whether the word may hold a small letter then a capital: an ASCII word is read by code, and
 * only one with other characters is left to the Unicode classes.
 */
function mayHaveInnerCapital(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128 || word.charCodeAt(i - 1) >= 128) return true;
    if (code >= 65 && code <= 90 && word.charCodeAt(i - 1) >= 97 && word.charCodeAt(i - 1) <= 122)
      return true;
  }
  return false;
}

/**
 * Two or more name words right after "the" that open with no known first name name a team, a
 * band, a work or a character, not a person: "the Harbour Hawks", "the Eastvale Thunder", "the
 * Silver Lantern". A plural, a possessive or one that speaks is a body; the rest are things.
 */
export function nameAfterThe(ctx: Ctx, r: NameRun): 'organization' | 'other' | undefined {
  const { tokens } = ctx;
  const { start, end, wordIdx, lowers } = r;
  if (wordIdx.length < 2 || tokens[start - 1]?.lower !== 'the' || r.knownFirst) return undefined;
  const last = tokens[end - 1]!;
  if (/[^s]s$/.test(last.lower) && !isPossessive(last)) return 'organization';
  // "the Prime Minister" is a title; "the Ines Marr who founded it" is someone
  if (lowers.some((w) => isRoleNoun(w) || HONORIFIC_GENDER.has(w))) return undefined;
  if (tokens[end]?.lower === 'who') return undefined;
  return isPossessive(last) || isSpeechVerb(ctx, end) ? 'organization' : 'other';
}

/** The run is all a quotation holds: a title or a nickname ('an app called "Tide Meter"'). */
export function isQuotedTitle(ctx: Ctx, start: number, end: number): boolean {
  const { tokens } = ctx;
  const open = tokens[start - 1];
  // the marks touch the name: '"Low energy" Ada Kemp' is not quoted; a quoted "Ada Kemp" is someone
  if (!open || !TITLE_QUOTES.has(open.lower) || open.end !== tokens[start]!.start) return false;
  if (FIRST_NAME_GENDER.has(tokens[start]!.bare)) return false;
  let last = end - 1;
  const stop = tokens[end];
  if (stop && !stop.word && '.,!?'.includes(stop.lower) && stop.start === tokens[last]!.end)
    last = end;
  const close = tokens[last + 1];
  return !!close && close.start === tokens[last]!.end && TITLE_QUOTES.has(close.lower);
}

/** A price follows the run after a comma: a product ("Tide Cove Shaving Balm, $24"). */
export function isPriced(ctx: Ctx, end: number): boolean {
  const { tokens } = ctx;
  return (
    tokens[end]?.lower === ',' &&
    PRICE_SIGNS.has(tokens[end + 1]?.lower ?? '') &&
    /^\d/.test(tokens[end + 2]?.lower ?? '')
  );
}

/** Ages a person's name may be given with: "Ivo Major, 4," "Ann Roe, 103." */
const MAX_AGE = 120;

/** An age follows the run between commas, or before the sentence's end: a person ("Ivo Major, 4,"). */
export function isAged(ctx: Ctx, end: number): boolean {
  const { tokens } = ctx;
  const number = tokens[end + 1]?.lower ?? '';
  if (tokens[end]?.lower !== ',' || !/^\d{1,3}$/.test(number) || Number(number) > MAX_AGE)
    return false;
  const after = tokens[end + 2]?.lower;
  return after === undefined || after === ',' || after === '.' || after === ';';
}

/** "the contractor", "its operator": a firm's noun, written small after a determiner, at `k`. */
function firmNounBefore(ctx: Ctx, k: number): boolean {
  const noun = ctx.tokens[k];
  const determiner = ctx.tokens[k - 1]?.lower ?? '';
  return (
    !!noun?.word &&
    !noun.cap &&
    FIRM_NOUNS.has(noun.lower) &&
    (ARTICLES.has(determiner) || determiner === 'its' || determiner === 'their')
  );
}

/** The words before `start` give a name: "his name as", "name only as", "first name,". */
export function givenAsName(ctx: Ctx, start: number): boolean {
  const { tokens } = ctx;
  const at = (k: number) => tokens[start - k]?.lower;
  // "a woman named Ines", "a teacher named Ivo Lake" (not "a dog named Max")
  if (at(1) === 'named') return isRoleNoun(at(2) ?? '') || ROLE_GENDER.has(at(2) ?? '');
  if (at(1) === ',') return at(2) === 'name' && at(3) === 'first';
  return at(1) === 'as' && (at(2) === 'name' || (at(2) === 'only' && at(3) === 'name'));
}
