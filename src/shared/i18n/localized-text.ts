import type { LocalizedText } from '../../data/dataset-schema.js';
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
