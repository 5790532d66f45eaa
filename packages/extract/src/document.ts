import type { Block } from '@sourcetrace/article-model';
import { findQuoted, isNicknameInName, type Quoted } from './quotes/marks.js';
import { sentenceAt, splitSentences, type Sentence } from './text/sentences.js';
import { tokenize, type Token } from './text/tokens.js';
import { creditSentences } from './input/credit-sentences.js';
import { FIRST_NAME_GENDER } from './entities/gazetteer.js';

/** The fixed text with its structure, shared by every extraction stage. */
export interface Doc {
  text: string;
  blocks: Block[];
  tokens: Token[];
  sentences: Sentence[];
  /** The passages inside quote marks, found once: what every stage takes for quoted words. */
  quoted: Quoted[];
  /** Per sentence: captions, credits and bios flattened into the prose, not the story's words. */
  credits: boolean[];
}

/** Reads the structure of a text whose blocks are known. */
export function makeDoc(text: string, blocks: Block[], tokens: Token[] = tokenize(text)): Doc {
  const sentences = splitSentences(text, blocks, tokens);
  return {
    text,
    blocks,
    tokens,
    sentences,
    quoted: findQuoted(text, blocks).filter((q) => !nicknameInProse(text, blocks, q)),
    credits: creditSentences(text, sentences),
  };
}

/**
 * A nickname inside a name in a paragraph, after a first name the list knows: no quoted words
 * (see isNicknameInName; not `Ada Kemp Calls 'Reckless' Rivals Out`).
 */
function nicknameInProse(text: string, blocks: Block[], q: Quoted): boolean {
  if (!isNicknameInName(text, q)) return false;
  const given = /([\p{L}'\u2019-]+)\s*$/u.exec(text.slice(Math.max(0, q.start - 20), q.start));
  if (!given || !FIRST_NAME_GENDER.has(given[1]!.toLowerCase())) return false;
  const block = blocks.find((b) => b.span.start <= q.start && q.start < b.span.end);
  return block?.kind === 'paragraph';
}

/**
 * A Doc whose every non-empty line is a paragraph: for reading plain text without block
 * detection (tests of the attribution rules use it so that no line is taken for a title).
 */
export function docFromLines(text: string): Doc {
  const blocks: Block[] = [];
  const line = /[^\r\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].trimEnd().length;
    if (end > start) blocks.push({ kind: 'paragraph', span: { start, end } });
  }
  return makeDoc(text, blocks);
}

/** Whether the offset lies in a caption, credit or bio sentence (Doc.credits). */
export function inCredit(doc: Doc, offset: number): boolean {
  const index = sentenceAt(doc.sentences, offset);
  const sentence = doc.sentences[index];
  return (
    !!sentence && offset >= sentence.start && offset < sentence.end && doc.credits[index] === true
  );
}
