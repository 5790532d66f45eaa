import type { ArticleInput, Block, SourceMeta } from '@sourcetrace/article-model';

// The input shape is defined once, in the model: every front end validates against it.
export type { ArticleMeta as InputMeta, HtmlInput, TextInput } from '@sourcetrace/article-model';

/** What a caller hands to `extract`: plain text, or an `ArticleInput` (text or HTML with metadata). */
export type ExtractInput = string | ArticleInput;

/** The article text fixed once, with its structure and metadata; everything else stands off it. */
export interface ReadInput {
  text: string;
  title: string | null;
  source: SourceMeta;
  blocks: Block[];
}
