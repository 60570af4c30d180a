import type { Organization } from '../data/dataset-schema.js';
import { namesOf } from '../data/ecosystem-index.js';
import type { Locale } from './i18n/locale.js';
import { textIn } from './i18n/localized-text.js';

const MARKER = 'data-eco-json-ld';

/** A schema.org description of an organization, for search engines that cannot see into shadow DOM. */
export function organizationJsonLd(
  org: Organization,
  parent: Organization | undefined,
  locale: Locale,
  regionName: string,
): Record<string, unknown> {
  const alternateNames = namesOf(org).slice(1);
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: org.name,
    ...(alternateNames.length > 0 && { alternateName: alternateNames }),
    ...(org.description && { description: textIn(org.description, locale).text }),
    address: {
      '@type': 'PostalAddress',
      ...(org.city && { addressLocality: org.city }),
      addressRegion: regionName,
    },
    ...(parent && { parentOrganization: { '@type': 'Organization', name: parent.name } }),
  };
}

interface ScriptPolicy {
  createScript(input: string): string | object;
}

let scriptPolicy: ScriptPolicy | null | undefined;

/*
 * Under Trusted Types, writing any text into a <script> needs a policy, even a data block's. Ours
 * passes JSON through (its `<` already escaped). A page whose CSP does not allow our policy gets no
 * JSON-LD and no thrown error, but the browser reports the refused name as a violation, once: no API
 * lets a script ask first. Hence the README's header names `eco-widgets`.
 */
function jsonLdPolicy(): ScriptPolicy | null {
  if (scriptPolicy !== undefined) return scriptPolicy;
  const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy } }).trustedTypes;
  try {
    scriptPolicy = factory ? factory.createPolicy('eco-widgets', { createScript: (input) => input }) : { createScript: (input) => input };
  } catch {
    scriptPolicy = null;
  }
  return scriptPolicy;
}

/**
 * Puts one JSON-LD script into `host`'s light DOM, replacing any earlier one (also one a CMS saved
 * along with the page), or removes it when `data` is undefined.
 */
export function writeJsonLd(host: HTMLElement, data: Record<string, unknown> | undefined): void {
  // `<` escaped, so no text in the data can close the script element.
  const json = data && JSON.stringify(data).replace(/</g, '\\u003c');
  const existing = [...host.querySelectorAll<HTMLScriptElement>(`:scope > script[${MARKER}]`)];
  // Elements re-render for many reasons; the page's DOM changes only when the description does.
  if (existing.length === 1 && existing[0]!.text === json) return;
  existing.forEach((script) => script.remove());
  const policy = json && jsonLdPolicy();
  if (!json || !policy) return;
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.setAttribute(MARKER, '');
  (script as { text: string | object }).text = policy.createScript(json);
  host.append(script);
}
