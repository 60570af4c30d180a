// `npm run test:demo`: opens the built demo in Debian's Chromium through playwright-core, as a
// visitor would, and checks that every example renders with no console error, no uncaught exception
// and no Content Security Policy violation. Writes a full-page screenshot to demo/screenshots/.
/* global window, document -- the functions given to the page run in the browser */
import { mkdirSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { runEveryExample } from './demo-examples.mjs';
import { serveStatic } from './static-server.mjs';

const ROOT = normalize(join(import.meta.dirname, '..'));
const server = await serveStatic(ROOT);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const problems = [];
let examples = 0;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto(`${server.origin}/demo/`);
  // Every example runs, and every element shows something of its own: never a blank box.
  examples = await runEveryExample(page);
  const blank = await page.evaluate(() =>
    [...document.querySelectorAll('eco-org-card, eco-region-list, eco-stats, eco-map')].filter((element) => element.getBoundingClientRect().height < 20).length,
  );
  if (blank > 0) problems.push(`${blank} element(s) rendered with no height`);
  // The map drives its list: a click on Limburg shows Limburg's organizations.
  const limburg = page.locator('eco-map[for] [role="button"][aria-label^="Limburg"]');
  await limburg.scrollIntoViewIfNeeded();
  await limburg.click();
  const summary = page.locator('eco-region-list#map-directory [part="summary"]');
  const driven = await summary.filter({ hasText: 'in Limburg' }).waitFor({ timeout: 5000 }).then(() => true, () => false);
  if (!driven) problems.push(`the map did not drive its list: the list says "${await summary.textContent()}"`);
  problems.push(...(await page.evaluate(() => window.cspViolations)).map((violation) => `CSP violation: ${violation}`));
  mkdirSync(join(ROOT, 'demo/screenshots'), { recursive: true });
  await page.screenshot({ path: join(ROOT, 'demo/screenshots/demo.png'), fullPage: true });
} catch (error) {
  problems.push(`the demo did not finish rendering: ${error.message}`);
} finally {
  await browser.close();
  server.close();
}

for (const problem of problems) console.error(problem);
console.log(`demo: ${examples} examples, ${problems.length} problem(s); screenshot in demo/screenshots/demo.png`);
console.log(`${problems.length === 0 && examples > 0 ? 1 : 0} passed, ${problems.length === 0 && examples > 0 ? 0 : 1} failed`);
process.exit(problems.length === 0 && examples > 0 ? 0 : 1);
