import { z } from 'zod';

// What a caller hands over to become an Article: the command line (`extract --jsonl`,
// `ingest`), the ingest sources, the HTTP API and its client, and the extractor all take
// this one shape. Unknown keys are ignored here (a JSON line may carry more); the HTTP API
// applies `.strict()` to the same objects so a misspelt field is an error there.

const metaText = (max: number) => z.string().trim().min(1).max(max).optional();

/** An absolute http(s) page address. */
export const PageUrl = z.url({ protocol: /^https?$/ }).max(2048);

/** What a caller may already know about an article; it wins over what the page says. */
export const ArticleMeta = z.object({
  /** The caller's own reference, echoed beside a failure; `Article.id` always comes from the text. */
  id: z.union([z.string().max(500), z.number()]).optional(),
  title: metaText(1000),
  url: PageUrl.optional(),
  publisher: metaText(500),
  byline: metaText(500),
  /** ISO 8601 date or date-time with offset. */
  publishedAt: z.iso
    .date()
    .or(z.iso.datetime({ offset: true }))
    .optional(),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

/** Plain text, exactly as pasted: it becomes `Article.text` unchanged. */
export const TextInput = z.object({ text: z.string().min(1), ...ArticleMeta.shape });
export type TextInput = z.infer<typeof TextInput>;

/** An HTML page; its readable body becomes `Article.text`. */
export const HtmlInput = z.object({ html: z.string().min(1), ...ArticleMeta.shape });
export type HtmlInput = z.infer<typeof HtmlInput>;

/** Text or HTML, never both. */
export const ArticleInput = z.xor([TextInput, HtmlInput]);
export type ArticleInput = z.infer<typeof ArticleInput>;

export type ArticleInputResult =
  { ok: true; input: ArticleInput } | { ok: false; error: string; id: string | number | null };

/**
 * Checks one decoded value (a JSON line, a request body) against `ArticleInput`, with a
 * message a person can act on ("title: Too small ...", "needs exactly one of "text" or "html" ...").
 * The caller's `id` comes back with a failure when it can be read, so a report can name it.
 */
export function parseArticleInput(value: unknown): ArticleInputResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, error: 'not a JSON object', id: null };
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? record.id : null;
  const hasText = typeof record.text === 'string';
  const hasHtml = typeof record.html === 'string';
  if (hasText === hasHtml) {
    const error = hasText
      ? 'needs exactly one of "text" or "html", not both'
      : 'needs exactly one of "text" or "html", as a string';
    return { ok: false, error, id };
  }
  const parsed = (hasText ? TextInput : HtmlInput).safeParse(value);
  if (parsed.success) return { ok: true, input: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  return { ok: false, error: `${where}${issue?.message ?? 'not an article'}`, id };
}
