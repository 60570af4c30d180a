const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * Fills `{id}` into a link template and returns the absolute URL, or undefined when the result is not
 * an http:, https: or mailto: URL. `javascript:`, `data:` and the like never become links.
 */
export function safeHref(template: string, id: string, base: string = document.baseURI): string | undefined {
  try {
    const url = new URL(template.replaceAll('{id}', encodeURIComponent(id)), base);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
