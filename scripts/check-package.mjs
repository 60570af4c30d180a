// `npm run check:package`: the npm package as an app developer gets it. Packs this repo (after
// `npm run build`), installs the tarball into a fresh project, and checks that
//   - every bare import in dist/lib and cli/ is a declared dependency (a devDependency is not installed),
//   - the type entry points the package.json names are in the tarball,
//   - `npx eco-widgets import` and `validate` run from the installed package,
//   - a TypeScript file importing 'eco-widgets', and the site's React example, type-check against the
//     installed package,
//   - esbuild bundles `import 'eco-widgets/define'`, and the bundle renders a card in Chromium.
// Prints each problem and exits 1 when there is one.
/* global window, document -- the functions given to the page runs in the browser */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { REACT_EXAMPLE } from './site-pages.mjs';
import { serveStatic } from './static-server.mjs';

const ROOT = normalize(join(import.meta.dirname, '..'));
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const problems = [];
const work = mkdtempSync(join(tmpdir(), 'eco-package-'));
const app = join(work, 'app');
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** The bare specifiers (`lit/decorators.js`) a built module imports, as package names (`lit`). */
function importedPackages(code) {
  const specifiers = [...code.matchAll(/(?:^|[;\s])(?:import|export)\b[^'"]*?from\s*['"]([^'"./][^'"]*)['"]|(?:^|[;\s])import\s*['"]([^'"./][^'"]*)['"]/g)];
  return specifiers
    .map(([, from, bare]) => from ?? bare)
    .filter((specifier) => !specifier.startsWith('node:'))
    .map((specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/'));
}

function javascriptFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.m?js$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Whether `pattern` (a package.json path, maybe with one `*`) names at least one file under `dir`. */
function hasFile(dir, pattern) {
  const [prefix, suffix] = pattern.split('*');
  if (suffix === undefined) return existsSync(join(dir, pattern));
  const base = join(dir, prefix.slice(0, prefix.lastIndexOf('/')));
  return existsSync(base) && readdirSync(base, { recursive: true }).some((file) => join(base, file).endsWith(suffix) && join(base, file).startsWith(join(dir, prefix)));
}

async function renderInChromium(bundleDir) {
  const server = await serveStatic(bundleDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => problems.push(`uncaught in the bundled app: ${error.message}`));
    await page.goto(`${server.origin}/index.html`);
    const name = await page
      .waitForFunction(() => document.querySelector('eco-org-card')?.shadowRoot?.querySelector('.name')?.textContent?.trim(), undefined, { timeout: 10_000 })
      .then((handle) => handle.jsonValue())
      .catch(() => undefined);
    if (name !== 'imec') problems.push(`<eco-org-card org="imec"> in the bundled app shows ${JSON.stringify(name)}, not "imec"`);
    const classMatches = await page.evaluate(() => window.cardClassIsDefined);
    if (classMatches !== true) problems.push("'eco-widgets' exports a different EcoOrgCard than 'eco-widgets/define' defines");
  } finally {
    await browser.close();
    server.close();
  }
}

try {
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], ROOT));
  const tarball = join(work, filename);

  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'eco-widgets-app', private: true, type: 'module' }));
  run('npm', ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], app);
  const installed = join(app, 'node_modules/eco-widgets');

  const declared = new Set(Object.keys(manifest.dependencies ?? {}));
  for (const file of [...javascriptFiles(join(installed, 'dist/lib')), ...javascriptFiles(join(installed, 'cli'))]) {
    for (const name of importedPackages(readFileSync(file, 'utf8'))) {
      if (!declared.has(name)) problems.push(`${file.slice(installed.length + 1)} imports "${name}", which is not in "dependencies"`);
    }
  }

  // The command line tool, as `npx eco-widgets` runs it from the installed package.
  copyFileSync(join(ROOT, 'demo/members.csv'), join(app, 'members.csv'));
  copyFileSync(join(ROOT, 'demo/terms.csv'), join(app, 'terms.csv'));
  try {
    run('npx', ['--no-install', 'eco-widgets', 'import', 'members.csv', '--vocabulary', 'terms.csv', '-o', 'members.json'], app);
    run('npx', ['--no-install', 'eco-widgets', 'validate', 'members.json'], app);
  } catch (error) {
    problems.push(`npx eco-widgets failed: ${error.stderr || error.message}`);
  }

  for (const [entry, target] of Object.entries(manifest.exports)) {
    const types = typeof target === 'string' ? undefined : target.types;
    if (types && !hasFile(installed, types)) problems.push(`the "${entry}" entry's types ${types} are not in the package`);
  }

  writeFileSync(
    join(app, 'usage.ts'),
    `import { EcoOrgCard, VERSION } from 'eco-widgets';
import type {} from 'eco-widgets/jsx';
const card: EcoOrgCard = document.createElement('eco-org-card');
card.org = 'imec';
// LitElement's member: there only when the declarations' own imports (lit) resolve too.
export const rendered: Promise<boolean> = card.updateComplete;
export const version: string = VERSION;\n`,
  );
  // The Embedding page's React example, as an app would have it; React's types from our own install.
  writeFileSync(join(app, 'partner.tsx'), `${REACT_EXAMPLE}\n`);
  const reactTypes = join(ROOT, 'node_modules/@types/react');
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      // skipLibCheck as most apps have it: checking Lit's own declarations takes half a minute.
      compilerOptions: {
        target: 'es2021',
        module: 'es2022',
        moduleResolution: 'bundler',
        lib: ['es2022', 'dom'],
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
        jsx: 'react-jsx',
        paths: { react: [reactTypes], 'react/jsx-runtime': [join(reactTypes, 'jsx-runtime.d.ts')] },
      },
      files: ['usage.ts', 'partner.tsx'],
    }),
  );
  try {
    run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app);
  } catch (error) {
    problems.push(`a TypeScript file importing 'eco-widgets', or the site's React example, does not type-check:\n${error.stdout}`);
  }

  writeFileSync(
    join(app, 'main.ts'),
    `import 'eco-widgets/define';
import { EcoOrgCard } from 'eco-widgets';
(window as unknown as { cardClassIsDefined: boolean }).cardClassIsDefined = customElements.get('eco-org-card') === EcoOrgCard;\n`,
  );
  writeFileSync(join(app, 'index.html'), '<!doctype html><html lang="en"><body><eco-org-card org="imec"></eco-org-card><script type="module" src="bundle.js"></script></body></html>');
  const bundled = await build({ absWorkingDir: app, entryPoints: ['main.ts'], bundle: true, format: 'esm', outfile: 'bundle.js', logLevel: 'silent' }).catch(
    (error) => {
      problems.push(`esbuild cannot bundle the package:\n${error.errors.map((message) => `  ${message.text}`).join('\n')}`);
      return undefined;
    },
  );
  if (bundled) await renderInChromium(app);
} catch (error) {
  problems.push(`the check did not finish: ${error.message}\n${error.stderr ?? ''}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

for (const problem of problems) console.error(problem);
console.log(problems.length === 0 ? 'package: packs, installs, type-checks, bundles, renders and runs npx eco-widgets' : `package: ${problems.length} problem(s)`);
process.exit(problems.length === 0 ? 0 : 1);
