import { cueClass } from '../../lexicon/cues.js';
import {
  AUXILIARIES,
  CONNECTIVES,
  CUE_ADVERBS,
  DETERMINERS,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
  SUBORDINATORS,
  TIME_OPENERS,
} from '../../lexicon/words.js';
import { IRREGULAR_PAST, isPastParticiple } from '../../lexicon/verb-forms.js';
import { hasWords, wordCount } from '../../quotes/content.js';
import { closesClause, commaAfter } from '../../quotes/rules/shared.js';
import { readsAsNounPhrase } from '../../quotes/rules/noun-object.js';
import type { Phrases } from '../../quotes/phrases.js';
import type { Attribution, CueRule } from '../../quotes/rules/types.js';
import { NOT_SOURCES } from '../../lexicon/claim-words.js';
import { COORDINATORS, RELATIVE_PRONOUNS } from '../../lexicon/quote-words.js';
import { QuoteState } from '../../quotes/units.js';
import { HE, SHE, THEY } from '../../entities/data/source-words.js';
import { isRoleNoun } from '../../entities/role-words.js';
import { peopleWord } from '../../quotes/people-words.js';
import { contrastingReport } from '../../quotes/contrast-report.js';
import { bracketedAcronym } from '../../quotes/phrase-before.js';

export const ACCORDING_TO_CONFIDENCE = 0.85;

/** Tokens a relative clause on a fronted source may run to its comma. */
const MAX_RELATIVE_TOKENS = 16;

/**
 * "according to X": the content after X's comma, or the clause before "according" when X ends
 * it. Quoted words "according to" someone are their quote; unquoted ones stay a sourced claim.
 */
export const accordingTo: CueRule = {
  name: 'according-to',
  stage: 'cue',
  triggers: new Set(['according']),
  produces: { quote: ['direct', 'mixed'], claim: ['none'] },
  confidence: ACCORDING_TO_CONFIDENCE,
  match({ p, c, lo, hi, floor, open, make }) {
    if (p.lower(c + 1) !== 'to') return null;
    const sourceStart = c + 2;
    const read = readSource(p, c, lo, hi);
    if (!read) return { type: 'skip' };
    const { sourceEnd, afterTime, writtenEnd } = read;
    const cue = p.span(c, c + 2);
    const source = p.span(sourceStart, sourceEnd);
    const after = p.isPunct(afterTime, ',-\u2013\u2014') ? afterTime + 1 : afterTime;
    // does a clause of its own follow, the claim, or is the clause before the claim?
    const afterColon = p.isPunct(c - 1, ':');
    const opensSentence = c === lo || afterColon || opensClause(p, c, lo, hi, after, afterTime);
    let attribution: Attribution | null;
    let cutAt: number | null = null;
    // `... late (fewer than a tenth were, according to the board).`: the bracket's words
    const bracket = openBracketBefore(p, floor, c);
    const leads = hasWords(p, after, hi) && opensSentence;
    // `According to the mayor, the road is safe, but Tom Bell said ...`: the claim ends at the
    // clause that reports another's words, which is read on its own
    const contrast = leads && !open ? contrastingReport(p, after, hi) : -1;
    const claimEnd = contrast >= 0 ? contrast : hi;
    if (leads) {
      // `The hard truth, according to the pilots, is ...`: a subject before the aside is part of it
      const subject = !afterColon && subjectBefore(p, floor, c, after);
      attribution = make(
        'according',
        subject
          ? [
              [floor, c - 1],
              [after, claimEnd],
            ]
          : [[after, claimEnd]],
        cue,
        source,
        'according-to',
        ACCORDING_TO_CONFIDENCE,
      );
      cutAt = c - 1;
    } else {
      const end = p.isPunct(c - 1, ',') ? c - 1 : c;
      // a belief or quote still open ends where its source is named, or where the bracket opens
      cutAt = bracket >= 0 ? bracket : end;
      attribution = make(
        'according',
        [[bracket >= 0 ? bracket + 1 : floor, end]],
        cue,
        source,
        'according-to',
        ACCORDING_TO_CONFIDENCE,
      );
    }
    if (!attribution) return { type: 'skip' };
    if (writtenEnd) attribution.sourceWritten = p.span(sourceStart, writtenEnd);
    if (attribution.verbatim.length) attribution.kind = 'speech';
    if (contrast >= 0) return { type: 'aside', attribution, resumeAt: contrast + 1 };
    // (a bracket's words are the claim whole: what an open quote reports is not widened to them)
    return { type: 'settle', attribution, cutAt, reportsClause: !leads && bracket < 0 };
  },
};

/**
 * Where the source after "according to" at c ends, and where the words after it and any time
 * of it resume; null when no source can be read there.
 */
function readSource(
  p: Phrases,
  c: number,
  lo: number,
  hi: number,
): { sourceEnd: number; afterTime: number; writtenEnd?: number } | null {
  const sourceStart = c + 2;
  // after "according to", "report", "count", "survey" are nouns naming the source
  let sourceEnd = p.phraseAfter(sourceStart, hi, 12, true);
  if (sourceEnd <= sourceStart || !p.isSpeaker(sourceStart, sourceEnd)) {
    if (!pronounAlone(p, sourceStart)) return null;
    sourceEnd = sourceStart + 1;
  }
  sourceEnd = prepositionalTail(p, sourceEnd, hi);
  // "the Harbour Safety Board (HSB)": the initials in brackets are the source's
  if (p.isPunct(sourceEnd, '(') && bracketedAcronym(p, sourceEnd + 2)) sourceEnd += 3;
  // `a poll last week`: a time that starts inside the phrase read is no part of the source
  if (sourceEnd - sourceStart > 1 && p.skipTimeForward(sourceEnd - 1, hi) > sourceEnd) sourceEnd--;
  if (sourceEnd - sourceStart === 1 && NOT_SOURCES.has(p.lower(sourceStart))) return null;
  // `According to a survey that ran in May, ...`: opening the sentence, a relative clause
  // on the source runs to the comma that ends the fronted phrase; the source is its head
  const relative = c === lo ? relativeOnSource(p, sourceStart, sourceEnd, hi) : -1;
  if (relative > 0) sourceEnd = relative;
  // `..., according to figures released Tuesday.`: a time after the source ends the sentence
  let afterTime = p.skipTimeForward(sourceEnd, hi);
  // ... and the participle that dates it is no part of the source's name: "an audit released"
  // (after a common noun: not one whose own subject stands before it, "a memo officials
  // released", nor a name's, "the Tarrow Ledger Poll released")
  const participle = sourceEnd - 1;
  const dated =
    afterTime > sourceEnd &&
    !p.isWord(afterTime) && // the time ends the phrase: "released Thursday."
    participle > sourceStart &&
    isPastParticiple(p.lower(participle)) &&
    !p.cap(participle) &&
    !p.cap(participle - 1) &&
    !peopleWord(p.lower(participle - 1));
  if (dated) sourceEnd--;
  // `..., according to his book "Tides of Vell."`: a title in marks after the source is
  // written with it, and is no words of the claim (the speaker is still read from the noun: a
  // name in the title would take it over)
  const titled = titleAfter(p, afterTime, hi);
  if (titled > afterTime) return { sourceEnd, afterTime: titled, writtenEnd: titled };
  // `..., according to Ada Kemp, director of the survey centre, which ...`: a role set off
  // after a name describes the source
  const role = c > lo ? roleAfterName(p, sourceEnd - 1, afterTime, hi) : -1;
  if (role > 0) sourceEnd = afterTime = role;
  // Mid-sentence, words right after the source, before any comma, still describe it
  // (`..., according to a report published alongside the budget.`).
  if (c > lo && p.isWord(afterTime)) {
    sourceEnd = phraseToComma(p, sourceEnd, hi);
    afterTime = p.skipTimeForward(sourceEnd, hi);
  }
  // `According to a report released last week by the auditor, ...`, `According to the book
  // and the film, ...`: opening the sentence, a phrase that goes on from the source (and its
  // time) with a preposition or "and" runs to the comma that ends the fronted phrase
  const goesOn = PREPOSITIONS.has(p.lower(afterTime)) || COORDINATORS.has(p.lower(afterTime));
  if (c === lo && relative < 0 && p.isWord(afterTime) && goesOn) {
    const comma = phraseToComma(p, afterTime, hi);
    if (comma > afterTime && p.isPunct(comma, ',')) sourceEnd = afterTime = comma;
  }
  // `According to the director, Paul Nkemelu, demand ...`: a name set off by commas after a
  // role, or a role after a name, is the source too
  const apposed =
    c === lo && p.isPunct(afterTime, ',')
      ? appositionEnd(p, afterTime, hi, sourceStart, sourceEnd - 1)
      : -1;
  if (apposed > 0) sourceEnd = afterTime = apposed;
  return { sourceEnd, afterTime };
}

/** Tokens an apposition after the source may take: "Paul Nkemelu", "the food bank's director". */
const MAX_APPOSITION = 6;

/**
 * The closing comma of what is set off after the comma at `comma` before words of the claim: a
 * name the entity stage found after a role (the source from `from`, its last word at `head`),
 * or a role after a name ("a spokesperson", "a senior fellow at the Vell Institute"); -1 when
 * neither is ("According to a summary, Ann Roe, an aide, sent ..." names the subject).
 */
function appositionEnd(p: Phrases, comma: number, hi: number, from: number, head: number): number {
  const first = comma + 1;
  let k = first;
  while (k < hi && k - first < MAX_APPOSITION && p.isWord(k)) k++;
  const closed = k > first && p.isPunct(k, ',') && hasWords(p, k + 1, hi);
  // ("a spokeswoman for the campaign": the role heads the phrase before its preposition)
  let role = head;
  for (let r = from; r < head; r++) if (PREPOSITIONS.has(p.lower(r + 1))) role = r;
  const named = isRoleNoun(p.lower(role))
    ? p.cap(first) && p.isName(first, k)
    : p.cap(head) && DETERMINERS.has(p.lower(first)) && isRoleNoun(p.lower(k - 1));
  if (closed && named) return k;
  // ... a role that heads a longer phrase, closed by its own comma
  const roleEnd = roleAfterName(p, head, comma, hi);
  return roleEnd > 0 && p.isPunct(roleEnd, ',') && hasWords(p, roleEnd + 1, hi) ? roleEnd : -1;
}

/** Words a title in marks after the source may run to. */
const MAX_TITLE_WORDS = 12;

/**
 * A title in quote marks right at `at`, every word capitalised but the small ones ("The Art of
 * the Ferry."): the index after its closing mark, or `at`.
 */
function titleAfter(p: Phrases, at: number, hi: number): number {
  if (p.states[at] !== QuoteState.Open) return at;
  let first = at;
  while (first < hi && p.states[first] === QuoteState.Open) first++;
  const after = p.afterCloseMark(first, hi);
  const close = p.beforeCloseMark(after - 1) + 1;
  if (p.states[close] !== QuoteState.Close || !p.cap(first) || !p.titleWords(first, close))
    return at;
  return wordCount(p, first, close) <= MAX_TITLE_WORDS ? after : at;
}

/** Lower-case words a role set off after a name may take before its noun ("senior"). */
const MAX_ROLE_LEAD = 2;

/**
 * The comma at `comma` after a name (its last word at `head`) sets off a role: "Ada Kemp,
 * director of the survey centre," / "Ada Kemp, a pollster at Vell University.". Returns where
 * the role ends (its closing comma or the sentence's end), or -1 (and -1 where the role noun
 * opens a clause: "according to Ada Kemp, the mayor resigned").
 */
function roleAfterName(p: Phrases, head: number, comma: number, hi: number): number {
  if (!p.isPunct(comma, ',') || !p.cap(head)) return -1;
  for (let k = comma + 1; k < hi && k - comma <= MAX_ROLE_LEAD + 1; k++) {
    if (!p.isWord(k) || p.cap(k)) return -1;
    if (!isRoleNoun(p.lower(k))) continue;
    if (closesClause(p, k + 1, hi)) return k + 1;
    if (!PREPOSITIONS.has(p.lower(k + 1))) return -1;
    const end = phraseToComma(p, k + 1, hi);
    return end > k + 1 ? end : -1;
  }
  return -1;
}

/** The "(" left open between `floor` and the cue at c, or -1. */
function openBracketBefore(p: Phrases, floor: number, c: number): number {
  for (let k = c - 1; k >= floor; k--) {
    if (p.isPunct(k, ')')) return -1;
    if (p.isPunct(k, '(')) return k;
  }
  return -1;
}

/**
 * Mid-sentence, the words after the source open a clause of their own, the claim (`In 2015,
 * according to ..., the city gains`); `..., according to a tally, but the race is close.`,
 * `..., with the city paying a fifth.`, `..., according to the count, the most in a decade.`
 * and words after a dash (`..., according to the Centre - half a point of output.`) or a bracket
 * remark on the clause before, which is the claim. (`...: According to polls, ...` opens a sentence.)
 */
function opensClause(
  p: Phrases,
  c: number,
  lo: number,
  hi: number,
  after: number,
  afterTime: number,
): boolean {
  const next = p.lower(after);
  return (
    (p.isPunct(c - 1, ',') || CONNECTIVES.has(p.lower(c - 1))) &&
    // `..., according to exit polls (a record).`, `(... according to polls)`: a bracket remarks
    !p.isPunct(afterTime, '-\u2013\u2014()') &&
    !COORDINATORS.has(next) &&
    !PREPOSITIONS.has(next) &&
    !hangsOnSource(p, after, after === afterTime) &&
    !appositiveAfter(p, after, hi, lo, c)
  );
}

/**
 * `..., have come from women, according to the count, the most of any candidate.`: after a
 * whole clause, a noun phrase opened by a determiner remarks on that clause; it is no claim of
 * its own. A clause before that is only a fronted phrase (`In 2015, according to ..., the city
 * gains`) leaves the words after as the claim, whatever they look like.
 */
function appositiveAfter(p: Phrases, after: number, hi: number, lo: number, c: number): boolean {
  if (!DETERMINERS.has(p.lower(after))) return false;
  // its head noun may be a cue word read as a verb elsewhere (`a grim figure`, `a fresh claim`)
  let head = hi - 1;
  while (head > after && !p.isWord(head)) head--;
  const last = p.lower(head);
  if (!readsAsNounPhrase(p, after, head) || AUXILIARIES.has(last) || IRREGULAR_PAST.has(last))
    return false;
  if (PREPOSITIONS.has(p.lower(lo))) return false;
  return wordCount(p, lo, c) >= 5;
}

/**
 * `Two flaws in the pier, according to engineers, lie in ...`: the words before the aside are the
 * subject of the clause it interrupts, not a phrase fronted before it (`In 2015, according to
 * ..., the city ...`, `Last year, ...`, `Still, ...`): they open with no preposition, time,
 * connective or adverb, and what follows the aside opens with a verb in lower case.
 */
function subjectBefore(p: Phrases, floor: number, c: number, after: number): boolean {
  const first = p.lower(floor);
  const verb = p.lower(after);
  return (
    c > floor + 2 &&
    p.isPunct(c - 1, ',') &&
    // "cleared the roads and, according to ...,": the aside interrupts a second clause
    !CONNECTIVES.has(p.lower(c - 2)) &&
    !PREPOSITIONS.has(first) &&
    !TIME_OPENERS.has(first) &&
    !CONNECTIVES.has(first) &&
    !CUE_ADVERBS.has(first) &&
    !p.adverb(floor) &&
    p.isWord(after) &&
    !p.cap(after) &&
    (AUXILIARIES.has(verb) ||
      !(
        DETERMINERS.has(verb) ||
        PERSONAL_PRONOUNS.has(verb) ||
        PREPOSITIONS.has(verb) ||
        isRoleNoun(verb) ||
        p.amount(after)
      ))
  );
}

/**
 * `..., according to Jo Park, who advised the campaign.` / `..., according to the agency,
 * taking a step toward ...` / `..., although ...`: what follows the source hangs on it or on the
 * clause before, and opens no clause of its own. "that" does so only with no comma before it
 * (`according to a survey that shows ...`): after a comma it may open the claim.
 */
function hangsOnSource(p: Phrases, after: number, noComma: boolean): boolean {
  const next = p.lower(after);
  return (
    (RELATIVE_PRONOUNS.has(next) && (next !== 'that' || noComma)) ||
    SUBORDINATORS.has(next) ||
    (next.endsWith('ing') && !p.cap(after))
  );
}

/**
 * A relative clause after the source's head (`people who were there,`, `Tom Bell, who ran it,`):
 * the comma that ends it, or -1.
 */
function relativeOnSource(p: Phrases, sourceStart: number, sourceEnd: number, hi: number): number {
  const last = p.isPunct(sourceEnd, ',') ? sourceEnd + 1 : sourceEnd;
  for (let k = sourceStart + 1; k <= last; k++) {
    if (RELATIVE_PRONOUNS.has(p.lower(k))) return commaAfter(p, k, hi, MAX_RELATIVE_TOKENS);
  }
  return -1;
}

/**
 * Where the words after `end` reach a comma or the sentence end, within eight words, with no
 * verb of saying or belief on the way (one capitalised is a name's: "the Vell Harbour Trust",
 * and so is an acronym in brackets); else `end`.
 */
function phraseToComma(p: Phrases, end: number, hi: number): number {
  let k = end;
  for (; k < hi && k - end <= 8; k++) {
    // "... by the Transport Accident Investigation Board (TAIB).": a name's acronym in brackets
    if (p.isPunct(k, '(') && p.cap(k + 1) && p.isPunct(k + 2, ')')) k += 2;
    else if (!p.isWord(k) || (!p.cap(k) && cueClass(p.lower(k)))) break;
  }
  return closesClause(p, k, hi) ? k : end;
}

/**
 * `according to a statement from the province, ...`: a short prepositional phrase that runs to
 * the comma or the end of the sentence still names the source. Returns where the source ends.
 */
function prepositionalTail(p: Phrases, end: number, hi: number): number {
  if (!p.isWord(end) || !PREPOSITIONS.has(p.lower(end)) || p.skipTimeForward(end, hi) > end)
    return end;
  let k = end + 1;
  // the word right after the preposition is its noun, even a cue word ("in charge of"), and so is
  // one after a determiner ("briefed on the plan")
  while (k < hi && k - end <= 8 && p.isWord(k) && (k === end + 1 || nounAt(p, k))) k++;
  return closesClause(p, k, hi) && k > end + 1 ? k : end;
}

/** Not a verb of the clause: no cue word, or one a determiner makes a noun ("the plan"). */
function nounAt(p: Phrases, k: number): boolean {
  return !cueClass(p.lower(k)) || DETERMINERS.has(p.lower(k - 1));
}

/** `according to him,`: a third-person pronoun standing alone is the source it points back to. */
function pronounAlone(p: Phrases, i: number): boolean {
  const lower = p.lower(i);
  return (HE.has(lower) || SHE.has(lower) || THEY.has(lower)) && !p.isWord(i + 1);
}
