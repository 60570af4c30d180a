import { expect, waitUntil } from '@open-wc/testing';
import { openFrame, type FramedPage } from '../helpers/frame.js';

const bundle = new URL('/dist/eco-widgets.js', location.href).href;
// The test server compiles TypeScript and resolves `lit` for the page, as a partner's bundler would.
const listModule = new URL('/src/elements/eco-region-list/eco-region-list.ts', location.href).href;

/** The names on the cards a list shows; a card that never upgraded has no shadow root and no name. */
const cardNames = (list: Element) =>
  [...list.shadowRoot!.querySelectorAll('.results li')].map((item) => item.firstElementChild?.shadowRoot?.querySelector('.name')?.textContent?.trim());

async function namesShown(page: FramedPage, selector: string): Promise<(string | undefined)[]> {
  const list = page.document.querySelector(selector)!;
  await waitUntil(() => list.shadowRoot?.querySelector('[part="summary"]'), `${selector} did not render`, { timeout: 5000 });
  await (list as Element & { updateComplete: Promise<unknown> }).updateComplete;
  return cardNames(list);
}

describe('an element defines the elements it renders', () => {
  it('shows real cards when the page gave <eco-org-card> to an element of its own first', async () => {
    const page = await openFrame(`<!doctype html><html lang="en"><head>
      <script>customElements.define('eco-org-card', class extends HTMLElement {});</script>
      <script src="${bundle}"></script>
    </head><body><eco-region-list region="limburg"></eco-region-list></body></html>`);
    const names = await namesShown(page, 'eco-region-list');
    expect(names.length).to.be.greaterThan(0);
    expect(names.every((name) => name && name.length > 0), names.join(' | ')).to.equal(true);
    expect(page.window.probe.errors).to.deep.equal([]);
    page.remove();
  });

  it('shows real cards when only a subclass of the list is defined, under a tag of its own', async () => {
    const tag = `x-list-${Math.random().toString(36).slice(2, 8)}`;
    const page = await openFrame(`<!doctype html><html lang="en"><head>
      <script type="module">
        import { EcoRegionList } from '${listModule}';
        class PartnerList extends EcoRegionList {}
        PartnerList.define('${tag}');
      </script>
    </head><body><${tag} region="limburg"></${tag}></body></html>`);
    expect(page.window.customElements.get('eco-org-card'), 'eco-org-card is defined with the list').to.not.equal(undefined);
    const names = await namesShown(page, tag);
    expect(names.length).to.be.greaterThan(0);
    expect(names.every((name) => name && name.length > 0), names.join(' | ')).to.equal(true);
    expect(page.window.probe.errors).to.deep.equal([]);
    page.remove();
  });
});
