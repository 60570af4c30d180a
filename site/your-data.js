// The "Your own data" page: a partner's file, read in the browser with the command line's own import
// and validator (dataset-import.js, bundled from cli/ and src/data/), its problems by row and column,
// every element showing it, and the JSON to download. No request is made with the file.

import { importCsv, importVocabularyCsv, placeOf, validateDataset } from './dataset-import.js';
import { tagFor } from './tag.js';

const membersFile = document.getElementById('members-file');
const termsFile = document.getElementById('terms-file');
const drop = document.getElementById('drop');
const summary = document.getElementById('import-summary');
const result = document.getElementById('import-result');
const problemRows = document.querySelector('#problems tbody');
const preview = document.getElementById('import-preview');
const elements = document.getElementById('your-elements');
const download = document.getElementById('download');
const DECLARE_HINT = 'Declare your own in a file of terms, the second field above.';

const plural = (count, one, many = `${one}s`) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/** "row 3, column C (region)", or the JSON path, or the whole file. */
const where = (problem) => problem.path ?? (placeOf(problem) || 'the whole file');

/** A dataset in JSON, checked: the dataset, or its problems by path. */
function readJson(text) {
  let input;
  try {
    input = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { problems: [{ message: `This is not JSON that can be read: ${error.message}` }] };
  }
  const checked = validateDataset(input);
  return checked.ok ? { dataset: input, problems: [] } : { problems: checked.problems };
}

/** A spreadsheet's CSV, with the terms' CSV if there is one: the dataset and every problem, by row and column. */
function readCsv(text, termsText) {
  try {
    const terms = termsText === undefined ? { vocabulary: undefined, problems: [] } : importVocabularyCsv(termsText);
    if (terms.problems.length > 0) return { problems: terms.problems.map((problem) => ({ ...problem, file: 'terms' })) };
    return importCsv(text, terms.vocabulary, { declareHint: DECLARE_HINT });
  } catch (error) {
    // csv-parse names the line of a quote that never closes, and the like.
    return { problems: [{ message: `This is not CSV that can be read: ${error.message}` }] };
  }
}

/** Every element, showing the partner's dataset through a provider, as their page will; each under the tag that makes it. */
function showElements(dataset) {
  const [first] = dataset.organizations;
  const provider = document.createElement('eco-provider');
  provider.data = dataset;
  const tags = [
    ['eco-map', { for: 'your-directory' }],
    ['eco-region-list', { id: 'your-directory', controls: 'search filters', 'page-size': '6' }],
    ['eco-org-card', { org: first.id }],
    ['eco-stats', { region: first.region, counts: '' }],
  ];
  for (const [tag, attributes] of tags) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    const tagLine = Object.assign(document.createElement('p'), { className: 'tag' });
    tagLine.append(Object.assign(document.createElement('code'), { textContent: tagFor(tag, Object.entries(attributes)) }));
    provider.append(tagLine, element);
  }
  elements.replaceChildren(provider);
}

function showProblems(problems) {
  problemRows.replaceChildren(
    ...problems.map((problem) => {
      const row = document.createElement('tr');
      const place = Object.assign(document.createElement('th'), { scope: 'row', textContent: `${problem.file === 'terms' ? 'terms, ' : ''}${where(problem)}` });
      row.append(place, Object.assign(document.createElement('td'), { textContent: problem.message }));
      return row;
    }),
  );
}

let downloadUrl;
/** The page as before any file was read: no problems, no elements, nothing to download. */
function clearResult() {
  showProblems([]);
  result.hidden = true;
  preview.hidden = true;
  elements.replaceChildren();
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = undefined;
}

/** Reads the chosen files and shows what they make. */
async function read(members, terms) {
  const text = await members.text();
  const termsText = await terms?.text();
  const isJson = /\.json$/i.test(members.name) || /^\uFEFF?\s*[{[]/.test(text);
  const { dataset, problems } = isJson ? readJson(text) : readCsv(text, termsText);
  const usable = problems.length === 0 && dataset.organizations.length > 0;
  clearResult();
  showProblems(problems);
  result.hidden = problems.length === 0;
  if (usable) {
    preview.hidden = false;
    downloadUrl = URL.createObjectURL(new Blob([`${JSON.stringify(dataset, null, 2)}\n`], { type: 'application/json' }));
    download.href = downloadUrl;
    showElements(dataset);
  }
  summary.textContent = usable
    ? `${members.name}: ${plural(dataset.organizations.length, 'organization')}, no problems. Every element below shows them.`
    : problems.length > 0
      ? `${members.name}: ${plural(problems.length, 'problem')} to fix in your file; then choose it again.`
      : `${members.name} has no organizations yet: add a row for each, under the header row.`;
}

const readChosen = () => membersFile.files[0] && read(membersFile.files[0], termsFile.files[0]);
membersFile.addEventListener('change', readChosen);
termsFile.addEventListener('change', readChosen);

// A file dropped on the box is as if chosen in its field.
drop.addEventListener('dragover', (event) => {
  event.preventDefault();
  drop.classList.add('dropping');
});
drop.addEventListener('dragleave', () => drop.classList.remove('dropping'));
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('dropping');
  if (event.dataTransfer.files.length === 0) return;
  membersFile.files = event.dataTransfer.files;
  readChosen();
});

// The example is two files of this site, fetched from it as the visitor's own would be chosen.
document.getElementById('try-example').addEventListener('click', async () => {
  try {
    const [members, terms] = await Promise.all(
      [...document.querySelectorAll('#import a[href$=".csv"]')].map(async (link) => {
        const response = await fetch(link.href);
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        return new File([await response.text()], link.href.split('/').pop());
      }),
    );
    await read(members, terms);
  } catch (error) {
    clearResult();
    summary.textContent = `The example could not be loaded (${error.message}). Choose a file of your own instead.`;
  }
});
