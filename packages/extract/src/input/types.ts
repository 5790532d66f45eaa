import type { Block, SourceMeta } from '@sourcetrace/article-model';

/** What a caller hands to `extract`: plain text, or HTML with an optional page URL. */
export type ExtractInput =
  | string
  | {
      text: string;
      title?: string;
      url?: string;
      publisher?: string;
      byline?: string;
      publishedAt?: string;
    }
  | {
      html: string;
      url?: string;
      title?: string;
      publisher?: string;
      byline?: string;
      publishedAt?: string;
    };

/** The article text fixed once, with its structure and metadata; everything else stands off it. */
export interface ReadInput {
  text: string;
  title: string | null;
  source: SourceMeta;
  blocks: Block[];
}
