// "A reporter asked Ivo Marr whether the plant would close. "Absolutely not," he said.": the
// reply is from the one asked, not the asker who spoke last.
import type { Span } from '@sourcetrace/article-model';
import type { EntityStore } from '../store.js';
import type { Ent, Mention } from '../types.js';

/** "asked" right before the name, a capitalised title between or none ("asked Mayor"). */
const ASKED_BEFORE = /\basked\s+(?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}$/u;

/** A question's opening right after the one asked: "whether", "if", "why", "about" ... */
const QUESTION_AFTER = /^\s*(?:whether|if|why|what|how|when|where|who|about)\b/i;

/** A verb of saying before the question: the sentence is someone's account of it. */
const TOLD_BY_ANOTHER = /\b(?:said|says|told|tells)\b/i;

/** How far before a name "asked" and a title may stand. */
const MAX_LEAD = 60;

/**
 * The person asked a question in the sentence just before the pronoun's ("asked Ivo Marr
 * whether ..."), when `fits`: who a reply's "he" or "she" stands for.
 */
export function askedJustBefore(
  store: EntityStore,
  span: Span,
  fits: (e: Ent, m: Mention) => boolean,
): Ent | undefined {
  const before = store.sentences[store.sentenceAt(span.start) - 1];
  if (!before || !store.lowerSlice(before.start, before.end).includes('asked ')) return undefined;
  for (const m of store.index.overlapping(before)) {
    if (m.quoted || !fits(m.ent, m)) continue;
    const lead = store.text.slice(Math.max(before.start, m.span.start - MAX_LEAD), m.span.start);
    const after = store.text.slice(m.span.end, m.span.end + 10);
    if (!ASKED_BEFORE.test(lead) || !QUESTION_AFTER.test(after)) continue;
    // ("..., she said, was the question a man asked Ada Kemp": someone else tells of it)
    return TOLD_BY_ANOTHER.test(store.text.slice(before.start, m.span.start)) ? undefined : m.ent;
  }
  return undefined;
}
