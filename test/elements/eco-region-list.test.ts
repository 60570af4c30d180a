import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/eco-provider/define.js';
import '../../src/elements/eco-region-list/define.js';
import type { Dataset, Organization } from '../../src/data/dataset-schema.js';
import type { EcoRegionList } from '../../src/elements/eco-region-list/eco-region-list.js';
import { recordWarnings } from '../helpers/console.js';
import { smallDatasetCopy } from '../fixtures/datasets.js';

const dataset: Dataset = smallDatasetCopy();
const shadow = (list: Element) => list.shadowRoot!;
const summary = (list: Element) => shadow(list).querySelector('[part="summary"]')!.textContent!.trim();
const itemIds = (list: Element) => [...shadow(list).querySelectorAll('.results eco-org-card')].map((card) => card.getAttribute('org'));
const chip = (list: Element, label: string) =>
  [...shadow(list).querySelectorAll<HTMLButtonElement>('[part="chip"]')].find((button) => button.textContent!.trim().startsWith(label))!;
const countOn = (button: HTMLButtonElement) => Number(button.querySelector('.count')!.textContent);
const count = (test: (org: Organization) => boolean) => dataset.organizations.filter(test).length;

/** A list inside a provider that feeds it the small fixture dataset, so every count is known. */
async function listWith(attributes: Record<string, string> = {}): Promise<EcoRegionList> {
  const provider = await fixture(html`<eco-provider .data=${smallDatasetCopy()}></eco-provider>`);
  const list = document.createElement('eco-region-list');
  for (const [name, value] of Object.entries(attributes)) list.setAttribute(name, value);
  provider.append(list);
  await list.updateComplete;
  await waitUntil(() => shadow(list).querySelector('[part="summary"], [part="status"]:not([aria-busy])'), 'the list did not render');
  return list;
}

async function settled(list: EcoRegionList) {
  await list.updateComplete;
  await Promise.all([...shadow(list).querySelectorAll('eco-org-card')].map((card) => card.updateComplete));
}

describe('<eco-region-list>', () => {
  describe('filtering by attributes', () => {
    it('lists every organization with no filter, and says how many', async () => {
      const list = await listWith();
      expect(itemIds(list)).to.have.length(dataset.organizations.length);
      expect(summary(list)).to.equal(`${dataset.organizations.length} organizations`);
    });

    it('lists a region, with the count and the region in the summary', async () => {
      const list = await listWith({ region: 'limburg' });
      expect(itemIds(list)).to.have.members(dataset.organizations.filter((org) => org.region === 'limburg').map((org) => org.id));
      expect(summary(list)).to.equal(`${count((org) => org.region === 'limburg')} organizations in Limburg`);
    });

    it('uses the singular and the language’s own words', async () => {
      const list = await listWith({ region: 'antwerp', lang: 'nl' });
      expect(count((org) => org.region === 'antwerp')).to.equal(1);
      expect(summary(list)).to.equal('1 organisatie in Antwerpen');
    });

    it('takes several regions, in any case, with spaces for hyphens', async () => {
      const list = await listWith({ region: 'East Flanders, LIMBURG' });
      expect(itemIds(list)).to.have.length(count((org) => ['east-flanders', 'limburg'].includes(org.region)));
      expect(summary(list)).to.match(/in East Flanders and Limburg$/);
    });

    it('filters by type and focus, and combines them with the region', async () => {
      const list = await listWith({ type: 'university' });
      expect(itemIds(list)).to.have.members(['ghent-university', 'universiteit-antwerpen']);
      list.setAttribute('focus', 'vaccines, medtech');
      await settled(list);
      expect(itemIds(list)).to.deep.equal(['universiteit-antwerpen']);
      list.setAttribute('region', 'limburg');
      await settled(list);
      expect(itemIds(list)).to.deep.equal([]);
    });

    it('takes lists as properties, exactly as the comma-separated attributes', async () => {
      const byAttribute = await listWith({ region: 'East Flanders, antwerp', type: 'university', focus: 'Biotechnology,vaccines' });
      const byProperty = await listWith();
      byProperty.region = ['East Flanders', 'antwerp'];
      byProperty.type = ['university'];
      byProperty.focusAreas = ['Biotechnology', 'vaccines'];
      await settled(byProperty);
      expect(itemIds(byAttribute)).to.have.members(['ghent-university', 'universiteit-antwerpen']);
      expect(itemIds(byProperty)).to.deep.equal(itemIds(byAttribute));
      expect(summary(byProperty)).to.equal(summary(byAttribute));
    });

    it('searches names, aliases and descriptions', async () => {
      const list = await listWith({ query: 'IRC' });
      expect(itemIds(list)).to.deep.equal(['inflammation-research-center']);
      list.query = 'older people';
      await settled(list);
      expect(itemIds(list)).to.deep.equal(['happy-aging']);
    });
  });

  describe('order and layout', () => {
    it('sorts by name in the language’s alphabetical order', async () => {
      const list = await listWith();
      const names = dataset.organizations.map((org) => org.name).sort(new Intl.Collator('en').compare);
      const shown = [...shadow(list).querySelectorAll('.results eco-org-card')].map((card) => card.shadowRoot!.querySelector('.name')!.textContent!.trim());
      expect(shown).to.deep.equal(names);
    });

    it('groups by region under headings', async () => {
      const list = await listWith({ 'group-by': 'region' });
      const headings = [...shadow(list).querySelectorAll('h3.group')].map((heading) => heading.textContent);
      expect(headings).to.deep.equal(['Antwerp', 'East Flanders', 'Limburg']);
      expect(shadow(list).querySelectorAll('ul[part="results"]')).to.have.length(3);
    });

    it('sorts by type, keeping names in order within a type', async () => {
      const list = await listWith({ sort: 'type' });
      const types = itemIds(list).map((id) => dataset.organizations.find((org) => org.id === id)!.type);
      expect(types).to.deep.equal(['platform', 'platform', 'university', 'university', 'university-centre']);
    });

    it('lays organizations out in columns with layout="grid", one per row by default', async () => {
      const container = await fixture(html`<div style="width: 900px"></div>`);
      const columns = async (layout: string) => {
        container.innerHTML = `<eco-region-list layout="${layout}"></eco-region-list>`;
        const list = container.querySelector('eco-region-list')!;
        await settled(list);
        return getComputedStyle(shadow(list).querySelector('.results')!).gridTemplateColumns.split(' ').length;
      };
      expect(await columns('list')).to.equal(1);
      expect(await columns('grid')).to.be.greaterThan(1);
    });

    it('warns about an unknown sort, grouping or layout, and uses the default', async () => {
      const recorder = recordWarnings();
      const list = await listWith({ sort: 'size', 'group-by': 'colour', layout: 'carousel' });
      recorder.stop();
      expect(itemIds(list)).to.have.length(dataset.organizations.length);
      expect(shadow(list).querySelector('h3.group')).to.equal(null);
      expect(recorder.warnings.join('\n')).to.contain('sort="size"').and.to.contain('group-by="colour"').and.to.contain('layout="carousel"');
    });
  });

  describe('controls', () => {
    it('shows no controls unless asked, for a static list', async () => {
      const list = await listWith();
      expect(shadow(list).querySelector('[part="controls"]')).to.equal(null);
    });

    it('shows the controls asked for', async () => {
      const list = await listWith({ controls: 'search filters' });
      expect(shadow(list).querySelector('input[type="search"]')).to.exist;
      expect(shadow(list).querySelector('[part="filters"]')).to.exist;
      expect(shadow(list).querySelector('select')).to.equal(null);
    });

    it('counts each filter option given the other filters, and disables the ones that would give nothing', async () => {
      const list = await listWith({ controls: 'filters', type: 'university' });
      expect(countOn(chip(list, 'Antwerp'))).to.equal(count((org) => org.region === 'antwerp' && org.type === 'university'));
      expect(countOn(chip(list, 'Limburg'))).to.equal(0);
      expect(chip(list, 'Limburg').disabled).to.equal(true);
      // A facet's own choice does not narrow its own counts.
      expect(countOn(chip(list, 'Platform or network'))).to.equal(count((org) => org.type === 'platform'));
      expect(chip(list, 'University').getAttribute('aria-pressed')).to.equal('true');
    });

    it('filters when a chip is pressed, and updates the summary', async () => {
      const list = await listWith({ controls: 'filters' });
      chip(list, 'Limburg').click();
      await settled(list);
      expect(summary(list)).to.equal(`${count((org) => org.region === 'limburg')} organizations in Limburg`);
      expect(chip(list, 'Limburg').getAttribute('aria-pressed')).to.equal('true');
      chip(list, 'Limburg').click();
      await settled(list);
      expect(itemIds(list)).to.have.length(dataset.organizations.length);
    });

    it('searches as the visitor types, and at once on Enter', async () => {
      const list = await listWith({ controls: 'search' });
      const input = shadow(list).querySelector('input')!;
      input.focus();
      await sendKeys({ type: 'medical' });
      await waitUntil(() => itemIds(list).length === 1, 'the typed search was not applied');
      expect(itemIds(list)).to.deep.equal(['lifetechlimburg']);
      input.value = 'inflammation';
      await sendKeys({ press: 'Enter' });
      await settled(list);
      expect(itemIds(list)).to.deep.equal(['inflammation-research-center']);
    });

    it('sorts from its sort control', async () => {
      const list = await listWith({ controls: 'sort' });
      const select = shadow(list).querySelector('select')!;
      select.value = 'region';
      select.dispatchEvent(new Event('change'));
      await settled(list);
      expect(itemIds(list)[0]).to.equal('universiteit-antwerpen');
    });

    it('warns about a control it does not know', async () => {
      const recorder = recordWarnings();
      await listWith({ controls: 'search map' });
      recorder.stop();
      expect(recorder.warnings).to.have.length(1);
      expect(recorder.warnings[0]).to.contain('map');
    });
  });

  describe('every state', () => {
    it('says so kindly when nothing matches, and clears the filters on request', async () => {
      const list = await listWith({ query: 'nothing matches this' });
      expect(shadow(list).querySelector('[part="empty"]')!.textContent).to.contain('No organizations match');
      shadow(list).querySelector<HTMLButtonElement>('[part="empty"] button')!.click();
      await settled(list);
      expect(itemIds(list)).to.have.length(dataset.organizations.length);
    });

    it('clears back to the author’s own region and type, not to every organization', async () => {
      const list = await listWith({ region: 'limburg', type: 'platform', query: 'nothing matches this' });
      shadow(list).querySelector<HTMLButtonElement>('[part="empty"] button')!.click();
      await settled(list);
      expect(itemIds(list)).to.have.members(['happy-aging', 'lifetechlimburg']);
      expect(summary(list)).to.equal('2 organizations in Limburg');
    });

    it('offers no "Clear filters" when the author’s own filters match nothing', async () => {
      const list = await listWith({ region: 'limburg', type: 'university' });
      expect(shadow(list).querySelector('[part="empty"]')!.textContent).to.contain('No organizations match');
      expect(shadow(list).querySelectorAll('[part="empty"] button').length).to.equal(0);
    });

    it('lists the valid values when an attribute names an unknown one, warns once and fires eco-error', async () => {
      const recorder = recordWarnings();
      const provider = await fixture(html`<eco-provider .data=${smallDatasetCopy()}></eco-provider>`);
      const errored = oneEvent(provider, 'eco-error');
      const list = document.createElement('eco-region-list');
      list.setAttribute('region', 'atlantis');
      provider.append(list);
      const event = await errored;
      await list.updateComplete;
      list.theme = 'dark';
      await list.updateComplete;
      recorder.stop();
      const message = shadow(list).querySelector('[part="status"]')!.textContent!;
      expect(message).to.contain('“\u2068atlantis\u2069”').and.to.contain('east-flanders');
      expect(event.detail.code).to.equal('invalid-attribute');
      expect(recorder.warnings).to.have.length(1);
    });

    it('shows a few at a time, and moves focus to the first new one on "Show more"', async () => {
      const list = await listWith({ 'page-size': '2' });
      expect(itemIds(list)).to.have.length(2);
      const more = shadow(list).querySelector<HTMLButtonElement>('[part="more"]')!;
      expect(more.textContent!.trim()).to.equal('Show 2 more');
      more.click();
      await settled(list);
      expect(itemIds(list)).to.have.length(4);
      const third = shadow(list).querySelectorAll('.results eco-org-card')[2]!;
      await waitUntil(() => third.shadowRoot!.activeElement, 'focus did not move to the first new organization');
    });

    it('warns about a page size that is not a sensible number, and uses the default', async () => {
      const recorder = recordWarnings();
      const list = await listWith({ 'page-size': '-3' });
      recorder.stop();
      expect(itemIds(list)).to.have.length(dataset.organizations.length);
      expect(recorder.warnings[0]).to.contain('page-size="-3"');
    });
  });

  describe('sync-url', () => {
    const original = location.href;
    afterEach(() => history.replaceState(null, '', original));

    it('reads the filters from the page URL', async () => {
      history.replaceState(null, '', '?eco-region=limburg&eco-q=medical&other=kept');
      const list = await listWith({ 'sync-url': '' });
      expect(itemIds(list)).to.deep.equal(['lifetechlimburg']);
    });

    it('writes the visitor’s filters to the URL, keeping the page’s own parameters', async () => {
      history.replaceState(null, '', '?other=kept');
      const list = await listWith({ 'sync-url': '', controls: 'filters' });
      chip(list, 'Limburg').click();
      chip(list, 'East Flanders').click();
      await settled(list);
      const params = new URLSearchParams(location.search);
      expect(params.get('eco-region')).to.equal('limburg,east-flanders');
      expect(params.get('other')).to.equal('kept');
    });

    it('ignores what it does not know in a shared URL', async () => {
      history.replaceState(null, '', '?eco-region=atlantis,limburg');
      const list = await listWith({ 'sync-url': '' });
      expect(itemIds(list)).to.have.length(count((org) => org.region === 'limburg'));
    });

    it('gives each list with a word in sync-url keys of its own, read and written apart', async () => {
      history.replaceState(null, '', '?eco-partners-region=limburg&eco-labs-region=antwerp&eco-region=east-flanders');
      const provider = await fixture(html`<eco-provider .data=${smallDatasetCopy()}></eco-provider>`);
      provider.innerHTML = `<eco-region-list sync-url="partners" controls="filters"></eco-region-list><eco-region-list sync-url=" Labs " controls="filters"></eco-region-list>`;
      const [partners, labs] = [...provider.querySelectorAll('eco-region-list')];
      await Promise.all([settled(partners!), settled(labs!)]);
      expect(summary(partners!)).to.equal(`${count((org) => org.region === 'limburg')} organizations in Limburg`);
      expect(summary(labs!)).to.equal(`${count((org) => org.region === 'antwerp')} organization in Antwerp`);
      chip(partners!, 'Antwerp').click();
      chip(labs!, 'Limburg').click();
      await Promise.all([settled(partners!), settled(labs!)]);
      const params = new URLSearchParams(location.search);
      expect(params.get('eco-partners-region')).to.equal('limburg,antwerp');
      expect(params.get('eco-labs-region')).to.equal('antwerp,limburg');
      expect(params.get('eco-region')).to.equal('east-flanders');
    });

    it('neither reads nor writes the URL without sync-url', async () => {
      history.replaceState(null, '', '?eco-region=antwerp');
      const list = await listWith({ controls: 'filters' });
      expect(itemIds(list)).to.have.length(dataset.organizations.length);
      chip(list, 'Limburg').click();
      await settled(list);
      expect(location.search).to.equal('?eco-region=antwerp');
    });

    it('keeps the author’s attributes when the URL has no keys of its own', async () => {
      history.replaceState(null, '', '?eco-region=antwerp&eco-q=ghent&eco-other-type=university');
      const list = await listWith({ 'sync-url': 'partners', region: 'limburg', type: 'platform' });
      expect(itemIds(list)).to.have.members(['happy-aging', 'lifetechlimburg']);
    });

    it('takes sync-url as a property too: true for the usual keys, a word for its own', async () => {
      history.replaceState(null, '', '?eco-region=limburg&eco-partners-region=antwerp');
      const provider = await fixture(html`<eco-provider .data=${smallDatasetCopy()}></eco-provider>`);
      const [usual, own] = [true, 'partners'].map((syncUrl) => Object.assign(document.createElement('eco-region-list'), { syncUrl }));
      provider.append(usual!, own!);
      await Promise.all([settled(usual!), settled(own!)]);
      expect(summary(usual!)).to.match(/in Limburg$/);
      expect(summary(own!)).to.match(/in Antwerp$/);
    });

    it('remembers a filter the visitor took away from the author’s, for the next visit', async () => {
      history.replaceState(null, '', '?other=kept');
      const list = await listWith({ 'sync-url': '', controls: 'filters', region: 'limburg' });
      chip(list, 'Limburg').click();
      await settled(list);
      expect(new URLSearchParams(location.search).get('eco-region')).to.equal('');
      const next = await listWith({ 'sync-url': '', region: 'limburg' });
      expect(itemIds(next)).to.have.length(dataset.organizations.length);
    });
  });

  describe('choosing an organization', () => {
    async function openFirst(list: EcoRegionList) {
      const card = shadow(list).querySelector('.results eco-org-card')!;
      const button = card.shadowRoot!.querySelector<HTMLButtonElement>('.name button')!;
      button.focus();
      const selected = oneEvent(list, 'eco-select');
      button.click();
      const event = await selected;
      await settled(list);
      return { event, card, button, dialog: shadow(list).querySelector('dialog')! };
    }

    it('opens the full card in a modal dialog and tells the page', async () => {
      const list = await listWith();
      const { event, dialog } = await openFirst(list);
      expect(dialog.open).to.equal(true);
      expect(event.detail.id).to.equal(itemIds(list)[0]);
      const full = dialog.querySelector('eco-org-card')!;
      expect(full.getAttribute('org')).to.equal(event.detail.id);
      // The name is set apart for the bidi algorithm (U+2068 … U+2069), as names in our sentences are.
      expect(dialog.getAttribute('aria-label')).to.equal(`\u2068${full.shadowRoot!.querySelector('.name')!.textContent!.trim()}\u2069`);
    });

    it('closes on Escape and gives focus back to the organization it came from', async () => {
      const list = await listWith();
      const { dialog, card, button } = await openFirst(list);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open, 'the dialog did not close');
      await settled(list);
      expect(card.shadowRoot!.activeElement).to.equal(button);
    });

    it('throws nothing when the list is removed between a click and its dialog opening', async () => {
      const list = await listWith();
      const dialog = shadow(list).querySelector('dialog')!;
      // What showModal throws would surface only as an unhandled rejection, tasks later; caught here,
      // it is seen at once.
      const thrown: unknown[] = [];
      const showModal = dialog.showModal.bind(dialog);
      dialog.showModal = () => {
        try {
          showModal();
        } catch (error) {
          thrown.push(error);
          throw error;
        }
      };
      shadow(list).querySelector('.results eco-org-card')!.shadowRoot!.querySelector<HTMLButtonElement>('.name button')!.click();
      list.remove();
      // The list opens its dialog once its update completes, which it awaited before this test did.
      await list.updateComplete;
      expect(thrown).to.deep.equal([]);
      expect(dialog.open).to.equal(false);
    });

    it('follows a relation inside the dialog', async () => {
      const list = await listWith({ query: 'IRC' });
      const { dialog } = await openFirst(list);
      const full = dialog.querySelector('eco-org-card')!;
      full.shadowRoot!.querySelector<HTMLButtonElement>('[part="relations"] button')!.click();
      await settled(list);
      expect(dialog.querySelector('eco-org-card')!.getAttribute('org')).to.equal('ghent-university');
    });

    it('links each organization instead, when href is set', async () => {
      const list = await listWith({ href: '/partners/{id}' });
      const links = [...shadow(list).querySelectorAll('.results eco-org-card')].map((card) => card.shadowRoot!.querySelector('.name a')?.getAttribute('href'));
      expect(links.every((href) => href?.includes('/partners/'))).to.equal(true);
    });

    it('moves between organizations with the arrow keys, Home and End', async () => {
      const list = await listWith();
      const cards = [...shadow(list).querySelectorAll('.results eco-org-card')];
      const focused = () => cards.findIndex((card) => card.shadowRoot!.activeElement);
      (cards[0] as HTMLElement).focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused()).to.equal(1);
      await sendKeys({ press: 'End' });
      expect(focused()).to.equal(cards.length - 1);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused()).to.equal(cards.length - 1);
      await sendKeys({ press: 'Home' });
      expect(focused()).to.equal(0);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused()).to.equal(0);
    });
  });

  describe('accessibility', () => {
    for (const [state, attributes] of [
      ['without controls', {}],
      ['with every control', { controls: 'search filters sort' }],
      ['grouped, in a grid, dark', { 'group-by': 'type', layout: 'grid', theme: 'dark', controls: 'filters' }],
      ['empty', { query: 'nothing at all', theme: 'dark' }],
    ] as const) {
      it(`is accessible ${state}`, async () => {
        const list = await listWith(attributes);
        await settled(list);
        await expect(list).to.be.accessible();
      });
    }

    it('is accessible with its dialog open', async () => {
      const list = await listWith();
      shadow(list).querySelector('.results eco-org-card')!.shadowRoot!.querySelector<HTMLButtonElement>('.name button')!.click();
      await waitUntil(() => shadow(list).querySelector('dialog')!.open);
      await settled(list);
      await expect(list).to.be.accessible();
    });
  });

  it('works with the bundled dataset and no provider', async () => {
    const list = await fixture<EcoRegionList>(html`<eco-region-list region="limburg"></eco-region-list>`);
    expect(summary(list)).to.match(/^\d+ organizations in Limburg$/);
    expect(itemIds(list).length).to.be.greaterThan(0);
  });
});
