import { overlay, type Article, type Entity, type Run } from '@sourcetrace/article-model';
import { el } from '../ui/dom.js';
import { layoutRuns, type Paragraph } from './layout.js';

/** Elements to light up when an entity is selected, by article entity id. */
export type EntityElements = Map<string, Element[]>;

export interface RenderedText {
  element: HTMLElement;
  /** Every mention, quote piece and written speaker of each entity. */
  byEntity: EntityElements;
  /** The focusable pieces of each quote, by quote id. */
  byQuote: Map<string, HTMLElement[]>;
}

const PARAGRAPH_TAG = { title: 'h2', heading: 'h3' } as const;

function remember<T>(map: Map<string, T[]>, key: string | null, element: T): void {
  if (key === null) return;
  const list = map.get(key);
  if (list) list.push(element);
  else map.set(key, [element]);
}

/** One run as a text node, or a span when something besides its quote covers it. */
function renderRun(
  run: Run,
  entities: Map<string, Entity>,
  colourOf: (id: string | null) => string,
  byEntity: EntityElements,
): Node {
  const classes: string[] = [];
  const marks: string[] = [];
  for (const annotation of run.annotations) {
    switch (annotation.type) {
      case 'mention': {
        const entity = entities.get(annotation.entityId);
        classes.push('m', `m-${entity?.kind ?? 'other'}`);
        if (entity?.outlet) classes.push('m-outlet');
        marks.push(annotation.entityId);
        break;
      }
      case 'quote':
        if (annotation.part === 'verbatim') classes.push('vb');
        if (annotation.part === 'cue') classes.push('q-cue', colourOf(annotation.speakerId));
        if (annotation.part === 'source') {
          classes.push('q-src', colourOf(annotation.speakerId));
          marks.push(annotation.speakerId ?? '');
        }
        break;
      case 'claim':
        if (annotation.part === 'content') classes.push('cl', `hedge-${annotation.hedge}`);
        else classes.push(`cl-${annotation.part}`);
        break;
      case 'block':
        break;
    }
  }
  if (classes.length === 0) return document.createTextNode(run.text);
  const span = el('span', { class: [...new Set(classes)].join(' ') }, run.text);
  for (const id of new Set(marks)) if (id) remember(byEntity, id, span);
  return span;
}

function isRepeatedTitle(paragraph: Paragraph, title: string | null): boolean {
  if (paragraph.kind !== 'title' || !title) return false;
  const text = paragraph.segments
    .flatMap((segment) => segment.runs.map((run) => run.text))
    .join('');
  return text.trim() === title.trim();
}

/**
 * The article text with every annotation from the model's overlay: quotes in their speaker's
 * colour (each piece focusable), entity mentions marked, claims underlined by hedge.
 */
export function renderArticleText(
  article: Article,
  colourOf: (speakerId: string | null) => string,
): RenderedText {
  const entities = new Map(article.entities.map((entity) => [entity.id, entity]));
  const byEntity: EntityElements = new Map();
  const byQuote = new Map<string, HTMLElement[]>();
  const container = el('div', { class: 'article-text' });

  for (const paragraph of layoutRuns(overlay(article))) {
    if (isRepeatedTitle(paragraph, article.title)) continue;
    const tag =
      paragraph.kind === 'title' || paragraph.kind === 'heading'
        ? PARAGRAPH_TAG[paragraph.kind]
        : 'p';
    const block = el(tag, { class: `block block-${paragraph.kind ?? 'text'}` });
    for (const segment of paragraph.segments) {
      const nodes = segment.runs.map((run) => renderRun(run, entities, colourOf, byEntity));
      const quote = segment.quote;
      if (!quote) {
        block.append(...nodes);
        continue;
      }
      const piece = el(
        'mark',
        {
          class: `q q-${quote.kind} ${colourOf(quote.speakerId)}`,
          attrs: { tabindex: 0, 'data-quote': quote.quoteId },
        },
        ...nodes,
      );
      remember(byQuote, quote.quoteId, piece);
      remember(byEntity, quote.speakerId, piece);
      block.append(piece);
    }
    container.append(block);
  }
  return { element: container, byEntity, byQuote };
}
