import { QUESTION_ASIDES, QUESTION_OPENERS } from '../../lexicon/claim-words.js';
import { PREPOSITIONS } from '../../lexicon/words.js';
import type { Phrases } from '../../quotes/phrases.js';
import { tokenAt } from '../../text/tokens.js';
import { commaAfter } from '../../quotes/rules/shared.js';
import type { CueRule, CueSite } from '../../quotes/rules/types.js';

export const ASKED_QUESTION_CONFIDENCE = 0.6;

/** Tokens a fronted question may run before the comma that ends it. */
const MAX_FRONTED_TOKENS = 40;

/**
 * `Asked whether she would run, Ann Roe said no.` / `..., she said when asked about the vote.` /
 * `Tom Bell was asked how the plan works.`: what someone was asked is reported without a source
 * (the asker is rarely named), a claim beside the answer, never a quote. Only a question, opened
 * by "whether", "if", a wh-word or "about": `asked for help`, `asked him to leave` are requests.
 */
export const askedQuestion: CueRule = {
  name: 'asked-question',
  stage: 'cue',
  triggers: new Set(['asked']),
  produces: { claim: ['none'] },
  confidence: ASKED_QUESTION_CONFIDENCE,
  match(site) {
    const { p, c, lo, hi, make } = site;
    const opener = questionAfter(p, c, hi);
    if (opener < 0) return null;
    const when = c > lo && p.lower(c - 1) === 'when';
    const fronted = c === lo || (when && c - 1 === lo);
    if (!fronted && !when && !site.group().passive) return null;
    const cueStart = when ? c - 1 : site.group().start;
    // `she said she is being asked about ...`: the one asked opens what an open report says,
    // which the question is part of
    if (!fronted && !when && opensOpenReport(site, cueStart)) return null;
    const end = fronted ? commaAfter(p, opener, hi, MAX_FRONTED_TOKENS) : hi;
    if (end < 0) return null;
    const cue = p.span(cueStart, c + 1);
    const claim = make(
      'passive',
      [[opener, end]],
      cue,
      null,
      'asked-question',
      ASKED_QUESTION_CONFIDENCE,
    );
    if (!claim || claim.verbatim.length) return null;
    // the answer after a fronted question is read on; a question after the answer ends it
    if (fronted) return { type: 'fronted', attribution: claim, resumeAt: end + 1 };
    return { type: 'settle', attribution: claim, cutAt: cueStart };
  },
};

/**
 * An open report of speech starts with the passive's subject, the noun phrase just before
 * `cueStart` ("she", "Ann Roe", "the mayor"): nothing else of it would be left by a cut.
 */
function opensOpenReport(site: CueSite, cueStart: number): boolean {
  const open = site.open;
  if (open?.kind !== 'speech' || !open.content.length) return false;
  const { p } = site;
  const contentStart = tokenAt(p.tokens, open.content[0]!.start);
  if (cueStart <= contentStart) return false;
  return p.phraseBefore(cueStart - 1, contentStart) <= contentStart;
}

/**
 * Where the question after "asked" at `c` opens: right after it, or after a short phrase saying
 * when, where or by whom (`asked on Monday whether`, `asked during the debate why`); else -1.
 */
function questionAfter(p: Phrases, c: number, hi: number): number {
  const found = questionFrom(p, c, c + 1, hi);
  if (found >= 0) return found;
  // "asked Tuesday about ...", "asked last week whether ...": a time first is passed over
  const afterTime = p.skipTimeForward(c + 1, hi);
  return afterTime > c + 1 ? questionFrom(p, c, afterTime, hi) : -1;
}

/** The question opening at `first` after "asked" at `c`, or after a short phrase there; or -1. */
function questionFrom(p: Phrases, c: number, first: number, hi: number): number {
  const next = p.lower(first);
  if (QUESTION_OPENERS.has(next)) return p.outside(first) ? first : -1;
  if (!p.isWord(first) || !(PREPOSITIONS.has(next) || QUESTION_ASIDES.has(next))) return -1;
  for (let k = first + 1; k < hi && k - c <= MAX_PHRASE_TOKENS; k++) {
    if (!p.isWord(k)) return -1;
    // "about" after a phrase is what the phrase is about ("asked on the topic about ..."), not
    // the question, unless a time or a name closes the phrase ("asked by reporters on Monday
    // about ...", "asked at a briefing in Kell about ...")
    const about = p.lower(k) === 'about';
    if (QUESTION_OPENERS.has(p.lower(k)) && (!about || p.isTime(k - 1) || p.cap(k - 1))) return k;
  }
  return -1;
}

/** Words a phrase between "asked" and its question may take. */
const MAX_PHRASE_TOKENS = 9;

/**
 * `"...," Ana Ruiz said when asked whether ...`: where "when asked" follows a closed trailing or
 * inverted cue (read from `from`, the cue's end), before the sentence goes on; else -1.
 */
export function askedAfter(p: Phrases, from: number, hi: number): number {
  const whenAsked = (k: number) =>
    k + 1 < hi && p.lower(k) === 'when' && p.lower(k + 1) === 'asked' && p.isWord(k + 1);
  return p.tailMatch(from, hi, MAX_TAIL_TOKENS, whenAsked);
}

/** Tokens (the speaker, a recipient, a channel, a time) between a cue and "when asked". */
const MAX_TAIL_TOKENS = 12;
