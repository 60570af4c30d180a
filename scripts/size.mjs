// `npm run size`: what a partner downloads, compressed as servers send it (brotli 11 and gzip -9).
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const files = [
  ['dist/eco-widgets.js', 'the partner bundle (Lit, elements, dataset)'],
  ['data/ecosystem.json', 'the dataset, as JSON'],
];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = files.map(([file, what]) => {
  const bytes = readFileSync(file);
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const gzip = gzipSync(bytes, { level: 9 }).length;
  return { file, what, raw: kb(bytes.length), brotli: kb(brotli), gzip: kb(gzip) };
});
console.table(rows);
