import type { Block, SourceMeta } from '@sourcetrace/article-model';

/** Metadata a caller may already know; it wins over what the page says (except the URL, see readHtml). */
export interface InputMeta {
  title?: string;
  url?: string;
  publisher?: string;
  byline?: string;
  publishedAt?: string;
}

/** Plain text, exactly as pasted: it becomes `Article.text` unchanged. */
export interface TextInput extends InputMeta {
  text: string;
}

/** An HTML page; its readable body becomes `Article.text`. */
export interface HtmlInput extends InputMeta {
  html: string;
}

/** What a caller hands to `extract`: plain text, or HTML with an optional page URL. */
export type ExtractInput = string | TextInput | HtmlInput;

/** The article text fixed once, with its structure and metadata; everything else stands off it. */
export interface ReadInput {
  text: string;
  title: string | null;
  source: SourceMeta;
  blocks: Block[];
}
