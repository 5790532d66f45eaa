import type { Article, BlockKind, Hedge, MentionForm, QuoteKind } from './schemas.js';

/** What covers a run of text. A run carries every annotation whose span contains it. */
export type Annotation =
  | { type: 'block'; kind: BlockKind; index: number }
  | { type: 'mention'; entityId: string; form: MentionForm }
  | {
      type: 'quote';
      quoteId: string;
      speakerId: string | null;
      kind: QuoteKind;
      /** content: what was said; verbatim: inside quote marks; cue: the verb; source: the speaker as written. */
      part: 'content' | 'verbatim' | 'cue' | 'source';
    }
  | {
      type: 'claim';
      claimId: string;
      sourceId: string | null;
      hedge: Hedge;
      part: 'content' | 'cue' | 'source';
    };

export interface Run {
  start: number;
  end: number;
  text: string;
  annotations: Annotation[];
}

export interface OverlayOptions {
  /** Which annotation types to include; all by default. */
  include?: ReadonlyArray<Annotation['type']>;
}

interface Marked {
  start: number;
  end: number;
  annotation: Annotation;
}

/**
 * Cuts the article text into ordered, non-overlapping runs that together cover the whole text,
 * each carrying the annotations over it. Front ends render runs, so every highlight lines up.
 * Runs in O((n + a) log a) for a annotations.
 */
export function overlay(article: Article, options: OverlayOptions = {}): Run[] {
  const include = new Set(options.include ?? ['block', 'mention', 'quote', 'claim']);
  const length = article.text.length;
  const marks: Marked[] = [];
  const add = (start: number, end: number, annotation: Annotation) => {
    const s = Math.max(0, Math.min(start, length));
    const e = Math.max(0, Math.min(end, length));
    if (s < e) marks.push({ start: s, end: e, annotation });
  };

  if (include.has('block')) {
    article.blocks.forEach((block, index) =>
      add(block.span.start, block.span.end, { type: 'block', kind: block.kind, index }),
    );
  }
  if (include.has('mention')) {
    for (const entity of article.entities) {
      for (const mention of entity.mentions) {
        add(mention.span.start, mention.span.end, {
          type: 'mention',
          entityId: entity.id,
          form: mention.form,
        });
      }
    }
  }
  if (include.has('quote')) {
    for (const quote of article.quotes) {
      const base = {
        type: 'quote' as const,
        quoteId: quote.id,
        speakerId: quote.speakerId,
        kind: quote.kind,
      };
      for (const piece of quote.content) add(piece.start, piece.end, { ...base, part: 'content' });
      for (const piece of quote.verbatim)
        add(piece.start, piece.end, { ...base, part: 'verbatim' });
      if (quote.cue) add(quote.cue.start, quote.cue.end, { ...base, part: 'cue' });
      if (quote.source) add(quote.source.start, quote.source.end, { ...base, part: 'source' });
    }
  }
  if (include.has('claim')) {
    for (const claim of article.claims) {
      const base = {
        type: 'claim' as const,
        claimId: claim.id,
        sourceId: claim.sourceId,
        hedge: claim.hedge,
      };
      for (const piece of claim.content) add(piece.start, piece.end, { ...base, part: 'content' });
      if (claim.cue) add(claim.cue.start, claim.cue.end, { ...base, part: 'cue' });
      if (claim.source) add(claim.source.start, claim.source.end, { ...base, part: 'source' });
    }
  }

  // Sweep over the boundaries, keeping the set of marks open at each point.
  const boundaries = new Set<number>([0, length]);
  for (const mark of marks) {
    boundaries.add(mark.start);
    boundaries.add(mark.end);
  }
  const points = [...boundaries].sort((a, b) => a - b);
  const starting = new Map<number, Marked[]>();
  for (const mark of marks) {
    const list = starting.get(mark.start) ?? [];
    list.push(mark);
    starting.set(mark.start, list);
  }

  const runs: Run[] = [];
  let open: Marked[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    open = open.filter((mark) => mark.end > start);
    const opened = starting.get(start);
    if (opened) open.push(...opened);
    runs.push({
      start,
      end,
      text: article.text.slice(start, end),
      annotations: open.map((m) => m.annotation),
    });
  }
  return runs;
}
