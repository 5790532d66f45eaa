import type { Block, EntityKind, Span } from '@sourcetrace/article-model';
import { cueClass } from '../lexicon/cues.js';
import { SOCIAL_HONORIFICS } from '../lexicon/words.js';
import type { Sentence } from '../text/sentences.js';
import { tokenAt, type Token } from '../text/tokens.js';
import {
  DEMONYMS,
  FIRST_NAME_GENDER,
  GAZETTEER,
  GAZETTEER_MAX_TOKENS,
  GAZETTEER_PREFIXES,
  matchesCase,
  type GazetteerEntry,
} from './gazetteer.js';
import { ORG_WORDS } from './data/organizations.js';
import {
  HONORIFIC_GENDER,
  PEOPLE_PLURALS,
  ROLE_GENDER,
  ROLE_NOUNS,
  type Gender,
} from './data/people.js';
import { PLACE_WORDS } from './data/places.js';
import { NAME_PARTICLES, NAME_SUFFIXES, NOT_NAME_WORDS } from './data/words.js';

/** One name found in the text, before names are merged into entities. */
export interface Candidate {
  /** The name as written: possessive "'s" and a leading "the" left out. */
  span: Span;
  /** The name's words without honorifics and titles ("Ana", "Ruiz"). */
  words: string[];
  kind: EntityKind | 'unknown';
  /** Set for listed names: the entity it refers to. */
  listed?: GazetteerEntry;
  gender: Gender;
  /** Context says this is a person (a title, "X said", an apposition with a role noun). */
  person: boolean;
  descriptors: string[];
  /** Found in a headline or heading: may only name an entity the body names too. */
  headline: boolean;
  /** A bracketed acronym: another name for the entity whose name ends at this span's start. */
  aliasOf?: Span;
}

export interface Recognized {
  candidates: Candidate[];
  /** Whether a lowercased word is an everyday word here (the text writes it in lower case too). */
  isCommon: (lower: string) => boolean;
  /** Whether a lowercased word is written capitalised mid-sentence here, or is a first name. */
  seenAsName: (lower: string) => boolean;
}

/** Words that make a capitalised phrase a thing, not a person ("Stanley Cup", "Bill C-11"). */
const THING_WORDS = new Set([
  'amendment',
  'grants',
  'show',
  'pact',
  'states',
  'women',
  'men',
  'people',
  'fuels',
  'investment',
  'coal',
  'one',
  'party',
  'mall',
  'monument',
  'atoll',
  'bear',
  'cup',
  'bowl',
  'games',
  'olympics',
  'award',
  'awards',
  'prize',
  'act',
  'bill',
  'law',
  'treaty',
  'accord',
  'agreement',
  'plan',
  'strategy',
  'charter',
  'code',
  'index',
  'report',
  'summit',
  'conference',
  'election',
  'budget',
  'review',
  'inquiry',
  'war',
  'day',
  'week',
  'month',
  'year',
  'series',
  'championship',
  'tour',
  'matter',
  'matters',
  'program',
  'initiative',
  'policy',
  'doctrine',
  'convention',
  'protocol',
  'deal',
  'period',
  'season',
  'era',
  'age',
  'revolution',
  'crisis',
  'pandemic',
  'virus',
  'disease',
  'syndrome',
  'house',
  'hall',
  'building',
  'tower',
  'centre',
  'arena',
  'stadium',
  'palace',
  'church',
  'cathedral',
]);
/** Words that take an "of" inside a name ("Bay of Fundy", "Republic of Ireland"). */
const OF_HEADS = new Set([
  'bay',
  'gulf',
  'isle',
  'sea',
  'strait',
  'city',
  'republic',
  'kingdom',
  'state',
  'province',
  'house',
  'office',
  'cape',
  'lake',
  'mount',
  'port',
]);
/** Party labels before a name ("Democrat Jane Roe", "Liberal MP X"). */
const PARTY_WORDS = new Set([
  'democrat',
  'democratic',
  'republican',
  'liberal',
  'conservative',
  'tory',
  'ndp',
  'independent',
  'labour',
  'bloc',
  'gop',
  'green',
  'libertarian',
  'progressive',
  'socialist',
]);
const SAINT_WORDS = new Set([
  'saint',
  'st',
  'ste',
  'san',
  'santa',
  'fort',
  'port',
  'mount',
  'mt',
  'lake',
  'cape',
]);
/** First words that make a capitalised phrase a place ("Lake Erie", "Mount Royal"). */
const PLACE_OPENERS = new Set([
  'lake',
  'mount',
  'mt',
  'fort',
  'port',
  'cape',
  'isle',
  'saint',
  'st',
  'san',
  'santa',
  'new',
  'north',
  'south',
  'east',
  'west',
  'upper',
  'lower',
]);
const OPENING_MARKS = new Set([
  '"',
  '\u201c',
  '\u2018',
  "'",
  '(',
  '[',
  ':',
  '\u2014',
  '\u2013',
  '-',
  '\u00ab',
]);
const CONNECTORS = new Set(['of', 'for', 'and', 'the', '&', 'de', 'du', 'des', 'la', 'le']);
/** Words that stop the scan back over a descriptor before a name ("said military analyst X"). */
const DESCRIPTOR_STOPS = new Set([
  'and',
  'or',
  'but',
  'is',
  'was',
  'are',
  'were',
  'by',
  'with',
  'to',
  'from',
  'as',
  'that',
  'who',
  'when',
  'while',
  'after',
  'before',
  'according',
  'like',
  'than',
]);
const DETERMINER_WORDS = new Set([
  'a',
  'an',
  'the',
  'his',
  'her',
  'its',
  'their',
  'our',
  'this',
  'that',
  'former',
  'then',
]);
/** Function-like words that still belong in a descriptor ("Norland's new premier", "former premier"). */
const DESCRIPTOR_ADJECTIVES = new Set([
  'new',
  'former',
  'first',
  'last',
  'own',
  'next',
  'then',
  'top',
  'senior',
  'chief',
  'longtime',
  'current',
  'interim',
  'acting',
  'deputy',
]);
const MAX_NAME_WORDS = 5;

interface Ctx {
  text: string;
  tokens: Token[];
  /** Index of tokens that open a sentence, a quotation or a clause after a colon. */
  initial: Uint8Array;
  /** Lowercased words seen in lower case in the text. */
  lowerSeen: Set<string>;
  /** Lowercased words seen capitalised away from the start of a sentence. */
  capSeen: Set<string>;
  out: Candidate[];
}

/** Finds the names in the text: body blocks by rule, headlines only by lists (matched later to body names). */
export function recognize(
  text: string,
  tokens: Token[],
  blocks: Block[],
  sentences: Sentence[],
): Recognized {
  const initial = new Uint8Array(tokens.length);
  for (const sentence of sentences) {
    const i = tokenAt(tokens, sentence.start);
    if (i < tokens.length) initial[i] = 1;
  }
  for (const block of blocks) {
    const i = tokenAt(tokens, block.span.start);
    if (i < tokens.length) initial[i] = 1;
  }
  for (let i = 1; i < tokens.length; i++) {
    const before = tokens[i - 1]!;
    if (!before.word && tokens[i]!.word && OPENING_MARKS.has(before.lower)) initial[i] = 1;
  }
  const lowerSeen = new Set<string>();
  const capSeen = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.word) continue;
    if (!isCap(text, token)) lowerSeen.add(token.bare);
    else if (!initial[i]) capSeen.add(token.bare);
  }
  const ctx: Ctx = { text, tokens, initial, lowerSeen, capSeen, out: [] };
  for (const block of blocks) {
    if (block.kind === 'boilerplate' || block.kind === 'byline') continue;
    let first = tokenAt(tokens, block.span.start);
    let end = first;
    while (end < tokens.length && tokens[end]!.end <= block.span.end) end++;
    if (block.kind === 'title' || block.kind === 'heading' || isTitleCase(ctx, first, end))
      scanHeadline(ctx, first, end);
    else for (; first < end;) first = scanChunk(ctx, first, end);
  }
  return {
    candidates: ctx.out,
    isCommon: (lower: string) => isCommonWord(ctx, lower),
    seenAsName: (lower: string) => ctx.capSeen.has(lower) || FIRST_NAME_GENDER.has(lower),
  };
}

function isCap(_text: string, token: Token): boolean {
  return token.cap;
}

function isPossessive(token: Token): boolean {
  return endsWithApostropheS(token.lower);
}

/** Ends in 's or ’s; checked by character because it runs for most name tokens. */
function endsWithApostropheS(word: string): boolean {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 115) return false;
  const mark = word.charCodeAt(n - 2);
  return mark === 39 || mark === 0x2019;
}

/** A name-shaped token: a capitalised word, not a time word. */
function isNameToken(ctx: Ctx, i: number): boolean {
  const token = ctx.tokens[i];
  if (!token?.word || !isCap(ctx.text, token)) return false;
  if (isShoutedWord(ctx, token)) return false;
  // a capitalised ASCII character is a letter; only beyond ASCII can a numeral have a case
  return token.lower.charCodeAt(0) < 128 || !/^\p{N}/u.test(token.lower);
}

/** A token like "Iran-backed" or "US-based": a name part glued to a lowercase word. */
function lowerHyphenPart(ctx: Ctx, token: Token): boolean {
  if (!token.lower.includes('-')) return false;
  return ctx.text
    .slice(token.start, token.end)
    .split('-')
    .some((part) => /^\p{Ll}/u.test(part));
}

/** A headline or Title Case line: only listed names are read from it (no name is made up from Title Case words). */
function isTitleCase(ctx: Ctx, first: number, end: number): boolean {
  const { text, tokens } = ctx;
  let words = 0;
  let caps = 0;
  // capitalised words the text writes in lower case elsewhere ("Was", "Over"): Title Case, not names
  let common = 0;
  for (let i = first; i < end; i++) {
    const token = tokens[i]!;
    if (!token.word) continue;
    if (i > first && isCap(text, token) && !ctx.initial[i]) {
      const lower = token.bare;
      if (NOT_NAME_WORDS.has(lower) || ctx.lowerSeen.has(lower)) common++;
    }
    if (token.end - token.start < 4) continue;
    words++;
    if (isCap(text, token)) caps++;
  }
  const last = tokens[end - 1]?.lower ?? '';
  const unpunctuated = !['.', '"', '\u201d', '?', '!'].includes(last);
  return words >= 3 && caps / words >= 0.7 && (unpunctuated || common >= 2);
}

function scanHeadline(ctx: Ctx, first: number, end: number): void {
  for (let i = first; i < end;) {
    if (!isNameToken(ctx, i) && !(ctx.tokens[i]!.lower === 'the' && isNameToken(ctx, i + 1))) {
      i++;
      continue;
    }
    const listed = longestListed(ctx, i, end);
    if (listed) {
      emitListed(ctx, listed.entry, listed.start, listed.end, true);
      i = listed.end;
      continue;
    }
    const token = ctx.tokens[i]!;
    if (isNameToken(ctx, i) && !NOT_NAME_WORDS.has(token.bare) && !lowerHyphenPart(ctx, token)) {
      ctx.out.push(candidate(ctx, i, i + 1, 'unknown', { headline: true }));
    }
    i++;
  }
}

/** The longest listed name starting at token i ("the" before it allowed), or undefined. */
function longestListed(
  ctx: Ctx,
  i: number,
  end: number,
): { entry: GazetteerEntry; start: number; end: number } | undefined {
  const { tokens } = ctx;
  const article = tokens[i]!.lower === 'the';
  const from = article ? i + 1 : i;
  let key = '';
  let found: { entry: GazetteerEntry; start: number; end: number } | undefined;
  let n = 0;
  for (let j = from; j < end && n < GAZETTEER_MAX_TOKENS + 2; j++) {
    const token = tokens[j]!;
    // "U.S." is the word "U.S" and a period: the period belongs to the abbreviation
    if (token.lower === '.' && j > from && tokens[j - 1]!.end === token.start) {
      key += ' .';
      const entry = GAZETTEER.get(key);
      if (entry) found = fit(ctx, entry, from, j + 1, article) ?? found;
      continue;
    }
    key = key ? `${key} ${token.lower}` : token.lower;
    n++;
    const bare = isPossessive(token) ? key.slice(0, key.length - 2) : key;
    const entry = GAZETTEER.get(bare);
    if (entry) found = fit(ctx, entry, from, j + 1, article) ?? found;
    if (bare !== key || (!GAZETTEER_PREFIXES.has(key) && !GAZETTEER.has(key))) break;
  }
  return found;
}

function fit(ctx: Ctx, entry: GazetteerEntry, from: number, end: number, article: boolean) {
  if (entry.article && !article) return undefined;
  const words: string[] = [];
  for (let j = from; j < end; j++)
    if (ctx.tokens[j]!.word)
      words.push(stripPossessive(ctx.text.slice(ctx.tokens[j]!.start, ctx.tokens[j]!.end)));
  if (!matchesCase(entry, words)) return undefined;
  // a listed first name before a surname ("Victoria Smith", "Jordan Peterson") is not the place
  if (
    entry.surface.length === 1 &&
    FIRST_NAME_GENDER.has(words[0]!.toLowerCase()) &&
    isNameToken(ctx, end) &&
    !ctx.tokens[end - 1]!.lower.endsWith('s') &&
    !GAZETTEER.has(ctx.tokens[end]!.lower)
  ) {
    return undefined;
  }
  return { entry, start: from, end };
}

function stripPossessive(word: string): string {
  return endsWithApostropheS(word) ? word.slice(0, -2) : word;
}

function emitListed(
  ctx: Ctx,
  entry: GazetteerEntry,
  start: number,
  end: number,
  headline: boolean,
): void {
  const c = candidate(ctx, start, end, entry.kind, { headline });
  c.listed = entry;
  ctx.out.push(c);
}

function candidate(
  ctx: Ctx,
  start: number,
  end: number,
  kind: Candidate['kind'],
  extra: Partial<Candidate> = {},
): Candidate {
  const { tokens, text } = ctx;
  const last = tokens[end - 1]!;
  const spanEnd = isPossessive(last) ? last.end - 2 : last.end;
  const words: string[] = [];
  for (let j = start; j < end; j++) {
    const t = tokens[j]!;
    if (t.word) words.push(stripPossessive(text.slice(t.start, t.end)));
  }
  return {
    span: { start: tokens[start]!.start, end: spanEnd },
    words,
    kind,
    gender: 'unknown',
    person: false,
    descriptors: [],
    headline: false,
    ...extra,
  };
}

/** Reads one capitalised run starting at or after token i; returns where to go on. */
function scanChunk(ctx: Ctx, i: number, end: number): number {
  const { tokens } = ctx;
  const token = tokens[i]!;
  if (!isNameToken(ctx, i)) {
    if (token.lower === 'the' && isNameToken(ctx, i + 1)) {
      const listed = longestListed(ctx, i, end);
      // "the Telegraph"; but "the Nova Scotia Nurses' Union" is read as a whole run
      if (
        listed &&
        (listed.entry.article ||
          !isNameToken(ctx, listed.end) ||
          isPossessive(ctx.tokens[listed.end - 1]!))
      ) {
        emitListed(ctx, listed.entry, listed.start, listed.end, false);
        return listed.end;
      }
    }
    return i + 1;
  }
  if (
    lowerHyphenPart(ctx, token) ||
    (token.lower.includes('-') &&
      !GAZETTEER.has(token.lower) &&
      token.lower.split('-').some((part) => GAZETTEER.has(part)))
  ) {
    emitHyphenParts(ctx, token);
    return i + 1;
  }
  // the capitalised run: words, periods after initials, particles and connectors inside names
  const run: number[] = [i];
  let j = i;
  for (;;) {
    const last = tokens[j]!;
    let next = j + 1;
    if (next >= end) break;
    if (tokens[next]!.lower === '.' && tokens[next]!.start === last.end && isAbbreviation(last))
      next++;
    if (next >= end) break;
    // "Nurses' Union": a plural possessive inside an organisation's name
    if (
      /['\u2019]/.test(tokens[next]!.lower) &&
      tokens[next]!.start === last.end &&
      last.lower.endsWith('s') &&
      ORG_WORDS.has(tokens[next + 1]?.lower ?? '') &&
      isNameToken(ctx, next + 1)
    ) {
      run.push(next, next + 1);
      j = next + 1;
      continue;
    }
    if (next >= end) break;
    const candidateToken = tokens[next]!;
    if (
      isPossessive(last) &&
      !(
        isNameToken(ctx, next) &&
        (ORG_WORDS.has(candidateToken.lower) ||
          PLACE_WORDS.has(candidateToken.lower) ||
          GAZETTEER_PREFIXES.has(runKey(ctx, run)))
      )
    )
      break;
    if (
      isNameToken(ctx, next) &&
      !lowerHyphenPart(ctx, candidateToken) &&
      (!isTimeWord(candidateToken.lower) || FIRST_NAME_GENDER.has(last.lower)) // "Theresa May"
    ) {
      run.push(next);
      j = next;
      continue;
    }
    const lower = candidateToken.lower;
    if (next !== j + 1) break; // a period ended the sentence
    // "Marc van der Berg": one or two particles between the parts of a name
    const second = NAME_PARTICLES.has(tokens[next + 1]?.lower ?? '') ? next + 1 : next;
    // "de", "la" also join place and firm names; after a first name they are a person's particle
    const personParticle = !CONNECTORS.has(lower) || FIRST_NAME_GENDER.has(last.bare);
    if (NAME_PARTICLES.has(lower) && isNameToken(ctx, second + 1) && personParticle) {
      for (let m = next; m <= second + 1; m++) run.push(m);
      j = second + 1;
      continue;
    }
    if (CONNECTORS.has(lower) || NAME_PARTICLES.has(lower)) {
      let k = next + 1;
      if (tokens[k]?.lower === 'the') k++;
      if (
        k < end &&
        isNameToken(ctx, k) &&
        !isTimeWord(tokens[k]!.lower) &&
        connectorFits(ctx, run, next)
      ) {
        for (let m = next; m <= k; m++) run.push(m);
        j = k;
        continue;
      }
    }
    break;
  }
  classifyRun(ctx, run);
  // "Institute for Coastal Research (ICR)": the bracketed acronym is another name for it
  return run[run.length - 1]! + 1;
}

/** The run's words as a gazetteer key: lowercased, possessives off, a leading "the" dropped. */
function runKey(ctx: Ctx, run: number[]): string {
  const words = run.map((k) => stripPossessive(ctx.tokens[k]!.lower));
  if (words[0] === 'the' && words.length > 1) words.shift();
  return words.join(' ');
}

/** "of"/"for"/"and" stay inside a name after an organisation or title word, or inside a listed name. */
function connectorFits(ctx: Ctx, run: number[], connector: number): boolean {
  const { tokens } = ctx;
  if (GAZETTEER_PREFIXES.has(`${runKey(ctx, run)} ${tokens[connector]!.lower}`)) return true;
  const lower = tokens[connector]!.lower;
  if (lower === 'and' || lower === '&') {
    // "Department of Fisheries and Oceans": "and" after an "of" inside an organisation's name
    const words = run.map((k) => tokens[k]!.lower);
    // ("... and the University of X" is another body)
    const joinsPart = tokens[connector + 1]?.lower !== 'the';
    if (lower === 'and' && joinsPart && words.includes('of') && words.some((w) => ORG_WORDS.has(w)))
      return true;
    // "Johnson & Johnson", "Procter and Gamble" are firms; "Ruiz and Okafor" are two people
    return lower === '&' && run.length <= 2;
  }
  if (run.some((k) => ORG_WORDS.has(tokens[k]!.lower))) return true;
  // "Minister of Finance", "Gulf of Mexico": "of" right after the title or place word only
  const last = tokens[run[run.length - 1]!]!.lower;
  return lower === 'of' && (ROLE_NOUNS.has(last) || OF_HEADS.has(last));
}

/** "Jr.", "III": kept out of a person's name words. */
function isNameSuffix(word: string): boolean {
  const lower = word.toLowerCase();
  return NAME_SUFFIXES.has(lower.endsWith('.') ? lower.slice(0, -1) : lower);
}

function isAbbreviation(token: Token): boolean {
  const w = token.lower;
  return (
    w.length === 1 ||
    HONORIFIC_GENDER.has(w) ||
    NAME_SUFFIXES.has(w) ||
    w === 'st' ||
    w === 'ste' ||
    w === 'mt' ||
    w.includes('.')
  );
}

/** An all-capitals everyday word ("WITH", "DON'T") in a shouted line: never part of a name. */
function isShoutedWord(ctx: Ctx, token: Token): boolean {
  if (token.end - token.start < 2) return false;
  const second = ctx.text[token.start + 1]!;
  if (second === second.toLowerCase()) return false; // quick exit: "Word" is not shouted
  const surface = ctx.text.slice(token.start, token.end);
  const lower = token.bare;
  return (
    surface.length > 1 &&
    surface === surface.toUpperCase() &&
    NOT_NAME_WORDS.has(lower) &&
    !GAZETTEER.has(token.lower)
  );
}

function isTimeWord(lower: string): boolean {
  return (
    NOT_NAME_WORDS.has(lower) &&
    /^(mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.test(lower) &&
    lower.length > 2
  );
}

function emitHyphenParts(ctx: Ctx, token: Token): void {
  let offset = token.start;
  for (const part of ctx.text.slice(token.start, token.end).split('-')) {
    const entry = GAZETTEER.get(part.toLowerCase());
    if (entry && !entry.article && matchesCase(entry, [part])) {
      ctx.out.push({
        span: { start: offset, end: offset + part.length },
        words: [part],
        kind: entry.kind,
        listed: entry,
        gender: 'unknown',
        person: false,
        descriptors: [],
        headline: false,
      });
    }
    offset += part.length + 1;
  }
}

/** Decides what a capitalised run names, splitting it where it holds more than one name. */
function classifyRun(ctx: Ctx, run: number[]): void {
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
    if (ctx.initial[k] && isCommonAtStart(ctx, k, run.length - from)) {
      from++;
      continue;
    }
    break;
  }
  const rest = run.slice(from);
  if (!rest.some((k) => tokens[k]!.word)) return;
  classifyName(ctx, rest);
}

/** A listed name starts at run[from] ("New York", "Saudi Arabia"). */
function startsListed(ctx: Ctx, run: number[], from: number): boolean {
  const listed = longestListed(ctx, run[from]!, run[run.length - 1]! + 1);
  return !!listed && listed.end - listed.start > 1;
}

/** A sentence-initial word that the text also writes in lower case, or a role/plural noun. */
function isCommonAtStart(ctx: Ctx, k: number, length: number): boolean {
  const lower = ctx.tokens[k]!.bare;
  if (GAZETTEER.has(lower) || FIRST_NAME_GENDER.has(lower)) return false;
  if (/^[\p{Lu}\p{N}]{2,8}$/u.test(ctx.text.slice(ctx.tokens[k]!.start, ctx.tokens[k]!.end)))
    return false; // an acronym
  if ((ROLE_NOUNS.has(lower) || HONORIFIC_GENDER.has(lower)) && length > 1) return false; // "President Joe Biden said"
  if (length > 1 && isTitleWord(ctx.tokens[k + 1]?.lower ?? '')) return false; // "Health Minister X"
  if (ctx.lowerSeen.has(lower) || PEOPLE_PLURALS.has(lower) || ROLE_NOUNS.has(lower)) return true;
  if (lower.endsWith('ly') && ctx.tokens[k + 1]?.lower === ',') return true; // "Initially, ..."
  if (/(?:ers|ors|ists|ants|ents|ians)$/.test(lower) && !ctx.capSeen.has(lower)) return true; // "Demonstrators said"

  if (length > 1) return false;
  // a lone capitalised word opening a sentence is a name only with some evidence
  if (ctx.capSeen.has(lower)) return false;
  return !isSpeechVerb(ctx, k + 1);
}

function isOrgRun(ctx: Ctx, run: number[]): boolean {
  return run.some((k) => ORG_WORDS.has(ctx.tokens[k]!.lower));
}

function isSpeechVerb(ctx: Ctx, i: number): boolean {
  const lower = ctx.tokens[i]?.lower;
  if (!lower) return false;
  const cls = cueClass(lower);
  return (
    cls === 'speech' ||
    lower === 'told' ||
    lower === 'tells' ||
    lower === 'says' ||
    lower === 'said' ||
    lower === 'asked'
  );
}

function classifyName(ctx: Ctx, run: number[]): void {
  const { tokens, text } = ctx;
  const start = run[0]!;
  const end = run[run.length - 1]! + 1;
  const wordIdx = run.filter((k) => tokens[k]!.word);
  const lowers = wordIdx.map((k) => stripPossessive(tokens[k]!.lower));
  // 1. a listed name, whole
  const listed = longestListed(ctx, start, end);
  if (listed && listed.end === end) {
    emitListed(ctx, listed.entry, listed.start, listed.end, false);
    return;
  }
  // 2. a title before a name: "Prime Minister Justin Trudeau", "Dr. Jane Roe", "Secretary of State X"
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
      !nameLowers.some((w) => ORG_WORDS.has(w) || THING_WORDS.has(w) || PLACE_WORDS.has(w))
    ) {
      const nameStart = nameIdx[0]!;
      const c = candidate(ctx, nameStart, end, 'person', { person: true });
      c.words = c.words.filter((w) => !isNameSuffix(w));
      if (!c.words.length) return;
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
      return;
    }
  }
  // 3. an organisation word: "University of Lakeview", "Toronto Police Service"
  if (lowers.some((w) => ORG_WORDS.has(w))) {
    const org = candidate(ctx, start, end, 'organization');
    ctx.out.push(org);
    acronymAfter(ctx, end, org.span);
    return;
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
    return;
  }
  // 5. an acronym: "NDP", "RCMP"
  if (wordIdx.length === 1) {
    const surface = text.slice(tokens[start]!.start, tokens[start]!.end);
    if (/^[\p{Lu}\p{N}.&]{2,8}$/u.test(surface) && /\p{Lu}.*\p{Lu}/u.test(surface)) {
      if (isTitleWord(lowers[0]!)) return; // "CEO", "MP": a role, not an organisation
      ctx.out.push(candidate(ctx, start, end, 'organization'));
      return;
    }
  }
  // 6. listed names inside the run ("Ottawa Senators" -> Ottawa + Senators)
  if (wordIdx.length > 1) {
    for (let k = 0; k < run.length; k++) {
      const inner = longestListed(ctx, run[k]!, end);
      if (!inner || (inner.entry.surface.length === 1 && FIRST_NAME_GENDER.has(lowers[0]!)))
        continue;
      const before = run.slice(0, k);
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
        return;
      }
      if (before.some((m) => tokens[m]!.word)) classifyName(ctx, before);
      emitListed(ctx, inner.entry, inner.start, inner.end, false);
      const after = run.filter((m) => m >= inner.end);
      if (after.some((m) => tokens[m]!.word)) classifyRun(ctx, after);
      return;
    }
  }
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
  // "Virginia Democrats", "Rohingya Muslim": a group, not a person
  const lastWord = lowers[lowers.length - 1]!;
  if (
    DEMONYMS.has(lastWord) ||
    DEMONYMS.has(lastWord.replace(/s$/, '')) ||
    PARTY_WORDS.has(lastWord.replace(/s$/, ''))
  ) {
    ctx.out.push(candidate(ctx, start, end, lastWord.endsWith('s') ? 'organization' : 'other'));
    return;
  }
  // a title with no name after it ("Prime Minister", "Health Minister") names nobody by itself
  if (lowers.some((w) => ROLE_NOUNS.has(w) || HONORIFIC_GENDER.has(w))) return;
  // a photo credit ("Jane Roe/The Canadian Press") is not someone the article mentions
  if (ctx.tokens[end]?.lower === '/') return;
  if (wordIdx.length === 1 && DEMONYMS.has(lowers[0]!.replace(/s$/, ''))) return; // "Americans"
  const c = candidate(ctx, start, end, 'unknown');
  c.words = c.words.filter((w) => !isNameSuffix(w));
  if (!c.words.length) return;
  c.gender = FIRST_NAME_GENDER.get(lowers[0]!) ?? 'unknown';
  addContext(ctx, c, start, end);
  if (wordIdx.length > 1) {
    // two to four name-shaped words are a person unless they look like a phrase in Title Case
    const shouting = c.words.some((w) => w.length > 1 && w === w.toUpperCase() && /\p{L}/u.test(w));
    const knownFirst = FIRST_NAME_GENDER.has(lowers[0]!);
    const common = lowers.some((w, n) => (n > 0 || !knownFirst) && isCommonWord(ctx, w));
    if (c.person || (!shouting && (knownFirst || !common))) c.person = true;
    else c.kind = shouting ? 'organization' : 'other';
  }
  if (c.person) c.kind = 'person';
  ctx.out.push(c);
}

function hasDigit(lowers: string[]): boolean {
  return lowers.some((w) => /\p{N}/u.test(w));
}

/** A word the text also writes in lower case, or a function word: not part of a name. */
function isCommonWord(ctx: Ctx, lower: string): boolean {
  return ctx.lowerSeen.has(lower) || NOT_NAME_WORDS.has(lower) || THING_WORDS.has(lower);
}

/** A word of a title before a name: an honorific, a role ("Senators"), a party ("Democrat"). */
export function isTitleWord(lower: string): boolean {
  return (
    HONORIFIC_GENDER.has(lower) ||
    ROLE_NOUNS.has(lower) ||
    PARTY_WORDS.has(lower) ||
    (lower.endsWith('s') && ROLE_NOUNS.has(lower.slice(0, -1)))
  );
}

function isBareHonorific(word: string): boolean {
  return SOCIAL_HONORIFICS.has(word.toLowerCase().replace(/\.$/, ''));
}

/** "Institute for Coastal Research (ICR)": records the acronym as another name of the organisation. */
function acronymAfter(ctx: Ctx, end: number, full: Span): void {
  const { tokens, text } = ctx;
  const acronym = tokens[end + 1];
  if (tokens[end]?.lower !== '(' || tokens[end + 2]?.lower !== ')' || !acronym) return;
  if (!/^\p{Lu}{2,8}$/u.test(text.slice(acronym.start, acronym.end))) return;
  ctx.out.push({ ...candidate(ctx, end + 1, end + 2, 'organization'), aliasOf: full });
}

/**
 * Evidence and descriptors around a name: a role noun before it ("military analyst X"), an
 * apposition after or before it ("X, an assistant professor at Y", "Norland's new premier, X"),
 * or a speech verb ("X said", "said X").
 */
function addContext(ctx: Ctx, c: Candidate, start: number, end: number): void {
  const { tokens, text } = ctx;
  const prev = tokens[start - 1];
  // role noun right before: "energy analyst Dana Whitcombe"
  if (prev && prev.word && !isCap(text, prev) && ROLE_NOUNS.has(prev.lower)) {
    c.person = true;
    const from = descriptorStart(ctx, start - 1);
    c.descriptors.push(text.slice(tokens[from]!.start, prev.end));
    c.gender = c.gender !== 'unknown' ? c.gender : (ROLE_GENDER.get(prev.lower) ?? 'unknown');
  }
  // apposition before: "Norland's new premier, Ilse Varga"
  if (prev?.lower === ',' && tokens[start - 2]?.word && ROLE_NOUNS.has(tokens[start - 2]!.lower)) {
    c.person = true;
    const from = descriptorStart(ctx, start - 2);
    c.descriptors.push(text.slice(tokens[from]!.start, tokens[start - 2]!.end));
  }
  // apposition after: "Tom Bell, an assistant professor of economics at Lakeview University"
  if (tokens[end]?.lower === ',') {
    let k = end + 1;
    let role = false;
    while (k < tokens.length && k - end < 25) {
      const t = tokens[k]!;
      if (
        t.lower === ',' ||
        t.lower === '.' ||
        t.lower === ';' ||
        t.lower === '"' ||
        t.lower === '\u201c' ||
        t.lower === '\u201d' ||
        t.lower === '('
      )
        break;
      if (
        k - end <= 6 &&
        !isCap(text, t) &&
        (ROLE_NOUNS.has(t.lower) || PEOPLE_PLURALS.has(t.lower))
      )
        role = true;
      if (k > end + 1 && (isSpeechVerb(ctx, k) || t.lower === 'who' || t.lower === 'which')) break;
      k++;
    }
    const first = tokens[end + 1];
    // "an assistant professor ...", "the union's president", "president of the association"
    const opener =
      first &&
      (DETERMINER_WORDS.has(first.lower) ||
        isPossessive(first) ||
        (ROLE_NOUNS.has(first.lower) && !isCap(text, first)));
    // "On CBC's Mainstreet, the victims' lawyer, Paul Reiner, said": the role is the next name's
    const nameFollows = tokens[k]?.lower === ',' && !!tokens[k + 1] && isNameToken(ctx, k + 1);
    if (role && opener && k > end + 1 && !nameFollows) {
      c.person = true;
      c.descriptors.push(text.slice(tokens[end + 1]!.start, tokens[k - 1]!.end));
    } else if (first && /^\p{N}+$/u.test(first.lower) && tokens[end + 2]?.lower === ',') {
      c.person = true; // "Jane Roe, 46, of Halifax"
    }
  }
  if (isSpeechVerb(ctx, end)) c.person = true;
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

/** Scans back from a role noun over its modifiers ("assistant", "Norland's new") to where the descriptor starts. */
function descriptorStart(ctx: Ctx, roleIndex: number): number {
  const { tokens, text } = ctx;
  let from = roleIndex;
  for (let k = roleIndex - 1; k >= 0 && roleIndex - k <= 4; k--) {
    if (ctx.initial[k + 1]) break; // never back into the previous sentence or headline
    const t = tokens[k]!;
    if (!t.word || DESCRIPTOR_STOPS.has(t.lower) || isSpeechVerb(ctx, k)) break;
    if (DETERMINER_WORDS.has(t.lower) && t.lower !== 'former') break;
    if (isPossessive(t)) {
      from = k;
      break;
    }
    // "Grade 11 student", "Local 832 president": a capitalised word before a number belongs to it
    if (isCap(text, t) && /^\p{N}/u.test(tokens[k + 1]!.lower)) {
      from = k;
      continue;
    }
    if (
      isCap(text, t) &&
      !ctx.initial[k] &&
      !DEMONYMS.has(t.lower) &&
      !GAZETTEER.has(t.lower) &&
      !ROLE_NOUNS.has(t.lower)
    )
      break;
    if (NOT_NAME_WORDS.has(t.lower) && !DESCRIPTOR_ADJECTIVES.has(t.lower)) break;
    from = k;
  }
  return from;
}
