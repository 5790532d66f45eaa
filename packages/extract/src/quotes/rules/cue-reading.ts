// Reading a trigger word as a cue of saying: its class, its group of auxiliaries, the particle
// or topic that goes with it ("point out", "called for", "spoke about", "fired back").
import type { Span } from '@sourcetrace/article-model';
import {
  ABOUT_FORMS,
  ABOUT_NOUN_S_FORMS,
  BACK_TO_A_PLACE,
  LABELLING_AS_FORMS,
  MAKE_FORMS,
  PARTICLES_UNSAYING,
  REGARD_FORMS,
  RETORT_FORMS,
  cueClass,
  isSpeechClass,
} from '../../lexicon/cues.js';
import {
  NEGATIVE_SUBJECT_OPENERS,
  NOUN_DETERMINERS,
  NUMBER_MAGNITUDES,
  VERB_PARTICLES,
} from '../../lexicon/words.js';
import {
  BE_FORMS,
  CALL_PARTICLES,
  CUE_NOUN_TAKERS,
  OWN_NAME_WORDS,
  POINT_PARTICLES,
  SPEAKING_RELATIVES,
  SUBJECT_PRONOUNS,
} from '../../lexicon/quote-words.js';
import {
  clearAfter,
  labelledAs,
  particleStance,
  recipientBetween,
  topicAfter,
  viewedAs,
} from '../cue-complements.js';
import { holdsView } from '../link-verb.js';
import type { Phrases } from '../phrases.js';
import { nounAfterNumber } from './shared.js';
import { fieldOfRole } from '../people-words.js';
import { cueAdverb } from '../cue-adverb.js';
import { isTitleWord } from '../../entities/name-scan.js';
import type { Cue, CueSite } from './types.js';

/** Reads `lower` (a "point out", "call for") as a cue of saying at token c, or null. */
export function readCue(site: CueSite): Cue | null {
  const { p, c, lower, lo } = site;
  // "spoke about the strike", "worried about the cost": the topic is the speaker's position
  // ("Ann Roe talks about the levy": "talks" is a verb only after someone)
  const talks = ABOUT_NOUN_S_FORMS.has(lower) && afterSomeone(p, c, lo);
  const about = ABOUT_FORMS.has(lower) || talks ? topicAfter(p, c) : -1;
  // "made it clear that ...": a position stated, kept as a claim like "called for"
  const clear = MAKE_FORMS.has(lower) ? clearAfter(p, c) : -1;
  const held = holdsView(p, c) || (REGARD_FORMS.has(lower) && viewedAs(p, c));
  // "painted her rival as a crook": a label put on what the verb names, a stance
  const labelled = LABELLING_AS_FORMS.has(lower) && labelledAs(p, c);
  // "pushed for a recount", "sided with the union": a stance on what the particle names
  const particle = about < 0 && particleStance(p, c, lower);
  // "fired back", "shot back": a retort, said ("shot back up", "hit back into" say where)
  const retort =
    RETORT_FORMS.has(lower) &&
    p.lower(c + 1) === 'back' &&
    !VERB_PARTICLES.has(p.lower(c + 2)) &&
    !BACK_TO_A_PLACE.has(p.lower(c + 2));
  let cls =
    about >= 0 || particle || labelled
      ? 'stance'
      : clear >= 0
        ? 'evidence'
        : held
          ? 'belief'
          : retort
            ? 'speech'
            : cueClass(lower);
  if (!cls) return null;
  if (p.cap(c) && c > lo) return null; // "Said" inside a name, a capitalised title word
  if (PARTICLES_UNSAYING.get(lower)?.has(p.lower(c + 1))) return null; // "showed up late"
  if (lower.startsWith('confirm') && confirmsAppointment(p, c)) return null;
  if (lower.startsWith('ask') && asksNameWithheld(p, c)) return null;
  if (lower.startsWith('recall') && recallsGoods(p, c)) return null;
  if (lower.startsWith('declin') && fallsInValue(p, c)) return null;
  if (lower.startsWith('point') && !POINT_PARTICLES.has(p.lower(c + 1))) return null; // "point fingers"
  // "state Treasurer Ana Kolb", "state Sen. Ada Kemp": the level of an office, no verb
  if (lower === 'state' && p.cap(c + 1) && isTitleWord(p.lower(c + 1))) return null;
  if (nounAfterNumber(p, c, lo)) return null;
  // "face charges of theft", "filed claims": the object of the verb before, a noun
  if (lower.endsWith('s') && takesCueNoun(p, c - 1, lo)) return null;
  // "A flood warning was issued": a form in -ing that a verb of its own follows is a noun, as
  // is one before a role ("city planning manager Ann Roe said")
  if (lower.endsWith('ing') && c > lo && p.isWord(c - 1)) {
    const next = p.lower(c + 1);
    if (BE_FORMS.has(next) || fieldOfRole(lower, next, p.cap(c + 1))) return null;
  }
  const group = site.group();
  // "was told", "is asked": the subject is not the speaker; "is worried about" is a state of hers
  if (group.passive && about < 0 && !held) return null;
  // "did not say whether ...", "neither side would say whether ...": nothing was said, but the
  // refusal is the speaker's position
  if ((group.negated || negativeSubject(p, group.before, lo)) && isSpeechClass(cls)) cls = 'stance';
  const span: Span = { start: p.tokens[group.start]!.start, end: p.tokens[c]!.end };
  let end = c + 1;
  const called = callParticle(p, c, lower);
  if (about >= 0 || clear >= 0) {
    const last = Math.max(about, clear);
    // "asked the mayor about": the cue is the verb, not whom it was put to
    span.end = p.tokens[about > 0 && recipientBetween(p, c, about) ? c : last]!.end;
    end = last + 1;
  } else if (
    particle ||
    retort ||
    (lower.startsWith('point') && p.lower(c + 1) === 'out') ||
    called > c
  ) {
    const last = Math.max(c + 1, called);
    span.end = p.tokens[last]!.end;
    end = last + 1;
    // "called for an inquiry": a stated position, kept as a claim rather than a quote.
    if (lower.startsWith('call')) cls = 'evidence';
  }
  return { cls, group, span, end };
}

/**
 * "The index declined 0.4 per cent", "sales declined by $2 million", "declined to 3.2%": a fall
 * in value, no refusal: an amount follows, after "by" or "to" or a currency sign.
 */
function fallsInValue(p: Phrases, c: number): boolean {
  let k = c + 1;
  if (p.lower(k) === 'by' || p.lower(k) === 'to') k++;
  if (p.isPunct(k, CURRENCY_SIGNS)) k++;
  return p.amount(k);
}

const CURRENCY_SIGNS = '$\u00a3\u20ac\u00a5';

/**
 * The word at k is a verb that takes a cue word in -s as its object ("face charges"), not a
 * name ("the Associated Press reports") nor a noun ("the filing cites").
 */
function takesCueNoun(p: Phrases, k: number, lo: number): boolean {
  return (
    k >= lo && CUE_NOUN_TAKERS.has(p.lower(k)) && !p.cap(k) && !NOUN_DETERMINERS.has(p.lower(k - 1))
  );
}

/**
 * The verb at c follows someone as its subject, past an adverb ("also"): a pronoun, "who",
 * or a name the entity stage found ("Mr. Bell talks", not "Trade talks" nor "the talks").
 */
function afterSomeone(p: Phrases, c: number, lo: number): boolean {
  let k = c - 1;
  while (k > lo && cueAdverb(p, k)) k--;
  if (k < lo || !p.isWord(k)) return false;
  if (SUBJECT_PRONOUNS.has(p.lower(k)) || SPEAKING_RELATIVES.has(p.lower(k))) return true;
  let first = k;
  while (first > lo && p.cap(first - 1) && p.isWord(first - 1)) first--;
  return p.cap(k) && (p.isName(first, k + 1) || p.isName(k, k + 1));
}

/** Words a subject may run before its verb, read back from the verb for a negative opener. */
const MAX_NEGATIVE_SUBJECT = 5;

/**
 * The subject ending at `last` opens on a negative word at the start of its clause: "Neither
 * side", "Nobody at the ministry", "None of the officials" ("residents with no power" is someone).
 */
function negativeSubject(p: Phrases, last: number, lo: number): boolean {
  for (let k = last; k >= lo && last - k < MAX_NEGATIVE_SUBJECT; k--) {
    if (!p.isWord(k)) return false;
    if (NEGATIVE_SUBJECT_OPENERS.has(p.lower(k))) return k === lo || !p.isWord(k - 1);
  }
  return false;
}

/**
 * The particle of "called for", "called on", "calls upon" after a form of "call" at c, a time
 * perhaps between them ("called on Friday for"); -1 when none follows.
 */
function callParticle(p: Phrases, c: number, lower: string): number {
  if (!lower.startsWith('call')) return -1;
  const k = p.skipTimeForward(c + 1, p.tokens.length);
  return CALL_PARTICLES.has(p.lower(k)) && p.outside(k) ? k : -1;
}

/** Tokens a name with its titles may take between "confirm" and "as". */
const MAX_APPOINTEE_TOKENS = 7;

/**
 * "voted to confirm retired Gen. Ada Kemp as secretary", "confirmed Ann Roe as chair": a name
 * then "as" after "confirm" is an appointment approved, nothing said.
 */
function confirmsAppointment(p: Phrases, c: number): boolean {
  let named = false;
  for (let k = c + 1; k <= c + MAX_APPOINTEE_TOKENS; k++) {
    if (p.lower(k) === 'as') return named;
    if (!p.isWord(k) && !p.isPunct(k, '.')) return false;
    named ||= p.cap(k);
  }
  return false;
}

/** Words that may stand between "recalled" and a count of goods: "about", "more than". */
const MAX_COUNT_LEAD = 2;

/**
 * "recalled 40,000 phone chargers", "is recalling more than 1 million cars": a firm calling back
 * goods it sold, counted in the thousands, not someone remembering ("recalled 1998 as a hard year").
 */
function recallsGoods(p: Phrases, c: number): boolean {
  for (let k = c + 1; k <= c + 1 + MAX_COUNT_LEAD; k++) {
    const word = p.lower(k);
    // ("40,000" is read as "40", a comma and "000")
    const thousands = p.isPunct(k + 1, ',') && /^\d{3}$/.test(p.lower(k + 2));
    if (/^\d+(?:\.\d+)?$/.test(word)) return thousands || NUMBER_MAGNITUDES.has(p.lower(k + 1));
    if (!p.isWord(k)) return false;
  }
  return false;
}

/** Tokens to the name in a request to withhold it: "asked that her last name not be used". */
const MAX_NAME_REQUEST_TOKENS = 5;

/**
 * "who asked that her last name not be used", "asked that only his first name be published": a
 * source's request about how the story names them, not words the story reports.
 */
function asksNameWithheld(p: Phrases, c: number): boolean {
  if (p.lower(c + 1) !== 'that') return false;
  for (let k = c + 2; k <= c + 1 + MAX_NAME_REQUEST_TOKENS; k++) {
    if (!p.isWord(k)) return false;
    if ((p.lower(k) === 'name' || p.lower(k) === 'names') && OWN_NAME_WORDS.has(p.lower(k - 1)))
      return true;
  }
  return false;
}
