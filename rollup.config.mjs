import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { defaultShouldMinifyCSS } from '@literals/html-css-minifier';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { partnerIntro, partnerOutro } from './scripts/partner-script-guard.mjs';
import { datasetPlugin } from './scripts/shipped-dataset.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/** Puts the space-reserving stylesheet beside the bundle, for pages to load before the script. */
const placeholderStyles = {
  name: 'eco-placeholder-styles',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'eco-widgets.css', source: readFileSync('src/eco-widgets.css', 'utf8') });
  },
};

const typescriptOptions = {
  include: ['src/**/*.ts'],
  noEmit: false,
  declaration: false,
  sourceMap: true,
  outDir: undefined,
};

/**
 * Whitespace and comments out of the `html` and `css` templates. A `css` template that is only a
 * list of declarations (the dark tokens) is not a stylesheet the minifier can parse, so it stays.
 */
const templateMinifier = literalsHtmlCssMinifier({
  failOnError: true,
  options: { shouldMinifyCSS: (template) => defaultShouldMinifyCSS(template) && template.parts.some(({ text }) => text.includes('{')) },
});

/** Every element's class file and its define file: npm users can take one element alone. */
export const ELEMENT_NAMES = ['eco-provider', 'eco-org-card', 'eco-region-list', 'eco-stats', 'eco-map'];
const elementEntries = ELEMENT_NAMES.flatMap((name) => [
  [`elements/${name}/${name}`, `src/elements/${name}/${name}.ts`],
  [`elements/${name}/define`, `src/elements/${name}/define.ts`],
]);

/**
 * The partner build: one classic script with Lit, every element and the dataset, defining all. Its
 * intro and outro step aside for a copy already on the page and for a CSP that refuses Lit's policy.
 * `withoutDataset` builds it with an empty dataset, to measure the code alone.
 */
export function partnerBuild({ withoutDataset = false, file = 'dist/eco-widgets.js', input = 'src/define.ts' } = {}) {
  return {
    input,
    output: {
      file,
      format: 'iife',
      sourcemap: !withoutDataset,
      intro: partnerIntro({ version, tags: ELEMENT_NAMES }),
      outro: partnerOutro(),
    },
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      datasetPlugin({ empty: withoutDataset }),
      json({ preferConst: true, compact: true }),
      typescript(typescriptOptions),
      templateMinifier,
      // ASCII only: a page that declares no charset reads a script as windows-1252, and "·" would show
      // as "Â·". Terser escapes strings; the templates bind their few symbols as strings or CSS escapes.
      terser({ ecma: 2021, compress: { passes: 2 }, format: { comments: false, ascii_only: true } }),
      ...(withoutDataset ? [] : [placeholderStyles]),
    ],
  };
}

/**
 * The site's "Your own data" page reads a partner's file with the command line's own import and
 * validator, bundled for the browser into site/dataset-import.js (built, not committed, not packed):
 * csv-parse's browser build, and the data layer from source, as dist/lib is written after rollup.
 */
const siteImportBuild = {
  input: 'site/import-entry.mjs',
  output: { file: 'site/dataset-import.js', format: 'es' },
  plugins: [
    {
      name: 'cli-import-for-the-browser',
      resolveId(source) {
        if (source === 'csv-parse/sync') return this.resolve('csv-parse/browser/esm/sync');
        const built = /^\.\.\/dist\/lib\/(.+)\.js$/.exec(source);
        return built ? resolvePath(`src/${built[1]}.ts`) : null;
      },
    },
    nodeResolve({ browser: true }),
    typescript(typescriptOptions),
    terser({ ecma: 2021, format: { comments: false } }),
  ],
};

export default [
  partnerBuild(),
  siteImportBuild,
  {
    // The npm build: ES modules, one file per source module, with Lit and friends left to the app.
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      ...Object.fromEntries(elementEntries),
    },
    external: [/^lit(\/|$)/, /^@lit\//, /^valibot$/],
    output: {
      dir: 'dist/lib',
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: 'src',
      /*
       * The TypeScript plugin always imports its helpers (`__decorate`) from tslib. Bundled here, tslib
       * shrinks to that one helper in one module of ours: an app gets no extra dependency to install
       * or keep in step, and no copy per file. Out of node_modules/, which npm never packs.
       */
      entryFileNames: ({ name }) => `${name.replace(/^node_modules\/tslib\/.*/, 'tslib-helpers')}.js`,
    },
    plugins: [datasetPlugin(), json({ preferConst: true, compact: true }), typescript({ ...typescriptOptions, outDir: 'dist/lib' })],
  },
];
