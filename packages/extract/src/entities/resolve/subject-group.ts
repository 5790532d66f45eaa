import type { Span } from '@sourcetrace/article-model';
import { PREPOSITIONS } from '../../lexicon/words.js';
import { tokenize } from '../../text/tokens.js';
import { PEOPLE_PLURALS } from '../data/people.js';
import { isBodyNoun } from '../data/source-words.js';
import { LEADING_DETERMINERS } from '../data/words.js';
import type { Effects, EntityStore } from '../store.js';
import type { Ent } from '../types.js';
import { describedSource } from './described.js';
import { isRoleWord } from '../role-words.js';

/** Words before the plural at most: "Republican state senators". */
const MODIFIERS = 3;

/**
 * "Transit workers are eager to return, and they say ...", "Dock workers were furious. They
 * said ...": a plural of people opening the pronoun's own sentence as its subject, or the
 * sentence before when the pronoun opens its own, is who "they" are, before anyone named
 * earlier. The phrase is the whole subject: words and no punctuation up to the plural (none of
 * them a verb in -s, which would make the plural its object), a word after it that is no
 * preposition ("Workers at the plant" is left to the resolver), and no name in it (a named body
 * is the resolver's to weigh).
 */
export function groupOpeningSentence(
  store: EntityStore,
  fx: Effects,
  pronoun: Span,
): Ent | undefined {
  const here = store.sentenceAt(pronoun.start);
  const start = store.sentences[here]?.start ?? 0;
  const own = groupOpening(store, fx, start, pronoun.start);
  if (own !== undefined || here === 0 || !opensSentence(store.text, start, pronoun.start))
    return own;
  return groupOpening(store, fx, store.sentences[here - 1]!.start, start);
}

/** Only spaces and an opening mark or dash before the pronoun in its sentence. */
function opensSentence(text: string, start: number, at: number): boolean {
  return /^[\s"'\u201c\u2018\u2014-]*$/.test(text.slice(start, at));
}

/** The plural of people opening the sentence that starts at `start`, read up to `end`. */
function groupOpening(
  store: EntityStore,
  fx: Effects,
  start: number,
  end: number,
): Ent | undefined {
  if (store.isQuoted(start)) return undefined;
  const text = store.text.slice(start, end);
  const tokens = tokenize(text.slice(0, 160));
  for (let k = 0; k <= MODIFIERS && k + 1 < tokens.length; k++) {
    const token = tokens[k]!;
    if (!token.word || PREPOSITIONS.has(token.lower)) return undefined;
    // "Some workers", "Many say": a determiner is not the group, the noun after it is
    if (!PEOPLE_PLURALS.has(token.lower) || LEADING_DETERMINERS.has(token.lower)) {
      // a word in -s before the plural is a verb ("That frustrates many analysts"): no subject group
      if (k > 0 && token.lower.endsWith('s') && !token.cap) return undefined;
      continue;
    }
    const next = tokens[k + 1]!;
    if (!next.word || PREPOSITIONS.has(next.lower)) return undefined;
    const phrase: Span = { start, end: start + token.end };
    if (store.index.overlapping(phrase).length > 0) return undefined;
    const words = tokens.slice(0, k + 1).map((t) => t.lower);
    return describedSource(fx, phrase, text.slice(0, token.end), words);
  }
  return undefined;
}

/** Words "The" may take before the body noun it opens with: "The city's transit agency". */
const BODY_MODIFIERS = 2;

/**
 * "The company cut its forecast on Monday. It said demand had weakened.": an unnamed body
 * opening the pronoun's sentence or the one before is what "it" stands for when nothing named
 * is; its span, to be read as any source is ("The union leader" is a person, not the union).
 */
export function bodyOpeningBefore(store: EntityStore, pronoun: Span): Span | undefined {
  const here = store.sentenceAt(pronoun.start);
  for (const n of [here, here - 1]) {
    const sentence = store.sentences[n];
    if (!sentence || sentence.start >= pronoun.start || store.isQuoted(sentence.start)) continue;
    const text = store.text.slice(sentence.start, Math.min(sentence.end, pronoun.start));
    const tokens = tokenize(text.slice(0, 80));
    if (tokens[0]?.lower !== 'the') continue;
    // ("The ministry's press office": an owner's body noun leaves the head to what it owns)
    for (let k = 1, last = BODY_MODIFIERS + 1; k <= last && k < tokens.length; k++) {
      const token = tokens[k]!;
      if (token.bare !== token.lower) last = k + BODY_MODIFIERS + 1;
      if (!isBodyNoun(token.bare) || token.bare !== token.lower) continue;
      if (isRoleWord(tokens[k + 1]?.lower ?? '')) continue;
      // "the press office", "the transit agency board": the last of the body nouns heads it
      let head = k;
      while (tokens[head + 1] && isBodyNoun(tokens[head + 1]!.lower)) head++;
      return { start: sentence.start, end: sentence.start + tokens[head]!.end };
    }
  }
  return undefined;
}
