import dataset from '../../data/ecosystem.json';
import type { Dataset } from './dataset-schema.js';
import { EcosystemIndex } from './ecosystem-index.js';

let index: EcosystemIndex | undefined;

/**
 * The dataset that ships with the library, indexed on first use. It is validated by the test suite,
 * not at run time: checking it in every visitor's browser would only repeat what CI already proved.
 */
export function bundledIndex(): EcosystemIndex {
  index ??= new EcosystemIndex(dataset as Dataset);
  return index;
}
