import type { OrganizationType } from '../../../data/vocabulary.js';
import type { Locale } from '../locale.js';
import { de } from './de.js';
import { en, type MessageTable } from './en.js';
import { fr } from './fr.js';
import { nl } from './nl.js';

export type Messages = MessageTable & {
  /** A type's label on its own: "Incubator". */
  types: Record<OrganizationType, string>;
};

function withTypeLabels(table: MessageTable, locale: Locale): Messages {
  const types = Object.fromEntries(
    Object.entries(table.typeCounts).map(([type, { one }]) => [type, one.charAt(0).toLocaleUpperCase(locale) + one.slice(1)]),
  ) as Record<OrganizationType, string>;
  return { ...table, types };
}

/*
 * All four tables ship in the partner bundle, which must be self-contained. Together they cost about
 * 5 KB brotli (`npm run size` breaks it down): the largest part of the code after Lit.
 */
const messagesByLocale: Record<Locale, Messages> = {
  en: withTypeLabels(en, 'en'),
  nl: withTypeLabels(nl, 'nl'),
  fr: withTypeLabels(fr, 'fr'),
  de: withTypeLabels(de, 'de'),
};

export function messagesFor(locale: Locale): Messages {
  return messagesByLocale[locale];
}
