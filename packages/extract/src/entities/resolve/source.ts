import type { Span } from '@sourcetrace/article-model';
import { NAME_WORDS_FOR_BODY_NOUNS } from '../data/organizations.js';
import { tokenize, withoutClitic, type Token } from '../../text/tokens.js';
import { ARTICLES, DETERMINERS } from '../../lexicon/words.js';
import { JUDGE_ADDRESS_WORDS, PEOPLE_PLURALS, SOMEONE_NOUNS } from '../data/people.js';
import { PARTY_WORDS } from '../data/name-words.js';
import {
  ARTIFACT_NOUNS,
  FIRST_SECOND_PERSON,
  HEAD_ENDERS,
  ISSUING_PARTICIPLES,
  POSSESSIVE_DETERMINERS,
  isBodyNoun,
  isPronounWord,
} from '../data/source-words.js';
import { INTERVIEW_LABELS, SUBJECT_PRONOUNS } from '../../lexicon/quote-words.js';
import { GAZETTEER, matchesCase } from '../gazetteer.js';
import { listedEnt } from '../listed-ent.js';
import type { Effects, EntityStore } from '../store.js';
import type { Ent, Mention } from '../types.js';
import { formerOrLatter } from './former-latter.js';
import {
  cutAtClause,
  describedAfter,
  describedBefore,
  describedSource,
  describedWritingBefore,
  isCommonNoun,
  leavesSomeoneOut,
  ownedRole,
} from './described.js';
import { apposition } from './apposition.js';
import { artifactPhrase, artifactSource } from './artifact.js';
import { interviewee } from './interview.js';
import { pronounSource } from './pronoun-source.js';
import { newName } from './new-name.js';
import {
  artifactTail,
  describingIngForm,
  describingParticiple,
  endsAtArtifactTail,
  lastHeadWord,
  trimSpan,
  type Phrase,
} from './phrase.js';
import { epithetReferent, nationalityEpithet } from './epithet.js';
import { namedIn } from './named-in.js';
import { bodyBeforeNoun, namedBodyBefore } from './named-body.js';
import { isRoleNoun, isRoleWord } from '../role-words.js';
import { unnamedSpeakerBefore } from './unnamed-again.js';
import { isDescribingWord } from '../../quotes/people-words.js';

/**
 * The entity a speaker/source span as written stands for ("he", "energy analyst Dana
 * Whitcombe", "US officials", "an unnamed official at a regional ministry", "Reuters"), or
 * undefined when nothing sensible can be named ("I", "we" in quoted speech). The changes
 * (the mention, a new anonymous entity) go through `fx`.
 */
export function resolveSource(
  store: EntityStore,
  fx: Effects,
  span: Span,
  /** What the source said: "Obi sheltered in the pantry, he said" is not Obi speaking of himself. */
  said: readonly Span[] = [],
): Ent | undefined {
  let s = trimSpan(store.text, span);
  if (!s) return undefined;
  let text = store.text.slice(s.start, s.end);
  // "she's", "they've": the pronoun without the auxiliary written onto it
  let lower = text.toLowerCase();
  const bare = withoutClitic(lower);
  if (SUBJECT_PRONOUNS.has(bare) && bare.length < text.length) {
    s = { start: s.start, end: s.start + bare.length };
    text = text.slice(0, bare.length);
    lower = text.toLowerCase();
  }
  if (FIRST_SECOND_PERSON.has(lower)) return undefined;
  const phraseSource = (phrase: Span) => resolveSource(store, fx, phrase);
  // an interview's labels: the answer is the interviewee's, the question an unnamed interviewer's
  if (INTERVIEW_LABELS.has(lower) && text.length === 1) {
    const answering = lower === 'a' ? interviewee(store, s.start) : undefined;
    if (answering) fx.speaker(fx.record(answering, s, 'descriptor'));
    return answering;
  }
  if (!/\s/.test(lower) && isPronounWord(lower))
    return pronounSource(store, fx, s, lower, said, phraseSource);
  // "Her Honour said": the judge the passage named
  const judge = judgeAddress(lower) ? describedBefore(store, s, 'judge') : undefined;
  if (judge) {
    fx.speaker(fx.record(judge, s, 'descriptor'));
    return judge;
  }
  // the head of the phrase: "energy analyst Dana Whitcombe", "Tom Bell, an assistant professor ..."
  const tokens = tokenize(text);
  // "her lawyer", "Ruiz's lawyer": the person described so, never the owner
  const opener = tokens[0]?.lower ?? '';
  const owned = ownedRole(store, fx, s, text, tokens);
  if (owned?.described) {
    fx.speaker(fx.record(owned.described, s, 'descriptor'));
    return owned.described;
  }
  if (owned && POSSESSIVE_DETERMINERS.has(opener)) {
    // nobody is described so: an unnamed source named after its owner ("Ann Roe's lawyer")
    const ent = describedSource(fx, s, owned.name, owned.name.toLowerCase().split(/\s+/));
    fx.alias(ent, text);
    return ent;
  }
  // a phrase that opens with a subject pronoun ("she waited ..."): the pronoun is the source
  if (tokens.length > 1 && SUBJECT_PRONOUNS.has(opener)) {
    const pronoun: Span = { start: s.start, end: s.start + tokens[0]!.end };
    return pronounSource(store, fx, pronoun, opener, said, phraseSource);
  }
  // ... and so does one that ends with it ("Later he", "a deal she", "the one thing they"): the
  // words before it open the sentence or the clause, they name nobody
  const last = tokens[tokens.length - 1];
  if (tokens.length > 1 && last && SUBJECT_PRONOUNS.has(last.lower)) {
    const pronoun: Span = { start: s.start + last.start, end: s.start + last.end };
    return pronounSource(store, fx, pronoun, last.lower, said, phraseSource);
  }
  // "Everyone but Tom Bell": the group speaks, not the one left out of it
  if (leavesSomeoneOut(tokens)) return describedSource(fx, s, text, [opener]);
  const headEnd = findHeadEnd(store, s, tokens);
  const head = tokens.slice(0, headEnd).filter((t) => t.word);
  if (!head.length) return undefined;
  return headSource(store, fx, { span: s, text, tokens, headEnd, head, said });
}

/**
 * "the NPA news agency" is the NPA, and a name it goes by; "the Kemp & Co. spokesperson" is a
 * person: people of a body are people ("several party leaders", "Acme staff"), and a writing in
 * lower case is no body's name ("a Facebook post" is not Facebook speaking).
 */
function bodyNamingHead(
  store: EntityStore,
  named: Mention[],
  headEnd: number,
  headLower: string,
  capitalised: boolean,
) {
  const people = isRoleWord(headLower) || PEOPLE_PLURALS.has(headLower);
  const writing = ARTIFACT_NOUNS.has(headLower) && !capitalised;
  if (people || writing || !isBodyNoun(headLower)) return undefined;
  return bodyBeforeNoun(store, named, headEnd);
}

function findHeadEnd(store: EntityStore, s: Span, tokens: Token[]): number {
  for (let k = 1; k < tokens.length; k++) {
    // "of" inside a name ("A City of Toronto spokesperson") does not end the head, nor a comma
    // between adjectives ("the wiry, soft-spoken engineer")
    if (
      HEAD_ENDERS.has(tokens[k]!.lower) &&
      !insideName(store, s.start + tokens[k]!.start) &&
      !betweenAdjectives(store.text, s, tokens, k)
    )
      return k;
    // "the memo obtained by the Gazette": a participle with its agent follows the head, and so
    // does one with a time or a place ("a poll released Friday", "a memo written in March")
    if (tokens[k + 1]?.lower === 'by' && /ed$|en$/.test(tokens[k]!.lower)) return k;
    if (artifactTail(tokens, k)) return k;
    if (k >= 2 && describingParticiple(store.text, s, tokens, k)) return k;
    if (describingIngForm(store.text, s, tokens, k)) return k;
  }
  return tokens.length;
}

/**
 * The words of a source read as a description: to its first comma or clause, or on to the
 * head's last word when that comma stands between words describing the person ("the wiry,
 * soft-spoken engineer").
 */
function describingPhrase(store: EntityStore, p: Phrase, lastHead: Token): string {
  const comma = p.tokens.findIndex((t) => t.lower === ',');
  const throughHead =
    comma > 0 &&
    lastHead.end > p.tokens[comma]!.start &&
    betweenAdjectives(store.text, p.span, p.tokens, comma) &&
    isDescribingWord(p.tokens[comma - 1]!.lower);
  return throughHead ? p.text.slice(0, lastHead.end) : cutAtClause(p.text);
}

function betweenAdjectives(text: string, s: Span, tokens: Token[], k: number): boolean {
  const lowercase = (t: Token | undefined) =>
    !!t?.word && /^\p{Ll}/u.test(text.slice(s.start + t.start, s.start + t.end));
  return (
    tokens[k]!.lower === ',' &&
    k >= 2 &&
    ARTICLES.has(tokens[k - 2]!.lower) &&
    lowercase(tokens[k - 1]) &&
    lowercase(tokens[k + 1]) &&
    !DETERMINERS.has(tokens[k + 1]!.lower) &&
    lowercase(tokens[k + 2])
  );
}

function insideName(store: EntityStore, offset: number): boolean {
  return store.index
    .overlapping({ start: offset, end: offset + 1 })
    .some((m) => m.form !== 'pronoun' && m.form !== 'descriptor');
}

/**
 * "the Texas Republican said", "the Swede said", "the 24-year-old Canadian said": "the", then a
 * party's member after a capitalised place, or a nationality, is an epithet of the person the
 * passage is about, not a name of "Republican", "Swede" or a place.
 */
function memberSource(store: EntityStore, fx: Effects, p: Phrase): Ent | undefined {
  const last = p.head[p.head.length - 1]!;
  if (p.head[0]!.lower !== 'the' || !last.cap) return undefined;
  const party = PARTY_WORDS.has(last.lower) && p.head.slice(1).every((t) => t.cap);
  const epithet =
    (party && p.head.length >= 3) ||
    (p.head.length <= 3 && nationalityEpithet(store.text, p.span, last.lower));
  const ent = epithet ? epithetReferent(store, p.span, p.head, last.lower) : undefined;
  if (ent) fx.speaker(fx.record(ent, p.span, 'descriptor'));
  return ent;
}

/** A source read from its head: a name in it, a maker, a listed name, an apposition, a description. */
function headSource(store: EntityStore, fx: Effects, p: Phrase): Ent | undefined {
  const s = p.span;
  const lastHead = p.head[lastHeadWord(p.head)]!;
  const headSpan: Span = { start: s.start + p.head[0]!.start, end: s.start + lastHead.end };
  const named = store.index.overlapping(headSpan);
  const lastWordStart = s.start + lastHead.start;
  const member = memberSource(store, fx, p);
  if (member) return member;
  // "a study by economists Ann Roe and Tom Bell": the maker after the noun, before any title
  const made =
    endsAtArtifactTail(p) && writingSource(store, fx, p, named, lastWordStart, headSpan.end);
  if (made) return made;
  const chosen = namedIn(store, p, named, lastWordStart);
  if (chosen) return spoke(fx, chosen);
  // "a statement circulated to members by ...": a participle closing the head describes the noun before it
  const headWord =
    ISSUING_PARTICIPLES.has(lastHead.lower) && p.head.length > 1
      ? p.head[p.head.length - 2]!
      : lastHead;
  const headLower = headWord.lower.replace(/['\u2019]s$/, '');
  const body = bodyNamingHead(store, named, headSpan.end, headLower, headWord.cap);
  if (body) {
    fx.alias(body.ent, store.text.slice(body.span.start, headSpan.end));
    return spoke(fx, body);
  }
  // "a Bloomberg poll", "Statistics Canada data": the maker of the artifact is the source
  if (ARTIFACT_NOUNS.has(headLower)) {
    const maker = writingSource(store, fx, p, named, lastWordStart, headSpan.end, headLower);
    if (maker) return maker;
  }
  // a listed name the recognizer skipped (e.g. at the start of a sentence)
  const listed = listedHead(fx, p, headSpan);
  if (listed) return listed;
  // an apposition names the source: "Mary Smith, 46, of Halifax", "his wife, Ann Roe"
  const apposed = apposition(store, s, p.text, p.tokens, p.headEnd);
  // "... over the murder of Tom Bell, police said": a name ending what was said is no apposition
  if (apposed && !p.said.some((w) => w.start <= apposed.span.start && apposed.span.end <= w.end))
    return spoke(fx, apposed);
  const description = () =>
    describedSource(
      fx,
      s,
      describingPhrase(store, p, lastHead),
      p.head.map((t) => t.lower),
    );
  // "Major said" after "Dana Major testified": a bare capitalised role word is the surname
  // of a person already named before it is a description
  const surname = p.head.length === 1 && store.bySurname.has(headLower);
  const written = capitalisedHead(p, headLower);
  if (written === 'common') return surname ? newName(store, fx, p, description) : description();
  if (written === 'name') return newName(store, fx, p, description);
  if (p.head[0]!.lower === 'the') {
    const ent =
      (p.head.length === 2 ? formerOrLatter(store, s, headLower) : undefined) ??
      definiteDescription(store, fx, s, headLower);
    if (ent) {
      fx.speaker(fx.record(ent, s, 'descriptor'));
      return ent;
    }
  }
  const referent =
    epithetReferent(store, s, p.head, headLower) ??
    // "A Brookfield police sergeant told the jury ... Sgt. Ann Roe testified": a lede's role
    // (not "one Roe aide", whose owner is named in it)
    (isRoleNoun(headLower) && !named.some((m) => m.ent.kind === 'person')
      ? describedAfter(store, s, headLower)
      : undefined);
  if (referent) {
    fx.speaker(fx.record(referent, s, 'descriptor'));
    return referent;
  }
  const described = description();
  // Looked up in the index, not the entity's own list: "the mayor" may be mentioned thousands of times.
  const m = store.index.startingAt(s.start).find((x) => x.ent === described);
  if (m) fx.speaker(m);
  return described;
}

/** The maker of the artifact the phrase's head names ("a Bloomberg poll", "the report"). */
function writingSource(
  store: EntityStore,
  fx: Effects,
  p: Phrase,
  named: Mention[],
  lastWordStart: number,
  headEnd: number,
  head = p.head[p.head.length - 1]!.lower,
): Ent | undefined {
  const definite = p.head[0]!.lower === 'the';
  const artifact = artifactPhrase(p.span, head, definite, named, lastWordStart, headEnd);
  return artifactSource(store, fx, artifact, (span) => resolveSource(store, fx, span));
}

/**
 * How a source's head is written: a capitalised common noun ("Officials", "Police"), all
 * capitalised like a name, or neither. A role in capitals after "the" ("the MP", "the CEO") is
 * a description all the same.
 */
function capitalisedHead(p: Phrase, headLower: string): 'common' | 'name' | null {
  const last = p.head[p.head.length - 1]!;
  const surface = p.text.slice(last.start, last.end);
  // ... and so is a role capitalised by house style: "the Minister", "the Premier"
  const role = p.head.length === 2 && isRoleNoun(headLower);
  if (p.head[0]!.lower === 'the' && (role || /^\p{Lu}{2,4}$/u.test(surface))) return null;
  if (/^\p{Lu}/u.test(surface) && isCommonNoun(headLower)) return 'common';
  const capitalised = p.head.every(
    (t) => /^\p{Lu}/u.test(p.text.slice(t.start, t.end)) || t.lower === 'the',
  );
  return capitalised ? 'name' : null;
}

/** A listed name the recognizer skipped (e.g. at the start of a sentence): the head, "the" aside. */
function listedHead(fx: Effects, p: Phrase, headSpan: Span): Ent | undefined {
  const bare = p.head.filter((t) => t.lower !== 'the');
  const listed = GAZETTEER.get(bare.map((t) => t.lower).join(' '));
  if (
    !listed ||
    !matchesCase(
      listed,
      bare.map((t) => p.text.slice(t.start, t.end)),
    )
  )
    return undefined;
  const ent = listedEnt(fx, listed);
  fx.speaker(fx.record(ent, headSpan, 'name'));
  return ent;
}

function spoke(fx: Effects, m: Mention): Ent {
  fx.speaker(m);
  return m.ent;
}

/**
 * "the analyst", "the chamber": the person or body described or named so before; "the survey"
 * with no maker found: the one described before ("an industry survey indicated ...").
 */
function definiteDescription(
  store: EntityStore,
  fx: Effects,
  s: Span,
  head: string,
): Ent | undefined {
  // "the person", "the source": someone described so, else the unnamed one who last spoke
  if (SOMEONE_NOUNS.has(head))
    return describedBefore(store, s, head) ?? unnamedSpeakerBefore(store, s);
  // "the developer", "the regulator" alone: someone described so, else a body named before
  // ("the real estate developer" is someone)
  const described = isRoleNoun(head) ? describedBefore(store, s, head) : undefined;
  const alone = store.text.slice(s.start, s.end).trim().split(/\s+/).length <= 2;
  if (described || (isRoleNoun(head) && !(alone && isBodyNoun(head)))) return described;
  const writing = ARTIFACT_NOUNS.has(head) ? describedWritingBefore(store, s, head) : undefined;
  if (writing) return writing;
  if (isBodyNoun(head) || NAME_WORDS_FOR_BODY_NOUNS.has(head))
    return namedBodyBefore(store, fx, s, head);
  return undefined;
}

/** "her honour", "his honor": a judge addressed by a possessive and the word. */
function judgeAddress(lower: string): boolean {
  const [owner, word, ...rest] = lower.split(' ');
  return !rest.length && POSSESSIVE_DETERMINERS.has(owner!) && JUDGE_ADDRESS_WORDS.has(word ?? '');
}
