import type {
  Statement,
  StatementFlag,
  StatementOccurrence,
  StatementSummary,
  StatementVariant,
} from '@sourcetrace/article-model';
import { client } from '../app/client.js';
import { hrefs } from '../app/router.js';
import { appLink, el, setChildren, type Child } from '../ui/dom.js';
import { formatDate, plural } from '../ui/format.js';
import { pills } from '../ui/parts.js';
import { failure, loading } from '../ui/states.js';
import type { ViewContext } from './context.js';

const FLAG_NAMES: Record<StatementFlag, string> = {
  altered: 'altered',
  disputed: 'disputed speaker',
  unattributed: 'unattributed elsewhere',
};

const TABS: { flag?: StatementFlag; label: string }[] = [
  { label: 'Most carried' },
  { flag: 'altered', label: 'Altered' },
  { flag: 'disputed', label: 'Disputed speaker' },
  { flag: 'unattributed', label: 'Unattributed elsewhere' },
];

function flagBadges(flags: StatementFlag[]): Child {
  if (flags.length === 0) return null;
  return el(
    'p',
    { class: 'statement-flags' },
    ...flags.map((flag) => el('span', { class: `flag-badge flag-${flag}` }, FLAG_NAMES[flag])),
  );
}

function firstSeenText(first: StatementOccurrence): string {
  const date = formatDate(first.publishedAt);
  return `first in ${first.outlet ?? 'an unnamed outlet'}${date ? ` on ${date}` : ''}`;
}

function summaryCard(statement: StatementSummary): HTMLElement {
  const speakers = statement.speakers.map((s) => s.name).join(' / ') || 'No speaker named';
  return el(
    'li',
    { class: 'card statement-card' },
    el(
      'blockquote',
      {},
      appLink(hrefs.statement(statement.id), { class: 'statement-link' }, statement.canonical),
    ),
    el('p', { class: 'muted' }, `${speakers} · ${firstSeenText(statement.firstSeen)}`),
    pills([plural(statement.outlets, 'outlet'), plural(statement.occurrences, 'quote')]),
    flagBadges(statement.flags),
  );
}

/** The statements carried by more than one outlet, or those with a flag. */
export async function renderStatements(
  context: ViewContext,
  flag: StatementFlag | undefined,
): Promise<void> {
  const { main, signal } = context;
  context.setTitle('Statements');
  main.replaceChildren(loading('statements'));
  const page = await client.listStatements(
    flag ? { flag, sort: 'outlets', limit: 50 } : { minOutlets: 2, sort: 'outlets', limit: 50 },
  );
  if (signal.aborted) return;
  const tabs = el(
    'nav',
    { class: 'statement-tabs', attrs: { 'aria-label': 'Statement lists' } },
    ...TABS.map((tab) =>
      appLink(
        hrefs.statements(tab.flag),
        { attrs: { 'aria-current': tab.flag === flag ? 'page' : null } },
        tab.label,
      ),
    ),
  );
  main.replaceChildren(
    el('h1', {}, 'Statements'),
    el(
      'p',
      { class: 'muted' },
      'The same quoted words across outlets: who reported them first, who carried them, and whether anyone changed them.',
    ),
    tabs,
    page.items.length === 0
      ? el('p', { class: 'empty' }, 'No statements here yet.')
      : el('ol', { class: 'card-list statement-list' }, ...page.items.map(summaryCard)),
  );
}

/** The variant's words with what changed marked: <ins> for added, <del> for dropped. */
function variantWords(variant: StatementVariant): HTMLElement {
  const parts: Child[] = [];
  variant.changes.forEach((change, i) => {
    if (i > 0) parts.push(' ');
    if (change.op === 'same') parts.push(change.text);
    else if (change.op === 'added')
      parts.push(el('ins', { attrs: { title: 'added' } }, change.text));
    else parts.push(el('del', { attrs: { title: 'dropped' } }, change.text));
  });
  return el('p', { class: 'variant-words' }, ...parts);
}

function timelineItem(occurrence: StatementOccurrence): HTMLElement {
  return el(
    'li',
    { class: 'timeline-item' },
    el('span', { class: 'timeline-date' }, formatDate(occurrence.publishedAt) ?? 'undated'),
    ' ',
    appLink(
      hrefs.article(occurrence.article.id, { quote: occurrence.quoteId }),
      { class: 'timeline-outlet' },
      occurrence.outlet ?? occurrence.article.title ?? 'Untitled article',
    ),
    el('span', { class: 'muted' }, ` · ${occurrence.speaker?.name ?? 'no speaker named'}`),
  );
}

/** One statement: its canonical wording, a timeline of outlets and dates, and each variant. */
export async function renderStatement(context: ViewContext, id: string): Promise<void> {
  const { main, signal } = context;
  main.replaceChildren(loading('the statement'));
  const statement: Statement | null = await client.getStatement(id);
  if (signal.aborted) return;
  if (!statement) {
    context.setTitle('Statement not found');
    main.replaceChildren(
      failure('There is no statement with this address.'),
      appLink(hrefs.statements(), {}, 'All statements'),
    );
    return;
  }
  context.setTitle('Statement');
  const speakers = statement.speakers.map((s) => appLink(hrefs.entity(s.id), {}, s.name));
  setChildren(
    main,
    el(
      'nav',
      { class: 'crumbs', attrs: { 'aria-label': 'Breadcrumb' } },
      appLink(hrefs.statements(), {}, '← Statements'),
    ),
    el('blockquote', { class: 'statement-canonical' }, statement.canonical),
    el(
      'p',
      {},
      'Said by ',
      ...(speakers.length > 0
        ? speakers.flatMap((s, i) => (i > 0 ? [' / ', s] : [s]))
        : ['no one named']),
      ` · ${firstSeenText(statement.firstSeen)}`,
    ),
    pills([plural(statement.outlets, 'outlet'), plural(statement.occurrences, 'quote')]),
    flagBadges(statement.flags),
    el('h2', {}, 'Timeline'),
    el('ol', { class: 'timeline' }, ...statement.timeline.map(timelineItem)),
    el('h2', {}, 'Wordings'),
    statement.variants.length === 0
      ? el('p', { class: 'muted' }, 'Every outlet printed the same words.')
      : el(
          'ul',
          { class: 'variants' },
          ...statement.variants.map((variant) =>
            el(
              'li',
              { class: variant.altered ? 'variant variant-altered' : 'variant' },
              el(
                'p',
                { class: 'muted' },
                `${variant.altered ? 'Altered' : 'Trimmed'} · ${plural(variant.occurrences, 'quote')}`,
              ),
              variantWords(variant),
            ),
          ),
        ),
  );
}

/**
 * Under an article: each of its quotes that other outlets carried too, with how many and who
 * first, linking to the statement page. Nothing when no quote was seen elsewhere.
 */
export async function seenElsewhere(
  articleId: string,
  publisher: string | null,
): Promise<HTMLElement | null> {
  const page = await client.listStatements({ article: articleId, sort: 'outlets', limit: 200 });
  const carried = page.items.filter((s) => s.outlets > 1 || s.flags.length > 0);
  if (carried.length === 0) return null;
  return el(
    'section',
    { class: 'seen-elsewhere', attrs: { 'aria-label': 'Quotes seen elsewhere' } },
    el('h2', {}, 'Seen elsewhere'),
    el(
      'ul',
      {},
      ...carried.map((s) => {
        const others = s.outlets - (publisher ? 1 : 0);
        const first =
          s.firstSeen.article.id === articleId ? 'first reported here' : firstSeenText(s.firstSeen);
        return el(
          'li',
          { attrs: { 'data-statement': s.id } },
          el('q', {}, s.canonical),
          ' ',
          appLink(
            hrefs.statement(s.id),
            { class: 'seen-link' },
            `also in ${plural(others, 'outlet')}, ${first}`,
          ),
          flagBadges(s.flags),
        );
      }),
    ),
  );
}
