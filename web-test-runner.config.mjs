import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteerCore from 'puppeteer-core';
import { countsReporter } from './scripts/counts-reporter.mjs';
import { build } from 'esbuild';
import { jsonModulesForImports, reactAsModules, testServerMiddleware } from './scripts/test-server-middleware.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

// As root on these machines Chromium needs --no-sandbox, and the closed network wants background
// services off (see ../shared/BROWSERS.md).
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// Test files run in parallel. As tabs of one window, all but the front one are in the background,
// where animation frames never come; a browser context of its own gives each file its own window.
const pageInItsOwnWindow = async ({ browser }) => (await browser.createBrowserContext()).newPage();

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: { executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: chromiumArgs },
      createPage: pageInItsOwnWindow,
    }),
  firefox: () =>
    chromeLauncher({
      // Firefox opens every browser context as a tab of one window, and a tab in the background gets
      // no animation frames; one test file at a time keeps the one tab in front.
      concurrency: 1,
      // Passing puppeteer-core skips the launcher's Chrome lookup; WebDriver BiDi drives Firefox.
      puppeteer: puppeteerCore.default ?? puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', headless: true },
      createPage: pageInItsOwnWindow,
    }),
  webkit: () =>
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT || 4444),
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
};

const engines = (process.env.BROWSERS || 'chromium,firefox').split(',').map((name) => name.trim());
const root = fileURLToPath(new URL('.', import.meta.url));
const sourceTextsDir = resolve(root, 'data/sources');

/**
 * Screenshots of test/visual/ against the baselines committed in test/visual/baselines/<browser>/.
 * `--update-visual-baseline` (npm run test:visual:update) writes what the browsers draw as the new
 * baselines. A failed run leaves the new picture and a diff in .tmp/visual-failures/ (gitignored).
 */
// The Chrome launcher calls Chromium "Chrome", and the same launcher driving Firefox "Firefox".
const folderOf = (browser) => (browser === 'Chrome' ? 'chromium' : browser.toLowerCase());
const screenshots = visualRegressionPlugin({
  update: process.argv.includes('--update-visual-baseline'),
  baseDir: resolve(root, 'test/visual/baselines'),
  getBaselineName: ({ browser, name }) => join(folderOf(browser), name),
  getFailedName: ({ browser, name }) => resolve(root, '.tmp/visual-failures', folderOf(browser), name),
  getDiffName: ({ browser, name }) => resolve(root, '.tmp/visual-failures', folderOf(browser), `${name}-diff`),
  // Same font, data and motion make every run draw the same pixels; pixelmatch's colour threshold
  // (0.1) and its anti-aliasing detection forgive only edge smoothing, so one changed pixel fails.
  failureThresholdType: 'pixel',
  failureThreshold: 0,
});

export default {
  // WebKitGTK's MiniBrowser draws text and form controls unlike Safari, so its screenshots would guard
  // nothing a visitor sees: the visual tests run in Chromium and Firefox only.
  files: ['test/**/*.test.ts', ...(engines.includes('webkit') ? ['!test/visual/**'] : [])],
  nodeResolve: { exportConditions: ['development'] },
  rootDir: '.',
  plugins: [
    screenshots,
    jsonModulesForImports,
    reactAsModules({ build }),
    // es2022 for top-level await, which a test file needs to make one test per item it fetches (every
    // engine we test in has it); what ships is built by rollup and tsc, not by this.
    esbuildPlugin({ ts: true, tsconfig, target: 'es2022' }),
  ],
  middleware: [testServerMiddleware({ sourceTextsDir })],
  browsers: engines.map((engine) => launchers[engine]()),
  concurrency: engines.includes('webkit') ? 1 : 2,
  // Guards against a browser that hangs, not measures of speed: on a busy 2-core machine Firefox alone
  // takes over 20 s to start (the default allows 30 s for that and the test page together), and the
  // test module graph, compiled on request, can take longer than the default 20 s to start running.
  browserStartTimeout: 2 * 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 5 * 60_000,
  testFramework: { config: { timeout: 10_000 } },
  coverage: engines.includes('chromium'),
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 85, branches: 75, functions: 85, lines: 85 },
  },
  reporters: [
    (await import('@web/test-runner')).defaultReporter(),
    countsReporter(process.env.TEST_COUNTS_FILE || '.tmp/test-counts.json'),
  ],
};
