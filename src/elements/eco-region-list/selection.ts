import { FACET_KEYS, type Facet } from '../../data/vocabulary.js';

/** What a list is narrowed to: by the author's attributes, a shared link or the visitor. */
export interface Selection {
  regions: string[];
  types: string[];
  focus: string[];
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

/** The selection without the values a dataset does not know; the same selection if it knows them all. */
export function knownIn(selection: Selection, terms: Record<Facet, readonly string[]>): Selection {
  let known = selection;
  for (const facet of Object.keys(FACET_KEYS) as Facet[]) {
    const key = FACET_KEYS[facet];
    const values = selection[key].filter((value) => terms[facet].includes(value));
    if (values.length < selection[key].length) known = { ...known, [key]: values };
  }
  return known;
}
