// `npm run bench`, in headless Chromium, medians of several runs, each on a fresh page:
//  1. 300 <eco-org-card>s: time until all have rendered, against the same markup delivered as static
//     HTML with declarative shadow DOM (captured from the rendered cards). Target: at most 1.5×.
//  2. <eco-region-list> over 100, 1,000 and 10,000 synthetic organizations: first render and query to
//     paint. Target: the 10,000 figures within 2× of the 100 figures.
// Times are wall-clock: compare figures from one run with each other rather than across machines.
// Exits non-zero when a ratio misses its target.
/* global window, document -- the functions given to the page run in the browser */
import { writeFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { serveStatic } from '../scripts/static-server.mjs';

const ROOT = normalize(join(import.meta.dirname, '..'));
const RUNS = Number(process.env.BENCH_RUNS || 7);
const SIZES = [100, 1_000, 10_000];
const server = await serveStatic(ROOT);
const { origin } = server;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * The rendered cards as static HTML: each card's shadow root written out as declarative shadow DOM,
 * its adopted styles as a <style>. What a server-rendered page would send.
 */
async function staticCardsPage(page) {
  await page.goto(`${origin}/bench/org-cards.html`);
  await page.waitForFunction('window.renderedAt !== undefined');
  const body = await page.evaluate(() =>
    [...document.querySelectorAll('eco-org-card')]
      .map((card) => {
        const styles = card.shadowRoot.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
        const attributes = [...card.attributes].map((a) => `${a.name}="${a.value}"`).join(' ');
        return `<eco-org-card ${attributes}><template shadowrootmode="open"><style>${styles}</style>${card.shadowRoot.innerHTML}</template>${card.innerHTML}</eco-org-card>`;
      })
      .join('\n'),
  );
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>300 static cards</title></head><body>${body}
    <script>requestAnimationFrame(() => setTimeout(() => (window.renderedAt = performance.now())));</script></body></html>`;
  writeFileSync(join(ROOT, 'bench/.static-org-cards.html'), html);
}

async function timeUntilRendered(path) {
  const page = await browser.newPage();
  await page.goto(`${origin}${path}`);
  await page.waitForFunction('window.renderedAt !== undefined');
  const time = await page.evaluate(() => window.renderedAt);
  await page.close();
  return time;
}

const results = {};
const cardTimes = { components: [], static: [] };
try {
  const capture = await browser.newPage();
  await staticCardsPage(capture);
  await capture.close();
  for (let run = 0; run < RUNS; run++) {
    cardTimes.components.push(await timeUntilRendered('/bench/org-cards.html'));
    cardTimes.static.push(await timeUntilRendered('/bench/.static-org-cards.html'));
  }

  for (const size of SIZES) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage();
      page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
      await page.goto(`${origin}/bench/region-list.html`);
      await page.waitForFunction('window.benchReady === true');
      runs.push(await page.evaluate((count) => globalThis.runBench(count), size));
      await page.close();
    }
    results[size] = Object.fromEntries(['dataReady', 'firstRender', 'queryToPaint'].map((key) => [key, median(runs.map((r) => r[key]))]));
  }
} finally {
  await browser.close();
  server.close();
}

const ms = (value) => `${value.toFixed(1)} ms`;
const cards = { components: median(cardTimes.components), static: median(cardTimes.static) };
console.log(`\n300 <eco-org-card>s, medians of ${RUNS} runs, headless Chromium: time from navigation until all are painted\n`);
console.table({
  'eco-widgets.js': { time: ms(cards.components) },
  'same markup, static HTML + declarative shadow DOM': { time: ms(cards.static) },
});
const cardRatio = cards.components / cards.static;
console.log(`ratio ${cardRatio.toFixed(2)}× (target ≤ 1.5×)`);

console.log(`\n<eco-region-list>, medians of ${RUNS} runs, headless Chromium\n`);
console.table(
  Object.fromEntries(
    SIZES.map((size) => [
      `${size.toLocaleString('en')} orgs`,
      {
        'data ready (validate + index)': ms(results[size].dataReady),
        'first render': ms(results[size].firstRender),
        'query to paint': ms(results[size].queryToPaint),
      },
    ]),
  ),
);
const ratio = (key) => results[10_000][key] / results[100][key];
console.log(`10,000 vs 100: first render ${ratio('firstRender').toFixed(2)}×, query to paint ${ratio('queryToPaint').toFixed(2)}× (target ≤ 2×)`);

const missed = [
  cardRatio > 1.5 && '300 cards are over 1.5× static HTML',
  ratio('firstRender') > 2 && 'the list’s first render at 10,000 is over 2× that at 100',
  ratio('queryToPaint') > 2 && 'the list’s query to paint at 10,000 is over 2× that at 100',
].filter(Boolean);
if (missed.length > 0) {
  console.log(`Over target: ${missed.join('; ')}.`);
  process.exitCode = 1;
}
