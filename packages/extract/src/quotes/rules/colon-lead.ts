import { cueClass, isSpeechClass, NOUN_CUES } from '../../lexicon/cues.js';
import {
  NAMED_AFTER_NOUNS,
  OBJECT_RELATIVES,
  PERCEPTION_VERBS,
  RECIPIENT_VERBS,
} from '../../lexicon/quote-words.js';
import { PAST_BE_FORMS } from '../../lexicon/verb-forms.js';
import type { Span } from '@sourcetrace/article-model';
import {
  ARTICLES,
  CLAUSE_OPENERS,
  CONNECTIVES,
  SUBJECT_CLAUSE_LINKS,
} from '../../lexicon/words.js';
import { FRONTED_PARTICIPLES, STATEMENT_NOUNS } from '../../entities/data/source-words.js';
import { endsWithApostropheS } from '../../entities/name-scan.js';
import type { Phrases } from '../phrases.js';
import { putItAt, subjectAtStart, verbLike } from '../speakers.js';
import { commaAfter, opensSubordinateClause, someone } from './shared.js';
import { QuoteState } from '../units.js';
import type { Attribution, EndRule } from './types.js';

export const COLON_LEAD_CONFIDENCE = 0.6;

/** Tokens a lead-in may run before its colon; past the shorter bound, only its last clause names the speaker. */
const MAX_LEAD_IN = 25;
const MAX_LEAD_IN_FROM_START = 15;

/**
 * `Ann Roe put it bluntly: "..."`: the lead-in is the article's; the quote belongs to the
 * person the lead-in names, else it carries on the previous speaker.
 */
export const colonLead: EndRule = {
  name: 'colon-lead',
  stage: 'end',
  produces: { quote: ['direct', 'mixed'] },
  confidence: COLON_LEAD_CONFIDENCE,
  match({ p, lo, hi, make, previous }) {
    const lead = colonLeadIn(p, lo, hi, previous);
    if (!lead.source) return null;
    const quote = make(
      'speech',
      [[lead.open, hi]],
      null,
      lead.source,
      'colon-lead',
      COLON_LEAD_CONFIDENCE,
    );
    if (!quote) return { type: 'skip' };
    if (lead.source === previous?.source) quote.carries = previous;
    return { type: 'add', attribution: quote };
  },
};

/**
 * A quote after a colon that ends an unquoted lead-in (`X put it simply: "..."`): where it
 * opens, and whose it is: the lead-in's subject, else the previous speaker (null source: none).
 */
function colonLeadIn(
  p: Phrases,
  lo: number,
  hi: number,
  previous: Attribution | null,
): { open: number; source: Span | null } {
  let open = lo;
  while (open < hi && open - lo <= MAX_LEAD_IN && p.outside(open)) open++;
  if (open === lo || p.states[open] !== QuoteState.Open || !p.isPunct(open - 1, ':'))
    return { open, source: null };
  if (spokenTo(p, open - 1)) return { open, source: null };
  // "When the ferry sank, Ann Roe wrote:": a fronted clause, read past to its comma; "Then she
  // added:", "Why not say:": a subject only after the connective, and never a question word
  const opener = p.lower(lo);
  const fronted = opensSubordinateClause(opener);
  const comma = fronted ? commaAfter(p, lo, open - 1) : -1;
  let from = comma > lo + 1 ? comma + 1 : lo;
  while (
    from < open &&
    p.isWord(from) &&
    (CONNECTIVES.has(p.lower(from)) || p.lower(from) === 'then')
  )
    from++;
  // "Said Ann Roe, who grew up there:": the verb written first is no part of the speaker
  if (p.cap(from) && cueClass(p.lower(from)) === 'speech' && p.cap(from + 1)) from++;
  const aside = relativeAside(p, from, open - 1);
  const length = open - lo - (aside ? aside.length : 0);
  const fromStart = !CLAUSE_OPENERS.has(p.lower(from)) && length <= MAX_LEAD_IN_FROM_START;
  const subject = fromStart
    ? (subjectAtStart(p, from, open - 1) ?? (aside && personBeforeAside(p, from, aside.comma)))
    : null;
  return {
    open,
    source:
      subject ??
      asideName(p, from, open - 1) ??
      lastClauseSubject(p, from, open - 1) ??
      statementOwner(p, from, open - 1) ??
      (fromStart ? speakingSubject(p, from, open - 1) : null) ??
      previous?.source ??
      null,
  };
}

/**
 * `Jurors were told:`, `Ann Roe was asked:`, `The court heard:`: the lead-in's subject is the
 * one spoken to, and the words after the colon are someone else's.
 */
function spokenTo(p: Phrases, colon: number): boolean {
  const verb = p.lower(colon - 1);
  if (PERCEPTION_VERBS.has(verb)) return true;
  const passive = PAST_BE_FORMS.has(p.lower(colon - 2)) || p.lower(colon - 2) === 'been';
  return passive && (RECIPIENT_VERBS.has(verb) || FRONTED_PARTICIPLES.has(verb));
}

/** Tokens before the comma that opens an aside on the subject ("Ann Roe, who ..."). */
const MAX_SUBJECT_BEFORE_ASIDE = 6;

/**
 * "Ann Roe, who will chair the talks on Friday, ended her memo on a hopeful note:": a relative
 * clause set off after the subject says nothing of whose the quote is; its tokens, commas
 * included, do not count against the lead-in's reach. Where it opens and its length, or null.
 * ("One official, who asked not to be named, was blunter:": the subject is what comes before.)
 */
function relativeAside(
  p: Phrases,
  from: number,
  colon: number,
): { comma: number; length: number } | null {
  let open = from + 1;
  while (open < colon && open - from <= MAX_SUBJECT_BEFORE_ASIDE && !p.isPunct(open, ',')) open++;
  if (!p.isPunct(open, ',') || !OBJECT_RELATIVES.has(p.lower(open + 1))) return null;
  for (let k = open + 2; k < colon; k++)
    if (p.isPunct(k, ',')) return { comma: open, length: k - open + 1 };
  return null;
}

/** "A senior official, who asked not to be named, was blunter:": someone described before "who". */
function personBeforeAside(p: Phrases, from: number, comma: number): Span | null {
  if (p.lower(comma + 1) !== 'who' || !p.isSpeaker(from, comma)) return null;
  return someone(p, p.span(from, comma));
}

/** Words a description opening the lead-in runs to before the name set off after it. */
const MAX_DESCRIPTION_WORDS = 4;

/**
 * `His father, Hank Osterhout, put it simply:`: a name set off by commas after a short
 * description opening the lead-in, and a verb in lower case after it, is the subject.
 */
function asideName(p: Phrases, from: number, colon: number): Span | null {
  const first = commaAfter(p, from, colon, MAX_DESCRIPTION_WORDS);
  if (first <= from) return null;
  const second = commaAfter(p, first + 1, colon);
  if (second < 0 || !p.isName(first + 1, second) || !p.isWord(second + 1) || p.cap(second + 1))
    return null;
  return p.span(first + 1, second);
}

/**
 * `X's statement read, in part:`, `A statement from X said:`, `The reply from X:`: the name
 * that owns the words the lead-in names (a statement, a reply, a letter), capitalised run and all.
 */
function statementOwner(p: Phrases, from: number, end: number): Span | null {
  for (let k = from; k < end; k++) {
    const word = p.lower(k);
    if (!STATEMENT_NOUNS.has(word) && NOUN_CUES.get(word) !== 'evidence') continue;
    // "X's statement": the name before, ending in its possessive
    let start = k - 1;
    if (start >= from && p.cap(start) && endsWithApostropheS(p.lower(start))) {
      while (start - 1 >= from && p.cap(start - 1)) start--;
      return p.span(start, k);
    }
    // "a statement from X"
    if (p.lower(k + 1) === 'from' && p.cap(k + 2)) {
      let last = k + 2;
      while (last + 1 < end && p.cap(last + 1)) last++;
      return p.span(k + 2, last + 1);
    }
  }
  return null;
}

/**
 * `The feud flared again in June when Ivo Marsh went on the harbour radio with this: "..."`: the
 * subject of the last clause of the lead-in, after "when", "as" or "and", when it names someone.
 */
function lastClauseSubject(p: Phrases, from: number, colon: number): Span | null {
  for (let k = colon - 2; k > from; k--) {
    if (!p.isWord(k) || !SUBJECT_CLAUSE_LINKS.has(p.lower(k))) continue;
    const subject = subjectAtStart(p, k + 1, colon);
    return subject && p.cap(k + 1) ? subject : null;
  }
  return null;
}

/**
 * `The harbour board had a warning for the council:`, `In the footage, the chairman is heard
 * scolding:`, `A review from the Dunmore Trust had this verdict:`: a lead-in that says words
 * follow (a noun for what was said, a verb of saying) gives the quote to its subject, when that
 * names someone (people, a body, a name, a pronoun), or to the name the words came "from"; a
 * thing (`The menu had three items:`, `The banner read:`) gives it to no one.
 */
function speakingSubject(p: Phrases, from: number, colon: number): Span | null {
  if (!saysWords(p, from, colon)) return null;
  const subject = someone(p, subjectAtStart(p, from, colon, true));
  if (subject) return subject;
  // "A review from the Dunmore Trust had ...": whose the words are, before the verb
  for (let k = from + 1; k < colon - 1; k++) {
    if (verbLike(p, k)) return null;
    if (p.lower(k) !== 'from') continue;
    const start = ARTICLES.has(p.lower(k + 1)) ? k + 2 : k + 1;
    const end = p.capitalisedEnd(start, colon);
    return end > start && p.isSpeaker(start, end) ? p.span(k + 1, end) : null;
  }
  return null;
}

/**
 * A noun for what was said ("verdict", "warning"), a verb of saying ("scolding") or "put it"
 * ("The union put it bluntly:") in [from, colon).
 */
function saysWords(p: Phrases, from: number, colon: number): boolean {
  for (let k = from; k < colon; k++) {
    const word = p.lower(k);
    if (NOUN_CUES.get(word) === 'evidence' || NAMED_AFTER_NOUNS.has(word)) return true;
    if (p.isWord(k) && !p.cap(k) && isSpeechClass(cueClass(word))) return true;
    if (putItAt(p, k)) return true;
  }
  return false;
}
