// `npm run screenshots`: the elements on a partner's page, before and after the redesign of issue #13,
// as pictures in demo/screenshots/: `{before,after}-{page}-{width}.jpg`.
//   - before: eco-widgets.js built from commit 0099c72 (the last one before the redesign), or from the
//     revision given as the first argument;
//   - after: the working tree's build (run `npm run build` first; `npm run screenshots` does).
// Each at 390 and 1280 px, on a white page, a tinted page, a dark page (which declares
// `color-scheme: dark`) and a white page seen on a dark-mode system. Then a table of what the issue
// counted on the white page: the page's width, where the list's first organization starts, and the Tab
// presses from the list's search box to it. Needs Debian's Chromium.
/* global document -- the functions given to the page run in the browser */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from './static-server.mjs';

const ROOT = normalize(join(import.meta.dirname, '..'));
const BEFORE = process.argv[2] ?? '0099c72';
const OUT = join(ROOT, 'demo/screenshots');

const PAGES = {
  white: { background: '#ffffff', text: '#1f2328', colorScheme: 'light', system: 'light' },
  tinted: { background: '#f3efe6', text: '#1f2328', colorScheme: 'light', system: 'light' },
  dark: { background: '#0d1117', text: '#e6edf3', colorScheme: 'dark', system: 'dark' },
  'white-on-dark-system': { background: '#ffffff', text: '#1f2328', colorScheme: 'light', system: 'dark' },
};
const WIDTHS = [390, 1280];

/** A partner's page: their own heading and column, with the tags a CMS author would paste. */
function partnerPage({ background, text, colorScheme }) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Life sciences in Flanders — a partner's page</title>
    <link rel="stylesheet" href="../dist/eco-widgets.css" />
    <script src="../dist/eco-widgets.js"></script>
    <style>
      :root { color-scheme: ${colorScheme}; background: ${background}; color: ${text}; font: 16px/1.5 Inter, sans-serif; }
      body { margin: 0; }
      main { max-width: 1040px; margin: 0 auto; padding: 24px 20px 48px; }
      h2 { margin: 40px 0 12px; font-size: 1.25rem; }
      .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 20px; align-items: start; }
      eco-org-card, eco-stats, eco-region-list { --eco-font-family: Inter; }
    </style>
  </head>
  <body>
    <main>
      <h1>Life sciences in Flanders</h1>
      <p>The partner's own text sits in this column; the elements below are pasted tags.</p>
      <div class="cards">
        <eco-org-card org="ghent-university-hospital"></eco-org-card>
        <eco-org-card org="imec"></eco-org-card>
      </div>
      <h2>Compact</h2>
      <eco-org-card org="VIB" layout="compact"></eco-org-card>
      <h2>Antwerp in figures</h2>
      <eco-stats region="antwerp"></eco-stats>
      <h2>Limburg by type of organization</h2>
      <eco-stats region="limburg" layout="chart"></eco-stats>
      <h2>Who is in Limburg</h2>
      <eco-region-list region="limburg" controls="search filters sort" page-size="3"></eco-region-list>
    </main>
  </body>
</html>`;
}

/** eco-widgets.js and .css as they were built at `revision`, in .tmp/ (built once per revision). */
function buildAt(revision) {
  const sha = execFileSync('git', ['rev-parse', '--short', revision], { cwd: ROOT, encoding: 'utf8' }).trim();
  const dir = join(ROOT, '.tmp', `build-${sha}`);
  if (!existsSync(join(dir, 'dist/eco-widgets.js'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    execFileSync('bash', ['-c', `git archive ${sha} | tar -x -C "${dir}"`], { cwd: ROOT });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    execFileSync('npx', ['rollup', '-c', 'rollup.config.mjs', '--silent'], { cwd: dir, stdio: 'inherit' });
  }
  return { label: 'before', script: readFileSync(join(dir, 'dist/eco-widgets.js')), styles: readFileSync(join(dir, 'dist/eco-widgets.css')) };
}

const builds = [buildAt(BEFORE), { label: 'after', script: readFileSync(join(ROOT, 'dist/eco-widgets.js')), styles: readFileSync(join(ROOT, 'dist/eco-widgets.css')) }];

/**
 * What the issue counted: how wide the page gets (the viewport's width, unless something overflows),
 * how far below the list's top its first organization starts, and how many Tab presses it takes from
 * the list's search box to that organization.
 */
async function measure(page) {
  const firstResultIsFocused = () => {
    const first = document.querySelector('eco-region-list').shadowRoot.querySelector('eco-org-card');
    for (let active = document.activeElement; active; active = active.shadowRoot?.activeElement) if (active === first) return true;
    return false;
  };
  const { pageWidth, firstResultFromTop } = await page.evaluate(() => {
    const list = document.querySelector('eco-region-list');
    const first = list.shadowRoot.querySelector('eco-org-card');
    return { pageWidth: document.documentElement.scrollWidth, firstResultFromTop: Math.round(first.getBoundingClientRect().top - list.getBoundingClientRect().top) };
  });
  await page.evaluate(() => document.querySelector('eco-region-list').shadowRoot.querySelector('input').focus());
  let tabPresses = 0;
  while (!(await page.evaluate(firstResultIsFocused)) && tabPresses < 200) {
    await page.keyboard.press('Tab');
    tabPresses += 1;
  }
  return { pageWidth, firstResultFromTop, tabPresses };
}

const measured = [];
mkdirSync(OUT, { recursive: true });
const server = await serveStatic(ROOT);
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const { label, script, styles } of builds) {
    for (const [pageName, look] of Object.entries(PAGES)) {
      for (const width of WIDTHS) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: look.system, reducedMotion: 'reduce' });
        await page.route('**/dist/eco-widgets.js', (route) => route.fulfill({ contentType: 'text/javascript', body: script }));
        await page.route('**/dist/eco-widgets.css', (route) => route.fulfill({ contentType: 'text/css', body: styles }));
        await page.route('**/demo/partner-page.html', (route) => route.fulfill({ contentType: 'text/html', body: partnerPage(look) }));
        await page.goto(`${server.origin}/demo/partner-page.html`);
        await page.waitForFunction(() =>
          [...document.querySelectorAll('eco-org-card, eco-region-list, eco-stats')].every(
            (element) => element.shadowRoot?.childElementCount && !element.shadowRoot.querySelector('[aria-busy="true"]'),
          ),
        );
        await page.evaluate(() => document.fonts.ready);
        await page.waitForTimeout(300);
        const file = `${label}-${pageName}-${width}.jpg`;
        await page.screenshot({ path: join(OUT, file), fullPage: true, type: 'jpeg', quality: 60 });
        console.log(`demo/screenshots/${file}`);
        if (pageName === 'white') measured.push({ build: label, width, ...(await measure(page)) });
        await page.close();
      }
    }
  }
  console.table(measured);
} finally {
  await browser.close();
  server.close();
}
