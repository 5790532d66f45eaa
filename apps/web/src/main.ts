// First: zod's settings must be in place before any schema is built.
import './app/csp.js';
import './styles.css';
import { errorMessage } from './app/client.js';
import { hrefs, parseRoute, type Route } from './app/router.js';
import { appLink } from './ui/dom.js';
import { failure } from './ui/states.js';
import { renderArticle } from './views/article.js';
import type { ViewContext } from './views/context.js';
import { renderEntity } from './views/entity.js';
import { renderLibrary } from './views/library.js';
import { renderPaste } from './views/paste.js';
import { renderStatement, renderStatements } from './views/statements.js';

const main = document.getElementById('main')!;
let current: AbortController | null = null;
let firstRender = true;

async function renderRoute(route: Route, context: ViewContext): Promise<void> {
  switch (route.view) {
    case 'library':
      return renderLibrary(context, route.filters);
    case 'article':
      return renderArticle(context, route.id, { entity: route.entity, quote: route.quote });
    case 'entity':
      return renderEntity(context, route.id);
    case 'paste':
      return renderPaste(context);
    case 'statements':
      return renderStatements(context, route.flag);
    case 'statement':
      return renderStatement(context, route.id);
    case 'not-found':
      context.setTitle('Not found');
      main.replaceChildren(
        failure('There is no page at this address.'),
        appLink(hrefs.library(), {}, 'Go to the library'),
      );
  }
}

/** Draws the view for the address; a newer navigation cancels the older one. */
function navigate(): void {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const route = parseRoute(window.location.hash);
  main.removeAttribute('data-ready');
  main.dataset.view = route.view;
  const currentLink =
    route.view === 'library'
      ? hrefs.library()
      : route.view === 'paste'
        ? hrefs.paste()
        : route.view === 'statements'
          ? hrefs.statements()
          : null;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.site-nav a')) {
    if (link.getAttribute('href') === currentLink) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const context: ViewContext = {
    main,
    signal: controller.signal,
    setTitle: (title) => {
      document.title = `${title} · Sourcetrace`;
    },
  };
  renderRoute(route, context).then(
    () => {
      if (controller.signal.aborted) return;
      main.dataset.ready = route.view;
      // Move keyboard focus to the new view, but leave a quote the address asked for focused.
      if (!firstRender && !main.contains(document.activeElement))
        main.focus({ preventScroll: true });
      if (!firstRender && !(route.view === 'article' && route.quote)) window.scrollTo(0, 0);
      firstRender = false;
    },
    (error: unknown) => {
      if (controller.signal.aborted) return;
      main.replaceChildren(failure(errorMessage(error)));
      main.dataset.ready = 'error';
    },
  );
}

// The skip link moves focus without touching the address, which belongs to the router.
document.querySelector('.skip-link')?.addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});
window.addEventListener('hashchange', navigate);
navigate();
