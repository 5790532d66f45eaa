import { z } from 'zod';
import {
  ArticleMeta,
  ArticleSummary,
  CorpusEntity,
  HtmlInput as ModelHtmlInput,
  PageUrl,
  TextInput as ModelTextInput,
  pageOf,
} from '@sourcetrace/article-model';

// The HTTP wire contract beyond the article model: request bodies, the entity profile, the
// problem document and the health answers. The server validates with these, its OpenAPI
// document is generated from them, and the client parses responses with them.

// Request bodies are the model's ArticleInput, made strict: a misspelt field is a 400 here,
// where a JSON line on the command line merely ignores it. The caller's own `id` is left out:
// the server answers with the article's id, which comes from its text.
export const TextInput = ModelTextInput.omit({ id: true }).strict().meta({
  id: 'TextInput',
  description: 'A plain-text article.',
});
export type TextInput = z.infer<typeof TextInput>;

export const HtmlInput = ModelHtmlInput.omit({ id: true }).strict().meta({
  id: 'HtmlInput',
  description: 'An HTML page; its readable text is extracted once.',
});
export type HtmlInput = z.infer<typeof HtmlInput>;

export const UrlInput = ArticleMeta.omit({ id: true }).extend({ url: PageUrl }).strict().meta({
  id: 'UrlInput',
  description: 'A page the server fetches (public addresses only, size and time limited).',
});
export type UrlInput = z.infer<typeof UrlInput>;

/** POST /v1/extract: text or HTML in, an Article out, nothing stored. */
export const ExtractRequest = z.union([TextInput, HtmlInput]).meta({ id: 'ExtractRequest' });
export type ExtractRequest = z.infer<typeof ExtractRequest>;

/** POST /v1/articles: text, HTML or a URL to fetch. */
export const IngestRequest = z
  .union([TextInput, HtmlInput, UrlInput])
  .meta({ id: 'IngestRequest' });
export type IngestRequest = z.infer<typeof IngestRequest>;

export const IngestResult = z
  .object({
    id: z.string().min(1),
    /** created: newly stored (201); unchanged: the same article was already there (200). */
    status: z.enum(['created', 'unchanged']),
    title: z.string().nullable(),
  })
  .strict()
  .meta({ id: 'IngestResult' });
export type IngestResult = z.infer<typeof IngestResult>;

/** GET /v1/entities/:id: the entity with its descriptors and counts, and its first page of articles. */
export const EntityProfile = z
  .object({ entity: CorpusEntity, articles: pageOf(ArticleSummary) })
  .strict()
  .meta({ id: 'EntityProfile' });
export type EntityProfile = z.infer<typeof EntityProfile>;

export const ProblemLocation = z.enum(['query', 'path', 'body', 'header']);

/** RFC 9457 problem details, with the offending input paths for validation errors. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int().min(100).max(599),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z
      .array(
        z
          .object({
            in: ProblemLocation,
            path: z.array(z.union([z.string(), z.number()])),
            message: z.string(),
          })
          .strict(),
      )
      .optional(),
  })
  // Problem documents may carry extension members; tolerate ones we do not know.
  .loose()
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;

export const Health = z
  .object({ status: z.literal('ok') })
  .strict()
  .meta({ id: 'Health' });
export type Health = z.infer<typeof Health>;

export const Readiness = z
  .object({
    status: z.literal('ready'),
    store: z.enum(['sqlite', 'postgres']),
    articles: z.number().int().nonnegative(),
  })
  .strict()
  .meta({ id: 'Readiness' });
export type Readiness = z.infer<typeof Readiness>;
