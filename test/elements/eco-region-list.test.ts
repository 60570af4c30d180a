import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/elements/eco-provider/define.js';
import '../../src/elements/eco-region-list/define.js';
import type { Dataset, Organization } from '../../src/data/dataset-schema.js';
import { REGIONS } from '../../src/data/vocabulary.js';
import type { EcoOrgCard } from '../../src/elements/eco-org-card/eco-org-card.js';
import type { EcoRegionList } from '../../src/elements/eco-region-list/eco-region-list.js';
import { isolated } from '../../src/shared/i18n/isolate.js';
import { en } from '../../src/shared/i18n/messages/en.js';
import { recordWarnings } from '../helpers/console.js';
import { smallDatasetCopy } from '../fixtures/datasets.js';

const dataset: Dataset = smallDatasetCopy();
const shadow = (list: Element) => list.shadowRoot!;
const summary = (list: Element) => shadow(list).querySelector('[part="summary"]')!.textContent!.trim();
const itemIds = (list: Element) => [...shadow(list).querySelectorAll('.results eco-org-card')].map((card) => card.getAttribute('org'));
/** The button that opens a filter's menu, by the filter's name. */
const menuButton = (list: Element, name: string) =>
  [...shadow(list).querySelectorAll<HTMLButtonElement>('[popovertarget]')].find((button) => button.textContent!.trim().startsWith(name))!;
const menuOf = (list: Element, name: string) => shadow(list).getElementById(menuButton(list, name).getAttribute('popovertarget')!)!;
/** An option's own words, without its count. */
const optionName = (label: Element) =>
  [...label.childNodes]
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent)
    .join('')
    .trim();
/** Each option of a menu: its name and count. */
const optionsIn = (menu: Element) =>
  [...menu.querySelectorAll('label')].map((label) => ({ name: optionName(label), count: Number(label.querySelector('.count')!.textContent) }));
/** An option's checkbox, in whichever menu has it. */
const option = (list: Element, name: string) =>
  [...shadow(list).querySelectorAll('[part="menu"] label')].find((label) => optionName(label) === name)!.querySelector('input')!;
const chips = (list: Element) => [...shadow(list).querySelectorAll<HTMLButtonElement>('[part="chip"]')];
const chip = (list: Element, name: string) => chips(list).find((button) => button.getAttribute('aria-label') === en.removeFilter(name))!;
const clearButton = (list: Element) => [...shadow(list).querySelectorAll('button')].find((button) => button.textContent!.trim() === en.clearFilters);
/** Whether focus is on `element`, as a boolean: a failing assert never has to print a whole element. */
const hasFocus = (list: Element, element: Element | undefined) => shadow(list).activeElement === element;
const wayOut = (list: Element) => shadow(list).querySelector<HTMLButtonElement>('[part="empty"] button');
const count = (test: (org: Organization) => boolean) => dataset.organizations.filter(test).length;

/**
 * A list inside a provider that feeds it the small fixture dataset, so every count is known. The list
 * has no background of its own: a dark one sits on a dark page, as it would on a partner's site.
 */
async function listWith(attributes: Record<string, string> = {}): Promise<EcoRegionList> {
  const page = await fixture(html`<div style=${attributes.theme === 'dark' ? 'background: #0d1117' : ''}>
    <eco-provider .data=${smallDatasetCopy()}></eco-provider>
  </div>`);
  const provider = page.querySelector('eco-provider')!;
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

    it('offers in each menu only the values that would show something, with how many', async () => {
      const list = await listWith({ controls: 'filters', type: 'university' });
      const universities = dataset.organizations.filter((org) => org.type === 'university');
      const regions = REGIONS.filter((region) => universities.some((org) => org.region === region));
      expect(optionsIn(menuOf(list, 'Region'))).to.deep.equal(
        regions.map((region) => ({ name: en.regions[region], count: universities.filter((org) => org.region === region).length })),
      );
      for (const name of ['Region', 'Type', 'Focus area']) {
        expect(optionsIn(menuOf(list, name)).filter(({ count }) => count === 0), name).to.deep.equal([]);
      }
      // A facet's own choice does not narrow its own counts.
      expect(optionsIn(menuOf(list, 'Type'))).to.deep.include({ name: 'Platform or network', count: count((org) => org.type === 'platform') });
      expect(option(list, 'University').checked).to.equal(true);
    });

    it('keeps a chosen value in its menu, to be unchosen, even when it shows nothing', async () => {
      const list = await listWith({ controls: 'filters', type: 'university', region: 'limburg' });
      expect(count((org) => org.type === 'university' && org.region === 'limburg')).to.equal(0);
      expect(optionsIn(menuOf(list, 'Region'))).to.deep.include({ name: 'Limburg', count: 0 });
      expect(option(list, 'Limburg').checked).to.equal(true);
    });

    it('filters when a value is chosen in a menu, and shows it as a chip that removes it', async () => {
      const list = await listWith({ controls: 'filters' });
      expect(chips(list)).to.have.length(0);
      menuButton(list, 'Region').click();
      expect(menuOf(list, 'Region').matches(':popover-open')).to.equal(true);
      option(list, 'Limburg').click();
      await settled(list);
      expect(summary(list)).to.equal(`${count((org) => org.region === 'limburg')} organizations in Limburg`);
      expect(menuButton(list, 'Region').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Region 1');
      expect(chips(list).map((button) => button.textContent!.replace('×', '').trim())).to.deep.equal(['Limburg']);
      chip(list, 'Limburg').click();
      await settled(list);
      expect(itemIds(list)).to.have.length(dataset.organizations.length);
      expect(chips(list)).to.have.length(0);
      expect(option(list, 'Limburg').checked).to.equal(false);
    });

    it('clears back to the author’s own filters, with the search, and then offers no "Clear filters"', async () => {
      const list = await listWith({ controls: 'search filters', region: 'limburg' });
      const authored = itemIds(list);
      expect(clearButton(list)).to.equal(undefined);
      chip(list, 'Limburg').click();
      await settled(list);
      option(list, 'Platform or network').click();
      await settled(list);
      expect(itemIds(list)).to.have.length(count((org) => org.type === 'platform'));
      const search = shadow(list).querySelector('input')!;
      search.focus();
      search.value = 'nothing matches this';
      await sendKeys({ press: 'Enter' });
      await settled(list);
      expect(itemIds(list)).to.deep.equal([]);
      clearButton(list)!.click();
      await settled(list);
      expect(itemIds(list)).to.deep.equal(authored);
      expect(summary(list)).to.equal(`${authored.length} organizations in Limburg`);
      expect(chips(list).map((button) => button.getAttribute('aria-label'))).to.deep.equal([en.removeFilter('Limburg')]);
      expect(clearButton(list)).to.equal(undefined);
    });

    it('closes a menu on Escape and gives focus back to its button', async () => {
      const list = await listWith({ controls: 'filters' });
      const button = menuButton(list, 'Type');
      const menu = menuOf(list, 'Type');
      button.focus();
      await sendKeys({ press: 'Enter' });
      expect(menu.matches(':popover-open')).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(menu.contains(shadow(list).activeElement), 'focus is in the menu').to.equal(true);
      await sendKeys({ press: ' ' });
      await settled(list);
      expect(chips(list).map((chosen) => chosen.getAttribute('aria-label'))).to.deep.equal([en.removeFilter(optionsIn(menu)[0]!.name)]);
      await sendKeys({ press: 'Escape' });
      expect(menu.matches(':popover-open')).to.equal(false);
      expect(hasFocus(list, button), 'focus is back on the button').to.equal(true);
    });

    it('closes a menu on a click outside it', async () => {
      const list = await listWith({ controls: 'filters' });
      menuButton(list, 'Focus area').click();
      const menu = menuOf(list, 'Focus area');
      expect(menu.matches(':popover-open')).to.equal(true);
      const summaryBox = shadow(list).querySelector('[part="summary"]')!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(summaryBox.left + 2), Math.round(summaryBox.top + 2)] });
      expect(menu.matches(':popover-open')).to.equal(false);
    });

    it('takes at most six Tab presses from the search box to the first organization, with every control on', async () => {
      const list = await listWith({ controls: 'search filters sort' });
      const first = shadow(list).querySelector('.results eco-org-card')!;
      shadow(list).querySelector('input')!.focus();
      let presses = 0;
      while (shadow(list).activeElement !== first && presses < 20) {
        await sendKeys({ press: 'Tab' });
        presses += 1;
      }
      expect(hasFocus(list, first), 'focus reached the first organization').to.equal(true);
      expect(presses).to.be.at.most(6);
    });

    // The list lays itself out by its own width, not the window's: a column of a phone's width stands
    // in for the phone (setViewport is Chromium's alone, and these run in WebKit too).
    it('shows the first organization within 700 px of its top in a 390 px column, with every control on', async () => {
      const list = await fixture<EcoRegionList>(html`<eco-region-list style="width: 390px" controls="search filters sort"></eco-region-list>`);
      await settled(list);
      const first = shadow(list).querySelector('.results eco-org-card')!;
      expect(first.getBoundingClientRect().top - list.getBoundingClientRect().top).to.be.at.most(700);
    });

    for (const lang of ['en', 'nl', 'fr', 'de']) {
      for (const theme of ['light', 'dark']) {
        it(`fits a 320 px column in ${lang}, ${theme}, with values chosen`, async () => {
          const list = await fixture<EcoRegionList>(
            html`<eco-region-list style="width: 320px" lang=${lang} theme=${theme} controls="search filters sort" type="incubator" focus="biotechnology,medtech"></eco-region-list>`,
          );
          await settled(list);
          const { left, right } = list.getBoundingClientRect();
          const overflowing = [...shadow(list).querySelectorAll('*')].filter((element) => {
            const box = element.getBoundingClientRect();
            return box.width > 0 && (box.left < left - 0.5 || box.right > right + 0.5);
          });
          expect(overflowing.map((element) => element.outerHTML.slice(0, 80))).to.deep.equal([]);
        });
      }
    }

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
    it('says which search found nothing, and clears the search on request', async () => {
      const list = await listWith({ query: 'nothing matches this' });
      expect(summary(list)).to.equal(en.noMatchesFor(isolated('nothing matches this')));
      expect(wayOut(list)!.textContent!.trim()).to.equal(en.clearSearch);
      wayOut(list)!.click();
      await settled(list);
      expect(itemIds(list)).to.have.length(dataset.organizations.length);
      expect(shadow(list).querySelector('[part="empty"]')).to.equal(null);
    });

    it('clears the search back to the author’s own region and type, not to every organization', async () => {
      const list = await listWith({ region: 'limburg', type: 'platform', query: 'nothing matches this' });
      wayOut(list)!.click();
      await settled(list);
      expect(itemIds(list)).to.have.members(['happy-aging', 'lifetechlimburg']);
      expect(summary(list)).to.equal('2 organizations in Limburg');
    });

    it('says a region has no organizations yet, rather than counting none, and shows all of Flanders on request', async () => {
      const empty = REGIONS.find((region) => region !== 'flanders' && !dataset.organizations.some((org) => org.region === region))!;
      const list = await listWith({ region: empty, controls: 'filters' });
      expect(summary(list)).to.equal(en.noneIn(en.regions[empty]));
      expect(wayOut(list)!.textContent!.trim()).to.equal(en.showAllRegions);
      wayOut(list)!.click();
      await settled(list);
      expect(itemIds(list)).to.have.length(dataset.organizations.length);
      expect(chips(list)).to.have.length(0);
    });

    it('offers "Clear filters" when the visitor’s filters match nothing, back to the author’s', async () => {
      const original = location.href;
      history.replaceState(null, '', '?eco-type=university');
      try {
        const list = await listWith({ region: 'limburg', 'sync-url': '' });
        expect(summary(list)).to.equal(en.noResults);
        expect(wayOut(list)!.textContent!.trim()).to.equal(en.clearFilters);
        wayOut(list)!.click();
        await settled(list);
        expect(itemIds(list)).to.have.length(count((org) => org.region === 'limburg'));
      } finally {
        history.replaceState(null, '', original);
      }
    });

    it('widens the region when the author’s own filters match nothing', async () => {
      const list = await listWith({ region: 'limburg', type: 'university' });
      expect(summary(list)).to.equal(en.noResults);
      expect(wayOut(list)!.textContent!.trim()).to.equal(en.showAllRegions);
      wayOut(list)!.click();
      await settled(list);
      expect(itemIds(list)).to.have.length(count((org) => org.type === 'university'));
    });

    it('offers no way out when there is none', async () => {
      const list = await listWith({ type: 'university', focus: 'robotics' });
      expect(summary(list)).to.equal(en.noResults);
      expect(wayOut(list)).to.equal(null);
    });

    it('keeps focus in the list when the button pressed goes away: on the first filter, else the first organization', async () => {
      const list = await listWith({ controls: 'filters', type: 'platform' });
      chip(list, 'Platform or network').focus();
      chip(list, 'Platform or network').click();
      await settled(list);
      expect(hasFocus(list, menuButton(list, 'Region')), 'focus is on the first filter').to.equal(true);
      const plain = await listWith({ query: 'nothing matches this' });
      wayOut(plain)!.focus();
      wayOut(plain)!.click();
      await settled(plain);
      expect(hasFocus(plain, shadow(plain).querySelector('.results eco-org-card')!), 'focus is on the first organization').to.equal(true);
    });

    it('says which value is unknown and what is near it, and gives developers the valid values, once', async () => {
      const recorder = recordWarnings();
      const provider = await fixture(html`<eco-provider .data=${smallDatasetCopy()}></eco-provider>`);
      const errored = oneEvent(provider, 'eco-error');
      const list = document.createElement('eco-region-list');
      list.setAttribute('region', 'atlantis, antwerpen');
      provider.append(list);
      const event = await errored;
      await list.updateComplete;
      list.theme = 'dark';
      await list.updateComplete;
      recorder.stop();
      const message = shadow(list).querySelector('[part="status"]')!.textContent!;
      expect(message).to.contain('“\u2068atlantis\u2069”').and.not.to.contain('east-flanders');
      expect(event.detail.code).to.equal('invalid-attribute');
      expect(recorder.warnings).to.have.length(1);
      expect(recorder.warnings[0]).to.equal(
        `[eco-widgets] <eco-region-list region="atlantis, antwerpen">: "atlantis", "antwerpen" are unknown. Valid values: ${REGIONS.join(', ')}.`,
      );
      expect(event.detail.message).to.equal(recorder.warnings[0]!.slice('[eco-widgets] '.length));
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
      option(list, 'Limburg').click();
      option(list, 'East Flanders').click();
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
      option(partners!, 'Antwerp').click();
      option(labs!, 'Limburg').click();
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
      option(list, 'Limburg').click();
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
      // Each card opens a dialog of its own.
      await waitUntil(() => card.shadowRoot!.querySelector('dialog')?.open, 'the dialog did not open');
      return { event, card, button, dialog: card.shadowRoot!.querySelector('dialog')! };
    }

    it('opens the full card in a modal dialog and tells the page', async () => {
      const list = await listWith();
      const { event, dialog } = await openFirst(list);
      expect(dialog.open).to.equal(true);
      expect(event.detail.id).to.equal(itemIds(list)[0]);
      const full = dialog.querySelector('eco-org-card')!;
      expect(full.organization?.id).to.equal(event.detail.id);
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

    it('opens no dialog when the list is removed between a click and its dialog opening', async () => {
      const list = await listWith();
      const card = shadow(list).querySelector<EcoOrgCard>('.results eco-org-card')!;
      card.shadowRoot!.querySelector<HTMLButtonElement>('.name button')!.click();
      list.remove();
      // The card opens its dialog once its update completes, which it awaited before this test did.
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('dialog') === null, 'no dialog').to.equal(true);
    });

    it('lets the page style the cards’ dialogs as its own part', async () => {
      const style = document.head.appendChild(document.createElement('style'));
      style.textContent = 'eco-region-list::part(dialog) { outline: 3px solid rgb(1, 2, 3); }';
      try {
        const { dialog } = await openFirst(await listWith());
        expect(getComputedStyle(dialog).outlineColor).to.equal('rgb(1, 2, 3)');
      } finally {
        style.remove();
      }
    });

    it('follows a relation inside the dialog', async () => {
      const list = await listWith({ query: 'IRC' });
      const { dialog } = await openFirst(list);
      const full = dialog.querySelector('eco-org-card')!;
      full.shadowRoot!.querySelector<HTMLButtonElement>('[part="relations"] button')!.click();
      await settled(list);
      await full.updateComplete;
      expect(dialog.querySelector('eco-org-card')!.organization?.id).to.equal('ghent-university');
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
      ['with a region that has no organizations', { region: 'west-flanders', controls: 'filters' }],
    ] as const) {
      it(`is accessible ${state}`, async () => {
        const list = await listWith(attributes);
        await settled(list);
        await expect(list).to.be.accessible();
      });
    }

    for (const theme of ['light', 'dark']) {
      it(`is accessible with a menu open and a value chosen, ${theme}`, async () => {
        const list = await listWith({ controls: 'search filters sort', theme, type: 'university' });
        menuButton(list, 'Type').click();
        await settled(list);
        expect(menuOf(list, 'Type').matches(':popover-open')).to.equal(true);
        await expect(list).to.be.accessible();
      });
    }

    it('is accessible with its dialog open', async () => {
      const list = await listWith();
      const card = shadow(list).querySelector('.results eco-org-card')!;
      card.shadowRoot!.querySelector<HTMLButtonElement>('.name button')!.click();
      await waitUntil(() => card.shadowRoot!.querySelector('dialog')?.open);
      await settled(list);
      // Halfway through its fade-in, the dialog's text is fainter than it will be.
      await Promise.all(card.shadowRoot!.querySelector('dialog')!.getAnimations().map((animation) => animation.finished));
      await expect(list).to.be.accessible();
    });
  });

  it('works with the bundled dataset and no provider', async () => {
    const list = await fixture<EcoRegionList>(html`<eco-region-list region="limburg"></eco-region-list>`);
    expect(summary(list)).to.match(/^\d+ organizations in Limburg$/);
    expect(itemIds(list).length).to.be.greaterThan(0);
  });
});
