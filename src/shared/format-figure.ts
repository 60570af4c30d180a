import type { Figure } from '../data/dataset-schema.js';
import { formatNumber, formatNumberRange } from './i18n/format.js';
import type { Locale } from './i18n/locale.js';
import { textIn, type TextInLanguage } from './i18n/localized-text.js';
import { messagesFor, type Messages } from './i18n/messages/index.js';

export interface FormattedFigure {
  /**
   * The number with its unit and qualifier, in three: the qualifier's words before the number, the
   * number, and the words after it: `["up to ", "€150,000", ""]`, to set the words smaller.
   */
  parts: [before: string, number: string, after: string];
  /** The language of the number's words where it is not the page's (see `formatFigure`). */
  valueLang: Locale | undefined;
  /** What the number counts or measures: "beds". */
  label: TextInLanguage;
  /** The year the figure holds for, formatted, or undefined. */
  year: string | undefined;
}

/** From a million up, "1.2 million" (and "€2.5M": currencies have only the short form) reads better in a tile. */
const COMPACT_FROM = 1_000_000;

function formatValue(locale: Locale, figure: Figure, value: number, messages: Messages, short: boolean): string {
  const compact: Intl.NumberFormatOptions = short && value >= COMPACT_FROM ? { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 } : {};
  // An amount, or the range from value to max where the figure has one: "6–7".
  const amount = (options: Intl.NumberFormatOptions) =>
    figure.max === undefined ? formatNumber(locale, value, options) : formatNumberRange(locale, value, figure.max, options);
  switch (figure.unit) {
    case 'EUR':
      return amount({ style: 'currency', currency: 'EUR', maximumFractionDigits: 0, ...compact });
    case 'hectare':
      return amount({ style: 'unit', unit: 'hectare' });
    case 'first':
      return messages.first;
    case 'rank':
      return messages.rank(formatNumber(locale, value));
    case 'multiplier':
      return messages.multiplier(formatNumber(locale, value));
    case 'year':
      return formatNumber(locale, value, { useGrouping: false });
    case 'count':
      return amount(compact);
  }
}

/**
 * A figure as a reader should see it, keeping the source's hedging: "more than 1,000 beds" must never
 * become "1,000 beds". `short` is for big numbers in tiles: "1,000+" for "at least 1,000", and
 * "2.5 million" for 2,500,000. `value` shows the figure at another value, as a count-up does.
 */
export function formatFigure(locale: Locale, figure: Figure, messages: Messages, { short = false, value = figure.value } = {}): FormattedFigure {
  const label = textIn(figure.label, locale);
  // "First" is said in its label's language, so that the two read as one phrase ("First seaport in
  // Europe to …") on a page whose language the label lacks; "Premier" must also agree with a noun.
  const valueLang = figure.unit === 'first' ? label.lang : undefined;
  const number = formatValue(locale, figure, value, valueLang ? messagesFor(valueLang) : messages, short);
  // Big numbers in tiles read better as "55,000+" than as "more than 55,000".
  const plus = short && figure.qualifier === 'at-least';
  // The qualifier's message around a marker splits into its words before and after the number, in
  // whichever order the language puts them.
  const [before = '', after = ''] = plus ? [] : messages.qualifiers[figure.qualifier]('\0').split('\0');
  const parts: FormattedFigure['parts'] = [before, plus ? `${number}+` : number, after];
  return {
    parts,
    valueLang,
    label,
    year: figure.year === null ? undefined : formatNumber(locale, figure.year, { useGrouping: false }),
  };
}
