import { WordShapes } from '../text/word-shapes.js';
import type { EntityKind } from '@sourcetrace/article-model';
import { tokenize } from '../text/tokens.js';
import { COUNTRIES, PLACES } from './data/places.js';
import { OUTLETS } from './data/outlets.js';
import { ORGANIZATIONS } from './data/organizations.js';
import { MARKET_INDICES } from '../lexicon/markets.js';
import {
  FEMALE_FIRST_NAMES,
  MALE_FIRST_NAMES,
  NATIONALITY_NOUNS,
  UNISEX_FIRST_NAMES,
  type Gender,
} from './data/people.js';

/** What a listed name stands for. */
export interface GazetteerEntry {
  /** The canonical name of the entity it refers to ("United States" for "America"). */
  canonical: string;
  kind: EntityKind;
  outlet: boolean;
  /** A capital or seat of government standing for its state ("Moscow", "the Kremlin"). */
  metonym: boolean;
  /** Tokens of the listed form, as written, to check capitalisation against the text. */
  surface: string[];
  /** Every listing starts with "The" ("The Hill"): the text must write "the" before the rest. */
  article: boolean;
  /** Per surface word, what matchesCase asks of the text's word (read once from the listing). */
  caseRules: readonly CaseRule[];
}

/** The text's word must be written as listed ("US", "WHO"), capitalised, or in any case. */
type CaseRule = 'exact' | 'capitalised' | 'any';

function caseRule(listed: string): CaseRule {
  if (listed === listed.toUpperCase() && /\p{L}/u.test(listed) && listed.length <= 6)
    return 'exact';
  return isUpper(listed[0]) ? 'capitalised' : 'any';
}

/** Listed names keyed by their lowercased tokens joined with a space (article dropped). */
export const GAZETTEER = new Map<string, GazetteerEntry>();
/** Every proper prefix of a listed name, so a name with "and"/"of" inside is read whole. */
export const GAZETTEER_PREFIXES = new Set<string>();
/** The longest listed name, in tokens. */
export let GAZETTEER_MAX_TOKENS = 1;
/** Countries by their listed name, lowercase: what closes a state body's name ("Health Canada"). */
export const COUNTRY_NAMES = new Set<string>();
/** Demonyms ("Russian") to their country: adjectives, not entities. */
export const DEMONYMS = new Map<string, string>();
export const FIRST_NAME_GENDER = new Map<string, Gender>();

function lines(block: string): string[][] {
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => line.split('|'));
}

function list(field: string | undefined): string[] {
  return (field ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function add(form: string, entry: Omit<GazetteerEntry, 'surface' | 'article' | 'caseRules'>): void {
  const words = tokenize(form).map((t) => form.slice(t.start, t.end));
  const article = words[0] === 'The' && words.length > 1;
  const surface = article ? words.slice(1) : words;
  const key = surface.join(' ').toLowerCase();
  if (!key) return;
  const listed = GAZETTEER.get(key);
  if (listed) {
    // the first listing of a form wins; a bare listing lifts the need for "the"
    if (listed.canonical === entry.canonical && !article) listed.article = false;
    return;
  }
  // field by field, in one order: every entry then shares one shape, and the many reads of
  // entries stay fast (a spread gives entries of many shapes)
  const { canonical, kind, outlet, metonym } = entry;
  const caseRules = surface.map(caseRule);
  GAZETTEER.set(key, { canonical, kind, outlet, metonym, surface, article, caseRules });
  for (let n = 1; n < surface.length; n++)
    GAZETTEER_PREFIXES.add(surface.slice(0, n).join(' ').toLowerCase());
  GAZETTEER_MAX_TOKENS = Math.max(GAZETTEER_MAX_TOKENS, surface.length);
}

for (const [name = '', others, seats, demonyms] of lines(COUNTRIES)) {
  COUNTRY_NAMES.add(name.toLowerCase());
  add(name, { canonical: name, kind: 'location', outlet: false, metonym: false });
  for (const other of list(others))
    add(other, { canonical: name, kind: 'location', outlet: false, metonym: false });
  for (const seat of list(seats))
    add(seat, { canonical: name, kind: 'location', outlet: false, metonym: true });
  for (const demonym of list(demonyms)) DEMONYMS.set(demonym.toLowerCase(), name);
}
for (const [name = '', others] of lines(PLACES)) {
  for (const form of [name, ...list(others)])
    add(form, { canonical: name, kind: 'location', outlet: false, metonym: false });
}
for (const [name = '', others] of lines(OUTLETS)) {
  for (const form of [name, ...list(others)])
    add(form, { canonical: name, kind: 'organization', outlet: true, metonym: false });
}
for (const [name = '', others] of lines(ORGANIZATIONS)) {
  for (const form of [name, ...list(others)])
    add(form, { canonical: name, kind: 'organization', outlet: false, metonym: false });
}
for (const [name = '', others] of lines(MARKET_INDICES)) {
  for (const form of [name, ...list(others)])
    add(form, { canonical: name, kind: 'other', outlet: false, metonym: false });
}
for (const demonym of [
  'asian',
  'european',
  'african',
  'arab',
  'western',
  'eastern',
  'latin',
  'nordic',
  'baltic',
  'caribbean',
  'indigenous',
  'first nations',
  'inuit',
  'métis',
  'metis',
  'quebecer',
  'quebecois',
  'québécois',
  'albertan',
  'ontarian',
  'jewish',
  'muslim',
  'christian',
  'catholic',
  'sunni',
  'shia',
  'shiite',
  // religions' adjectives before a noun in lower case: "Islamic scholars", "Hindu temples"
  'buddhist',
  'evangelical',
  'hindu',
  'islamic',
  'islamist',
  'protestant',
  'sikh',
  'kurdish',
  'persian',
  'soviet',
  'english',
  'scottish',
  'welsh',
]) {
  if (!DEMONYMS.has(demonym)) DEMONYMS.set(demonym, '');
}
for (const name of MALE_FIRST_NAMES.split(/\s+/)) if (name) FIRST_NAME_GENDER.set(name, 'male');
for (const name of FEMALE_FIRST_NAMES.split(/\s+/)) {
  if (!name) continue;
  // a name given to both (Jean, Kim, Andrea) tells no gender
  FIRST_NAME_GENDER.set(name, FIRST_NAME_GENDER.has(name) ? 'unknown' : 'female');
}
for (const name of UNISEX_FIRST_NAMES.split(/\s+/))
  if (name) FIRST_NAME_GENDER.set(name, 'unknown');

/** An all-capitals listed form ("US", "WHO") matches only in capitals; others need their capitals. */
export function matchesCase(entry: GazetteerEntry, words: readonly string[]): boolean {
  for (let i = 0; i < entry.surface.length; i++) {
    const rule = entry.caseRules[i];
    const seen = words[i] ?? '';
    if (rule === 'exact') {
      if (seen !== entry.surface[i]) return false;
    } else if (rule === 'capitalised' && !startsUpper(seen)) return false;
  }
  return true;
}

function isUpper(ch: string | undefined): boolean {
  return !!ch && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** isUpper of the first character; an ASCII one read by its code (A to Z), with no case mapping. */
function startsUpper(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return isUpper(word[0]);
}

/** The shapes of every listed key and prefix: most capitalised words of a text are neither. */
const LISTED_SHAPES = new WordShapes([...GAZETTEER.keys(), ...GAZETTEER_PREFIXES]);

/** The entry listed under the key (lowercased tokens joined with a space), if any. */
export function listedEntry(key: string): GazetteerEntry | undefined {
  return LISTED_SHAPES.mayHold(key) ? GAZETTEER.get(key) : undefined;
}

/** The key is a proper prefix of a listed name ("united", "united nations"). */
export function isListedPrefix(key: string): boolean {
  return LISTED_SHAPES.mayHold(key) && GAZETTEER_PREFIXES.has(key);
}

/**
 * A person by their nationality: "Swede", "Finn", or a demonym that is a noun too ("Canadian",
 * "Kenyan"; not "Finnish", "French" or "Japanese", which say a people or a language).
 */
export function isNationalityNoun(lower: string): boolean {
  return NATIONALITY_NOUNS.has(lower) || (DEMONYMS.has(lower) && !/(?:ish|ch|ese)$/.test(lower));
}
