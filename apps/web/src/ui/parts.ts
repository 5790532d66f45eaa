// Small pieces several views share, so each looks and reads the same everywhere.
import type { EntityKind, Hedge } from '@sourcetrace/article-model';
import { hrefs } from '../app/router.js';
import { appLink, el, type Child } from './dom.js';

const KIND_NAMES: Record<EntityKind, string> = {
  person: 'Person',
  organization: 'Organisation',
  location: 'Place',
  other: 'Other',
};

const HEDGE_NAMES: Record<Hedge, string> = {
  none: 'stated',
  hedged: 'hedged',
  belief: 'belief',
  rumour: 'rumour',
  disputed: 'disputed',
};

/** "Person · unnamed source", "Organisation · news outlet". */
export function entityTags(entity: {
  kind: EntityKind;
  outlet?: boolean;
  anonymous?: boolean;
}): string {
  return [
    KIND_NAMES[entity.kind],
    entity.outlet ? 'news outlet' : null,
    entity.anonymous ? 'unnamed source' : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

export function hedgeBadge(hedge: Hedge): HTMLElement {
  return el('span', { class: `hedge-badge hedge-${hedge}` }, HEDGE_NAMES[hedge]);
}

/** A row of counts ("3 quotes", "2 speakers"). */
export function pills(texts: string[]): HTMLElement {
  return el(
    'p',
    { class: 'card-counts' },
    ...texts.map((text) => el('span', { class: 'pill' }, text)),
  );
}

export function backToLibrary(): HTMLElement {
  return el(
    'nav',
    { class: 'crumbs', attrs: { 'aria-label': 'Breadcrumb' } },
    appLink(hrefs.library(), {}, '← Library'),
  );
}

/** A labelled form control, with an optional hint under it. */
export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const children: Child[] = [el('span', { class: 'field-label' }, label), control];
  if (hint) children.push(el('span', { class: 'field-hint muted' }, hint));
  return el('label', { class: 'field' }, ...children);
}
