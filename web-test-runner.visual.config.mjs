// The visual tests alone (`npm run test:visual`, `npm run test:visual:update`), in Chromium and
// Firefox. `npm test` runs them too, with everything else; coverage of this part alone would only
// miss the suite's thresholds.
import config from './web-test-runner.config.mjs';

export default { ...config, files: ['test/visual/**/*.test.ts'], coverage: false };
