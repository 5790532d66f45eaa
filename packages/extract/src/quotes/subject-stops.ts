// Words that end a subject read leftwards from its verb, or widen it: "Officials let | Ann Roe
// cast", "Witnesses heard | the driver shouting", "Everyone but Ann Roe said".
import {
  AUXILIARIES,
  CAUSATIVE_VERBS,
  DETERMINERS,
  NEGATING_ADVERBS,
  OBJECT_PRONOUNS,
  WHOLE_GROUP_WORDS,
} from '../lexicon/words.js';
import { PERCEPTION_VERBS, RELATIVE_PRONOUNS } from '../lexicon/quote-words.js';

/** The token reading these words needs (`Phrases` provides it). */
interface WordReader {
  lower(i: number): string;
  cap(i: number): boolean;
}

/**
 * "Officials let Ann Roe cast ...", "helped the crew cast ...": a verb letting its object act
 * ends the phrase, whose subject is that object.
 */
export function causesObject(p: WordReader, n: number, end: number): boolean {
  if (n >= end || p.cap(n) || !CAUSATIVE_VERBS.has(p.lower(n))) return false;
  const next = p.lower(n + 1);
  return p.cap(n + 1) || OBJECT_PRONOUNS.has(next) || DETERMINERS.has(next);
}

/**
 * "Witnesses heard the driver shouting", "saw Tom Bell telling": a verb of perceiving someone in
 * the act ends the phrase, whose subject is the one perceived (but "riders who watched the
 * debate said" are the riders: the verb opens a relative clause of theirs).
 */
export function perceivesObject(p: WordReader, n: number, end: number): boolean {
  if (n >= end || p.cap(n) || !PERCEPTION_VERBS.has(p.lower(n))) return false;
  return !RELATIVE_PRONOUNS.has(p.lower(n - 1));
}

/**
 * "The mayor helped Ann Roe cast ...": the verb at n let the object after it act, as told (not
 * "would not let", "refused to let", "could ... and let": a modal, a negation, "to" or "and"
 * before it; nor "help" or "helping", mostly of what may yet be).
 */
export function letActBefore(p: WordReader, n: number, object: number): boolean {
  if (!causesObject(p, n, object) || n + 1 !== object) return false;
  const word = p.lower(n);
  if (word === 'help' || word.endsWith('ing')) return false;
  const before = p.lower(n - 1);
  const told = !AUXILIARIES.has(before) && !NEGATING_ADVERBS.has(before);
  return told && before !== 'to' && before !== 'and';
}

/**
 * "Everyone but Ann Roe said", "no one but the mayor said": "but" after a word for a whole group
 * leaves someone out of the subject, it joins no second clause ("one" only in "no one"; "the
 * council all but said" has nothing between "but" and the cue).
 */
export function leavesOut(p: WordReader, n: number, end: number): boolean {
  if (p.lower(n) !== 'but' || n >= end) return false;
  const before = p.lower(n - 1);
  return WHOLE_GROUP_WORDS.has(before) && (before !== 'one' || p.lower(n - 2) === 'no');
}
