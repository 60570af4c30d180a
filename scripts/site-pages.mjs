// The documentation site's pages (site/*.html), made from custom-elements.json and the dataset so
// that they cannot drift from the code: `npm run site` writes them, `npm run check:generated` fails
// when they are stale. The pages' behaviour (live examples, language and theme, copy buttons) is in
// site/site.js; their look in site/site.css. Both are written by hand.

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
      '<eco-provider src="../demo/custom-dataset.json">\n  <eco-stats region="west-flanders" counts></eco-stats>\n</eco-provider>',
    ],
  ],
};

/** The pages, in the navigation's order. */
const ELEMENT_PAGES = Object.keys(EXAMPLES);

const escapeHtml = (text = '') => String(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
/** A description from the manifest, with its `code` spans. */
const prose = (text = '') => escapeHtml(text.replace(/\s+/g, ' ').trim()).replace(/`([^`]+)`/g, '<code>$1</code>');
const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** A section heading that links to itself, so every section has a deep link. */
const heading = (level, text, id = slug(text)) =>
  `<h${level} id="${id}">${escapeHtml(text)} <a class="anchor" href="#${id}" aria-label="Link to this section: ${escapeHtml(text)}">#</a></h${level}>`;

/** An example: its title, and the HTML that site.js runs beside its source. */
const example = ([title, markup]) => `<template class="example" data-title="${escapeHtml(title)}">\n${markup}\n</template>`;

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
    ['data.html', 'The data'],
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
    <link rel="icon" href="../demo/favicon.svg" />
    <link rel="stylesheet" href="./site.css" />
    <link rel="stylesheet" href="../dist/eco-widgets.css" />
    <script src="../dist/eco-widgets.js"></script>
  </head>
  <body>
    <!-- Generated by \`npm run site\` (scripts/site-pages.mjs) from custom-elements.json and the dataset; do not edit. -->
    <a class="skip" href="#content">Skip to the content</a>
    <header class="site-header">
      <a class="brand" href="./index.html">eco widgets</a>
      <nav aria-label="Pages">
        <ul>
${navigation.map(([href, label]) => `          <li><a href="./${href}"${href === current ? ' aria-current="page"' : ''}>${escapeHtml(label)}</a></li>`).join('\n')}
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
    </header>
    <main id="content" data-file="${file}">
${body}
    </main>
    <p class="status visually-hidden" role="status" id="copy-status"></p>
    <script src="./site.js"></script>
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
  ${example(EXAMPLES[declaration.tagName][0])}
</section>`,
    )
    .join('\n');
  return `<h1>eco widgets</h1>
<p class="lead">Embeddable web components for the health and life-sciences ecosystem of Flanders: paste one script tag,
then any of these tags, in any page or CMS. Every example below is live; switch the language and the theme
above to see them follow.</p>
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

/** Every page of the site, by its file name in site/. */
export function sitePages({ manifest, dataset, labels, vocabulary }) {
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
  return pages;
}
