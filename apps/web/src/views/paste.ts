import type { Article } from '@sourcetrace/article-model';
import { renderArticleView } from '../article/view.js';
import { client, errorMessage } from '../app/client.js';
import { hrefs } from '../app/router.js';
import { el } from '../ui/dom.js';
import { field } from '../ui/parts.js';
import { safeHttpUrl } from '../ui/safe-url.js';
import type { ViewContext } from './context.js';
import { buildRequest, formatOf, type PasteFields } from './paste-request.js';

const MAX_FILE_BYTES = 5 * 1024 * 1024;

export function renderPaste(context: ViewContext): void {
  const { main, signal } = context;
  context.setTitle('Paste or upload');
  const text = el('textarea', {
    attrs: {
      name: 'text',
      rows: 12,
      placeholder: 'Paste the article text or its HTML here, or drop a file.',
      required: true,
    },
  });
  const title = el('input', { attrs: { type: 'text', name: 'title', autocomplete: 'off' } });
  const publisher = el('input', {
    attrs: { type: 'text', name: 'publisher', autocomplete: 'off' },
  });
  const url = el('input', {
    attrs: { type: 'url', name: 'url', placeholder: 'https://…', autocomplete: 'off' },
  });
  const publishedAt = el('input', { attrs: { type: 'date', name: 'publishedAt' } });
  const format = el(
    'select',
    { attrs: { name: 'format' } },
    el('option', { attrs: { value: 'auto' } }, 'Detect'),
    el('option', { attrs: { value: 'text' } }, 'Plain text'),
    el('option', { attrs: { value: 'html' } }, 'HTML'),
  );
  const file = el('input', {
    attrs: { type: 'file', accept: '.txt,.html,.htm,text/plain,text/html' },
  });
  const message = el('p', { class: 'form-message', attrs: { role: 'status' } });
  const result = el('div', { class: 'paste-result' });
  let fileFormat: 'text' | 'html' | null = null;

  const readFile = (chosen: File | undefined) => {
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) {
      message.textContent = `${chosen.name} is larger than 5 MB.`;
      return;
    }
    chosen.text().then(
      (content) => {
        text.value = content;
        fileFormat = /\.html?$/i.test(chosen.name) || chosen.type === 'text/html' ? 'html' : 'text';
        message.textContent = `Loaded ${chosen.name}.`;
      },
      () => {
        message.textContent = `Could not read ${chosen.name}.`;
      },
    );
  };
  file.addEventListener('change', () => readFile(file.files?.[0]));
  const drop = el(
    'div',
    { class: 'drop-zone' },
    field('Article', text),
    el('div', { class: 'file-row' }, field('Or choose a file', file, '.txt or .html, up to 5 MB')),
  );
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('is-dragging');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('is-dragging'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('is-dragging');
    readFile(event.dataTransfer?.files[0]);
  });
  text.addEventListener('input', () => {
    fileFormat = null;
  });

  const fields = (): PasteFields => ({
    content: text.value,
    format:
      format.value === 'auto'
        ? (fileFormat ?? formatOf(text.value))
        : (format.value as 'text' | 'html'),
    title: title.value,
    publisher: publisher.value,
    url: url.value,
    publishedAt: publishedAt.value,
  });

  const showExtracted = (article: Article) => {
    const store = el(
      'button',
      { class: 'primary', attrs: { type: 'button' } },
      'Store in the library',
    );
    const storeMessage = el('span', { class: 'form-message', attrs: { role: 'status' } });
    store.addEventListener('click', () => {
      const request = buildRequest(fields());
      if (!request.ok) {
        storeMessage.textContent = request.error;
        return;
      }
      store.disabled = true;
      storeMessage.textContent = 'Storing…';
      client.ingest(request.request).then(
        (stored) => {
          window.location.hash = hrefs.article(stored.id);
        },
        (error: unknown) => {
          store.disabled = false;
          storeMessage.textContent = errorMessage(error);
        },
      );
    });
    const view = renderArticleView(article, { signal });
    result.replaceChildren(
      el(
        'div',
        { class: 'banner', attrs: { role: 'note' } },
        el('p', {}, 'This is a preview: nothing has been stored yet.'),
        store,
        storeMessage,
      ),
      view.element,
    );
    view.mounted();
  };

  const form = el(
    'form',
    { class: 'paste-form', attrs: { 'aria-label': 'Article to read' } },
    drop,
    el(
      'div',
      { class: 'filter-row' },
      field('Title', title),
      field('Outlet', publisher),
      field('Address', url),
      field('Published', publishedAt),
      field('Format', format),
    ),
    el(
      'div',
      { class: 'search-row' },
      el('button', { class: 'primary', attrs: { type: 'submit' } }, 'Find who said what'),
      message,
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const request = buildRequest(fields());
    if (!request.ok) {
      message.textContent = request.error;
      return;
    }
    if (request.request.url && !safeHttpUrl(request.request.url)) {
      message.textContent = 'The address must start with http:// or https://.';
      return;
    }
    message.textContent = 'Reading…';
    client.extract(request.request).then(
      (article) => {
        if (signal.aborted) return;
        message.textContent = '';
        showExtracted(article);
        result.scrollIntoView({ block: 'start' });
      },
      (error: unknown) => {
        message.textContent = errorMessage(error);
      },
    );
  });

  main.replaceChildren(
    el(
      'header',
      { class: 'page-head' },
      el('h1', {}, 'Paste or upload an article'),
      el('p', { class: 'muted' }, 'See who said what before deciding to keep it.'),
    ),
    form,
    result,
  );
}
