import type { Span } from '@sourcetrace/article-model';
import {
  cueClass,
  isSpeechClass,
  NAMING_FORMS,
  PARTICIPLE_CUES,
  SAYING_TRIGGERS,
} from '../../lexicon/cues.js';
import { AUXILIARIES, DETERMINERS, PREPOSITIONS } from '../../lexicon/words.js';
import { isPastParticiple, isPastTense } from '../../lexicon/verb-forms.js';
import { tokenAt } from '../../text/tokens.js';
import {
  ADVERBIAL_OPENERS,
  NAMING_PARTICIPLES,
  OBJECT_RELATIVES,
  RELATIVE_OPENERS,
  SOCIAL_PLATFORMS,
  SPEAKER_FRAME_PREPOSITIONS,
  SUBJECT_PRONOUNS,
  TELL_FORMS,
  TITLE_SMALL_WORDS,
  TITLING_PARTICIPLES,
} from '../../lexicon/quote-words.js';
import { afterCue, skipDescription, type AfterCue } from '../after-cue.js';
import type { Phrases } from '../phrases.js';
import { namedAs } from '../named-as.js';
import { invertedSpeaker } from '../speakers.js';
import { QuoteState } from '../units.js';
import {
  afterDash,
  classKind,
  followsDeterminer,
  quotedBetween,
  resumesAfterClause,
  splitPieces,
} from './shared.js';
import { frameNounIn, isPossessiveWord } from '../frames.js';
import { peopleWord } from '../people-words.js';
import { KIN_NOUNS } from '../../entities/data/people.js';
import type { Cue, CueRule, CueSite, Outcome } from './types.js';
import { reasonGoesOn } from './continuation.js';

export const INVERTED_CONFIDENCE = 0.9;

/**
 * The verb before the speaker, after what was said: `"...," said Ana Ruiz, the league's
 * director.` / `..., said the Gazette.` (the outlet is the speaker); or opening the sentence,
 * before the quote: `Said Ana Ruiz, a pilot: "..."`.
 */
export const inverted: CueRule = {
  name: 'inverted',
  stage: 'cue',
  triggers: SAYING_TRIGGERS,
  produces: { quote: ['direct', 'mixed', 'indirect'], claim: ['none'] },
  confidence: INVERTED_CONFIDENCE,
  match(site) {
    const { p, c, floor, hi, make, open } = site;
    const cue = site.cue();
    if (cue && c === site.lo && c === floor && !open) return quoteAfter(site, cue);
    if (!cue || site.phraseBefore().speaks || !site.invertible()) return null;
    // only a finite verb inverts: "..., citing two sources" names no speaker of what came before;
    // and not "told": whom it names is the one told ("..., told the Herald that ...")
    // (nor a participle that is no past tense: "..., written and arranged by Ivo Marsh")
    if (!finite(site.lower) || TELL_FORMS.has(site.lower)) return null;
    // "The tool, called Weave, lets ...", "The storm, dubbed Edwina, ...": a name given, not a speaker
    if (NAMING_FORMS.has(site.lower) && p.isPunct(c - 1, ',')) return null;
    const speaker = speakerAfter(p, cue.end, hi);
    // `Ann Roe, chief economist at the bank, said ...`: a named subject with an aside leads.
    const leadingAside = p.isPunct(c - 1, ',\u2014\u2013') && site.aside() !== null;
    if (leadingAside || !speaker || !invertedSpeaker(p, cue.end, speaker.end)) return null;
    const tail = tailAfter(site, speaker);
    if (!tail) return null;
    const contentEnd = p.states[c - 1] === QuoteState.Close ? c : c - 1;
    if (contentEnd - floor < 2 || (open && open.kind !== 'speech')) return null;
    const source = p.span(cue.end, tail.speakerEnd);
    const pieces = splitPieces(p, afterDash(p, floor, contentEnd), contentEnd, tail.after, hi);
    // `The ferry was late, insists Ada Kemp, by well over an hour.`: the sentence carries on
    if (resumesAfterInversion(p, tail.after, c - 1, hi)) {
      pieces.pieces.push([tail.after.contentStart, hi]);
      pieces.floor = hi;
    }
    const kind = classKind(cue.cls === 'weak-speech' ? 'speech' : cue.cls);
    const attribution = make(
      kind,
      pieces.pieces,
      cue.span,
      source,
      'inverted',
      INVERTED_CONFIDENCE,
    );
    if (!attribution) return null;
    attribution.channel = tail.after.channel;
    return { type: 'close', attribution, contentEnd: pieces.floor };
  },
};

/**
 * `Said Ana Ruiz, a pilot for 20 years: "..."`, `Adds the mayor, "..."`: a finite verb of saying
 * opening the sentence, its speaker, perhaps an aside about them, then the quote it introduces.
 */
function quoteAfter(site: CueSite, cue: Cue): Outcome | null {
  const { p, lower, hi, make } = site;
  if (!isSpeechClass(cue.cls)) return null;
  if (!finite(lower)) return null;
  const speaker = speakerAfter(p, cue.end, hi);
  if (!speaker || !invertedSpeaker(p, cue.end, speaker.end)) return null;
  let k = speaker.end;
  if (p.isPunct(k, ',') && p.states[k + 1] !== QuoteState.Open) {
    let aside = k + 1;
    while (aside < hi && aside - k <= MAX_ASIDE_TOKENS && p.isWord(aside)) aside++;
    k = aside;
  }
  if (!p.isPunct(k, ',:') || p.states[k + 1] !== QuoteState.Open) return null;
  const source = p.span(cue.end, speaker.end);
  const attribution = make(
    'speech',
    [[k + 1, hi]],
    cue.span,
    source,
    'inverted',
    INVERTED_CONFIDENCE,
  );
  return attribution ? { type: 'close', attribution, contentEnd: hi } : null;
}

/** A form that can be a finite verb: not one in -ing, nor a participle that is no past tense. */
function finite(lower: string): boolean {
  return !lower.endsWith('ing') && (isPastTense(lower) || !isPastParticiple(lower));
}

/** Tokens an aside between the fronted speaker and the quote may hold. */
const MAX_ASIDE_TOKENS = 16;

/**
 * The words after the speaker's comma carry on what was said when they open on a verb or a
 * preposition (", is doomed", ", in seeing ..."); else they describe the speaker (", a pilot",
 * ", formerly a pilot") or open a clause of their own (", who ...", ", adding ...").
 */
function resumesAfterInversion(p: Phrases, after: AfterCue, boundary: number, hi: number): boolean {
  if (!resumesAfterClause(p, after, boundary)) return false;
  const k = after.contentStart;
  if (reasonGoesOn(p, k, hi)) return true; // `, said Ada Kemp, because the crew was sick`
  const word = p.lower(k);
  const opensOther =
    p.cap(k) || DETERMINERS.has(word) || PARTICIPLE_CUES.has(word) || OBJECT_RELATIVES.has(word);
  if (opensOther) return false;
  const verb = AUXILIARIES.has(word) || isPastTense(word) || /[^s]s$/.test(word);
  return verb || PREPOSITIONS.has(word);
}

/** The phrase after the cue, without an outlet it wrote for (`wrote Ann Roe for the Daily Star`). */
/** Tokens the speaker after an inverted verb may run to. */
const MAX_SPEAKER_TOKENS = 16;

function speakerAfter(
  p: Phrases,
  cueEnd: number,
  hi: number,
): { end: number; outlet: Span | null } | null {
  // `said Sgt. Ada Kemp of the Eastvale Police Service's fraud unit`: a title and a unit run long
  let end = p.phraseAfter(cueEnd, hi, MAX_SPEAKER_TOKENS);
  // `says a report by the agency`, `said a new report`: the cue word is the speaker's noun
  if (cueNounAt(p, end)) end = p.phraseAfter(cueEnd, hi, 10, true);
  if (end <= cueEnd) return null;
  // `said a pilot who flew the route`: the relative clause describes the speaker
  for (let k = cueEnd + 1; k < end; k++) {
    if (OBJECT_RELATIVES.has(p.lower(k))) {
      end = k;
      break;
    }
  }
  for (let k = cueEnd + 1; k < end - 1; k++) {
    if (p.lower(k) === 'for' && p.isOutlet(k + 1, end))
      return { end: k, outlet: p.span(k + 1, end) };
    // `said the mayor in an interview`, `wrote Ann Roe on Twitter`: where it was said is no part
    // of who said it
    if (opensFrame(p, k, end)) {
      end = k;
      break;
    }
  }
  // `said the pilot known as Tom`: the name a description goes by (the phrase read may hold
  // "known" or "identified only")
  if (DETERMINERS.has(p.lower(cueEnd))) {
    for (let k = cueEnd + 2; k <= end; k++) {
      const named = NAMING_PARTICIPLES.has(p.lower(k)) ? namedAs(p, k, hi) : null;
      if (named !== null) return { end: named, outlet: null };
    }
  }
  // `..., said the board cheated.`: a verb in the past ending the phrase makes it a clause
  // (`said a source involved in ...` is a participle before its preposition)
  const last = end - 1;
  if (
    last > cueEnd &&
    !p.cap(last) &&
    isPastTense(p.lower(last)) &&
    !PREPOSITIONS.has(p.lower(end))
  )
    return null;
  // `said his mother, Ruth.`, `said Ivo's dad, Corwin.`: after a determiner or a possessive
  // (a name's: "said Rosalind Pembrook's opponent, Tom Bell.")
  const described = DETERMINERS.has(p.lower(cueEnd)) || possessiveNameAt(p, cueEnd);
  return { end: described ? appositiveName(p, end, hi) : end, outlet: null };
}

/** Words a frame after an inverted speaker may take before its noun ("in a brief Facebook post"). */
const MAX_FRAME_WORDS = 5;

/**
 * A frame opens at k: "in", "during", "via" or "on" before a frame noun ("in an interview", "on
 * a podcast"), or "on" before an outlet or medium ("on Twitter", "on CBC"; not "a report on
 * Germany").
 */
function opensFrame(p: Phrases, k: number, end: number): boolean {
  const word = p.lower(k);
  if (!SPEAKER_FRAME_PREPOSITIONS.has(word)) return false;
  const medium =
    word === 'on' &&
    p.cap(k + 1) &&
    (SOCIAL_PLATFORMS.has(p.lower(k + 1)) || p.isOutlet(k + 1, end));
  return medium || frameNounIn(p, k, Math.min(end, k + 1 + MAX_FRAME_WORDS));
}

/**
 * A cue word that a determiner, or a determiner and one word, make a noun ("a report", "the
 * statement", "a new report"). Not a form in -ing or -ed: "tweeted a warning" has an object,
 * "a man named" a participle.
 */
function cueNounAt(p: Phrases, k: number): boolean {
  const word = p.lower(k);
  if (!p.isWord(k) || !cueClass(word) || word.endsWith('ing') || word.endsWith('ed')) return false;
  return followsDeterminer(p, k) || (followsDeterminer(p, k - 1) && !cueClass(p.lower(k - 1)));
}

/** Words of a possessive name opening a description: "Rosalind Pembrook's". */
const MAX_OWNER_WORDS = 3;

/** A possessive word, or a capitalised name of up to three words ending on one, at `k`. */
function possessiveNameAt(p: Phrases, k: number): boolean {
  for (let n = k; n < k + MAX_OWNER_WORDS && (n === k || p.cap(n)); n++)
    if (isPossessiveWord(p, n)) return true;
  return false;
}

/**
 * `said the union president, Tom Vale.`: a name of two to four words in apposition to the
 * description, ending the clause, is who speaks; returns where it ends, or `end` when none.
 */
function appositiveName(p: Phrases, end: number, hi: number): number {
  if (!p.isPunct(end, ',')) return end;
  // a relative is named by a first name alone: "said his mother, Ruth."
  const fewest = KIN_NOUNS.has(p.lower(end - 1)) ? 1 : 2;
  let k = end + 1;
  let words = 0;
  while (k < hi && p.isWord(k) && p.cap(k) && words <= 4) {
    k++;
    words++;
    if (p.isPunct(k, '.') && p.abbreviation(k - 1) && p.cap(k + 1)) k++; // "Sen. Jo Kemp"
  }
  const closes = k >= hi || p.isPunct(k, '.,;!?');
  return words >= fewest && words <= 4 && closes ? k : end;
}

/** What follows the speaker, when it ends the clause; with where the speaker ends. */
function tailAfter(site: CueSite, speaker: { end: number; outlet: Span | null }) {
  const { p, hi } = site;
  const cueEnd = site.cue()!.end;
  // "said a professor at the university": the description belongs to an unnamed speaker, and
  // so does the title of a document that speaks ("says a leaflet titled Port Notes: Fog")
  const described =
    speaker.outlet || opensFrame(p, speaker.end, hi)
      ? speaker.end
      : skipDescription(p, pastTitle(p, cueEnd, speaker.end, hi), hi);
  // ... whose title is no name of who speaks ("a pilot called Tom" is named so)
  const titled = titledThing(p, cueEnd, speaker.end);
  let named = false;
  for (let k = cueEnd; k < (titled < 0 ? speaker.end : titled); k++) named ||= p.cap(k);
  const speakerEnd = titled >= 0 ? titled : named ? speaker.end : described;
  const from = speaker.outlet ? tokenAt(p.tokens, speaker.outlet.end) : described;
  const after = afterCue(p, speakerEnd - 1, from, hi);
  after.channel ??= speaker.outlet;
  return after.ends || closingClause(p, after, hi) ? { after, speakerEnd } : null;
}

/**
 * `a leaflet titled Port Notes: Fog at Sea`, `a report called "Tide Lines"`: the title a
 * participle gives the thing before it, in marks or in capitalised words (small words and a
 * colon between them allowed). Returns where it may end, shortest first (`Port Notes`, `Port
 * Notes: Fog` ...), none when no title follows.
 */
function titleEnds(p: Phrases, from: number, hi: number): number[] {
  if (!p.isWord(from) || !TITLING_PARTICIPLES.has(p.lower(from))) return [];
  let k = from + 1;
  if (p.states[k] === QuoteState.Open) return [p.afterCloseMark(k, hi)];
  const ends: number[] = [];
  for (; k < hi && k - from <= MAX_TITLE_TOKENS; k++) {
    if (p.cap(k) && p.outside(k)) ends.push(k + 1);
    else if (!TITLE_SMALL_WORDS.has(p.lower(k)) && !(p.isPunct(k, ':') && p.cap(k + 1))) break;
  }
  return ends;
}

/** Tokens a title after a titling participle may hold. */
const MAX_TITLE_TOKENS = 12;

/** Where a titling participle after a thing stands in (cueEnd, end] ("a leaflet titled"), or -1. */
function titledThing(p: Phrases, cueEnd: number, end: number): number {
  for (let k = cueEnd + 1; k <= end; k++)
    if (TITLING_PARTICIPLES.has(p.lower(k)) && p.isWord(k))
      return peopleWord(p.lower(k - 1)) ? -1 : k;
  return -1;
}

/**
 * Where the title a speaker phrase gives ends (`says a leaflet titled Port Notes: Fog on the
 * port's website`), when it runs past the phrase read: the longest reading after which the
 * clause closes, at once or after a description; else `end`.
 */
function pastTitle(p: Phrases, cueEnd: number, end: number, hi: number): number {
  for (let k = cueEnd + 1; k <= end; k++) {
    const ends = titleEnds(p, k, hi);
    if (!ends.length) continue;
    const closes = (e: number) => e >= hi || p.isPunct(e, ',.;!?');
    const fits = ends.findLast((e) => closes(e) || closes(skipDescription(p, e, hi)));
    return Math.max(end, fits ?? ends.at(-1)!);
  }
  return end;
}

/**
 * `"...," said Tom Vale when asked about the fares.` / `said a pilot who flew the route.` /
 * `said the keeper of a kiosk that rents bikes.`: a clause of time or a relative clause after the
 * speaker, running to the end of the sentence with no quoted piece in it, says when or who; the
 * words before the cue are still all that was said.
 */
function closingClause(p: Phrases, after: AfterCue, hi: number): boolean {
  // "said Tom Bell as he stood on the wharf": "as" and a subject open a clause of time
  const asClause =
    after.opener === 'as' &&
    p.isWord(after.contentStart + 1) &&
    opensSubject(p, after.contentStart + 1);
  if (!ADVERBIAL_OPENERS.has(after.opener) && !RELATIVE_OPENERS.has(after.opener) && !asClause)
    return false;
  return !quotedBetween(p, after.contentStart, hi);
}

/** A pronoun or a determiner opening a clause's subject ("he", "the crowd"). */
function opensSubject(p: Phrases, k: number): boolean {
  const word = p.lower(k);
  return SUBJECT_PRONOUNS.has(word) || word === 'i' || word === 'we' || DETERMINERS.has(word);
}
