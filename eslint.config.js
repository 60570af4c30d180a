import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // types/jsx.d.ts and types/vue.d.ts are generated from the manifest (npm run analyze).
  { ignores: ['dist/', 'build/', 'site/dataset-import.js', 'coverage/', 'node_modules/', '.tmp/', 'types/jsx.d.ts', 'types/vue.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    files: ['*.js', '*.mjs', 'scripts/**/*.mjs', 'bench/**/*.mjs', 'cli/**/*.mjs', 'test/cli/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['demo/**/*.js', 'site/**/*.js', 'bench/**/*.js', 'test/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Module augmentation adds the elements to a framework's JSX through an interface with no members.
    files: ['types/**/*.d.ts'],
    rules: { '@typescript-eslint/no-empty-object-type': 'off' },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Chai's property assertions (`to.be.empty`) read as unused expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
