/**
 * A link taken from an article is followed only when it is plain http(s): `javascript:`,
 * `data:` and the rest are shown as text, never as a link.
 */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.href;
}
