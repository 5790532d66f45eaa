// Who a cue speaks to: the person or outlet after "told", "assured", "wrote" ..., the channel
// when it is an outlet, and the infinitive of whoever is asked to act.
import { ASKING_FORMS, TOPIC_WORDS } from '../lexicon/cues.js';
import { isRoleWord } from '../entities/role-words.js';
import type { Span } from '@sourcetrace/article-model';
import {
  DETERMINERS,
  MEDIA_NOUNS,
  OBJECT_PRONOUNS,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
  WH_WORDS,
} from '../lexicon/words.js';
import {
  BE_FORMS,
  CONTENT_OPENERS,
  FRAME_PREPOSITIONS,
  RECIPIENT_CLOSERS,
  RECIPIENT_VERBS,
  RECIPIENT_WORDS,
  TELL_FORMS,
  TITLE_LINKS,
  WRITTEN_TO_VERBS,
} from '../lexicon/quote-words.js';
import { PEOPLE_PLURALS } from '../entities/data/people.js';
import { DESCRIPTOR_ADJECTIVES } from '../entities/data/name-words.js';
import { isTitleWord } from '../entities/name-scan.js';
import { isPossessiveWord, programmeTitleEnd, readFrames } from './frames.js';
import type { Phrases } from './phrases.js';
import { quotedAsSaying } from './quoted-as-saying.js';
import { QuoteState } from './units.js';
import { peopleWord } from './people-words.js';
import { verbLike } from './speakers.js';

/**
 * Tokens [i, end) are a role in lower case, then a name: "former mayor Tom Bell", or a word like
 * "former" before a capitalised title and the name ("former Deputy Mayor Tom Bell").
 */
function roleThenName(p: Phrases, i: number, end: number): boolean {
  let name = i;
  while (name < end && p.isWord(name) && !p.cap(name)) name++;
  if (name === i || name === end) return false;
  const before = p.lower(name - 1);
  const titled = DESCRIPTOR_ADJECTIVES.has(before) && isTitleWord(p.lower(name));
  if (!isRoleWord(before) && !titled) return false;
  for (let k = name; k < end; k++) if (!p.cap(k)) return false;
  return true;
}

/**
 * "warned of a split that could ...", "spoke about a plan that ...": what follows the cue's own
 * preposition, before `start`, is what was spoken of, never whom it was said to (what one is
 * asked about, and the passive "was warned about", are left to the recipient's reading).
 */
function spokenOf(p: Phrases, cue: number, start: number): boolean {
  const word = p.lower(start - 1);
  if (start - 1 <= cue || (word !== 'of' && !TOPIC_WORDS.has(word))) return false;
  return !ASKING_FORMS.has(p.lower(cue)) && !BE_FORMS.has(p.lower(cue - 1));
}

/** A recipient or outlet spoken to ("told CBC", "assured reporters") starting at `i`. */
export function readRecipient(
  p: Phrases,
  cue: number,
  start: number,
  hi: number,
): { i: number; channel: Span | null; recipient: boolean } {
  let i = start;
  let channel: Span | null = null;
  let recipient = false;
  if (spokenOf(p, cue, start)) return { i, channel, recipient };
  const quoter = quotedBy(p, cue, start, hi);
  if (quoter) return quoter;
  const writes = WRITTEN_TO_VERBS.has(p.lower(cue));
  if (
    (RECIPIENT_VERBS.has(p.lower(cue)) || writes) &&
    i < hi &&
    p.isWord(i) &&
    !CONTENT_OPENERS.has(p.lower(i))
  ) {
    // ("told daily The Kelby Post that": media nouns before an outlet's name)
    const named = mediaNounBeforeName(p, i, hi);
    const tell = TELL_FORMS.has(p.lower(cue));
    const bareSubject = tell && bareSubjectAfter(p, i); // the people told end before it
    let end = named > i ? named : Math.min(recipientEnd(p, i, hi), bareSubject ? i + 1 : Infinity);
    // `told the BBC he had lost ...`: a subject pronoun starts the content, not the recipient.
    const subject = subjectPronoun(p, i, end);
    // (not after "who", "whether" ...: "asked the crew whom they trusted")
    const before = p.lower(subject - 1);
    const pronoun = subject >= 0 && !CONTENT_OPENERS.has(before) && !WH_WORDS.has(before);
    if (subject >= 0) end = subject;
    // "warned (that) the virus could spread": without a following "that"/"to"/quote the
    // phrase is the subject of the content, not a recipient; "told" always has one.
    // ... a time phrase may come between ("told pilots on Monday that")
    const plain = p.skipTimeForward(end, hi);
    // "told analysts on a call that ...": a phrase of where or how runs on to "that"
    const after = tell && !PREPOSITIONS.has(p.lower(i)) ? endsAtThat(p, plain, hi) : plain;
    // "urged drivers to slow down", "asked pilots not to fly": whoever is asked to act ("asks
    // for an inquiry to ..." asks for a thing; "asked not to be named" asks it of no one)
    const asked = p.lower(i) !== 'not' && !PREPOSITIONS.has(p.lower(i)) && toInfinitive(p, after);
    // ... and so does the content's own subject pronoun ("told pilot Ivo Marsh she ...")
    const closes =
      after >= hi ||
      asked ||
      pronoun ||
      RECIPIENT_CLOSERS.has(p.lower(after)) ||
      p.isPunct(after, ',:.') ||
      p.states[after] === QuoteState.Open;
    if (writes && !(CONTENT_OPENERS.has(p.lower(after)) && writtenTo(p, i, end)))
      return { i, channel, recipient };
    if (
      end > i &&
      (p.cap(i) ||
        DETERMINERS.has(p.lower(i)) ||
        RECIPIENT_WORDS.has(p.lower(i)) ||
        named === end ||
        (tell && (pluralTold(p, i, end) || (end === i + 1 && bareSubject))) ||
        // "warned former mayor Tom Bell that ...": a name after its role in lower case
        (roleThenName(p, i, end) && closes) ||
        // "told councillors.", "told a hearing that": whoever is told, before the clause ends;
        // "urged residents to ...", "warned investors that ...": people addressed, likewise
        ((tell || PEOPLE_PLURALS.has(p.lower(i)) || PEOPLE_PLURALS.has(p.lower(end - 1))) &&
          closes) ||
        asked)
    ) {
      if (tell || closes) {
        if (p.isOutlet(i, end)) channel = p.span(i, end);
        // `told CBC's "Morning Talk" that ...`, `told the hosts of "Morning Talk."`: the
        // programme is part of the recipient
        const owner = isPossessiveWord(p, end - 1) || TITLE_LINKS.has(p.lower(end - 1));
        const title = owner ? programmeTitleEnd(p, end, hi) : -1;
        // (what the frames after the recipient read whole, "on a call", "in an interview that
        // aired Monday", is left to them: they find the channel in it)
        const phrase = after > plain && readFrames(p, plain, hi, null).i < after;
        i = title > 0 ? title : phrase ? after : end;
        recipient = true;
      }
    }
  }
  return { i, channel, recipient };
}

/** Where the phrase of whom the words go to, opening at i, ends. */
function recipientEnd(p: Phrases, i: number, hi: number): number {
  // `told her the dam was unsafe`: "her" before a determiner is the one told, not an owner
  if (p.lower(i) === 'her' && DETERMINERS.has(p.lower(i + 1))) return i + 1;
  const end = p.phraseAfter(i, hi, 8);
  // `told reporters outside the depot that ...`: a preposition the phrase ran on to opens a
  // phrase of where, not more of whom
  return end - 1 > i && FRAME_PREPOSITIONS.has(p.lower(end - 1)) && p.isWord(end) ? end - 1 : end;
}

/**
 * `told daily The Kelby Post that ...`, `told newspaper Kelby Post ...`: one or two media nouns
 * with no determiner, then an outlet's name in capitals, its own "The" included. Where the name
 * ends, or `i` when the phrase is not one.
 */
function mediaNounBeforeName(p: Phrases, i: number, hi: number): number {
  if (!MEDIA_NOUNS.has(p.lower(i)) || p.cap(i)) return i;
  let k = i + 1;
  if (MEDIA_NOUNS.has(p.lower(k)) && !p.cap(k)) k++;
  const name = k;
  while (k < hi && k - name < 6 && p.isWord(k) && p.cap(k)) k++;
  return k > name && p.isOutlet(i, k) ? k : i;
}

/** "was quoted as saying by the Gazette that ...": who quoted is the channel. */
function quotedBy(p: Phrases, cue: number, i: number, hi: number) {
  if (p.lower(i) !== 'by' || !quotedAsSaying(p, cue)) return null;
  const end = p.phraseAfter(i + 1, hi, 8);
  if (end <= i + 1) return null;
  return { i: end, channel: p.isOutlet(i + 1, end) ? p.span(i + 1, end) : null, recipient: false };
}

/**
 * "told reporters prices were falling", "told senators costs were rising": people in the plural
 * at i, then a plural written small right before a verb, which is the content's subject.
 */
function bareSubjectAfter(p: Phrases, i: number): boolean {
  const next = p.lower(i + 1);
  return (
    peopleWord(p.lower(i)) &&
    p.isWord(i + 1) &&
    !p.cap(i + 1) &&
    next.endsWith('s') &&
    !peopleWord(next) &&
    verbLike(p, i + 2)
  );
}

/**
 * "told police his neighbour ...": people told, a plural alone before the determiner of the
 * content's subject, are whom the words go to.
 */
function pluralTold(p: Phrases, i: number, end: number): boolean {
  return end === i + 1 && PEOPLE_PLURALS.has(p.lower(i)) && DETERMINERS.has(p.lower(end));
}

/** The first personal pronoun after the recipient's first word ("he", "he's", "they're"), or -1. */
function subjectPronoun(p: Phrases, i: number, end: number): number {
  for (let k = i + 1; k < end; k++)
    if (PERSONAL_PRONOUNS.has(p.lower(k).split(/['\u2019]/)[0]!)) return k;
  return -1;
}

/** Tokens a phrase may run to after its preposition, before "that": "told analysts on a call that". */
const MAX_PHRASE_BEFORE_THAT = 11;

/** Where "that" follows a prepositional phrase at `i` (no quote, no sentence end between); else i. */
function endsAtThat(p: Phrases, i: number, hi: number): number {
  if (!PREPOSITIONS.has(p.lower(i)) && !FRAME_PREPOSITIONS.has(p.lower(i))) return i;
  const that = (k: number) => p.lower(k) === 'that' && p.isWord(k);
  const found = p.tailMatch(i + 1, hi, MAX_PHRASE_BEFORE_THAT, that);
  return found >= 0 ? found : i;
}

/**
 * `wrote the Gazette that ...`, `emailed reporters that ...`: what is written goes to an outlet,
 * someone named or people ("wrote the report that ..." writes a thing, to no one).
 */
function writtenTo(p: Phrases, i: number, end: number): boolean {
  return (
    p.isOutlet(i, end) ||
    p.isName(i, end) ||
    RECIPIENT_WORDS.has(p.lower(i)) ||
    PEOPLE_PLURALS.has(p.lower(end - 1))
  );
}

/**
 * An infinitive, or a negated one, opens at `i`: "to leave", "not to leave"; not "to all
 * three leaders", "to the council", where "to" opens a noun phrase.
 */
export function toInfinitive(p: Phrases, i: number): boolean {
  const at = p.lower(i) === 'not' ? i + 1 : i;
  const verb = at + 1;
  return (
    p.lower(at) === 'to' &&
    p.isWord(verb) &&
    !p.cap(verb) &&
    !DETERMINERS.has(p.lower(verb)) &&
    !OBJECT_PRONOUNS.has(p.lower(verb)) &&
    !p.amount(verb)
  );
}
