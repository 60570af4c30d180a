// demo.js runs each example as it comes near the viewport. Scripts that check the whole demo scroll
// through it as a reader would: half a screen, then wait for what has come in to settle (data loaded,
// nothing busy), until every example has run.
/* global document, window, requestAnimationFrame -- the functions given to the page run in the browser */

/** Every element shows something of its own, content, a message or a data error, and none is busy. */
function everyElementSettled() {
  return [...document.querySelectorAll('eco-org-card, eco-region-list, eco-stats')].every(
    (element) => element.shadowRoot?.childElementCount > 0 && !element.shadowRoot.querySelector('[aria-busy="true"]'),
  );
}

/**
 * Scrolls a playwright `page` of the demo to its end, then back to the top, and resolves to the
 * examples' count once every element on it has settled.
 */
export async function runEveryExample(page, { timeout = 15_000 } = {}) {
  const deadline = Date.now() + timeout;
  const settled = () => page.waitForFunction(everyElementSettled, undefined, { timeout: Math.max(deadline - Date.now(), 1) });
  while (await page.evaluate(() => document.querySelector('template.example, .live:empty') !== null)) {
    if (Date.now() > deadline) throw new Error(`some examples had not run after ${timeout} ms of scrolling`);
    await page.evaluate(async () => {
      window.scrollBy(0, window.innerHeight / 2);
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    });
    await settled();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await settled();
  return page.locator('figure.example').count();
}
