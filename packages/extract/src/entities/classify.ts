import { DEMONYMS, FIRST_NAME_GENDER, GAZETTEER } from './gazetteer.js';
import { BODY_NOUNS, FIRM_HOLDING_NOUNS, FIRM_NOUNS, ORG_WORDS } from './data/organizations.js';
import {
  HONORIFIC_GENDER,
  PEOPLE_PLURALS,
  ROLE_GENDER,
  ROLE_NOUNS,
  type Gender,
} from './data/people.js';
import { FEATURE_WORDS, PLACE_WORDS } from './data/places.js';
import { isBodyNoun } from './data/source-words.js';
import { isDictionaryPhrase, isDictionaryWord } from './data/dictionary.js';
import { NAME_PARTICLES, NOT_NAME_WORDS } from './data/words.js';
import {
  SURNAME_PREFIXES,
  THING_WORDS,
  PARTY_WORDS,
  SAINT_WORDS,
  PLACE_OPENERS,
  CONNECTORS,
  LIST_OPENERS,
} from './data/name-words.js';
import {
  type Ctx,
  isCap,
  isPossessive,
  longestListed,
  stripPossessive,
  emitListed,
  candidate,
  isNameSuffix,
  isSpeechVerb,
  hasDigit,
  isCommonWord,
  isTitleWord,
  isBareHonorific,
  isSurnameFirst,
  withoutParticle,
} from './name-scan.js';
import { acronymAfter, addContext, bracketedInitials } from './name-context.js';
import { FRAMING_OPENERS } from '../lexicon/framing-openers.js';
import { SECTION_LABELS } from '../lexicon/quote-words.js';
import {
  ARTICLES,
  AUXILIARIES,
  REGION_ABBREVIATIONS,
  REGION_INITIALS,
  CLAUSE_OPENERS,
  CONNECTIVES,
  DETERMINERS,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
} from '../lexicon/words.js';

export const MAX_NAME_WORDS = 5;

/** Decides what a capitalised run names, splitting it where it holds more than one name. */
export function classifyRun(ctx: Ctx, run: number[]): void {
  const { tokens, text } = ctx;
  let from = 0;
  // leading words that only open a sentence or a quotation: "But", "The", "When", "Analysts"
  while (from < run.length) {
    const k = run[from]!;
    const t = tokens[k]!;
    const lower = t.bare;
    if (!t.word || CONNECTORS.has(lower) || (NAME_PARTICLES.has(lower) && !isCap(text, t))) {
      from++;
      continue;
    }
    if (
      (NOT_NAME_WORDS.has(lower) || DEMONYMS.has(lower)) &&
      !(lower !== 'the' && startsListed(ctx, run, from))
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
      from++;
      continue;
    }
    // "Unlike Okafor, ...", "Assuming voters agree": a framing word, not a first name (unless
    // a bracketed acronym spells it: "Export Development Canada (EDC)")
    if (
      ctx.initial[k] &&
      (FRAMING_OPENERS.has(lower) || isCommonAtStart(ctx, k, run.length - from)) &&
      !spelledByAcronym(ctx, run.slice(from))
    ) {
      from++;
      continue;
    }
    break;
  }
  const rest = run.slice(from);
  if (!rest.some((k) => tokens[k]!.word)) return;
  classifyName(ctx, rest);
}

/** The run's words are spelled by the bracketed acronym after it. */
function spelledByAcronym(ctx: Ctx, run: number[]): boolean {
  const words = run
    .filter((k) => ctx.tokens[k]!.word)
    .map((k) => ctx.text.slice(ctx.tokens[k]!.start, ctx.tokens[k]!.end));
  return bracketedInitials(ctx, run[run.length - 1]! + 1, words);
}

/** A listed name starts at run[from] ("New York", "Saudi Arabia"). */
export function startsListed(ctx: Ctx, run: number[], from: number): boolean {
  const listed = longestListed(ctx, run[from]!, run[run.length - 1]! + 1);
  return !!listed && listed.end - listed.start > 1;
}

/** A sentence-initial word that the text also writes in lower case, or a role/plural noun. */
export function isCommonAtStart(ctx: Ctx, k: number, length: number): boolean {
  const lower = ctx.tokens[k]!.bare;
  if (GAZETTEER.has(lower) || FIRST_NAME_GENDER.has(lower)) return false;
  const surface = ctx.text.slice(ctx.tokens[k]!.start, ctx.tokens[k]!.end);
  // a section label ("MARKETS:") names nothing; an acronym, a speaker label or a dateline does
  const label = capitalsLabel(ctx, k, surface);
  if (label === 'section') return true;
  if (/^[\p{Lu}\p{N}]{2,8}$/u.test(surface) || label) return false;
  if ((ROLE_NOUNS.has(lower) || HONORIFIC_GENDER.has(lower)) && length > 1) return false; // "President Joe Biden said"
  if (length > 1 && isTitleWord(ctx.tokens[k + 1]?.lower ?? '')) return false; // "Health Minister X"
  if (ctx.lowerSeen.has(lower) || PEOPLE_PLURALS.has(lower) || ROLE_NOUNS.has(lower)) return true;
  if (lower.endsWith('ly') && ctx.tokens[k + 1]?.lower === ',') return true; // "Initially, ..."
  if (/(?:ers|ors|ists|ants|ents|ians)$/.test(lower) && !ctx.capSeen.has(lower)) return true; // "Demonstrators said"

  if (length > 1) return false;
  // a lone capitalised word opening a sentence is a name only with some evidence
  if (ctx.capSeen.has(lower)) return false;
  // "Reports say", "Critics argue": a plural of a common noun is no name
  if (lower.endsWith('s') && isDictionaryWord(lower) && isDictionaryWord(lower.slice(0, -1)))
    return true;
  return !isSpeechVerb(ctx, k + 1);
}

export function isOrgRun(ctx: Ctx, run: number[]): boolean {
  return run.some((k) => ORG_WORDS.has(ctx.tokens[k]!.lower));
}

/** What a name-shaped run is, tried in order: listed, titled person, by its words, inner names, a name. */
export function classifyName(ctx: Ctx, run: number[]): void {
  const { tokens } = ctx;
  const start = run[0]!;
  const end = run[run.length - 1]! + 1;
  const wordIdx = run.filter((k) => tokens[k]!.word);
  const r: NameRun = {
    run,
    start,
    end,
    wordIdx,
    lowers: wordIdx.map((k) => stripPossessive(tokens[k]!.lower)),
  };
  // 1. a listed name, whole
  const listed = longestListed(ctx, start, end);
  if (listed && listed.end === end) {
    emitListed(ctx, listed.entry, listed.start, listed.end, false);
    return;
  }
  if (titledName(ctx, r) || byWordClass(ctx, r) || innerListed(ctx, r)) return;
  plainName(ctx, r);
}

/** A capitalised run being classified: its tokens, bounds, word tokens and their bare lowercase. */
interface NameRun {
  run: number[];
  start: number;
  end: number;
  wordIdx: number[];
  lowers: string[];
}

/** 2. a title before a name: "Prime Minister Justin Trudeau", "Dr. Jane Roe", "Secretary of State X". */
function titledName(ctx: Ctx, r: NameRun): boolean {
  const { tokens, text } = ctx;
  const { start, end, wordIdx, lowers } = r;
  let titleEnd = -1;
  for (let w = 0; w < wordIdx.length - 1; w++) {
    const lower = lowers[w]!;
    // a plural role ("Senators") titles a name only first: "Department of Veterans Affairs" is no title
    const plural =
      !ROLE_NOUNS.has(lower) && !HONORIFIC_GENDER.has(lower) && !PARTY_WORDS.has(lower);
    if (isTitleWord(lower) && (w === 0 || (!ORG_WORDS.has(lower) && !plural))) titleEnd = w;
    else if (titleEnd >= 0 && (lower === 'of' || lower === 'for') && w + 2 < wordIdx.length) {
      // "Minister of Municipal Affairs Ric McIver": the name starts at a first name, else is the last two words
      let nameFrom = wordIdx.length - Math.min(2, wordIdx.length - w - 2);
      for (let p = w + 2; p < wordIdx.length; p++) {
        if (FIRST_NAME_GENDER.has(lowers[p]!)) {
          nameFrom = p;
          break;
        }
      }
      titleEnd = nameFrom - 1;
      break;
    }
  }
  if (titleEnd >= 0) {
    const nameIdx = wordIdx.slice(titleEnd + 1);
    const nameLowers = lowers.slice(titleEnd + 1);
    if (
      nameIdx.length > 0 &&
      nameIdx.length <= 4 &&
      isCap(text, tokens[nameIdx[0]!]!) &&
      !(nameIdx.length === 1 && isCommonWord(ctx, nameLowers[0]!)) &&
      !(nameIdx.length > 1 && isDictionaryPhrase(nameLowers)) &&
      !ROLE_NOUNS.has(nameLowers[nameLowers.length - 1]!) && // "Chief Harbour Economist"
      !nameLowers.some((w) => ORG_WORDS.has(w) || THING_WORDS.has(w)) &&
      // "Ms. Lane", "Dr. Park": after Mr. or Ms. a place word is a surname
      (isBareHonorific(lowers[titleEnd]!) || !nameLowers.some((w) => PLACE_WORDS.has(w)))
    ) {
      const nameStart = nameIdx[0]!;
      const c = candidate(ctx, nameStart, end, 'person', { person: true });
      c.words = c.words.filter((w) => !isNameSuffix(w));
      if (!c.words.length) return true;
      let gender: Gender = 'unknown';
      const titleWords: string[] = [];
      for (let w = 0; w <= titleEnd; w++) {
        const g = HONORIFIC_GENDER.get(lowers[w]!) ?? ROLE_GENDER.get(lowers[w]!);
        if (g && g !== 'unknown') gender = g;
        const token = tokens[wordIdx[w]!]!;
        // an abbreviation keeps its period: "Coun.", "B.C. Premier"
        const period = tokens[wordIdx[w]! + 1];
        const glued = period?.lower === '.' && period.start === token.end;
        titleWords.push(text.slice(token.start, glued ? period.end : token.end));
      }
      c.gender =
        gender !== 'unknown'
          ? gender
          : (FIRST_NAME_GENDER.get(c.words[0]!.toLowerCase()) ?? 'unknown');
      const title = titleWords.filter((w) => !isBareHonorific(w)).join(' ');
      if (title) c.descriptors.push(title);
      addContext(ctx, c, start, end);
      ctx.out.push(c);
      return true;
    }
  }
  return false;
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
    r.run.some((k) => tokens[k]!.lower === '&') ||
    spelledByAcronym(ctx, r.run)
  ) {
    const org = candidate(ctx, start, end, 'organization');
    ctx.out.push(org);
    acronymAfter(ctx, end, org.span);
    return true;
  }
  // 4. a place word: "Main Street", "Lake Erie"
  if (
    PLACE_WORDS.has(lowers[lowers.length - 1]!) ||
    (lowers.length > 1 &&
      PLACE_OPENERS.has(lowers[0]!) &&
      (SAINT_WORDS.has(lowers[0]!) || !FIRST_NAME_GENDER.has(lowers[1]!)))
  ) {
    if (!(lowers.length === 1 && lowers[0] === 'state'))
      ctx.out.push(candidate(ctx, start, end, 'location'));
    return true;
  }
  // "the Elm Street Rosa's location": a place inside a run ends there, a name of its own follows
  const inner = lowers.findIndex((w, n) => n > 0 && n < lowers.length - 1 && PLACE_WORDS.has(w));
  if (inner > 0 && !FIRST_NAME_GENDER.has(lowers[0]!)) {
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
      if (isTitleWord(lowers[0]!)) return true; // "CEO", "MP": a role, not an organisation
      ctx.out.push(candidate(ctx, start, end, 'organization'));
      return true;
    }
  }
  return false;
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
  return undefined;
}

/** 6. listed names inside the run ("Ottawa Senators" -> Ottawa + Senators). */
function innerListed(ctx: Ctx, r: NameRun): boolean {
  const { tokens } = ctx;
  const { run, start, end, wordIdx, lowers } = r;
  if (wordIdx.length > 1) {
    for (let k = 0; k < run.length; k++) {
      const inner = longestListed(ctx, run[k]!, end);
      if (!inner || (inner.entry.surface.length === 1 && FIRST_NAME_GENDER.has(lowers[0]!)))
        continue;
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
      // "Global Affairs Canada", "Hockey Canada": words before a country that ends the run name a body
      if (
        k > 0 &&
        inner.end === end &&
        inner.entry.kind === 'location' &&
        !inner.entry.metonym &&
        !FIRST_NAME_GENDER.has(lowers[0]!) &&
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
      if (before.some((m) => tokens[m]!.word)) classifyName(ctx, before);
      emitListed(ctx, inner.entry, inner.start, inner.end, false);
      const after = run.filter((m) => m >= inner.end);
      if (after.some((m) => tokens[m]!.word)) classifyRun(ctx, after);
      return true;
    }
  }
  return false;
}

/**
 * A name in a list that a plural body noun opens: "companies including Harlow Finch, Vey
 * Partners and Dana Ruhl", "lenders such as ...". Each name in it is a body, not a person.
 */
function listOfBodies(ctx: Ctx, start: number): boolean {
  const { tokens, text } = ctx;
  for (let k = start - 1; k >= 0 && start - k <= MAX_LIST_TOKENS; k--) {
    const t = tokens[k]!;
    if (LIST_OPENERS.has(t.lower)) {
      // "such as": the noun is before "such"
      const noun = t.lower === 'as' && tokens[k - 1]?.lower === 'such' ? k - 2 : k - 1;
      if (t.lower === 'as' && noun !== k - 2) return false;
      const plural = tokens[noun];
      return !!plural?.word && !isCap(text, plural) && isBodyNoun(singular(plural.lower));
    }
    // only names, commas and "and" between the opener and this name
    if (t.word ? !isCap(text, t) && t.lower !== 'and' && t.lower !== '&' : !',.&'.includes(t.lower))
      return false;
  }
  return false;
}

const MAX_LIST_TOKENS = 40;

/** "companies" -> "company", "businesses" -> "business", "firms" -> "firm". */
function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ss|ch|sh|x)es$/.test(word)) return word.slice(0, -2);
  return withoutPluralS(word);
}

/** The word without one final "s" ("democrats" -> "democrat"). */
function withoutPluralS(word: string): string {
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/** Initials written with periods: "P.J", "A.J.", "J.R.R". */
function isInitials(word: string): boolean {
  return /^\p{Lu}(?:\.\p{Lu})+\.?$/u.test(word);
}

/** 7. a team after "the", a thing, a group, or a name: people have two to four name words. */
function plainName(ctx: Ctx, r: NameRun): void {
  const { tokens } = ctx;
  const { start, end, wordIdx, lowers } = r;
  // "the Harbour Hawks", "the Lakeview Lakers": a plural name after "the" is a team or a band
  const lastToken = tokens[end - 1]!;
  if (
    wordIdx.length >= 2 &&
    tokens[start - 1]?.lower === 'the' &&
    /[^s]s$/.test(lastToken.lower) &&
    !isPossessive(lastToken) &&
    !FIRST_NAME_GENDER.has(lowers[0]!)
  ) {
    ctx.out.push(candidate(ctx, start, end, 'organization'));
    return;
  }
  // 7. a name: people have two to four name words; a lone word needs evidence
  if (
    (lowers.some((w) => THING_WORDS.has(w)) && !FIRST_NAME_GENDER.has(lowers[0]!)) ||
    wordIdx.length > MAX_NAME_WORDS
  ) {
    ctx.out.push(candidate(ctx, start, end, 'other'));
    return;
  }
  // names have no digits: "Bill C-69", "Highway 401"
  if (hasDigit(lowers)) {
    ctx.out.push(candidate(ctx, start, end, 'other'));
    return;
  }
  // "Opposition MPs", "CEOs": the plural of an abbreviation is a group, not a person
  if (
    lastToken.lower.endsWith('s') &&
    /^\p{Lu}{2,}s$/u.test(ctx.text.slice(lastToken.start, lastToken.end))
  ) {
    ctx.out.push(candidate(ctx, start, end, 'other'));
    return;
  }
  // "Virginia Democrats", "Rohingya Muslim": a group, not a person
  const lastWord = lowers[lowers.length - 1]!;
  const lastSingular = withoutPluralS(lastWord);
  if (DEMONYMS.has(lastWord) || DEMONYMS.has(lastSingular) || PARTY_WORDS.has(lastSingular)) {
    ctx.out.push(candidate(ctx, start, end, lastWord.endsWith('s') ? 'organization' : 'other'));
    return;
  }
  // a title with no name after it ("Prime Minister", "Health Minister") names nobody by itself
  if (lowers.some((w) => ROLE_NOUNS.has(w) || HONORIFIC_GENDER.has(w))) return;
  // a photo credit ("Jane Roe/The Canadian Press") is not someone the article mentions
  if (ctx.tokens[end]?.lower === '/') return;
  if (wordIdx.length === 1 && DEMONYMS.has(withoutPluralS(lowers[0]!))) return; // "Americans"
  // "TransLink", "Coastal GasLink": a capital inside a word marks a brand, not a surname
  // (surnames do it after a prefix: McAdam, MacLeod, DeSantis, LeBlanc, O'Neil)
  if (
    !FIRST_NAME_GENDER.has(lowers[0]!) &&
    r.wordIdx.some((k) => isBrandShaped(ctx.text.slice(tokens[k]!.start, tokens[k]!.end)))
  ) {
    ctx.out.push(candidate(ctx, start, end, 'organization'));
    return;
  }
  if (placeByContext(ctx, start, end)) {
    ctx.out.push(candidate(ctx, start, end, 'location'));
    return;
  }
  if (listOfBodies(ctx, start)) {
    ctx.out.push(candidate(ctx, start, end, 'organization'));
    return;
  }
  const thing = namesAThing(ctx, start, end);
  if (thing) {
    ctx.out.push(candidate(ctx, start, end, thing));
    return;
  }
  const c = candidate(ctx, start, end, 'unknown');
  c.words = c.words.filter((w) => !isNameSuffix(w));
  if (!c.words.length) return;
  // a surname first ("Kim Jong-un") says nothing of gender
  if (!isSurnameFirst(c.words)) c.gender = FIRST_NAME_GENDER.get(lowers[0]!) ?? 'unknown';
  addContext(ctx, c, start, end);
  if (wordIdx.length > 1) {
    // two to four name-shaped words are a person unless they look like a phrase in Title Case
    // initials ("P.J.", "A.J.") are capitals too, but not shouting
    const shouting = c.words.some(
      (w) => w.length > 1 && w === w.toUpperCase() && /\p{L}/u.test(w) && !isInitials(w),
    );
    const knownFirst = FIRST_NAME_GENDER.has(lowers[0]!);
    const common =
      lowers.some(
        (w, n) => (n > 0 || !knownFirst) && withoutParticle(w) === w && isCommonWord(ctx, w),
      ) || isDictionaryPhrase(lowers);
    if (c.person || (!shouting && (knownFirst || !common))) c.person = true;
    // what speaks but is no person is a body: "the Silver Courier reported"
    else c.kind = shouting || isSpeechVerb(ctx, end) ? 'organization' : 'other';
  }
  if (c.person) c.kind = 'person';
  ctx.out.push(c);
}

/**
 * A name that its neighbours show to be a body or a thing, not a person: a body noun before it
 * ("the aid group Harbour Hope", "the London-based firm Vey Partners") makes an organisation; a
 * determiner before and a common noun after ("the Kestrel Line pipeline", "a Jo Kemp slapshot")
 * make it a modifier naming a thing.
 */
function namesAThing(ctx: Ctx, start: number, end: number): 'organization' | 'other' | undefined {
  const { tokens, text } = ctx;
  const before = tokens[start - 1];
  if (before?.word && !isCap(text, before)) {
    if (BODY_NOUNS.has(before.lower) || FIRM_NOUNS.has(before.lower)) return 'organization';
    if (before.lower.endsWith('-based')) return 'organization';
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
    ARTICLES.has(before.lower) &&
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

/** A word with a capital after a lowercase letter, other than a surname prefix's. */
function isBrandShaped(word: string): boolean {
  const inner = /\p{Ll}\p{Lu}/u.exec(word);
  if (!inner) return false;
  return !SURNAME_PREFIXES.has(word.slice(0, inner.index + 1));
}

/**
 * A name its neighbours show to be a place: a region after a comma ("Trout Brook, N.B.",
 * "Shah Alam, Malaysia") or "state" or "province" after it ("central Pahang state").
 */
function placeByContext(ctx: Ctx, start: number, end: number): boolean {
  const { tokens, text } = ctx;
  const after = tokens[end];
  if (after?.word && (after.lower === 'state' || after.lower === 'province'))
    return !isCap(text, after);
  // "the Brenna river", "the Lakeview valley": a feature written small after "the" and a name
  if (after?.word && !isCap(text, after) && FEATURE_WORDS.has(after.lower))
    return tokens[start - 1]?.lower === 'the';
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
