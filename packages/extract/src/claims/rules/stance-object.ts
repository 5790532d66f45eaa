import { LABELLING_AS_FORMS, SAYING_TRIGGERS, inflect } from '../../lexicon/cues.js';
import {
  DISPUTING_VERBS,
  LABELLING_VERBS,
  SPEECH_OBJECT_VERBS,
  STANCE_OBJECT_PAST_ONLY,
  STANCE_OBJECT_VERBS,
} from '../../lexicon/stance-verbs.js';
import {
  AUXILIARIES,
  CLAUSE_OPENERS,
  CONTRASTING_CONNECTIVES,
  DETERMINERS,
  OBJECT_PRONOUNS,
  PREPOSITIONS,
  REFLEXIVE_PRONOUNS,
} from '../../lexicon/words.js';
import { POSSESSIVE_DETERMINERS } from '../../entities/data/source-words.js';
import type { Phrases } from '../../quotes/phrases.js';
import { ANSWER_WORDS, REFERRING_WORDS } from '../../lexicon/quote-words.js';
import { frontedClauseEnd } from '../../quotes/rules/shared.js';
import {
  objectReadsAsNounPhrase,
  secondVerbOfSubject,
  withholdsFromSomeone,
} from '../../quotes/rules/noun-object.js';
import { complementAfterAs } from '../../quotes/cue-complements.js';
import type { CueRule, CueSite } from '../../quotes/rules/types.js';

export const STANCE_OBJECT_CONFIDENCE = 0.6;

/** Each form with its lemma; "attacked" but not "attack", which is mostly a noun. */
const FORMS = new Map<string, string>([
  ...STANCE_OBJECT_VERBS.flatMap((lemma) => inflect(lemma).map((form) => [form, lemma] as const)),
  ...STANCE_OBJECT_PAST_ONLY.map((lemma) => [inflect(lemma)[2]!, lemma] as const),
]);
const DISPUTING = new Set(DISPUTING_VERBS);
/** A verb form whose noun-phrase object is a stance of its own ("criticised", "praised"). */
export function takesStanceObject(lower: string): boolean {
  return FORMS.has(lower);
}

/** Verbs of saying, whose object is a stance only when it reads as a noun phrase. */
const SPEECH_FORMS = new Map(
  SPEECH_OBJECT_VERBS.flatMap((lemma) => inflect(lemma).map((form) => [form, lemma] as const)),
);
/** Verbs of labelling, whose object is a stance only with a label after it. */
const LABELLING_FORMS = new Set(LABELLING_VERBS.flatMap(inflect));

/**
 * `The union criticised the plan.` / `Ann Roe disputed the figures.`: a named speaker takes a
 * stance on something named by a noun phrase. No clause is reported, so this is a claim of the
 * speaker's position (hedge `disputed` for verbs that contest it), never a quote. A verb of
 * saying with a noun phrase (`Harlow Foods reported a profit.`, `Ann Roe denied the allegations.`)
 * vouches for a thing in the same way.
 */
export const stanceObject: CueRule = {
  name: 'stance-object',
  stage: 'cue',
  triggers: new Set([
    ...FORMS.keys(),
    ...SPEECH_FORMS.keys(),
    ...LABELLING_FORMS,
    ...LABELLING_AS_FORMS,
  ]),
  produces: { claim: ['none', 'disputed'] },
  confidence: STANCE_OBJECT_CONFIDENCE,
  match(site) {
    const { p, hi, lower, make } = site;
    const cue = site.cue();
    const clause = cue && site.reportingClause();
    if (!cue || !clause || clause.right.ends) return null;
    // inside someone's reported words a stance is part of what they said, unless a comma or
    // dash and a connective set off a clause of its own: `said the fund is solvent, while the
    // union has accused him of ...`
    const { boundary, connective } = clause;
    const contrast = CONTRASTING_CONNECTIVES.has(p.lower(boundary));
    if (site.open && !(contrast && p.isPunct(boundary - 1, ',;\u2014\u2013'))) return null;
    const start = clause.right.contentStart;
    if (start >= hi || !opensObject(p, start) || withholdsFromSomeone(p, lower, start)) return null;
    // "After the mayor criticised the plan, Kemp ...": the object ends with the fronted clause
    // ("... framed the levy as a tax; the union said ...": or with its semicolon)
    const fronted = frontedClauseEnd(site, clause.boundary, start) ?? semicolonAfter(p, start, hi);
    // ("reported a profit and raised its forecast": or with a second verb of the subject)
    const second = fronted === null ? secondVerbOfSubject(p, start, hi) : -1;
    const end = fronted ?? (second > start ? second : hi);
    // ("painted her rival as a crook": the cue was read with its "as")
    const fits = LABELLING_FORMS.has(lower)
      ? labels(p, start, end, lower)
      : LABELLING_AS_FORMS.has(lower)
        ? cue.cls === 'stance' && !participleAlone(site)
        : FORMS.has(lower) || objectReadsAsNounPhrase(p, start, end);
    if (!fits) return null;
    const attribution = make(
      'stance',
      [[start, end]],
      cue.span,
      clause.source,
      'stance-object',
      STANCE_OBJECT_CONFIDENCE,
    );
    // quoted words are the quote rules' to read, after any verb of saying they know; after
    // another verb (`portrayed the mayor as a "puppet"`) the stance keeps them
    if (!attribution || (attribution.verbatim.length && SAYING_TRIGGERS.has(lower))) return null;
    const lemma = FORMS.get(lower) ?? SPEECH_FORMS.get(lower);
    if ((lemma && DISPUTING.has(lemma)) || lemma === 'deny') attribution.hedge = 'disputed';
    const cutAt = connective && p.isPunct(boundary - 1, ',') ? boundary - 1 : boundary;
    return {
      type: 'open',
      attribution,
      contentStart: start,
      cutAt,
      closesAt: fronted ?? undefined,
    };
  },
};

/**
 * `called the plan a disgrace`, `dubbed him a traitor`, `called her son her hero`: an object of
 * one to four words, then "a", "an" or an owner's word opening the label; or oneself labelled
 * (`called himself pro-choice`); or "as" and the label after any verb but "call" (`branded the
 * levy as a tax`; `called the police as a precaution` labels nothing). `called a meeting` or
 * `called the police after a crash` label nothing.
 */
function labels(p: Phrases, start: number, hi: number, lower: string): boolean {
  if (REFLEXIVE_PRONOUNS.has(p.lower(start)))
    return start + 1 < hi && p.isWord(start + 1) && !PREPOSITIONS.has(p.lower(start + 1));
  for (let k = start + 1; k < Math.min(hi, start + 5); k++) {
    if (!p.isWord(k)) return false;
    const word = p.lower(k);
    if (word === 'a' || word === 'an' || POSSESSIVE_DETERMINERS.has(word)) return true;
    if (word === 'as') return !lower.startsWith('call') && complementAfterAs(p, k);
    if (PREPOSITIONS.has(word) || AUXILIARIES.has(word) || CLAUSE_OPENERS.has(word)) return false;
  }
  return false;
}

/** The object starts here: an infinitive, or a word that is no preposition, auxiliary or bare pronoun. */
export function opensObject(p: Phrases, i: number): boolean {
  if (!p.isWord(i) || !p.outside(i)) return false;
  const first = p.lower(i);
  // "agreed to pay", "decided to run": an infinitive is the position taken
  if (first === 'to') return p.isWord(i + 1) && !p.cap(i + 1) && !DETERMINERS.has(p.lower(i + 1));
  if (PREPOSITIONS.has(first) || AUXILIARIES.has(first)) return false;
  // "praised them.", "disputed that.", "voted no.": a word pointing back or an answer names
  // nothing here
  const bare = !p.isWord(i + 1);
  const nothing =
    OBJECT_PRONOUNS.has(first) || REFERRING_WORDS.has(first) || ANSWER_WORDS.has(first);
  return !(bare && nothing);
}

/** The first semicolon outside quote marks in [from, hi) with words after it, or null. */
function semicolonAfter(p: Phrases, from: number, hi: number): number | null {
  for (let k = from; k < hi; k++)
    if (p.isPunct(k, ';') && p.outside(k)) return p.isWord(k + 1) && k + 1 < hi ? k : null;
  return null;
}

/**
 * "T-shirts portraying the senator as ...", "an ad, casting him as ...": a participle in -ing
 * with no auxiliary describes a thing or hangs on a clause before, whose subject is not before it.
 */
function participleAlone(site: CueSite): boolean {
  return site.lower.endsWith('ing') && site.cue()!.group.start === site.c;
}
