import type { Span } from '@sourcetrace/article-model';
import { SINGULAR_QUANTIFIERS } from '../../lexicon/words.js';
import { ROLE_GENDER, type Gender } from '../data/people.js';
import { isRoleNoun } from '../role-words.js';
import type { EntityStore } from '../store.js';

/**
 * "A nurse who has worked there for years described her nights. "...," she said.": the sentence
 * before the pronoun's opens on someone unnamed and new, whom the pronoun means rather than
 * whoever spoke before them. The span of that subject ("A nurse"), when it opens the sentence
 * right before, its role does not contradict the pronoun's gender, and no name follows it.
 */
export function describedSubjectBefore(
  store: EntityStore,
  span: Span,
  want: Gender,
): Span | undefined {
  const here = store.sentenceAt(span.start);
  const before = store.sentences[here - 1];
  if (!before) return undefined;
  const end = unnamedSubjectEnd(store.text.slice(before.start, before.end));
  if (end < 0) return undefined;
  const head = store.text
    .slice(before.start, before.start + end)
    .split(/\s+/)
    .at(-1)!;
  const gender = ROLE_GENDER.get(head);
  if (gender && gender !== 'unknown' && gender !== want) return undefined;
  // "A nurse, Lena Park, said", "A nurse at the clinic, Lena Park said", "A likely pick, Ruiz
  // is ...": a name after the first comma is who the sentence is about
  if (NAME_AFTER_FIRST_COMMA.test(store.text.slice(before.start + end, before.end)))
    return undefined;
  return { start: before.start, end: before.start + end };
}

const NAME_AFTER_FIRST_COMMA = /^[^,]*,\s*\p{Lu}/u;

/**
 * Where an unnamed subject opening the sentence ends, after its role noun: an indefinite article
 * or a quantifier of one, up to three lower-case words, the role ("A nurse", "One
 * retired night nurse"); -1 when the sentence opens otherwise.
 */
function unnamedSubjectEnd(sentence: string): number {
  const words = /^(\p{Lu}\p{Ll}*)((?:\s+\p{Ll}[\p{Ll}-]*){1,4})/u.exec(sentence);
  if (!words) return -1;
  const opener = words[1]!.toLowerCase();
  if (opener !== 'a' && opener !== 'an' && !SINGULAR_QUANTIFIERS.has(opener)) return -1;
  let end = words[1]!.length;
  for (const word of words[2]!.matchAll(/\s+(\S+)/gu)) {
    end += word[0].length;
    if (isRoleNoun(word[1]!)) return end;
  }
  return -1;
}
