import type {
  ClaimRecord,
  CorpusEntity,
  Page,
  QuoteRecord,
  RelatedEntity,
} from '@sourcetrace/article-model';
import { client } from '../app/client.js';
import { hrefs } from '../app/router.js';
import { appLink, el } from '../ui/dom.js';
import { formatDate, plural } from '../ui/format.js';
import { backToLibrary, entityTags, hedgeBadge, pills } from '../ui/parts.js';
import { failure, loading, moreButton } from '../ui/states.js';
import type { ViewContext } from './context.js';

const PAGE = 25;

function source(
  record: { article: QuoteRecord['article'] },
  anchor: { quote?: string },
): HTMLElement {
  const date = formatDate(record.article.publishedAt);
  return el(
    'p',
    { class: 'record-source' },
    appLink(
      hrefs.article(record.article.id, anchor),
      {},
      record.article.title ?? 'Untitled article',
    ),
    record.article.publisher
      ? el('span', { class: 'muted' }, ` · ${record.article.publisher}`)
      : null,
    date ? el('span', { class: 'muted' }, ` · ${date}`) : null,
  );
}

function quoteItem(record: QuoteRecord, role: 'speaker' | 'channel'): HTMLElement {
  const other = role === 'speaker' ? record.channel : record.speaker;
  const attribution = [
    role === 'channel' ? (record.speaker?.name ?? record.sourceText ?? 'Unattributed') : null,
    record.cueText,
    other && role === 'speaker' ? `via ${other.name}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return el(
    'li',
    { class: 'record' },
    el('blockquote', { class: `record-text record-${record.quote.kind}` }, record.text),
    attribution ? el('p', { class: 'muted' }, attribution) : null,
    source(record, { quote: record.quote.id }),
  );
}

function claimItem(record: ClaimRecord): HTMLElement {
  return el(
    'li',
    { class: 'record' },
    el('p', { class: 'record-text' }, hedgeBadge(record.claim.hedge), ' ', record.text),
    record.cueText ? el('p', { class: 'muted' }, record.cueText) : null,
    source(record, {}),
  );
}

/** A titled list that loads its first page now and the rest on request. */
async function pagedSection<T>(
  title: string,
  empty: string,
  load: (cursor?: string) => Promise<Page<T>>,
  item: (record: T) => HTMLElement,
): Promise<HTMLElement> {
  const list = el('ol', { class: 'records' });
  const section = el('section', { class: 'entity-section' }, el('h2', {}, title), list);
  const append = (page: Page<T>) => {
    list.append(...page.items.map(item));
    const next = page.next;
    if (next) list.after(moreButton('More', async () => append(await load(next))));
  };
  const first = await load();
  if (first.items.length === 0) section.append(el('p', { class: 'muted' }, empty));
  append(first);
  return section;
}

function header(entity: CorpusEntity): HTMLElement {
  const tags = entityTags(entity);
  return el(
    'header',
    { class: 'entity-head' },
    el('p', { class: 'eyebrow' }, tags),
    el('h1', {}, entity.name),
    entity.descriptors.length
      ? el('p', { class: 'descriptors' }, entity.descriptors.join('; '))
      : null,
    entity.aliases.length
      ? el('p', { class: 'muted' }, `Also written: ${entity.aliases.join(', ')}`)
      : null,
    pills([
      plural(entity.counts.articles, 'article'),
      plural(entity.counts.mentions, 'mention'),
      plural(entity.counts.quotes, 'quote'),
      plural(entity.counts.claims, 'claim'),
    ]),
    el(
      'p',
      {},
      appLink(
        hrefs.library({ entity: entity.id }),
        { class: 'follow' },
        `Articles that mention ${entity.name} →`,
      ),
    ),
  );
}

function relatedList(related: Page<RelatedEntity>): HTMLElement {
  return el(
    'aside',
    { class: 'entity-side', attrs: { 'aria-label': 'Related' } },
    el('h2', {}, 'Appears with'),
    related.items.length
      ? el(
          'ol',
          { class: 'ranked' },
          ...related.items.map((row) =>
            el(
              'li',
              {},
              appLink(hrefs.entity(row.entity.id), {}, row.entity.name),
              el('span', { class: 'count', attrs: { title: 'articles together' } }, row.articles),
            ),
          ),
        )
      : el('p', { class: 'muted' }, 'No related entities yet.'),
  );
}

export async function renderEntity(context: ViewContext, id: string): Promise<void> {
  const { main, signal } = context;
  main.replaceChildren(loading('the entity'));
  const entity = await client.getEntity(id);
  if (signal.aborted) return;
  if (!entity) {
    context.setTitle('Entity not found');
    main.replaceChildren(
      failure('There is no entity with this address.'),
      appLink(hrefs.library(), {}, 'Back to the library'),
    );
    return;
  }
  context.setTitle(entity.name);
  const sections = await Promise.all([
    pagedSection(
      `Quotes by ${entity.name}`,
      'No quotes found.',
      (cursor) => client.listQuotes({ speaker: entity.id, cursor, limit: PAGE }),
      (record) => quoteItem(record, 'speaker'),
    ),
    entity.outlet
      ? pagedSection(
          `Quotes given to or reported by ${entity.name}`,
          'None found.',
          (cursor) => client.listQuotes({ channel: entity.id, cursor, limit: PAGE }),
          (record) => quoteItem(record, 'channel'),
        )
      : null,
    pagedSection(
      `Claims sourced to ${entity.name}`,
      'No claims found.',
      (cursor) => client.listClaims({ source: entity.id, cursor, limit: PAGE }),
      claimItem,
    ),
  ]);
  const related = await client.relatedEntities(entity.id, { limit: 20 });
  if (signal.aborted) return;
  main.replaceChildren(
    backToLibrary(),
    header(entity),
    el(
      'div',
      { class: 'entity-grid' },
      el('div', { class: 'entity-main' }, ...sections),
      relatedList(related),
    ),
  );
}
