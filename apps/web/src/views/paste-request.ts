import type { ExtractRequest } from '@sourcetrace/api-client';

export interface PasteFields {
  content: string;
  format: 'text' | 'html';
  title: string;
  publisher: string;
  url: string;
  publishedAt: string;
}

/** HTML when the text opens like a page or is mostly markup; plain text otherwise. */
export function formatOf(content: string): 'text' | 'html' {
  const start = content.trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'html';
  return /^<(article|body|head|div|p|main|section|h1)\b/.test(start) ? 'html' : 'text';
}

/** The extract/ingest body for the form, leaving out empty fields; an error for what cannot be sent. */
export function buildRequest(
  fields: PasteFields,
): { ok: true; request: ExtractRequest } | { ok: false; error: string } {
  if (!fields.content.trim())
    return { ok: false, error: 'Paste some text or choose a file first.' };
  const meta: Record<string, string> = {};
  for (const key of ['title', 'publisher', 'url', 'publishedAt'] as const) {
    const value = fields[key].trim();
    if (value) meta[key] = value;
  }
  const request =
    fields.format === 'html'
      ? { html: fields.content, ...meta }
      : { text: fields.content, ...meta };
  return { ok: true, request: request as ExtractRequest };
}
