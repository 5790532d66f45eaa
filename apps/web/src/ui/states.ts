import { el } from './dom.js';

export function loading(what: string): HTMLElement {
  return el('p', { class: 'status', attrs: { role: 'status' } }, `Loading ${what}…`);
}

export function failure(message: string): HTMLElement {
  return el(
    'div',
    { class: 'status status-error', attrs: { role: 'alert' } },
    el('p', {}, message),
  );
}

/** A "Load more" button for cursor pages; replaces itself with the next page's items. */
export function moreButton(label: string, load: () => Promise<void>): HTMLButtonElement {
  const button = el('button', { class: 'more', attrs: { type: 'button' } }, label);
  button.addEventListener('click', () => {
    button.disabled = true;
    button.textContent = 'Loading…';
    load().then(
      () => button.remove(),
      () => {
        button.disabled = false;
        button.textContent = `${label} (failed, try again)`;
      },
    );
  });
  return button;
}
