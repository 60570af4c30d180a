import { expect, waitUntil } from '@open-wc/testing';
import { openFrame, openFrameAt, type FramedPage } from '../helpers/frame.js';

const bundle = new URL('/dist/eco-widgets.js', location.href).href;
const styles = new URL('/dist/eco-widgets.css', location.href).href;

const nameOf = (page: FramedPage, selector = 'eco-org-card') =>
  page.document.querySelector(selector)?.shadowRoot?.querySelector('.name')?.textContent?.trim();

async function cardRendered(page: FramedPage, selector = 'eco-org-card') {
  await waitUntil(() => nameOf(page, selector), `${selector} did not render`, { timeout: 5000 });
}

describe('one script tag on a partner page', () => {
  const placements = {
    'a classic script in the head': `<head><script src="${bundle}"></script></head><body><eco-org-card org="imec"></eco-org-card></body>`,
    'a classic script at the end of the body': `<head></head><body><eco-org-card org="imec"></eco-org-card><script src="${bundle}"></script></body>`,
    'a deferred script': `<head><script defer src="${bundle}"></script></head><body><eco-org-card org="imec"></eco-org-card></body>`,
    'an async script': `<head><script async src="${bundle}"></script></head><body><eco-org-card org="imec"></eco-org-card></body>`,
    'a module script': `<head><script type="module" src="${bundle}"></script></head><body><eco-org-card org="imec"></eco-org-card></body>`,
  };
  for (const [placement, page] of Object.entries(placements)) {
    it(`works as ${placement}`, async () => {
      const framed = await openFrame(`<!doctype html><html lang="en">${page}</html>`);
      await cardRendered(framed);
      expect(nameOf(framed)).to.equal('imec');
      expect(framed.window.probe.errors).to.deep.equal([]);
      framed.remove();
    });
  }

  it('honours attributes and properties set before the script arrived', async () => {
    const framed = await openFrame(`<!doctype html><html lang="en"><head></head><body>
      <eco-org-card id="by-attribute" org="UZA" lang="nl" layout="compact"></eco-org-card>
      <eco-org-card id="by-property" org="imec"></eco-org-card>
      <script>document.getElementById('by-property').org = 'VIB';</script>
      <script src="${bundle}"></script>
    </body></html>`);
    await cardRendered(framed, '#by-attribute');
    await cardRendered(framed, '#by-property');
    expect(nameOf(framed, '#by-attribute')).to.equal('Universitair Ziekenhuis Antwerpen');
    expect(framed.document.querySelector('#by-attribute')!.shadowRoot!.querySelector('.compact')).to.exist;
    expect(nameOf(framed, '#by-property')).to.equal('VIB');
    framed.remove();
  });

  it('keeps the space of each element while the script is on its way, with eco-widgets.css', async () => {
    const framed = await openFrame(`<!doctype html><html lang="en"><head><link rel="stylesheet" href="${styles}"></head><body>
      <eco-org-card org="imec"></eco-org-card><eco-stats region="antwerp"></eco-stats><eco-region-list></eco-region-list>
    </body></html>`);
    for (const tag of ['eco-org-card', 'eco-stats', 'eco-region-list']) {
      const element = framed.document.querySelector(tag)!;
      expect(framed.window.customElements.get(tag), tag).to.equal(undefined);
      expect(element.getBoundingClientRect().height, tag).to.be.greaterThan(40);
    }
    framed.remove();
  });

  it('renders under a strict Content Security Policy with Trusted Types, with no violation', async () => {
    const page = await openFrameAt('/test/embedding/csp-page.html');
    const { document: doc, window: win } = page;
    await waitUntil(() => doc.querySelector('eco-org-card')?.shadowRoot?.querySelector('.name'), 'the card did not render', { timeout: 5000 });
    await waitUntil(() => doc.querySelector('eco-region-list')?.shadowRoot?.querySelector('[part="summary"]'), 'the list did not render');
    await waitUntil(() => doc.querySelector('eco-stats')?.shadowRoot?.querySelector('[part="tile"]'), 'the stats did not render');
    const card = doc.querySelector('eco-org-card')!;
    await waitUntil(() => card.querySelector('script[type="application/ld+json"]') || win.violations, 'no JSON-LD');
    await new Promise((done) => setTimeout(done, 100));
    expect(win.violations).to.deep.equal([]);
    if ('trustedTypes' in win) expect(card.querySelector('script[type="application/ld+json"]'), 'JSON-LD written through our policy').to.exist;
    page.remove();
  });
});
