// `npm run bench:examples`: what each of the demo's examples costs a phone on its first render. Each
// example's HTML goes into a fresh page of the built bundle (after one card, so the cost of starting
// the script is not counted), with the CPU slowed 4× as Lighthouse's mobile settings simulate it; the
// script time runs until every element has rendered, the layout time is the style and layout after.
// Medians of five pages, in Debian's Chromium; a busy machine moves them by up to 2×.
/* global document -- the functions given to the page run in the browser */
import { readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../scripts/static-server.mjs';

const PAGES = 5;
const ROOT = normalize(join(import.meta.dirname, '..'));
const demo = readFileSync(join(ROOT, 'demo/index.html'), 'utf8');
const examples = [...demo.matchAll(/<template class="example" data-title="([^"]*)">([\s\S]*?)<\/template>/g)];
const server = await serveStatic(ROOT);
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });

async function firstRender(markup) {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  const body =
    '<!doctype html><html lang="en"><link rel="stylesheet" href="demo.css"><link rel="stylesheet" href="../dist/eco-widgets.css">' +
    '<script src="../dist/eco-widgets.js"></script><body><main><eco-org-card org="imec"></eco-org-card><div id="example"></div></main>';
  await page.route('**/demo/example.html', (route) => route.fulfill({ contentType: 'text/html', body }));
  await page.goto(`${server.origin}/demo/example.html`);
  await page.evaluate(() => document.querySelector('eco-org-card').updateComplete);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const cost = await page.evaluate(async (markup) => {
    const started = performance.now();
    const box = document.getElementById('example');
    box.innerHTML = markup;
    // Twice: an element may render its children (a list's cards) in its own first update.
    for (let pass = 0; pass < 2; pass += 1) await Promise.all([...box.querySelectorAll('*')].map((element) => element.updateComplete));
    const rendered = performance.now();
    void document.body.offsetHeight;
    return { script: rendered - started, layout: performance.now() - rendered };
  }, markup);
  await page.close();
  return cost;
}

try {
  console.log('script  layout  (ms, CPU 4× slower)  example');
  for (const [, title, markup] of examples) {
    const costs = [];
    for (let run = 0; run < PAGES; run += 1) costs.push(await firstRender(markup));
    costs.sort((a, b) => a.script + a.layout - (b.script + b.layout));
    const { script, layout } = costs[Math.floor(PAGES / 2)];
    console.log(`${script.toFixed(0).padStart(6)}  ${layout.toFixed(0).padStart(6)}  ${title}`);
  }
} finally {
  await browser.close();
  server.close();
}
