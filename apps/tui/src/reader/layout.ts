import {
  overlay,
  groupQuotesBySpeaker,
  type Annotation,
  type Article,
  type BlockKind,
  type Entity,
  type Hedge,
} from '@sourcetrace/article-model';
import { hiddenMask, visibleSlice } from '@sourcetrace/terminal-text';
import { displayWidth, splitToWidth } from '../text/width.js';
import { hedgeTag, speakerMarker } from '../text/theme.js';

/** What one piece of drawn text is: everything the renderer needs to style it. */
export interface SegmentStyle {
  block: BlockKind | null;
  quoteId: string | null;
  /** Rank of the quote's speaker in the legend; null for an unattributed quote. */
  speakerRank: number | null;
  quotePart: 'content' | 'verbatim' | 'cue' | 'source' | null;
  mention: boolean;
  claimHedge: Hedge | null;
  /** Text that is not in the article: a speaker number or a hedge tag. */
  marker: boolean;
}

export interface Segment {
  text: string;
  style: SegmentStyle;
}

export type Line = Segment[];

export interface LegendEntry {
  rank: number | null;
  name: string;
  quotes: number;
}

export interface ArticleLayout {
  width: number;
  lines: Line[];
  /** Quote ids in reading order (by first content piece). */
  quoteOrder: string[];
  /** The line each quote starts on. */
  quoteLine: Map<string, number>;
  legend: LegendEntry[];
  /** Speaker (article entity id) to legend rank. */
  ranks: Map<string, number>;
}

const PLAIN: SegmentStyle = {
  block: null,
  quoteId: null,
  speakerRank: null,
  quotePart: null,
  mention: false,
  claimHedge: null,
  marker: false,
};

/** Rank of each speaker (article entity id), most quoted first, as in the legend. */
export function speakerRanks(article: Article): {
  ranks: Map<string, number>;
  legend: LegendEntry[];
} {
  const ranks = new Map<string, number>();
  const legend: LegendEntry[] = [];
  for (const group of groupQuotesBySpeaker(article)) {
    const speaker: Entity | null = group.speaker;
    if (speaker) {
      ranks.set(speaker.id, ranks.size);
      legend.push({ rank: ranks.size - 1, name: speaker.name, quotes: group.quotes.length });
    } else {
      legend.push({ rank: null, name: 'unattributed', quotes: group.quotes.length });
    }
  }
  return { ranks, legend };
}

/** Which quote a run belongs to, when several overlap: the innermost part wins. */
const PART_ORDER = { verbatim: 0, cue: 1, source: 2, content: 3 } as const;

function styleOf(annotations: Annotation[], ranks: Map<string, number>): SegmentStyle {
  const style: SegmentStyle = { ...PLAIN };
  let best: (Annotation & { type: 'quote' }) | null = null;
  for (const annotation of annotations) {
    switch (annotation.type) {
      case 'block':
        style.block ??= annotation.kind;
        break;
      case 'mention':
        style.mention = true;
        break;
      case 'claim':
        if (
          annotation.part === 'content' &&
          style.claimHedge !== null &&
          style.claimHedge !== 'none'
        )
          break;
        if (annotation.part === 'content') style.claimHedge = annotation.hedge;
        break;
      case 'quote':
        if (!best || PART_ORDER[annotation.part] < PART_ORDER[best.part]) best = annotation;
        break;
    }
  }
  if (best) {
    style.quoteId = best.quoteId;
    style.quotePart = best.part;
    style.speakerRank = best.speakerId === null ? null : (ranks.get(best.speakerId) ?? null);
  }
  return style;
}

/**
 * Lays the article out as lines of styled segments `width` columns wide, from the model's
 * overlay runs. Done once per article and width; scrolling and moving between quotes only
 * slice and restyle these lines. Written here rather than with wrap-ansi because the reader
 * needs to know which quote each piece of each line belongs to, not just styled strings.
 */
export function layoutArticle(
  article: Article,
  width: number,
  options: { markers: boolean },
): ArticleLayout {
  const columns = Math.max(10, width);
  const { ranks, legend } = speakerRanks(article);
  const mask = hiddenMask(article.text);
  const quoteStarts = new Map(
    article.quotes.map((quote) => [Math.min(...quote.content.map((piece) => piece.start)), quote]),
  );
  const claimStarts = new Map(article.claims.map((claim) => [claim.content[0]!.start, claim]));
  const quoteOrder = [...article.quotes]
    .sort((a, b) => a.content[0]!.start - b.content[0]!.start)
    .map((quote) => quote.id);

  const styles = new Map<string, SegmentStyle>();
  const intern = (style: SegmentStyle) => {
    const key = JSON.stringify(style);
    const known = styles.get(key);
    if (known) return known;
    styles.set(key, style);
    return style;
  };

  const lines: Line[] = [];
  const quoteLine = new Map<string, number>();
  let line: Line = [];
  let used = 0;
  // A word can span several runs (a mention followed by "'s"); keep it whole across them.
  let word: Segment[] = [];
  let wordWidth = 0;
  /** A space waiting to be drawn before the next word, in the style of the text it came from. */
  let pendingSpace: SegmentStyle | null = null;
  let blankRun = 0;

  const push = (target: Line, text: string, style: SegmentStyle) => {
    const last = target.at(-1);
    if (last && last.style === style) last.text += text;
    else target.push({ text, style });
  };
  const noteQuotes = (segments: Segment[]) => {
    for (const segment of segments) {
      const id = segment.style.quoteId;
      if (id && !quoteLine.has(id)) quoteLine.set(id, lines.length);
    }
  };
  const endLine = () => {
    const empty = line.length === 0;
    blankRun = empty ? blankRun + 1 : 0;
    // Keep at most one blank line in a row: the article's spacing, not its padding.
    if (!empty || (blankRun === 1 && lines.length > 0)) lines.push(line);
    line = [];
    used = 0;
    pendingSpace = null;
  };
  const flushWord = () => {
    if (word.length === 0) return;
    const spaceWidth = pendingSpace && used > 0 ? 1 : 0;
    if (used > 0 && used + spaceWidth + wordWidth > columns) endLine();
    else if (pendingSpace && spaceWidth) {
      push(line, ' ', pendingSpace);
      used += 1;
    }
    if (wordWidth > columns) {
      // A word wider than the screen (a URL): cut it to fit.
      for (const segment of word) {
        for (const piece of splitToWidth(segment.text, columns)) {
          const w = displayWidth(piece);
          if (used + w > columns) endLine();
          noteQuotes([segment]);
          push(line, piece, segment.style);
          used += w;
        }
      }
    } else {
      noteQuotes(word);
      for (const segment of word) push(line, segment.text, segment.style);
      used += wordWidth;
    }
    word = [];
    wordWidth = 0;
    pendingSpace = null;
  };
  const addWordPart = (text: string, style: SegmentStyle) => {
    const last = word.at(-1);
    if (last && last.style === style) last.text += text;
    else word.push({ text, style });
    wordWidth += displayWidth(text);
  };
  const addText = (text: string, style: SegmentStyle) => {
    for (const token of text.match(/\n|[ \u00a0]+|[^ \u00a0\n]+/g) ?? []) {
      if (token === '\n') {
        flushWord();
        endLine();
      } else if (token[0] === ' ' || token[0] === '\u00a0') {
        flushWord();
        pendingSpace = style;
      } else {
        addWordPart(token, style);
      }
    }
  };

  for (const run of overlay(article)) {
    const quote = quoteStarts.get(run.start);
    if (quote && options.markers) {
      const rank = quote.speakerId === null ? null : (ranks.get(quote.speakerId) ?? null);
      addText(
        speakerMarker(rank),
        intern({ ...PLAIN, quoteId: quote.id, speakerRank: rank, marker: true }),
      );
      flushWord();
      pendingSpace = PLAIN;
    }
    const claim = claimStarts.get(run.start);
    const tag = claim ? hedgeTag(claim.hedge) : null;
    if (claim && tag) {
      addText(tag, intern({ ...PLAIN, claimHedge: claim.hedge, marker: true }));
      flushWord();
      pendingSpace = PLAIN;
    }
    const text = visibleSlice(article.text, mask, run.start, run.end);
    if (text) addText(text, intern(styleOf(run.annotations, ranks)));
  }
  flushWord();
  if (line.length > 0) endLine();
  while (lines.length > 0 && lines.at(-1)!.length === 0) lines.pop();
  return { width: columns, lines, quoteOrder, quoteLine, legend, ranks };
}
