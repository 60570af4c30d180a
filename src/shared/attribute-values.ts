function tokens(value: string | null | undefined, separator: RegExp, normalize: (token: string) => string): string[] {
  if (!value) return [];
  return [...new Set(value.split(separator).map((token) => normalize(token.trim().toLowerCase())).filter(Boolean))];
}

/**
 * Splits `region="Antwerp, East Flanders"` into ids (`antwerp`, `east-flanders`): CMS authors write
 * capitals, spaces for hyphens and stray blanks, and all of them should work.
 */
export function parseIdList(value: string | null | undefined): string[] {
  return tokens(value, /[,;]+/, (token) => token.replace(/[\s_]+/g, '-'));
}

/** Splits `controls="search filters"` (or with commas) into words. */
export function parseWordList(value: string | null | undefined): string[] {
  return tokens(value, /[\s,;]+/, (token) => token);
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
