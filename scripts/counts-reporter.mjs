import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function countTests(suite) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  if (!suite) return counts;
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite.suites) {
    const inner = countTests(child);
    counts.passed += inner.passed;
    counts.failed += inner.failed;
    counts.skipped += inner.skipped;
  }
  return counts;
}

/**
 * Writes the run's test counts to a file for scripts/run-tests.mjs, which prints the closing
 * `N passed, N failed` line. A file that fails to load, or errors outside any test, counts as one
 * failure: a broken file must never look like a smaller green run.
 */
export function countsReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const total = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const counts = countTests(session.testResults);
        const brokenOutsideTests = !session.passed && counts.failed === 0;
        total.passed += counts.passed;
        total.failed += counts.failed + (brokenOutsideTests ? 1 : 0);
        total.skipped += counts.skipped;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(total));
    },
  };
}
