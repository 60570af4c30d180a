import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const typescriptOptions = {
  include: ['src/**/*.ts'],
  noEmit: false,
  declaration: false,
  sourceMap: true,
  outDir: undefined,
};

/** Every element's class file and its define file: npm users can take one element alone. */
const elementEntries = ['eco-provider', 'eco-org-card'].flatMap((name) => [
  [`elements/${name}/${name}`, `src/elements/${name}/${name}.ts`],
  [`elements/${name}/define`, `src/elements/${name}/define.ts`],
]);

export default [
  {
    // The partner build: one classic script with Lit, every element and the dataset, defining all.
    input: 'src/define.ts',
    output: { file: 'dist/eco-widgets.js', format: 'iife', sourcemap: true },
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      json({ preferConst: true, compact: true }),
      typescript(typescriptOptions),
      terser({ ecma: 2021, compress: { passes: 2 }, format: { comments: false } }),
    ],
  },
  {
    // The npm build: ES modules, one file per source module, with Lit and friends left to the app.
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      ...Object.fromEntries(elementEntries),
    },
    external: [/^lit(\/|$)/, /^@lit\//, /^valibot$/, /^tslib$/],
    output: {
      dir: 'dist/lib',
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: 'src',
    },
    plugins: [json({ preferConst: true, compact: true }), typescript({ ...typescriptOptions, outDir: 'dist/lib' })],
  },
];
