// What of data/ecosystem.json ships to browsers: curation notes and source file names are for us, not
// for visitors, so the bundle leaves them out.
const CURATION_ONLY = new Set(['notes', 'note', 'file']);

export function shippedDataset(json) {
  return JSON.stringify(JSON.parse(json), (key, value) => (CURATION_ONLY.has(key) ? undefined : value));
}

export const EMPTY_DATASET = JSON.stringify({ sources: [], organizations: [], statistics: [], events: [] });

/** A rollup plugin that ships the dataset without curation fields, or, for measuring, empty. */
export function datasetPlugin({ empty = false } = {}) {
  return {
    name: 'eco-shipped-dataset',
    transform(code, id) {
      if (!id.endsWith('/data/ecosystem.json')) return null;
      return { code: empty ? EMPTY_DATASET : shippedDataset(code), map: null };
    },
  };
}
