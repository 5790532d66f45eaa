import { CUE_FORMS, LABELLING_AS_FORMS, NAMING_FORMS } from '../../lexicon/cues.js';
import {
  BE_FORMS,
  BODY_RELATIVES,
  EMBEDDING_RELATIVES,
  GROUP_HEADS,
  SPEAKING_RELATIVES,
} from '../../lexicon/quote-words.js';
import {
  ARTICLES,
  AUXILIARIES,
  DETERMINERS,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
} from '../../lexicon/words.js';
import { nameBeforeDescription, nameSetOff } from '../appositive.js';
import { nounBeforeArticle, opensNounPhrase } from '../phrase-before.js';
import { PEOPLE_PLURALS } from '../../entities/data/people.js';
import type { Phrases } from '../phrases.js';
import { peopleWord } from '../people-words.js';
import { readsAsVerb, verbLike } from '../speakers.js';
import { tokenAt } from '../../text/tokens.js';
import type { Span } from '@sourcetrace/article-model';
import { QuoteState } from '../units.js';
import { acceptsContent, classKind, someone } from './shared.js';
import { clauseEnd, gapAfter, labelEnd, pronounLabels } from './relative-ends.js';
import { labelAfterObject } from './object-label.js';
import { opensObject, takesStanceObject } from '../../claims/rules/stance-object.js';
import type { CueRule, CueSite, Outcome } from './types.js';

export const RELATIVE_CLAUSE_CONFIDENCE = 0.7;

/**
 * A cue inside a relative clause; what was said ends with the clause, and the rest of the
 * sentence is still read.
 * - `... backed by Ivo Marsh, who said the costs were fair.`: the speaker is the name the
 *   clause hangs on (`Ann Roe, who said she would run, said ...` reads on to the second cue).
 * - `... a levy, which he said would pay for the dam.`: the speaker is the clause's subject and
 *   what was said is the clause, "which" standing for the levy; `in which she said ...` reports
 *   the clause after the cue.
 */
export const relativeClause: CueRule = {
  name: 'relative-clause',
  stage: 'cue',
  triggers: new Set([...CUE_FORMS, ...LABELLING_AS_FORMS]),
  produces: { quote: ['direct', 'mixed', 'indirect'], claim: ['belief', 'none'] },
  confidence: RELATIVE_CLAUSE_CONFIDENCE,
  match(site) {
    if (!site.cue()) return null;
    const kind = site.open?.kind;
    if (kind === 'speech' || kind === 'continuation') return nestedInQuote(site);
    return hangsOnName(site) ?? embedsSpeaker(site) ?? withoutRelative(site);
  },
};

/**
 * `The mayor said the levy, which the union says will cost jobs, is fair.`: inside what an open
 * quote reports, a relative clause with a speaker of its own is a statement on that speaker's
 * authority, passed on by the quote. It is kept as a claim of its own, and the quote stays whole.
 */
function nestedInQuote(site: CueSite): Outcome | null {
  const outcome = hangsOnName(site) ?? embedsSpeaker(site) ?? withoutRelative(site);
  if (outcome?.type !== 'open' || outcome.attribution.kind !== 'speech') return null;
  const { attribution } = outcome;
  attribution.kind = 'according';
  const end = attribution.content.at(-1)!.end;
  return { type: 'aside', attribution, resumeAt: tokenAt(site.p.tokens, end) };
}

/** `Ivo Marsh, who said ...`: the speaker is the phrase before the comma. */
function hangsOnName(site: CueSite): Outcome | null {
  const { p, floor } = site;
  const relative = site.cue()!.group.before;
  if (relative - 1 < site.lo) return null;
  // (a dash setting the clause off serves as the comma: "Ivo Marsh — who said ... — spoke")
  const comma = p.isPunct(relative - 1, ',\u2014\u2013');
  // "the Harbour Union, which endorsed ...": a body named before the comma
  const body = comma && BODY_RELATIVES.has(p.lower(relative));
  if (!body && !SPEAKING_RELATIVES.has(p.lower(relative))) return null;
  // "Luis Orrin, a father of two who said ...": the name the description is set off after
  const described = comma ? null : nameBeforeDescription(p, relative, floor, site.c);
  if (described) return aside(site, relative, described[0], described[1], 'after');
  // "voters who said ...", "12 percent who say ...": a group picked out by what it said
  if (!comma && !groupBefore(p, relative - 1)) return null;
  const last = comma ? relative - 2 : relative - 1;
  // `"...," said Ada Kemp(, a teacher), who said ...`: after a closed trailing or inverted cue
  // the floor sits after its speaker, on whom the clause hangs
  let first = last < floor ? floor : afterAgent(p, p.phraseBefore(last, floor), last);
  const object = first < last ? afterSubjectVerb(p, first, last) : first;
  if (object > first && p.isSpeaker(object, last + 1)) first = object;
  const hangs = comma && first === floor && p.isPunct(floor - 1, ',');
  const named = hangs ? site.lastSource() : null;
  if (!comma) first = groupStart(p, last, floor);
  else if (!named && (last < floor || first > last || !p.isSpeaker(first, last + 1))) return null;
  if (body && (named || !capitalisedIn(p, first, last + 1))) return null;
  // "Voters who said they were worried stayed home.": where the subject's clause ends is not
  // written, so a short group opening the sentence is left alone
  const opening = relative - site.lo <= SUBJECT_GROUP_TOKENS && !PREPOSITIONS.has(p.lower(site.lo));
  if (!comma && opening) return null;
  const outcome = named
    ? asideOf(site, relative, named)
    : aside(site, relative, first, last + 1, 'after');
  // the name speaks, and "who" is how the clause writes it
  if (outcome && 'attribution' in outcome) {
    outcome.attribution.sourceWritten = p.span(relative, relative + 1);
    // a body's statement in passing is what it put on record, no one's words to carry on
    // (unless it quotes them: "Strom Brothers, which said margins were "unsustainable"")
    const { attribution } = outcome;
    if (body && attribution.kind === 'speech' && !attribution.verbatim.length)
      attribution.kind = 'evidence';
  }
  return outcome;
}

const SUBJECT_GROUP_TOKENS = 3;

/**
 * `Ann Roe met with the mayor, who said ...`, `The board hired Tom Bell, who ...`: a phrase read
 * back from the comma that holds a subject and its verb in the past hangs the clause on what
 * follows the verb (and its preposition), not on the whole sentence; returns where that object
 * starts, else `first`.
 */
function afterSubjectVerb(p: Phrases, first: number, last: number): number {
  for (let k = last - 1; k > first; k--) {
    if (!verbLike(p, k) || AUXILIARIES.has(p.lower(k))) continue;
    // (a past form before a preposition after a common noun may describe it: "the pilots
    // cited in the report, who ...")
    const subject = p.cap(k - 1) || PERSONAL_PRONOUNS.has(p.lower(k - 1));
    if (!subject && PREPOSITIONS.has(p.lower(k + 1))) return first;
    let object = k + 1;
    while (object < last && PREPOSITIONS.has(p.lower(object))) object++;
    return object;
  }
  return first;
}

/** Some word in [first, end) is capitalised: a name, not "The plan, which ...". */
function capitalisedIn(p: Phrases, first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (p.cap(k) && !DETERMINERS.has(p.lower(k))) return true;
  return false;
}

/**
 * Where the group before "who" starts: back over amounts, determiners, "of" and other group
 * words ("the 30 percent of voters", "12 percent", "those"), never past a verb or a preposition.
 */
function groupStart(p: Phrases, last: number, floor: number): number {
  let k = last;
  while (k - 1 >= floor && last - k < MAX_GROUP_TOKENS) {
    const word = p.lower(k - 1);
    const joins =
      p.amount(k - 1) || DETERMINERS.has(word) || word === 'of' || groupBefore(p, k - 1);
    if (!joins || !p.isWord(k - 1)) break;
    k--;
  }
  return k;
}

const MAX_GROUP_TOKENS = 5;

/** A plural of people, "those" or a share ("percent") at `k`, outside quote marks. */
function groupBefore(p: Phrases, k: number): boolean {
  const word = p.lower(k);
  if (!p.outside(k)) return false;
  if (GROUP_HEADS.has(word)) return true;
  if (!p.isWord(k)) return false;
  // "Democrats who say": a capitalised plural, not a possessive
  return PEOPLE_PLURALS.has(word) || (p.cap(k) && /[^s'\u2019]s$/.test(word));
}

/** `which he said would ...`, `in which she said ...`, `which its chief, Ana Ruiz, called`. */
function embedsSpeaker(site: CueSite): Outcome | null {
  const { p, floor } = site;
  const cue = site.cue()!;
  const setOff = nameSetOff(p, cue.group.before + 1, floor);
  const subjectEnd = setOff ? setOff[0] - 1 : cue.group.before + 1;
  let relative = subjectEnd - 1;
  while (relative >= floor && subjectEnd - relative <= MAX_SUBJECT_TOKENS) {
    if (EMBEDDING_RELATIVES.has(p.lower(relative)) || p.lower(relative) === 'whose') break;
    // "that the Norland Tides' coach says": a plural possessive stays in the subject
    if (!p.isWord(relative) && !pluralPossessive(p, relative)) return null;
    relative--;
  }
  const pronoun = p.lower(relative);
  if (relative < floor || relative + 1 >= subjectEnd) return null;
  if (pronoun === 'whose') return whoseRoleSpeaks(site, relative, subjectEnd, setOff);
  if (!EMBEDDING_RELATIVES.has(pronoun)) return null;
  // a pronoun, a name, "the ..." or people ("critics"; "harbour experts" before a verb of
  // saying or belief): "which boats and barges have been ..." asks, reports no one
  const subject = relative + 1;
  const lower = p.lower(subject);
  const named =
    PERSONAL_PRONOUNS.has(lower) ||
    DETERMINERS.has(lower) ||
    p.cap(subject) ||
    (peopleWord(p.lower(subjectEnd - 1)) && (subject + 1 === subjectEnd || cue.cls !== 'stance'));
  if (!named || !p.isSpeaker(subject, subjectEnd)) return null;
  // "a Twitter post that ...": a cue word read as a noun
  if (!readsAsVerb(p, site.c, subjectEnd - 1, cue.group.start)) return null;
  const after = cue.end;
  // "in which he said he would ...": the clause after the cue is what was said
  if (pronoun === 'which' && PREPOSITIONS.has(p.lower(relative - 1)))
    return aside(site, relative, ...(setOff ?? [subject, subjectEnd]), 'after');
  // "a judge that voters like", "the plans that countries offered": "that" is the object of a
  // verb of stance, which is on the noun before it
  if (pronoun !== 'what' && stanceOnObject(site, after))
    return objectOfStance(site, relative, subject, subjectEnd);
  // "a rule that he said would ...": a verb right after the cue, its subject the gap "that" left;
  // "that he said the plan ..." is a clause said, not a relative one
  // (an irregular past too: "a deadline that insiders said went unnoticed")
  // "what officials say is ...": likewise; "what Kemp said about it" names no clause
  // "sons, who she said were ...": people in the gap, likewise; and "what Kemp called "the old
  // deal"": a label in marks after a verb of naming a thing is the gap's filler, her words
  // (an article may come first: `what pilots called a "tax on the sea"`)
  const mark = ARTICLES.has(p.lower(after)) && p.isWord(after) ? after + 1 : after;
  const label =
    (pronoun === 'what' || pronoun === 'that') &&
    NAMING_FORMS.has(p.lower(site.c)) &&
    p.states[mark] === QuoteState.Open;
  if (label) return aside(site, relative, ...(setOff ?? [subject, subjectEnd]), 'label');
  // "a fine that fans called absurd": "that" is the object labelled, and the label follows
  const labelled = pronoun === 'that' && labelAfterObject(site, after);
  if (pronoun !== 'which' && !labelled && !gapAfter(p, after)) return null;
  return aside(site, relative, ...(setOff ?? [subject, subjectEnd]), 'pronoun');
}

/**
 * `the fund Larkspur Capital, whose partner Devi Raghunathan said: "..."`, `whose captain, Luis
 * Ortega, called ...`: someone named by their role in the body the clause hangs on speaks, and
 * what they said follows the cue.
 */
function whoseRoleSpeaks(
  site: CueSite,
  relative: number,
  subjectEnd: number,
  setOff: [number, number] | null,
): Outcome | null {
  const { p } = site;
  if (setOff) return aside(site, relative, ...setOff, 'after');
  const subject = relative + 1;
  let named = false;
  for (let k = subject; k < subjectEnd; k++) named ||= p.cap(k);
  if (!named || !p.isSpeaker(subject, subjectEnd)) return null;
  return aside(site, relative, subject, subjectEnd, 'after');
}

/** Words a speaker after a relative's noun may take ("the city's new transit agency"). */
const MAX_BARE_SUBJECT = 6;

/** An article or a possessive a few words before the cue: a cheap test before the subject is read. */
function articleBefore(p: Phrases, subjectEnd: number, floor: number): boolean {
  for (let k = subjectEnd - 2; k >= floor && subjectEnd - k <= MAX_BARE_SUBJECT; k--)
    if (opensNounPhrase(p.lower(k))) return true;
  return false;
}

/**
 * `in a step the firm said was overdue`, `a plan the mayor says would cost ...`: a relative
 * clause with no pronoun. A noun, then an article opening the speaker, then the cue and the
 * gap's verb; what was said is the clause after the cue.
 */
function withoutRelative(site: CueSite): Outcome | null {
  const { p, floor } = site;
  const cue = site.cue()!;
  const subjectEnd = cue.group.before + 1;
  if (pronounLabels(site, subjectEnd))
    return aside(site, subjectEnd - 1, subjectEnd - 1, subjectEnd, 'gap');
  if (subjectEnd - 1 < floor || !articleBefore(p, subjectEnd, floor) || !gapAfter(p, cue.end))
    return null;
  const subject = p.phraseBefore(subjectEnd - 1, floor);
  if (
    subject - 1 < floor ||
    !opensNounPhrase(p.lower(subject)) ||
    !nounBeforeArticle(p, subject - 1)
  )
    return null;
  if (!p.isSpeaker(subject, subjectEnd)) return null;
  // after a possessive, people or a body ("a move her rivals said"), never a thing ("a fare
  // his new ticket machines say is due")
  if (!ARTICLES.has(p.lower(subject)) && !someone(p, p.span(subject, subjectEnd))) return null;
  return aside(site, subject, subject, subjectEnd, 'gap');
}

const MAX_SUBJECT_TOKENS = 8;

/**
 * A verb of stance with no object after it, only the main clause's verb or the end: "that" is
 * its object ("the plan that Kemp backed failed", "the result that Roe was seeking.").
 */
function stanceOnObject(site: CueSite, after: number): boolean {
  const { p, hi } = site;
  const cls = site.cue()!.cls;
  const onThing = cls === 'stance' || (cls !== 'belief' && takesStanceObject(site.lower));
  if (!onThing) return false;
  if (after >= hi || !p.isWord(after)) return true;
  const next = p.lower(after);
  return verbLike(p, after) || BE_FORMS.has(next);
}

/** The stance a relative clause takes on the noun phrase its "that" or "which" stands for. */
function objectOfStance(
  site: CueSite,
  relative: number,
  sourceStart: number,
  sourceEnd: number,
): Outcome | null {
  const { p, floor, make } = site;
  const cue = site.cue()!;
  const nounEnd = p.isPunct(relative - 1, ',') ? relative - 2 : relative - 1;
  const nounStart = nounEnd >= floor ? p.phraseBefore(nounEnd, floor) : nounEnd + 1;
  // a noun phrase ("the plan", "Bell's bill"), not an adjective ("it is clear that ...")
  if (nounStart >= nounEnd && !(nounStart === nounEnd && p.cap(nounEnd))) return null;
  const attribution = make(
    'stance',
    [[nounStart, nounEnd + 1]],
    cue.span,
    p.span(sourceStart, sourceEnd),
    'relative-clause',
    RELATIVE_CLAUSE_CONFIDENCE,
  );
  return attribution && { type: 'aside', attribution, resumeAt: cue.end };
}

/** An apostrophe closing a plural possessive: "the Tides' coach". */
function pluralPossessive(p: Phrases, k: number): boolean {
  const mark = p.lower(k);
  return (
    (mark === "'" || mark === '\u2019') &&
    p.outside(k) &&
    p.tokens[k - 1]?.end === p.tokens[k]!.start &&
    p.lower(k - 1).endsWith('s')
  );
}

/** The relative clause's attribution with a speaker span found before it. */
function asideOf(site: CueSite, relative: number, source: Span): Outcome | null {
  const { p } = site;
  const first = tokenAt(p.tokens, source.start);
  const end = tokenAt(p.tokens, source.end);
  return aside(site, relative, first, end, 'after');
}

/**
 * What a relative clause says: `'pronoun'`, the pronoun and the clause after the cue ("which he
 * said would pay"); `'gap'`, the clause after the cue with no pronoun ("a step the firm said was
 * overdue"); `'after'`, the content read after the cue as for any cue ("who said the costs ...");
 * `'label'`, the pronoun and the label in marks after the cue, to its closing mark.
 */
type Said = 'pronoun' | 'gap' | 'after' | 'label';

/**
 * The attribution of the relative clause at `relative`: its content from the cue (and the
 * pronoun, when it stands for what was said) to the clause end.
 */
function aside(
  site: CueSite,
  relative: number,
  sourceStart: number,
  sourceEnd: number,
  said: Said,
): Outcome | null {
  const { p, hi, make } = site;
  const cue = site.cue()!;
  const right = site.right();
  const pronoun = said === 'pronoun' || said === 'label' ? relative : null;
  const contentStart =
    said !== 'after' ? cue.end : (right.splitStart ?? (right.ends ? hi : right.contentStart));
  if (contentStart >= hi || (!p.isWord(contentStart) && p.states[contentStart] !== QuoteState.Open))
    return null;
  const end = said === 'label' ? labelEnd(p, contentStart, hi) : clauseEnd(p, contentStart, hi);
  const pieces: Array<[number, number]> = [[contentStart, end]];
  if (pronoun !== null) pieces.unshift([pronoun, pronoun + 1]);
  const attribution = make(
    classKind(cue.cls),
    pieces,
    cue.span,
    p.span(sourceStart, sourceEnd),
    'relative-clause',
    RELATIVE_CLAUSE_CONFIDENCE,
  );
  if (!attribution) return null;
  if (said === 'after' && !acceptsContent(p, cue.cls, right, attribution)) {
    // "Ann Roe, who praised the deal, ...": a verb of stance on what it names takes a stance
    if (!takesStanceObject(site.lower) || !opensObject(p, contentStart)) return null;
    attribution.kind = 'stance';
  }
  attribution.channel = right.channel;
  if (!site.open) return { type: 'aside', attribution, resumeAt: end };
  // `The union endorsed Ann Roe, who said ...`: a stance open before ends where the clause starts
  const cutAt = p.isPunct(relative - 1, ',') ? relative - 1 : relative;
  return { type: 'open', attribution, contentStart: pronoun ?? contentStart, cutAt };
}

/** `backed by Ivo Marsh`: the name the clause hangs on starts after a passive's "by". */
function afterAgent(p: Phrases, first: number, last: number): number {
  for (let k = last - 1; k >= first; k--) if (p.lower(k) === 'by') return k + 1;
  return first;
}
