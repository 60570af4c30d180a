/*
 * The vocabularies of the dataset. They are data, not UI: labels for them live with the UI strings.
 * Adding a value here is a change to the dataset's contract. Regions, types and focus areas are ours
 * and, in a partner's dataset, its own as well (`vocabulary`); the others are closed.
 */

/** Provinces and the capital: the places an organization is in. */
export const PLACE_REGIONS = ['antwerp', 'east-flanders', 'west-flanders', 'flemish-brabant', 'limburg', 'brussels'] as const;

/** Places, then the values for organizations that work region-wide or from abroad. */
export const REGIONS = [...PLACE_REGIONS, 'flanders', 'belgium', 'international'] as const;
export type Region = (typeof REGIONS)[number];

export const ORGANIZATION_TYPES = [
  'university',
  'academic-hospital',
  'hospital',
  'hospital-network',
  'hospital-department',
  'research-institute',
  'university-centre',
  'university-department',
  'university-lab',
  'incubator',
  'science-park',
  'accelerator',
  'cluster',
  'government',
  'programme',
  'platform',
  'company',
  'pharma',
  'agbiotech',
  'facility',
  'association',
  'media',
  'care-provider',
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export const FOCUS_AREAS = [
  'oncology',
  'neuroscience',
  'cardiovascular',
  'diabetes',
  'immunology',
  'inflammation',
  'infectious-diseases',
  'vaccines',
  'genetics',
  'genomics',
  'reproductive-medicine',
  'sleep-medicine',
  'respiratory',
  'mental-health',
  'dermatology',
  'ageing-and-care',
  'rehabilitation',
  'regenerative-medicine',
  'advanced-therapies',
  'drug-discovery',
  'biotechnology',
  'industrial-biotechnology',
  'agbiotech',
  'food-and-nutrition',
  'biobased-economy',
  'medtech',
  'medical-imaging',
  'diagnostics',
  'digital-health',
  'health-data',
  'nanotechnology',
  'robotics',
  'structural-biology',
  'microbiology',
  'biobanking',
  'clinical-research',
  'public-health',
  'pharma-manufacturing',
  'logistics',
  'entrepreneurship',
] as const;
export type FocusArea = (typeof FOCUS_AREAS)[number];

/** How a figure's value relates to the truth: "more than 1,000" is `at-least`, "nearly 30" is `about`. */
export const QUALIFIERS = ['exact', 'at-least', 'about', 'up-to'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** `count`: things the label names; `rank`: 1 is first; `multiplier`: "about double" is 2. */
export const UNITS = ['count', 'EUR', 'hectare', 'rank', 'first', 'multiplier', 'year'] as const;
export type Unit = (typeof UNITS)[number];

/** How an organization relates to another; recorded once, from the side the source states. */
export const RELATION_KINDS = [
  'partner',
  'member-of',
  'located-at',
  'formed-from',
  'founded-by',
  'supported-by',
  'affiliated-with',
  'part-of-network',
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** The three ways organizations are told apart: by where they are, what they are, what they work on. */
export type Facet = 'region' | 'type' | 'focus';

/** The key each facet's values go by in a filter, in a dataset's `vocabulary` and in the messages. */
export const FACET_KEYS = { region: 'regions', type: 'types', focus: 'focus' } as const satisfies Record<Facet, string>;

export const BUILT_IN_TERMS: Record<Facet, readonly string[]> = { region: REGIONS, type: ORGANIZATION_TYPES, focus: FOCUS_AREAS };

/** Each facet's values in a dataset: ours, then those it declares that are not ours. */
export function termsOf(vocabulary: Partial<Record<(typeof FACET_KEYS)[Facet], object>> = {}): Record<Facet, readonly string[]> {
  const terms = (facet: Facet) => {
    const declared = Object.keys(vocabulary[FACET_KEYS[facet]] ?? {});
    return declared.length === 0 ? BUILT_IN_TERMS[facet] : [...new Set([...BUILT_IN_TERMS[facet], ...declared])];
  };
  return { region: terms('region'), type: terms('type'), focus: terms('focus') };
}
