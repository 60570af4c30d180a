// `npm run test:site`: opens every page of the documentation site (site/, after `npm run build`) in
// Debian's Chromium, as a visitor would, and checks that each renders every live example with no
// console error, no uncaught exception and no Content Security Policy violation, passes axe in both
// themes, and that the switches and copy buttons do what they say.
/* global window, document, getComputedStyle, axe -- the functions given to the page run in the browser */
import { readdirSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from './static-server.mjs';

const ROOT = normalize(join(import.meta.dirname, '..'));
const PAGES = readdirSync(join(ROOT, 'site')).filter((file) => file.endsWith('.html'));
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

const server = await serveStatic(ROOT);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
// Axe is a script the page's Trusted Types policy would refuse: it runs where the policy is lifted.
const axeContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });

const problems = [];
let checks = 0;
const check = (passed, problem) => {
  checks++;
  if (!passed) problems.push(problem);
};

/** Every eco-* element has drawn something of its own, and none is still loading. */
const rendered = () =>
  [...document.querySelectorAll('.live *')]
    .filter((element) => element.localName.startsWith('eco-') && element.localName !== 'eco-provider')
    .every((element) => element.shadowRoot?.firstElementChild && !element.shadowRoot.querySelector('[aria-busy="true"]'));

try {
  for (const file of PAGES) {
    const page = await context.newPage();
    page.on('console', (message) => message.type() === 'error' && problems.push(`${file}: console error: ${message.text()}`));
    page.on('pageerror', (error) => problems.push(`${file}: uncaught: ${error.message}`));
    await page.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.goto(`${server.origin}/site/${file}`);
    check(await page.waitForFunction(rendered, undefined, { timeout: 15_000 }).then(() => true, () => false), `${file}: an example did not render`);
    check((await page.evaluate(() => window.cspViolations)).length === 0, `${file}: CSP violations: ${await page.evaluate(() => window.cspViolations.join(', '))}`);
    await page.close();

    const audited = await axeContext.newPage();
    await audited.goto(`${server.origin}/site/${file}`);
    await audited.waitForFunction(rendered, undefined, { timeout: 15_000 });
    await audited.addScriptTag({ content: AXE });
    for (const theme of ['light', 'dark']) {
      await audited.selectOption('#theme', theme);
      await audited.waitForFunction(rendered);
      const violations = await audited.evaluate(async () => (await axe.run(document)).violations.map((violation) => `${violation.id} (${violation.nodes.length})`));
      check(violations.length === 0, `${file}, ${theme}: axe: ${violations.join(', ')}`);
    }
    await audited.close();
  }

  // The switches re-render every live example; a copy button copies its block.
  const page = await context.newPage();
  await page.goto(`${server.origin}/site/eco-map.html`);
  await page.waitForFunction(rendered);
  await page.selectOption('#language', 'nl');
  const heading = page.locator('.live eco-map [part="heading"]').first();
  check(await heading.filter({ hasText: 'Organisaties per regio' }).waitFor({ timeout: 5000 }).then(() => true, () => false), 'the language switch did not put the examples in Dutch');
  await page.selectOption('#theme', 'dark');
  check((await page.evaluate(() => getComputedStyle(document.querySelector('.live eco-map')).colorScheme)) === 'dark', 'the theme switch did not reach the examples');
  await page.locator('.copy').first().click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  check(copied === (await page.locator('pre code').first().textContent()), `the copy button copied "${copied}"`);
  // The choices follow the visitor to the next page.
  await page.goto(`${server.origin}/site/data.html`);
  check((await page.locator('#language').inputValue()) === 'nl', 'the language was not kept on the next page');
  // The data page's table finds an organization by any of its names.
  await page.fill('#find-organization', 'uza');
  const shown = await page.locator('#organizations tbody tr:not([hidden]) th').allTextContents();
  check(shown.includes('Antwerp University Hospital'), `finding "uza" showed ${shown.join(', ') || 'nothing'}`);
  // The token editor sets a token on its preview and writes the CSS for it.
  await page.goto(`${server.origin}/site/theming.html`);
  await page.locator('input[data-token="--eco-color-accent"]').fill('#aa3377');
  const accent = await page.evaluate(() => getComputedStyle(document.querySelector('#token-preview eco-org-card')).getPropertyValue('--eco-color-accent').trim());
  check(accent === '#aa3377', `the token editor set the accent to "${accent}"`);
  check((await page.locator('#token-css').textContent()).includes('--eco-color-accent: #aa3377;'), 'the token editor did not write the CSS');
  await page.close();
} catch (error) {
  problems.push(`the site did not finish its checks: ${error.message}`);
} finally {
  await browser.close();
  server.close();
}

for (const problem of problems) console.error(problem);
console.log(`site: ${PAGES.length} pages, ${checks} checks, ${problems.length} problem(s)`);
console.log(`${problems.length === 0 ? 1 : 0} passed, ${problems.length === 0 ? 0 : 1} failed`);
process.exit(problems.length === 0 ? 0 : 1);
