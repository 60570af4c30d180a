import type { LocalizedText, Organization } from '../../data/dataset-schema.js';
import type { Locale } from './locale.js';

export interface TextInLanguage {
  text: string;
  /** Set only when the text is not in the language asked for, so it can be marked with `lang`. */
  lang: Locale | undefined;
}

/** The text in `locale` where the data has it, else English, marked as such for screen readers. */
export function textIn(text: LocalizedText, locale: Locale): TextInLanguage {
  const translated = text[locale];
  return translated ? { text: translated, lang: undefined } : { text: text.en, lang: locale === 'en' ? undefined : 'en' };
}

/** The organization's name as readers of `locale` know it: "Universiteit Gent" on a Dutch page. */
export function nameIn(org: Organization, locale: Locale): string {
  return (locale !== 'en' && org.localNames?.[locale]) || org.name;
}
