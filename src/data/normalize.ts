/**
 * The form in which names are compared: no accents, no case, punctuation as single spaces, so that
 * "Universiteit  Antwerpen", "universiteit-antwerpen" and "UNIVERSITEIT ANTWERPEN" are one key.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Levenshtein distance, for "did you mean …?". Two rows of memory, no matrix. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Past this length a text is no name or id: comparing is quadratic, and must not freeze the page. */
const MAX_COMPARABLE_LENGTH = 120;

/**
 * How far `candidate` is from what was asked (both normalized), or undefined when too far to be what
 * was meant: a start of the other counts as near, else up to 40% of the letters may differ.
 */
export function nearness(asked: string, candidate: string): number | undefined {
  if (!asked || asked.length > MAX_COMPARABLE_LENGTH) return undefined;
  const distance = candidate.startsWith(asked) || asked.startsWith(candidate) ? 1 : editDistance(asked, candidate);
  return distance <= Math.max(2, Math.floor(asked.length * 0.4)) ? distance : undefined;
}

/** The candidates near what was asked, nearest first, for a "Did you mean …?". */
export function nearest<T extends string>(asked: string, candidates: readonly T[], limit = 3): T[] {
  const key = normalizeText(asked);
  return candidates
    .map((candidate) => [candidate, nearness(key, normalizeText(candidate))] as const)
    .filter((pair): pair is readonly [T, number] => pair[1] !== undefined)
    .sort((a, b) => a[1] - b[1])
    .slice(0, limit)
    .map(([candidate]) => candidate);
}
