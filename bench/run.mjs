// `npm run bench`, in headless Chromium, each case on fresh pages:
//  1. 300 <eco-org-card>s against the same markup delivered as static HTML with declarative shadow DOM
//     (captured from the rendered cards): the CPU time of the page's main thread from navigation until
//     all are painted, and the style, layout and script time within it, medians of 9 pages of each,
//     alternating. Target: main-thread CPU at most 1.5× the static page's.
//  2. <eco-region-list> over 100, 1,000 and 10,000 synthetic organizations: first render and query to
//     paint, wall-clock. Target: the 10,000 figures within 2× of the 100 figures.
// Compare figures from one run with each other rather than across machines.
// Exits non-zero when a ratio misses its target. `node bench/run.mjs cards` (after a build) measures
// the cards alone, to try a change quickly.
/* global window, document -- the functions given to the page run in the browser */
import { writeFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { serveStatic } from '../scripts/static-server.mjs';

const ROOT = normalize(join(import.meta.dirname, '..'));
const RUNS = Number(process.env.BENCH_RUNS || 9);
const CARDS_ONLY = process.argv[2] === 'cards';
const SIZES = CARDS_ONLY ? [] : [100, 1_000, 10_000];
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

/**
 * What a page costs its main thread, from navigation until `window.renderedAt` is set (everything is
 * rendered and a frame painted), in ms. The Chrome DevTools Protocol's Performance domain, in thread
 * time, counts the CPU time of the renderer's main thread: unlike wall-clock time, it does not grow
 * when other processes take the machine's 2 cores. Style, layout and script are parts of the thread
 * time; `wallClock` is the page's own `renderedAt`, kept for reference only.
 */
async function mainThreadCost(path) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const metricsNow = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]));
  const before = await metricsNow();
  await page.goto(`${origin}${path}`);
  await page.waitForFunction('window.renderedAt !== undefined', { polling: 50 });
  const after = await metricsNow();
  const wallClock = await page.evaluate(() => window.renderedAt);
  await page.close();
  const ms = (name) => (after[name] - before[name]) * 1000;
  return {
    thread: ms('ThreadTime'),
    style: ms('RecalcStyleDuration'),
    layout: ms('LayoutDuration'),
    script: ms('ScriptDuration'),
    styleRecalcs: after.RecalcStyleCount - before.RecalcStyleCount,
    layouts: after.LayoutCount - before.LayoutCount,
    wallClock,
  };
}

const results = {};
const cardCosts = { components: [], static: [] };
try {
  const capture = await browser.newPage();
  await staticCardsPage(capture);
  await capture.close();
  for (let run = 0; run < RUNS; run++) {
    cardCosts.components.push(await mainThreadCost('/bench/org-cards.html'));
    cardCosts.static.push(await mainThreadCost('/bench/.static-org-cards.html'));
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
const COLUMNS = ['thread', 'style', 'layout', 'script', 'styleRecalcs', 'layouts', 'wallClock'];
const cards = Object.fromEntries(
  Object.entries(cardCosts).map(([side, costs]) => [side, Object.fromEntries(COLUMNS.map((key) => [key, median(costs.map((cost) => cost[key]))]))]),
);
const cardRow = (cost) => ({
  'main thread CPU': ms(cost.thread),
  style: ms(cost.style),
  layout: ms(cost.layout),
  script: ms(cost.script),
  'style recalcs': cost.styleRecalcs,
  layouts: cost.layouts,
  'wall-clock (not judged)': ms(cost.wallClock),
});
console.log(`\n300 <eco-org-card>s, medians of ${RUNS} fresh pages each, alternating, headless Chromium: main-thread CPU from navigation until all are painted\n`);
console.table({
  'eco-widgets.js': cardRow(cards.components),
  'same markup, static HTML + declarative shadow DOM': cardRow(cards.static),
});
const cardRatio = cards.components.thread / cards.static.thread;
const partRatio = (key) => `${key} ${(cards.components[key] / cards.static[key]).toFixed(2)}×`;
console.log(`ratio ${cardRatio.toFixed(2)}× main-thread CPU (target ≤ 1.5×); ${['style', 'layout'].map(partRatio).join(', ')}`);

const missed = [cardRatio > 1.5 && '300 cards cost over 1.5× the main-thread CPU of static HTML'];
if (!CARDS_ONLY) {
  console.log(`\n<eco-region-list>, medians of ${RUNS} runs, headless Chromium, wall-clock\n`);
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
  missed.push(
    ratio('firstRender') > 2 && 'the list’s first render at 10,000 is over 2× that at 100',
    ratio('queryToPaint') > 2 && 'the list’s query to paint at 10,000 is over 2× that at 100',
  );
}
if (missed.some(Boolean)) {
  console.log(`Over target: ${missed.filter(Boolean).join('; ')}.`);
  process.exitCode = 1;
}
