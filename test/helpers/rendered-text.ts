/** What a person sees and what a screen reader reads of an element, through every shadow root. */
export interface RenderedText {
  visible: string;
  accessible: string;
  /** The JSON-LD the element keeps in its light DOM for search engines, if any. */
  jsonLd: string[];
}

const SKIPPED = new Set(['STYLE', 'SCRIPT', 'TEMPLATE']);

function childrenOf(node: Node): Node[] {
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    return assigned.length > 0 ? assigned : [...node.childNodes];
  }
  if (node instanceof Element && node.shadowRoot) return [...node.shadowRoot.childNodes];
  return [...node.childNodes];
}

/**
 * Walks the composed tree from `element`: text in boxes that are displayed is visible; of that, text
 * outside `aria-hidden` subtrees, with the `aria-label`s on the way, is what assistive technology reads.
 */
export function renderedText(element: Element): RenderedText {
  const visible: string[] = [];
  const accessible: string[] = [];
  const walk = (node: Node, ariaHidden: boolean) => {
    if (node instanceof Text) {
      visible.push(node.data);
      if (!ariaHidden) accessible.push(node.data);
      return;
    }
    if (!(node instanceof Element)) {
      childrenOf(node).forEach((child) => walk(child, ariaHidden));
      return;
    }
    if (SKIPPED.has(node.tagName)) return;
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden') return;
    const hidden = ariaHidden || node.getAttribute('aria-hidden') === 'true';
    const label = node.getAttribute('aria-label');
    if (label && !hidden) accessible.push(` [${label}] `);
    childrenOf(node).forEach((child) => walk(child, hidden));
  };
  childrenOf(element).forEach((child) => walk(child, false));
  const tidy = (parts: string[]) => parts.join('').replace(/\s+/g, ' ').trim();
  const jsonLd = [...element.querySelectorAll(':scope script[type="application/ld+json"]')].map((script) => script.textContent ?? '');
  return { visible: tidy(visible), accessible: tidy(accessible), jsonLd };
}
