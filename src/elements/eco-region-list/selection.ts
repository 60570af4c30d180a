import type { FocusArea, OrganizationType, Region } from '../../data/vocabulary.js';

/** What a list is narrowed to: by the author's attributes, a shared link or the visitor. */
export interface Selection {
  regions: Region[];
  types: OrganizationType[];
  focus: FocusArea[];
  query: string;
}

export const NO_SELECTION: Selection = { regions: [], types: [], focus: [], query: '' };

/** A selection's part as URL text: `limburg,antwerp`, or the query. */
export function selectionText(value: Selection[keyof Selection]): string {
  return Array.isArray(value) ? value.join(',') : value;
}

export function sameSelection(a: Selection, b: Selection): boolean {
  return (Object.keys(a) as (keyof Selection)[]).every((key) => selectionText(a[key]) === selectionText(b[key]));
}
