/** HTML element and attribute names the page reader sorts markup by. All lowercase. */

/** Elements whose content is never readable text. */
export const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'select',
  'button',
  'textarea',
  'input',
  'form',
  'dialog',
  'frameset',
  'frame',
  'applet',
]);

/** Elements that end one block of text and start another. */
export const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'blockquote',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figure',
  'figcaption',
  'pre',
  'table',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'caption',
  'address',
  'hr',
  'details',
  'summary',
  'center',
  'body',
  'html',
]);

/** Heading elements: their text is a headline, not body. */
export const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Caption elements: their text describes a picture or table. */
export const CAPTION = new Set(['figcaption', 'caption']);

/** Elements that never have content or a closing tag. */
export const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Attributes the readable-body finder looks at; everything else (event handlers, styles) is dropped. */
export const KEPT_ATTRIBUTES = new Set([
  'id',
  'class',
  'href',
  'src',
  'alt',
  'title',
  'itemprop',
  'itemtype',
  'role',
  'hidden',
  'aria-hidden',
  'lang',
  'dir',
  'rel',
  'datetime',
]);

/** Tags rebuilt by hand: the page's own frame is replaced, odd tag names are not written back. */
export const UNWRITTEN = new Set(['html', 'head', 'body']);

/** Elements a parser closes on its own (an unclosed <p> or <li> does not nest). */
export const SELF_CLOSING = new Set([
  ...VOID,
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'rb',
  'rt',
  'rp',
  'thead',
  'tbody',
  'tfoot',
]);
