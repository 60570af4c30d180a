import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { openFrame, type FramedPage } from '../helpers/frame.js';

const bundle = new URL('/dist/eco-widgets.js', location.href).href;

/** The ```html blocks of a Markdown file, without the script and stylesheet tags a page loads once. */
async function snippetsOf(file: string): Promise<string[]> {
  const markdown = await (await fetch(file)).text();
  return [...markdown.matchAll(/```html\n([\s\S]*?)```/g)]
    .map(([, block]) => block!.replace(/<(script|link)\b[^>]*>(<\/script>)?\n?/g, '').trim())
    .filter(Boolean);
}

/*
 * Runs before the bundle, so that no provider can settle unseen: a provider that loads `src` may
 * finish before the frame's load event, when the test starts listening.
 */
const settledProviders = `<script>
  window.settledProviders = new WeakSet();
  addEventListener('eco-data-change', (event) => event.detail.status !== 'loading' && settledProviders.add(event.target));
</script>`;

type SnippetPage = FramedPage & { window: { settledProviders: WeakSet<EventTarget> } };

/**
 * Resolves once every provider that loads a `src` has its data (or its error), then once every element
 * has drawn it. A provider without `src` hands down the bundled dataset at once.
 */
async function settled(page: SnippetPage): Promise<void> {
  const loading = [...page.document.querySelectorAll<HTMLElement>('eco-provider[src]')].filter((provider) => !page.window.settledProviders.has(provider));
  await Promise.all(
    loading.map((provider) => new Promise((done) => provider.addEventListener('eco-data-change', (event) => event.detail.status !== 'loading' && done(undefined)))),
  );
  const elements = [...page.document.querySelectorAll('eco-provider, eco-org-card, eco-region-list, eco-stats')];
  await Promise.all(elements.map((element) => (element as LitElement).updateComplete));
}

/** The elements of the page that show neither what they were asked for: still loading, or a message. */
function unrendered(doc: Document): string[] {
  return [...doc.querySelectorAll('eco-org-card, eco-region-list, eco-stats')]
    .filter((element) => !element.shadowRoot?.querySelector('[part~="card"]:not([part~="status"]), [part="summary"], [part="stats"]'))
    .map((element) => element.outerHTML);
}

/*
 * What the docs tell people to paste must work as pasted: each snippet runs on a page in demo/ (where
 * the example dataset lives) with the bundle, and must render with no warning and no error. One test
 * per snippet, so that each has the whole time budget of a test.
 */
for (const file of ['/README.md', '/docs/cms.md']) {
  const snippets = await snippetsOf(file);

  describe(`the snippets in ${file}`, () => {
    it('exist', () => {
      expect(snippets).to.not.be.empty;
    });

    for (const snippet of snippets) {
      it(`render as pasted, with no warning and no error: ${snippet.split('\n')[0]}`, async () => {
        const page = (await openFrame(
          `<!doctype html><html lang="en"><head><base href="/demo/">${settledProviders}<script src="${bundle}"></script></head><body>${snippet}</body></html>`,
        )) as SnippetPage;
        await settled(page);
        expect(unrendered(page.document), snippet).to.deep.equal([]);
        expect(page.window.probe.warnings, snippet).to.deep.equal([]);
        expect(page.window.probe.errors, snippet).to.deep.equal([]);
        page.remove();
      });
    }
  });
}
