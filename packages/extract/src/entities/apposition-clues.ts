// Whether the words after a name's comma are its apposition, or a clause of their own: after a
// phrase fronted before the main clause ("According to Tom Vey, the minister ..."), or spoken in
// an aside about the name ("Ada Kemp, the mayor said, was ...").
import { FRAMING_SUBORDINATORS, PREPOSITIONS } from '../lexicon/words.js';
import { FRAMING_OPENERS } from '../lexicon/framing-openers.js';
import { FRONTED_PARTICIPLES } from './data/source-words.js';
import { isIngForm } from './data/dictionary.js';
import { isBaseForm } from '../lexicon/cues.js';
import { isSpeechVerb, type Ctx } from './name-scan.js';

/** Words a fronted phrase holds before its name ("In a statement read by their lawyer"). */
const MAX_FRONTED_WORDS = 8;

/** The sentence's words before the name: a first word, then up to seven more. */
const FRONTED_WORDS = new RegExp(
  String.raw`^(\p{L}+)(?:\s+[\p{L}\p{N}.'\u2019-]+){0,${MAX_FRONTED_WORDS - 1}}\s+$`,
  'u',
);

/** "According to" a few words and a comma: the name after it is the source's apposition. */
const SOURCE_SET_OFF = /^according\s+to(?:\s+[\p{L}\p{N}.'\u2019-]+){1,6},\s+$/iu;

/**
 * The name at `nameStart` closes a phrase that opens its sentence (at `sentenceStart`) on a
 * preposition, a framing word or subordinator, or a participle, with words only between:
 * "According to Tom Vey,", "In a letter to Ada Kemp,", "After meeting Ivo Marr,", "Speaking to
 * Lena Holt,", "Asked about Ivo Marr,". What follows its comma is the sentence's main clause, no apposition of the name.
 */
export function closesFrontedPhrase(
  text: string,
  sentenceStart: number,
  nameStart: number,
): boolean {
  if (nameStart <= sentenceStart) return false;
  const before = text.slice(sentenceStart, nameStart);
  // "According to a spokeswoman for the campaign, Lena Holt,": a name set off after the source
  if (SOURCE_SET_OFF.test(before)) return true;
  const words = FRONTED_WORDS.exec(before);
  if (!words) return false;
  const first = words[1]!.toLowerCase();
  return (
    PREPOSITIONS.has(first) ||
    FRAMING_SUBORDINATORS.has(first) ||
    FRAMING_OPENERS.has(first) ||
    FRONTED_PARTICIPLES.has(first) ||
    isIngForm(first)
  );
}

/**
 * "Ada Kemp, the mayor said, was not there", "Roe, an aide said, \u201cis sure\u201d": the role
 * before the verb of saying at k speaks in an aside about the name, whose clause goes on in lower
 * case after the comma (but "Ivo Marr, head of the league stated, \u201cIt is over.\u201d" is
 * his apposition). A verb's base form may be a noun: "Ada Kemp, author of the report, and ...".
 */
export function roleSpeaksAside(ctx: Ctx, k: number): boolean {
  const { tokens } = ctx;
  const verb = tokens[k];
  if (tokens[k + 1]?.lower !== ',' || verb?.cap !== false || isBaseForm(verb.lower)) return false;
  const next = tokens[k + 2];
  const resumed = next && !next.word ? tokens[k + 3] : next;
  return resumed?.word === true && !resumed.cap && isSpeechVerb(ctx, k);
}

/** The name at token `start` closes a phrase fronted before its sentence's main clause. */
export function inFrontedPhrase(ctx: Ctx, start: number): boolean {
  for (let k = start - 1; k >= 0 && start - k <= MAX_FRONTED_TOKENS; k--) {
    if (ctx.initial[k])
      return closesFrontedPhrase(ctx.text, ctx.tokens[k]!.start, ctx.tokens[start]!.start);
  }
  return false;
}

/** Tokens back from a name that its sentence's first word is looked for. */
const MAX_FRONTED_TOKENS = 8;
