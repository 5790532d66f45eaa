import type { Span } from '@sourcetrace/article-model';
import { PEOPLE_PLURALS } from '../data/people.js';
import { HEAD_ENDERS, ISSUING_PARTICIPLES, isBodyNoun, LOOKBACK } from '../data/source-words.js';
import type { Effects, EntityStore } from '../store.js';
import type { Ent, Mention } from '../types.js';
import { isRoleWord } from '../role-words.js';
import { SOCIAL_PLATFORMS } from '../../lexicon/quote-words.js';

// Makers of an artifact not named as such right after it: a body described after "by"
// ("a report by the freight company"), the owner of the site it is on ("a document titled
// ... on the union's website"), and the maker a definite one was read as before.

/** The issuing participles as a pattern's alternatives: "released|issued|...". */
export const ISSUED = [...ISSUING_PARTICIPLES].join('|');

/** Up to two words of when between an issuing participle and "by": "released Tuesday by". */
export const WHEN = String.raw`(?:[\p{L}\d]+\s+){0,2}?`;

/** "by the", "released by the", "released Tuesday by the", "from the": the link before a described maker. */
const BY_DESCRIBED = new RegExp(
  String.raw`^\s*(?:(?:${ISSUED})\s+${WHEN})?(?:by|from)\s+(?=the\s)`,
  'iu',
);

/**
 * "a report by the freight company", "a study from the state's health agency": the body (or
 * the people) described after "by" or "from", read as a source is read, so that "the freight
 * company" is the firm named before it.
 */
export function describedMaker(
  store: EntityStore,
  headEnd: number,
  end: number,
  resolvePhrase: (span: Span) => Ent | undefined,
): Ent | undefined {
  const link = BY_DESCRIBED.exec(store.text.slice(headEnd, end));
  const body = link ? describedBody(store.text, headEnd + link[0].length, end) : undefined;
  return body ? resolvePhrase(body) : undefined;
}

/** "the agency's ", "the city council's ": a described owner and its possessive before a noun. */
const DESCRIBED_OWNER = /^the\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)['\u2019]s\s+$/u;

/**
 * "the agency's statement", "the ministry's report": the body described in the possessive
 * before the artifact noun made it, read as a source is read ("the agency" is the transit
 * company named before it). The possessive is read from `start` to the noun at `nounStart`.
 */
export function possessorMaker(
  store: EntityStore,
  start: number,
  nounStart: number,
  resolvePhrase: (span: Span) => Ent | undefined,
): Ent | undefined {
  const lead = store.lowerSlice(start, nounStart);
  const owner = DESCRIBED_OWNER.exec(lead);
  if (!owner || !makerNoun(owner[1]!)) return undefined;
  // the owner's phrase ends before its possessive ending
  const end = start + owner[0].trimEnd().length - 2;
  return resolvePhrase({ start, end });
}

/**
 * "A report by the freight company found ...", then "the study said": the bodies described
 * after an artifact noun and its link (`pattern`, global) between `from` and `before`.
 */
export function describedMakersBetween(
  store: EntityStore,
  from: number,
  before: number,
  pattern: RegExp,
): Span[] {
  // cheap first: most windows hold no "by the" or "from the"
  const lower = store.lowerSlice(from, before);
  if (!lower.includes(' by the ') && !lower.includes(' from the ')) return [];
  const spans: Span[] = [];
  for (const match of store.text.slice(from, before).matchAll(pattern)) {
    const start = from + match.index + match[0].length;
    const body = describedBody(store.text, start, Math.min(before, start + BODY_REACH));
    if (body) spans.push(body);
  }
  return spans;
}

/** How far a described body after "by the" is read. */
const BODY_REACH = 60;
const WORD = /[\p{L}'\u2019-]+|[^\s\p{L}]/gu;

/**
 * The phrase from `start` ("the ...") to its last noun that can make an artifact, before what
 * describes it ("the union of drivers" is "the union"), or undefined when there is none.
 */
function describedBody(text: string, start: number, end: number): Span | undefined {
  WORD.lastIndex = start;
  let bodyEnd = -1;
  for (let m = WORD.exec(text), n = 0; m && m.index < end && n < 6; m = WORD.exec(text), n++) {
    const lower = m[0].toLowerCase();
    if (HEAD_ENDERS.has(lower) || !/\p{L}/u.test(lower)) break;
    if (makerNoun(lower)) bodyEnd = m.index + m[0].length;
  }
  return bodyEnd > start ? { start, end: bodyEnd } : undefined;
}

/** A noun that can make an artifact: a body, a role, or people ("the agency", "the researchers"). */
const makerNoun = (noun: string): boolean =>
  isBodyNoun(noun) || isRoleWord(noun) || PEOPLE_PLURALS.has(noun);

/** How far after the artifact noun its title and its site are read. */
const SITE_REACH = 160;

/** A title and a participle that may come between an artifact noun and " on " its site. */
const TITLED_POSTED = String.raw`(?:,?\s+(?:titled|entitled|called|headlined)\s+[^;!?\n]{1,80}?)?,?(?:\s+(?:posted|published|released|issued|shared|uploaded))?`;
/** A site an artifact is put on, as a pattern: "website", "official site", "blog". */
export const SITE = String.raw`(?:official\s+)?(?:web\s?site|site|web\s?page|blog)`;
const OWNER_WORD = String.raw`[\p{L}\p{N}&-]+(?:['\u2019](?!s\b)[\p{L}\p{N}&-]+)*`;

/**
 * "titled Winter Hauling on Northland Freight's website", "posted on the union's site", "on the
 * Harbour Rail website": a title, a participle, then the site's owner (group 1) before the site.
 */
const OWNER_THEN_SITE = new RegExp(
  String.raw`^${TITLED_POSTED}\s+on\s+(?!(?:the\s+)?${SITE}\b)((?:the\s+)?${OWNER_WORD}(?:\s+${OWNER_WORD}){0,4}?)(?:['\u2019]s)?\s+${SITE}\b`,
  'diu',
);

/** "posted on the website Shopnet.com", "on the website of the union": the owner after the site. */
const SITE_THEN_OWNER = new RegExp(
  String.raw`^${TITLED_POSTED}\s+on\s+(?:the\s+|its\s+)?${SITE}\s+(?:of\s+)?(?:the\s+)?`,
  'iu',
);

/**
 * "says a document titled Winter Hauling on Northland Freight's website", "a statement posted on
 * the ministry's website", "on the website of the union": whoever's site the artifact is on made
 * it, named there or described ("the ministry", read as a source is read).
 */
export function siteMaker(
  store: EntityStore,
  fx: Effects,
  headEnd: number,
  resolvePhrase: (span: Span) => Ent | undefined,
): Ent | undefined {
  // cheap first: no " on " close after the noun, no site
  const text = store.text.slice(headEnd, headEnd + SITE_REACH);
  if (!text.includes(' on ')) return undefined;
  const after = SITE_THEN_OWNER.exec(text);
  const owner = OWNER_THEN_SITE.exec(text)?.indices?.[1];
  const span: Span | undefined = after
    ? { start: headEnd + after[0].length, end: headEnd + SITE_REACH }
    : owner && { start: headEnd + owner[0], end: headEnd + owner[1] };
  if (!span) return undefined;
  const named = after ? namedAt(store, span.start) : namedOwner(store, span);
  if (named) {
    fx.speaker(named);
    return named.ent;
  }
  if (after) return undefined;
  const words = store.text.slice(span.start, span.end).toLowerCase().split(/\s+/);
  const described = words[0] === 'the' && words.length > 1 && isBodyNoun(words.at(-1)!);
  return described ? resolvePhrase(span) : undefined;
}

/** A body or a person named at `start`. */
function namedAt(store: EntityStore, start: number): Mention | undefined {
  return store.index
    .startingAt(start)
    .find((m) => m.ent.kind === 'organization' || m.ent.kind === 'person');
}

/** A body or a person named as the site's owner, ending where the owner does. */
function namedOwner(store: EntityStore, span: Span): Mention | undefined {
  return store.index
    .overlapping(span)
    .find(
      (m) =>
        m.span.end === span.end &&
        m.span.start >= span.start &&
        (m.ent.kind === 'organization' || m.ent.kind === 'person'),
    );
}

/**
 * "The report said ... [many paragraphs] ... the report said": the definite artifact `head`
 * read before as its maker's (recorded as a description of the maker) is that maker's again,
 * however far back its introduction was.
 */
export function makerNamedAgain(store: EntityStore, before: number, head: string): Ent | undefined {
  let maker: Ent | undefined;
  store.index.eachBefore(before, LOOKBACK, (m) => {
    if (m.form !== 'descriptor' || m.quoted) return false;
    if (m.ent.kind !== 'organization' && m.ent.kind !== 'person') return false;
    const words = store.lowerSlice(m.span.start, m.span.end);
    if (words.startsWith('the ') && words.endsWith(` ${head}`)) maker = m.ent;
    return maker !== undefined;
  });
  return maker;
}

/** "a Facebook post" is on the platform: the platform made none of what is posted there. */
export function isPlatform(m: Mention): boolean {
  return SOCIAL_PLATFORMS.has(m.ent.name.toLowerCase());
}
