import type { CSSResultOrNative } from 'lit';

/** Copies of our style sheets made in another document's window, each made once. */
const copies = new WeakMap<Window, Map<string, CSSStyleSheet>>();

const cssTextOf = (style: CSSResultOrNative): string =>
  style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : (style.cssText ?? '');

/**
 * Gives `root` its element's styles again after the element moved to another document (an iframe's,
 * say). A document may only adopt style sheets made by its own window, and browsers drop the others on
 * the move, so the element would lose every style; there, copies made by that window stand in.
 */
export function adoptStylesInDocument(root: ShadowRoot, styles: readonly CSSResultOrNative[]): void {
  const view = root.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (!view || !('adoptedStyleSheets' in root)) return;
  let byText = copies.get(view);
  if (!byText) copies.set(view, (byText = new Map()));
  const cache = byText;
  root.adoptedStyleSheets = styles.map((style) => {
    const own = style instanceof CSSStyleSheet ? style : style.styleSheet;
    if (own instanceof view.CSSStyleSheet) return own;
    const text = cssTextOf(style);
    let copy = cache.get(text);
    if (!copy) {
      copy = new view.CSSStyleSheet();
      copy.replaceSync(text);
      cache.set(text, copy);
    }
    return copy;
  });
}
