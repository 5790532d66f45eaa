// The one way this page builds DOM: elements with text nodes, never HTML strings.
// Article text is hostile, so nothing here parses markup.

export type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  /** Plain attributes; values are set with setAttribute, never parsed. */
  attrs?: Record<string, string | number | boolean | null | undefined>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

function apply(node: Element, props: Props | undefined, children: Child[]): void {
  if (props?.class) node.setAttribute('class', props.class);
  for (const [name, value] of Object.entries(props?.attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, listener] of Object.entries(props?.on ?? {})) {
    node.addEventListener(type, listener as EventListener);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'number' ? String(child) : child);
  }
}

/** An HTML element; string children become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props?: Props,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  apply(node, props, children);
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element; presentation goes through attributes and classes (the CSP forbids inline styles). */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  props?: Props,
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  apply(node, props, children);
  return node;
}

/** A link inside the page (a route built by routeHref). */
export function appLink(href: string, props: Props, ...children: Child[]): HTMLAnchorElement {
  return el('a', { ...props, attrs: { ...props.attrs, href } }, ...children);
}

/** Replaces an element's children; skips empty ones like `el` does. */
export function setChildren(node: Element, ...children: Child[]): void {
  node.replaceChildren();
  apply(node, undefined, children);
}
