import type { Block, BlockKind, Entity } from '@sourcetrace/article-model';
import { makeDoc } from '../src/document.js';
import { collectEntities, type EntityTable, type SourceRequest } from '../src/entities/index.js';

// Builders for the entity tests: invented texts, one block per line.

/** A source or channel the table settles before it is finished: text (nth occurrence) or span. */
export type Ask =
  | string
  | [string, number]
  | { channel: string }
  | { role: 'source' | 'channel'; span: { start: number; end: number } };

export function blocksOf(text: string, firstKind: BlockKind): Block[] {
  const blocks: Block[] = [];
  const line = /[^\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    blocks.push({
      kind: blocks.length === 0 ? firstKind : 'paragraph',
      span: { start: m.index, end: m.index + m[0].length },
    });
  }
  return blocks;
}

/** One block per line; the first line may be given a kind (title, heading); `asks` settled in order. */
export function table(
  text: string,
  asks: Ask[] = [],
  firstKind: BlockKind = 'paragraph',
): EntityTable {
  const requests: SourceRequest[] = asks.map((ask) => {
    if (typeof ask === 'string') return { role: 'source', span: spanOf(text, ask) };
    if (Array.isArray(ask)) return { role: 'source', span: spanOf(text, ask[0], ask[1]) };
    if ('channel' in ask) return { role: 'channel', span: spanOf(text, ask.channel) };
    return ask;
  });
  return collectEntities(makeDoc(text, blocksOf(text, firstKind))).finish(requests);
}

export function named(t: EntityTable, name: string): Entity | undefined {
  return t.entities().find((e) => e.name === name);
}

export function people(t: EntityTable): string[] {
  return t
    .entities()
    .filter((e) => e.kind === 'person')
    .map((e) => e.name);
}

/** The span of the nth occurrence of `part` in `text`. */
export function spanOf(text: string, part: string, nth = 0) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(part, start + 1);
  if (start < 0) throw new Error(`not in text: ${part}`);
  return { start, end: start + part.length };
}

export function sourceName(
  t: EntityTable,
  text: string,
  part: string,
  nth = 0,
): string | undefined {
  const id = t.resolveSource(spanOf(text, part, nth));
  return t.entities().find((e) => e.id === id)?.name;
}
