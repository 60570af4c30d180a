#!/usr/bin/env node
// `npx eco-widgets validate members.json` and `npx eco-widgets import members.csv -o members.json`:
// a partner's dataset checked, or made from a spreadsheet, before it goes next to their page.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { validateDataset } from '../dist/lib/data/validate-dataset.js';
import { importCsv, importVocabularyCsv, placeOf } from './import-csv.mjs';

const USAGE = `Usage:
  eco-widgets validate <dataset.json>          every problem with its path; exit code 1 if there is one
  eco-widgets import <members.csv> [--vocabulary <terms.csv>] -o <out.json>
                                               a dataset from a spreadsheet's CSV export, written only
                                               when no row has a problem (each is listed by row and column);
                                               terms.csv declares types, regions and focus areas of your
                                               own, one per row: kind, id, en, nl, fr, de`;

const plural = (count, one, many = `${one}s`) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

function fail(message) {
  console.error(message);
  process.exitCode = 1;
}

function read(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    fail(`Cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}.`);
    return undefined;
  }
}

function validate(file) {
  const text = read(file);
  if (text === undefined) return;
  let input;
  try {
    input = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    fail(`${file} is not JSON: ${error.message}`);
    return;
  }
  const result = validateDataset(input);
  if (result.ok) {
    console.log(`${file}: ${plural(result.dataset.organizations.length, 'organization')}, no problems.`);
    return;
  }
  for (const { path, message } of result.problems) console.error(`${file}: ${path}: ${message}`);
  fail(`${file}: ${plural(result.problems.length, 'problem')}.`);
}

/** Reads a CSV file with `importer`; lists its problems by row and column and answers undefined if it has any. */
function importSheet(file, importer) {
  const text = read(file);
  if (text === undefined) return undefined;
  let imported;
  try {
    imported = importer(text);
  } catch (error) {
    // csv-parse names the line of a quote that never closes, and the like.
    return fail(`${file} is not CSV that can be read: ${error.message}`);
  }
  const { problems } = imported;
  if (problems.length === 0) return imported;
  for (const { row, column, message } of problems) console.error(`${file}: ${placeOf({ row, column }) || 'file'}: ${message}`);
  return fail(`${file}: ${plural(problems.length, 'problem')}; nothing written.`);
}

function importSpreadsheet(file, out, vocabularyFile) {
  if (!out) return fail(`Say where to write the dataset: eco-widgets import ${file} -o members.json`);
  const terms = vocabularyFile ? importSheet(vocabularyFile, importVocabularyCsv) : { vocabulary: undefined };
  if (!terms) return;
  const imported = importSheet(file, (text) => importCsv(text, terms.vocabulary));
  if (!imported) return;
  const { dataset } = imported;
  writeFileSync(out, `${JSON.stringify(dataset, null, 2)}\n`);
  console.log(`${out}: ${plural(dataset.organizations.length, 'organization')} from ${file}.`);
}

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { out: { type: 'string', short: 'o' }, vocabulary: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
} catch (error) {
  parsed = { positionals: [], values: { help: true } };
  console.error(error.message);
}
const [command, file] = parsed.positionals;
if (parsed.values.help || !file || (command !== 'validate' && command !== 'import')) {
  console.error(USAGE);
  process.exitCode = parsed.values.help ? 0 : 2;
} else if (command === 'validate') {
  validate(file);
} else {
  importSpreadsheet(file, parsed.values.out, parsed.values.vocabulary);
}
