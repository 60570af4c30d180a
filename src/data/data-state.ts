import type { EcosystemIndex } from './ecosystem-index.js';
import type { DataProblem } from './validate-dataset.js';

export type DataErrorCode = 'network' | 'http' | 'parse' | 'invalid-data' | 'timeout';

export interface DataError {
  code: DataErrorCode;
  /** A sentence for developers, in English; elements show their own words to users. */
  message: string;
  problems: readonly DataProblem[];
}

/** What the elements inside a provider can show: data, a wait, or why there is none. */
export type DataState =
  | { status: 'loading' }
  | { status: 'ready'; index: EcosystemIndex }
  | { status: 'error'; error: DataError; retry?: () => void };
