// What a sentence may front before its subject: a phrase or clause closing on a comma, a
// participle, an adverb. The subject read at the start of a clause (speakers.ts) starts after it.
import { isDictionaryWord } from '../entities/data/dictionary.js';
import { GAZETTEER } from '../entities/gazetteer.js';
import { cueClass } from '../lexicon/cues.js';
import { isPastTense } from '../lexicon/verb-forms.js';
import {
  AUXILIARIES,
  CLAUSE_OPENERS,
  DETERMINERS,
  FOCUS_ADVERBS,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
  TIME_CLOSERS,
  TIME_OPENERS,
} from '../lexicon/words.js';
import { FRONTING_ADVERBS, LY_NOUNS, OPENING_TIME_ADVERBS } from '../lexicon/quote-words.js';
import type { Phrases } from './phrases.js';

/** Tokens a fronted clause may run before the comma that ends it. */
const MAX_FRONTED_CLAUSE = 24;

/** After the comma that ends a fronted clause (outside quote marks), or -1 when none does. */
export function afterFrontedClause(p: Phrases, first: number, limit: number): number {
  for (let k = first + 1; k < Math.min(limit, first + MAX_FRONTED_CLAUSE); k++)
    if (p.isPunct(k, ',') && p.outside(k)) return p.isWord(k + 1) ? k + 1 : -1;
  return -1;
}

/**
 * "Speaking at a rally in Eastvale, Norland, Ada Kemp ...": after the comma of a fronted
 * participle clause that a subject and its verb follow (a place after a comma is no subject),
 * or -1.
 */
export function afterFrontedParticiple(p: Phrases, first: number, limit: number): number {
  for (let k = first + 1; k < Math.min(limit, first + MAX_FRONTED_CLAUSE); k++) {
    if (!p.isPunct(k, ',') || !p.isWord(k + 1)) continue;
    let j = k + 1;
    // ("Mr. Ana Ruiz": an abbreviation's period stays in the name)
    while (j < limit && (nameWord(p, j) || (p.isPunct(j, '.') && p.abbreviation(j - 1)))) j++;
    if (j > k + 1 && p.isWord(j) && !p.cap(j)) return k + 1;
  }
  return -1;
}

/** A capitalised word or a determiner, as a subject after a fronted clause opens. */
const nameWord = (p: Phrases, j: number): boolean =>
  p.isWord(j) && (p.cap(j) || DETERMINERS.has(p.lower(j)));

/**
 * "Facing mounting pressure from parents, the head teacher ...", "Holding signs, protesters
 * ...": a capitalised word in -ing whose phrase closes on a comma with no verb of its own
 * ("Polling averages show ..., " has one: a gerund heading the subject) fronts a participle
 * clause; after its comma when a subject and its verb follow, else `from`.
 */
export function afterFrontedGerund(p: Phrases, from: number, limit: number): number {
  if (!gerundAt(p, from) || p.isName(from, from + 1)) return from;
  const after = afterFrontedParticiple(p, from, limit);
  if (after < 0) return from;
  for (let k = from + 1; k < after - 1; k++) {
    const lower = p.lower(k);
    if (lower.endsWith('ing') || !p.isWord(k) || p.cap(k)) continue;
    if (AUXILIARIES.has(lower) || isPastTense(lower) || cueClass(lower)) return from;
  }
  return after;
}

/** A capitalised word of the dictionary in -ing at i ("Facing", "Holding"; not "Sterling"). */
export function gerundAt(p: Phrases, i: number): boolean {
  const lower = p.lower(i);
  return p.cap(i) && lower.length >= 6 && lower.endsWith('ing') && isDictionaryWord(lower);
}

/** An adverb that fronts a sentence: "Soon", "Still", "Later", "Shortly", "Perhaps". */
export function frontingAdverb(p: Phrases, i: number): boolean {
  if (!p.isWord(i)) return false;
  const lower = p.lower(i);
  if (FRONTING_ADVERBS.has(lower) || OPENING_TIME_ADVERBS.has(lower)) return true;
  // "Shortly after ...", "Separately, ...": an adverb in -ly, not a name ("Kelly")
  return (
    lower.length > 4 &&
    lower.endsWith('ly') &&
    !LY_NOUNS.has(lower) &&
    isDictionaryWord(lower) &&
    !p.isName(i, i + 1)
  );
}

/**
 * Where the subject may start after an adverb or a phrase of time fronted at `from`: "Last
 * month, a group ...", "Earlier Tuesday, his manager ..." (a phrase of time closing on a
 * comma), "Now, after ...", "Still, ..." (an adverb and its comma), "Soon after the ballot,
 * ...", "Even as he won, ...", "Later in the day, ..." (an adverb before the phrase or clause
 * it qualifies: read from that phrase on), "Later he said", "Then the mayor ..." (an adverb of
 * time before the subject). Returns `from` when nothing is fronted.
 */
export function afterFrontedAdverb(p: Phrases, from: number, limit: number): number {
  const first = p.lower(from);
  const after = afterOpeningComma(p, from, limit);
  const time =
    after > from + 1 &&
    (TIME_CLOSERS.has(p.lower(after - 2)) || (TIME_OPENERS.has(first) && p.isTime(after - 2)));
  if (time) return after;
  const adverb = frontingAdverb(p, from);
  const focus = FOCUS_ADVERBS.has(first);
  if ((!adverb && !focus) || from + 1 >= limit || p.hedgedAmount(from + 1)) return from;
  if (p.isPunct(from + 1, ',')) return from + 2;
  const next = p.lower(from + 1);
  // ("Only 52 percent of voters": a focus adverb before an amount stays with it)
  if (!p.isWord(from + 1) || p.amount(from + 1)) return from;
  if (CLAUSE_OPENERS.has(next) || (adverb && PREPOSITIONS.has(next))) return from + 1;
  const subject = PERSONAL_PRONOUNS.has(next) || DETERMINERS.has(next) || p.cap(from + 1);
  return OPENING_TIME_ADVERBS.has(first) && subject ? from + 1 : from;
}

/** Tokens an opening phrase may hold: "In a speech in Kell County on Tuesday night, ...". */
const MAX_OPENING_PHRASE = 14;

/**
 * The token after the comma that ends an opening phrase, else -1 (no subject read). A known
 * region after a place is set off inside it ("In Eastvale, Oregon, ..."), and so is a second
 * phrase after a comma ("At a rally in Eastvale, Oregon, on Sunday, ...").
 */
export function afterOpeningComma(p: Phrases, first: number, last: number): number {
  const end = Math.min(last, first + MAX_OPENING_PHRASE);
  for (let k = first + 1; k < end; k++) {
    if (p.isPunct(k, ',')) {
      const region = p.cap(k - 1) ? regionEnd(p, k + 1, last) : -1;
      const next = region > 0 && p.isPunct(region, ',') ? region + 1 : k + 1;
      if (!PREPOSITIONS.has(p.lower(next)) || next >= end) return next;
      k = next;
      continue;
    }
    if (!p.isWord(k) && !p.isPunct(k, '.')) return -1;
  }
  return -1;
}

/** The end of a listed place of one or two words at `from` ("Oregon", "New Brunswick"), or -1. */
function regionEnd(p: Phrases, from: number, last: number): number {
  if (!p.cap(from)) return -1;
  if (from + 1 < last && p.cap(from + 1) && isPlace(`${p.lower(from)} ${p.lower(from + 1)}`))
    return from + 2;
  return isPlace(p.lower(from)) ? from + 1 : -1;
}

const isPlace = (name: string): boolean => GAZETTEER.get(name)?.kind === 'location';
