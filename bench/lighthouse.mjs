// `npm run lighthouse`: Lighthouse 12 on the built demo, served from loopback, in Debian's Chromium.
// Prints the performance and accessibility scores (targets: 100), with Lighthouse's default (mobile,
// throttled) settings and its desktop preset. One run's score swings by a few points on a busy 2-core
// machine, so each preset runs five times and the median run is reported, as Lighthouse's own docs on
// variability advise (with its own `computeMedianRun`).
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import * as chromeLauncher from 'chrome-launcher';
import { join, normalize } from 'node:path';
import { serveStatic } from '../scripts/static-server.mjs';

const RUNS = 5;
const ROOT = normalize(join(import.meta.dirname, '..'));
const server = await serveStatic(ROOT);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const [preset, config] of [['mobile (default)', undefined], ['desktop', desktopConfig]]) {
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) {
      const { lhr } = await lighthouse(`${server.origin}/demo/`, { port: chrome.port, onlyCategories: ['performance', 'accessibility'], logLevel: 'error' }, config);
      runs.push(lhr);
    }
    const lhr = computeMedianRun(runs);
    const performanceScores = runs.map((run) => Math.round(run.categories.performance.score * 100));
    console.log(`${preset}, the median of ${RUNS} runs (performance in each: ${performanceScores.join(', ')}):`);
    for (const category of Object.values(lhr.categories)) console.log(`  ${category.title}: ${Math.round(category.score * 100)}`);
    const failing = Object.values(lhr.audits).filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary');
    for (const audit of failing) console.log(`    not passed: ${audit.id} — ${audit.title}`);
    for (const item of lhr.audits['layout-shifts']?.details?.items ?? []) console.log(`    shift ${item.score?.toFixed(3)}: ${item.node?.selector ?? ''}`);
    for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift']) {
      console.log(`    ${lhr.audits[id].title}: ${lhr.audits[id].displayValue}`);
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
