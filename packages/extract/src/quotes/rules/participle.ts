import {
  CLAUSE_ONLY_PARTICIPLES,
  CUE_FORMS,
  NAMING_PARTICIPLES,
  PARTICIPLE_CUES,
} from '../../lexicon/cues.js';
import type { Span } from '@sourcetrace/article-model';
import {
  GERUND_LINKS,
  HELD_UP_NOUNS,
  GROUP_HEADS,
  LATER_CLAUSE_JOINERS,
  RELATIVE_PRONOUNS,
} from '../../lexicon/quote-words.js';
import {
  AUXILIARIES,
  DETERMINERS,
  NEGATING_ADVERBS,
  OBJECT_PRONOUNS,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
} from '../../lexicon/words.js';
import { peopleWord } from '../people-words.js';
import { tokenAt } from '../../text/tokens.js';
import { isPastTense } from '../../lexicon/verb-forms.js';
import { BACKING_PARTICIPLES } from '../../lexicon/stance-verbs.js';
import { BODY_NOUNS } from '../../entities/data/organizations.js';
import { PEOPLE_PLURALS } from '../../entities/data/people.js';
import { opensObject } from '../../claims/rules/stance-object.js';
import type { Phrases } from '../phrases.js';
import { QuoteState } from '../units.js';
import { appositive } from '../appositive.js';
import { subjectAtStart, verbLike } from '../speakers.js';
import { perceivesObject } from '../subject-stops.js';
import { acceptsContent, classKind, commaAfter, quoteEnd } from './shared.js';
import { reportsAThing } from './leading.js';
import type { CueRule, CueSite, Outcome } from './types.js';
import { cueAdverb } from '../cue-adverb.js';
import { frameBefore, withSubject } from './participle-frames.js';

export const PARTICIPLE_CONFIDENCE = 0.7;

/** `..., saying that ...`: the participle takes the speaker of the clause it hangs on. */
export const participle: CueRule = {
  name: 'participle',
  stage: 'cue',
  triggers: new Set([...CUE_FORMS, ...BACKING_PARTICIPLES]),
  produces: { quote: ['direct', 'mixed', 'indirect'], claim: ['belief', 'none'] },
  confidence: PARTICIPLE_CONFIDENCE,
  match(site) {
    const { p, c, lo, hi, lower, make } = site;
    if (BACKING_PARTICIPLES.has(lower) && !p.commaBefore(c)) return backsAfterNoun(site);
    const cue = site.cue();
    if (!cue || !PARTICIPLE_CUES.has(lower)) return pointsTo(site);
    // "reading" gives what a sign held up says, not a message's words ("a post reading ...")
    if (lower === 'reading' && !HELD_UP_NOUNS.has(p.lower(c - 1))) return null;
    let speaker: Span | null;
    // `..., finally saying`: an adverb after the comma hangs the participle on the clause too
    const adverb = adverbAfterComma(p, c, lo);
    let cutAt = cutBefore(p, adverb ? c - 1 : c);
    // `..., saying` / `... – saying` / `... by saying`: the subject of the clause the
    // participle hangs on
    const hangs =
      p.commaBefore(c) ||
      adverb ||
      p.isPunct(c - 1, '\u2014\u2013') ||
      (c - 1 > lo && GERUND_LINKS.has(p.lower(c - 1)) && p.isWord(c - 1)) ||
      joinsParticiple(p, c, lo);
    if (hangs)
      speaker =
        site.lastSource() ??
        perceivedInAct(p, lo, c) ??
        laterClauseSubject(p, lo, c) ??
        subjectAtStart(p, lo, c, true) ??
        verbSubject(p, lo, c);
    else {
      // "Ana Ruiz issued a statement saying ...": the participle hangs on what the subject put out
      const verb = frameBefore(p, lo, c);
      const last = site.group().before;
      const withAt = verb < 0 ? withSubject(p, lo, last) : -1;
      speaker =
        verb >= 0 ? subjectBefore(p, lo, verb) : withAt >= 0 ? p.span(withAt + 1, last + 1) : null;
      if (withAt >= 0) cutAt = withAt;
    }
    const right = site.right();
    // `adding, "B."`, `issued a statement saying, "B."`: the quote after the comma is reported
    const contentStart = right.splitStart ?? right.contentStart;
    if (!speaker || contentStart >= hi) return null;
    // `Ivo Marr, writing in the Courier, called the film "dull"`: a verb after the frame's comma
    // is the subject's own, and the participle only says where it was written
    if (hangs && frameThenVerb(p, c, contentStart)) return null;
    // `saying "We will win."`: a quote may open right after the participle
    const opensQuote = p.states[contentStart] === QuoteState.Open;
    if (!p.tokens[contentStart]!.word && contentStart !== right.splitStart && !opensQuote)
      return null;
    // `Ada Kemp, conceding that the pier was old, closed it.`: between the subject and its verb
    // the participle's words end at the comma, and the subject's own clause is read on
    const aside = hangs ? asideEnd(p, speaker, c, contentStart, hi) : -1;
    // `held signs reading "Fair Pay Now" outside the depot`: the sign's words are all it says
    const signEnd =
      opensQuote && HELD_UP_NOUNS.has(p.lower(c - 1)) ? quoteEnd(p, contentStart, hi) : hi;
    const attribution = make(
      classKind(cue.cls),
      [[contentStart, aside > 0 ? aside : signEnd]],
      cue.span,
      speaker,
      'participle',
      PARTICIPLE_CONFIDENCE,
    );
    if (!attribution || !acceptsContent(p, cue.cls, right, attribution)) return pointsTo(site);
    // ", conceding the race", ", recalling a visit": a thing named, no words reported: the
    // speaker's stance, a claim, as `stance-object` reads it after a subject
    if (reportsAThing(site, cue.cls, contentStart, attribution)) {
      if (CLAUSE_ONLY_PARTICIPLES.has(lower)) return null;
      attribution.kind = 'stance';
    }
    attribution.channel = right.channel;
    if (aside > 0) return { type: 'aside', attribution, resumeAt: aside };
    return { type: 'open', attribution, contentStart, cutAt };
  },
};

/**
 * A frame after the participle at c ("in the Courier", "on Halvard Radio"), then a comma and a
 * verb of the past at `contentStart`, with no subject of its own before it.
 */
function frameThenVerb(p: Phrases, c: number, contentStart: number): boolean {
  if (contentStart <= c + 1 || !p.isPunct(contentStart - 1, ',') || p.cap(contentStart))
    return false;
  const verb = p.lower(contentStart);
  return isPastTense(verb) && !p.isPunct(c + 1, ',');
}

/**
 * `..., pointing to her record and saying that ...`: "and" joins the participle to one that
 * opens a clause after a comma a few words before, which hangs on the same subject.
 */
function joinsParticiple(p: Phrases, c: number, lo: number): boolean {
  if (p.lower(c - 1) !== 'and') return false;
  for (let k = c - 2; k > lo && c - k <= MAX_JOINED_PARTICIPLE; k--) {
    if (!p.isWord(k)) return false;
    if (p.commaBefore(k)) return p.lower(k).endsWith('ing') && !p.cap(k);
  }
  return false;
}

/**
 * `Ann Roe remembers him pleading with the judge, saying ...`: after a verb of perceiving someone
 * in the act, the participle hangs on the one perceived (a pronoun or a name of up to three
 * words, then a form in -ing), not on the clause's subject; null when no such object stands
 * before `c`.
 */
function perceivedInAct(p: Phrases, lo: number, c: number): Span | null {
  for (let k = lo; k < c - 2; k++) {
    if (!perceivesObject(p, k, c)) continue;
    let end = k + 1;
    if (OBJECT_PRONOUNS.has(p.lower(end))) end++;
    else while (end < c && end - k <= MAX_PERCEIVED_NAME && p.cap(end) && p.isWord(end)) end++;
    const act = p.lower(end);
    if (end > k + 1 && end < c && act.length > 4 && act.endsWith('ing')) return p.span(k + 1, end);
  }
  return null;
}

/** Words of a name perceived in the act: "Tom Bell", "Ann Roe Kemp". */
const MAX_PERCEIVED_NAME = 3;

/** Tokens from a participle after its comma to the "and" joining a second one. */
const MAX_JOINED_PARTICIPLE = 10;

/**
 * `"...," she said, adding that ...`, `"...," said Ada Kemp, a teacher, adding ...`: where a
 * participle of saying opens after a comma, read past a short apposition or frame after the
 * cue's clause (from `from`), before the sentence goes on to anything else; else -1.
 */
export function participleAfter(p: Phrases, from: number, hi: number): number {
  return p.tailMatch(
    from,
    hi,
    MAX_TAIL_TOKENS,
    (k) => PARTICIPLE_CUES.has(p.lower(k)) && p.commaBefore(k),
  );
}

/** Tokens an apposition or a frame may hold between a cue and a participle after it. */
const MAX_TAIL_TOKENS = 16;

/** Words what is backed may run to: a name, or a short noun phrase ("the levy on ferries"). */
const MAX_BACKED_TOKENS = 12;

/**
 * Where what is backed ends: the noun phrase from `from` ("Tom Bell", "the levy on ferries") up
 * to punctuation or the sentence's own verb (an auxiliary, a past tense, a cue: "gave", "said").
 */
function backedEnd(p: Phrases, from: number, hi: number): number {
  let k = from;
  while (k < hi && k - from < MAX_BACKED_TOKENS && p.outside(k)) {
    // "former Gov. Jo Kemp": the period of a title abbreviation stays in the name
    if (!p.isWord(k) && !(p.isPunct(k, '.') && p.abbreviation(k - 1) && p.cap(k + 1))) break;
    const word = p.lower(k);
    if (k > from && (AUXILIARIES.has(word) || isPastTense(word) || CUE_FORMS.has(word))) break;
    k++;
  }
  return k;
}

/**
 * `a group backing Tom Bell`, `super PACs supporting the mayor`, `those opposing the levy`: a
 * participle of support right after the people or body it describes is their stance on what it
 * names, to the next comma; the sentence is read on.
 */
function backsAfterNoun(site: CueSite): Outcome | null {
  const { p, c, hi, floor, make } = site;
  if (c - 1 < floor || !p.isWord(c - 1) || !p.outside(c) || !opensObject(p, c + 1)) return null;
  const before = p.lower(c - 1);
  const body = BODY_NOUNS.has(before) || BODY_NOUNS.has(before.replace(/s$/, ''));
  const people = PEOPLE_PLURALS.has(before) || GROUP_HEADS.has(before);
  if (!(body || people || (p.cap(c - 1) && !DETERMINERS.has(before)))) return null;
  const group = GROUP_HEADS.has(before);
  const start = group ? c - 1 : p.phraseBefore(c - 1, floor);
  if (start > c - 1 || (!group && !p.isSpeaker(start, c))) return null;
  const end = backedEnd(p, c + 1, hi);
  if (end <= c + 1) return null;
  const cue = p.span(c, c + 1);
  const claim = make(
    'stance',
    [[c + 1, end]],
    cue,
    p.span(start, c),
    'participle',
    PARTICIPLE_CONFIDENCE,
  );
  return claim ? { type: 'aside', attribution: claim, resumeAt: c + 1 } : null;
}

/**
 * `..., finally saying`, `..., then adding`: an adverb between the comma and the participle
 * (not a negation: `..., never saying why` reports nothing).
 */
function adverbAfterComma(p: Phrases, c: number, lo: number): boolean {
  const k = c - 1;
  if (k <= lo || !p.isWord(k) || !p.commaBefore(k)) return false;
  return cueAdverb(p, k) && !NEGATING_ADVERBS.has(p.lower(k));
}

/**
 * The participle follows its subject (and a bracket after it) and a comma (and a link word or
 * an adverb): `Ada Kemp, (despite) V-ing`, `Ada Kemp (D-Ore.), (finally) V-ing`.
 */
function asideAfterSubject(p: Phrases, speaker: Span, c: number): boolean {
  const linked = GERUND_LINKS.has(p.lower(c - 1)) || adverbAfterComma(p, c, 0);
  const link = linked && p.isWord(c - 1) ? c - 1 : c;
  return p.isPunct(link - 1, ',') && p.tokens[beforeBracket(p, link - 2)]?.end === speaker.end;
}

/** Tokens a bracket after a subject may hold: "Tom Bell (D-Ore.)". */
const MAX_BRACKET_TOKENS = 8;

/** The token before a bracketed part that closes at k ("Tom Bell (D-Ore.)"), else k. */
function beforeBracket(p: Phrases, k: number): number {
  if (!p.isPunct(k, ')')) return k;
  for (let j = k - 1; j >= 0 && k - j <= MAX_BRACKET_TOKENS; j--)
    if (p.isPunct(j, '(')) return j - 1;
  return k;
}

/** Where the participle's words end when they stand between the subject and its verb, or -1. */
function asideEnd(p: Phrases, speaker: Span, c: number, from: number, hi: number): number {
  return asideAfterSubject(p, speaker, c) ? commaAfter(p, from, hi) : -1;
}

/** Where the clause before the participle ends: at its comma, after a closing quote mark. */
function cutBefore(p: Phrases, c: number): number {
  return p.states[c - 1] === QuoteState.Close ? c : c - 1;
}

/**
 * `"We must act," she said, citing the flood.` / `..., referring to the mayor.`: what the
 * speaker points to is named, not said: a claim of the clause's speaker.
 */
function pointsTo(site: CueSite): Outcome | null {
  const { p, c, lo, hi, lower, make } = site;
  if (!NAMING_PARTICIPLES.has(lower) || !p.commaBefore(c)) return null;
  const speaker = site.lastSource() ?? subjectAtStart(p, lo, c);
  const start = lower === 'referring' && p.lower(c + 1) === 'to' ? c + 2 : c + 1;
  if (!speaker || start >= hi || !p.isWord(start)) return null;
  const cue = p.span(c, start);
  // `Ada Kemp, citing the survey, said ...`: between the subject and its verb it ends at the comma
  const aside = asideEnd(p, speaker, c, start, hi);
  const end = aside > 0 ? aside : hi;
  const claim = make('stance', [[start, end]], cue, speaker, 'participle', PARTICIPLE_CONFIDENCE);
  if (!claim || claim.verbatim.length) return null;
  if (aside > 0) return { type: 'aside', attribution: claim, resumeAt: aside };
  return { type: 'open', attribution: claim, contentStart: start, cutAt: cutBefore(p, c) };
}

/**
 * `Norland's fishing minister, Ada Kemp, visited the docks, saying ...`, `Last month, a group
 * of pilots wrote to the board, saying ...`: where no subject reads at the clause's start, the
 * one right before its first verb (a past form or an auxiliary), when it opens the sentence or
 * follows the comma of the one phrase fronted before it, and is headed by a name, a pronoun or
 * people.
 */
function verbSubject(p: Phrases, lo: number, c: number): Span | null {
  let comma = -1;
  for (let k = lo + 1; k < c; k++) {
    if (!p.outside(k)) return null;
    if (p.isPunct(k, ',') && comma < 0) comma = k;
    if (!verbLike(p, k)) continue;
    const subject = subjectBefore(p, lo, k);
    if (!subject) return null;
    const first = tokenAt(p.tokens, subject.start);
    const head = tokenAt(p.tokens, subject.end) - 1;
    const opens = first === lo || first === comma + 1;
    const named = p.cap(head) || PERSONAL_PRONOUNS.has(p.lower(head)) || peopleWord(p.lower(head));
    return opens && named && !PREPOSITIONS.has(p.lower(first)) ? subject : null;
  }
  return null;
}

/**
 * `The board cut the grant, and the mayor has resigned, saying ...`: the participle hangs on the
 * nearest clause joined after a first one ("and", "while" ...) that has a subject and a verb of
 * its own and runs on to the participle (not `Ana Ruiz met Tom Bell and Ivo Marr, saying`, nor
 * `Ana Ruiz and two skippers left, saying`, nor a clause inside a relative one).
 */
function laterClauseSubject(p: Phrases, lo: number, c: number): Span | null {
  for (let k = c - 2; k > lo; k--) {
    if (!LATER_CLAUSE_JOINERS.has(p.lower(k)) || !p.outside(k)) continue;
    const subject = subjectAtStart(p, k + 1, c, true);
    const verb = subject ? tokenAt(p.tokens, subject.end) : c;
    if (verb < c && runsToParticiple(p, verb, c) && verbBefore(p, lo, k)) return subject;
  }
  return null;
}

/**
 * A finite verb group at `verb` ("has already sued", "fired"), and no other verb after it before
 * the participle at c: a past form before a preposition modifies a noun ("staff related to").
 */
function runsToParticiple(p: Phrases, verb: number, c: number): boolean {
  if (!verbLike(p, verb)) return false;
  if (!AUXILIARIES.has(p.lower(verb)) && PREPOSITIONS.has(p.lower(verb + 1))) return false;
  let k = verb + 1;
  while (k < c && (verbLike(p, k) || cueAdverb(p, k))) k++;
  for (; k < c; k++) if (verbLike(p, k)) return false;
  return true;
}

/**
 * A verb in [lo, end) and no relative word: the sentence has a clause of its own before the
 * joiner at `end`, which no "whose ..." or "that ..." may still be running on past.
 */
function verbBefore(p: Phrases, lo: number, end: number): boolean {
  let verb = false;
  for (let k = lo; k < end; k++) {
    if (RELATIVE_PRONOUNS.has(p.lower(k))) return false;
    verb ||= verbLike(p, k);
  }
  return verb;
}

/** The subject just before a verb: "the ministry issued", "Jo Kemp, the mayor, posted". */
function subjectBefore(p: Phrases, lo: number, verb: number): Span | null {
  const aside = appositive(p, verb - 1, lo);
  if (aside) return p.span(aside[2], aside[3]);
  // "Her office later released a statement saying ...": the adverb goes with the verb
  const end = verb - 1 > lo && cueAdverb(p, verb - 1) ? verb - 1 : verb;
  const start = p.phraseBefore(end - 1, lo);
  return start < end && p.isSpeaker(start, end) ? p.span(start, end) : null;
}
