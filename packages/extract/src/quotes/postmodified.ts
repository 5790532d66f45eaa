// A subject whose noun is followed by a restrictive clause, with no comma before the cue:
// `The pilot who refused the offer says ...`, `The first pilot to cross the strait said ...`.
import { cueClass } from '../lexicon/cues.js';
import {
  ARTICLES,
  CONNECTIVES,
  DETERMINERS,
  FRAMING_SUBORDINATORS,
  OBJECT_PRONOUNS,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
  STANDING_QUANTIFIERS,
  SUBORDINATORS,
} from '../lexicon/words.js';
import {
  GROUP_HEADS,
  NAME_LIST_JOINERS,
  RANK_MODIFIERS,
  RESTRICTIVE_RELATIVES,
  STRANDED_PARTICLES,
} from '../lexicon/quote-words.js';
import { NOUN_LIKE_PAST } from '../lexicon/verb-forms.js';
import { peopleWord } from './people-words.js';
import { isBodyNoun } from '../entities/data/source-words.js';
import { verbLike } from './speakers.js';
import type { Phrases } from './phrases.js';
import type { SpeakerBefore } from './rules/types.js';

/** Tokens the clause after the noun may hold, opener included. */
const MAX_POSTMODIFIER = 14;

/**
 * The subject of a cue whose noun phrase is followed by "who ..." or, after a rank ("the first
 * pilot"), by an infinitive, read leftwards from `last`, the token just before the cue's group.
 * The speaker is the noun phrase before the opener, a person or people opening the clause; the
 * clause is part of the subject, so the cue follows it directly.
 */
export function postmodifiedSubject(p: Phrases, last: number, floor: number): SpeakerBefore | null {
  // `who decided against challenging ...`, `who left and bragged ...`: the cue is no main verb
  // `in many states`, `the claims`: after an article or an amount the cue form is a noun
  const before = p.lower(last);
  // (but `The trustees who voted against said`: a particle left at the end of the clause)
  const stranded = STRANDED_PARTICLES.has(before) && !p.lower(last + 1).endsWith('ing');
  if (
    (PREPOSITIONS.has(before) && !stranded) ||
    CONNECTIVES.has(before) ||
    ARTICLES.has(before) ||
    STANDING_QUANTIFIERS.has(before) ||
    p.amount(last) ||
    p.lower(last + 1).endsWith('ing')
  )
    return null;
  for (let k = last - 1; k > floor && last - k < MAX_POSTMODIFIER; k--) {
    if (!p.isWord(k) || !p.outside(k)) return null;
    const lower = p.lower(k);
    // `The pilot who left said so and the mayor says`: the clause before is another one (but
    // `A witness who asked not to be named because she feared ... said`: a reason inside it)
    if (SUBORDINATORS.has(lower)) continue;
    // `A driver who was at the wheel when the bus left the road told ...`: a clause of time
    // with a verb of its own is inside it too (but in `... left when the mayor said` the cue's
    // subject follows "when")
    if (FRAMING_SUBORDINATORS.has(lower) && clauseHasVerb(p, k + 1, last)) continue;
    // `who campaigned for Ana Ruiz or Tom Bell said`: names listed inside the clause
    if (NAME_LIST_JOINERS.has(lower) && p.cap(k - 1) && p.cap(k + 1)) continue;
    if (CONNECTIVES.has(lower) || cueClass(lower) === 'speech') return null;
    const infinitive = lower === 'to' && opensInfinitive(p, k + 1);
    // ("who'd", "who's": the relative with an auxiliary written onto it)
    if (!infinitive && !RESTRICTIVE_RELATIVES.has(p.bare(k))) continue;
    // `The growers whose lawyer said`: the noun after "whose" is the subject of the cue, unless
    // the clause has a verb of its own ("whose contracts were cancelled say")
    if (lower === 'whose' && !verbAfter(p, k + 2, last)) return null;
    const npEnd = k - 1;
    const npStart = p.phraseBefore(npEnd, floor);
    // `Pilots who want to close the mine said`: an infinitive after no rank is inside the
    // clause, whose opener lies further left
    if (infinitive && !(npStart <= npEnd && ranked(p, npStart, npEnd))) continue;
    // "The firm whose shares fell says": a body too owns what a "whose" clause says of it
    const owner = lower === 'whose' && isBodyNoun(p.lower(npEnd));
    if (npStart > npEnd || !opensClause(p, npStart, floor)) return null;
    if (!owner && !namesPeople(p, npStart, npEnd)) return null;
    // "those who back her say": a bare group head needs its clause to name anyone
    const sourceEnd = GROUP_HEADS.has(p.lower(npEnd)) ? last + 1 : npEnd + 1;
    return { npStart, npEnd: last, sourceStart: npStart, sourceEnd };
  }
  return null;
}

/** An auxiliary or a past form in [from, last]: the clause holds a verb. */
function verbAfter(p: Phrases, from: number, last: number): boolean {
  for (let k = from; k <= last; k++) if (verbLike(p, k)) return true;
  return false;
}

/**
 * A clause of its own in [from, last]: a verb (verbAfter), or a noun-like past form right after
 * a noun ("the bus left the road", "the storm hit"; not "the left wing").
 */
function clauseHasVerb(p: Phrases, from: number, last: number): boolean {
  if (verbAfter(p, from, last)) return true;
  for (let k = from + 1; k <= last; k++) {
    if (!NOUN_LIKE_PAST.has(p.lower(k))) continue;
    const before = p.lower(k - 1);
    if (p.isWord(k - 1) && !p.cap(k - 1) && !DETERMINERS.has(before) && !PREPOSITIONS.has(before))
      return true;
  }
  return false;
}

/** A lower-case word after "to" that is no determiner or pronoun: a verb ("to cross", not "to him"). */
function opensInfinitive(p: Phrases, i: number): boolean {
  const lower = p.lower(i);
  return (
    p.isWord(i) &&
    !p.cap(i) &&
    !DETERMINERS.has(lower) &&
    !PERSONAL_PRONOUNS.has(lower) &&
    !OBJECT_PRONOUNS.has(lower)
  );
}

/** The phrase starts its clause: at the floor, after punctuation or after a connective. */
function opensClause(p: Phrases, npStart: number, floor: number): boolean {
  const before = npStart - 1;
  return before < floor || !p.isWord(before) || CONNECTIVES.has(p.lower(before));
}

/**
 * A role, people, a group or a name heads the phrase: "the pilot", "the pilots", "voters",
 * "the groups", "Ann Roe"; before "of", the head is the word before it ("friends of Ms.
 * Kemp", "27 percent of those", "the mayor of Eastvale").
 */
function namesPeople(p: Phrases, npStart: number, npEnd: number): boolean {
  if (p.isName(npStart, npEnd + 1)) return true;
  for (let k = npStart + 1; k < npEnd; k++) {
    if (p.lower(k) !== 'of') continue;
    // "one of the pilots", "many of the chairs": an amount of people ("one of the reasons" is none)
    const amount = p.amount(k - 1) || STANDING_QUANTIFIERS.has(p.lower(k - 1));
    return peopleWord(p.lower(amount ? npEnd : k - 1));
  }
  return peopleWord(p.lower(npEnd));
}

function ranked(p: Phrases, npStart: number, npEnd: number): boolean {
  for (let k = npStart; k < npEnd; k++) if (RANK_MODIFIERS.has(p.lower(k))) return true;
  return false;
}
