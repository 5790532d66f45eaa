import type { Block, Span } from '@sourcetrace/article-model';

export interface Sentence extends Span {
  /** Index of the block the sentence lies in. */
  block: number;
}

/** Splits each block into sentences. Deliberately simple for now: ". ", "? ", "! " boundaries. */
export function splitSentences(text: string, blocks: Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, index) => {
    let start = block.span.start;
    const boundary = /[.!?]["'”’)]?\s+/g;
    boundary.lastIndex = start;
    const slice = text.slice(0, block.span.end);
    for (let m = boundary.exec(slice); m; m = boundary.exec(slice)) {
      const end = m.index + m[0].trimEnd().length;
      if (end > start) sentences.push({ start, end, block: index });
      start = m.index + m[0].length;
    }
    if (block.span.end > start) sentences.push({ start, end: block.span.end, block: index });
  });
  return sentences;
}
