import type { Annotation, BlockKind, Run } from '@sourcetrace/article-model';

type QuoteAnnotation = Extract<Annotation, { type: 'quote' }>;

/** Consecutive runs inside one piece of one quote (quoteId set), or outside any quote. */
export interface Segment {
  quote: QuoteAnnotation | null;
  runs: Run[];
}

/** A block of the article (paragraph, heading, …) or text no block covers (kind null). */
export interface Paragraph {
  kind: BlockKind | null;
  segments: Segment[];
}

function blockOf(run: Run): Extract<Annotation, { type: 'block' }> | null {
  for (const annotation of run.annotations) if (annotation.type === 'block') return annotation;
  return null;
}

/** The quote whose content this run is part of (the first, should quotes ever overlap). */
export function quoteContentOf(run: Run): QuoteAnnotation | null {
  for (const annotation of run.annotations) {
    if (annotation.type === 'quote' && annotation.part === 'content') return annotation;
  }
  return null;
}

/**
 * Groups the overlay's runs into paragraphs (by block) and, inside them, into quote pieces,
 * so each piece of a quote becomes one focusable element. Line breaks that no block covers
 * (the blank lines between paragraphs) end a paragraph: the paragraph elements space themselves.
 */
export function layoutRuns(runs: Run[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let paragraph: Paragraph | null = null;
  let blockIndex: number | null = null;
  let segment: Segment | null = null;
  let previousEnd = -1;

  for (const run of runs) {
    const block = blockOf(run);
    if (!block && run.text.trim() === '' && run.text.includes('\n')) {
      paragraph = null;
      segment = null;
      continue;
    }
    const index = block ? block.index : null;
    if (!paragraph || index !== blockIndex) {
      paragraph = { kind: block ? block.kind : null, segments: [] };
      paragraphs.push(paragraph);
      blockIndex = index;
      segment = null;
    }
    const quote = quoteContentOf(run);
    const continues =
      segment !== null && run.start === previousEnd && segment.quote?.quoteId === quote?.quoteId;
    if (!segment || !continues) {
      segment = { quote, runs: [] };
      paragraph.segments.push(segment);
    }
    segment.runs.push(run);
    previousEnd = run.end;
  }
  return paragraphs;
}
