import { AUDIENCE_WORDS, MEDIA_NOUNS, MEDIUM_WORDS, OUTLET_WORDS } from '../lexicon/words.js';
import type { TokenReader } from './token-reader.js';

/** What the test reads: the tokens and the text they are cut from (`Phrases` provides both). */
type OutletReader = TokenReader & { readonly text: string };

/**
 * Whether tokens [first, last) read as a news organisation by their words: "the station" (an
 * outlet named before, written small), "the broadcaster NordTV" (the nouns before the outlet's
 * name), a capitalised outlet word ("Harbour Herald") or a broadcaster's acronym ("CBC").
 */
export function isOutletPhrase(p: OutletReader, first: number, last: number): boolean {
  const noun = p.lower(first) === 'the' ? first + 1 : first;
  if (MEDIA_NOUNS.has(p.lower(noun)) && !p.cap(noun)) {
    // ("the daily newspaper Kelby Post": two such nouns)
    const name = MEDIA_NOUNS.has(p.lower(noun + 1)) && !p.cap(noun + 1) ? noun + 2 : noun + 1;
    for (let k = name; k < last; k++) if (!p.cap(k)) return false;
    return last === name ? name - noun === 1 && noun > first : true;
  }
  // "TV", "Radio" alone are a medium, no outlet ("Speaking on TV, ...")
  if (last - first === 1 && MEDIUM_WORDS.has(p.lower(first))) return false;
  let capitalised = 0;
  let outletWord = false;
  for (let i = first; i < last; i++) {
    if (p.cap(i)) capitalised++;
    const l = p.lower(i);
    if (OUTLET_WORDS.has(l) && p.cap(i)) outletWord = true;
    const surface = p.text.slice(p.tokens[i]!.start, p.tokens[i]!.end);
    if (/^[A-Z]{2,5}$/.test(surface) && OUTLET_WORDS.has(l)) outletWord = true;
  }
  return capitalised > 0 && outletWord && !AUDIENCE_WORDS.has(p.lower(last - 1));
}
