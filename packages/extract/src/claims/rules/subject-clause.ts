// Where a "that" clause heading the sentence's subject ends: "The minister's claim that prices
// would fall | calmed traders".
import {
  AUXILIARIES,
  BARE_AUXILIARIES,
  CLAUSE_JOINING_WORDS,
  DETERMINERS,
  FINITE_AUXILIARIES,
  FRAMING_SUBORDINATORS,
  NEGATING_ADVERBS,
  PREPOSITIONS,
  WH_WORDS,
} from '../../lexicon/words.js';
import { INTRANSITIVE_VERBS, isPastTense } from '../../lexicon/verb-forms.js';
import { BE_FORMS } from '../../lexicon/quote-words.js';
import type { Phrases } from '../../quotes/phrases.js';

/** Words the clause's subject may take before its auxiliary ("the new bridge over the bay would"). */
const MAX_CLAUSE_SUBJECT = 8;
/** Tokens after the clause's verb read for the sentence's own, at most. */
const MAX_PREDICATE_READ = 12;

/**
 * The token where the sentence's own verb starts after the "that" clause at `that`, which heads
 * its subject, or -1 when unsure. The clause must have a subject and a finite auxiliary ("prices
 * would"); after its verb, a finite auxiliary ("was", "has") with no subject of its own starts
 * the sentence's verb, and so does a lone past form before its object ("calmed traders"). A new
 * clause, a conjunction or a quote mark before it leaves the end unknown, and so do two past
 * forms ("hit retired riders angered unions") or a sentence read no further.
 */
export function subjectClauseEnd(p: Phrases, that: number, hi: number): number {
  const aux = clauseAuxiliary(p, that + 1, hi);
  if (aux < 0) return -1;
  let verb = aux + 1;
  while (verb < hi && auxiliaryChain(p, verb)) verb++;
  const passive = BE_FORMS.has(p.lower(verb - 1));
  // a past form closes the clause right after a verb taking no object or a predicate after
  // "be", or after adverbs and a phrase opened by a preposition ("fall sharply in March")
  let bare = passive || INTRANSITIVE_VERBS.has(p.lower(verb));
  let past = -1;
  let pasts = 0;
  let phrase = false;
  for (let j = verb + 1; j < hi && j <= verb + MAX_PREDICATE_READ; j++) {
    if (p.isPunct(j, ',.;!?')) return pasts === 1 ? past : -1;
    if (!p.isWord(j) || !p.outside(j) || opensClause(p.lower(j))) return -1;
    if (sentenceAuxiliary(p, j)) return j;
    if ((bare || phrase) && pastBeforeObject(p, j)) {
      past = j;
      pasts++;
    }
    bare &&= p.adverb(j);
    phrase ||= PREPOSITIONS.has(p.lower(j));
  }
  return pasts === 1 && hi <= verb + MAX_PREDICATE_READ ? past : -1;
}

/** The clause's first finite auxiliary after a subject of a few words, or -1. */
function clauseAuxiliary(p: Phrases, from: number, hi: number): number {
  for (let k = from; k < hi && k < from + MAX_CLAUSE_SUBJECT; k++) {
    if (!p.isWord(k) || !p.outside(k)) return -1;
    const word = p.lower(k);
    if (FINITE_AUXILIARIES.has(word)) return k > from ? k : -1;
    if (opensClause(word)) return -1;
  }
  return -1;
}

/** "would not quickly be": auxiliaries, negation and adverbs before the clause's verb. */
function auxiliaryChain(p: Phrases, k: number): boolean {
  const word = p.lower(k);
  return AUXILIARIES.has(word) || NEGATING_ADVERBS.has(word) || p.adverb(k);
}

/** A word opening a clause of its own or joining another: the clause's end is not read past it. */
function opensClause(word: string): boolean {
  return CLAUSE_JOINING_WORDS.has(word) || WH_WORDS.has(word) || FRAMING_SUBORDINATORS.has(word);
}

/**
 * "calmed traders", "angered the union": a lowercase past form after no determiner, preposition
 * or auxiliary, before a word that is neither a preposition nor an auxiliary ("families forced
 * to move", "a plan backed by Ann Roe" describe a noun).
 */
function pastBeforeObject(p: Phrases, j: number): boolean {
  const word = p.lower(j);
  if (p.cap(j) || !isPastTense(word)) return false;
  const before = p.lower(j - 1);
  if (DETERMINERS.has(before) || PREPOSITIONS.has(before) || AUXILIARIES.has(before)) return false;
  const next = p.lower(j + 1);
  return p.isWord(j + 1) && !PREPOSITIONS.has(next) && !AUXILIARIES.has(next);
}

/**
 * "was", "has", "will": a finite auxiliary that is no bare infinitive ("let firms have a say")
 * nor a noun ("in May", "the will of voters").
 */
function sentenceAuxiliary(p: Phrases, j: number): boolean {
  const word = p.lower(j);
  if (!FINITE_AUXILIARIES.has(word) || BARE_AUXILIARIES.has(word) || p.cap(j)) return false;
  const before = p.lower(j - 1);
  return !DETERMINERS.has(before) && !PREPOSITIONS.has(before);
}
