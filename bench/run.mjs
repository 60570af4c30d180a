// `npm run bench`: renders <eco-region-list> over 100, 1,000 and 10,000 synthetic organizations in
// headless Chromium and prints medians. Each run gets a fresh page; times are wall-clock, so compare
// figures from one run with each other rather than across machines.
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

const results = {};
try {
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
