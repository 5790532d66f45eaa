import { CUE_WORDS, NOUN_CUES, TOPIC_WORDS, cueClass, inflect } from '../../lexicon/cues.js';
import {
  CLAUSE_OR_THING_CUES,
  CLAUSE_TAKING_CUES,
  COORDINATORS,
  UNSAID_MODALS,
  SENSING_BELIEF_FORMS,
} from '../../lexicon/quote-words.js';
import { CLAUSE_ONLY_SPEECH_VERBS } from '../../lexicon/stance-verbs.js';
import type { Phrases } from '../phrases.js';
import {
  acceptsContent,
  answer,
  classKind,
  frontedClauseEnd,
  opensSubordinateClause,
} from './shared.js';
import { indefiniteObject, objectReadsAsNounPhrase, withholdsFromSomeone } from './noun-object.js';
import { quoteAfterComma } from './trailing.js';
import { clauseAfterAside, clauseAfterFrame } from '../after-cue.js';
import { peopleWord } from '../people-words.js';
import { asideChannel, frontedChannel } from '../fronted-phrase.js';
import { joinedClause, reportingOutlet } from '../joined-speaker.js';
import { subjectAsideEnd } from '../subject-aside.js';
import { quotedByBefore } from '../quoted-as-saying.js';
import {
  ARTICLES,
  CLAUSE_OPENERS,
  DEGREE_WORDS,
  FOCUS_ADVERBS,
  FRAMING_SUBORDINATORS,
  PERSONAL_PRONOUNS,
} from '../../lexicon/words.js';
import { tokenAt } from '../../text/tokens.js';
import { isPastTense } from '../../lexicon/verb-forms.js';
import { BODY_NOUNS } from '../../entities/data/organizations.js';
import type { CueClass } from '../../lexicon/cues.js';
import type { Attribution, Cue, CueRule, CueSite, ReportingClause } from './types.js';
import type { Span } from '@sourcetrace/article-model';

export const LEADING_CONFIDENCE = 0.85;

const CLAUSE_ONLY_FORMS = new Set(CLAUSE_ONLY_SPEECH_VERBS.flatMap(inflect));

/**
 * "..., even as Tom Bell said": an adverb between a comma and the connective opens the
 * connective's clause with it; not in "not only", nor after "that," where the clause before is
 * still the report's ("say that, even if ...").
 */
function focusBefore(p: Phrases, boundary: number): boolean {
  return (
    FOCUS_ADVERBS.has(p.lower(boundary - 1)) &&
    p.isPunct(boundary - 2, ',') &&
    !CLAUSE_OPENERS.has(p.lower(boundary - 3))
  );
}

/** Tokens of content within which a dash may open the writer's comment. */
const MAX_COMMENTED_WORDS = 80;

/**
 * `said the port would close — a claim Bell disputes`: a dash, an article and a noun of saying
 * open the writer's comment on the words, which end there; else `hi`. (A dash typed as two
 * hyphens is one dash token.)
 */
function commentAfterDash(p: Phrases, from: number, hi: number): number {
  // (within a sentence's reach: a unit with no end in sight is not read through at every cue)
  const last = Math.min(hi, from + MAX_COMMENTED_WORDS);
  for (let k = from + 1; k < last - 2; k++) {
    if (!p.isPunct(k, '\u2014\u2013') || !ARTICLES.has(p.lower(k + 1))) continue;
    // `... -- a position he has since modified -- and ...`: an aside closed by a second dash
    // sits inside the words
    let close = k + 1;
    while (close < last && !p.isPunct(close, '\u2014\u2013')) close++;
    if (close < last) {
      k = close;
      continue;
    }
    if (NOUN_CUES.has(p.lower(k + 2)) || NOUN_CUES.has(p.lower(k + 3))) return k;
  }
  return commentAfterComma(p, from, hi);
}

/** Tokens a comment set off by a comma may take: ", a figure the health authority disputes." */
const MAX_COMMA_COMMENT = 8;

/**
 * `said 212 posts are vacant, a figure the authority disputes.`: a comma, an article and a
 * noun, then someone's verb of saying or doubting that closes the sentence, is the writer's
 * comment on the words, which end at the comma; else `hi`.
 */
function commentAfterComma(p: Phrases, from: number, hi: number): number {
  const end = p.isPunct(hi - 1, '.') ? hi - 1 : hi;
  const verb = p.lower(end - 1);
  const cls = cueClass(verb);
  if (!cls || cls === 'belief' || verb.endsWith('ing') || !p.isWord(end - 2)) return hi;
  for (let k = Math.max(from + 1, end - MAX_COMMA_COMMENT - 1); k < end - 3; k++)
    if (p.isPunct(k, ',') && ARTICLES.has(p.lower(k + 1))) return k;
  return hi;
}

/**
 * The speaker and cue before what was said: `Ann Roe says she wants ...` / `X told the Herald
 * that "..."` / `Ann Roe said, "..."`. The content runs to the clause end or to the next
 * attribution. A cue ending its paragraph in a colon introduces the next paragraph instead.
 */
export const leading: CueRule = {
  name: 'leading',
  stage: 'cue',
  triggers: CUE_WORDS,
  produces: { quote: ['direct', 'mixed', 'indirect'], claim: ['belief', 'none'] },
  confidence: LEADING_CONFIDENCE,
  match(site) {
    const { p, hi, make } = site;
    const cue = site.cue();
    const clause = site.reportingClause();
    if (!cue || !clause) return null;
    const { boundary, connective } = clause;
    const afterComma = quoteAfterComma(site, clause);
    // "says, win or lose, she is staying": what was said follows an aside after the cue
    // ("As the Herald reported, on Friday, ..." is the as-clause's: it reports the rest as said)
    const afterAside =
      clause.right.ends && !afterComma && verbOfSpeech(p, cue) && p.lower(boundary) !== 'as'
        ? clauseAfterAside(p, clause.right.contentStart, hi)
        : -1;
    // "said in a statement, the ferry will sail": a clause of its own after a frame's comma
    const afterFrame =
      afterAside < 0 && clause.right.ends && !afterComma && framed(site, clause)
        ? clauseAfterFrame(p, clause.right.contentStart - 1, hi)
        : -1;
    const resumes = afterAside >= 0 ? afterAside : afterFrame;
    const right =
      resumes >= 0 ? { ...clause.right, contentStart: resumes, ends: false } : clause.right;
    const contentStart = afterComma ? right.splitStart! : right.contentStart;
    if (contentStart < hi && (!right.ends || afterComma)) {
      const kind = classKind(cue.cls);
      // "spoke about the strike, saying ...": a topic is a noun phrase, ended by a comma
      const topicWord = p.lower(cue.end - 1);
      const topic = TOPIC_WORDS.has(topicWord) || (topicWord === 'of' && cue.cls === 'stance');
      // (words read to the sentence's end may close on another speaker's clause)
      const spoken = commentAfterDash(p, contentStart, hi);
      const joined = joinedClause(p, contentStart, spoken, cue.cls === 'stance');
      const end = topic
        ? topicEnd(p, contentStart, hi)
        : afterComma
          ? quoteBeforeClause(site, contentStart, hi)
          : (joined?.mark ?? spoken);
      // "When Ada Kemp said the port would close, pilots ...": it closes with its clause
      const fronted = topic ? null : frontedClauseEnd(site, clause.boundary, contentStart);
      // "A resident, who spoke on condition of anonymity because he feared losing his job,
      // said ...": it closes with the aside on the subject, whose own cue comes after
      const aside =
        topic || fronted !== null ? null : subjectAsideEnd(p, site.lo, site.c, contentStart, hi);
      const closesAt = fronted ?? aside;
      // (its content is read to that end: the words after it are not what it takes)
      const attribution = make(
        kind,
        [[contentStart, Math.min(end, closesAt ?? end)]],
        cue.span,
        clause.source,
        'leading',
        LEADING_CONFIDENCE,
      );
      if (!attribution || !acceptsContent(p, cue.cls, right, attribution)) return null;
      if (topic && attribution.verbatim.length) return null;
      if (reportsAThing(site, cue.cls, contentStart, attribution, closesAt ?? end)) return null;
      // "will argue that ...", "could say ...": words not yet said are the speaker's position
      if (attribution.kind === 'speech' && !attribution.verbatim.length && unsaid(site, cue))
        attribution.kind = 'stance';
      // (or in the phrase fronted before the speaker: "In an interview with the Ledger, ...")
      // (or in an aside on the speaker: "Ivo Marr, writing in the Ledger, said ...")
      attribution.channel =
        right.channel ??
        frontedChannel(p, site.floor, boundary) ??
        asideChannel(p, tokenAt(p.tokens, clause.source.end), cue.group.start) ??
        quotedByChannel(p, site.c, site.lo) ??
        reportingOutlet(p, joined, spoken);
      // cues after the topic are read on, as after an aside: it holds no one's words open
      if (topic) return { type: 'aside', attribution, resumeAt: end };
      if (aside !== null) return { type: 'aside', attribution, resumeAt: aside };
      const opens = focusBefore(p, boundary) ? boundary - 1 : boundary;
      const cutAt = connective && p.isPunct(opens - 1, ',') ? opens - 1 : opens;
      return { type: 'open', attribution, contentStart, cutAt, closesAt: fronted ?? undefined };
    }
    if (right.opener === ':' && right.contentStart >= hi && cue.cls !== 'belief') {
      const quotedOnly = cue.cls === 'stance';
      return { type: 'pending', pending: { cue: cue.span, source: clause.source, quotedOnly } };
    }
    return null;
  },
};

/**
 * `said, "We will rebuild," as she toured the streets`: the quote after the cue's comma is
 * what was said when a clause of the writer's ("as", "while", "before" ..., "and" with a past
 * tense) follows its close; else the words run to `hi`.
 */
function quoteBeforeClause(site: CueSite, contentStart: number, hi: number): number {
  const { p, unit } = site;
  const from = p.tokens[contentStart - 1]!.start;
  const to = p.tokens[contentStart]!.start;
  const quote = unit.quoted.find((q) => q.closed && q.start >= from && q.start <= to);
  if (!quote) return hi;
  const after = tokenAt(p.tokens, quote.end);
  // the quote closes on its own punctuation ("rebuild,"", "up!"") or a comma follows it; with
  // neither ("to go" until the vote) the words run on into the clause
  const last = p.tokens[p.beforeCloseMark(after - 1)];
  const closes = (last !== undefined && ',!?'.includes(last.lower)) || p.isPunct(after, ',');
  if (!closes) return hi;
  const next = p.isPunct(after, ',') ? after + 1 : after;
  const word = p.lower(next);
  // ... or `"We are done," and left`: the speaker's next act
  const act = word === 'and' && isPastTense(p.lower(next + 1));
  return next < hi && (word === 'as' || FRAMING_SUBORDINATORS.has(word) || act) ? after : hi;
}

/**
 * Words stand between the cue and the comma that ends the reporting clause (a frame: "in a
 * statement", "on Monday"), and no fronted clause holds the cue ("When she spoke at the meeting,
 * the board ..." is no report, nor is an as-clause).
 */
function framed(site: CueSite, clause: ReportingClause): boolean {
  const { p, lo } = site;
  const comma = clause.right.contentStart - 1;
  const opener = p.lower(lo);
  const fronted = opensSubordinateClause(opener);
  // ("as she said at the time, ..." is an as-clause: what follows is the writer's)
  const asClause = p.lower(clause.boundary) === 'as';
  const cue = site.cue()!;
  // `Ann Roe reported, the trust refused ...`: a verb that takes a clause may take it after
  // its own comma
  const clauseTaker = comma === cue.end && takesClause(p.lower(cue.end - 1));
  return !fronted && !asClause && (comma > cue.end || clauseTaker) && verbOfSpeech(p, cue);
}

function takesClause(lower: string): boolean {
  return CLAUSE_TAKING_CUES.has(lower) || CLAUSE_OR_THING_CUES.has(lower);
}

/**
 * The cue reads as a verb of speech: "says" after a name, a pronoun, a role or a body, not
 * "caucus states" or "discuss reasons", where the form in -s is a noun.
 */
function verbOfSpeech(p: Phrases, cue: Cue): boolean {
  if (cue.cls !== 'speech') return false;
  if (!p.lower(cue.end - 1).endsWith('s')) return true;
  // `Ann Roe, a council hopeful, says`: the subject's last word before an apposition's comma
  const before = cue.group.start - 1;
  const head = p.isPunct(before, ',') ? before - 1 : before;
  const word = p.lower(head);
  return p.cap(head) || PERSONAL_PRONOUNS.has(word) || peopleWord(word) || BODY_NOUNS.has(word);
}

/**
 * A lowercase modal of what is yet to come in the cue's group ("will argue", "could say"), or a
 * likelihood that compares no one ("is likely to say"; "were more likely to say" reports a poll).
 */
function unsaid(site: CueSite, cue: Cue): boolean {
  const { p, c } = site;
  for (let k = cue.group.start; k < c; k++) {
    if (UNSAID_MODALS.has(p.lower(k)) && !p.cap(k)) return true;
    if (p.lower(k) === 'likely' && !DEGREE_WORDS.has(p.lower(k - 1))) return true;
  }
  return false;
}

/** "denied the allegations", "reported a profit": a thing is named, no words are reported. */
export function reportsAThing(
  site: CueSite,
  cls: CueClass,
  contentStart: number,
  attribution: Attribution,
  end = site.hi,
): boolean {
  // "retailers are feeling the effects": a thing felt, no belief
  if (cls === 'belief' && SENSING_BELIEF_FORMS.has(site.lower) && !attribution.verbatim.length)
    return objectReadsAsNounPhrase(site.p, contentStart, end);
  if (cls !== 'speech' || attribution.verbatim.length || answer(site.p, contentStart)) return false;
  if (indefiniteObject(site.p, contentStart)) return true;
  if (withholdsFromSomeone(site.p, site.lower, contentStart)) return true;
  return !CLAUSE_ONLY_FORMS.has(site.lower) && objectReadsAsNounPhrase(site.p, contentStart, end);
}

/**
 * Where a topic after "about" or "against" ends: at the first comma, semicolon or dash, or at "and"/"but"
 * before a second cue ("spoke about the plan and said ..."), else at `hi`.
 */
function topicEnd(p: Phrases, from: number, hi: number): number {
  for (let k = from; k < hi; k++) {
    if (p.isPunct(k, ',;\u2014\u2013') && p.outside(k)) return k;
    if (COORDINATORS.has(p.lower(k)) && cueClass(p.lower(k + 1))) return k;
    // "talking about the pier when she told ...": a clause of its own after the noun phrase
    if (k > from && FRAMING_SUBORDINATORS.has(p.lower(k)) && PERSONAL_PRONOUNS.has(p.bare(k + 1)))
      return k;
  }
  return hi;
}

/** `was quoted by the Kelby Post as saying`: whoever quoted, when an outlet, carried the words. */
function quotedByChannel(p: Phrases, cue: number, lo: number): Span | null {
  const quoted = quotedByBefore(p, cue, lo);
  return quoted >= 0 && p.isOutlet(quoted + 2, cue - 1) ? p.span(quoted + 2, cue - 1) : null;
}
