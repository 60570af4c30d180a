// `npm run size`: what a partner downloads, compressed as servers send it (brotli 11 and gzip -9),
// against the budgets of issue #8.
//   --record   appends this run's figures to bench/size-history.json
//   --enforce  exits non-zero when a budget is exceeded
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { ELEMENT_NAMES, partnerBuild } from '../rollup.config.mjs';
import { shippedDataset } from './shipped-dataset.mjs';

const HISTORY_FILE = 'bench/size-history.json';
const KB = 1024;

/** One minified classic script from `input`, with everything it imports but an empty dataset. */
async function buildWithoutDataset(input = 'src/define.ts') {
  const options = partnerBuild({ withoutDataset: true, input });
  const bundle = await rollup({ ...options, onwarn: () => {} });
  const { output } = await bundle.generate(options.output);
  await bundle.close();
  return Buffer.from(output[0].code);
}

/** [name, what it is, bytes, brotli budget in bytes or undefined] */
const measured = [
  ['dist/eco-widgets.js', 'the partner bundle: Lit, every element, the dataset', readFileSync('dist/eco-widgets.js'), 40 * KB],
  ['  without the dataset', 'the code alone', await buildWithoutDataset(), 18 * KB],
  ['  the dataset as shipped', 'data/ecosystem.json minus curation notes', Buffer.from(shippedDataset(readFileSync('data/ecosystem.json', 'utf8'))), 20 * KB],
];
for (const name of ELEMENT_NAMES) {
  measured.push([`<${name}> alone`, 'its define entry with Lit and what it uses', await buildWithoutDataset(`src/elements/${name}/define.ts`), undefined]);
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const rows = measured.map(([file, what, bytes, budget]) => {
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { file, what, raw: bytes.length, brotli, gzip: gzipSync(bytes, { level: 9 }).length, budget };
});
console.table(
  rows.map(({ file, what, raw, brotli, gzip, budget }) => ({
    file,
    what,
    raw: kb(raw),
    brotli: kb(brotli),
    gzip: kb(gzip),
    'brotli budget': budget ? `${kb(budget)} ${brotli <= budget ? 'ok' : 'OVER'}` : '',
  })),
);

if (process.argv.includes('--record')) {
  const history = existsSync(HISTORY_FILE) ? JSON.parse(readFileSync(HISTORY_FILE, 'utf8')) : [];
  history.push({ date: new Date().toISOString().slice(0, 10), sizes: Object.fromEntries(rows.map(({ file, brotli, gzip }) => [file.trim(), { brotli, gzip }])) });
  writeFileSync(HISTORY_FILE, `${JSON.stringify(history, null, 2)}\n`);
}

const over = rows.filter(({ brotli, budget }) => budget && brotli > budget);
if (over.length > 0) {
  console.log(`Over budget: ${over.map(({ file, brotli, budget }) => `${file.trim()} ${kb(brotli)} > ${kb(budget)}`).join('; ')}`);
  if (process.argv.includes('--enforce')) process.exit(1);
}
