// The documentation site's pages (site/*.html), made from custom-elements.json and the dataset so
// that they cannot drift from the code: `npm run site` writes them, `npm run check:generated` fails
// when they are stale. The pages' behaviour (live examples, language and theme, copy buttons) is in
// site/site.js; their look in site/site.css. Both are written by hand.

/**
 * Where a page finds the repository's files (the bundle, the demo's dataset): the pages write this
 * mark, and `sitePages` puts the path in its place, `../` for site/ in the repository, `./` for the
 * standalone site that `npm run build:site` writes.
 */
const REPO = '{repo}/';

/** The live examples of each element's page, each as a title and the HTML an author pastes. */
const EXAMPLES = {
  'eco-org-card': [
    ['An organization, found by any of its names', '<eco-org-card org="UZA"></eco-org-card>'],
    ['Compact, linked to a partner page', '<eco-org-card org="VIB" layout="compact" href="#partners/{id}"></eco-org-card>'],
    ['When the name matches nothing', '<eco-org-card org="Gent Universty"></eco-org-card>'],
  ],
  'eco-region-list': [
    ['A region with search and filters', '<eco-region-list region="antwerp" controls="search filters sort" page-size="6"></eco-region-list>'],
    ['Two regions, grouped, as a grid', '<eco-region-list region="limburg, brussels" group-by="region" layout="grid" page-size="6"></eco-region-list>'],
  ],
  'eco-stats': [
    ['A headline band', '<eco-stats region="antwerp"></eco-stats>'],
    ['Organizations by type', '<eco-stats layout="chart" region="limburg"></eco-stats>'],
    ['One organization, on one line', '<eco-stats org="Ghent University Hospital" layout="inline"></eco-stats>'],
  ],
  'eco-map': [
    [
      'A map that drives a list',
      '<eco-map for="map-directory"></eco-map>\n<eco-region-list id="map-directory" controls="search filters" page-size="5"></eco-region-list>',
    ],
    ['Only incubators and science parks, as a table', '<eco-map type="incubator, science-park" layout="table"></eco-map>'],
  ],
  'eco-provider': [
    [
      'A partner’s own dataset for every element inside',
      `<eco-provider src="${REPO}demo/custom-dataset.json">\n  <eco-stats region="west-flanders" counts></eco-stats>\n</eco-provider>`,
    ],
  ],
};

/**
 * The overview's one example per element, lighter than the elements' pages' first: the overview is a
 * first look on a phone, and every element it renders costs that phone time before it answers a tap.
 */
const GALLERY = {
  'eco-org-card': ['An organization, found by any of its names', '<eco-org-card org="UZA"></eco-org-card>'],
  'eco-region-list': ['One region, four at a time', '<eco-region-list region="limburg" controls="search" page-size="4"></eco-region-list>'],
  'eco-stats': ['A headline band', '<eco-stats region="antwerp"></eco-stats>'],
  'eco-map': ['Organizations by region', '<eco-map></eco-map>'],
};

/** The pages, in the navigation's order. */
const ELEMENT_PAGES = Object.keys(EXAMPLES);

const escapeHtml = (text = '') => String(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
/** A description from the manifest, with its `code` spans. */
const prose = (text = '') => escapeHtml(text.replace(/\s+/g, ' ').trim()).replace(/`([^`]+)`/g, '<code>$1</code>');
const pre = (text, language = 'html') => `<pre data-language="${language}"><code>${escapeHtml(text)}</code></pre>`;
const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** A section heading that links to itself, so every section has a deep link. */
const heading = (level, text, id = slug(text)) =>
  `<h${level} id="${id}">${escapeHtml(text)} <a class="anchor" href="#${id}" aria-label="Link to this section: ${escapeHtml(text)}">#</a></h${level}>`;

/**
 * An example: its title, the HTML itself (live in the page as it loads, so nothing moves when the
 * scripts run), and its source.
 */
const example = ([title, markup]) => `<figure class="example">
<figcaption>${escapeHtml(title)}</figcaption>
<div class="live">
${markup}
</div>
${pre(markup)}
</figure>`;

function table(caption, columns, rows) {
  if (rows.length === 0) return '';
  return `${heading(3, caption)}
<div class="table-scroll"><table>
  <thead><tr>${columns.map((column) => `<th scope="col">${column}</th>`).join('')}</tr></thead>
  <tbody>
${rows.map((cells) => `    <tr>${cells.map((cell, i) => (i === 0 ? `<th scope="row">${cell}</th>` : `<td>${cell}</td>`)).join('')}</tr>`).join('\n')}
  </tbody>
</table></div>`;
}

const code = (text) => `<code>${escapeHtml(text)}</code>`;

function apiTables(declaration) {
  const properties = (declaration.members ?? []).filter((member) => member.kind === 'field' && !member.privacy && !member.static && !member.attribute);
  return [
    table(
      'Attributes',
      ['attribute', 'property', 'what it does', 'default'],
      (declaration.attributes ?? []).map((attribute) => [
        code(attribute.name),
        code(attribute.fieldName ?? ''),
        prose(attribute.description),
        attribute.default ? code(attribute.default) : '',
      ]),
    ),
    table('Properties set from script', ['property', 'type', 'what it is'], properties.map((member) => [code(member.name), code(member.type?.text ?? ''), prose(member.description)])),
    table('Events', ['event', 'detail', 'when'], (declaration.events ?? []).map((event) => [code(event.name), code(event.type?.text ?? ''), prose(event.description)])),
    table('Parts', ['part', 'what it is'], (declaration.cssParts ?? []).map((part) => [code(`::part(${part.name})`), prose(part.description)])),
    table('CSS custom properties', ['property', 'what it sets'], (declaration.cssProperties ?? []).map((property) => [code(property.name), prose(property.description)])),
  ].join('\n');
}

/** Every page's frame: the navigation, the language and theme switches, and the element bundle. */
function page({ file, title, description, body, current }) {
  const navigation = [
    ['index.html', 'Overview'],
    ...ELEMENT_PAGES.map((tag) => [`${tag}.html`, `<${tag}>`]),
    ['builder.html', 'Builder'],
    ['embedding.html', 'Embedding'],
    ['theming.html', 'Theming'],
    ['data.html', 'The data'],
    ['your-data.html', 'Your data'],
  ];
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta
      http-equiv="Content-Security-Policy"
      content="default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'"
    />
    <meta name="description" content="${escapeHtml(description)}" />
    <title>${escapeHtml(title)} — eco widgets</title>
    <link rel="icon" href="${REPO}demo/favicon.svg" />
    <link rel="stylesheet" href="./site.css" />
    <link rel="stylesheet" href="${REPO}dist/eco-widgets.css" />
    <script src="${REPO}dist/eco-widgets.js"></script>
  </head>
  <body>
    <!-- Generated by \`npm run site\` (scripts/site-pages.mjs) from custom-elements.json and the dataset; do not edit. -->
    <a class="skip" href="#content">Skip to the content</a>
    <header class="site-header">
      <a class="brand" href="./index.html">eco widgets</a>
      <!-- On a phone the pages and switches are a menu; wider, the menu is the header's row. A popover
           needs no script: the browser opens it, closes it on Escape or outside, and says it is expanded. -->
      <button type="button" class="menu-button" popovertarget="site-menu">Menu</button>
      <div class="site-menu" id="site-menu" popover>
        <button type="button" class="menu-close" popovertarget="site-menu" popovertargetaction="hide">Close</button>
        <nav aria-label="Pages">
          <ul>
${navigation.map(([href, label]) => `            <li><a href="./${href}"${href === current ? ' aria-current="page"' : ''}>${escapeHtml(label)}</a></li>`).join('\n')}
          </ul>
        </nav>
        <div class="switches">
          <label>Language
            <select id="language">
              <option value="en">English</option>
              <option value="nl">Nederlands</option>
              <option value="fr">Français</option>
              <option value="de">Deutsch</option>
            </select>
          </label>
          <label>Theme
            <select id="theme">
              <option value="light dark">System</option>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          </label>
        </div>
      </div>
    </header>
    <main id="content" data-file="${file}">
${body}
    </main>
    <p class="status visually-hidden" role="status" id="copy-status"></p>
    <script type="module" src="./site.js"></script>
  </body>
</html>
`;
}

function overview(declarations) {
  const cards = declarations
    .filter((declaration) => declaration.tagName !== 'eco-provider')
    .map(
      (declaration) => `<section class="gallery-item" aria-labelledby="${declaration.tagName}">
  ${heading(2, `<${declaration.tagName}>`, declaration.tagName)}
  <p>${prose(declaration.summary)} <a href="./${declaration.tagName}.html">All about <code>&lt;${declaration.tagName}&gt;</code></a></p>
  ${example(GALLERY[declaration.tagName])}
</section>`,
    )
    .join('\n');
  return `<h1>eco widgets</h1>
<p class="lead">Embeddable web components for the health and life-sciences ecosystem of Flanders: paste one script tag,
then any of these tags, in any page or CMS. Every example below is live: switch the language and the theme
at the top of the page (on a phone, under Menu) to see them follow.</p>
<pre><code>&lt;link rel="stylesheet" href="https://your-host/eco-widgets/dist/eco-widgets.css" /&gt;
&lt;script src="https://your-host/eco-widgets/dist/eco-widgets.js"&gt;&lt;/script&gt;</code></pre>
<div class="gallery">
${cards}
</div>`;
}

function elementPage(declaration) {
  return `<h1><code>&lt;${declaration.tagName}&gt;</code></h1>
<p class="lead">${prose(declaration.description)}</p>
${heading(2, 'Examples')}
${EXAMPLES[declaration.tagName].map(example).join('\n')}
${heading(2, 'Reference')}
${apiTables(declaration)}`;
}

function dataPage({ dataset, labels, vocabulary }) {
  const names = (facet, id) => escapeHtml(labels[facet][id] ?? id);
  const organizations = [...dataset.organizations].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const sources = new Map(dataset.sources.map((source) => [source.id, source.title]));
  const idTable = (title, facet, ids, attribute) =>
    `${heading(2, title)}
<p>For ${attribute}.</p>
<div class="table-scroll"><table>
  <thead><tr><th scope="col">id</th><th scope="col">name</th></tr></thead>
  <tbody>
${ids.map((id) => `    <tr><th scope="row">${code(id)}</th><td>${names(facet, id)}</td></tr>`).join('\n')}
  </tbody>
</table></div>`;
  return `<h1>The data</h1>
<p class="lead">The bundled dataset: ${dataset.organizations.length} organizations, each from the source texts listed with it.
A tag takes an organization by its id or any of its names; regions, types and focus areas by their id.</p>
${heading(2, 'Organizations')}
<label class="filter">Find an organization <input type="search" id="find-organization" /></label>
<div class="table-scroll"><table id="organizations">
  <thead><tr><th scope="col">name</th><th scope="col">id</th><th scope="col">type</th><th scope="col">region</th><th scope="col">sources</th></tr></thead>
  <tbody>
${organizations
  .map(
    (org) =>
      `    <tr data-names="${escapeHtml([org.name, org.id, ...(org.aliases ?? [])].join(' ').toLowerCase())}"><th scope="row">${escapeHtml(org.name)}</th><td>${code(org.id)}</td><td>${names('types', org.type)}</td><td>${names('regions', org.region)}</td><td>${org.sources.map((source) => escapeHtml(sources.get(source) ?? source)).join('; ')}</td></tr>`,
  )
  .join('\n')}
  </tbody>
</table></div>
${idTable('Regions', 'regions', vocabulary.REGIONS, '<code>region</code> on <code>&lt;eco-region-list&gt;</code>, <code>&lt;eco-stats&gt;</code> and <code>&lt;eco-map&gt;</code>')}
${idTable('Types', 'types', vocabulary.ORGANIZATION_TYPES, '<code>type</code> on <code>&lt;eco-region-list&gt;</code> and <code>&lt;eco-map&gt;</code>')}
${idTable('Focus areas', 'focus', vocabulary.FOCUS_AREAS, '<code>focus</code> on <code>&lt;eco-region-list&gt;</code> and <code>&lt;eco-map&gt;</code>')}`;
}

/** The Embedding page's React example; `npm run check:package` type-checks it against the installed package. */
export const REACT_EXAMPLE = `import 'eco-widgets/define';
import type {} from 'eco-widgets/react';

export const Partner = ({ id }: { id: string }) => (
  <eco-org-card org={id} heading-level={2} oneco-select={(event) => console.log(event.detail.id)} />
);`;

function embeddingPage() {
  return `<h1>Embedding</h1>
<p class="lead">One script tag, then any tag of ours, wherever HTML goes: a theme, a CMS block, a framework's template.
Nothing to build, no backend.</p>
${heading(2, 'A script tag')}
<p>The script is one self-contained file: Lit, every element and the dataset. It may go in the head or the body,
as a classic or a module script, with <code>defer</code> or <code>async</code>; elements already on the page
upgrade when it arrives. The stylesheet keeps each element's room until then, so the page does not jump.</p>
${pre('<link rel="stylesheet" href="https://your-host/eco-widgets/dist/eco-widgets.css" />\n<script src="https://your-host/eco-widgets/dist/eco-widgets.js"></script>\n\n<eco-org-card org="imec"></eco-org-card>')}
${heading(2, 'In a CMS')}
<p>Attributes are the whole API, so a tag works in any HTML block (WordPress' "Custom HTML", Drupal's "Full HTML"),
even when the editor inserts it before the script has loaded. Values are not case-sensitive, and a wrong one
shows a polite message in place of the element, never a broken page. Every attribute and every id is in the
pages of this site and in <a href="${REPO}docs/cms.md">docs/cms.md</a>.</p>
${pre('<eco-map for="members"></eco-map>\n<eco-region-list id="members" region="limburg" controls="search filters"></eco-region-list>')}
${heading(2, 'React')}
<p>React 19 sets properties and listens to events on custom elements by itself. Define the elements once,
and add our JSX types:</p>
${pre(REACT_EXAMPLE, 'tsx')}
${heading(2, 'Vue')}
<p>Tell Vue's compiler that <code>eco-</code> tags are custom elements, bind rich properties with <code>.prop</code>,
and listen with <code>@</code>:</p>
${pre(`// vite.config.js\nvue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('eco-') } } })\n\n<!-- a component -->\n<eco-provider :data.prop="members">\n  <eco-region-list controls="search filters" @eco-select="open($event.detail.id)" />\n</eco-provider>`, 'vue')}
${heading(2, 'Under a strict Content Security Policy')}
<p>No inline script or style is needed. Under Trusted Types the elements use two policies: Lit's, <code>lit-html</code>,
to render, and ours, <code>eco-widgets</code>, for each card's JSON-LD. This header is the one the tests use; name
your script's host beside <code>'self'</code> if it comes from elsewhere, and in <code>connect-src</code> if a
provider loads a dataset from there.</p>
${pre("Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html eco-widgets", 'http')}
${heading(2, 'Your own dataset')}
<p>An <code>&lt;eco-provider&gt;</code> hands a dataset of yours to every element inside it. A dataset needs only
<code>organizations</code>, each with an <code>id</code>, a <code>name</code>, a <code>type</code> and a
<code>region</code>; <code>npx eco-widgets import members.csv -o members.json</code> makes one from a spreadsheet,
and <a href="./data.html">The data</a> lists every id a tag accepts.</p>
${pre('<eco-provider src="members.json" lang="nl">\n  <eco-region-list controls="search filters"></eco-region-list>\n</eco-provider>')}`;
}

function yourDataPage() {
  return `<h1>Your own data</h1>
<p class="lead">Turn your members' spreadsheet into a dataset the elements show: choose its CSV export (or a dataset
in JSON), see any problem by row and column, see every element with your data, and download the JSON to put next
to your page. Nothing leaves your browser: the file is read on this page and sent nowhere.</p>
<form class="import" id="import" aria-label="Your files">
  <div class="drop" id="drop">
    <label for="members-file">Your organizations: your spreadsheet as CSV, or a dataset in JSON</label>
    <input type="file" id="members-file" accept=".csv,.json,text/csv,application/json" aria-describedby="members-hint" />
    <p class="hint" id="members-hint">Or drop the file on this box. A header row names the columns: <code>name</code>,
    <code>type</code> and <code>region</code> are needed; <code>id</code>, <code>city</code>, <code>focus</code>
    (with <code>;</code> between values), <code>description.en</code>, <code>description.nl</code> and the others of
    <a href="./embedding.html#your-own-dataset">a dataset</a> may follow. Commas or semicolons, as Excel writes them.</p>
  </div>
  <div class="field">
    <label for="terms-file">Your own types, regions and focus areas (if you have any): a CSV with the columns kind, id, en, nl, fr, de</label>
    <input type="file" id="terms-file" accept=".csv,text/csv" />
  </div>
  <p><button type="button" id="try-example">Try it with our example</button> — <a href="${REPO}demo/members.csv">members.csv</a>
  with its <a href="${REPO}demo/terms.csv">terms.csv</a></p>
</form>
<p id="import-summary" class="import-summary" role="status"></p>
<section id="import-result" aria-labelledby="problems-heading" hidden>
  ${heading(2, 'What to fix', 'problems-heading')}
  <div class="table-scroll"><table id="problems">
    <thead><tr><th scope="col">where</th><th scope="col">what is wrong</th></tr></thead>
    <tbody></tbody>
  </table></div>
</section>
<section id="import-preview" aria-labelledby="preview-heading" hidden>
  ${heading(2, 'Your data in every element', 'preview-heading')}
  <p><a id="download" class="button" download="members.json" href="#">Download members.json</a> and put it next to your page:
  <code>&lt;eco-provider src="members.json"&gt;</code> around the tags gives them your data.</p>
  <div class="live" id="your-elements"></div>
</section>
<script type="module" src="./your-data.js"></script>`;
}

/** The tokens every element reads, with their defaults, from the theme's source. */
function tokensOf(themeSource) {
  return [...themeSource.matchAll(/var\((--eco-[a-z-]+), (.+)\);$/gm)].map(([, name, fallback]) => {
    const pair = /^light-dark\((#\w+), (#\w+)\)$/.exec(fallback);
    return { name, light: pair?.[1] ?? fallback, dark: pair?.[2] ?? fallback };
  });
}

function themingPage({ themeSource, declarations }) {
  const tokens = tokensOf(themeSource);
  const usedBy = (name) =>
    declarations.filter((declaration) => (declaration.cssProperties ?? []).some((property) => property.name === name)).map((declaration) => code(`<${declaration.tagName}>`));
  // A colour field takes only #rrggbb.
  const sixDigits = (hex) => (hex.length === 4 ? `#${[...hex.slice(1)].map((digit) => digit + digit).join('')}` : hex);
  const editable = tokens
    .filter(({ light }) => light.startsWith('#'))
    .map(({ name, light }) => `<label>${code(name)} <input type="color" data-token="${name}" value="${sixDigits(light)}" /></label>`);
  return `<h1>Theming</h1>
<p class="lead">Set our CSS custom properties on an element or on any ancestor, and reach inside with
<code>::part()</code> for the rest. Colours follow the page's <code>color-scheme</code>, light or dark, with no script.</p>
${heading(2, 'Try it')}
<p>Change a token and the elements below follow; the CSS beside them is yours to copy. A colour set this way holds
in both schemes; to give each its own, write it as <code>light-dark(#0b6e4f, #4ac99b)</code>.</p>
<div class="token-editor">
  <form class="tokens" aria-label="Tokens">
    ${editable.join('\n    ')}
    <label>${code('--eco-radius')} <input type="range" data-token="--eco-radius" data-unit="rem" min="0" max="1.5" step="0.125" value="0.5" /></label>
    <label>${code('--eco-spacing')} <input type="range" data-token="--eco-spacing" data-unit="rem" min="0.5" max="1.5" step="0.125" value="1" /></label>
  </form>
  <div class="token-preview live" id="token-preview">
    <eco-org-card org="imec" layout="compact"></eco-org-card>
    <eco-stats region="limburg" metrics="limburg-hospitals"></eco-stats>
  </div>
</div>
<pre id="token-css"><code>/* Change a token above. */</code></pre>
${heading(2, 'Tokens')}
<div class="table-scroll"><table>
  <thead><tr><th scope="col">token</th><th scope="col">light</th><th scope="col">dark</th><th scope="col">listed by</th></tr></thead>
  <tbody>
${tokens.map(({ name, light, dark }) => `    <tr><th scope="row">${code(name)}</th><td>${code(light)}</td><td>${code(dark)}</td><td>${usedBy(name).join(', ')}</td></tr>`).join('\n')}
  </tbody>
</table></div>
${heading(2, 'Parts')}
<p>Each element's page lists its parts. For example:</p>
${pre('eco-org-card::part(name) {\n  font-family: Georgia, serif;\n}\neco-stats::part(value) {\n  color: rebeccapurple;\n}', 'css')}`;
}

/** Attributes whose values are one of a fixed list: the list's name among the manifest's exports. */
const CHOICES = {
  'eco-org-card': { layout: 'CARD_LAYOUTS' },
  'eco-region-list': { layout: 'LIST_LAYOUTS', sort: 'LIST_SORTS', 'group-by': 'LIST_GROUPINGS', controls: 'LIST_CONTROLS' },
  'eco-stats': { layout: 'STATS_LAYOUTS' },
  'eco-map': { layout: 'MAP_LAYOUTS' },
  '*': { theme: 'THEMES', lang: 'LOCALES' },
};
/** Attributes that take several values, and the separator the snippet writes between them. */
const SEPARATORS = {
  'eco-region-list': { controls: ' ', region: ', ', type: ', ', focus: ', ' },
  'eco-stats': { metrics: ', ' },
  'eco-map': { type: ', ', focus: ', ' },
};
/** What an element starts with in the builder, where it shows nothing without it. */
const STARTING = { 'eco-org-card': { org: 'imec' } };
/** Combinations an author might choose that do not do what they seem to, said before they copy. */
const COMBINATIONS = [
  { element: 'eco-stats', attributes: ['org', 'region'], say: 'With org, the figures are the organization’s own: region is left unused. Choose one of the two.' },
  { element: 'eco-stats', attributes: ['org', 'counts'], say: 'Counts by type are made for a region, not an organization: counts is left unused with org.' },
];

/** What the builder's form is made of: each element's attributes, in the manifest's order, with their values. */
function builderConfig({ declarations, manifest, dataset, labels, vocabulary }) {
  const exported = new Map(
    manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.kind === 'variable').map((variable) => [variable.name, variable.default]),
  );
  const listOf = (name) => JSON.parse(exported.get(name).replaceAll("'", '"'));
  const counts = (facet) => dataset.organizations.reduce((all, org) => all.set(org[facet], (all.get(org[facet]) ?? 0) + 1), new Map());
  const ids = (facet, list, names) => {
    const counted = counts(facet);
    return list.map((id) => ({ value: id, label: `${names[id] ?? id} (${counted.get(id) ?? 0})` }));
  };
  const valuesFor = (tag, name) => {
    const choice = CHOICES[tag]?.[name] ?? CHOICES['*'][name];
    if (choice) return listOf(choice).map((value) => ({ value, label: value }));
    if (name === 'region') return ids('region', vocabulary.REGIONS, labels.regions);
    if (name === 'type') return ids('type', vocabulary.ORGANIZATION_TYPES, labels.types);
    if (name === 'focus') return vocabulary.FOCUS_AREAS.map((id) => ({ value: id, label: `${labels.focus[id]} (${dataset.organizations.filter((org) => org.focus?.includes(id)).length})` }));
    if (name === 'metrics') return dataset.statistics.map((figure) => ({ value: figure.id, label: `${figure.label.en} (${labels.regions[figure.region] ?? figure.region})` }));
    if (name === 'heading-level') return ['2', '3', '4', '5', '6'].map((value) => ({ value, label: value }));
    return undefined;
  };
  const kindOf = (tag, attribute) => {
    if (attribute.name === 'org') return 'org';
    if (attribute.type?.text === 'boolean' || attribute.name === 'sync-url') return 'boolean';
    if (SEPARATORS[tag]?.[attribute.name]) return 'several';
    if (valuesFor(tag, attribute.name)) return 'one';
    return attribute.type?.text === 'number' ? 'number' : 'text';
  };
  return {
    elements: declarations
      .filter((declaration) => declaration.tagName !== 'eco-provider')
      .map((declaration) => ({
        tag: declaration.tagName,
        summary: declaration.summary ?? '',
        starting: STARTING[declaration.tagName] ?? {},
        attributes: declaration.attributes.map((attribute) => ({
          name: attribute.name,
          description: attribute.description.replace(/\s+/g, ' ').replaceAll('`', ''),
          kind: kindOf(declaration.tagName, attribute),
          values: valuesFor(declaration.tagName, attribute.name),
          separator: SEPARATORS[declaration.tagName]?.[attribute.name],
          default: /^'[^']*'$|^\d+$/.test(attribute.default ?? '') ? attribute.default.replaceAll("'", '') : undefined,
        })),
      })),
    organizations: dataset.organizations.map((org) => ({ id: org.id, names: [org.name, ...(org.aliases ?? []), ...Object.values(org.localNames ?? {})] })),
    combinations: COMBINATIONS,
  };
}

function builderPage(config) {
  // The form is made by builder.js from this configuration; JSON in a script element is data, which a
  // strict Content Security Policy lets the page read.
  const json = JSON.stringify(config).replaceAll('<', '\\u003c');
  // The first element as it starts, already in the page, so that nothing moves when builder.js takes over.
  const { tag, starting } = config.elements[0];
  const startingTag = `<${tag}${Object.entries(starting).map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('')}></${tag}>`;
  return `<h1>Snippet builder</h1>
<p class="lead">Choose an element and what it should show, see it live, and copy the tag: no attribute is
written that the element would not need.</p>
<div class="builder">
  <form id="builder" class="builder-form" aria-label="What to show">
    <label class="field">Element <select id="element" name="element"></select></label>
    <p id="element-summary" class="hint"></p>
    <fieldset id="attributes"><legend>Attributes</legend></fieldset>
    <fieldset class="inline">
      <legend>Preview width</legend>
      <label><input type="radio" name="width" value="phone" /> Phone</label>
      <label><input type="radio" name="width" value="column" /> Column</label>
      <label><input type="radio" name="width" value="full" checked /> Full</label>
    </fieldset>
    <fieldset class="inline">
      <legend>Page background</legend>
      <label><input type="radio" name="background" value="white" checked /> White</label>
      <label><input type="radio" name="background" value="tinted" /> Tinted</label>
      <label><input type="radio" name="background" value="dark" /> Dark</label>
    </fieldset>
    <label class="check"><input type="checkbox" name="script" id="with-script" /> Include the script tag and stylesheet</label>
  </form>
  <section class="builder-result" aria-labelledby="result-heading">
    <h2 id="result-heading">Your tag, and what it shows</h2>
    <pre id="snippet"><code>${escapeHtml(startingTag)}</code></pre>
    <div id="combination" class="combination" role="status"></div>
    <div class="preview-page" id="preview-page" data-width="full" data-background="white"><div class="preview live" id="preview">${startingTag}</div></div>
  </section>
</div>
<script type="application/json" id="builder-config">${json}</script>
<script type="module" src="./builder.js"></script>`;
}

/**
 * Every page of the site, by its file name. `repository` is the path from the pages to the
 * repository's root: `../` from site/, `./` in a standalone copy that carries dist/ and demo/ along.
 */
export function sitePages({ manifest, dataset, labels, vocabulary, themeSource }, { repository = '../' } = {}) {
  const declarations = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => EXAMPLES[declaration.tagName])
    .sort((a, b) => ELEMENT_PAGES.indexOf(a.tagName) - ELEMENT_PAGES.indexOf(b.tagName));
  const pages = {
    'index.html': page({
      file: 'index.html',
      current: 'index.html',
      title: 'Overview',
      description: 'Embeddable web components for the health and life-sciences ecosystem of Flanders.',
      body: overview(declarations),
    }),
    'builder.html': page({
      file: 'builder.html',
      current: 'builder.html',
      title: 'Snippet builder',
      description: 'Choose an element and what it shows, see it live, and copy a working tag.',
      body: builderPage(builderConfig({ declarations, manifest, dataset, labels, vocabulary })),
    }),
    'embedding.html': page({
      file: 'embedding.html',
      current: 'embedding.html',
      title: 'Embedding',
      description: 'A script tag, a CMS, React, Vue, a strict Content Security Policy and your own dataset.',
      body: embeddingPage(),
    }),
    'theming.html': page({
      file: 'theming.html',
      current: 'theming.html',
      title: 'Theming',
      description: 'The design tokens and parts, with a live editor whose CSS you can copy.',
      body: themingPage({ themeSource, declarations }),
    }),
    'your-data.html': page({
      file: 'your-data.html',
      current: 'your-data.html',
      title: 'Your own data',
      description: 'Turn a spreadsheet of your members into a dataset the elements show, in your browser: problems by row and column, a preview, the JSON to download.',
      body: yourDataPage(),
    }),
    'data.html': page({
      file: 'data.html',
      current: 'data.html',
      title: 'The data',
      description: 'Every organization in the bundled dataset, and every region, type and focus area a tag accepts.',
      body: dataPage({ dataset, labels, vocabulary }),
    }),
  };
  for (const declaration of declarations) {
    const file = `${declaration.tagName}.html`;
    pages[file] = page({ file, current: file, title: `<${declaration.tagName}>`, description: declaration.summary ?? declaration.description, body: elementPage(declaration) });
  }
  return Object.fromEntries(Object.entries(pages).map(([file, html]) => [file, html.replaceAll(REPO, repository)]));
}
