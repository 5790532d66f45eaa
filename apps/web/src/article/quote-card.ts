import type { Article } from '@sourcetrace/article-model';
import { el, setChildren } from '../ui/dom.js';
import { quoteFacts } from './quote-facts.js';

function row(label: string, value: string | null): HTMLElement | null {
  if (!value) return null;
  return el('div', { class: 'card-row' }, el('dt', {}, label), el('dd', {}, value));
}

/**
 * Shows the card for a quote while it is hovered or focused: speaker, descriptor, cue, channel
 * and the rule that found it. One card element serves the whole page; Escape hides it.
 */
export function attachQuoteCard(root: HTMLElement, article: Article, signal: AbortSignal): void {
  const card = document.getElementById('quote-card');
  if (!card) return;
  const quotes = new Map(article.quotes.map((quote) => [quote.id, quote]));
  let current: HTMLElement | null = null;

  const hide = () => {
    card.hidden = true;
    current?.removeAttribute('aria-describedby');
    current = null;
  };
  const show = (target: HTMLElement) => {
    const quote = quotes.get(target.dataset.quote ?? '');
    if (!quote || target === current) return;
    current?.removeAttribute('aria-describedby');
    current = target;
    const facts = quoteFacts(article, quote);
    setChildren(
      card,
      el('p', { class: 'card-speaker' }, facts.speaker),
      facts.descriptor ? el('p', { class: 'card-descriptor' }, facts.descriptor) : null,
      el(
        'dl',
        {},
        row('Cue', facts.cue),
        row('Channel', facts.channel),
        row('Kind', facts.kind),
        row('Found by', facts.foundBy),
        row('Confidence', facts.confidence),
      ),
    );
    card.hidden = false;
    target.setAttribute('aria-describedby', card.id);
    // Position through the CSSOM (allowed by the CSP, unlike style attributes in markup),
    // under the quote's last line so a quote that wraps keeps its first lines in view.
    const lines = target.getClientRects();
    const box = lines[lines.length - 1] ?? target.getBoundingClientRect();
    const width = card.offsetWidth;
    const left = Math.min(
      Math.max(8, box.left + window.scrollX),
      window.scrollX + document.documentElement.clientWidth - width - 8,
    );
    card.style.left = `${Math.max(8, left)}px`;
    card.style.top = `${box.bottom + window.scrollY + 6}px`;
  };
  const quoteAt = (event: Event) =>
    event.target instanceof Element ? event.target.closest<HTMLElement>('.q') : null;

  root.addEventListener(
    'mouseover',
    (event) => {
      const target = quoteAt(event);
      if (target) show(target);
    },
    { signal },
  );
  root.addEventListener(
    'mouseout',
    (event) => {
      const target = quoteAt(event);
      const to = event.relatedTarget instanceof Element ? event.relatedTarget.closest('.q') : null;
      if (target && to !== target && document.activeElement !== target) hide();
    },
    { signal },
  );
  root.addEventListener(
    'focusin',
    (event) => {
      const target = quoteAt(event);
      if (target) show(target);
    },
    { signal },
  );
  root.addEventListener('focusout', () => hide(), { signal });
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape') hide();
    },
    { signal },
  );
  signal.addEventListener('abort', hide);
}
