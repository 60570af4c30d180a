// `npm run layout-shift`: the demo's cumulative layout shift when a partner defers eco-widgets.js, so
// that the elements are drawn only after the page: what dist/eco-widgets.css is for. Opens the built
// demo in Debian's Chromium at a phone's and a laptop's width, with the script tag rewritten to
// `defer`, scrolls through it as a reader would (its examples run as they come near), and sums every
// layout shift until the elements have settled. Target: below 0.01.
/* global window -- the functions given to the page run in the browser */
import { join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { runEveryExample } from '../scripts/demo-examples.mjs';
import { serveStatic } from '../scripts/static-server.mjs';

const TARGET = 0.01;
const ROOT = normalize(join(import.meta.dirname, '..'));
const server = await serveStatic(ROOT);
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
let worst = 0;
try {
  for (const [name, viewport] of [['390 px', { width: 390, height: 844 }], ['1280 px', { width: 1280, height: 900 }]]) {
    const page = await browser.newPage({ viewport });
    await page.route('**/demo/', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('<script src="../dist/eco-widgets.js">', '<script defer src="../dist/eco-widgets.js">');
      await route.fulfill({ response, body });
    });
    await page.addInitScript(() => {
      window.layoutShift = 0;
      window.largestShift = { value: 0 };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.hadRecentInput) continue;
          window.layoutShift += entry.value;
          if (entry.value <= window.largestShift.value) continue;
          const moved = entry.sources.map(({ node, previousRect, currentRect }) => `${node?.nodeName?.toLowerCase() ?? 'a node'} ${Math.round(previousRect.y)}→${Math.round(currentRect.y)} px`);
          window.largestShift = { value: entry.value, at: Math.round(entry.startTime), scrollY: window.scrollY, moved };
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${server.origin}/demo/`);
    await runEveryExample(page);
    await page.waitForTimeout(1000);
    const [shift, largest] = await page.evaluate(() => [window.layoutShift, window.largestShift]);
    worst = Math.max(worst, shift);
    console.log(`${name}: cumulative layout shift ${shift.toFixed(4)}`);
    if (largest.value > 0) console.log(`  largest: ${largest.value.toFixed(4)} at ${largest.at} ms, scrolled ${largest.scrollY} px: ${largest.moved.join(', ')}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(worst < TARGET ? `ok: below ${TARGET}` : `over the target of ${TARGET}`);
process.exitCode = worst < TARGET ? 0 : 1;
