// What follows a cue word and changes how it reads: a topic after "about" ("spoke to the
// mayor about the pier"), "clear" after "made", a view held ("is confident", "sees ... as").
import {
  PARTICLE_STANCE,
  PARTICLE_STANCE_NOUN_FORMS,
  TOPIC_WORDS,
  cueClass,
  opensTopic,
} from '../lexicon/cues.js';
import {
  AUXILIARIES,
  CONNECTIVES,
  DETERMINERS,
  OBJECT_PRONOUNS,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
} from '../lexicon/words.js';
import { BE_FORMS, CONTENT_OPENERS } from '../lexicon/quote-words.js';
import { NOT_VIEW_AS } from '../lexicon/stance-verbs.js';
import { isPastTense } from '../lexicon/verb-forms.js';
import type { Phrases } from './phrases.js';
import { followsDeterminer } from './rules/shared.js';
import { readsAsNounPhrase } from './rules/noun-object.js';

/** Words an object of "see ... as" runs to before its "as". */
const MAX_VIEWED_WORDS = 6;

/**
 * `voters see the plan as unfair`: a verb of regarding at c (not a noun: "her views") with an
 * object, then "as" and what it is taken for.
 */
export function viewedAs(p: Phrases, c: number): boolean {
  if (followsDeterminer(p, c)) return false;
  for (let k = c + 2; k <= c + 1 + MAX_VIEWED_WORDS; k++) {
    if (!p.isWord(k) || !p.outside(k)) return false;
    if (p.lower(k) !== 'as') continue;
    // "saw the boat as it docked": a subject after "as" opens a clause of time
    return complementAfterAs(p, k);
  }
  return false;
}

/**
 * `painted her rival as a crook`, `cast the mayor as a puppet`: a verb of labelling at c (not a
 * noun: "the cast as a whole") with an object and "as", or "as" right after it where a relative
 * "that" is the object ("a man that critics painted as a crook"). No preposition but "of" in the
 * object: "cast their votes for Ann Roe as ..." labels nothing.
 */
export function labelledAs(p: Phrases, c: number): boolean {
  if (p.lower(c + 1) === 'as') return !followsDeterminer(p, c) && complementAfterAs(p, c + 1);
  if (!viewedAs(p, c)) return false;
  for (let k = c + 1; p.lower(k) !== 'as'; k++)
    if (PREPOSITIONS.has(p.lower(k)) && p.lower(k) !== 'of') return false;
  return true;
}

/** Words after "as" in which a verb makes it open a clause of time ("as the polls closed"). */
const MAX_AS_CLAUSE_SUBJECT = 3;

/**
 * A word after "as" at k that opens what something is taken for ("as a crook"), not a clause
 * ("as if", "as it docked", "as early voting opened", "as the polls closed"; a past form after a
 * determiner or an adverb describes: "as a failed leader", "as a deeply flawed plan").
 */
export function complementAfterAs(p: Phrases, k: number): boolean {
  const next = p.lower(k + 1);
  if (!p.isWord(k + 1) || NOT_VIEW_AS.has(next) || PERSONAL_PRONOUNS.has(next)) return false;
  // (up to a connective: "viewed them as rivals and despised them" says what they were taken for)
  for (let v = k + 2; v <= k + MAX_AS_CLAUSE_SUBJECT && p.isWord(v); v++) {
    if (CONNECTIVES.has(p.lower(v))) break;
    const describes = DETERMINERS.has(p.lower(v - 1)) || p.adverb(v - 1);
    if (!p.cap(v) && isPastTense(p.lower(v)) && !describes) return false;
  }
  return true;
}

/** The "clear" of "made clear", "made it clear", "made it very clear" after c, or -1. */
export function clearAfter(p: Phrases, c: number): number {
  let k = p.lower(c + 1) === 'it' ? c + 2 : c + 1;
  if (p.adverb(k) || p.lower(k) === 'very') k++;
  return p.lower(k) === 'clear' && p.outside(k) ? k : -1;
}

/** Tokens whom a verb's words went to may hold before the topic ("spoke to the mayor about"). */
const MAX_TOPIC_RECIPIENT = 4;

/**
 * The "about" or "against" after a verb at c, past "out", adverbs or a time, or -1. Whom the
 * words went to may stand between (`spoke to Ada Kemp about`, `asked the mayor about`): a name,
 * a pronoun or a short noun phrase, with no verb in it.
 */
export function topicAfter(p: Phrases, c: number): number {
  let k = c + 1;
  while (k <= c + 2 && (p.lower(k) === 'out' || p.adverb(k) || p.isTime(k))) k++;
  const word = p.lower(k);
  if (opensTopic(word, p.lower(c)) && p.outside(k)) return aboutAmount(p, k) ? -1 : k;
  const from = p.lower(k) === 'to' || p.lower(k) === 'with' ? k + 1 : k;
  for (let j = from; j < from + MAX_TOPIC_RECIPIENT && p.isWord(j) && p.outside(j); j++) {
    if (cueClass(p.lower(j)) || CONTENT_OPENERS.has(p.lower(j))) return -1;
    if (!TOPIC_WORDS.has(p.lower(j + 1))) continue;
    const pronoun = j === from && OBJECT_PRONOUNS.has(p.lower(j));
    return (pronoun || readsAsNounPhrase(p, from, j + 1)) && !aboutAmount(p, j + 1) ? j + 1 : -1;
  }
  return -1;
}

/** Someone addressed stands between the verb at c and its topic word ("asked the mayor about"). */
export function recipientBetween(p: Phrases, c: number, about: number): boolean {
  for (let k = c + 1; k < about; k++) {
    if (p.lower(k) !== 'out' && !p.adverb(k) && !p.isTime(k)) return true;
  }
  return false;
}

/**
 * `pushed for a recount`, `is lobbying against the levy`, `will vote for Ada Kemp`: a verb of
 * stance at c with its particle after it. A form in -ing is a verb only in a progressive or a
 * participle clause after a comma (not the gerund of "meant advocating for"), and a base or -s
 * form that is mostly a noun only after an auxiliary or "to" (not "a second push for").
 */
export function particleStance(p: Phrases, c: number, lower: string): boolean {
  if (!PARTICLE_STANCE.get(lower)?.has(p.lower(c + 1)) || !p.outside(c + 1)) return false;
  const before = p.lower(c - 1);
  if (lower.endsWith('ing')) return BE_FORMS.has(before) || p.isPunct(c - 1, ',');
  return !PARTICLE_STANCE_NOUN_FORMS.has(lower) || AUXILIARIES.has(before) || before === 'to';
}

/** "spoke for about five minutes": "about" before an amount is "nearly", not a topic. */
function aboutAmount(p: Phrases, about: number): boolean {
  return p.lower(about) === 'about' && p.amount(about + 1);
}
