// `npm run test:site`: writes the documentation site as the standalone folder a host would serve (after
// `npm run build`), opens every page in Debian's Chromium, as a visitor would, and checks that each renders every live example with no
// console error, no uncaught exception and no Content Security Policy violation, passes axe in both
// themes, and that the switches and copy buttons do what they say.
/* global window, document, getComputedStyle, requestAnimationFrame, axe, DataTransfer, DragEvent -- the functions given to the page run in the browser */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from './static-server.mjs';

const ROOT = normalize(join(import.meta.dirname, '..'));
const SITE = mkdtempSync(join(tmpdir(), 'eco-site-'));
execFileSync('node', ['scripts/generated-files.mjs', 'standalone-site', SITE], { cwd: ROOT, stdio: 'inherit' });
const PAGES = readdirSync(SITE).filter((file) => file.endsWith('.html'));
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

const server = await serveStatic(SITE);
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

/** Whether the browser tells assistive technology that the button named `name` is expanded. */
async function announcedExpanded(page, name) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const button = nodes.find((node) => node.role?.value === 'button' && node.name?.value === name);
  return button?.properties?.find((property) => property.name === 'expanded')?.value.value;
}

/** Values for the builder's free-text fields, one each, that a real author might type. */
const TYPED = { org: 'imec', query: 'vaccine', href: 'https://example.org/partners/{id}', 'page-size': '6' };

/**
 * The builder, walked through every value of every attribute of every element, one at a time: each
 * snippet it writes, pasted alone into a page of its own (as an author pastes it into a CMS block),
 * renders without a warning and shows what its preview shows. (`for` is left out: it names a list on
 * the author's page, which a lone tag has not.)
 */
async function walkTheBuilder() {
  // Each page in a context of its own, so each is a window in front: a tab behind gets no frames.
  const [builder, pasted] = await Promise.all(
    [0, 1].map(async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
      // The element's text once it has rendered: what both pages compare.
      await context.addInitScript(() => {
        window.textOf = async (element) => {
          await element.updateComplete;
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
          return element.shadowRoot.textContent.replace(/\s+/g, ' ').trim();
        };
      });
      return context.newPage();
    }),
  );
  const warnings = [];
  pasted.on('console', (message) => message.type() === 'warning' && message.text().startsWith('[eco-widgets]') && warnings.push(message.text()));
  await pasted.setContent(`<!doctype html><html lang="en"><body><script src="${server.origin}/dist/eco-widgets.js"></script></body></html>`);
  /** A tag pasted alone into the page, as an author pastes it into a CMS block: what it shows. */
  const pasteAlone = (snippet) => {
    warnings.length = 0;
    return pasted.evaluate(async (snippet) => {
      const page = document.createElement('div');
      page.innerHTML = snippet;
      document.body.replaceChildren(page);
      return window.textOf(page.firstElementChild);
    }, snippet);
  };
  const config = JSON.parse(readFileSync(join(SITE, 'builder.html'), 'utf8').match(/<script type="application\/json" id="builder-config">(.*?)<\/script>/s)[1]);
  let snippets = 0;
  await builder.goto(`${server.origin}/builder.html`);
  for (const element of config.elements) {
    for (const attribute of element.attributes.filter(({ name }) => name !== 'for')) {
      const values = attribute.values?.map(({ value }) => value) ?? (attribute.kind === 'boolean' ? [''] : [TYPED[attribute.name]]);
      for (const value of values.filter((each) => each !== attribute.default)) {
        // A new form for the element, then one control set as an author sets it.
        const [snippet, preview] = await builder.evaluate(
          async ({ tag, name, kind, value }) => {
            const choice = document.getElementById('element');
            choice.value = tag;
            choice.dispatchEvent(new Event('change', { bubbles: true }));
            const control = kind === 'several' ? document.querySelector(`input[name="${name}"][value="${value}"]`) : document.getElementById(`attribute-${name}`);
            if (kind === 'several' || kind === 'boolean') control.checked = true;
            else control.value = value;
            control.dispatchEvent(new Event('input', { bubbles: true }));
            return [document.querySelector('#snippet code').textContent, await window.textOf(document.querySelector('#preview > *'))];
          },
          { tag: element.tag, name: attribute.name, kind: attribute.kind, value },
        );
        const shown = await pasteAlone(snippet);
        snippets++;
        const said = `<${element.tag}> ${attribute.name}${value ? `="${value}"` : ''}: ${snippet}`;
        check(snippet.includes(` ${attribute.name}`), `${said} lost the attribute`);
        check(warnings.length === 0, `${said} warns: ${warnings.join(' ')}`);
        check(shown === preview, `${said} shows otherwise pasted than in the preview`);
      }
    }
  }
  // A sample of combinations, each as a shared link would bring it.
  for (const query of [
    'element=eco-org-card&org=UZA&layout=compact&heading-level=2&href=https%3A%2F%2Fexample.org%2Fp%2F%7Bid%7D&lang=nl',
    'element=eco-region-list&region=antwerp%2C+limburg&type=incubator&controls=search+filters&group-by=region&layout=grid&page-size=6',
    'element=eco-stats&region=limburg&layout=chart&counts=&theme=dark',
    'element=eco-map&type=university&focus=oncology&layout=table&lang=fr&heading-level=2',
  ]) {
    await builder.goto(`${server.origin}/builder.html?${query}`);
    const snippet = await builder.locator('#snippet code').textContent();
    const preview = await builder.evaluate(() => window.textOf(document.querySelector('#preview > *')));
    const shown = await pasteAlone(snippet);
    snippets++;
    const written = [...new URLSearchParams(query).keys()].filter((key) => key !== 'element');
    check(written.every((name) => snippet.includes(` ${name}`)), `${query} made ${snippet}`);
    check(warnings.length === 0 && shown === preview, `${query}: ${snippet} pasted warns (${warnings.join(' ')}) or shows otherwise than the preview`);
  }
  // What does not go together is said before the author copies; the link an href makes is shown.
  await builder.goto(`${server.origin}/builder.html?element=eco-stats&org=imec&region=limburg`);
  check(((await builder.locator('#combination').textContent()) ?? '').includes('region is left unused'), 'org with region on <eco-stats> was not explained');
  // The element's own problem is said too, once the author pauses.
  await builder.goto(`${server.origin}/builder.html?element=eco-org-card&org=Gent%20Universty`);
  check(
    await builder.locator('#combination', { hasText: 'matches no organization' }).waitFor({ timeout: 5000 }).then(() => true, () => false),
    'an organization the card cannot find was not said under the tag',
  );
  await builder.goto(`${server.origin}/builder.html?element=eco-org-card`);
  await builder.locator('#attribute-href').fill('/partners/{id}');
  check(((await builder.locator('.link-example').textContent()) ?? '').includes('/partners/'), 'the href field showed no example of its link');
  console.log(`builder: ${snippets} snippets pasted into a page of their own`);
  await Promise.all([builder.context().close(), pasted.context().close()]);
}

/**
 * The builder by keyboard alone, as an author without a mouse uses it: Tab to each control (every stop
 * showing where the focus is), arrows in selects and radio groups, Space on a checkbox, typing and
 * arrows in the organization search, Enter on Copy; what is copied is what was chosen.
 */
async function useTheBuilderByKeyboard() {
  const page = await context.newPage();
  await page.goto(`${server.origin}/builder.html`);
  await page.waitForFunction(rendered);
  const unmarked = new Set();
  /** Presses Tab (or Shift+Tab) until the focus is on `selector`; notes every stop that shows no focus. */
  const tabTo = async (selector, key = 'Tab') => {
    for (let press = 0; press < 80; press++) {
      await page.keyboard.press(key);
      const [there, marked, what] = await page.evaluate((selector) => {
        const focused = document.activeElement;
        const style = getComputedStyle(focused);
        // Inside an element of ours the focus ring is the element's own, tested with it.
        const ours = focused.localName.startsWith('eco-');
        return [focused.matches(selector), ours || (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2), focused.id || focused.outerHTML.slice(0, 60)];
      }, selector);
      if (!marked) unmarked.add(what);
      if (there) return;
    }
    throw new Error(`Tab never reached ${selector}`);
  };
  const choose = async (selector, value) => {
    for (let press = 0; press < 20 && (await page.locator(selector).inputValue()) !== value; press++) await page.keyboard.press('ArrowDown');
  };
  const copied = async () => {
    await tabTo('.copy');
    await page.keyboard.press('Enter');
    return page.evaluate(() => navigator.clipboard.readText());
  };

  await tabTo('#attribute-org');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('gent univ');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const card = await copied();
  check(card === '<eco-org-card org="ghent-university"></eco-org-card>', `by keyboard, searching "gent univ" and taking the first suggestion copied ${card}`);

  await tabTo('#element', 'Shift+Tab');
  await choose('#element', 'eco-stats');
  await tabTo('#attribute-region');
  await choose('#attribute-region', 'limburg');
  await tabTo('input[name="metrics"][value="limburg-hospitals"]');
  await page.keyboard.press('Space');
  await tabTo('#attribute-layout');
  await choose('#attribute-layout', 'chart');
  await tabTo('input[name="width"]');
  await page.keyboard.press('ArrowRight');
  const stats = await copied();
  const width = await page.locator('#preview-page').getAttribute('data-width');
  check(
    stats === '<eco-stats region="limburg" metrics="limburg-hospitals" layout="chart"></eco-stats>' && width === 'phone',
    `by keyboard, <eco-stats> for Limburg's hospitals as a chart at phone width copied ${stats} at ${width} width`,
  );
  check(unmarked.size === 0, `by keyboard, the focus did not show on ${[...unmarked].join(', ')}`);
  await page.close();
}

/**
 * The "Your own data" page, as a partner uses it: the example's sheet and its terms make a dataset with
 * no problem, every element shows it, and the download is what the command line's import makes of
 * the same files; no request carries a file. A sheet with mistakes, dropped on the box, lists each of
 * the import's problems by row, offers nothing to download and shows no element; JSON's problems come
 * by path. Axe-clean with the results shown.
 */
async function readYourOwnData() {
  const { importCsv, importVocabularyCsv } = await import('../cli/import-csv.mjs');
  const members = readFileSync(join(ROOT, 'demo/members.csv'), 'utf8');
  const terms = readFileSync(join(ROOT, 'demo/terms.csv'), 'utf8');
  const page = await axeContext.newPage();
  const requests = [];
  await page.goto(`${server.origin}/your-data.html`);
  page.on('request', (request) => requests.push(request));
  await page.setInputFiles('#terms-file', join(ROOT, 'demo/terms.csv'));
  const vocabulary = importVocabularyCsv(terms).vocabulary;
  // The example sheet, and a Belgian Excel export (byte order mark, semicolons, CRLF, a newline in a
  // quoted cell): each downloads what the command line makes of it.
  for (const sheet of ['demo/members.csv', 'test/fixtures/csv/excel-belgian.csv']) {
    await page.setInputFiles('#members-file', join(ROOT, sheet));
    await page.locator('#import-summary', { hasText: basename(sheet) }).waitFor();
    const downloaded = await page.evaluate(async () => (await fetch(document.getElementById('download').href)).text());
    const imported = importCsv(readFileSync(join(ROOT, sheet), 'utf8'), vocabulary).dataset;
    check(JSON.stringify(JSON.parse(downloaded)) === JSON.stringify(imported), `the download of ${sheet} is not what the command line makes of it: ${downloaded.slice(0, 200)}`);
  }
  await page.setInputFiles('#members-file', join(ROOT, 'demo/members.csv'));
  await page.locator('#import-summary', { hasText: 'members.csv' }).waitFor();
  await page.waitForFunction(rendered);
  const imported = importCsv(members, vocabulary).dataset;
  // The list's text, with its cards' (each in a shadow root of its own).
  const listed = await page.evaluate(() => {
    const textOf = (root) => [root.textContent, ...[...root.querySelectorAll('*')].filter((element) => element.shadowRoot).map((element) => textOf(element.shadowRoot))].join(' ');
    return textOf(document.querySelector('#your-elements eco-region-list').shadowRoot);
  });
  check(imported.organizations.every(({ name }) => listed.includes(name)), 'the preview list does not show every organization of the sheet');
  check(requests.every((request) => request.method() === 'GET' && !request.postData()), `a request sent something: ${requests.map((request) => request.url()).join(', ')}`);
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => (await axe.run(document)).violations.map((violation) => `${violation.id} (${violation.nodes.length})`));
  check(violations.length === 0, `your-data.html with a file read: axe: ${violations.join(', ')}`);

  const mistakes = members.replace(',limburg,Hasselt,', ',limbrug,Hasselt,').replace('Leuven Bio Works,spin-off', ',spin-off');
  await page.evaluate((text) => {
    const files = new DataTransfer();
    files.items.add(new File([text], 'mistakes.csv', { type: 'text/csv' }));
    document.getElementById('drop').dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
  }, mistakes);
  await page.locator('#import-result').waitFor();
  const expected = importCsv(mistakes, vocabulary, { declareHint: '' }).problems;
  const shown = await page.locator('#problems tbody th').allTextContents();
  check(
    expected.length >= 2 && shown.length === expected.length && expected.every(({ row }, i) => shown[i].includes(`row ${row}`)),
    `the dropped sheet's problems (rows ${expected.map(({ row }) => row).join(', ')}) showed as ${shown.join('; ')}`,
  );
  check(await page.locator('#import-preview').isHidden(), 'a sheet with problems still offered a download and a preview');

  await page.setInputFiles('#members-file', { name: 'members.json', mimeType: 'application/json', buffer: Buffer.from('{"organizations":[{"id":"x","name":"X","type":"university"}]}') });
  await page.locator('#problems tbody th', { hasText: 'organizations[0]' }).first().waitFor({ timeout: 5000 }).catch(() => {});
  check((await page.locator('#problems tbody th').allTextContents()).some((where) => where.startsWith('organizations[0]')), 'a JSON dataset without a region showed no problem at its path');
  // The workbook itself, as an author who never exported it would drop it.
  await page.setInputFiles('#members-file', { name: 'members.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004\u0014\u0000\u0006\u0000') });
  check(
    await page.locator('#problems td', { hasText: 'save or export it as "CSV UTF-8"' }).waitFor({ timeout: 5000 }).then(() => true, () => false),
    'a workbook was not told to be saved as CSV',
  );
  // After a file with problems, a good one shows as on a fresh page: no problem left, every element.
  await page.setInputFiles('#members-file', join(ROOT, 'demo/members.csv'));
  await page.locator('#import-summary', { hasText: 'members.csv' }).waitFor();
  check(
    (await page.locator('#import-result').isHidden()) && (await page.locator('#problems tbody tr').count()) === 0 && (await page.locator('#import-preview').isVisible()),
    'a good sheet after a bad one still showed problems, or no preview',
  );
  // The example cannot be fetched (the network fails): said in words, and nothing of the last file stays.
  await page.route('**/demo/members.csv', (route) => route.abort());
  await page.click('#try-example');
  check(
    (await page.locator('#import-summary', { hasText: 'The example could not be loaded' }).waitFor({ timeout: 5000 }).then(() => true, () => false)) &&
      (await page.locator('#import-preview').isHidden()),
    'a failed example did not say so, or left the last file’s preview',
  );
  await page.close();
}

try {
  for (const file of PAGES) {
    const page = await context.newPage();
    page.on('console', (message) => message.type() === 'error' && problems.push(`${file}: console error: ${message.text()}`));
    page.on('pageerror', (error) => problems.push(`${file}: uncaught: ${error.message}`));
    await page.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.goto(`${server.origin}/${file}`);
    check(await page.waitForFunction(rendered, undefined, { timeout: 15_000 }).then(() => true, () => false), `${file}: an example did not render`);
    check((await page.evaluate(() => window.cspViolations)).length === 0, `${file}: CSP violations: ${await page.evaluate(() => window.cspViolations.join(', '))}`);
    await page.close();

    const audited = await axeContext.newPage();
    await audited.goto(`${server.origin}/${file}`);
    await audited.waitForFunction(rendered, undefined, { timeout: 15_000 });
    await audited.addScriptTag({ content: AXE });
    for (const [theme, width] of [['light', 1280], ['dark', 1280], ['light', 390]]) {
      await audited.setViewportSize({ width, height: 900 });
      // On a phone the switches are in the closed menu: the theme is set as the menu's select would.
      await audited.evaluate((theme) => {
        const select = document.getElementById('theme');
        select.value = theme;
        select.dispatchEvent(new Event('change'));
      }, theme);
      await audited.waitForFunction(rendered);
      const violations = await audited.evaluate(async () => (await axe.run(document)).violations.map((violation) => `${violation.id} (${violation.nodes.length})`));
      check(violations.length === 0, `${file}, ${theme}, ${width} px: axe: ${violations.join(', ')}`);
    }
    await audited.close();
  }

  // The switches re-render every live example; a copy button copies its block.
  const page = await context.newPage();
  await page.goto(`${server.origin}/eco-map.html`);
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
  await page.goto(`${server.origin}/data.html`);
  check((await page.locator('#language').inputValue()) === 'nl', 'the language was not kept on the next page');
  // The data page's table finds an organization by any of its names.
  await page.fill('#find-organization', 'uza');
  const shown = await page.locator('#organizations tbody tr:not([hidden]) th').allTextContents();
  check(shown.includes('Antwerp University Hospital'), `finding "uza" showed ${shown.join(', ') || 'nothing'}`);
  // The token editor sets a token on its preview and writes the CSS for it.
  await page.goto(`${server.origin}/theming.html`);
  await page.locator('input[data-token="--eco-color-accent"]').fill('#aa3377');
  const accent = await page.evaluate(() => getComputedStyle(document.querySelector('#token-preview eco-org-card')).getPropertyValue('--eco-color-accent').trim());
  check(accent === '#aa3377', `the token editor set the accent to "${accent}"`);
  check((await page.locator('#token-css').textContent()).includes('--eco-color-accent: #aa3377;'), 'the token editor did not write the CSS');
  await page.close();

  // On a phone the pages and switches are behind Menu: closed at first, opened by it, closed by Escape
  // with the focus back on Menu. Wider, they are always there and Menu is not.
  const phone = await context.newPage();
  await phone.setViewportSize({ width: 390, height: 800 });
  await phone.goto(`${server.origin}/index.html`);
  const builderLink = phone.getByRole('link', { name: 'Builder', exact: true });
  const menu = phone.getByRole('button', { name: 'Menu' });
  check(!(await builderLink.isVisible()), 'on a phone, the pages showed before Menu was opened');
  await menu.click();
  check((await builderLink.isVisible()) && (await announcedExpanded(phone, 'Menu')) === true, 'Menu did not show the pages, or did not say it had');
  await phone.keyboard.press('Escape');
  check(
    !(await builderLink.isVisible()) && (await announcedExpanded(phone, 'Menu')) === false && (await phone.evaluate(() => document.activeElement.classList.contains('menu-button'))),
    'Escape did not close the menu back onto Menu',
  );
  await phone.setViewportSize({ width: 1280, height: 800 });
  check((await builderLink.isVisible()) && !(await menu.isVisible()), 'wider than a phone, the pages were not in the header');
  await phone.close();

  await readYourOwnData();
  await useTheBuilderByKeyboard();
  await walkTheBuilder();
} catch (error) {
  problems.push(`the site did not finish its checks: ${error.message}`);
} finally {
  await browser.close();
  server.close();
  rmSync(SITE, { recursive: true });
}

for (const problem of problems) console.error(problem);
console.log(`site: ${PAGES.length} pages, ${checks} checks, ${problems.length} problem(s)`);
console.log(`${problems.length === 0 ? 1 : 0} passed, ${problems.length === 0 ? 0 : 1} failed`);
process.exit(problems.length === 0 ? 0 : 1);
