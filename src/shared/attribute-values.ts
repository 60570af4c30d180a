/**
 * The most values read from one list attribute: more than any vocabulary of ours has, and few enough
 * that 20,000 pasted values cost no more than 50 (the rest of the text is never even split).
 */
export const MAX_LIST_VALUES = 50;

/** A list attribute's value: the attribute's text, or the same values as an array property. */
export type ListValue = string | readonly string[] | null | undefined;

function tokens(value: ListValue, token: RegExp, normalize: (token: string) => string): string[] {
  if (!value) return [];
  const text = typeof value === 'string' ? value : value.join(',');
  const found = new Set<string>();
  for (const [match] of text.matchAll(token)) {
    const normalized = normalize(match.trim().toLowerCase());
    if (normalized) found.add(normalized);
    if (found.size === MAX_LIST_VALUES) break;
  }
  return [...found];
}

/**
 * Splits `region="Antwerp, East Flanders"` into ids (`antwerp`, `east-flanders`): CMS authors write
 * capitals, spaces for hyphens and stray blanks, and all of them should work. An array of values reads
 * as those values written with commas between them.
 */
export function parseIdList(value: ListValue): string[] {
  return tokens(value, /[^,;]+/g, (token) => token.replace(/[\s_]+/g, '-'));
}

/** Splits `controls="search filters"` (or with commas) into words. */
export function parseWordList(value: ListValue): string[] {
  return tokens(value, /[^\s,;]+/g, (token) => token);
}

/** Splits tokens into those in `allowed` and the rest, keeping their order. */
export function partitionKnown<T extends string>(tokens: readonly string[], allowed: readonly T[]): { known: T[]; unknown: string[] } {
  const known: T[] = [];
  const unknown: string[] = [];
  for (const token of tokens) {
    if ((allowed as readonly string[]).includes(token)) known.push(token as T);
    else unknown.push(token);
  }
  return { known, unknown };
}

/** What a page asked for, short enough to quote back in a message: a pasted essay is cut. */
export function quoted(value: string, length = 80): string {
  return value.length > length ? `${value.slice(0, length - 1)}…` : value;
}

/** For attributes with a fixed set of values: `layout="Compact "` means `compact`. */
export const choiceAttribute = {
  fromAttribute: (value: string | null) => value?.trim().toLowerCase(),
  toAttribute: (value: string | undefined) => value,
};
