// A section's label in capitals heading the paragraph it is joined to ("MARKETS Stocks fell").
import type { Token } from '../text/tokens.js';
import { SECTION_LABELS } from '../lexicon/quote-words.js';
import { GAZETTEER } from './gazetteer.js';
import { isDictionaryWord } from './data/dictionary.js';

/**
 * "MARKETS Stocks fell", "ANALYSIS Voters are tired": a word of five letters or more written in
 * capitals, a section's name (a listed label or a common English word), right before a word in
 * Title case: a section label run into the sentence it heads when a feed joins them, as
 * "MARKETS:" is with its colon. (An acronym before a name is short or no English word: "NATO
 * Secretary General", "CBC News".)
 */
export function labelRunIntoSentence(text: string, label: Token, next: Token): boolean {
  if (!label.word || label.end - label.start < MIN_LABEL_LETTERS || !next.word || !next.cap)
    return false;
  const surface = text.slice(label.start, label.end);
  const following = text.slice(next.start, next.end);
  return (
    /^\p{Lu}+$/u.test(surface) &&
    /^\p{Lu}\p{Ll}/u.test(following) &&
    (SECTION_LABELS.has(label.lower) || isDictionaryWord(label.lower)) &&
    !GAZETTEER.has(label.lower)
  );
}

/** Letters a section label run into its sentence has at least ("WORLD", "SPORTS"). */
const MIN_LABEL_LETTERS = 5;
