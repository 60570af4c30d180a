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

});

/** A partner page served with a Content-Security-Policy header, and its probe's records. */
type CspPage = Awaited<ReturnType<typeof openFrameAt>> & {
  window: { violations: string[]; errors: string[]; warnings: string[] };
};

/** The header the README gives partners, read from the README itself. */
async function readmeHeader(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  return /^Content-Security-Policy: (.+)$/m.exec(readme)![1]!;
}

/** The page under `policy`; `twice` loads the script a second time. An image the policy refuses is the sentinel below. */
const openCspPage = async (policy: string, { twice = false } = {}) =>
  (await openFrameAt(`/test/embedding/csp-page.html?policy=${encodeURIComponent(policy)}${twice ? '&twice' : ''}`)) as CspPage;

const jsonLdOf = (doc: Document) => doc.querySelector('eco-org-card')!.querySelector('script[type="application/ld+json"]');

async function everyElementRendered(doc: Document) {
  await waitUntil(() => doc.querySelector('eco-org-card')?.shadowRoot?.querySelector('.name'), 'the card did not render', { timeout: 5000 });
  await waitUntil(() => doc.querySelector('eco-region-list')?.shadowRoot?.querySelector('[part="summary"]'), 'the list did not render', { timeout: 5000 });
  await waitUntil(() => doc.querySelector('eco-stats')?.shadowRoot?.querySelector('[part="tile"]'), 'the stats did not render', { timeout: 5000 });
}

const SENTINEL = 'https://sentinel.invalid/report.png';

/**
 * Violation reports are events queued after the act that caused them. One caused on purpose now (an
 * image the page's CSP refuses) is reported after every earlier one, so once it is in, all are.
 */
async function reportsDelivered(page: CspPage): Promise<void> {
  const image = page.document.createElement('img');
  image.src = SENTINEL;
  page.document.body.append(image);
  await waitUntil(() => page.window.violations.some((violation) => violation.includes(SENTINEL)), 'the sentinel violation was not reported', { timeout: 5000 });
  image.remove();
  page.window.violations = page.window.violations.filter((violation) => !violation.includes(SENTINEL));
}

describe('the partner script under Trusted Types', () => {
  it('gives partners a header with Trusted Types and both policy names', async () => {
    const header = await readmeHeader();
    expect(header).to.contain("require-trusted-types-for 'script'").and.to.contain('trusted-types lit-html eco-widgets');
  });

  for (const [loaded, twice] of [
    ['renders every element, with JSON-LD and no violation', false],
    ['loads twice: the second copy steps aside before creating a policy', true],
  ] as const) {
    it(`${loaded}, under the README's header`, async () => {
      const page = await openCspPage(await readmeHeader(), { twice });
      await everyElementRendered(page.document);
      await waitUntil(() => jsonLdOf(page.document), 'no JSON-LD', { timeout: 5000 });
      await reportsDelivered(page);
      expect(page.window.violations).to.deep.equal([]);
      expect(page.window.errors).to.deep.equal([]);
      expect(page.window.warnings).to.deep.equal([]);
      page.remove();
    });
  }

  it('without the eco-widgets policy, renders every element without JSON-LD and reports only that name', async () => {
    const page = await openCspPage("img-src 'none'; require-trusted-types-for 'script'; trusted-types lit-html");
    await everyElementRendered(page.document);
    const enforced = 'trustedTypes' in page.window;
    if (enforced) await waitUntil(() => page.window.violations.length > 0, 'the refused policy was not reported', { timeout: 5000 });
    await reportsDelivered(page);
    expect(page.window.errors).to.deep.equal([]);
    expect(page.window.violations.length, page.window.violations.join()).to.equal(enforced ? 1 : 0);
    expect(page.window.violations.every((violation) => violation.startsWith('trusted-types'))).to.equal(true);
    expect(Boolean(jsonLdOf(page.document)), 'JSON-LD').to.equal(!enforced);
    page.remove();
  });

  it("where Lit's policy is refused and Trusted Types are required, throws nothing, defines nothing and says which header is needed", async () => {
    const page = await openCspPage("img-src 'none'; require-trusted-types-for 'script'; trusted-types eco-widgets");
    const enforced = 'trustedTypes' in page.window;
    if (enforced) {
      await reportsDelivered(page);
      expect(page.window.customElements.get('eco-provider')).to.equal(undefined);
      expect(page.window.warnings).to.have.length(1);
      expect(page.window.warnings[0]).to.contain('"lit-html"').and.to.contain('trusted-types lit-html eco-widgets');
    } else {
      await everyElementRendered(page.document);
      expect(page.window.warnings).to.deep.equal([]);
    }
    expect(page.window.errors).to.deep.equal([]);
    page.remove();
  });

  it('where no policy is allowed but none is required, renders every element and says which header is needed', async () => {
    const page = await openCspPage("img-src 'none'; trusted-types 'none'");
    await everyElementRendered(page.document);
    await reportsDelivered(page);
    expect(page.window.errors).to.deep.equal([]);
    if ('trustedTypes' in page.window) {
      expect(page.window.warnings).to.have.length(1);
      expect(page.window.warnings[0]).to.contain('"lit-html"').and.to.contain('trusted-types lit-html eco-widgets');
    } else {
      expect(page.window.warnings).to.deep.equal([]);
    }
    page.remove();
  });
});
