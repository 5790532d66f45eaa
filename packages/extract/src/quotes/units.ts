import type { Doc } from '../document.js';
import type { Quoted } from './marks.js';
import { ScratchBytes } from '../scratch-bytes.js';

/** Where a token stands relative to quote marks. */
export const QuoteState = { Outside: 0, Inside: 1, Open: 2, Close: 3 } as const;

/**
 * A stretch of one block that attribution reads at once: a sentence, or several when a quoted
 * passage runs across sentence ends ("We won. We earned it," she said.).
 */
export interface Unit {
  start: number;
  end: number;
  block: number;
  /** Token range [first, last). */
  first: number;
  last: number;
  /** Quoted passages that start inside the unit. */
  quoted: Quoted[];
}

const STATES = new ScratchBytes();

/**
 * Marks every token inside, opening or closing a quoted passage, in one merge pass. The marks
 * are scratch bytes (ScratchBytes), read only while the text's attributions are found.
 */
export function quoteStates(doc: Doc, quoted: Quoted[]): Uint8Array {
  const states = STATES.take(doc.tokens.length);
  let q = 0;
  for (let i = 0; i < doc.tokens.length; i++) {
    const token = doc.tokens[i]!;
    while (q < quoted.length && quoted[q]!.end <= token.start) q++;
    const passage = quoted[q];
    if (!passage || token.start < passage.start) continue;
    if (token.start < passage.inner.start) states[i] = QuoteState.Open;
    else if (passage.closed && token.start >= passage.inner.end) states[i] = QuoteState.Close;
    else states[i] = QuoteState.Inside;
  }
  return states;
}

/** Groups sentences into units so that no quoted passage is cut by a sentence end. */
export function buildUnits(doc: Doc, quoted: Quoted[]): Unit[] {
  const units: Unit[] = [];
  let q = 0;
  let t = 0;
  for (const sentence of doc.sentences) {
    while (t < doc.tokens.length && doc.tokens[t]!.start < sentence.start) t++;
    const first = t;
    while (t < doc.tokens.length && doc.tokens[t]!.end <= sentence.end) t++;
    const previous = units.at(-1);
    const inside: Quoted[] = [];
    while (q < quoted.length && quoted[q]!.start < sentence.end) {
      if (quoted[q]!.start >= sentence.start) inside.push(quoted[q]!);
      q++;
    }
    const crossing =
      previous &&
      previous.block === sentence.block &&
      previous.quoted.some((p) => p.end > previous.end);
    if (crossing) {
      previous.end = sentence.end;
      previous.last = t;
      for (const q of inside) previous.quoted.push(q); // (no spread: a unit may hold thousands)
    } else {
      units.push({
        start: sentence.start,
        end: sentence.end,
        block: sentence.block,
        first,
        last: t,
        quoted: inside,
      });
    }
  }
  return units;
}
