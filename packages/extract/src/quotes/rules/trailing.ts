import { PARTICIPLE_CUES, SAYING_TRIGGERS, cueClass } from '../../lexicon/cues.js';
import { namesWhatWasSaid } from '../contrast-report.js';
import {
  CONNECTIVES,
  DETERMINERS,
  FRAMING_SUBORDINATORS,
  OBJECT_PRONOUNS,
  PREPOSITIONS,
} from '../../lexicon/words.js';
import { TITLE_SMALL_WORDS } from '../../lexicon/quote-words.js';
import { isDictionaryWord } from '../../entities/data/dictionary.js';
import { isPastParticiple } from '../../lexicon/verb-forms.js';
import type { Phrases } from '../phrases.js';
import { QuoteState } from '../units.js';
import {
  afterDash,
  classKind,
  openingMark,
  quotedBetween,
  quoteEnd,
  resumesAfterClause,
  splitPieces,
} from './shared.js';
import { hasWords } from '../content.js';
import type { AfterCue } from '../after-cue.js';
import { narratingParticiple } from '../narration.js';
import { reasonGoesOn } from './continuation.js';
import type { Cue, CueRule, CueSite, ReportingClause } from './types.js';

export const TRAILING_CONFIDENCE = 0.9;

/**
 * `Ann Roe said, "B."`, `On Monday, she added, "B."`: a quote after the comma, with nothing
 * quoted before the speaker, is what a leading cue introduces (so it is no trailing cue).
 */
export function quoteAfterComma(site: CueSite, clause: ReportingClause): boolean {
  const { p, floor } = site;
  const before = Math.max(floor, clause.boundary);
  // `On "Morning Talk," he said, "..."`: a title in a fronted frame is no quote before the cue
  return (
    clause.right.splitStart !== null &&
    (!quotedBetween(p, floor, before) || titleInFrame(p, floor, before))
  );
}

/**
 * `On Fox News's "Sunday Briefing," Ann Roe said ...`: a fronted phrase of time, place or
 * occasion (or a participle clause) whose quoted words are a title (a show, a book) says where,
 * not what was said.
 */
function titleInFrame(p: Phrases, from: number, to: number): boolean {
  // `Friday on "Morning Talk," ...`: a time may open the phrase
  let first = p.skipTimeForward(from, to);
  while (first < to && CONNECTIVES.has(p.lower(first))) first++;
  const lower = p.lower(first);
  // ... or a participle clause: `Speaking on "Morning Talk," ...`, `Asked on "Morning Talk," ...`
  const participle = p.cap(first) && (lower.endsWith('ing') || isPastParticiple(lower));
  if (!PREPOSITIONS.has(lower) && !participle) return false;
  let quoted = 0;
  for (let i = first; i < to; i++) {
    const t = p.tokens[i]!;
    if (p.states[i] !== QuoteState.Inside || !t.word) continue;
    if (!t.cap && !TITLE_SMALL_WORDS.has(t.lower)) return false;
    quoted++;
  }
  return quoted > 0;
}

/** Words after the aside that carry on the sentence (no quote, no full stop): `, she said, towns ...`. */
function resumesAfter(site: CueSite, clause: ReportingClause): boolean {
  const { p, floor, hi } = site;
  const fragment = !quoteOpensClause(p, floor, clause.boundary);
  return (
    resumesAfterClause(p, clause.right, clause.boundary, fragment) &&
    !narratingParticiple(p, clause.right.contentStart, hi)
  );
}

/**
 * `Still`, `For most of the winter`, `For now`: one common word, or a short phrase of words
 * alone (no comma, no quote) opening on a preposition, before a speaker's aside. It says when
 * or how, not what: the statement is the rest of the sentence. (The speaker's own fronted
 * phrases, `speakers.ts`, may hold commas and run longer: they end at the subject.)
 */
function frontsAside(p: Phrases, from: number, to: number): boolean {
  if (to - from === 1) return p.isWord(from) && isDictionaryWord(p.lower(from)); // not a name
  if (to - from > ASIDE_FRONT_TOKENS || !PREPOSITIONS.has(p.lower(from))) return false;
  for (let i = from; i < to; i++) if (!p.isWord(i) || !p.outside(i)) return false;
  return true;
}

const ASIDE_FRONT_TOKENS = 6;

/**
 * `"Pier Stories," a memoir written by two ferry pilots` / `"Harbour Plan," a paper describing
 * its aims`: a participle with no auxiliary before it, or a past form with its agent after
 * "by", qualifies the noun before it; it is not the verb of a reporting clause.
 */
function qualifiesNoun(site: CueSite, cue: Cue): boolean {
  const { p, c, lower } = site;
  if (cue.group.start < c) return false; // "was describing", "has written"
  if (lower.endsWith('ing')) return true;
  if (p.lower(cue.end) !== 'by' || lower.endsWith('s')) return false;
  return startsNounPhrase(p, cue.end + 1); // "said by phone" names no agent
}

/** A determiner, a capitalised word, an object pronoun or a number: a noun phrase starts at i. */
function startsNounPhrase(p: Phrases, i: number): boolean {
  if (!p.isWord(i)) return false;
  const lower = p.lower(i);
  return p.cap(i) || DETERMINERS.has(lower) || OBJECT_PRONOUNS.has(lower) || /^\d/.test(lower);
}

/** The cue takes an object ("urged residents to", "charged a fee"), not a circumstance. */
function objectAfter(p: Phrases, right: AfterCue): boolean {
  return !right.ends && (right.recipient || startsNounPhrase(p, right.contentStart));
}

/**
 * The quoted passage closing at `boundary` opens its clause: no unquoted word stands between the
 * clause start and its opening mark (`"I don't know," Roe said when asked`), unlike a quoted
 * fragment inside another clause (`under what Roe called "the old deal," the club charged ...`).
 */
function quoteOpensClause(p: Phrases, floor: number, boundary: number): boolean {
  const open = openingMark(p, floor, boundary);
  for (let i = floor; i < open; i++) if (p.isWord(i)) return false;
  return true;
}

/**
 * `When Ada Kemp said the ferry would sail again, a porter cheered.`: a sentence whose words
 * before the speaker's comma (from `from`, claimed up to `floor`) are only a clause framing it
 * (no other comma, so no main clause of their own) sets the scene in the writer's words.
 */
function framingClauseOnly(p: Phrases, from: number, floor: number, end: number): boolean {
  if (!p.outside(from) || !FRAMING_SUBORDINATORS.has(p.lower(from))) return false;
  for (let k = from + 1; k < end; k++) if (p.isPunct(k, ',') || !p.outside(k)) return false;
  // (a long one may run on into a main clause with no comma after it; one that a cue inside
  // has claimed words from is a clause alone)
  return floor > from || end - from <= MAX_FRAMING_CLAUSE;
}

/**
 * `Fiona Mackay said the cuts were needed; Aisha Rahman disagreed.`: words a speaker named with a
 * cue of their own still reports are theirs; a verb of agreeing or disputing after them takes a
 * stance on them, it does not report them (`..., police said` still does).
 */
function reportedBefore(site: CueSite, cue: Cue, boundary: number): boolean {
  const open = site.open;
  if (cue.cls !== 'weak-speech' || !open?.source || !open.cue || open.verbatim.length) return false;
  const last = site.p.tokens[boundary - 1];
  return !!last && open.cue.end <= last.end;
}

/** Words (adverbs) a cue may take before the colon of the quote it leads: "replied simply:". */
const MAX_WORDS_BEFORE_COLON = 2;

/** The quote closing at `boundary` ends on one of `marks` ("Get out!"). */
function closesOnMark(p: Phrases, boundary: number, marks: string): boolean {
  return (
    p.states[boundary] === QuoteState.Close &&
    marks.includes(p.lower(p.beforeCloseMark(boundary)) || '.')
  );
}

/**
 * `"Get out!" Tom Bell said: "I was terrified."`: a colon and a quote after the cue show it
 * leads the quote after it; the one before (closing on "!" or "?") is someone else's.
 */
function leadsQuoteAfterColon(p: Phrases, cueEnd: number, hi: number): boolean {
  for (let k = cueEnd; k < hi && k <= cueEnd + MAX_WORDS_BEFORE_COLON; k++) {
    if (p.isPunct(k, ':')) return p.states[k + 1] === QuoteState.Open;
    if (!p.isWord(k) || p.cap(k) || cueClass(p.lower(k))) return false;
  }
  return false;
}

/** Tokens a framing clause with no comma after it is read as no more than. */
const MAX_FRAMING_CLAUSE = 10;

/**
 * The speaker and cue after what was said: `"...," she said.` / `..., analyst Mia Lund told
 * CBC.`; a split quote `"A," she said, "B."` is one quote in two pieces.
 */
export const trailing: CueRule = {
  name: 'trailing',
  stage: 'cue',
  triggers: SAYING_TRIGGERS,
  produces: { quote: ['direct', 'mixed', 'indirect'], claim: ['belief', 'none'] },
  confidence: TRAILING_CONFIDENCE,
  match(site) {
    const { p, floor, hi, make } = site;
    const cue = site.cue();
    const clause = site.reportingClause();
    if (!cue || !clause || qualifiesNoun(site, cue)) return null;
    const { boundary, right } = clause;
    // `"I don't know," Roe said when asked ...`: a quote that closes on a comma just before the
    // speaker is what was said, whatever circumstance follows the cue.
    const quoteClosesBefore =
      closesOnMark(p, boundary, ',?!') &&
      (quoteOpensClause(p, floor, boundary) || !objectAfter(p, right));
    const ends = right.ends || quoteClosesBefore;
    // `Still, she said, the ferry will run on Sunday.`: a fronted phrase is no statement of its
    // own; the sentence resumes after the aside.
    const fronted = frontsAside(p, floor, boundary) && resumesAfter(site, clause);
    // `Eastvale, Roe said, had never flooded so early.`: a name alone is the resumed clause's subject
    const nameAlone = boundary - floor === 1 && p.cap(floor) && resumesAfter(site, clause);
    // ... and so is a name before a quote that carries the clause on in lower case (`Brennan, he
    // said, "never once yelled at a kid."`): one quote in two pieces
    const split = right.splitStart;
    const nameThenQuote =
      boundary - floor === 1 &&
      p.isName(floor, boundary) &&
      split !== null &&
      !p.cap(split + 1) &&
      !hasWords(p, quoteEnd(p, split, hi), hi);
    if (
      !clause.atComma ||
      !ends ||
      (boundary - floor < 2 && !fronted && !nameAlone && !nameThenQuote)
    )
      return null;
    if (quoteAfterComma(site, clause) && !nameThenQuote) return null;
    if (closesOnMark(p, boundary, '?!') && leadsQuoteAfterColon(p, cue.end, hi)) return null;
    if (reportedBefore(site, cue, boundary)) return null;
    if (titleInFrame(p, floor, boundary)) return null;
    // `In a changing economy, voters still believe in ...`: a fronted phrase alone is the
    // setting of the clause after it, not what anyone said or believes
    // (but `In the end, Roe said, voters stay home` resumes after the aside: the words are hers)
    const setting = !clause.ownQuote && p.opensWithPreposition(floor, boundary);
    if (setting && !resumesAfter(site, clause)) return null;
    const contentEnd = p.states[boundary] === QuoteState.Close ? boundary + 1 : boundary;
    const from = clause.ownQuote ?? afterDash(p, floor, contentEnd);
    const pieces = splitPieces(p, from, contentEnd, right, hi);
    // `The plan, Ms. Roe often says, is the best one.`: the clause resumes after the aside.
    // ... and so do its reasons: `Fuel costs more, he said, because the boats are old.`
    const resumes =
      resumesAfter(site, clause) &&
      !namesWhatWasSaid(p, right.contentStart, boundary - 1) &&
      (fronted ||
        !CONNECTIVES.has(p.lower(right.contentStart)) ||
        reasonGoesOn(p, right.contentStart, hi)) &&
      !PARTICIPLE_CUES.has(p.lower(right.contentStart));
    if (resumes) {
      pieces.pieces.push([right.contentStart, hi]);
      pieces.floor = hi;
    } else if (clause.ownQuote === null && framingClauseOnly(p, site.lo, floor, boundary))
      return null;
    // (`"We were robbed," Ann Roe blasted.`: a verb of stance after the words it closes says them)
    const says = cue.cls === 'weak-speech' || (cue.cls === 'stance' && quoteClosesBefore);
    const kind = classKind(says ? 'speech' : cue.cls);
    const attribution = make(
      kind,
      pieces.pieces,
      cue.span,
      clause.source,
      'trailing',
      TRAILING_CONFIDENCE,
    );
    if (!attribution) return null;
    attribution.channel = right.channel;
    const cutAt = clause.ownQuote ?? undefined;
    return { type: 'close', attribution, contentEnd: pieces.floor, cutAt };
  },
};
