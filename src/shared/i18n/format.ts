import type { Locale } from './locale.js';

/*
 * Intl objects are costly to build and cheap to reuse; a page with 300 cards formats thousands of
 * numbers, so each formatter is built once per locale and option set.
 */
const cache = new Map<string, unknown>();

function cached<T>(key: string, build: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = build();
    cache.set(key, value);
  }
  return value;
}

const numberFormat = (locale: Locale, options: Intl.NumberFormatOptions) =>
  cached(`number|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

export function formatNumber(
  locale: Locale,
  value: number,
  options: Intl.NumberFormatOptions = {},
): string {
  return numberFormat(locale, options).format(value);
}

/** "6–7", "€1–2 million": a range as the language writes it, the unit said once. */
export function formatNumberRange(locale: Locale, start: number, end: number, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(locale, options).formatRange(start, end);
}

/** "A, B and C" / "A, B en C" / "A, B et C" / "A, B und C". */
export function formatList(
  locale: Locale,
  items: readonly string[],
  type: Intl.ListFormatType = 'conjunction',
): string {
  const formatter = cached(`list|${locale}|${type}`, () => new Intl.ListFormat(locale, { type }));
  return formatter.format(items);
}

/** Plural forms of one message, keyed by CLDR category; `other` is always there. */
export type PluralForms<Form> = Partial<Record<Intl.LDMLPluralRule, Form>> & { other: Form };

/** The form of a message that the language uses for `count`. */
export function selectPlural<Form>(locale: Locale, count: number, forms: PluralForms<Form>): Form {
  const rules = cached(`plural|${locale}`, () => new Intl.PluralRules(locale));
  return forms[rules.select(count)] ?? forms.other;
}

/** Picks the form for `count` and fills it with the number formatted for the locale, then `rest`. */
export function formatPlural<Rest extends string[]>(
  locale: Locale,
  count: number,
  forms: PluralForms<(count: string, ...rest: Rest) => string>,
  ...rest: Rest
): string {
  return selectPlural(locale, count, forms)(formatNumber(locale, count), ...rest);
}

/** "25 April 2025" / "25 april 2025". Dates in the data are calendar days, so no time zone shifts them. */
export function formatDate(locale: Locale, isoDate: string): string {
  const formatter = cached(`date|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
  return formatter.format(new Date(`${isoDate}T00:00:00Z`));
}

/** Locale-aware comparison for sorting names: "Éa" between "Ea" and "Eb", numbers in numeric order. */
export function textComparer(locale: Locale): (a: string, b: string) => number {
  return cached(`collator|${locale}`, () => new Intl.Collator(locale, { numeric: true, sensitivity: 'base' })).compare;
}
