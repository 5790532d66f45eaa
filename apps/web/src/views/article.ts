import { renderArticleView } from '../article/view.js';
import { client } from '../app/client.js';
import { hrefs } from '../app/router.js';
import { appLink } from '../ui/dom.js';
import { backToLibrary } from '../ui/parts.js';
import { failure, loading } from '../ui/states.js';
import type { ViewContext } from './context.js';
import { seenElsewhere } from './statements.js';

export async function renderArticle(
  context: ViewContext,
  id: string,
  initial: { entity?: string; quote?: string },
): Promise<void> {
  const { main, signal } = context;
  main.replaceChildren(loading('the article'));
  const article = await client.getArticle(id);
  if (signal.aborted) return;
  if (!article) {
    context.setTitle('Article not found');
    main.replaceChildren(
      failure('There is no article with this address.'),
      appLink(hrefs.library(), {}, 'Back to the library'),
    );
    return;
  }
  context.setTitle(article.title ?? 'Untitled article');
  const view = renderArticleView(article, {
    signal,
    selected: initial.entity,
    focusQuote: initial.quote,
    corpusHref: async (entityId) => {
      const entity = await client.corpusEntityFor(article.id, entityId);
      return entity ? hrefs.entity(entity.id) : null;
    },
    // Keep the highlight in the address without adding a history entry or re-rendering.
    onSelect: (entityId) =>
      window.history.replaceState(
        null,
        '',
        hrefs.article(article.id, { entity: entityId ?? undefined }),
      ),
  });
  const elsewhere = await seenElsewhere(article.id, article.source.publisher ?? null);
  if (signal.aborted) return;
  main.replaceChildren(backToLibrary(), view.element, ...(elsewhere ? [elsewhere] : []));
  view.mounted();
  performance.mark('article-rendered');
}
