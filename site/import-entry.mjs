// What the site's "Your own data" page runs in the browser, bundled by `npm run build` into
// site/dataset-import.js: the command line's CSV import and the dataset's validator, the very same code.
export { importCsv, importVocabularyCsv, placeOf } from '../cli/import-csv.mjs';
export { validateDataset } from '../src/data/validate-dataset.ts';
