/**
 * Article text, titles, names, file names and URLs are hostile: an escape sequence in any of
 * them could rewrite the terminal. Control characters (C0, DEL, C1) become U+FFFD before
 * anything reaches the screen; line breaks and tabs become spaces on one-line output.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\t\n\r]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
}
