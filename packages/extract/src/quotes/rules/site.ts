// The gates several rules share (is this token a cue, who speaks before it), computed at most
// once per trigger token however many rules ask.
import type { Span } from '@sourcetrace/article-model';
import {
  AUXILIARIES,
  CLAUSE_OPENERS,
  CONNECTIVES,
  CUE_ADVERBS,
  DETERMINERS,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
  WH_WORDS,
} from '../../lexicon/words.js';
import { tokenAt } from '../../text/tokens.js';
import { afterCue, type AfterCue } from '../after-cue.js';
import type { Phrases } from '../phrases.js';
import { appositive, labelledSubject, participleInAside } from '../appositive.js';
import { readsAsVerb } from '../speakers.js';
import { peopleWord } from '../people-words.js';
import { isPastParticiple } from '../../lexicon/verb-forms.js';
import { postmodifiedSubject } from '../postmodified.js';
import { openingMark, resultClause, resumesAfterClause } from './shared.js';
import { letActBefore, perceivesObject } from '../subject-stops.js';
import { QuoteState, type Unit } from '../units.js';
import type {
  Attribution,
  Cue,
  CueSite,
  MakeFn,
  ReportingClause,
  SpeakerBefore,
  UnitSite,
} from './types.js';
import { ASIDE_RELATIVES, BE_FORMS, OPENING_TIME_ADVERBS } from '../../lexicon/quote-words.js';
import { readCue } from './cue-reading.js';
import { connectiveBeforeFronted, pronounSubject } from '../fronted-phrase.js';
import { reportsAnew } from './parallel-report.js';
import { endsWithApostropheS } from '../../entities/name-scan.js';

/** One trigger token of a unit, with the loop's state as the rules may read it. */
export class TokenSite implements CueSite {
  readonly p: Phrases;
  readonly unit: Unit;
  readonly lo: number;
  readonly hi: number;
  readonly make: MakeFn;
  private memoGroup?: Cue['group'];
  private memoCue?: Cue | null;
  private memoRight?: AfterCue;
  private memoAside?: [number, number, number, number] | null;
  private memoPhrase?: { npStart: number; npEnd: number; speaks: boolean };
  private memoBeforeTime?: number;
  private memoClause?: ReportingClause | null;

  constructor(
    unitSite: UnitSite,
    readonly c: number,
    readonly lower: string,
    readonly floor: number,
    readonly open: Readonly<Attribution> | null,
    private readonly found: readonly Attribution[],
  ) {
    ({ p: this.p, unit: this.unit, lo: this.lo, hi: this.hi, make: this.make } = unitSite);
  }

  lastSource(): Span | null {
    for (let i = this.found.length - 1; i >= 0; i--) {
      const source = this.found[i]!.source;
      if (source) return source;
    }
    return null;
  }

  group(): Cue['group'] {
    return (this.memoGroup ??= this.p.cueGroupStart(this.c, this.floor));
  }

  cue(): Cue | null {
    if (this.memoCue === undefined) this.memoCue = readCue(this);
    return this.memoCue;
  }

  right(): AfterCue {
    const end = this.cue()?.end ?? this.c + 1;
    return (this.memoRight ??= afterCue(this.p, this.c, end, this.hi));
  }

  aside(): [number, number, number, number] | null {
    if (this.memoAside === undefined)
      this.memoAside = appositive(this.p, this.beforeTime(), this.floor);
    return this.memoAside;
  }

  /**
   * The last token before the cue's group and any time phrase ending there ("Ann Roe, a pilot,
   * on Monday said"): where the subject or an aside before the cue ends.
   */
  private beforeTime(): number {
    if (this.memoBeforeTime === undefined) {
      const { p, floor } = this;
      const before = this.group().before;
      const skipped = p.skipTimeBackward(before, floor);
      // "People arrested last week said", "A memo written in March concluded": a time after a
      // participle describing the speaker is part of the description
      const described = skipped < before && skipped > floor && participleAfterNoun(p, skipped);
      this.memoBeforeTime = described ? before : skipped;
    }
    return this.memoBeforeTime;
  }

  phraseBefore(): { npStart: number; npEnd: number; speaks: boolean } {
    if (!this.memoPhrase) {
      const { p, floor } = this;
      const npEnd = this.beforeTime();
      const npStart = npEnd >= floor ? p.phraseBefore(npEnd, floor) : npEnd + 1;
      const speaks = npStart <= npEnd && p.isSpeaker(npStart, npEnd + 1);
      this.memoPhrase = { npStart, npEnd, speaks };
    }
    return this.memoPhrase;
  }

  invertible(): boolean {
    const cls = this.cue()?.cls;
    return this.afterComma() && cls !== 'belief' && cls !== 'stance';
  }

  /** The cue follows a comma, a dash or a closing quote. */
  private afterComma(): boolean {
    const { p, c } = this;
    return p.isPunct(c - 1, ',\u2014\u2013') || p.states[c - 1] === QuoteState.Close;
  }

  /** An auxiliary or adverb opens the cue's group right after a comma or dash (`, has said`). */
  private groupAfterComma(): boolean {
    // (`, also said`: an adverb leaves the group's start at the cue; what counts is the comma;
    // but `, instead calling on ...` is a participle clause, whose subject is not before it)
    const { before, start } = this.group();
    const adverbOnly = start === this.c && !this.lower.endsWith('ing');
    return (
      (start < this.c || adverbOnly) &&
      before < this.c - 1 &&
      this.p.isPunct(before, ',\u2014\u2013')
    );
  }

  speakerBefore(): SpeakerBefore | null {
    const { npStart, npEnd, speaks } = this.phraseBefore();
    // `The pilot who refused the offer says`: a subject whose noun a restrictive clause follows,
    // read at most once however many branches below ask for it
    let memo: SpeakerBefore | null | undefined;
    const modified = () =>
      memo === undefined ? (memo = postmodifiedSubject(this.p, npEnd, this.floor)) : memo;
    // ... the phrase before the cue is inside that subject
    if (npStart - 1 >= this.floor && this.p.isWord(npStart - 1) && modified()) return modified();
    if (speaks) {
      // `Ann Roe (D-Norland), a supporter of the plan told ...`: the name speaks (but in
      // `Ann Roe, an aide said, "is ..."` the name opens what the aide said)
      const aside = this.p.isPunct(this.c + 1, ',');
      const named = aside ? -1 : nameBeforeDescription(this.p, npStart, this.lo, this.floor);
      // `The pilot who met Kemp says`: the name inside the clause is not the one who speaks
      if (named < 0 && modified()?.sourceStart === npStart) return modified();
      const start = named >= 0 ? named : npStart;
      return { npStart: start, npEnd, sourceStart: start, sourceEnd: npEnd + 1 };
    }
    // `Tom Bell, who replaced Jo Kay in May, said ...` / `The chair, Ann Roe, has said ...`
    const end = this.beforeTime();
    const closed = this.afterComma() || this.groupAfterComma() || end < this.group().before;
    const aside = closed && (this.aside() ?? labelledSubject(this.p, end, this.floor));
    // `The pilot who met her says`: a phrase holding the whole subject, which no one speaks as read
    if (!aside) return modified();
    const [asideStart, asideEnd, sourceStart, sourceEnd] = aside;
    return { npStart: asideStart, npEnd: asideEnd, sourceStart, sourceEnd };
  }

  reportingClause(): ReportingClause | null {
    if (this.memoClause === undefined) this.memoClause = readClause(this);
    return this.memoClause;
  }
}

/** "is", "was", or a word with "'s" written onto it ("that's"). */
function isBeForm(p: Phrases, k: number): boolean {
  return p.isWord(k) && (BE_FORMS.has(p.lower(k)) || endsWithApostropheS(p.lower(k)));
}

/**
 * A past participle at k right after people, a role ("pilots hired", "people arrested") or a
 * thing in lower case ("a memo written", "the report released"), not after a word that makes it
 * a verb ("was hired", "she resigned", "that resigned").
 */
function participleAfterNoun(p: Phrases, k: number): boolean {
  const word = p.lower(k);
  const noun = p.lower(k - 1);
  if (!p.isWord(k) || p.cap(k) || !isPastParticiple(word) || !p.isWord(k - 1)) return false;
  if (peopleWord(noun)) return word.endsWith('ed');
  const closed =
    DETERMINERS.has(noun) ||
    AUXILIARIES.has(noun) ||
    PREPOSITIONS.has(noun) ||
    PERSONAL_PRONOUNS.has(noun) ||
    CLAUSE_OPENERS.has(noun) ||
    CONNECTIVES.has(noun) ||
    WH_WORDS.has(noun) ||
    CUE_ADVERBS.has(noun);
  return !closed && !p.cap(k - 1) && !p.amount(k - 1) && !p.adverb(k - 1);
}

/** The speaker before the cue read as the subject of a reporting clause, or null. */
function readClause(site: TokenSite): ReportingClause | null {
  const { p, c, lo, floor, open } = site;
  const cue = site.cue();
  // `..., saying ...`: a participle after a comma hangs on the clause before it (the
  // participle rule reads whose it is); no subject of its own stands before it
  if (cue && cue.group.start === c && p.lower(c).endsWith('ing') && p.isPunct(c - 1, ','))
    return null;
  const speaker = cue && site.speakerBefore();
  if (!cue || !speaker || !readsAsVerb(p, c, speaker.npEnd, cue.group.start, speaker.npStart))
    return null;
  // `Ann Roe, a grocer opposing the levy, said`: a bare participle after an aside (or in
  // one) describes the aside's noun; the clause's verb comes later
  const from = Math.max(lo, Math.min(speaker.sourceStart, speaker.npStart) - 1);
  if (cue.group.start === c && participleInAside(p, from, c, site.hi)) return null;
  // "at the harbour meeting she said": the pronoun is the whole subject, and after "but" or "and"
  // the clause opens on the connective
  const pronoun = pronounSubject(p, speaker.npStart, speaker.sourceEnd);
  const connectiveAt = connectiveBeforeFronted(p, lo, pronoun - 1);
  const fronted = connectiveAt < pronoun - 1;
  const boundary = fronted ? connectiveAt : speaker.npStart - 1;
  const atComma =
    boundary >= lo &&
    (p.isPunct(boundary, ',;\u2014\u2013-(') || p.states[boundary] === QuoteState.Close);
  // A cue inside the content of an earlier attribution, not after a connective, is nested speech
  // ("Kim said Ortiz told him ..."): only the outermost attribution is kept.
  const connective = boundary >= lo && p.isWord(boundary) && CONNECTIVES.has(p.lower(boundary));
  // ... unless the open one reports a question, which ends at a comma: "investigators do not
  // know who is responsible, the firm said in a statement that ..."
  const afterQuestion = open !== null && p.isPunct(boundary, ',') && reportsQuestion(p, open);
  // ... or a speaker and cue after a comma end the sentence: "This also explains the storms,
  // Ivo Marr said." is his, whatever the first verb was (an outlet there only carried it)
  // (not `said the club, she hopes, will win`: an aside the sentence resumes after is inside it)
  const endsSentence =
    open !== null &&
    p.isPunct(boundary, ',') &&
    site.right().ends &&
    !asideResumed(p, site.right(), boundary) &&
    !p.isOutlet(speaker.npStart, speaker.sourceEnd);
  const ownQuote = open !== null ? quoteSetOff(p, floor, boundary) : null;
  // ... or, after a comma, the same verb of saying again with a subject of its own
  const parallel = open !== null && reportsAnew(p, open, speaker, c, boundary);
  if (
    open &&
    !connective &&
    !afterQuestion &&
    !endsSentence &&
    !parallel &&
    ownQuote === null &&
    !p.isPunct(boundary, ';') &&
    !(p.isPunct(boundary, ',') && inRelativeAside(p, open))
  )
    return null;
  // "Then Ann Roe said ...", "Later Ann Roe said ...", "Afterwards she said ...": an adverb
  // opening the sentence
  const adverb =
    boundary === lo && (CUE_ADVERBS.has(p.lower(lo)) || OPENING_TIME_ADVERBS.has(p.lower(lo)));
  if (
    !connective &&
    !adverb &&
    !atComma &&
    !subjectAfterFrame(site, speaker.npStart, boundary) &&
    boundary >= lo &&
    !p.isPunct(boundary, ':') &&
    boundary >= floor &&
    !p.opensWithPreposition(lo, speaker.npStart) // "In early November the company said"
  )
    return null;
  let sourceStart = fronted ? pronoun : Math.max(speaker.sourceStart, speaker.npStart);
  // "Later she said", "..., and now they say": an adverb before the subject is no part of it
  if (speaker.sourceEnd - sourceStart > 1 && openingAdverb(p, sourceStart)) sourceStart++;
  // "Not everyone agrees": the negation belongs to the subject it opens
  if (adverb && p.lower(lo) === 'not') sourceStart = lo;
  // "When you say ...", "You can also suggest ...": the generic reader, not a speaker
  if (speaker.sourceEnd - sourceStart === 1 && p.lower(sourceStart) === 'you') return null;
  const source = p.span(sourceStart, speaker.sourceEnd);
  return { source, boundary, atComma, connective, ownQuote, right: site.right() };
}

/**
 * The sentence carries on after the reporting clause, with a verb rather than a new cue or
 * clause: `the club, she hopes, will win` (not `, she said, adding ...`, `, raising ...`, `, and ...`).
 */
function asideResumed(p: Phrases, right: AfterCue, boundary: number): boolean {
  const next = p.lower(right.contentStart);
  return (
    resumesAfterClause(p, right, boundary) &&
    !p.cap(right.contentStart) &&
    !next.endsWith('ing') &&
    !CONNECTIVES.has(next)
  );
}

/**
 * With no one's words open, what stands before the subject lets it speak: a clause of result
 * ("grew so heated that Ann Roe said"; a relative "that" is left alone), a reason ("That's why
 * the union says"), a verb whose object acts ("Officials let Ann Roe cast", "Witnesses heard the
 * driver shouting that").
 */
function subjectAfterFrame(site: TokenSite, npStart: number, boundary: number): boolean {
  const { p, lo, open } = site;
  if (open !== null) return false;
  const reason = p.lower(boundary) === 'why' && isBeForm(p, boundary - 1);
  const objectActs = letActBefore(p, boundary, npStart) || perceivesObject(p, boundary, npStart);
  return reason || objectActs || resultClause(p, lo, boundary);
}

/**
 * `At the port, where dockers had attacked the deal, Mara Quist said ...`: the open
 * attribution's subject follows a comma and a relative word, so its clause is an aside that the
 * comma before the new subject closes.
 */
function inRelativeAside(p: Phrases, open: Readonly<Attribution>): boolean {
  if (!open.source) return false;
  const first = tokenAt(p.tokens, open.source.start);
  return ASIDE_RELATIVES.has(p.lower(first - 1)) && p.isPunct(first - 2, ',');
}

/**
 * `declared the need for more buses: "Build them now," she said.`: the quote closing at
 * `boundary` on a comma (or ? or !) is set off from the words before it by a colon or a dash,
 * after words of the open content: the speaker after it says the quote. Its opening mark, or null.
 */
function quoteSetOff(p: Phrases, floor: number, boundary: number): number | null {
  if (p.states[boundary] !== QuoteState.Close) return null;
  if (!',?!'.includes(p.lower(p.beforeCloseMark(boundary)) || '.')) return null;
  const open = openingMark(p, floor, boundary - 1);
  if (p.states[open] !== QuoteState.Open || open - 1 <= floor) return null;
  return p.isPunct(open - 1, ':\u2014\u2013-') ? open : null;
}

/**
 * An adverb at `i`, opening the sentence before a name or a pronoun (`Then Ann Roe`, `Even
 * the mayor`, `Still he`); not a time (`Last year`) or an amount (`Just 30 percent`).
 */
function openingAdverb(p: Phrases, i: number): boolean {
  const next = p.lower(i + 1);
  return (
    CUE_ADVERBS.has(p.lower(i)) &&
    p.isWord(i + 1) &&
    (p.cap(i + 1) || PERSONAL_PRONOUNS.has(next) || DETERMINERS.has(next)) &&
    p.skipTimeForward(i, i + 3) === i
  );
}

/** An attribution whose content is an embedded question: "who is responsible", "whether ...". */
function reportsQuestion(p: Phrases, open: Readonly<Attribution>): boolean {
  const first = open.content[0];
  if (!first) return false;
  return WH_WORDS.has(p.lower(tokenAt(p.tokens, first.start)));
}

/** Tokens a bracket after a name may hold: "(D-Norland)", "(R)". */
const MAX_BRACKET_TOKENS = 8;

/**
 * `Ann Roe (D-Norland), a supporter of the plan told ...`: a description after a comma whose
 * closing comma is missing stays with the name opening the sentence before it. Returns the first
 * token of that name (the speaker phrase then runs from it), or -1. The name must be one the
 * entity stage found, so "Meanwhile, the mayor said" keeps its speaker.
 */
function nameBeforeDescription(p: Phrases, npStart: number, lo: number, floor: number): number {
  const comma = npStart - 1;
  if (!DETERMINERS.has(p.lower(npStart)) || !p.isPunct(comma, ',')) return -1;
  let nameEnd = comma;
  if (p.isPunct(nameEnd - 1, ')')) {
    let open = nameEnd - 2;
    while (open > floor && nameEnd - open <= MAX_BRACKET_TOKENS && !p.isPunct(open, '(')) open--;
    if (!p.isPunct(open, '(')) return -1;
    nameEnd = open;
  }
  const nameStart = nameEnd - 1 >= floor ? p.phraseBefore(nameEnd - 1, floor) : nameEnd;
  const boundary = nameStart - 1;
  // the sentence's own subject: "Of Ann Roe, a top aide said" or "... mentioned Ann Roe, the
  // crowd ..." put the name in another phrase
  // (or follows a quote: `"...," Ann Roe, a supporter of the plan told ...`)
  const opensClause =
    boundary < lo || CONNECTIVES.has(p.lower(boundary)) || p.states[boundary] === QuoteState.Close;
  // "Sen. Ann Roe (D-Nor.), a ...": the name after a title's abbreviation
  const titled = p.isPunct(nameStart + 1, '.') && p.abbreviation(nameStart) && p.cap(nameStart);
  const name = titled ? nameStart + 2 : nameStart;
  return name < nameEnd && opensClause && p.isName(name, nameEnd) ? nameStart : -1;
}
