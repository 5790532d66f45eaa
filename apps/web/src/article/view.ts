import {
  claimsBySource,
  claimText,
  groupClaimsBySource,
  quotesBySpeaker,
  quoteText,
  sliceSpan,
  type Article,
  type Entity,
  primaryDescriptor,
} from '@sourcetrace/article-model';
import { el, setChildren, type Child } from '../ui/dom.js';
import { formatDate, plural } from '../ui/format.js';
import { entityTags, hedgeBadge } from '../ui/parts.js';
import { safeHttpUrl } from '../ui/safe-url.js';
import { barChart } from './chart-view.js';
import { outletBars, speakerBars } from './chart.js';
import { colourLookup, speakerPalette } from './palette.js';
import { attachQuoteCard } from './quote-card.js';
import { renderArticleText } from './text.js';

export interface ArticleViewOptions {
  signal: AbortSignal;
  /** The corpus page of an article entity; absent for an article that is not stored. */
  corpusHref?: (entityId: string) => Promise<string | null>;
  /** Article entity to highlight first (from the address). */
  selected?: string;
  /** Quote to focus first (from the address). */
  focusQuote?: string;
  onSelect?: (entityId: string | null) => void;
}

export interface ArticleView {
  element: HTMLElement;
  /** Call once the element is in the document: focuses the requested quote. */
  mounted(): void;
}

const KIND_SECTIONS: Array<{ title: string; test: (entity: Entity) => boolean }> = [
  { title: 'People', test: (entity) => entity.kind === 'person' },
  { title: 'Outlets', test: (entity) => entity.outlet === true },
  { title: 'Organisations', test: (entity) => entity.kind === 'organization' && !entity.outlet },
  { title: 'Places', test: (entity) => entity.kind === 'location' },
  { title: 'Other', test: (entity) => entity.kind === 'other' && !entity.outlet },
];

function articleMeta(article: Article): HTMLElement {
  const parts: Child[] = [];
  const push = (node: Child) => {
    if (!node) return;
    if (parts.length)
      parts.push(el('span', { class: 'sep', attrs: { 'aria-hidden': 'true' } }, '·'));
    parts.push(node);
  };
  push(
    article.source.publisher ? el('span', { class: 'publisher' }, article.source.publisher) : null,
  );
  const date = formatDate(article.source.publishedAt);
  push(date ? el('time', { attrs: { datetime: article.source.publishedAt } }, date) : null);
  push(article.source.byline ? el('span', {}, article.source.byline) : null);
  const url = safeHttpUrl(article.source.url);
  if (url)
    push(
      el(
        'a',
        {
          class: 'external',
          attrs: { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' },
        },
        'Original',
      ),
    );
  else if (article.source.url) push(el('span', { class: 'muted' }, article.source.url));
  return el('p', { class: 'article-meta' }, ...parts);
}

export function renderArticleView(article: Article, options: ArticleViewOptions): ArticleView {
  const palette = speakerPalette(article);
  const colourOf = colourLookup(palette);
  const text = renderArticleText(article, colourOf);
  const entities = new Map(article.entities.map((entity) => [entity.id, entity]));
  const entityButtons = new Map<string, HTMLButtonElement[]>();
  const detail = el('section', {
    class: 'selection',
    attrs: { 'aria-live': 'polite', 'aria-label': 'Selected entity' },
  });
  const view = el('article', { class: 'article-view', attrs: { 'data-article': article.id } });
  let selected: string | null = null;

  const counts = (entity: Entity) => ({
    mentions: entity.mentions.length,
    quotes: quotesBySpeaker(article, entity.id).length,
    claims: claimsBySource(article, entity.id).length,
  });

  const showDetail = (entity: Entity | null) => {
    if (!entity) {
      detail.replaceChildren(
        el('p', { class: 'muted' }, 'Choose a person, organisation or place to highlight it.'),
      );
      return;
    }
    const count = counts(entity);
    const corpus = el('p', { class: 'corpus-link' });
    setChildren(
      detail,
      el('h3', {}, entity.name),
      el('p', { class: 'muted' }, entityTags(entity)),
      entity.descriptors.length
        ? el('p', { class: 'descriptors' }, entity.descriptors.join('; '))
        : null,
      el(
        'p',
        {},
        [
          plural(count.mentions, 'mention'),
          plural(count.quotes, 'quote'),
          plural(count.claims, 'claim'),
        ].join(' · '),
      ),
      corpus,
      el(
        'button',
        { class: 'link-button', attrs: { type: 'button' }, on: { click: () => select(null) } },
        'Clear highlight',
      ),
    );
    if (options.corpusHref) {
      const entityId = entity.id;
      options.corpusHref(entityId).then(
        (href) => {
          if (href && selected === entityId)
            corpus.append(
              el('a', { class: 'follow', attrs: { href } }, `${entity.name} across the corpus →`),
            );
        },
        () => undefined,
      );
    }
  };

  const select = (entityId: string | null) => {
    if (entityId !== null && !entities.has(entityId)) entityId = null;
    for (const node of text.byEntity.get(selected ?? '') ?? [])
      node.classList.remove('is-selected');
    for (const button of entityButtons.get(selected ?? '') ?? [])
      button.setAttribute('aria-pressed', 'false');
    selected = entityId === selected ? null : entityId;
    for (const node of text.byEntity.get(selected ?? '') ?? []) node.classList.add('is-selected');
    for (const button of entityButtons.get(selected ?? '') ?? [])
      button.setAttribute('aria-pressed', 'true');
    view.classList.toggle('has-selection', selected !== null);
    showDetail(selected ? (entities.get(selected) ?? null) : null);
    options.onSelect?.(selected);
  };

  const entityButton = (entity: Entity, label: Child[], className: string) => {
    const button = el(
      'button',
      {
        class: className,
        attrs: { type: 'button', 'aria-pressed': 'false', 'data-entity': entity.id },
        on: { click: () => select(entity.id) },
      },
      ...label,
    );
    const list = entityButtons.get(entity.id) ?? [];
    list.push(button);
    entityButtons.set(entity.id, list);
    return button;
  };

  const focusQuote = (quoteId: string) => {
    const piece = text.byQuote.get(quoteId)?.[0];
    if (!piece) return;
    piece.scrollIntoView({ block: 'center' });
    piece.focus({ preventScroll: true });
  };

  // Legend: one swatch per speaker, in the order and colours of the highlights.
  const legend = el(
    'ul',
    { class: 'legend', attrs: { 'aria-label': 'Speakers' } },
    ...palette.map((swatch) =>
      el(
        'li',
        {},
        swatch.speaker
          ? entityButton(
              swatch.speaker,
              [
                el('span', { class: `swatch ${swatch.colour}`, attrs: { 'aria-hidden': 'true' } }),
                swatch.speaker.name,
                el('span', { class: 'count' }, swatch.quotes.length),
              ],
              'chip',
            )
          : el(
              'span',
              { class: 'chip chip-static' },
              el('span', { class: `swatch ${swatch.colour}`, attrs: { 'aria-hidden': 'true' } }),
              'Unattributed',
              el('span', { class: 'count' }, swatch.quotes.length),
            ),
      ),
    ),
  );

  const quoteGroups = el(
    'section',
    { class: 'groups', attrs: { 'aria-labelledby': 'quotes-heading' } },
    el('h2', { attrs: { id: 'quotes-heading' } }, 'Quotes by speaker'),
    palette.length === 0 ? el('p', { class: 'muted' }, 'No quotes found in this article.') : null,
    ...palette.map((swatch) => {
      return el(
        'div',
        { class: 'group' },
        el(
          'h3',
          {},
          el('span', { class: `swatch ${swatch.colour}`, attrs: { 'aria-hidden': 'true' } }),
          swatch.speaker?.name ?? 'Unattributed',
          swatch.speaker && primaryDescriptor(swatch.speaker)
            ? el('span', { class: 'muted descriptor' }, primaryDescriptor(swatch.speaker))
            : null,
        ),
        el(
          'ol',
          { class: 'group-items' },
          ...swatch.quotes.map((quote) =>
            el(
              'li',
              {},
              el(
                'button',
                {
                  class: `quote-link ${swatch.colour}`,
                  attrs: { type: 'button' },
                  on: { click: () => focusQuote(quote.id) },
                },
                quoteText(article, quote),
              ),
              quote.cue
                ? el('span', { class: 'muted cue' }, sliceSpan(article.text, quote.cue))
                : null,
            ),
          ),
        ),
      );
    }),
  );

  const claimGroups = groupClaimsBySource(article);
  const claimSection = el(
    'section',
    { class: 'groups', attrs: { 'aria-labelledby': 'claims-heading' } },
    el('h2', { attrs: { id: 'claims-heading' } }, 'Claims by source'),
    claimGroups.length === 0
      ? el('p', { class: 'muted' }, 'No claims found in this article.')
      : null,
    ...claimGroups.map((group) =>
      el(
        'div',
        { class: 'group' },
        el('h3', {}, group.source?.name ?? 'No named source'),
        el(
          'ul',
          { class: 'group-items' },
          ...group.claims.map((claim) =>
            el(
              'li',
              {},
              hedgeBadge(claim.hedge),
              ' ',
              claimText(article, claim),
              claim.cue
                ? el('span', { class: 'muted cue' }, sliceSpan(article.text, claim.cue))
                : null,
            ),
          ),
        ),
      ),
    ),
  );

  const entitySections = KIND_SECTIONS.map((section) => {
    const members = article.entities
      .filter(section.test)
      .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
    if (members.length === 0) return null;
    return el(
      'section',
      { class: 'entity-list' },
      el('h3', {}, section.title),
      el(
        'ul',
        {},
        ...members.map((entity) =>
          el(
            'li',
            {},
            entityButton(
              entity,
              [
                el('span', { class: 'entity-name' }, entity.name),
                el(
                  'span',
                  { class: 'count', attrs: { title: 'mentions' } },
                  entity.mentions.length,
                ),
              ],
              'entity-button',
            ),
          ),
        ),
      ),
    );
  });

  const side = el(
    'aside',
    { class: 'article-side', attrs: { 'aria-label': 'People, organisations and places' } },
    detail,
    ...entitySections,
    barChart('Quotes per speaker', speakerBars(palette), 'Nobody is quoted.'),
    barChart('Quotes per outlet', outletBars(article), 'No outlet is quoted or cited.'),
    el(
      'section',
      { class: 'key' },
      el('h3', {}, 'Key'),
      el(
        'ul',
        {},
        el('li', {}, el('mark', { class: 'q q-direct spk-0' }, 'quoted words'), ' direct quote'),
        el(
          'li',
          {},
          el('mark', { class: 'q q-indirect spk-0' }, 'reported speech'),
          ' indirect quote',
        ),
        el('li', {}, el('span', { class: 'm m-person' }, 'Name'), ' mention'),
        el(
          'li',
          {},
          el('span', { class: 'cl hedge-none' }, 'claim'),
          ' sourced claim; ',
          el('span', { class: 'cl hedge-hedged' }, 'hedged'),
          ', ',
          el('span', { class: 'cl hedge-rumour' }, 'rumour'),
        ),
      ),
    ),
  );

  view.append(
    el(
      'header',
      { class: 'article-head' },
      el('h1', {}, article.title ?? 'Untitled article'),
      articleMeta(article),
      el(
        'p',
        { class: 'article-counts muted' },
        [
          plural(article.quotes.length, 'quote'),
          plural(palette.filter((s) => s.speaker).length, 'speaker'),
          plural(article.entities.length, 'entity', 'entities'),
          plural(article.claims.length, 'claim'),
        ].join(' · '),
      ),
    ),
    el(
      'div',
      { class: 'article-grid' },
      // On a phone the side panel comes straight after the text, before the long lists.
      el('div', { class: 'article-main' }, palette.length ? legend : null, text.element),
      side,
      el('div', { class: 'article-lists' }, quoteGroups, claimSection),
    ),
  );

  attachQuoteCard(text.element, article, options.signal);
  showDetail(null);
  if (options.selected) select(options.selected);

  return {
    element: view,
    mounted() {
      if (options.focusQuote) focusQuote(options.focusQuote);
    },
  };
}
