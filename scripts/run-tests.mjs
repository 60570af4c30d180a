// Runs the browser tests and ends with the one line CI reads: `N passed, N failed`.
//   node scripts/run-tests.mjs           Chromium and Firefox, every test (the visual ones included)
//   node scripts/run-tests.mjs webkit    WebKit (MiniBrowser under Xvfb, through WebKitWebDriver), all
//                                        but the visual tests
//   node scripts/run-tests.mjs visual    the visual tests alone, in Chromium and Firefox; with
//                                        --update-visual-baseline, what they draw becomes the baselines
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';

const mode = process.argv[2] ?? 'all';
const engineSet = mode === 'webkit' ? ['webkit'] : ['chromium', 'firefox'];
const needs = {
  chromium: { path: process.env.CHROME_PATH || '/usr/bin/chromium', packages: ['chromium'] },
  firefox: { path: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', packages: ['firefox-esr'] },
  webkit: { path: '/usr/bin/WebKitWebDriver', packages: ['webkit2gtk-driver', 'xvfb', 'xauth'] },
  // The visual tests draw in Inter, the same on every machine, and their baselines were drawn with it.
  'the font Inter': { path: '/usr/share/fonts/opentype/inter/Inter-Regular.otf', packages: ['fonts-inter'] },
};
const needed = mode === 'webkit' ? engineSet : [...engineSet, 'the font Inter'];

const missing = needed.filter((need) => !existsSync(needs[need].path));
if (engineSet.includes('webkit') && !existsSync('/usr/bin/xvfb-run')) missing.push('webkit');
if (missing.length > 0) {
  const packages = [...new Set(missing.flatMap((need) => needs[need].packages))].join(' ');
  console.error(`Missing ${missing.join(', ')}. Install with:\n\n  apt-get update && apt-get install -y ${packages}\n`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// WebKit's MiniBrowser has no headless mode: run this script again inside a virtual display.
if (engineSet.includes('webkit') && !process.env.DISPLAY) {
  const inner = spawnSync('xvfb-run', ['-a', process.execPath, ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(inner.status ?? 1);
}

function run(command, args, env = {}) {
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

/** Runs `node --test` on a folder, showing its report, and counts what passed and failed. */
function nodeTests(folder) {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--test', '--test-reporter=tap', folder], { stdio: ['ignore', 'pipe', 'inherit'] });
    let report = '';
    child.stdout.on('data', (chunk) => {
      report += chunk;
      process.stdout.write(chunk);
    });
    child.on('exit', (code) => {
      const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(report)?.[1] ?? 0);
      done({ passed: count('pass'), failed: count('fail') + (code !== 0 && count('fail') === 0 ? 1 : 0) });
    });
  });
}

function freePort() {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

async function waitForPort(port, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`WebKitWebDriver did not start on port ${port}`);
}

// The build tests load dist/ as a partner and as an npm user would, so build it first (the visual
// tests alone need no build).
if (mode !== 'visual') {
  const buildStatus =
    (await run('node_modules/.bin/rollup', ['-c', 'rollup.config.mjs', '--silent'])) ||
    (await run('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json']));
  if (buildStatus !== 0) {
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

const countsFile = `.tmp/test-counts-${mode === 'visual' ? 'visual' : engineSet.join('-')}.json`;
rmSync(countsFile, { force: true });
// Pictures of an earlier failure would mislead; updating starts from no baselines, so that one of a
// case renamed or removed does not stay behind.
rmSync('.tmp/visual-failures', { recursive: true, force: true });
if (process.argv.includes('--update-visual-baseline')) rmSync('test/visual/baselines', { recursive: true, force: true });
const env = { BROWSERS: engineSet.join(','), TEST_COUNTS_FILE: countsFile, TZ: 'Europe/Brussels', LANG: 'en_US.UTF-8' };

let driver;
if (engineSet.includes('webkit')) {
  env.WEBKIT_DRIVER_PORT = String(await freePort());
  driver = spawn('WebKitWebDriver', [`--port=${env.WEBKIT_DRIVER_PORT}`], { stdio: 'ignore' });
  await waitForPort(env.WEBKIT_DRIVER_PORT);
}

const config = mode === 'visual' ? 'web-test-runner.visual.config.mjs' : 'web-test-runner.config.mjs';
const status = await run('node_modules/.bin/web-test-runner', ['--config', config, ...process.argv.slice(3)], env);
driver?.kill();

const counts = existsSync(countsFile) ? JSON.parse(readFileSync(countsFile, 'utf8')) : { passed: 0, failed: 1 };
if (mode === 'all') {
  // The command line tool runs in Node, not in a browser: Node's own test runner, on the build above.
  const cli = await nodeTests('test/cli/');
  counts.passed += cli.passed;
  counts.failed += cli.failed;
  writeFileSync(countsFile, JSON.stringify(counts));
}
const failed = counts.failed + (status !== 0 && counts.failed === 0 ? 1 : 0);
console.log(`${counts.passed} passed, ${failed} failed`);
process.exit(failed > 0 || counts.passed === 0 ? 1 : 0);
