/** What a person sees and what a screen reader reads of an element, through every shadow root. */
export interface RenderedText {
  visible: string;
  accessible: string;
  /** The JSON-LD the element keeps in its light DOM for search engines, if any. */
  jsonLd: string[];
}

const SKIPPED = new Set(['STYLE', 'SCRIPT', 'TEMPLATE']);

// Nodes are told apart by nodeType and tag, not instanceof, so that pages in frames are read too.
const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;

function childrenOf(node: Node): Node[] {
  if (isElement(node) && node.localName === 'slot') {
    const assigned = (node as HTMLSlotElement).assignedNodes({ flatten: true });
    return assigned.length > 0 ? assigned : [...node.childNodes];
  }
  if (isElement(node) && node.shadowRoot) return [...node.shadowRoot.childNodes];
  return [...node.childNodes];
}

/**
 * Walks the composed tree from `element`: text in boxes that are displayed is visible; of that, text
 * outside `aria-hidden` subtrees, with the `aria-label`s on the way, is what assistive technology reads.
 * Like `innerText`, it puts a space at the edges of boxes that are not inline, so that whitespace the
 * layout ignores (between blocks) does not count, and whitespace it shows (between words) does.
 */
export function renderedText(element: Element): RenderedText {
  const visible: string[] = [];
  const accessible: string[] = [];
  const walk = (node: Node, ariaHidden: boolean) => {
    if (node.nodeType === Node.TEXT_NODE) {
      visible.push((node as Text).data);
      if (!ariaHidden) accessible.push((node as Text).data);
      return;
    }
    if (!isElement(node)) {
      childrenOf(node).forEach((child) => walk(child, ariaHidden));
      return;
    }
    if (SKIPPED.has(node.tagName)) return;
    const style = node.ownerDocument.defaultView!.getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden') return;
    const hidden = ariaHidden || node.getAttribute('aria-hidden') === 'true';
    const label = node.getAttribute('aria-label');
    if (label && !hidden) accessible.push(` [${label}] `);
    // Boxes that are not inline, and SVG's text (placed, not flowed), stand apart, whitespace around them or not.
    const inline = (style.display === 'inline' || style.display === 'contents') && node.namespaceURI !== 'http://www.w3.org/2000/svg';
    const boundary = inline ? '' : ' ';
    visible.push(boundary);
    accessible.push(boundary);
    childrenOf(node).forEach((child) => walk(child, hidden));
    visible.push(boundary);
    accessible.push(boundary);
  };
  childrenOf(element).forEach((child) => walk(child, false));
  const tidy = (parts: string[]) => parts.join('').replace(/\s+/g, ' ').trim();
  const jsonLd = [...element.querySelectorAll(':scope script[type="application/ld+json"]')].map((script) => script.textContent ?? '');
  return { visible: tidy(visible), accessible: tidy(accessible), jsonLd };
}
