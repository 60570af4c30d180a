import { expect, waitUntil } from '@open-wc/testing';
import { openFrame } from '../helpers/frame.js';

const bundle = new URL('/dist/eco-widgets.js', location.href).href;

/** The ```html blocks of a Markdown file, without the script and stylesheet tags a page loads once. */
async function snippetsOf(file: string): Promise<string[]> {
  const markdown = await (await fetch(file)).text();
  return [...markdown.matchAll(/```html\n([\s\S]*?)```/g)]
    .map(([, block]) => block!.replace(/<(script|link)\b[^>]*>(<\/script>)?\n?/g, '').trim())
    .filter(Boolean);
}

/** True when every element in the page shows what it was asked for: no loading, no message. */
function everyElementRendered(doc: Document): boolean {
  return [...doc.querySelectorAll('eco-org-card, eco-region-list, eco-stats')].every((element) => {
    const root = element.shadowRoot;
    return !!root?.querySelector('[part~="card"]:not([part~="status"]), [part="summary"], [part="stats"]');
  });
}

/*
 * What the docs tell people to paste must work as pasted: each snippet runs on a page in demo/ (where
 * the example dataset lives) with the bundle, and must render with no warning and no error.
 */
for (const file of ['/README.md', '/docs/cms.md']) {
  describe(`the snippets in ${file}`, () => {
    it('exist', async () => {
      expect(await snippetsOf(file)).to.not.be.empty;
    });

    it('render as pasted, with no warning and no error', async () => {
      for (const snippet of await snippetsOf(file)) {
        const page = await openFrame(`<!doctype html><html lang="en"><head><base href="/demo/"><script src="${bundle}"></script></head><body>${snippet}</body></html>`);
        await waitUntil(() => everyElementRendered(page.document), `did not render: ${snippet}`, { timeout: 5000 });
        expect(page.window.probe.warnings, snippet).to.deep.equal([]);
        expect(page.window.probe.errors, snippet).to.deep.equal([]);
        page.remove();
      }
    });
  });
}
