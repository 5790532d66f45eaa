// The attribution loop: tries the rules of `rules/index.ts` in order and keeps the bookkeeping
// (which tokens are claimed, which leading attribution is still open, what the next paragraph
// inherits). The rules only read the text and say what they found.
import type { KnownNames } from '../entities/types.js';
import { inCredit, type Doc } from '../document.js';
import { tokenAt } from '../text/tokens.js';
import { CONDITIONALS, SUBORDINATORS } from '../lexicon/words.js';
import { COORDINATORS } from '../lexicon/quote-words.js';
import { afterDateline } from '../text/dateline.js';
import { describe, onlyTitles, trimSpan, widenToClause } from './content.js';
import { Phrases } from './phrases.js';
import { askedAfter } from '../claims/rules/asked-question.js';
import {
  carriedTail,
  resumesOnConnective,
  subordinateReport,
  transcriptTurn,
  turnVoices,
} from './rules/continuation.js';
import { relativeAfter, reportsBeforeQuote } from './rules/relative-after.js';
import { quotedInHeadline } from './rules/headline.js';
import { participleAfter } from './rules/participle.js';
import {
  applyDocumentRules,
  END_RULES,
  HEADLINE_RULES,
  triggeredRules,
  UNIT_RULES,
} from './rules/index.js';
import { oneWord } from './rules/shared.js';
import { objectReadsAsNounPhrase } from './rules/noun-object.js';
import { attributionFactory } from './rules/make.js';
import { TokenSite } from './rules/site.js';
import type { Attribution, EndSite, Outcome, Pending, UnitSite } from './rules/types.js';
import { namedSubject } from './named-subject.js';
import { buildUnits, quoteStates, type Unit } from './units.js';
import { RecentSpeakers } from './recent-speakers.js';

export type { Attribution } from './rules/types.js';

/**
 * What one unit leaves to the next: its last speech, a colon lead-in, and the unit whose named
 * subject the end rules may read (found only when they run: most units never need it).
 */
interface Carry {
  previous: Attribution | null;
  pending: Pending | null;
  subjectOf: Unit | null;
}

/** What a unit after no paragraph (or a heading) starts from: nothing carried. */
const NO_CARRY: Readonly<Carry> = { previous: null, pending: null, subjectOf: null };

/** Finds every attribution in the body paragraphs of the document, in text order. */
export function findAttributions(doc: Doc, known: KnownNames): Attribution[] {
  const quoted = doc.quoted;
  const states = quoteStates(doc, quoted);
  const units = buildUnits(doc, quoted);
  const p = new Phrases(doc.text, doc.tokens, states, known);
  const found: Attribution[] = [];
  let carry: Readonly<Carry> = NO_CARRY;
  const speakers = new RecentSpeakers();
  for (const unit of units) {
    const kind = doc.blocks[unit.block]?.kind;
    const firstLine = unit === units[0] && unit.block === 0;
    if ((firstLine && (kind === 'title' || kind === 'paragraph')) || kind === 'heading') {
      const headline = readHeadline(p, unit, firstLine && kind === 'title');
      if (headline.length) {
        found.push(...headline);
        continue;
      }
    }
    if (kind !== 'paragraph') {
      carry = NO_CARRY;
      if (kind === 'heading' || kind === 'title') speakers.forget();
      continue;
    }
    // a caption or a video teaser in the prose is nobody's words
    if (inCredit(doc, doc.tokens[unit.first]?.start ?? 0)) continue;
    const result = new UnitReader(p, unit).read(carry, speakers.next(unit));
    for (const a of result.found) found.push(a); // (a spread of one endless unit's would overflow the stack)
    const speech = result.found.filter(
      (a) => a.kind === 'speech' || a.kind === 'continuation' || a.kind === 'unattributed',
    );
    // (`"...," Kemp said, after Bell said ...`: the next quote carries on Kemp, not Bell)
    const last = result.main ?? speech.at(-1) ?? null;
    speakers.heard(speech);
    carry = {
      previous: last?.kind === 'unattributed' ? null : last,
      pending: result.pending,
      // The named subject of the last unit when it quoted no one ("Ann Roe disagreed.").
      subjectOf: speech.length ? null : unit,
    };
  }
  applyDocumentRules(found, quoted);
  return found;
}

/**
 * The article's first line read as a headline that names its speaker; in a title line, else a
 * quote that a verb of its own introduces (`Ana Ruiz Calls the Plan 'Shameful'`), read as prose.
 */
function readHeadline(p: Phrases, unit: Unit, title: boolean): Attribution[] {
  const site = { p, unit, lo: unit.first, hi: unit.last, make: attributionFactory(p, unit) };
  for (const rule of HEADLINE_RULES) {
    const outcome = rule.match(site);
    if (outcome?.type === 'end-unit') return [outcome.attribution];
  }
  if (!title || !unit.quoted.length) return [];
  return quotedInHeadline(p, new UnitReader(p, unit).read(NO_CARRY, null).found);
}

const nests = (word: string): boolean => SUBORDINATORS.has(word) || CONDITIONALS.has(word);

const DASHES = '\u2014\u2013';
/** Tokens between an opening dash and the subject of an aside's cue: "— even as she says". */
const MAX_DASH_LEAD = 4;

/** No fronted clause is open in the unit (UnitReader.clauseEnd)... */
const NO_CLAUSE = -1;
/** ... or one was, and has been read to its end. */
const CLOSED = -2;

/** Reads one unit: the bookkeeping of the outcomes its rules return. */
class UnitReader {
  private readonly site: UnitSite;
  private readonly found: Attribution[] = [];
  /** The first token not yet claimed by an attribution of this unit. */
  private floor: number;
  /** The leading attribution whose content runs on until a later one cuts it. */
  private open: { attribution: Attribution; firstToken: number } | null = null;
  private pending: Pending | null = null;
  /** A trailing attribution a subordinate report follows: the speaker the next unit carries on. */
  private main: Attribution | null = null;
  /** The first token after an aside's content: cues inside it are the aside's own words. */
  private resumeAt = 0;
  /**
   * The end of a fronted clause (`When Kemp said ..., pilots ...`), where what is open closes;
   * CLOSED once passed.
   */
  private clauseEnd = NO_CLAUSE;

  constructor(p: Phrases, unit: Unit) {
    // A wire dateline opening the sentence (`OTTAWA —`) belongs to no one, nor does the bracket
    // of a sentence set in brackets (`(Later she said ...)`).
    const dateline = afterDateline(p.text, p.tokens, unit.first, unit.last);
    const lo = p.isPunct(dateline, '(') && dateline + 1 < unit.last ? dateline + 1 : dateline;
    this.site = { p, unit, lo, hi: unit.last, make: attributionFactory(p, unit) };
    this.floor = lo;
  }

  read(
    carry: Readonly<Carry>,
    recent: Attribution | null,
  ): {
    found: Attribution[];
    pending: Pending | null;
    main: Attribution | null;
  } {
    for (const rule of UNIT_RULES) {
      const outcome = rule.match(this.site);
      if (outcome?.type === 'end-unit')
        return { found: [outcome.attribution], pending: null, main: null };
    }
    this.readCues();
    const { p, unit, lo, hi, make } = this.site;
    // a transcript's turn goes on in sentences with no quote marks (see turnVoices)
    const turn = transcriptTurn(p.text, carry.previous, unit.start);
    if (turn && this.found.every((a) => turnVoices(p.text, a))) this.found.length = 0;
    const claimed = this.found.some((a) => a.kind !== 'passive');
    const quotes = unit.quoted.length > 0 && !onlyTitles(p, unit);
    if (!claimed && (quotes || turn) && trimSpan(p, lo, hi)) {
      // field by field: an object spread here cost more than the end rules it feeds
      const { previous, pending, subjectOf } = carry;
      const subject = subjectOf ? namedSubject(p, subjectOf) : null;
      const site: EndSite = { p, unit, lo, hi, make, previous, pending, subject, recent };
      for (const rule of END_RULES) {
        const outcome = rule.match(site);
        if (outcome) {
          if (outcome.type === 'add') this.found.push(outcome.attribution);
          break;
        }
      }
    }
    return { found: this.found, pending: this.pending, main: this.main };
  }

  private readCues(): void {
    const { p, lo, hi } = this.site;
    for (let c = lo; c < hi; c++) {
      if (c === this.clauseEnd) this.closeClause();
      if (c < this.floor || c < this.resumeAt || !p.isWord(c)) continue;
      const lower = p.lower(c);
      const rules = triggeredRules(lower);
      if (!rules) continue;
      const open = this.open?.attribution ?? null;
      const site = new TokenSite(this.site, c, lower, this.floor, open, this.found);
      for (const rule of rules) {
        const outcome = rule.match(site);
        if (outcome) {
          this.apply(outcome);
          break;
        }
      }
    }
  }

  private apply(outcome: Outcome): void {
    switch (outcome.type) {
      case 'open':
        this.found.push(outcome.attribution);
        if (outcome.cutAt !== null && this.nestedInOpen(outcome.cutAt, outcome.attribution)) {
          // `said even though Canada believes X, "..."`: the belief sits inside what was said
          this.endNested(outcome.attribution, outcome.contentStart, outcome.closesAt);
          this.floor = outcome.contentStart;
          return;
        }
        if (outcome.cutAt !== null) this.cutOpen(outcome.cutAt);
        this.open = { attribution: outcome.attribution, firstToken: outcome.contentStart };
        this.floor = outcome.contentStart;
        if (outcome.closesAt !== undefined) this.clauseEnd = outcome.closesAt;
        return;
      case 'aside':
        this.found.push(outcome.attribution);
        this.resumeAt = outcome.resumeAt;
        return;
      case 'fronted':
        // "Asked about the plan, most voters said ...": the subject starts after the clause
        this.found.push(outcome.attribution);
        this.resumeAt = outcome.resumeAt;
        this.floor = Math.max(this.floor, outcome.resumeAt);
        return;
      case 'settle':
        this.found.push(outcome.attribution);
        if (outcome.cutAt !== null) this.cutOpen(outcome.cutAt);
        if (outcome.reportsClause && this.open) this.reportClause(outcome.attribution);
        else if (outcome.reportsClause && this.clauseEnd === CLOSED)
          this.reportSentence(outcome.attribution);
        this.open = null;
        this.floor = this.site.hi;
        return;
      case 'close':
        return this.closeSentence(outcome.attribution, outcome.contentEnd, outcome.cutAt);
      case 'pending':
        this.pending = outcome.pending;
        return;
      default:
        return;
    }
  }

  /**
   * A trailing or inverted attribution ends the sentence: it replaces a leading one still open,
   * and what follows it may carry on the same speaker.
   */
  private closeSentence(attribution: Attribution, contentEnd: number, cutAt?: number): void {
    const { p, hi } = this.site;
    // `declared the need for buses: "Build them now," she said.`: both stand, each with its words
    if (this.open && cutAt !== undefined) this.cutOpen(cutAt);
    else if (this.open) {
      const replaced = this.open.attribution;
      this.found.splice(this.found.indexOf(replaced), 1);
      widenToClause(p.text, attribution, replaced.source?.start);
    }
    // "Because Bell warned ..., riders stayed home, Ivo Marsh said.": the fronted clause too
    else if (this.clauseEnd === CLOSED)
      widenToClause(p.text, attribution, p.tokens[this.site.lo]!.start);
    this.found.push(attribution);
    this.open = null;
    // `"...," she said, adding that ...`: the participle rule reads on from the comma.
    const participle = participleAfter(p, contentEnd, hi);
    // `"...," she said, after the chair said ...`: a clause with a speaker of its own is read on
    const own = participle < 0 && subordinateReport(p, contentEnd, hi);
    this.main = own ? attribution : null;
    // `"...," said Ada Kemp, a teacher, who added that ...`: the relative clause is read on
    const relative = participle < 0 ? relativeAfter(p, contentEnd, hi) : -1;
    const reporting = relative >= 0 && reportsBeforeQuote(p, relative, hi);
    const carried =
      participle >= 0 || own || reporting ? null : carriedTail(this.site, contentEnd, attribution);
    if (carried) this.found.push(carried);
    const readOn = relative >= 0 && !carried;
    // `"Not now," she said, but he said he would stay.`: narration resumes, read on for its cues
    const narration = !carried && resumesOnConnective(p, contentEnd);
    this.floor = participle >= 0 ? participle : readOn || narration || own ? contentEnd : hi;
    // ... and so is `..., she said when asked whether ...`, from "when"
    const cueEnd = attribution.cue ? tokenAt(p.tokens, attribution.cue.end) : hi;
    const asked = participle >= 0 || readOn || carried ? -1 : askedAfter(p, cueEnd, hi);
    if (asked >= 0) this.floor = asked;
  }

  /**
   * `The board is weighing a sale, according to two officials.`: the source named last reports
   * the whole clause: an open stance or plan inside it is no attribution of its own (only the
   * outermost one is). An open report of speech stays, nested, and a quote keeps its own words.
   */
  private reportClause(attribution: Attribution): void {
    const replaced = this.open!.attribution;
    const speech = replaced.kind === 'speech';
    if (speech && attribution.verbatim.length) return;
    widenToClause(this.site.p.text, attribution, replaced.source?.start);
    if (!speech) this.found.splice(this.found.indexOf(replaced), 1);
  }

  /**
   * `When raiders attacked the depot, troops were ready, according to a memo.`: with a fronted
   * clause read, the source named last reports the whole sentence; a stance or plan in the
   * fronted clause is no attribution of its own. Reported speech there stays, nested.
   */
  private reportSentence(attribution: Attribution): void {
    const { p, lo } = this.site;
    widenToClause(p.text, attribution, p.tokens[lo]!.start);
    const inner = this.found.filter((a) => a !== attribution && a.kind !== 'speech');
    for (const a of inner) this.found.splice(this.found.indexOf(a), 1);
  }

  /**
   * An attribution starting at `at` opens a subordinate clause inside the open one's content:
   * `said he was unsure if Kemp had ordered the crew ashore` reports the order too.
   */
  private nestedInOpen(at: number, inner: Attribution): boolean {
    const open = this.open;
    if (open === null || at - 1 < open.firstToken || open.attribution.kind !== 'speech')
      return false;
    const before = this.site.p.lower(at - 1);
    const word = this.site.p.lower(at);
    if (nests(before) || nests(word)) return true;
    // `said that the mayor's claim that ... is false`: cut there, the report would be "that"
    if (at - 1 === open.firstToken && before === 'that') return true;
    // `said the mayor — even as she says it is fair — has doubts`: words said in an aside
    // between dashes
    if (inner.kind === 'speech' && this.betweenDashes(open.firstToken, at)) return true;
    // `says the pier is closed and the crew plans to sail`, `... but she expects a grant`: a
    // plan or belief of a subject of its own, joined on without a comma, is still what was said
    const joined = COORDINATORS.has(before) || COORDINATORS.has(word);
    return joined && inner.kind !== 'speech' && inner.rule !== 'coordinated';
  }

  /**
   * Token `at` follows a dash opened inside the open content (from `first`), and a second dash
   * closes the aside later in the unit.
   */
  private betweenDashes(first: number, at: number): boolean {
    const { p, hi } = this.site;
    let dash = at - 1;
    while (dash > first && !p.isPunct(dash, DASHES) && at - dash <= MAX_DASH_LEAD) dash--;
    if (dash <= first || !p.isPunct(dash, DASHES)) return false;
    for (let k = at + 1; k < hi; k++) if (p.isPunct(k, DASHES)) return true;
    return false;
  }

  /** Ends a nested attribution's content where its clause ends, else at the comma or dash. */
  private endNested(attribution: Attribution, from: number, clauseEnd?: number): void {
    const { p, hi } = this.site;
    let k = clauseEnd ?? from;
    if (clauseEnd === undefined) while (k < hi && !p.isPunct(k, ',' + DASHES)) k++;
    const span = k < hi ? trimSpan(p, from, k) : null;
    if (span) attribution.content = [span];
  }

  /** The fronted clause ends: what is open in it ends there, and the sentence's own clause is read. */
  private closeClause(): void {
    this.cutOpen(this.clauseEnd);
    this.open = null;
    this.clauseEnd = CLOSED;
  }

  /** Ends the open (leading) attribution's content before token `at`. */
  private cutOpen(at: number): void {
    if (!this.open) return;
    const { attribution, firstToken } = this.open;
    const span = trimSpan(this.site.p, firstToken, at);
    if (!span) return;
    const first = attribution.content[0]!;
    const cut = [{ start: first.start, end: Math.min(span.end, first.end) }];
    const quoted = attribution.verbatim.length > 0;
    // the quoted words after the cut are no longer this content's: its kind is read again
    Object.assign(attribution, describe(this.site.p.text, this.site.unit.quoted, cut));
    // `Ann Roe praised the crew, saying "..."`: with its quote gone to the participle, a noun
    // phrase is left, the stance taken on it, not words of hers
    const thing = quoted && !attribution.verbatim.length && attribution.kind === 'speech';
    if (thing && objectReadsAsNounPhrase(this.site.p, firstToken, at)) attribution.kind = 'stance';
    // "leads by 40 pledged delegates according to ...": one bare word left is no statement,
    // but a stance may be on one name ("As Roe criticized Bell, ...")
    const left = attribution.content[0]!;
    const { p } = this.site;
    const onName = attribution.kind === 'stance' && p.cap(tokenAt(p.tokens, left.start));
    if (!attribution.verbatim.length && !onName && oneWord(p.text.slice(left.start, left.end))) {
      this.found.splice(this.found.indexOf(attribution), 1);
      this.open = null; // nothing left open to cut or replace
    }
  }
}
