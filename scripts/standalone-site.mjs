// The documentation site as a folder of its own, to copy to any static host: the pages, their script
// and style, and the repository's files they use (the bundle, the favicon, the provider example's
// dataset, the CMS guide), at the same paths below the folder as below the repository.
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where each file the pages load comes from, by its path in the standalone folder. */
const FILES = {
  'site.css': 'site/site.css',
  'site.js': 'site/site.js',
  'builder.js': 'site/builder.js',
  'org-search.js': 'site/org-search.js',
  'tag.js': 'site/tag.js',
  'your-data.js': 'site/your-data.js',
  'dataset-import.js': 'site/dataset-import.js',
  'dist/eco-widgets.js': 'dist/eco-widgets.js',
  'dist/eco-widgets.css': 'dist/eco-widgets.css',
  'demo/favicon.svg': 'demo/favicon.svg',
  'demo/custom-dataset.json': 'demo/custom-dataset.json',
  'demo/members.csv': 'demo/members.csv',
  'demo/terms.csv': 'demo/terms.csv',
  'docs/cms.md': 'docs/cms.md',
};

/** The paths a page loads or links to in its own folder: `./x` in an href or src, in markup or in an example's source. */
const localReferences = (html) => [...html.matchAll(/(?:href|src)=(?:"|&quot;)\.\/([^"&#?]+)/g)].map(([, path]) => path);

/**
 * Writes `pages` (made with `repository: './'`) and the files they use to `folder`, emptied first.
 * Throws when a page refers to a file the folder would not have, so the copy never has a broken link.
 */
export function writeStandaloneSite(pages, folder) {
  if (!existsSync(FILES['dist/eco-widgets.js'])) throw new Error('dist/ is missing: run `npm run build` first');
  const missing = Object.values(pages)
    .flatMap(localReferences)
    .filter((path) => !pages[path] && !FILES[path]);
  if (missing.length > 0) throw new Error(`the site refers to files it would not carry: ${[...new Set(missing)].join(', ')}`);
  rmSync(folder, { recursive: true, force: true });
  for (const [path, from] of Object.entries(FILES)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    copyFileSync(from, join(folder, path));
  }
  for (const [file, html] of Object.entries(pages)) writeFileSync(join(folder, file), html);
}
