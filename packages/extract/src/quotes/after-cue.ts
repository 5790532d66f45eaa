// What follows a cue: recipient, outlet (the channel), time and frame phrases, and where the
// content starts or the reporting clause ends.
import type { Span } from '@sourcetrace/article-model';
import { cueClass, isBaseForm } from '../lexicon/cues.js';
import { CONNECTIVES, DETERMINERS, PERSONAL_PRONOUNS, PREPOSITIONS } from '../lexicon/words.js';
import { Phrases } from './phrases.js';
import { QuoteState } from './units.js';

/** Verbs whose object is the person or outlet spoken to ("told CBC", "assured reporters"). */
export const RECIPIENT_VERBS = new Set([
  'tell',
  'told',
  'tells',
  'telling',
  'inform',
  'informed',
  'informs',
  'assure',
  'assured',
  'assures',
  'remind',
  'reminded',
  'reminds',
  'warn',
  'warned',
  'warns',
  'ask',
  'asked',
  'asks',
  'urge',
  'urged',
  'urges',
]);

export const TELL_FORMS = new Set(['tell', 'told', 'tells', 'telling']);

/** Prepositions that open a frame after a cue ("in a statement", "in an interview with", "on CBC"). */
export const FRAME_PREPOSITIONS = new Set([
  'in',
  'at',
  'on',
  'during',
  'to',
  'with',
  'through',
  'via',
  'over',
  'after',
  'before',
  'from',
  'for',
  'of',
]);

/** Nouns that make a prepositional phrase after a cue a frame: where or how it was said. */
export const FRAME_NOUNS = new Set([
  'statement',
  'interview',
  'release',
  'post',
  'speech',
  'conference',
  'briefing',
  'call',
  'email',
  'letter',
  'tweet',
  'video',
  'message',
  'appearance',
  'hearing',
  'podcast',
  'show',
  'meeting',
  'rally',
  'remarks',
  'address',
  'op-ed',
  'column',
  'essay',
  'blog',
  'report',
  'filing',
  'testimony',
  'session',
  'event',
  'broadcast',
  'radio',
  'television',
  'phone',
  'telephone',
  'reporters',
  'journalists',
  'court',
  'debate',
  'documents',
  'note',
  'memo',
  'text',
  'response',
  'emailed',
  'written',
  'news',
  'social',
  'media',
  'website',
  'scene',
  'time',
  'week',
  'weekend',
  'morning',
  'evening',
  'night',
  'afternoon',
  'day',
]);

export const CONTENT_OPENERS = new Set(['that', 'whether', 'if']);

/** Adverbs that may close a reporting clause: `told The Herald then.` */
export const TRAILING_ADVERBS = new Set([
  'then',
  'later',
  'earlier',
  'recently',
  'again',
  'too',
  'also',
  'yesterday',
  'today',
  'tonight',
  'afterward',
  'afterwards',
  'repeatedly',
  'publicly',
  'privately',
]);

export interface AfterCue {
  /** Where the content starts (after recipient, time, frame, colon). */
  contentStart: number;
  /** The cue ends its clause: nothing but a full stop, a split quote or a new clause follows. */
  ends: boolean;
  /** A second quoted piece of a split quote: `"A," she said, "B."` */
  splitStart: number | null;
  /** Index after the clause tail (appositive, frame) when `ends`. */
  tailEnd: number;
  channel: Span | null;
  opener: string;
  /** A recipient or object was read after the cue ("urged Republicans", "told him"). */
  recipient: boolean;
}

/**
 * A short passage in marks of capitalised words ("Morning Talk", "State of the Union"), opening
 * at `open`: the index after its closing mark, or -1 when it is not such a title.
 */
function programmeTitleEnd(p: Phrases, open: number, hi: number): number {
  if (p.states[open] !== QuoteState.Open) return -1;
  let close = open + 1;
  while (close < hi && close - open <= 11 && p.states[close] !== QuoteState.Close) close++;
  if (close >= hi || p.states[close] !== QuoteState.Close) return -1;
  for (let k = open + 1; k < close; k++)
    if (p.tokens[k]!.word && !p.cap(k) && !TITLE_SMALL_WORDS.has(p.lower(k))) return -1;
  return close + 1;
}

/** Lowercase words inside a title: "State of the Union", "Face the Nation". */
const TITLE_SMALL_WORDS = new Set([...PREPOSITIONS, 'the', 'a', 'an', 'and', 'or']);

/** After a name ending in a possessive ("CBC's", "Fox News's") from `i`: the index after it, else `i`. */
function outletPossessiveEnd(p: Phrases, i: number, hi: number): number {
  for (let k = i; k < hi && k - i < 4 && p.cap(k); k++) if (isPossessiveWord(p, k)) return k + 1;
  return i;
}

function isPossessiveWord(p: Phrases, i: number): boolean {
  return p.isWord(i) && /['\u2019]s?$/.test(p.lower(i));
}

/** Reads what follows a cue: recipient or outlet, time, frame, then where the content begins. */
export function afterCue(p: Phrases, cue: number, from: number, hi: number): AfterCue {
  let i = p.skipTimeForward(from, hi);
  let channel: Span | null = null;
  let recipient = false;
  if (
    RECIPIENT_VERBS.has(p.lower(cue)) &&
    i < hi &&
    p.isWord(i) &&
    !CONTENT_OPENERS.has(p.lower(i))
  ) {
    let end = p.phraseAfter(i, hi, 8);
    // `told the BBC he had lost ...`: a subject pronoun starts the content, not the recipient.
    for (let k = i + 1; k < end; k++) {
      if (PERSONAL_PRONOUNS.has(p.lower(k))) {
        end = k;
        break;
      }
    }
    // "warned (that) the virus could spread": without a following "that"/"to"/quote the
    // phrase is the subject of the content, not a recipient; "told" always has one.
    const next = p.lower(end);
    const closes =
      end >= hi ||
      /^(that|to|about|of|whether|if)$/.test(next) ||
      p.isPunct(end, ',:.') ||
      p.states[end] === QuoteState.Open;
    const tell = TELL_FORMS.has(p.lower(cue));
    if (
      end > i &&
      (p.cap(i) ||
        DETERMINERS.has(p.lower(i)) ||
        /^(him|her|them|us|me|reporters|journalists)$/.test(p.lower(i)) ||
        // "told councillors.", "told a hearing that": whoever is told, before the clause ends
        (tell && closes))
    ) {
      if (tell || closes) {
        if (p.isOutlet(i, end)) channel = p.span(i, end);
        // `told CBC's "Morning Talk" that ...`: the programme is part of the recipient
        const title = isPossessiveWord(p, end - 1) ? programmeTitleEnd(p, end, hi) : -1;
        i = title > 0 ? title : end;
        recipient = true;
      }
    }
  }
  for (let round = 0; round < 3; round++) {
    i = p.skipTimeForward(i, hi);
    if (!(i < hi && p.isWord(i) && FRAME_PREPOSITIONS.has(p.lower(i)))) break;
    // `said on "Morning Talk."`, `on CBC's "Morning Talk."`: a programme title is where it was said.
    const owner = outletPossessiveEnd(p, i + 1, hi);
    if (p.states[owner] === QuoteState.Open) {
      const after = programmeTitleEnd(p, owner, hi);
      if (after > 0) {
        if (owner > i + 1 && p.isOutlet(i + 1, owner)) channel = p.span(i + 1, owner);
        i = after;
        continue;
      }
      if (owner === i + 1) break;
    }
    // A frame is a short prepositional phrase that ends where the content starts.
    let j = i + 1;
    while (
      j < hi &&
      j - i <= 10 &&
      p.isWord(j) &&
      !CONTENT_OPENERS.has(p.lower(j)) &&
      (p.cap(j) || FRAME_NOUNS.has(p.lower(j)) || !cueClass(p.lower(j)) || isBaseForm(p.lower(j)))
    )
      j++;
    const stop =
      j >= hi ||
      p.isPunct(j, ',.:;') ||
      CONTENT_OPENERS.has(p.lower(j)) ||
      p.states[j] === QuoteState.Open;
    // A phrase that closes the clause (`she said of the plan.`) can only be a frame.
    const closesClause =
      p.lower(i) !== 'to' && (j >= hi || (p.isPunct(j, '.!?') && restIsPunct(p, j, hi)));
    if (!stop || j === i + 1 || !(closesClause || isFrame(p, i, j))) break;
    for (let k = i + 1; k < j; k++) {
      if (p.cap(k) && /^(with|to|on|via|through)$/.test(p.lower(k - 1))) {
        if (p.isOutlet(k, j)) channel = p.span(k, j);
        break;
      }
      if (p.cap(k) && DETERMINERS.has(p.lower(k - 1)) && /^(with|to|on)$/.test(p.lower(k - 2))) {
        if (p.isOutlet(k, j)) channel = p.span(k - 1, j);
        break;
      }
    }
    i = j;
  }
  // `told The Herald then.`, `said Mr. Lund (a view others share).`: nothing more is said.
  while (i < hi && p.isWord(i) && TRAILING_ADVERBS.has(p.lower(i))) i++;
  if (p.isPunct(i, '(')) {
    let k = i + 1;
    while (k < hi && k - i <= 20 && !p.isPunct(k, ')')) k++;
    if (p.isPunct(k, ')') && (k + 1 >= hi || p.isPunct(k + 1, '.!?,;'))) i = k + 1;
  }
  // `says at a stop in Halifax, N.S., that ...`: a frame with commas still ends at "that".
  if (p.isPunct(i, ',')) {
    for (let k = i + 1; k < hi && k - i <= 8 && p.outside(k); k++) {
      if (p.lower(k) === 'that' && p.isPunct(k - 1, ',')) {
        i = k;
        break;
      }
      if (cueClass(p.lower(k)) || CONNECTIVES.has(p.lower(k))) break;
    }
  }
  const rest = (k: number): boolean => k >= hi || (p.isPunct(k, '.!?') && restIsPunct(p, k, hi));
  if (rest(i))
    return {
      contentStart: hi,
      ends: true,
      splitStart: null,
      tailEnd: hi,
      channel,
      opener: '',
      recipient,
    };
  if (p.isPunct(i, ';'))
    return {
      contentStart: hi,
      ends: true,
      splitStart: null,
      tailEnd: i,
      channel,
      opener: '',
      recipient,
    };
  if (p.isPunct(i, ',\u2014\u2013')) {
    // `..., she said, "but the roads aren't."` or `, she said, adding ...` or `, she said, and ...`
    let next = i + 1;
    // `"A," Lund said, referring to the critics, "B."`: a short aside before the second piece.
    for (let k = next; k < hi && k - next <= 12 && p.outside(k); k++) {
      if (p.isPunct(k, ',') && p.states[k + 1] === QuoteState.Open) {
        next = k + 1;
        break;
      }
    }
    if (p.states[next] === QuoteState.Open)
      return {
        contentStart: hi,
        ends: true,
        splitStart: next,
        tailEnd: hi,
        channel,
        opener: ',',
        recipient,
      };
    return {
      contentStart: next,
      ends: true,
      splitStart: null,
      tailEnd: next,
      channel,
      opener: ',',
      recipient,
    };
  }
  if (p.isPunct(i, ':'))
    return {
      contentStart: i + 1,
      ends: false,
      splitStart: null,
      tailEnd: hi,
      channel,
      opener: ':',
      recipient,
    };
  return {
    contentStart: i,
    ends: false,
    splitStart: null,
    tailEnd: hi,
    channel,
    opener: p.lower(i),
    recipient,
  };
}

/** A frame names an occasion or a medium ("in a statement", "on CBC", "to reporters"), not an object of the verb. */
export function isFrame(p: Phrases, first: number, end: number): boolean {
  for (let k = first + 1; k < end; k++) if (FRAME_NOUNS.has(p.lower(k)) || p.cap(k)) return true;
  return false;
}

export function restIsPunct(p: Phrases, k: number, hi: number): boolean {
  for (let j = k; j < hi; j++) if (p.tokens[j]!.word) return false;
  return true;
}

/** The content pieces of a trailing/inverted attribution, with a split quote's second piece. */
export function splitPieces(
  p: Phrases,
  from: number,
  contentEnd: number,
  after: AfterCue,
  hi: number,
): { pieces: Array<[number, number]>; floor: number } {
  const pieces: Array<[number, number]> = [[from, contentEnd]];
  if (after.splitStart !== null) {
    let end = after.splitStart + 1;
    while (end < hi && p.states[end] !== QuoteState.Close && p.states[end] !== QuoteState.Outside)
      end++;
    end = Math.min(hi, end + 1);
    pieces.push([after.splitStart, end]);
    return { pieces, floor: end };
  }
  return { pieces, floor: after.tailEnd };
}

/** After an inverted speaker, a short description ("a professor at the university") ending the clause. */
export function skipDescription(p: Phrases, from: number, hi: number): number {
  if (!PREPOSITIONS.has(p.lower(from)) || !p.isWord(from) || p.skipTimeForward(from, hi) > from)
    return from;
  let j = from + 1;
  while (
    j < hi &&
    j - from <= 8 &&
    p.isWord(j) &&
    !cueClass(p.lower(j)) &&
    !CONTENT_OPENERS.has(p.lower(j))
  )
    j++;
  return j >= hi || p.isPunct(j, ',.;!?') ? j : from;
}
