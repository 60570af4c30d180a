// A spreadsheet's CSV export as a partner dataset: one organization per row, the header row naming the
// fields. Reads what spreadsheets write: UTF-8 with or without a byte order mark, `,` or `;` between
// cells (Excel in Belgian locales writes `;`), quoted cells with newlines in them.
import { parse } from 'csv-parse/sync';
import { normalizeText } from '../dist/lib/data/normalize.js';
import { validateDataset } from '../dist/lib/data/validate-dataset.js';

/** Columns holding one text each. */
const TEXT_FIELDS = ['id', 'name', 'type', 'region', 'city', 'parent'];
/** Columns every organization needs a value in. */
const REQUIRED_FIELDS = ['name', 'type', 'region'];
/** Columns holding a list, its values separated by `;` inside the cell. */
const LIST_FIELDS = ['aliases', 'formerNames', 'focus'];
const LANGUAGES = ['en', 'nl', 'fr', 'de'];
const LOCALIZED_FIELDS = { description: LANGUAGES, localNames: ['nl', 'fr', 'de'] };
export const COLUMNS = [...TEXT_FIELDS, ...LIST_FIELDS, ...Object.entries(LOCALIZED_FIELDS).flatMap(([field, langs]) => langs.map((lang) => `${field}.${lang}`))];


/** `A` for the first column, `AA` for the 27th, as spreadsheets name them. */
export function columnLetter(index) {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** "Genk Care Lab" → "genk-care-lab": an id in the dataset's form, made from a name. */
export function idFromName(name) {
  return normalizeText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
}

/** The delimiter the header row uses: whichever of `;` and `,` it has more of. */
function delimiterOf(text) {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return header.split(';').length > header.split(',').length ? ';' : ',';
}

/** Lower case, no spaces or underscores: "Former names" and "former_names" both find formerNames. */
const loose = (header) => header.toLowerCase().replace(/[\s_-]+/g, '');

/**
 * A header row read against the columns a sheet may have: the column of each cell (undefined for one
 * it may not have), the required columns it lacks, and its problems. `noun` says what a column is,
 * `holder` what each row is.
 */
function readHeader(header, known, required, { noun, holder }) {
  const byLooseName = new Map(known.map((column) => [loose(column), column]));
  const columns = header.map((name) => byLooseName.get(loose(name.trim())));
  const missing = required.filter((column) => !columns.includes(column));
  const problems = [
    ...header.flatMap((name, i) => (columns[i] ? [] : [{ row: 1, column: columnLetter(i), message: `"${name.trim()}" is not ${noun}. Columns may be: ${known.join(', ')}.` }])),
    ...missing.map((column) => ({ row: 1, column: undefined, message: `No "${column}" column; every ${holder} needs one.` })),
  ];
  return { columns, missing, problems };
}

/** "row 3, column C (region)": where a problem is, as far as it is known ('' for the whole file). */
export const placeOf = ({ row, column }) => [row && `row ${row}`, column && `column ${column}`].filter(Boolean).join(', ');

/** "C (region)": a column as a spreadsheet names it, and the field it holds. */
const columnName = (columns, column) => `${columnLetter(columns.indexOf(column))} (${column})`;

function organizationFrom(cells, columns) {
  const record = {};
  columns.forEach((column, i) => {
    const cell = cells[i]?.trim().replace(/\r\n?/g, '\n') ?? '';
    if (!column || cell === '') return;
    const [field, lang] = column.split('.');
    if (lang) record[field] = { ...record[field], [lang]: cell };
    else if (LIST_FIELDS.includes(field)) record[field] = cell.split(';').map((value) => value.trim()).filter(Boolean);
    else record[field] = cell;
  });
  return record;
}

/** A validator's problem in spreadsheet terms, where its path points at a cell. */
function problemAt(problem, columns, declareHint) {
  const match = /^organizations\[(\d+)\]\.?([A-Za-z]+)?(?:\.(\w+)|\[\d+\])?/.exec(problem.path);
  if (!match) return { row: undefined, column: undefined, message: `${problem.path}: ${problem.message}` };
  const [, index, field, lang] = match;
  const row = Number(index) + 2;
  const cellField = lang ? `${field}.${lang}` : field;
  const column = columns.includes(cellField) ? columnName(columns, cellField) : field;
  // A term of the network's own is declared in a sheet of its own, not in the JSON the message names.
  const hint = problem.message.includes('nor declared in "vocabulary.') ? ` ${declareHint}` : '';
  return { row, column, message: problem.message + hint };
}

/**
 * What a spreadsheet saves when not asked for CSV UTF-8, said before anything is parsed: a workbook
 * (a zip file), or text in another encoding (its accented letters read as U+FFFD).
 */
function notUtf8Csv(text) {
  if (text.startsWith('PK\u0003\u0004')) {
    return { row: undefined, column: undefined, message: 'This is a workbook (.xlsx or .ods), not CSV: save or export it as "CSV UTF-8" first.' };
  }
  const unreadable = text.indexOf('\uFFFD');
  if (unreadable === -1) return undefined;
  const line = text.slice(0, unreadable).split('\n').length;
  return {
    row: undefined,
    column: undefined,
    message: `Line ${line} has characters that cannot be read: the file is not UTF-8. Save it again as "CSV UTF-8" (Excel), or choose the UTF-8 character set (LibreOffice).`,
  };
}

const readRows = (text) => parse(text, { bom: true, delimiter: delimiterOf(text), relax_column_count: true, skip_empty_lines: true });

/** The columns of a vocabulary sheet: what kind of term, its id, and its names. */
export const VOCABULARY_COLUMNS = ['kind', 'id', ...LANGUAGES];
/** A term's kind as a sheet may write it ("Type", "focus areas"), and the vocabulary key it goes under. */
const VOCABULARY_KEYS = new Map([
  ...['type', 'types'].map((kind) => [kind, 'types']),
  ...['region', 'regions'].map((kind) => [kind, 'regions']),
  ...['focus', 'focusarea', 'focusareas'].map((kind) => [kind, 'focus']),
]);

/**
 * Reads a sheet of a network's own types, regions and focus areas, one per row: `kind` (type, region
 * or focus), `id` (made from the English name when empty) and the names in `en` (required), `nl`, `fr`
 * and `de`. Returns the dataset's `vocabulary` and every problem, by row and column.
 */
export function importVocabularyCsv(text) {
  const notCsv = notUtf8Csv(text);
  if (notCsv) return { vocabulary: {}, problems: [notCsv] };
  const [header = [], ...body] = readRows(text);
  const { columns, problems } = readHeader(header, VOCABULARY_COLUMNS, ['kind', 'en'], { noun: 'a column of a vocabulary', holder: 'term' });
  const vocabulary = {};
  const rowOf = new Map();
  body.forEach((cells, i) => {
    const row = i + 2;
    const cell = (column) => cells[columns.indexOf(column)]?.trim() ?? '';
    const at = (column) => columnName(columns, column);
    const key = VOCABULARY_KEYS.get(loose(cell('kind')));
    if (!key) return problems.push({ row, column: at('kind'), message: `"${cell('kind')}" is not a kind of term: write type, region or focus.` });
    if (!cell('en')) return problems.push({ row, column: at('en'), message: 'No English name; every term needs one, for the pages in a language the sheet does not name.' });
    const id = cell('id') || idFromName(cell('en'));
    if (vocabulary[key]?.[id]) return problems.push({ row, column: at('id'), message: `"${id}" is declared twice, first in row ${rowOf.get(`${key}.${id}`)}.` });
    const names = Object.fromEntries(LANGUAGES.map((lang) => [lang, cell(lang)]).filter(([, name]) => name));
    vocabulary[key] = { ...vocabulary[key], [id]: names };
    rowOf.set(`${key}.${id}`, row);
  });
  const result = validateDataset({ vocabulary, organizations: [] });
  for (const { path, message } of result.ok ? [] : result.problems) {
    const [, key, id, lang] = /^vocabulary\.(\w+)\.(.+?)(?:\.(\w\w))?$/.exec(path) ?? [];
    const column = lang ?? 'id';
    problems.push({ row: rowOf.get(`${key}.${id}`), column: columns.includes(column) ? columnName(columns, column) : column, message });
  }
  return { vocabulary, problems: problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) };
}

/**
 * Reads CSV text into `{ organizations }`, with ids made from names where a row has none; with a
 * `vocabulary` (from `importVocabularyCsv`), its types, regions and focus areas may be used too.
 * Returns the dataset and every problem, by row and column: a cell the schema refuses, a header that
 * names no field, a row with more cells than the header, an id used twice. `declareHint` follows a
 * term that is neither ours nor declared: how to declare one where the sheet is being read.
 */
export function importCsv(text, vocabulary, { declareHint = 'Declare your own in a sheet given with --vocabulary.' } = {}) {
  const notCsv = notUtf8Csv(text);
  if (notCsv) return { dataset: { organizations: [] }, problems: [notCsv] };
  const [header = [], ...body] = readRows(text);
  const { columns, missing, problems } = readHeader(header, COLUMNS, REQUIRED_FIELDS, { noun: 'a field', holder: 'organization' });
  body.forEach((cells, i) => {
    if (cells.length > header.length) problems.push({ row: i + 2, column: undefined, message: `${cells.length} cells, but the header names ${header.length} columns.` });
  });
  const organizations = body.map((cells) => organizationFrom(cells, columns));
  const taken = new Set(organizations.map((organization) => organization.id).filter(Boolean));
  for (const organization of organizations) {
    if (organization.id || !organization.name) continue;
    const base = idFromName(organization.name);
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    taken.add(id);
    organization.id = id;
  }
  // The id first, as in every dataset written by hand.
  const dataset = { ...(vocabulary && { vocabulary }), organizations: organizations.map(({ id, ...fields }) => ({ id, ...fields })) };
  // Without a required column every row would say so again: the header's problem is enough.
  if (missing.length === 0) {
    // An empty required cell is said as such, once, not in the validator's words for a missing key
    // (nor again for the id that a missing name leaves unmade).
    const emptyCells = new Set();
    organizations.forEach((organization, i) => {
      for (const field of REQUIRED_FIELDS.filter((required) => !organization[required])) {
        problems.push({ row: i + 2, column: columnName(columns, field), message: `This cell is empty: every organization needs a ${field}.` });
        emptyCells.add(`organizations[${i}].${field}`);
        if (field === 'name') emptyCells.add(`organizations[${i}].id`);
      }
    });
    const result = validateDataset(dataset);
    const said = (problem) => emptyCells.has(problem.path);
    if (!result.ok) problems.push(...result.problems.filter((problem) => !said(problem)).map((problem) => problemAt(problem, columns, declareHint)));
  }
  return { dataset, problems: problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) };
}
