import type { Token } from '../text/tokens.js';
import { COUNTRY_NAMES, DEMONYMS, FIRST_NAME_GENDER, GAZETTEER_PREFIXES } from './gazetteer.js';
import { BODY_NOUNS, ORG_WORDS, PUBLIC_BODY_WORDS } from './data/organizations.js';
import { PORTFOLIO_TITLES } from './data/people.js';
import { CAUSE_GROUP_NOUNS, OF_HEADS, ON_HEADS } from './data/name-words.js';
import { isDictionaryWord } from './data/dictionary.js';
import { type Ctx, isNameToken, isTitleWord, runKey } from './name-scan.js';
import { isRoleNoun } from './role-words.js';
import { bracketedInitials } from './acronyms.js';
import { withoutPluralS } from './name-clues.js';

// Whether a connector ("of", "for", "and", "&", "de", "on") inside a capitalised run joins one name.

/** "of"/"for"/"and" stay inside a name after an organisation or title word, or inside a listed name. */
export function connectorFits(ctx: Ctx, run: number[], connector: number): boolean {
  const { tokens } = ctx;
  if (GAZETTEER_PREFIXES.has(`${runKey(ctx, run)} ${tokens[connector]!.lower}`)) return true;
  const lower = tokens[connector]!.lower;
  // "the Commission on Water Rights": "on" only after a body named for what it deals with
  if (lower === 'on') return ON_HEADS.has(tokens[run[run.length - 1]!]!.lower);
  if (lower === 'and' || lower === '&') {
    // "Department of Fisheries and Oceans": "and" after an "of" inside an organisation's name
    const words = run.map((k) => tokens[k]!.lower);
    // ("... and the University of X" is another body)
    const joinsPart = tokens[connector + 1]?.lower !== 'the';
    // ... and "Department for Roads and Bridges"
    const inner = words.includes('of') || words.includes('for');
    if (lower === 'and' && joinsPart && inner && words.some((w) => ORG_WORDS.has(w))) return true;
    if (lower === 'and' && joinsPart && acronymSpansConnector(ctx, run, connector)) return true;
    // "the Competition and Markets Board", "Fire and Rescue Service": one subject word, "and",
    // then the words the organisation word closes (not "Harlow Finch and Vey Partners", two
    // firms, nor "the House and Senate" or "Ada and Harbour Council")
    const own = words[0] === 'the' ? words.slice(1) : words;
    const word = own.length === 1 ? own[0]! : '';
    // ("the Nurses and Midwives Union": people in the plural may be one of the subjects)
    const title = isTitleWord(word) && !word.endsWith('s');
    // ("Rail and Transport Workers Union": a field an organisation may be named by is a subject;
    // a body on its own is not: "the Council and Planning Board")
    const body = BODY_NOUNS.has(word) || PUBLIC_BODY_WORDS.has(word);
    const subject = word !== '' && !FIRST_NAME_GENDER.has(word) && !title && !body;
    if (lower === 'and' && joinsPart && subject) return orgWordAhead(ctx, connector + 1);
    // ... and after the place it serves: "Oxtanby Fire and Rescue Service", "Kelby Health and
    // Social Care Board": a common word before "and" is a subject too
    if (lower === 'and' && joinsPart && own.length > 1 && own.length <= 3) {
      const last = own[own.length - 1]!;
      const common = isDictionaryWord(last) && !FIRST_NAME_GENDER.has(last);
      if (common && !isTitleWord(last) && !ORG_WORDS.has(last))
        return commonWordsToOrgWord(ctx, connector + 1);
    }
    // "Johnson & Johnson", "Procter and Gamble" are firms; "Ruiz and Okafor" are two people
    return lower === '&' && run.length <= 2;
  }
  if (run.some((k) => ORG_WORDS.has(tokens[k]!.lower))) return true;
  // "Americans for Fair Ferries", "Parents for Safer Roads": a group named for its cause
  if (lower === 'for' && run.length === 1 && groupNoun(tokens[run[0]!]!.lower)) return true;
  // "Minister of Finance", "Gulf of Mexico": "of" right after the title or place word only
  const last = tokens[run[run.length - 1]!]!.lower;
  if (lower === 'of') return isRoleNoun(last) || OF_HEADS.has(last);
  // "Minister for Regional Health", "Secretary of State for Transport": a portfolio right after
  // a title (not "Senator Ada Kemp for Norland", a name and the seat it holds)
  // ("MLA for Lakeview East Ann Roe": a seat is no portfolio, and is read as a place)
  const title =
    PORTFOLIO_TITLES.has(last) ||
    (run.length === 3 &&
      tokens[run[1]!]!.lower === 'of' &&
      PORTFOLIO_TITLES.has(tokens[run[0]!]!.lower));
  return lower === 'for' && title;
}

/** "Americans for Fair Ferries": a group named for its cause is a body. */
export function groupForCause(tokens: readonly Token[], run: readonly number[]): boolean {
  return run.length > 2 && tokens[run[1]!]!.lower === 'for' && groupNoun(tokens[run[0]!]!.lower);
}

/** People in the plural who name a group for a cause, or of a nation: "Parents", "Americans". */
function groupNoun(lower: string): boolean {
  const singular = withoutPluralS(lower);
  return CAUSE_GROUP_NOUNS.has(lower) || (singular !== lower && DEMONYMS.has(singular));
}

/** Capitalised words after a connector that a bracketed acronym may close on. */
const MAX_WORDS_TO_ACRONYM = 5;

/**
 * "Municipal Roads and Harbour Works Office (MRHWO)": a bracketed acronym after the
 * words beyond the connector spells the initials of them all, so the connector joins one name.
 */
function acronymSpansConnector(ctx: Ctx, run: number[], connector: number): boolean {
  const joined = [...run, connector];
  let k = connector + 1;
  while (k - connector <= MAX_WORDS_TO_ACRONYM && isNameToken(ctx, k)) joined.push(k++);
  return (
    ctx.tokens[k]?.lower === '(' && joined.length > run.length + 1 && bracketedInitials(ctx, joined)
  );
}

/** "the Congress of Dock Unions": the listed name at [start, end) runs on past its "of". */
export function runsOnPastOf(ctx: Ctx, start: number, end: number): boolean {
  if (ctx.tokens[end]?.lower !== 'of' || !isNameToken(ctx, end + 1)) return false;
  const run: number[] = [];
  for (let k = start; k < end; k++) run.push(k);
  return connectorFits(ctx, run, end);
}

/**
 * Common words from `from` up to an organisation word of the kind a public service ends on
 * ("Rescue Service", "Social Care Board"), not a firm's own name ("Vey Partners") or a building
 * ("Exhibition Centre").
 */
function commonWordsToOrgWord(ctx: Ctx, from: number): boolean {
  for (let k = from; k < from + 3; k++) {
    if (!isNameToken(ctx, k)) return false;
    const lower = ctx.tokens[k]!.lower;
    if (k > from && ORG_WORDS.has(lower)) return PUBLIC_BODY_WORDS.has(withoutPlural(lower));
    if (!isDictionaryWord(lower)) return false;
  }
  return false;
}

/** "services" is a service. */
const withoutPlural = (lower: string): string => (lower.endsWith('s') ? lower.slice(0, -1) : lower);

/** The second or third capitalised word from `from` is an organisation word ("Markets Board"). */
function orgWordAhead(ctx: Ctx, from: number): boolean {
  // "the House and Senate" names two bodies: the organisation word must not stand alone
  if (!isNameToken(ctx, from)) return false;
  for (let k = from + 1; k < from + 3; k++) {
    if (!isNameToken(ctx, k)) return false;
    if (ORG_WORDS.has(ctx.tokens[k]!.lower) || countryClosing(ctx, k)) return true;
  }
  return false;
}

/**
 * "Environment and Climate Change Canada": a country closing the run after its subjects names a
 * public body as an organisation word does ("Coastal Affairs Canada").
 */
function countryClosing(ctx: Ctx, k: number): boolean {
  return COUNTRY_NAMES.has(ctx.tokens[k]!.lower) && !isNameToken(ctx, k + 1);
}
