import type { Span } from '@sourcetrace/article-model';
import { ARTIFACT_NOUNS, IT, THEY, WRITTEN_NOUNS } from '../data/source-words.js';
import type { Effects, EntityStore } from '../store.js';
import type { Ent } from '../types.js';
import { artifactPhrase, artifactSource } from './artifact.js';
import { antecedent, resolvePronoun } from './pronouns.js';
import { bodyOpeningBefore, groupOpeningSentence } from './subject-group.js';
import { describedSubjectBefore } from './described-subject.js';

/**
 * The source a pronoun stands for: a group or a body opening the sentence for "they" and "it",
 * the antecedent resolvePronoun finds, else the body opening a sentence before for "it"; for
 * "it" reading out words, the thing read (writtenSource). `resolvePhrase` reads a source phrase.
 */
export function pronounSource(
  store: EntityStore,
  fx: Effects,
  span: Span,
  lower: string,
  said: readonly Span[],
  resolvePhrase: (span: Span) => Ent | undefined,
): Ent | undefined {
  if (IT.has(lower) && readsOut(store.text, span.end))
    return writtenSource(store, fx, span, resolvePhrase);
  const body = (s: Span | undefined) => (s ? resolvePhrase(s) : undefined);
  const found =
    (THEY.has(lower) ? groupOpeningSentence(store, fx, span) : undefined) ??
    resolvePronoun(store, fx, span, lower, said, undefined, (want) =>
      body(describedSubjectBefore(store, span, want)),
    );
  // "it" is the body opening this or the sentence before ("The finance ministry welcomed the
  // cut. In a statement, it said ..."), unless what was found is named that near too
  const namedNear = (e: Ent) => antecedent(store, span, (m) => m === e, 'window') === e;
  const opening =
    IT.has(lower) && !(found && namedNear(found)) ? bodyOpeningBefore(store, span) : undefined;
  const ent = (opening ? body(opening) : undefined) ?? found;
  if (ent) fx.speaker(fx.record(ent, span, 'pronoun'));
  return ent;
}

/** How many sentences back the thing "it" reads from may have been introduced. */
const SENTENCES_BACK = 2;

/** "it read", "it reads": the pronoun is a thing with words on it, not someone named before. */
function readsOut(text: string, pronounEnd: number): boolean {
  return /^\s+reads?\b/.test(text.slice(pronounEnd, pronounEnd + 8));
}

/**
 * The source of "it" reading out words (`"We never closed," it read.`): the maker of the letter,
 * statement or sign introduced just before, read as "the letter" would be; undefined when there
 * is none, rather than a person, a place or a body merely named nearby.
 */
function writtenSource(
  store: EntityStore,
  fx: Effects,
  span: Span,
  resolvePhrase: (span: Span) => Ent | undefined,
): Ent | undefined {
  const from = store.sentenceStartBack(span.start, SENTENCES_BACK);
  let head: string | undefined;
  for (const word of store.text.slice(from, span.start).matchAll(/\p{L}[\p{L}-]*/gu)) {
    const lower = word[0].toLowerCase();
    if (ARTIFACT_NOUNS.has(lower) || WRITTEN_NOUNS.has(lower)) head = lower;
  }
  if (!head) return undefined;
  const written = artifactPhrase(span, head, true, [], span.start, span.end);
  return artifactSource(store, fx, written, resolvePhrase);
}
