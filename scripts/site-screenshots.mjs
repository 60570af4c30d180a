// `npm run screenshots:site`: the snippet builder as an author sees it, on a phone (390 px) and a laptop
// (1280 px), in the light and the dark theme, as pictures in site/screenshots/. Each shows one
// configuration an author might make, as a shared link brings it. Drawn from the standalone site (`npm run build` first; the npm script does).
// Needs Debian's Chromium.
/* global document -- the functions given to the page run in the browser */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from './static-server.mjs';

const ROOT = normalize(join(import.meta.dirname, '..'));
const OUT = join(ROOT, 'site/screenshots');
const SHOTS = [
  { name: 'builder-laptop-light', width: 1280, height: 900, scheme: 'light', query: 'element=eco-org-card&org=imec&layout=compact' },
  { name: 'builder-laptop-dark', width: 1280, height: 900, scheme: 'dark', query: 'element=eco-region-list&region=limburg&controls=search+filters&page-size=3&background=dark' },
  { name: 'builder-phone-light', width: 390, height: 844, scheme: 'light', query: 'element=eco-stats&region=antwerp&background=tinted&width=phone' },
  { name: 'builder-phone-dark', width: 390, height: 844, scheme: 'dark', query: 'element=eco-map&layout=table&background=dark&width=phone' },
];

const site = mkdtempSync(join(tmpdir(), 'eco-site-'));
execFileSync('node', ['scripts/generated-files.mjs', 'standalone-site', site], { cwd: ROOT, stdio: 'inherit' });
const server = await serveStatic(site);
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
mkdirSync(OUT, { recursive: true });
try {
  for (const { name, width, height, scheme, query } of SHOTS) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto(`${server.origin}/builder.html?${query}`);
    await page.waitForFunction(() => {
      const shown = document.querySelector('#preview > *');
      return shown?.shadowRoot?.childElementCount && !shown.shadowRoot.querySelector('[aria-busy="true"]');
    });
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(OUT, `${name}.png`) });
    console.log(`site/screenshots/${name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(site, { recursive: true });
}
