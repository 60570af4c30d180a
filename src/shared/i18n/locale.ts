/** The languages the UI speaks. Content (descriptions) may exist in fewer. */
export const LOCALES = ['en', 'nl', 'fr', 'de'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** `nl-BE` → `nl`; a language we do not speak → undefined. */
export function toLocale(languageTag: string | null | undefined): Locale | undefined {
  const language = languageTag?.trim().toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((locale) => locale === language);
}

/**
 * The nearest `lang` attribute, the element's own included. Unlike `Element.closest`, this climbs out
 * of shadow roots, so a card rendered inside another element follows the page around that element.
 */
export function closestLang(element: Element): string | undefined {
  let current: Element | null = element;
  while (current) {
    const withLang: Element | null = current.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang') ?? undefined;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/**
 * The element's own `lang` property comes first: a Lit element renders before it reflects a new value
 * to its attribute, and must already speak the new language in that render.
 */
export function resolveLocale(element: Element & { lang?: string }): Locale {
  return toLocale(element.lang) ?? toLocale(closestLang(element)) ?? DEFAULT_LOCALE;
}
