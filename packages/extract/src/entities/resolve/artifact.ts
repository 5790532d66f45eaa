import type { Span } from '@sourcetrace/article-model';
import {
  FINDING_NOUNS,
  ISSUING_PARTICIPLES,
  LOOKBACK,
  PLACING_PARTICIPLES,
  POSSESSIVE_DETERMINERS,
  SPEAKERS_STATEMENT_NOUNS,
  STATEMENT_NOUNS,
  isBodyNoun,
} from '../data/source-words.js';
import type { Effects, EntityStore } from '../store.js';
import type { Ent, Mention } from '../types.js';
import { recentSpeaker } from './pronouns.js';
import {
  describedMaker,
  describedMakersBetween,
  ISSUED,
  WHEN,
  isPlatform,
  makerNamedAgain,
  possessorMaker,
  SITE,
  siteMaker,
} from './artifact-maker.js';

/** How many sentences back a report or study introduced with its maker is looked for. */
const SENTENCES_BACK = 4;

/** Where an artifact phrase is and how it reads ("the report", "A Reuters poll"). */
export interface ArtifactPhrase {
  span: Span;
  /** The artifact noun in lower case ("report"). */
  head: string;
  /** The phrase opens with "the": it may point back to one introduced before. */
  definite: boolean;
  /** Names inside the head and where its last word starts: "a Reuters poll". */
  named: Mention[];
  lastWordStart: number;
  headEnd: number;
}

/** One literal, field by field: a spread of two objects gave the phrase a shape per call. */
export function artifactPhrase(
  span: Span,
  head: string,
  definite: boolean,
  named: Mention[],
  lastWordStart: number,
  headEnd: number,
): ArtifactPhrase {
  return { span, head, definite, named, lastWordStart, headEnd };
}

/**
 * The source an artifact speaks for ("a Bloomberg poll", "the report", "The statement"): its
 * maker named before or after it, else the maker of the one introduced shortly before, else the
 * body that issued that one ("The ministry issued a statement. The statement said ..." is the
 * ministry, read as `resolvePhrase` reads any source), else, for a statement, the last speaker.
 */
export function artifactSource(
  store: EntityStore,
  fx: Effects,
  a: ArtifactPhrase,
  resolvePhrase: (span: Span) => Ent | undefined,
): Ent | undefined {
  const maker = makerBefore(a.named, a.lastWordStart) ?? makerAfter(store, a.headEnd, a.span.end);
  if (maker) {
    fx.speaker(maker);
    return maker.ent;
  }
  const described =
    describedMaker(store, a.headEnd, a.span.end, resolvePhrase) ??
    possessorMaker(store, a.span.start, a.lastWordStart, resolvePhrase);
  if (described) return described;
  const site = siteMaker(store, fx, a.headEnd, resolvePhrase);
  if (site) {
    fx.speaker(fx.record(site, a.span, 'descriptor'));
    return site;
  }
  const earlier = a.definite ? earlierMaker(store, a, resolvePhrase) : undefined;
  if (earlier) {
    fx.speaker(fx.record(earlier, a.span, 'descriptor'));
    return earlier;
  }
  const issuer = lastSpeakersStatement(store, a) ? recentSpeaker(store, a.span) : undefined;
  if (issuer) fx.speaker(fx.record(issuer, a.span, 'descriptor'));
  return issuer;
}

/**
 * The maker of the artifact a definite one names again: the one with the same noun introduced
 * shortly before, with its maker named or described, or as the body that issued it; else the
 * one finding introduced with a maker ("A report by the agency ... The study said").
 */
function earlierMaker(
  store: EntityStore,
  a: ArtifactPhrase,
  resolvePhrase: (span: Span) => Ent | undefined,
): Ent | undefined {
  const before = a.span.start;
  const named =
    earlierArtifactMaker(store, before, a.head) ?? makerNamedAgain(store, a.span.start, a.head);
  if (named) return named;
  const issuerSpan = earlierIssuerPhrase(store, before, a.head);
  const issuer = issuerSpan ? resolvePhrase(issuerSpan) : undefined;
  if (issuer) return issuer;
  const from = store.sentenceStartBack(before, SENTENCES_BACK);
  const described = describedMakersBetween(store, from, before, makerPatterns(a.head).describedBy);
  if (described.length) return resolvePhrase(described[described.length - 1]!);
  return earlierFindingMaker(store, before, a.head, resolvePhrase);
}

/**
 * "The statement also said ...": a statement with no maker named is the last speaker's, unless
 * brought in anew where no one spoke ("A memo obtained by the Courier ...") or put somewhere
 * anew ("A statement posted on the website"); a memo or a letter only once one was spoken of.
 */
function lastSpeakersStatement(store: EntityStore, a: ArtifactPhrase): boolean {
  if (!STATEMENT_NOUNS.has(a.head)) return false;
  const from = store.sentenceStartBack(a.span.start, SENTENCES_BACK);
  const spokenOf = a.definite && store.lowerSlice(from, a.span.start).includes(a.head);
  if (!SPEAKERS_STATEMENT_NOUNS.has(a.head) && !spokenOf) return false;
  const next = /^\s+([\p{L}]+)/u.exec(store.text.slice(a.headEnd, a.headEnd + 20))?.[1];
  if (!a.definite && next && PLACING_PARTICIPLES.has(next.toLowerCase())) return false;
  return !introducedAnew(store, a.span.start, a.head);
}

function makerBefore(named: Mention[], lastWordStart: number): Mention | undefined {
  return named
    .filter((m) => m.span.end <= lastWordStart && m.ent.kind !== 'location' && !isPlatform(m))
    .pop();
}

/**
 * "a statement from the EU", "a report released by the board": the maker named after the head
 * (not "the memo obtained by the Globe", which names who has it).
 */
function makerAfter(store: EntityStore, headEnd: number, end: number): Mention | undefined {
  const makers = store.index
    .overlapping({ start: headEnd, end })
    .filter((m) => m.ent.kind === 'organization' || m.ent.kind === 'person');
  const gap = (m: Mention) => store.text.slice(headEnd, m.span.start);
  // "an analysis of Election Board data by Tallyhub": "by" names who made it
  const maker =
    makers.find((m) => OF_WHAT_BY.test(gap(m))) ?? makers.find((m) => MAKER_LINK.test(gap(m)));
  // "a study by Eastvale Law School professor Ann Roe": the person, not where she works
  const between = (m: Mention) => store.text.slice(maker!.span.end, m.span.start);
  const person = maker
    ? makers.find((m) => m.ent.kind === 'person' && ROLE_AFTER_BODY.test(between(m)))
    : undefined;
  return person ?? maker;
}

/** Lowercase role words between a body and a person's name ("professor", "senior economist"). */
const ROLE_AFTER_BODY = /^\s+(?:(?!(?:and|or|with)\s)\p{Ll}[\p{Ll}-]*\s+){1,3}$/u;

/** "of <what it studied> by": the maker after what an analysis or a poll was of. */
const OF_WHAT_BY = /^\s*of\s+[^,;:.]{1,60}?\s+by\s+(?:the\s+)?$/i;

/**
 * What links an artifact to its maker named after it: "by", "from", "of", "released by", "issued
 * by", "released Tuesday by", "circulated to members by", "by economists" (a role in lower case
 * before the name). Case-sensitive: the role's words are in lower case.
 */
const TO_AUDIENCE = String.raw`to\s+(?:the\s+)?(?:news\s+)?(?:media|reporters|journalists|members|staff)`;
const ROLE_WORDS = String.raw`(?:\p{Ll}[\p{Ll}-]*\s+){0,2}`;
const MAKER_LINK = new RegExp(
  String.raw`^\s*(?:of\s+(?:[Tt]he\s+)?|(?:(?:${ISSUED})\s+(?:${TO_AUDIENCE}\s+|${WHEN}))?(?:by|from)\s+(?:[Tt]he\s+)?${ROLE_WORDS}|${TO_AUDIENCE}\s+(?:by|from)\s+(?:[Tt]he\s+)?)$`,
  'u',
);

/**
 * "A report by the transit agency found ... The report said ...": a definite artifact with no
 * maker of its own is the one introduced shortly before with the same noun, and speaks for
 * whoever made that one, named after it ("a study from", "a report released by"), before it
 * ("the agency's report", "a Gazette poll") or as the subject issuing it ("the agency released
 * a report"). `head` is the artifact noun in lower case.
 */
function earlierArtifactMaker(store: EntityStore, before: number, head: string): Ent | undefined {
  return makersBefore(store, before, makerPatterns(head), 1)[0];
}

/**
 * "A report by the agency found ... The study said ...": a definite finding with another noun
 * than the one introduced is that one when exactly one finding with a maker was introduced
 * shortly before (not a statement or a letter, which are their maker's own words).
 */
function earlierFindingMaker(
  store: EntityStore,
  before: number,
  head: string,
  resolvePhrase: (span: Span) => Ent | undefined,
): Ent | undefined {
  if (!FINDING_NOUNS.has(head)) return undefined;
  const patterns = makerPatterns(FINDINGS);
  const makers = makersBefore(store, before, patterns, 2);
  const from = store.sentenceStartBack(before, SENTENCES_BACK);
  // a described maker read before (as a source) is one of the named ones
  const described = describedMakersBetween(store, from, before, patterns.describedBy).filter(
    (body) => !store.index.startingAt(body.start).some((m) => makers.includes(m.ent)),
  );
  if (makers.length + described.length !== 1) return undefined;
  return makers[0] ?? resolvePhrase(described[0]!);
}

/** Any of the finding nouns, as a pattern's noun. */
const FINDINGS = `(?:${[...FINDING_NOUNS].join('|')})`;

/**
 * The bodies or people that made an artifact introduced within a few sentences before, nearest
 * first, up to `max` of them: named after it ("a study from", "a report released by"), before
 * it ("the agency's report", "a Gazette poll"), as the subject issuing it ("the agency released
 * a report") or as the owner of the site it is on ("a report on the agency's website").
 */
function makersBefore(
  store: EntityStore,
  before: number,
  patterns: MakerPatterns,
  max: number,
): Ent[] {
  const from = store.sentenceStartBack(before, SENTENCES_BACK);
  const { makerAfter, makerBefore, issuedBy } = patterns;
  const makers: Ent[] = [];
  store.index.eachBefore(before, LOOKBACK, (m) => {
    if (m.span.start < from) return true;
    if (m.quoted || (m.ent.kind !== 'organization' && m.ent.kind !== 'person')) return false;
    if (isPlatform(m)) return false;
    // an artifact taken for a body of its own ("new poll") makes nothing
    if (patterns.inName.test(m.ent.name)) return false;
    if (makers.includes(m.ent)) return false;
    const textBefore = store.text.slice(Math.max(from, m.span.start - 60), m.span.start);
    const textAfter = store.text.slice(m.span.end, m.span.end + 80);
    if (
      makerAfter.test(textBefore) ||
      makerBefore.test(textAfter) ||
      issuedBy.test(textAfter) ||
      siteOwner(store, from, m, textAfter, patterns)
    )
      makers.push(m.ent);
    return makers.length >= max;
  });
  return makers;
}

/** "a document titled ... on the union's website": the owner of the site the artifact is on. */
function siteOwner(
  store: EntityStore,
  from: number,
  m: Mention,
  textAfter: string,
  patterns: MakerPatterns,
): boolean {
  if (!SITE_AFTER.test(textAfter)) return false;
  return patterns.onSite.test(store.text.slice(Math.max(from, m.span.start - 120), m.span.start));
}

const SITE_AFTER = new RegExp(String.raw`^(?:['\u2019]s)?\s+${SITE}\b`, 'i');

/**
 * "The ministry issued a statement on Friday. The statement said ...": the unnamed body ("the
 * ministry", "the city's transit agency") that issued the artifact shortly before, as a span
 * to be read as a source; the last such issuer when several did.
 */
function earlierIssuerPhrase(store: EntityStore, before: number, head: string): Span | undefined {
  // The pattern, case-blind and Unicode-aware, costs far more than a plain look at the words
  // before each use of its noun, which most look-backs fail (introducedAnew's too).
  const from = store.sentenceStartBack(before, SENTENCES_BACK);
  if (!someUseOf(store.lowerSlice(from, before), head, issuedBefore)) return undefined;
  const text = store.text.slice(from, before);
  const patterns = makerPatterns(head);
  const pattern = patterns.issuingBody;
  pattern.lastIndex = 0;
  let found: Span | undefined;
  for (const match of text.matchAll(pattern)) {
    const noun = match[2]!.toLowerCase();
    if (isBodyNoun(noun))
      found = { start: from + match.index, end: from + match.index + match[1]!.length };
  }
  return found;
}

/**
 * "Ada Kemp said the line was on time. A memo obtained by the Courier tells a different story.":
 * the artifact was last brought in with "a" or "an" in a sentence where no one speaks ("In a
 * statement, Kemp said ..." brings in the speaker's own).
 */
function introducedAnew(store: EntityStore, before: number, head: string): boolean {
  const from = store.sentenceStartBack(before, SENTENCES_BACK);
  if (!someUseOf(store.lowerSlice(from, before), head, brought)) return false;
  const text = store.text.slice(from, before);
  const pattern = makerPatterns(head).introduced;
  let at = -1;
  for (const match of text.matchAll(pattern)) at = from + match.index;
  if (at < 0) return false;
  const sentence = store.sentences[store.sentenceAt(at)];
  return !sentence || !store.index.overlapping(sentence).some((m) => m.speaker);
}

/**
 * Whether the words right before some use of `head` in the lowercased text pass `test`: a
 * cheap first look before a pattern that must end on the noun (the words, nearest first, are
 * runs of letters and hyphens joined by spaces only, as the patterns' words are).
 */
function someUseOf(lower: string, head: string, test: (words: string[]) => boolean): boolean {
  for (let at = lower.indexOf(head); at >= 0; at = lower.indexOf(head, at + 1))
    if (test(wordsBefore(lower, at, WORDS_BEFORE_HEAD))) return true;
  return false;
}

/** Words a look-back reads before the noun: a participle, a determiner and three more. */
const WORDS_BEFORE_HEAD = 5;

const SPACE = /\s/;
const WORD_CHAR = /[\p{L}-]/u;

function wordsBefore(lower: string, at: number, max: number): string[] {
  const words: string[] = [];
  let end = at;
  while (words.length < max) {
    let space = end;
    while (space > 0 && SPACE.test(lower[space - 1]!)) space--;
    if (space === end && words.length > 0) break;
    let start = space;
    while (start > 0 && WORD_CHAR.test(lower[start - 1]!)) start--;
    if (start === space) break;
    words.push(lower.slice(start, space));
    end = start;
  }
  return words;
}

/** "issued a statement", "released its new annual report": a participle then a determiner. */
function issuedBefore(words: string[]): boolean {
  for (let n = 0; n + 1 < words.length; n++)
    if (issuedThing(words[n]!) && ISSUING_PARTICIPLES.has(words[n + 1]!)) return true;
  return false;
}

/** The determiner the issuing pattern allows after its participle ("a", "an", "its", "their"). */
const issuedThing = (word: string): boolean =>
  word === 'a' || word === 'an' || POSSESSIVE_DETERMINERS.has(word);

/** "a memo", "an internal two-page memo": "a" or "an" within four words (after a hyphen too). */
function brought(words: string[]): boolean {
  for (let n = 0; n < words.length && n < 4; n++) {
    const word = words[n]!;
    if (/(?:^|-)an?$/.test(word)) return true;
  }
  return false;
}

interface MakerPatterns {
  makerAfter: RegExp;
  makerBefore: RegExp;
  issuedBy: RegExp;
  issuingBody: RegExp;
  introduced: RegExp;
  onSite: RegExp;
  describedBy: RegExp;
  inName: RegExp;
}

/**
 * The patterns by artifact noun (ARTIFACT_NOUNS, a closed list), built once: a Unicode pattern
 * costs more to build than to run.
 */
const PATTERNS_BY_HEAD = new Map<string, MakerPatterns>();

function makerPatterns(head: string): MakerPatterns {
  let patterns = PATTERNS_BY_HEAD.get(head);
  if (!patterns) {
    const issuing = String.raw`\s+(?:(?:has|have|had)\s+)?(?:${ISSUED})\s+(?:a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}${head}\b`;
    patterns = {
      makerAfter: new RegExp(
        String.raw`\b${head}\s+(?:(?:${ISSUED})\s+)?(?:by|from)\s+(?:the\s+)?$`,
        'i',
      ),
      makerBefore: new RegExp(String.raw`^(?:['\u2019]s)?\s+(?:\p{L}+\s+)?${head}\b`, 'iu'),
      // "Harbour Rail released a white paper on winter": the maker is the subject of its issuing
      issuedBy: new RegExp(String.raw`^${issuing}`, 'iu'),
      // "the city's transit agency issued a statement": group 1 is the issuer, group 2 its noun
      // "a report titled Winter Hauling on ": what comes before the owner of its site
      onSite: new RegExp(String.raw`\b${head}\b[^.;!?\n]{0,80}\son\s+(?:the\s+)?$`, 'iu'),
      inName: new RegExp(head, 'i'),
      // "a report by the ": what comes before a described maker
      describedBy: new RegExp(
        String.raw`\b${head}\s+(?:(?:${ISSUED})\s+)?(?:by|from)\s+(?=the\s)`,
        'giu',
      ),
      introduced: new RegExp(String.raw`\b(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}${head}\b`, 'giu'),
      issuingBody: new RegExp(
        String.raw`\b(the\s+(?:[\p{L}'\u2019-]+\s+){0,2}(\p{L}+))(?=${issuing})`,
        'giu',
      ),
    };
    PATTERNS_BY_HEAD.set(head, patterns);
  }
  return patterns;
}
