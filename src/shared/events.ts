import type { DataProblem } from '../data/validate-dataset.js';

/** Why an element could not show what was asked for. */
export type EcoErrorCode =
  | 'missing-attribute'
  | 'invalid-attribute'
  | 'not-found'
  | 'network'
  | 'http'
  | 'parse'
  | 'invalid-data'
  | 'timeout';

export interface EcoSelectDetail {
  /** The id of the organization the user chose. */
  id: string;
}

export interface EcoRegionSelectDetail {
  /** The region the visitor chose on a map, or null when they cleared the choice. */
  region: string | null;
}

/** What a list shows now: the ids of each filter, and the search text. */
export interface EcoFilterChangeDetail {
  region: string[];
  type: string[];
  focus: string[];
  query: string;
}

export interface EcoErrorDetail {
  code: EcoErrorCode;
  /** A sentence for developers, in English. */
  message: string;
  /** Every problem found in a dataset, each with its path. */
  problems?: readonly DataProblem[];
}

export interface EcoDataChangeDetail {
  /** What the provider hands down now. */
  status: 'loading' | 'ready' | 'error';
}

/**
 * Every event the library fires, by name: the single list behind `emit`, the DOM typings below and,
 * through the elements' `@fires {CustomEvent<…Detail>}` tags, the generated framework types.
 */
export interface EcoEventDetails {
  'eco-select': EcoSelectDetail;
  'eco-region-select': EcoRegionSelectDetail;
  'eco-filter-change': EcoFilterChangeDetail;
  'eco-error': EcoErrorDetail;
  'eco-data-change': EcoDataChangeDetail;
}

export type EcoEventName = keyof EcoEventDetails;

/** The events a page can cancel, to handle the choice itself. */
const CANCELABLE: readonly EcoEventName[] = ['eco-select', 'eco-region-select'];

/**
 * Events cross shadow boundaries and bubble, so a page can listen once on `document`. Choices are
 * cancelable: a page that handles one itself (a router, say) calls `preventDefault()`, and the card
 * opens no dialog, the map chooses nothing.
 */
export function createEcoEvent<K extends EcoEventName>(
  type: K,
  detail: EcoEventDetails[K],
): CustomEvent<EcoEventDetails[K]> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: CANCELABLE.includes(type) });
}

type EcoEventMap = { [K in EcoEventName]: CustomEvent<EcoEventDetails[K]> };

/* The events bubble out of shadow roots up to the document and the window, where pages listen. */
declare global {
  /* eslint-disable @typescript-eslint/no-empty-object-type -- interfaces merge; type aliases cannot */
  interface HTMLElementEventMap extends EcoEventMap {}
  interface DocumentEventMap extends EcoEventMap {}
  interface WindowEventMap extends EcoEventMap {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}
