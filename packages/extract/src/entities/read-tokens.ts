import type { Block } from '@sourcetrace/article-model';
import type { Sentence } from '../text/sentences.js';
import type { Token } from '../text/tokens.js';
import { OPENING_MARKS } from './data/name-words.js';
import { type Ctx, isCap } from './name-scan.js';
import { SeenWords } from './seen-words.js';
import { labelRunIntoSentence } from './section-labels.js';

/**
 * The one walk over every token: which tokens open a sentence, block or quotation, the words
 * seen in lower case and capitalised, the long words for the Title Case test, and the tokens
 * the scan must read (most are lower case or marks, which it passes over).
 */
export function readTokens(
  text: string,
  tokens: Token[],
  blocks: Block[],
  sentences: Sentence[],
): Ctx {
  const n = tokens.length;
  const initial = new Uint8Array(n);
  // the first token at or after a sentence's or block's start opens it: marked in the one walk
  // over the tokens below rather than found by a binary search each
  const opens = new Int32Array(sentences.length + blocks.length);
  sentences.forEach((s, k) => (opens[k] = s.start));
  blocks.forEach((b, k) => (opens[sentences.length + k] = b.span.start));
  opens.sort(); // (a typed array sorts by value, with no comparison function to call)
  let open = 0;
  const lowerSeen = new SeenWords();
  const capSeen = new SeenWords();
  const longWords = new Int32Array(n + 1);
  const longCaps = new Int32Array(n + 1);
  const nextToScan = new Int32Array(n + 1).fill(n);
  let unscanned = 0; // the first token whose next token to scan is not known yet
  let words = 0;
  let caps = 0;
  for (let i = 0; i < n; i++) {
    const token = tokens[i]!;
    longWords[i] = words;
    longCaps[i] = caps;
    for (; open < opens.length && opens[open]! <= token.start; open++) initial[i] = 1;
    if (token.cap || (token.word && (token.lower === 'the' || mayBeParticleSurname(token))))
      for (; unscanned <= i; unscanned++) nextToScan[unscanned] = i;
    if (!token.word) continue;
    const before = tokens[i - 1];
    if (before && !before.word && OPENING_MARKS.has(before.lower)) initial[i] = 1;
    // the sentence opens again after a section label run into it ("MARKETS Stocks fell")
    if (token.cap && before && initial[i - 1] && labelRunIntoSentence(text, before, token))
      initial[i] = 1;
    const long = token.end - token.start >= 4;
    if (long) words++;
    if (!isCap(text, token)) lowerSeen.add(token.bare);
    else {
      if (long) caps++;
      if (!initial[i]) capSeen.add(token.bare);
    }
  }
  longWords[n] = words;
  longCaps[n] = caps;
  return {
    text,
    tokens,
    initial,
    lowerSeen,
    capSeen,
    longWords,
    longCaps,
    nextToScan,
    nickname: null,
    out: [],
  };
}

/**
 * Whether a lower-case token may be "al-Nouri" (see isParticleSurname): a hyphen after one to
 * three letters, read by code (a quick test for every lower-case word of the text).
 */
function mayBeParticleSurname(token: Token): boolean {
  const lower = token.lower;
  // (four characters at least, "a-Bc": no character is read past the end)
  return (
    lower.length >= 4 &&
    (lower.charCodeAt(1) === 45 || lower.charCodeAt(2) === 45 || lower.charCodeAt(3) === 45)
  );
}
