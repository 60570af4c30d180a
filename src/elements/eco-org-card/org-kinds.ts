import type { OrganizationType } from '../../data/vocabulary.js';

/**
 * The families of organizations the avatar's colour tells apart, so that a list scans by kind. Each
 * is a class of the avatar, which sets its colour, `--_kind`, in the card's styles.
 */
export type OrgKind = 'academia' | 'care' | 'research' | 'industry' | 'venture' | 'public' | 'network' | 'facility';

/** The family of each type of organization; a new type fails to compile until it has one. */
export const ORG_KINDS = {
  university: 'academia',
  'university-centre': 'academia',
  'hospital-department': 'care',
  'university-department': 'academia',
  'university-lab': 'academia',
  'academic-hospital': 'care',
  hospital: 'care',
  'hospital-network': 'care',
  'care-provider': 'care',
  'research-institute': 'research',
  company: 'industry',
  pharma: 'industry',
  agbiotech: 'industry',
  incubator: 'venture',
  'science-park': 'venture',
  accelerator: 'venture',
  government: 'public',
  programme: 'public',
  cluster: 'network',
  platform: 'network',
  association: 'network',
  media: 'network',
  facility: 'facility',
} as const satisfies Record<OrganizationType, OrgKind>;

/** The family of one of our types; a dataset's own types have none, and the avatar's neutral colour. */
export function kindOf(type: string): OrgKind | undefined {
  return Object.hasOwn(ORG_KINDS, type) ? ORG_KINDS[type as OrganizationType] : undefined;
}
