// `npm run size`: what a partner downloads, compressed as servers send it (brotli 11 and gzip -9).
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { ELEMENT_NAMES, partnerBuild } from '../rollup.config.mjs';
import { shippedDataset } from './shipped-dataset.mjs';

/** One minified classic script from `input`, with everything it imports but an empty dataset. */
async function buildWithoutDataset(input = 'src/define.ts') {
  const options = partnerBuild({ withoutDataset: true, input });
  const bundle = await rollup({ ...options, onwarn: () => {} });
  const { output } = await bundle.generate(options.output);
  await bundle.close();
  return Buffer.from(output[0].code);
}

const measured = [
  ['dist/eco-widgets.js', 'the partner bundle: Lit, every element, the dataset', readFileSync('dist/eco-widgets.js')],
  ['  without the dataset', 'the code alone', await buildWithoutDataset()],
  ['  the dataset as shipped', 'data/ecosystem.json minus curation notes', Buffer.from(shippedDataset(readFileSync('data/ecosystem.json', 'utf8')))],
];
for (const name of ELEMENT_NAMES) {
  measured.push([`<${name}> alone`, 'its define entry with Lit and what it uses', await buildWithoutDataset(`src/elements/${name}/define.ts`)]);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.table(
  measured.map(([file, what, bytes]) => ({
    file,
    what,
    raw: kb(bytes.length),
    brotli: kb(brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length),
    gzip: kb(gzipSync(bytes, { level: 9 }).length),
  })),
);
