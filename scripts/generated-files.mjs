// The files we generate and commit: the custom elements manifest (from the JSDoc on the classes),
// the dataset's JSON Schema (from the valibot schema in src/data/), the CMS guide and the site's pages
// (from both, and from the dataset), and our copy of the source texts the dataset is curated from.
//   node scripts/generated-files.mjs manifest writes custom-elements.json
//   node scripts/generated-files.mjs schema   writes data/ecosystem.schema.json
//   node scripts/generated-files.mjs docs     writes docs/cms.md
//   node scripts/generated-files.mjs site     writes the documentation site's pages, site/*.html
//   node scripts/generated-files.mjs standalone-site [folder]
//                                            writes the site as a folder of its own, to deploy
//                                            (build/site unless given; after `npm run build`)
//   node scripts/generated-files.mjs sources  copies ../shared/sources/*.txt to data/sources/
//   node scripts/generated-files.mjs check    fails when a committed file is stale (the map geometry
//                                            of scripts/map.mjs included), or when the
//                                            dataset does not pass its JSON Schema (checked with Ajv,
//                                            a validator independent of the one that generated it)
//                                            or when data/sources/ differs from ../shared/sources/
//                                            (where a clone has ../shared beside it)
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { build } from 'esbuild';
import { cmsGuide } from './cms-guide.mjs';
import { sitePages } from './site-pages.mjs';
import { writeStandaloneSite } from './standalone-site.mjs';
import { GEOMETRY_FILE, makeGeometry } from './map.mjs';

const SCHEMA_FILE = 'data/ecosystem.schema.json';
const MANIFEST_FILE = 'custom-elements.json';
const CMS_GUIDE_FILE = 'docs/cms.md';
const FRAMEWORK_TYPE_FILES = ['types/jsx.d.ts', 'types/vue.d.ts'];
/*
 * The team's source texts live outside the repo; the tests check the dataset's provenance against a
 * copy inside it, so that any clone can run them.
 */
const SHARED_SOURCES_DIR = '../shared/sources';
const SOURCES_DIR = 'data/sources';

const sourceTextNames = (dir) => readdirSync(dir).filter((name) => name.endsWith('.txt')).sort();

/** Whether our copy of the source texts is the team's, file for file; true when the team's is not here. */
function sourcesMatchShared() {
  if (!existsSync(SHARED_SOURCES_DIR)) return true;
  const names = sourceTextNames(SHARED_SOURCES_DIR);
  return (
    names.join() === sourceTextNames(SOURCES_DIR).join() &&
    names.every((name) => readFileSync(join(SHARED_SOURCES_DIR, name), 'utf8') === readFileSync(join(SOURCES_DIR, name), 'utf8'))
  );
}

/** Node 20 cannot import TypeScript, so `contents` (TypeScript) is bundled on the fly and imported. */
async function importTypeScript(contents) {
  const { outputFiles } = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
  });
  const bundled = join(mkdtempSync(join(tmpdir(), 'generated-')), 'module.mjs');
  writeFileSync(bundled, outputFiles[0].text);
  return import(bundled);
}

/**
 * A partner's type, region and focus area is any slug (one of ours, or one its `vocabulary` declares:
 * the validator checks which). The schema says so as "ours, or another slug", so that an editor still
 * offers ours as it completes the value; the validator does not need the enum, so it costs no bytes.
 */
function offerOurTerms(schema, { ORGANIZATION_TYPES, REGIONS, FOCUS_AREAS }) {
  const slugOr = (ours, facet) => (slug) => ({
    anyOf: [{ enum: [...ours], description: `one of the ${facet} of eco widgets` }, { ...slug, description: `one declared in "vocabulary.${facet}"` }],
  });
  const [type, region, focus] = [slugOr(ORGANIZATION_TYPES, 'types'), slugOr(REGIONS, 'regions'), slugOr(FOCUS_AREAS, 'focus')];
  const { Organization, Event, Statistic } = schema.$defs;
  Organization.properties.type = type(Organization.properties.type);
  Organization.properties.region = region(Organization.properties.region);
  Organization.properties.focus.items = focus(Organization.properties.focus.items);
  Event.properties.region = region(Event.properties.region);
  const statisticFields = Statistic.allOf[0].properties;
  statisticFields.region = region(statisticFields.region);
}

async function generateSchema() {
  const module = await importTypeScript(`export * from './src/data/dataset-schema.ts';
    export * from './src/data/curated-dataset-schema.ts';
    export * from './src/data/vocabulary.ts';
    export { toJsonSchema } from '@valibot/to-json-schema';`);
  const { DatasetSchema, toJsonSchema } = module;
  const definitions = Object.fromEntries(
    ['Organization', 'Figure', 'Statistic', 'Event', 'Source', 'Vocabulary', 'LocalizedText', 'CuratedOrganization', 'CuratedDataset'].map((name) => [name, module[`${name}Schema`]]),
  );
  // JSON has no Infinity or NaN, so `finite` has nothing to say in JSON Schema; nor can it compare two
  // fields, as `check` does for a range's ends (the validator still does).
  const schema = toJsonSchema(DatasetSchema, { target: 'draft-2020-12', errorMode: 'throw', ignoreActions: ['finite', 'check'], definitions });
  offerOurTerms(schema, module);
  const { $schema, ...rest } = schema;
  return `${JSON.stringify(
    {
      $schema,
      title: 'eco widgets dataset',
      description:
        "Organizations, figures and events of a health and life-sciences ecosystem. This schema is a partner's dataset: only `organizations` is required, and each organization needs only `id`, `name`, `type` and `region`; a field left out reads as empty (`default`). Regions, types and focus areas are those of eco widgets or the dataset's own, declared with their names in `vocabulary`. The dataset bundled with eco widgets is held to the curated profile, `$defs/CuratedDataset`: only the vocabulary of eco widgets, every field stated, descriptions in English and Dutch, at least one source per organization. Generated from src/data/dataset-schema.ts by `npm run schema`; do not edit.",
      ...rest,
    },
    null,
    2,
  )}\n`;
}

/**
 * JSX (React 19, Preact) and Vue types from the manifest, by break-stuff's generators. They wrap an
 * event's type in CustomEvent<…> themselves, so they are given each event's detail type.
 */
function generateFrameworkTypes(manifestText, outdir) {
  const manifest = JSON.parse(manifestText, (key, value) =>
    key === 'text' && typeof value === 'string' ? value.replace(/^CustomEvent<([\s\S]*)>$/, '$1') : value,
  );
  const options = { outdir, globalTypePath: '../dist/lib/index.js', hideLogs: true };
  generateJsxTypes(manifest, { ...options, fileName: 'jsx.d.ts' });
  generateVuejsTypes(manifest, { ...options, fileName: 'vue.d.ts' });
}

function generateManifest() {
  // The analyzer resolves --outdir against the working directory, so it must be relative.
  const outdir = '.tmp/manifest';
  execFileSync('node_modules/.bin/cem', ['analyze', '--outdir', outdir, '--quiet'], { stdio: 'inherit' });
  // The analyzer lists modules in the order its file search happens to finish; sort them so that the
  // same sources always give the same file.
  const manifest = JSON.parse(readFileSync(join(outdir, MANIFEST_FILE), 'utf8'));
  manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** What the CMS guide and the site are made from: the manifest, the dataset, our English names and the vocabulary. */
async function generatorInputs() {
  const { messagesFor, VOCABULARY } = await importTypeScript(`export { messagesFor } from './src/shared/i18n/messages/index.ts';
    export * as VOCABULARY from './src/data/vocabulary.ts';`);
  return {
    manifest: JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')),
    dataset: JSON.parse(readFileSync('data/ecosystem.json', 'utf8')),
    labels: messagesFor('en'),
    vocabulary: VOCABULARY,
  };
}

const generateCmsGuide = async () => cmsGuide(await generatorInputs());

const SITE_DIR = 'site';

const generateSite = async (options) => sitePages({ ...(await generatorInputs()), themeSource: readFileSync('src/shared/theme.ts', 'utf8') }, options);

const command = process.argv[2];
if (command === 'docs') {
  writeFileSync(CMS_GUIDE_FILE, await generateCmsGuide());
  console.log(`wrote ${CMS_GUIDE_FILE}`);
} else if (command === 'standalone-site') {
  const folder = process.argv[3] ?? 'build/site';
  writeStandaloneSite(await generateSite({ repository: './' }), folder);
  console.log(`wrote the site to ${folder}/, ready for any static host`);
} else if (command === 'site') {
  const pages = await generateSite();
  for (const [file, html] of Object.entries(pages)) writeFileSync(join(SITE_DIR, file), html);
  console.log(`wrote ${Object.keys(pages).map((file) => join(SITE_DIR, file)).join(', ')}`);
} else if (command === 'manifest') {
  const manifest = generateManifest();
  writeFileSync(MANIFEST_FILE, manifest);
  generateFrameworkTypes(manifest, 'types');
  console.log(`wrote ${MANIFEST_FILE} and ${FRAMEWORK_TYPE_FILES.join(', ')}`);
} else if (command === 'schema') {
  writeFileSync(SCHEMA_FILE, await generateSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
} else if (command === 'sources') {
  for (const name of sourceTextNames(SHARED_SOURCES_DIR)) copyFileSync(join(SHARED_SOURCES_DIR, name), join(SOURCES_DIR, name));
  console.log(`copied ${SHARED_SOURCES_DIR} to ${SOURCES_DIR}`);
} else if (command === 'check') {
  const stale = [];
  if (readFileSync(SCHEMA_FILE, 'utf8') !== (await generateSchema())) stale.push(`${SCHEMA_FILE} (run: npm run schema)`);
  const manifest = generateManifest();
  if (readFileSync(MANIFEST_FILE, 'utf8') !== manifest) stale.push(`${MANIFEST_FILE} (run: npm run analyze)`);
  generateFrameworkTypes(manifest, '.tmp/types');
  for (const file of FRAMEWORK_TYPE_FILES) {
    if (readFileSync(file, 'utf8') !== readFileSync(file.replace('types/', '.tmp/types/'), 'utf8')) stale.push(`${file} (run: npm run analyze)`);
  }
  if (readFileSync(CMS_GUIDE_FILE, 'utf8') !== (await generateCmsGuide())) stale.push(`${CMS_GUIDE_FILE} (run: npm run docs)`);
  if (!sourcesMatchShared()) stale.push(`${SOURCES_DIR} (run: npm run sources)`);
  for (const [file, html] of Object.entries(await generateSite())) {
    const path = join(SITE_DIR, file);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== html) stale.push(`${path} (run: npm run site)`);
  }
  if (readFileSync(GEOMETRY_FILE, 'utf8') !== makeGeometry()) stale.push(`${GEOMETRY_FILE} (run: npm run map)`);
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
  const dataset = JSON.parse(readFileSync('data/ecosystem.json', 'utf8'));
  // The bundled dataset must pass the partner profile and the curated one.
  for (const [profile, validate] of [
    ['data/ecosystem.schema.json', ajv.compile(schema)],
    ['its curated profile, $defs/CuratedDataset', ajv.compile({ $schema: schema.$schema, $defs: schema.$defs, $ref: '#/$defs/CuratedDataset' })],
  ]) {
    if (!validate(dataset)) {
      console.error(`data/ecosystem.json does not pass ${profile}:`, validate.errors);
      process.exit(1);
    }
  }
  // So must the demo's partner datasets, the spreadsheet's with a vocabulary of its own among them.
  const partnerProfile = ajv.compile(schema);
  for (const file of ['demo/custom-dataset.json', 'demo/members.json']) {
    if (!partnerProfile(JSON.parse(readFileSync(file, 'utf8')))) {
      console.error(`${file} does not pass data/ecosystem.schema.json:`, partnerProfile.errors);
      process.exit(1);
    }
  }
  if (stale.length > 0) {
    console.error(`Stale generated files:\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`${MANIFEST_FILE}, ${SCHEMA_FILE}, ${CMS_GUIDE_FILE}, the site's pages, ${SOURCES_DIR} and ${GEOMETRY_FILE} are up to date; the dataset and the demo's pass the JSON Schema.`);
} else {
  console.error('usage: node scripts/generated-files.mjs manifest|schema|docs|site|standalone-site [folder]|sources|check');
  process.exit(2);
}
