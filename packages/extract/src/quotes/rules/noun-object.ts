// Whether what a cue takes reads as a noun phrase ("denied the allegations", "said nothing")
// rather than a clause of reported words.
import { cueClass, inflect } from '../../lexicon/cues.js';
import { WITHHOLDING_VERBS } from '../../lexicon/stance-verbs.js';
import {
  CONTRACTING_SUBJECTS,
  IRREGULAR_PAST,
  PAST_BE_FORMS,
  isPastTense,
} from '../../lexicon/verb-forms.js';
import {
  AUXILIARIES,
  DETERMINERS,
  OBJECT_PRONOUNS,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
  WH_WORDS,
} from '../../lexicon/words.js';
import {
  ADVERBIAL_OPENERS,
  CONTENT_OPENERS,
  COORDINATORS,
  INDEFINITE_OBJECTS,
  OBJECT_RELATIVES,
  RELATIVE_OPENERS,
} from '../../lexicon/quote-words.js';
import type { Phrases } from '../phrases.js';
import { followsDeterminer } from './shared.js';

/**
 * `denied the allegations`, `reported a profit of $3 billion`: the words from `from` to `to` read
 * as a noun phrase, not a clause: no auxiliary, contraction, past tense or second cue among them,
 * and no name standing as a subject before a verb ("suggested Kemp hit a wedge"). Without a
 * tagger this misses a clause whose only verb is a plain present ("the figures show"), so it is
 * asked only of verbs that often take a noun phrase.
 */
export function readsAsNounPhrase(p: Phrases, from: number, to: number): boolean {
  const first = p.tokens[from];
  if (!first?.word || !p.outside(from)) return false;
  const word = first.lower;
  if (
    CONTENT_OPENERS.has(word) ||
    WH_WORDS.has(word) ||
    PERSONAL_PRONOUNS.has(first.bare) ||
    CONTRACTING_SUBJECTS.has(first.bare) ||
    word === 'to' ||
    (word.endsWith('ing') && !word.includes('-')) // "record-breaking sales" is a noun phrase
  )
    return false;
  if (first.cap) {
    let k = from + 1;
    while (k < to && p.cap(k)) k++;
    const next = p.tokens[k];
    const linking = (w: string) =>
      PREPOSITIONS.has(w) || DETERMINERS.has(w) || COORDINATORS.has(w) || w === 'or';
    if (next?.word && !next.cap && !/['\u2019]s$/.test(p.lower(k - 1)) && !linking(next.lower))
      return false;
  }
  return !hasVerb(p, from, to);
}

const WITHHOLDING_FORMS = new Set(WITHHOLDING_VERBS.flatMap(inflect));

/**
 * `denied him bail`, `denied Ann Roe the nomination`: a verb of withholding (`cue`, lowercase)
 * with someone and then a thing after it, a noun or a determiner opening no clause; no words
 * are reported and no stance taken (`denied Roe had left` is a clause: a verb follows).
 */
export function withholdsFromSomeone(p: Phrases, cue: string, from: number): boolean {
  if (!WITHHOLDING_FORMS.has(cue) || !p.outside(from)) return false;
  let k = from;
  if (OBJECT_PRONOUNS.has(p.lower(k)) && p.lower(k) !== 'it') k++;
  else while (p.cap(k) && p.isWord(k)) k++;
  const thing = p.tokens[k];
  if (k === from || !thing?.word || thing.cap) return false;
  const w = thing.lower;
  if (CONTENT_OPENERS.has(w) || PREPOSITIONS.has(w) || COORDINATORS.has(w)) return false;
  return DETERMINERS.has(w) || !hasVerb(p, k, k + 1);
}

/**
 * "said nothing as he left", "said little about it": a pronoun of amount is the cue's object,
 * no words are reported ("said nothing would change" is a clause: a verb follows).
 */
export function indefiniteObject(p: Phrases, from: number): boolean {
  return (
    INDEFINITE_OBJECTS.has(p.lower(from)) && p.outside(from) && !hasVerb(p, from + 1, from + 2)
  );
}

/** Some word in [from, to) shows a clause's verb: an auxiliary, a contraction, a past tense, a cue. */
function hasVerb(p: Phrases, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = p.tokens[i]!;
    if (!t.word) continue;
    const w = t.lower;
    // "the plan", "her bid": a cue word after a determiner is a noun
    const noun = i > from && followsDeterminer(p, i);
    if (
      AUXILIARIES.has(w) ||
      IRREGULAR_PAST.has(w) ||
      (cueClass(w) && !noun) ||
      /n['\u2019]t$/.test(w)
    )
      return true;
    if (w !== t.bare && (CONTRACTING_SUBJECTS.has(t.bare) || PERSONAL_PRONOUNS.has(t.bare)))
      return true;
    // "better-than-expected results": a past form inside a hyphenated compound is an adjective
    if (!t.cap && isPastTense(w) && !w.includes('-')) return true;
  }
  return false;
}

/**
 * `reported a profit, which rose`, `responded a minute later when Kemp scored`: the object of a
 * cue read as a noun phrase up to a clause hung on it (a relative after a comma, an adverbial
 * clause), whose own verbs say nothing about the object. Read on after the comma closing the
 * clause: `said the bridge, which opened in May, will close` is a clause again.
 */
export function objectReadsAsNounPhrase(p: Phrases, from: number, to: number): boolean {
  if (restrictiveRelativeObject(p, from, to)) return true;
  const stop = clauseOnObject(p, from, to);
  if (stop < 0) return readsAsNounPhrase(p, from, to);
  if (!readsAsNounPhrase(p, from, stop)) return false;
  let close = stop + 1;
  while (close < to && !p.isPunct(close, ',')) close++;
  return close >= to || !hasVerb(p, close + 1, to);
}

/** Words between a determiner and the relative pronoun of its noun at most ("a late goal that"). */
const MAX_RELATIVE_HEAD_WORDS = 3;

/**
 * `added a goal that won the game`, `reported a profit which beat forecasts`: a noun after a
 * determiner, a relative pronoun and its verb, and no verb after those: the clause describes
 * the object. (`said a deal that had been agreed was off` has a verb of its own after it.)
 */
function restrictiveRelativeObject(p: Phrases, from: number, to: number): boolean {
  if (!DETERMINERS.has(p.lower(from)) || !p.outside(from)) return false;
  for (let k = from + 2; k < to && k <= from + 1 + MAX_RELATIVE_HEAD_WORDS; k++) {
    if (!p.isWord(k)) return false;
    if (!RELATIVE_OPENERS.has(p.lower(k))) continue;
    const verb = p.tokens[k + 1];
    if (!verb?.word || verb.cap || !isPastTense(verb.lower) || AUXILIARIES.has(verb.lower))
      return false;
    return readsAsNounPhrase(p, from, k) && !hasVerb(p, k + 2, to);
  }
  return false;
}

/**
 * Where a relative clause after a comma, an adverbial clause, a clause joined on after a comma
 * by "and" or "but", or else a second verb of the subject (`confirmed the layoffs but declined
 * to comment`) opens after `from`; else -1.
 */
function clauseOnObject(p: Phrases, from: number, to: number): number {
  for (let k = from + 2; k < to; k++) {
    if (!p.isWord(k)) continue;
    const w = p.lower(k);
    if (ADVERBIAL_OPENERS.has(w) || (OBJECT_RELATIVES.has(w) && p.isPunct(k - 1, ','))) return k;
    // "announced his bid, but now Bell backs him": a clause of its own after the comma
    if (COORDINATORS.has(w) && p.isPunct(k - 1, ',')) return k;
  }
  return secondVerbOfSubject(p, from, to);
}

/** Words a short object may take before a second verb of the subject: "the layoffs". */
const MAX_SHORT_OBJECT = 6;

/**
 * `reported a profit and raised its forecast`, `confirmed the layoffs but declined to comment`:
 * where "and" or "but" opens a second past verb of the subject after a past verb at `from` - 1
 * and its short object, which opens on a determiner and holds no comma, relative or verb of its
 * own; -1. (Both verbs in the past: "insist the levy hurts renters and will ..." is a clause.)
 */
export function secondVerbOfSubject(p: Phrases, from: number, to: number): number {
  if (!DETERMINERS.has(p.lower(from)) || !isPastTense(p.lower(from - 1))) return -1;
  const last = Math.min(to, from + MAX_SHORT_OBJECT + 1);
  for (let k = from + 1; k < last; k++) {
    if (!p.isWord(k) || RELATIVE_OPENERS.has(p.lower(k)) || hasVerb(p, k, k + 1)) return -1;
    if (COORDINATORS.has(p.lower(k))) return secondVerbAt(p, k + 1) ? k : -1;
  }
  return -1;
}

/**
 * A past verb at k with no subject of its own: "declined", "was" ("community-based" is an
 * adjective).
 */
function secondVerbAt(p: Phrases, k: number): boolean {
  const w = p.lower(k);
  return p.isWord(k) && !p.cap(k) && !w.includes('-') && (isPastTense(w) || PAST_BE_FORMS.has(w));
}
