import type { Article } from '@sourcetrace/article-model';

/** One Article JSON object per line. */
export async function* articlesToJsonl(articles: AsyncIterable<Article>): AsyncGenerator<string> {
  for await (const article of articles) yield JSON.stringify(article) + '\n';
}
