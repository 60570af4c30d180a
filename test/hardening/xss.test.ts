import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { Dataset } from '../../src/data/dataset-schema.js';
import { smallDatasetCopy } from '../fixtures/datasets.js';

/** Filter-evasion payloads; each would set window.ecoXss if it ever ran. */
const PAYLOADS = [
  '<script>window.ecoXss=1</script>',
  '<img src=x onerror="window.ecoXss=1">',
  '<svg onload="window.ecoXss=1"><circle r="1"/></svg>',
  '"><img src=x onerror=window.ecoXss=1>',
  "'><body onload=window.ecoXss=1>",
  '&lt;img src=x onerror=window.ecoXss=1&gt;',
  '&#60;script&#62;window.ecoXss=1&#60;/script&#62;',
  'javascript:window.ecoXss=1',
  'data:text/html,<script>window.ecoXss=1</script>',
  '</script><script>window.ecoXss=1</script>',
  '<iframe srcdoc="<script>parent.ecoXss=1</script>"></iframe>',
  '<a href="javascript:window.ecoXss=1">click</a>',
];

/** The fixture dataset with `payload` in every text field a visitor can see. */
function poisoned(payload: string): Dataset {
  const dataset = smallDatasetCopy();
  dataset.sources[0] = { ...dataset.sources[0]!, title: payload, publisher: payload };
  for (const org of dataset.organizations) {
    Object.assign(org, { name: `${payload} ${org.id}`, aliases: [payload], formerNames: [payload], city: payload, description: { en: payload, nl: payload } });
    org.figures = [{ id: `${org.id}-figure`, label: { en: payload, nl: payload }, value: 1, qualifier: 'about', unit: 'count', year: null, source: 'fixture-source' }];
  }
  dataset.statistics = dataset.statistics.map((figure) => ({ ...figure, label: { en: payload, nl: payload } }));
  return dataset;
}

/** Every element created inside any shadow root below `root`. */
function shadowElements(root: Element): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? [...element.shadowRoot.querySelectorAll('*')].flatMap((inner) => [inner, ...shadowElements(inner)]) : [])]);
}

describe('hostile text in the data', () => {
  afterEach(() => delete (window as { ecoXss?: unknown }).ecoXss);

  for (const payload of PAYLOADS) {
    it(`never runs or links ${payload.slice(0, 40)}`, async () => {
      const page = await fixture(html`<eco-provider .data=${poisoned(payload)}>
        <eco-org-card org="ghent-university"></eco-org-card>
        <eco-org-card org="inflammation-research-center" href="/partners/{id}"></eco-org-card>
        <eco-region-list controls="search filters"></eco-region-list>
        <eco-stats region="antwerp" counts></eco-stats>
        <eco-stats org="ghent-university" layout="inline"></eco-stats>
      </eco-provider>`);
      await waitUntil(() => page.querySelector('eco-org-card')!.shadowRoot!.querySelector('.name'), 'the card did not render');
      await new Promise((done) => setTimeout(done, 50));
      expect((window as { ecoXss?: unknown }).ecoXss).to.equal(undefined);
      const elements = shadowElements(page);
      const ourJsonLd = (element: Element) => element.matches('script[type="application/ld+json"][data-eco-json-ld]');
      expect(elements.filter((element) => ['script', 'img', 'iframe', 'body'].includes(element.localName) && !ourJsonLd(element)).map((element) => element.localName)).to.deep.equal([]);
      for (const jsonLd of elements.filter(ourJsonLd)) expect(JSON.parse(jsonLd.textContent!).description).to.equal(payload);
      expect(elements.filter((element) => [...element.attributes].some((attribute) => attribute.name.startsWith('on')))).to.deep.equal([]);
      const hrefs = elements.filter((element) => element.localName === 'a').map((link) => link.getAttribute('href')!);
      for (const href of hrefs) expect(new URL(href).protocol, href).to.be.oneOf(['http:', 'https:', 'mailto:']);
      // The text is shown, as text.
      expect(page.querySelector('eco-org-card')!.shadowRoot!.querySelector('[part="description"]')!.textContent).to.equal(payload);
    });
  }
});
