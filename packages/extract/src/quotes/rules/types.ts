// The shape of an attribution rule: what it is called, what it finds, how sure it is, and its
// matcher. Matchers read the text and return an outcome; only the attribution loop keeps state.
import type { Claim, Hedge, QuoteKind, RuleName, Span } from '@sourcetrace/article-model';
import type { CueClass } from '../../lexicon/cues.js';
import type { AfterCue } from '../after-cue.js';
import type { Quoted } from '../marks.js';
import type { Phrases } from '../phrases.js';
import type { Unit } from '../units.js';

export type { RuleName };

/**
 * One attributed (or quoted) statement found in the text, before it becomes a Quote or a Claim.
 * `speech` and carried-on quoted sentences become quotes; belief, evidence, "according to" and
 * passive hedges become claims.
 */
export interface Attribution {
  kind:
    | 'speech'
    | 'belief'
    | 'stance'
    | 'evidence'
    | 'according'
    | 'passive'
    | 'continuation'
    | 'unattributed';
  content: Span[];
  verbatim: Span[];
  quoteKind: QuoteKind;
  cue: Span | null;
  source: Span | null;
  /**
   * The words that stand for the source in the reporting clause, where they are not the source
   * itself: the "who" of `Ivo Marsh, who said ...`. Quotes and claims show it as their source;
   * the speaker is still resolved from `source`.
   */
  sourceWritten?: Span;
  channel: Span | null;
  /** For a continuation: the attribution whose speaker carries on. */
  carries: Attribution | null;
  hedge: Hedge;
  rule: RuleName;
  confidence: number;
}

/** The attribution kinds that become quotes; every other kind becomes a claim. */
export function becomesQuote(a: Attribution): boolean {
  return a.kind === 'speech' || a.kind === 'continuation' || a.kind === 'unattributed';
}

/** Builds an attribution over token ranges of the unit; null when the ranges hold no words. */
export type MakeFn = (
  kind: Attribution['kind'],
  contentTokens: Array<[number, number]>,
  cue: Span | null,
  source: Span | null,
  rule: RuleName,
  confidence: number,
) => Attribution | null;

/** A speaker and cue that end their paragraph with a colon: the next paragraph is what they said. */
export interface Pending {
  cue: Span;
  source: Span;
  /**
   * The lead-in takes a stance rather than reports ("X mocked the plan within minutes:"):
   * only a paragraph in quote marks after it is the words.
   */
  quotedOnly: boolean;
}

/**
 * What a matcher found. The attribution loop turns it into bookkeeping: which tokens are
 * claimed, which leading attribution is still open, what the next paragraph inherits.
 */
export type Outcome =
  /** This token is settled with nothing found: no later rule is tried on it. */
  | { type: 'skip' }
  /**
   * A leading attribution whose content runs on until a later one cuts it (at `cutAt` for an
   * open one), or until `closesAt`, the end of a clause fronted before the sentence's own.
   */
  | {
      type: 'open';
      attribution: Attribution;
      contentStart: number;
      cutAt: number | null;
      closesAt?: number;
    }
  /**
   * A trailing or inverted attribution: it ends the sentence and replaces a leading one still
   * open, or, when its quote is set off inside that one's content, ends the open one at `cutAt`.
   */
  | { type: 'close'; attribution: Attribution; contentEnd: number; cutAt?: number }
  /** An aside inside the sentence: nothing is cut or left open, cues resume at `resumeAt`. */
  | { type: 'aside'; attribution: Attribution; resumeAt: number }
  /** A clause fronted before the sentence's own: it is read from `resumeAt` on, subject and all. */
  | { type: 'fronted'; attribution: Attribution; resumeAt: number }
  /**
   * The attribution takes the rest of the unit (cutting an open one at `cutAt`); with
   * `reportsClause`, it reports the whole clause of the open one, from its subject on.
   */
  | { type: 'settle'; attribution: Attribution; cutAt: number | null; reportsClause?: boolean }
  /** The whole unit is this attribution: nothing else is read in it. */
  | { type: 'end-unit'; attribution: Attribution }
  /** Nothing here, but the next paragraph is what this speaker said. */
  | { type: 'pending'; pending: Pending }
  /** An attribution of a unit that no cue claimed. */
  | { type: 'add'; attribution: Attribution };

/** The unit being read and the attribution factory, shared by every stage. */
export interface UnitSite {
  p: Phrases;
  unit: Unit;
  /** First token after a dateline, and the end of the unit. */
  lo: number;
  hi: number;
  make: MakeFn;
}

/** A verb (or verb group) of saying at the token being read. */
export interface Cue {
  cls: CueClass;
  group: { before: number; start: number; passive: boolean; negated: boolean };
  span: Span;
  /** First token after the cue ("point out", "call for" take two). */
  end: number;
}

/** The noun phrase that speaks before the cue: [npStart, npEnd] and the source span's tokens. */
export interface SpeakerBefore {
  npStart: number;
  npEnd: number;
  sourceStart: number;
  sourceEnd: number;
}

/** `Speaker cue ...` read as a reporting clause: where its subject starts and what follows it. */
export interface ReportingClause {
  source: Span;
  /** The token before the speaker phrase. */
  boundary: number;
  /** The speaker follows a comma, a dash or a closing quote. */
  atComma: boolean;
  /** The speaker follows a connective ("and", "while"). */
  connective: boolean;
  /**
   * The opening mark of a quote set off inside an open attribution's content, which the speaker
   * after it says (`declared the need for buses: "Build them now," she said.`); else null.
   */
  ownQuote: number | null;
  right: AfterCue;
}

/** The trigger token being read, with the gates shared by the rules, each computed once. */
export interface CueSite extends UnitSite {
  c: number;
  lower: string;
  /** First token not yet claimed by an attribution of this unit. */
  floor: number;
  /** The leading attribution whose content is still open, if any. */
  open: Readonly<Attribution> | null;
  /** The last source named in this unit. */
  lastSource(): Span | null;
  /** cueGroupStart at this token (auxiliaries, adverbs before the verb). */
  group(): Cue['group'];
  /** The token as a cue of saying, or null when it is none here. */
  cue(): Cue | null;
  /** What follows the cue (recipient, channel, frame, content start). */
  right(): AfterCue;
  /** A named subject with an aside before the cue (`The chair, Ann Roe, said`). */
  aside(): [number, number, number, number] | null;
  /** The phrase before the cue, whether or not it reads as a speaker. */
  phraseBefore(): { npStart: number; npEnd: number; speaks: boolean };
  /** The cue may be inverted (after a comma or closing quote, a verb of saying). */
  invertible(): boolean;
  /** The speaker before the cue, falling back on an aside when the cue may be inverted. */
  speakerBefore(): SpeakerBefore | null;
  /** The speaker and cue read as a reporting clause that may start here. */
  reportingClause(): ReportingClause | null;
}

/** A unit that no cue claimed but that holds quoted words, with what the paragraphs before left. */
export interface EndSite extends UnitSite {
  previous: Attribution | null;
  pending: Pending | null;
  /** The named subject of the previous unit when it quoted no one. */
  subject: Span | null;
  /** For a unit opening its paragraph: the last attribution that named its speaker, if recent. */
  recent: Attribution | null;
}

/** Two neighbouring attributions of the document, read backwards, for the runs-on pass. */
export interface PairSite {
  a: Attribution;
  next: Attribution;
  leftOpen: Quoted[];
  openings: Set<number>;
}

/** What a rule can produce: quotes of these kinds, claims with these hedges. */
export interface Produces {
  quote?: readonly QuoteKind[];
  claim?: readonly Hedge[];
}

interface RuleInfo {
  name: RuleName;
  produces: Produces;
  /** Its confidence, its confidences by case, or null when it keeps the one it relabels. */
  confidence: number | Readonly<Record<string, number>> | null;
}

/** Tried once at the start of a unit, before any cue. */
export interface UnitRule extends RuleInfo {
  stage: 'unit';
  match(site: UnitSite): Outcome | null;
}

/** Tried once on the article's first line, where a headline names its speaker its own way. */
export interface HeadlineRule extends RuleInfo {
  stage: 'headline';
  match(site: UnitSite): Outcome | null;
}

/** Tried at every unclaimed token that is one of its trigger words. */
export interface CueRule extends RuleInfo {
  stage: 'cue';
  triggers: ReadonlySet<string>;
  match(site: CueSite): Outcome | null;
}

/** Tried on a unit with quoted words when no cue in it found anything. */
export interface EndRule extends RuleInfo {
  stage: 'end';
  match(site: EndSite): Outcome | null;
}

/** Tried on each pair of neighbouring attributions once the document is read: true to apply. */
export interface DocumentRule extends RuleInfo {
  stage: 'document';
  match(site: PairSite): boolean;
}

/** Tried on each body sentence once attributions are known (claims in the article's voice). */
export interface SentenceRule<Site> extends RuleInfo {
  stage: 'sentence';
  match(site: Site): Claim | null;
}

export type AttributionRule = HeadlineRule | UnitRule | CueRule | EndRule | DocumentRule;
