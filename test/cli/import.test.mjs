// The command line tool, as a partner runs it: `eco-widgets import` on real spreadsheet exports and
// `eco-widgets validate` on what it wrote. Runs in Node (`npm test` runs it after the build).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { columnLetter, idFromName, importCsv, importVocabularyCsv } from '../../cli/import-csv.mjs';
import { validateDataset } from '../../dist/lib/data/validate-dataset.js';

const CLI = 'cli/eco-widgets.mjs';
const fixture = (name) => readFileSync(`test/fixtures/csv/${name}`, 'utf8');
const scratch = () => mkdtempSync(join(tmpdir(), 'eco-widgets-cli-'));
const run = (...args) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

describe('eco-widgets import', () => {
  it('turns the example in demo/ into a dataset every element accepts: demo/members.json, as committed', () => {
    const out = join(scratch(), 'members.json');
    const result = run('import', 'demo/members.csv', '--vocabulary', 'demo/terms.csv', '-o', out);
    assert.equal(result.status, 0, result.stderr);
    const written = readFileSync(out, 'utf8');
    const rows = readFileSync('demo/members.csv', 'utf8').trim().split('\n').length - 1;
    assert.equal(JSON.parse(written).organizations.length, rows);
    assert.equal(validateDataset(JSON.parse(written)).ok, true);
    assert.equal(written, readFileSync('demo/members.json', 'utf8'), 'demo/members.json is stale: run the import above');
  });

  it('reads a Belgian Excel export: byte order mark, semicolons, CRLF, a newline inside a quoted cell', () => {
    const { dataset, problems } = importCsv(fixture('excel-belgian.csv'));
    assert.deepEqual(problems, []);
    const [genk, hasselt, cafe] = dataset.organizations;
    assert.deepEqual(Object.keys(genk).slice(0, 2), ['id', 'name'], 'no byte order mark in the first header');
    assert.equal(genk.description.nl, 'Bouwt sensoren voor thuiszorg.\nOpgericht door twee verpleegkundigen.');
    assert.deepEqual(genk.focus, ['medtech', 'digital-health']);
    assert.deepEqual(hasselt, { id: 'hasselt-health-hub', name: 'Hasselt Health Hub', type: 'incubator', region: 'limburg', city: 'Hasselt' }, 'empty cells are left out');
    assert.equal(cafe.name, 'Café Santé Leuven');
  });

  it('reads a comma-separated export with ids, aliases and a parent given', () => {
    const { dataset, problems } = importCsv(fixture('comma.csv'));
    assert.deepEqual(problems, []);
    assert.deepEqual(
      dataset.organizations.map(({ id, aliases, parent }) => [id, aliases, parent]),
      [
        ['genk-care-lab', ['GCL'], undefined],
        ['genk-care-lab-research', undefined, 'genk-care-lab'],
      ],
    );
    assert.equal(dataset.organizations[0].description.en, 'Sensors for home care, made in Genk.');
  });

  it('makes ids from names where there is no id column, each its own', () => {
    const { dataset } = importCsv('name;type;region\nCafé Santé;company;limburg\nCafé  Santé!;company;limburg\n');
    assert.deepEqual(
      dataset.organizations.map((organization) => organization.id),
      ['cafe-sante', 'cafe-sante-2'],
    );
    assert.equal(idFromName('  Ghent University Hospital (UZ Gent) '), 'ghent-university-hospital-uz-gent');
  });

  it('takes a network’s own types, regions and focus areas from a sheet of their own (--vocabulary)', () => {
    const out = join(scratch(), 'members.json');
    const result = run('import', 'test/fixtures/csv/own-words.csv', '--vocabulary', 'test/fixtures/csv/vocabulary.csv', '-o', out);
    assert.equal(result.status, 0, result.stderr);
    const dataset = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(dataset.vocabulary, {
      types: { 'spin-off': { en: 'Spin-off', nl: 'Spin-offbedrijf', fr: 'Jeune pousse' } },
      regions: { kempen: { en: 'The Campine', nl: 'De Kempen' } },
      focus: { 'sleep-apnoea': { en: 'Sleep apnoea', nl: 'Slaapapneu', fr: 'Apnée du sommeil' } },
    });
    assert.deepEqual(dataset.organizations[0].focus, ['sleep-apnoea', 'oncology']);
    assert.equal(validateDataset(dataset).ok, true);
  });

  it('without the vocabulary sheet, says which terms are not ours and where to declare them', () => {
    const out = join(scratch(), 'members.json');
    const result = run('import', 'test/fixtures/csv/own-words.csv', '-o', out);
    assert.equal(result.status, 1);
    assert.equal(existsSync(out), false, 'nothing written');
    assert.match(result.stderr, /row 2, column B \(type\): "spin-off" is neither one of our types.* Declare your own in a sheet given with --vocabulary\./);
    assert.match(result.stderr, /row 2, column C \(region\): "kempen"/);
  });

  it('reports a vocabulary sheet’s problems by row and column: a kind, a name or an id wrong', () => {
    const { problems } = importVocabularyCsv('kind,id,en,colour\nsector,x,X,\ntype,spin-off,,\ntype,spin-off,Spin-off,\ntype,Spin Off,Spin-off,\n');
    assert.deepEqual(
      problems.map(({ row, column }) => [row, column]),
      [
        [1, 'D'],
        [2, 'A (kind)'],
        [3, 'C (en)'],
        [5, 'B (id)'],
      ],
    );
    assert.match(problems[2].message, /No English name/);
    const twice = importVocabularyCsv('kind,en\ntype,Spin-off\ntype,Spin off\n').problems;
    assert.deepEqual(twice.map(({ row, message }) => [row, message]), [[3, '"spin-off" is declared twice, first in row 2.']]);
  });

  it('reports every problem by row and column, and writes nothing', () => {
    const folder = scratch();
    const out = join(folder, 'members.json');
    const result = run('import', 'test/fixtures/csv/bad-rows.csv', '-o', out);
    assert.equal(result.status, 1);
    assert.equal(existsSync(out), false, 'nothing written');
    const lines = result.stderr.trim().split('\n');
    assert.match(lines[0], /row 1, column D: "colour" is not a field/);
    assert.match(lines.find((line) => line.includes('incubatr')), /row 3, column B \(type\): "incubatr" is neither one of our types.*Did you mean "incubator"\?/);
    assert.match(lines.find((line) => line.includes('limbrug')), /row 3, column C \(region\): .*Did you mean "limburg"\?/);
    assert.match(lines.find((line) => line.includes('nowhere')), /row 4, column E \(parent\)/);
    assert.match(lines.find((line) => line.includes('row 5')), /row 5: 6 cells, but the header names 5 columns/);
    assert.match(lines.at(-1), /5 problems; nothing written/);
  });

  it('says an empty required cell is empty, once per cell, and not again for the id a missing name leaves unmade', () => {
    const { problems } = importCsv('name,type,region\nGenk Care Lab,,limburg\n,company,\n');
    assert.deepEqual(
      problems.map(({ row, column, message }) => [row, column, message]),
      [
        [2, 'B (type)', 'This cell is empty: every organization needs a type.'],
        [3, 'A (name)', 'This cell is empty: every organization needs a name.'],
        [3, 'C (region)', 'This cell is empty: every organization needs a region.'],
      ],
    );
  });

  it('says what to do with a workbook or a file not in UTF-8, instead of reading it as CSV', () => {
    const [workbook] = importCsv('PK\u0003\u0004\u0014\u0000\u0006\u0000').problems;
    assert.match(workbook.message, /workbook .* not CSV: save or export it as "CSV UTF-8"/);
    const windows1252 = join(scratch(), 'members.csv');
    writeFileSync(windows1252, Buffer.from('name,type,region\nGenk Care Lab,company,limburg\nCaf\xe9 Sant\xe9,company,limburg\n', 'latin1'));
    const result = run('import', windows1252, '-o', join(scratch(), 'members.json'));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /Line 3 has characters that cannot be read: the file is not UTF-8/);
    assert.match(importVocabularyCsv('kind,en,de\ntype,Care,H\uFFFDusliche Pflege\n').problems[0].message, /Line 2 .* not UTF-8/);
  });

  it('says so when a required column is missing, once', () => {
    const { problems } = importCsv('name,region\nGenk Care Lab,limburg\n');
    assert.deepEqual(problems, [{ row: 1, column: undefined, message: 'No "type" column; every organization needs one.' }]);
  });

  it('names columns as spreadsheets do', () => {
    assert.deepEqual([0, 25, 26, 701, 702].map(columnLetter), ['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });

  it('asks where to write, and explains its usage', () => {
    assert.equal(run('import', 'demo/members.csv').status, 1);
    const usage = run();
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /eco-widgets validate <dataset\.json>/);
  });
});

describe('eco-widgets validate', () => {
  it('passes a valid dataset with exit code 0', () => {
    const output = execFileSync(process.execPath, [CLI, 'validate', 'demo/custom-dataset.json'], { encoding: 'utf8' });
    assert.match(output, /organizations?, no problems\./);
  });

  it('lists every problem with its path, with exit code 1', () => {
    const file = join(scratch(), 'members.json');
    writeFileSync(file, JSON.stringify({ organizations: [{ id: 'Bad Id', name: 'X', type: 'company', region: 'limburg' }, { name: 'Y' }] }));
    const result = run('validate', file);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /organizations\[0\]\.id: must be a lowercase kebab-case slug/);
    assert.match(result.stderr, /organizations\[1\]\.type/);
    assert.match(result.stderr, /organizations\[1\]\.region/);
  });

  it('says where a file is not JSON', () => {
    const file = join(scratch(), 'broken.json');
    writeFileSync(file, '{ "organizations": [ }');
    const result = run('validate', file);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /broken\.json is not JSON/);
  });
});
