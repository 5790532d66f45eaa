import { ArticleQuery, type ArticleSummary, type CorpusStats } from '@sourcetrace/article-model';
import { client, errorMessage } from '../app/client.js';
import { hrefs, type LibraryFilters } from '../app/router.js';
import { appLink, el, setChildren } from '../ui/dom.js';
import { formatDate, plural } from '../ui/format.js';
import { field, pills } from '../ui/parts.js';
import { failure, loading, moreButton } from '../ui/states.js';
import type { ViewContext } from './context.js';

function articleCard(summary: ArticleSummary): HTMLElement {
  const date = formatDate(summary.publishedAt);
  return el(
    'li',
    { class: 'card' },
    el(
      'h2',
      { class: 'card-title' },
      appLink(hrefs.article(summary.id), {}, summary.title ?? 'Untitled article'),
    ),
    el(
      'p',
      { class: 'card-meta' },
      summary.publisher
        ? el('span', { class: 'publisher' }, summary.publisher)
        : el('span', { class: 'muted' }, 'Unknown outlet'),
      date ? el('span', { class: 'sep', attrs: { 'aria-hidden': 'true' } }, '·') : null,
      date && summary.publishedAt
        ? el('time', { attrs: { datetime: summary.publishedAt } }, date)
        : null,
    ),
    pills([
      plural(summary.counts.quotes, 'quote'),
      plural(summary.counts.speakers, 'speaker'),
      plural(summary.counts.entities, 'entity', 'entities'),
      plural(summary.counts.claims, 'claim'),
    ]),
  );
}

/** The search form; submitting it changes the address, which renders the results. */
function filterForm(
  filters: LibraryFilters,
  entityName: string | null,
  signal: AbortSignal,
): HTMLFormElement {
  const q = el('input', {
    attrs: {
      type: 'search',
      name: 'q',
      value: filters.q,
      placeholder: 'Words in the text or title',
      autocomplete: 'off',
    },
  });
  const publisher = el('input', {
    attrs: {
      type: 'text',
      name: 'publisher',
      value: filters.publisher,
      list: 'outlet-options',
      autocomplete: 'off',
    },
  });
  const entity = el('input', {
    attrs: {
      type: 'text',
      name: 'entity',
      value: entityName ?? '',
      list: 'entity-options',
      placeholder: 'Person, organisation or place',
      autocomplete: 'off',
    },
  });
  const from = el('input', { attrs: { type: 'date', name: 'from', value: filters.from } });
  const to = el('input', { attrs: { type: 'date', name: 'to', value: filters.to } });
  const outletOptions = el('datalist', { attrs: { id: 'outlet-options' } });
  const entityOptions = el('datalist', { attrs: { id: 'entity-options' } });
  const message = el('p', { class: 'form-message', attrs: { role: 'status' } });
  // Names offered in the entity box, to turn the chosen name back into an id.
  const known = new Map<string, string>();
  if (filters.entity && entityName) known.set(entityName, filters.entity);

  client.listEntities({ outlet: true, sort: 'articles', limit: 50 }).then(
    (page) =>
      outletOptions.append(
        ...page.items.map((outlet) => el('option', { attrs: { value: outlet.name } })),
      ),
    () => undefined,
  );
  let pending = 0;
  entity.addEventListener('input', () => {
    const term = entity.value.trim();
    const ticket = ++pending;
    if (term.length < 2 || known.has(term)) return;
    window.setTimeout(() => {
      if (ticket !== pending || signal.aborted) return;
      client.listEntities({ q: term, sort: 'articles', limit: 10 }).then(
        (page) => {
          if (ticket !== pending) return;
          for (const item of page.items) known.set(item.name, item.id);
          entityOptions.replaceChildren(
            ...page.items.map((item) => el('option', { attrs: { value: item.name } })),
          );
        },
        () => undefined,
      );
    }, 150);
  });

  const form = el(
    'form',
    { class: 'filters', attrs: { role: 'search', 'aria-label': 'Search the library' } },
    el(
      'div',
      { class: 'search-row' },
      field('Search', q),
      el('button', { class: 'primary', attrs: { type: 'submit' } }, 'Search'),
    ),
    el(
      'div',
      { class: 'filter-row' },
      field('Outlet', publisher),
      field('Entity', entity),
      field('From', from),
      field('To', to),
    ),
    outletOptions,
    entityOptions,
    message,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next: LibraryFilters = {
      q: q.value.trim(),
      publisher: publisher.value.trim(),
      from: from.value,
      to: to.value,
    };
    const name = entity.value.trim();
    const go = (entityId?: string) => {
      window.location.hash = hrefs.library({ ...next, entity: entityId });
    };
    if (!name) return go();
    const id = known.get(name);
    if (id) return go(id);
    client.listEntities({ q: name, sort: 'articles', limit: 1 }).then(
      (page) => {
        const found = page.items[0];
        if (found) go(found.id);
        else message.textContent = `No entity called “${name}”.`;
      },
      (error: unknown) => {
        message.textContent = errorMessage(error);
      },
    );
  });
  return form;
}

function statsPanel(stats: CorpusStats): HTMLElement {
  const ranked = (title: string, rows: CorpusStats['topSpeakers']) =>
    rows.length
      ? el(
          'section',
          {},
          el('h3', {}, title),
          el(
            'ol',
            { class: 'ranked' },
            ...rows
              .slice(0, 8)
              .map((row) =>
                el(
                  'li',
                  {},
                  appLink(hrefs.entity(row.entity.id), {}, row.entity.name),
                  el('span', { class: 'count' }, row.count),
                ),
              ),
          ),
        )
      : null;
  return el(
    'aside',
    { class: 'library-side', attrs: { 'aria-label': 'Corpus' } },
    el('h2', {}, 'This corpus'),
    el(
      'p',
      { class: 'muted' },
      [
        plural(stats.articles, 'article'),
        plural(stats.quotes, 'quote'),
        plural(stats.people, 'person', 'people'),
      ].join(' · '),
    ),
    ranked('Most quoted', stats.topSpeakers),
    ranked('Outlets', stats.topOutlets),
  );
}

export async function renderLibrary(context: ViewContext, filters: LibraryFilters): Promise<void> {
  const { main, signal } = context;
  context.setTitle(filters.q ? `“${filters.q}”` : 'Library');
  const parsed = ArticleQuery.safeParse({ ...filters, limit: 24 });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    main.replaceChildren(
      failure(
        `The ${String(issue?.path[0] ?? 'filter')} filter is not valid (${issue?.message ?? 'unreadable'}); dates are written like 2026-11-27.`,
      ),
      appLink(hrefs.library(), {}, 'Clear the filters'),
    );
    return;
  }
  let query: ArticleQuery = parsed.data;

  const results = el('ol', { class: 'cards', attrs: { 'aria-label': 'Articles' } });
  const summary = el('p', { class: 'result-summary muted', attrs: { role: 'status' } });
  const side = el('div', { class: 'library-side-slot' });
  main.replaceChildren(loading('the library'));

  const [entity, first] = await Promise.all([
    filters.entity ? client.getEntity(filters.entity).catch(() => null) : Promise.resolve(null),
    client.listArticles(query),
  ]);
  if (signal.aborted) return;

  const filtered = Object.values(filters).some(Boolean);
  const append = (items: ArticleSummary[], next: string | null) => {
    results.append(...items.map(articleCard));
    if (next) {
      results.after(
        moreButton('More articles', async () => {
          query = { ...query, cursor: next };
          const page = await client.listArticles(query);
          append(page.items, page.next);
        }),
      );
    }
  };
  summary.textContent =
    first.items.length === 0
      ? filtered
        ? 'No article matches these filters.'
        : 'The library is empty: paste or upload an article to start.'
      : filtered
        ? 'Matching articles'
        : 'Latest articles';
  const list = el('section', { class: 'library-results' }, summary, results);
  append(first.items, first.next);

  setChildren(
    main,
    el('h1', { class: 'visually-hidden' }, 'Library'),
    filterForm(filters, entity?.name ?? null, signal),
    filtered
      ? el('p', { class: 'clear-filters' }, appLink(hrefs.library(), {}, 'Clear all filters'))
      : null,
    el('div', { class: 'library-grid' }, list, side),
  );
  client.stats().then(
    (stats) => {
      if (!signal.aborted) side.replaceChildren(statsPanel(stats));
    },
    () => undefined,
  );
}
