export default {
  globs: ['src/**/*.ts'],
  // Styles and generated geometry are no API: only long strings the manifest would repeat.
  exclude: ['src/**/*.styles.ts', 'src/elements/eco-map/geometry.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
