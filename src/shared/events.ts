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

export interface EcoErrorDetail {
  code: EcoErrorCode;
  /** A sentence for developers, in English. */
  message: string;
  /** Every problem found in a dataset, each with its path. */
  problems?: readonly DataProblem[];
}

/** Every event the library fires, by name: the single list behind `emit` and the DOM typings. */
export interface EcoEventDetails {
  'eco-select': EcoSelectDetail;
  'eco-error': EcoErrorDetail;
  'eco-data-change': { status: 'loading' | 'ready' | 'error' };
}

export type EcoEventName = keyof EcoEventDetails;

/** Events cross shadow boundaries and bubble, so a page can listen once on `document`. */
export function createEcoEvent<K extends EcoEventName>(
  type: K,
  detail: EcoEventDetails[K],
): CustomEvent<EcoEventDetails[K]> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}

declare global {
  interface HTMLElementEventMap {
    'eco-select': CustomEvent<EcoSelectDetail>;
    'eco-error': CustomEvent<EcoErrorDetail>;
    'eco-data-change': CustomEvent<EcoEventDetails['eco-data-change']>;
  }
}
