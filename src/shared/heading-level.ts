import { literal, type StaticValue } from 'lit/static-html.js';

const HEADING_TAGS: Record<number, StaticValue> = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` };

/** The warning for a `heading-level` that is not 2 to 6, or nothing; removing the attribute (null) means the default. */
export function headingLevelProblem(level: number | null, fallback: number): string | undefined {
  return level === null || level in HEADING_TAGS ? undefined : `not 2 to 6. Using ${fallback}.`;
}

/** The heading tag for `level`, or for `fallback` when it is not 2 to 6. */
export function headingTag(level: number, fallback: number): StaticValue {
  return HEADING_TAGS[level] ?? HEADING_TAGS[fallback]!;
}
