import { nearest } from '../data/normalize.js';
import { quoted } from './attribute-values.js';

/** How many unknown values of one attribute a warning names; the rest are counted. */
const NAMED_UNKNOWN_VALUES = 3;

const meant = (candidates: readonly string[]) => (candidates.length > 0 ? ` Did you mean ${candidates.join(' or ')}?` : '');

/**
 * The developer's half of unknown values: which are unknown, what is near the first, and what is
 * valid. (The visitor's half is a short sentence in their language, from the message tables.)
 */
export function unknownValues(values: readonly string[], valid: readonly string[], near: readonly string[] = nearest(values[0] ?? '', valid)): string {
  const rest = values.length - NAMED_UNKNOWN_VALUES;
  const named = values.slice(0, NAMED_UNKNOWN_VALUES).map((value) => `"${quoted(value)}"`).join(', ') + (rest > 0 ? ` and ${rest} more` : '');
  return `${named} ${values.length === 1 ? 'is' : 'are'} unknown.${meant(near.map((candidate) => `"${candidate}"`))} Valid values: ${valid.join(', ')}.`;
}

/** The developer's half of a name or id that matches no organization. */
export function notFoundWarning(suggestions: readonly { id: string; name: string }[]): string {
  return `matches no organization.${meant(suggestions.map(({ id, name }) => `"${id}" (${name})`))} Use an id, name or alias from the dataset.`;
}
