import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import bundled from '../../data/ecosystem.json';
import '../../src/elements/eco-map/define.js';
import '../../src/elements/eco-provider/define.js';
import '../../src/elements/eco-region-list/define.js';
import type { EcoMap } from '../../src/elements/eco-map/eco-map.js';
import type { EcoRegionList } from '../../src/elements/eco-region-list/eco-region-list.js';
import { LOCALES } from '../../src/shared/i18n/locale.js';
import { messagesFor } from '../../src/shared/i18n/messages/index.js';
import { minimalDataset, vocabularyDataset } from '../fixtures/datasets.js';
import { recordWarnings } from '../helpers/console.js';
import { renderedText } from '../helpers/rendered-text.js';

/** The regions the map draws, west to east, and those it counts beside it. */
const ON_MAP = ['west-flanders', 'east-flanders', 'brussels', 'antwerp', 'flemish-brabant', 'limburg'];
const WIDE = ['flanders', 'belgium', 'international'];
const en = messagesFor('en');

interface Org {
  region: string;
  type: string;
  focus?: string[];
}

/** A direct count of the dataset, apart from the index the element counts with. */
const countIn = (organizations: readonly Org[], region: string, keep: (org: Org) => boolean = () => true) =>
  organizations.filter((org) => org.region === region && keep(org)).length;

const regionsOf = (map: EcoMap) => [...map.shadowRoot!.querySelectorAll<SVGGElement>('[role="button"]')];
const namesOf = (map: EcoMap) => regionsOf(map).map((region) => region.getAttribute('aria-label'));
const chosenOf = (map: EcoMap) => regionsOf(map).filter((region) => region.getAttribute('aria-current') === 'true').map((region) => region.getAttribute('aria-label')!.split(':')[0]);
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');
const named = (region: string, count: number) =>
  `${en.regions[region as keyof typeof en.regions]}: ${count} ${count === 1 ? 'organization' : 'organizations'}`;

async function settle(...elements: (HTMLElement & { updateComplete?: Promise<unknown> })[]) {
  for (let round = 0; round < 3; round++) await Promise.all(elements.map((element) => element.updateComplete));
}

describe('<eco-map>', () => {
  describe('counts', () => {
    it('names each region with its number of organizations, west to east, as a direct count of the bundled dataset gives it', async () => {
      const map = await fixture<EcoMap>(html`<eco-map></eco-map>`);
      expect(namesOf(map)).to.deep.equal(ON_MAP.map((region) => named(region, countIn(bundled.organizations, region))));
    });

    it('counts only the types and focus areas asked for, on the map and beside it', async () => {
      const organizations = bundled.organizations as Org[];
      for (const [attributes, keep] of [
        [{ type: 'university, incubator' }, (org: Org) => ['university', 'incubator'].includes(org.type)],
        [{ focus: 'oncology' }, (org: Org) => org.focus?.includes('oncology') ?? false],
        [{ type: 'company', focus: 'medtech' }, (org: Org) => org.type === 'company' && (org.focus?.includes('medtech') ?? false)],
      ] as const) {
        const map = await fixture<EcoMap>(html`<eco-map type=${attributes.type ?? ''} focus=${'focus' in attributes ? attributes.focus : ''}></eco-map>`);
        expect(namesOf(map), JSON.stringify(attributes)).to.deep.equal(ON_MAP.map((region) => named(region, countIn(organizations, region, keep))));
        const beside = [...map.shadowRoot!.querySelectorAll('[part="elsewhere"] li')].map((item) => plain(item.textContent!).replace(/\s+/g, ' ').trim());
        const expected = WIDE.filter((region) => countIn(organizations, region, keep) > 0).map(
          (region) => `${countIn(organizations, region, keep)} ${en.regions[region as keyof typeof en.regions]}`,
        );
        expect(beside, JSON.stringify(attributes)).to.deep.equal(expected);
      }
    });

    it('counts what a provider’s dataset holds, and shades a region by its share of the largest count', async () => {
      const data = minimalDataset();
      const provider = await fixture(html`<eco-provider .data=${data}><eco-map></eco-map></eco-provider>`);
      const map = provider.querySelector('eco-map')!;
      await settle(map);
      expect(namesOf(map)).to.deep.equal(ON_MAP.map((region) => named(region, countIn(data.organizations, region))));
      const shades = regionsOf(map).map((region) => [...region.classList].find((name) => name.startsWith('shade-')));
      // Limburg has the most (2): the strongest shade; Flemish Brabant half of it; the rest none.
      expect(shades).to.deep.equal(['shade-0', 'shade-0', 'shade-0', 'shade-0', 'shade-3', 'shade-5']);
      expect(map.shadowRoot!.querySelector('[part="elsewhere"]')).to.equal(null);
    });

    it('counts a dataset’s own regions beside the map and says it cannot place them', async () => {
      const data = vocabularyDataset();
      const provider = await fixture(html`<eco-provider .data=${data}><eco-map></eco-map></eco-provider>`);
      const map = provider.querySelector('eco-map')!;
      await settle(map);
      const { visible } = renderedText(map);
      expect(plain(visible)).to.include('Not on this map: The Campine.');
      expect(plain(map.shadowRoot!.querySelector('[part="elsewhere"]')!.textContent!).replace(/\s+/g, ' ')).to.include(`${countIn(data.organizations, 'kempen')} The Campine`);
      expect(namesOf(map)).to.include(named('antwerp', 1));
    });

    it('says which types and focus areas it counts, in the page’s language', async () => {
      const map = await fixture<EcoMap>(html`<eco-map lang="nl" type="incubator" focus="oncology"></eco-map>`);
      const nl = messagesFor('nl');
      expect(plain(map.shadowRoot!.querySelector('[part="caption"]')!.textContent!)).to.include(
        nl.countingOnly(new Intl.ListFormat('nl', { type: 'conjunction' }).format([nl.types.incubator, nl.focus.oncology])),
      );
      expect(plain(namesOf(map)[0]!)).to.match(/^West-Vlaanderen: \d+ organisaties?$/);
    });
  });

  describe('choosing a region', () => {
    it('is a click on a region, which tells the page, marks it current, and a second click clears it', async () => {
      const map = await fixture<EcoMap>(html`<eco-map></eco-map>`);
      const events: (string | null)[] = [];
      map.addEventListener('eco-region-select', (event) => events.push(event.detail.region));
      regionsOf(map)[5]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await map.updateComplete;
      expect(chosenOf(map)).to.deep.equal(['Limburg']);
      expect(map.region).to.equal('limburg');
      regionsOf(map)[5]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await map.updateComplete;
      expect(chosenOf(map)).to.deep.equal([]);
      expect(events).to.deep.equal(['limburg', null]);
    });

    it('is not made when the page cancels eco-region-select', async () => {
      const map = await fixture<EcoMap>(html`<eco-map></eco-map>`);
      map.addEventListener('eco-region-select', (event) => event.preventDefault());
      regionsOf(map)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await map.updateComplete;
      expect(chosenOf(map)).to.deep.equal([]);
      expect(map.region).to.equal(undefined);
    });

    it('works by keyboard alone: Tab in, arrows west to east, Enter and Space choose, Escape clears', async () => {
      // A button after the map too: tabbing out of the last control of a page leaves the page, and
      // Firefox then sends the keys of later tests to the browser's own controls.
      const before = await fixture(html`<div><button>before</button><eco-map></eco-map><button>after</button></div>`);
      const map = before.querySelector('eco-map')!;
      await map.updateComplete;
      before.querySelector('button')!.focus();
      // The "Show as table" toggle, then the map.
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      const focused = () => map.shadowRoot!.activeElement?.getAttribute('aria-label')?.split(':')[0];
      expect(focused()).to.equal('West Flanders');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      expect(focused()).to.equal('Brussels');
      await sendKeys({ press: 'Enter' });
      await map.updateComplete;
      expect(chosenOf(map)).to.deep.equal(['Brussels']);
      await sendKeys({ press: 'End' });
      expect(focused()).to.equal('Limburg');
      await sendKeys({ press: ' ' });
      await map.updateComplete;
      expect(chosenOf(map)).to.deep.equal(['Limburg']);
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowLeft' });
      expect(focused()).to.equal('Limburg');
      await sendKeys({ press: 'Escape' });
      await map.updateComplete;
      expect(chosenOf(map)).to.deep.equal([]);
      // One tab stop: the next Tab leaves the map.
      await map.updateComplete;
      expect(regionsOf(map).filter((region) => region.tabIndex === 0)).to.have.length(1);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.textContent).to.equal('after');
    });

    it('enters the map at the chosen region', async () => {
      const map = await fixture<EcoMap>(html`<eco-map region="antwerp"></eco-map>`);
      const entry = regionsOf(map).filter((region) => region.tabIndex === 0);
      expect(entry.map((region) => region.getAttribute('aria-label')!.split(':')[0])).to.deep.equal(['Antwerp']);
    });

    it('gives Brussels a target of at least 24 by 24 px on a map 280 px wide', async () => {
      const map = await fixture<EcoMap>(html`<eco-map style="width: 280px"></eco-map>`);
      const disc = map.shadowRoot!.querySelector('.region circle')!.getBoundingClientRect();
      expect(disc.width).to.be.at.least(24);
      expect(disc.height).to.be.at.least(24);
      const atCentre = map.shadowRoot!.elementFromPoint(disc.x + disc.width / 2, disc.y + disc.height / 2);
      expect(atCentre?.closest('[role="button"]')?.getAttribute('aria-label')).to.match(/^Brussels:/);
    });

    it('warns once about a region that does not exist', async () => {
      const recorder = recordWarnings();
      try {
        const map = await fixture<EcoMap>(html`<eco-map region="atlantis"></eco-map>`);
        await map.updateComplete;
        expect(recorder.warnings).to.have.length(1);
        expect(recorder.warnings[0]).to.include('<eco-map region="atlantis">: "atlantis" is unknown.');
        expect(chosenOf(map)).to.deep.equal([]);
      } finally {
        recorder.stop();
      }
    });
  });

  describe('linked to a list with for', () => {
    let lists = 0;
    async function linked(mapAttributes = '', listAttributes = '') {
      const page = await fixture(html`<div></div>`);
      const id = `members-${++lists}`;
      page.innerHTML = `<eco-map for="${id}" ${mapAttributes}></eco-map><eco-region-list id="${id}" page-size="2" ${listAttributes}></eco-region-list>`;
      const map = page.querySelector('eco-map')!;
      const list = page.querySelector('eco-region-list')!;
      await settle(map, list);
      return { map, list };
    }
    const listSays = (list: EcoRegionList) => plain(list.shadowRoot!.querySelector('[part="summary"]')!.textContent!);

    it('shows a region chosen on the map in the list', async () => {
      const { map, list } = await linked();
      regionsOf(map)[1]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await settle(map, list);
      expect(list.getAttribute('region')).to.equal('east-flanders');
      expect(listSays(list)).to.equal(`${countIn(bundled.organizations, 'east-flanders')} organizations in East Flanders`);
      await sendKeys({ press: 'Escape' });
      regionsOf(map)[1]!.focus();
      await sendKeys({ press: 'Escape' });
      await settle(map, list);
      expect(list.hasAttribute('region')).to.equal(false);
      expect(listSays(list)).to.equal(`${bundled.organizations.length} organizations`);
    });

    it('shows the list’s region as chosen, however it is set: attribute, property or the visitor’s filters', async () => {
      const { map, list } = await linked('', 'controls="filters"');
      list.setAttribute('region', 'limburg');
      await settle(list, map);
      expect(chosenOf(map)).to.deep.equal(['Limburg']);
      list.region = ['antwerp', 'brussels'];
      await settle(list, map);
      expect(chosenOf(map)).to.deep.equal(['Brussels', 'Antwerp']);
      // The visitor unticks Brussels in the list's region menu.
      const brussels = [...list.shadowRoot!.querySelectorAll<HTMLLabelElement>('#menu-region label')].find((label) => label.textContent!.includes('Brussels'))!;
      brussels.querySelector('input')!.click();
      await settle(list, map);
      expect(chosenOf(map)).to.deep.equal(['Antwerp']);
      expect(list.filters.region).to.deep.equal(['antwerp']);
    });

    it('takes the list’s region when linked, and gives the list its own when the list has none', async () => {
      const listFirst = await linked('', 'region="west-flanders"');
      expect(chosenOf(listFirst.map)).to.deep.equal(['West Flanders']);
      const mapFirst = await linked('region="limburg"');
      expect(mapFirst.list.getAttribute('region')).to.equal('limburg');
      expect(chosenOf(mapFirst.map)).to.deep.equal(['Limburg']);
    });

    it('finds a list that comes after it in a page still being parsed', async () => {
      const frame = document.createElement('iframe');
      const script = new URL('/dist/eco-widgets.js', location.href).href;
      frame.srcdoc = `<script src="${script}"></script><eco-map for="later" region="antwerp"></eco-map><p>text</p><eco-region-list id="later"></eco-region-list>`;
      document.body.append(frame);
      try {
        await waitUntil(() => frame.contentDocument?.querySelector('eco-region-list')?.getAttribute('region') === 'antwerp', 'the list did not follow the map', { timeout: 5000 });
      } finally {
        frame.remove();
      }
    });

    it('keeps a visitor’s other filters when the map changes the region', async () => {
      const { map, list } = await linked('', 'controls="filters"');
      const incubator = [...list.shadowRoot!.querySelectorAll<HTMLLabelElement>('#menu-type label')].find((label) => label.textContent!.includes('Incubator'))!;
      incubator.querySelector('input')!.click();
      await settle(list, map);
      regionsOf(map)[5]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await settle(map, list);
      expect(list.filters).to.deep.equal({ region: ['limburg'], type: ['incubator'], focus: [], query: '' });
    });
  });

  describe('as a table', () => {
    it('shows the same numbers and choices as a real table, and the toggle switches back and keeps focus', async () => {
      const map = await fixture<EcoMap>(html`<eco-map></eco-map>`);
      const labels = namesOf(map);
      const toggle = map.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
      expect(toggle.textContent!.trim()).to.equal(en.showTable);
      toggle.focus();
      toggle.click();
      await map.updateComplete;
      expect(map.layout).to.equal('table');
      const rows = [...map.shadowRoot!.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent!.trim()));
      expect(rows.slice(0, 6).map(([region, count]) => named(ON_MAP[rows.findIndex((row) => row[0] === region)]!, Number(count)))).to.deep.equal(labels);
      expect(rows.slice(6).map(([region]) => region)).to.deep.equal(WIDE.map((region) => en.regions[region as keyof typeof en.regions]));
      expect(map.shadowRoot!.querySelectorAll('[role="button"], svg')).to.have.length(0);
      expect(map.shadowRoot!.activeElement).to.equal(toggle);
      expect(toggle.textContent!.trim()).to.equal(en.showMap);

      map.shadowRoot!.querySelectorAll<HTMLButtonElement>('tbody button')[3]!.click();
      await map.updateComplete;
      expect(map.region).to.equal('antwerp');
      expect(map.shadowRoot!.querySelector('tbody button[aria-current="true"]')!.textContent).to.equal('Antwerp');
      toggle.click();
      await map.updateComplete;
      expect(chosenOf(map)).to.deep.equal(['Antwerp']);
    });
  });

  describe('while the data comes, when it cannot, and when it is empty', () => {
    it('holds its room while loading, then draws the map', async () => {
      const provider = await fixture(html`<eco-provider src=${`/test-network/slow?ms=400&body=${encodeURIComponent('{"organizations":[]}')}`}><eco-map></eco-map></eco-provider>`);
      const map = provider.querySelector('eco-map')!;
      await map.updateComplete;
      expect(map.shadowRoot!.querySelector('[aria-busy="true"]')!.textContent).to.equal(en.loading);
      await waitUntil(() => regionsOf(map).length === 6, 'the map did not appear');
    });

    it('says the data could not be loaded, with a way to try again, and no map', async () => {
      const recorder = recordWarnings();
      try {
        const provider = await fixture(html`<eco-provider src="/test-network/status?code=500"><eco-map></eco-map></eco-provider>`);
        const map = provider.querySelector('eco-map')!;
        await waitUntil(() => map.shadowRoot!.textContent!.includes(en.dataUnavailable), 'no error shown');
        expect(map.shadowRoot!.querySelector('button')!.textContent).to.equal(en.retry);
        expect(regionsOf(map)).to.have.length(0);
      } finally {
        recorder.stop();
      }
    });

    it('shows every region at 0, unshaded, for a dataset with no organizations', async () => {
      const provider = await fixture(html`<eco-provider .data=${{ organizations: [] }}><eco-map></eco-map></eco-provider>`);
      const map = provider.querySelector('eco-map')!;
      await settle(map);
      expect(namesOf(map)).to.deep.equal(ON_MAP.map((region) => named(region, 0)));
      expect(regionsOf(map).every((region) => region.classList.contains('shade-0'))).to.equal(true);
      expect(map.shadowRoot!.querySelector('[part="elsewhere"]')).to.equal(null);
    });
  });

  describe('what it is given', () => {
    it('tells a type or focus area that does not exist, politely in the element and once in the console', async () => {
      const recorder = recordWarnings();
      try {
        const errors: string[] = [];
        const page = await fixture(html`<div @eco-error=${(event: CustomEvent<{ message: string }>) => errors.push(event.detail.message)}></div>`);
        page.innerHTML = '<eco-map type="incubatr"></eco-map>';
        const map = page.querySelector('eco-map')!;
        await map.updateComplete;
        expect(errors).to.have.length(1);
        expect(errors[0]).to.include('"incubatr" is unknown.');
        expect(plain(renderedText(map).visible)).to.equal(`${en.unknown.type('incubatr')} ${en.didYouMean('Incubator')}`);
        expect(recorder.warnings).to.have.length(1);
        expect(recorder.warnings[0]).to.include('<eco-map type="incubatr">: "incubatr" is unknown. Did you mean "incubator"?');
      } finally {
        recorder.stop();
      }
    });

    it('heads itself at the level asked for, and warns about one that is not 2 to 6', async () => {
      const map = await fixture<EcoMap>(html`<eco-map heading-level="2"></eco-map>`);
      expect(map.shadowRoot!.querySelector('h2')!.textContent).to.equal(en.mapHeading);
      const recorder = recordWarnings();
      try {
        map.setAttribute('heading-level', '9');
        await map.updateComplete;
        expect(map.shadowRoot!.querySelector('h3')).to.not.equal(null);
        expect(recorder.warnings).to.deep.equal(['[eco-widgets] <eco-map heading-level="9">: not 2 to 6. Using 3.']);
      } finally {
        recorder.stop();
      }
    });

    it('shows the map for a layout it does not know, with one warning', async () => {
      const recorder = recordWarnings();
      try {
        const map = await fixture<EcoMap>(html`<eco-map layout="globe"></eco-map>`);
        expect(regionsOf(map)).to.have.length(6);
        expect(recorder.warnings).to.have.length(1);
        expect(recorder.warnings[0]).to.include('"globe" is unknown. Valid values: map, table.');
      } finally {
        recorder.stop();
      }
    });
  });

  describe('accessible and legible', () => {
    for (const theme of ['light', 'dark']) {
      for (const layout of ['map', 'table']) {
        it(`passes axe as a ${layout} in the ${theme} theme, with a region chosen`, async () => {
          const map = await fixture<EcoMap>(html`<eco-map theme=${theme} layout=${layout} region="antwerp"></eco-map>`);
          await expect(map).to.be.accessible();
        });
      }
    }

    it('has no SVG that is an image while it holds controls', async () => {
      const map = await fixture<EcoMap>(html`<eco-map></eco-map>`);
      const svg = map.shadowRoot!.querySelector('svg')!;
      expect(svg.getAttribute('role')).to.equal('group');
      expect(svg.getAttribute('aria-label')).to.equal(en.mapLabel);
    });

    for (const width of [280, 390, 480, 800]) {
      it(`prints labels that never overlap, in every language, at ${width} px`, async () => {
        for (const lang of LOCALES) {
          const map = await fixture<EcoMap>(html`<eco-map lang=${lang} style=${`width: ${width}px`}></eco-map>`);
          const boxes = [...map.shadowRoot!.querySelectorAll('.label')].map((label) => label.getBoundingClientRect()).filter(({ width }) => width > 0);
          expect(boxes.length, lang).to.be.at.least(6);
          for (const [i, a] of boxes.entries()) {
            for (const b of boxes.slice(i + 1)) {
              const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
              expect(overlap, `${lang} at ${width} px: labels at ${Math.round(a.left)},${Math.round(a.top)} and ${Math.round(b.left)},${Math.round(b.top)}`).to.equal(false);
            }
          }
        }
      });
    }
  });

  it('prints names on the regions where they fit, and names the chosen region below a narrower map', async () => {
    const shown = (map: EcoMap, selector: string) =>
      [...map.shadowRoot!.querySelectorAll(selector)].filter((node) => getComputedStyle(node).display !== 'none').map((node) => node.textContent!.trim());
    const wide = await fixture<EcoMap>(html`<eco-map style="width: 600px"></eco-map>`);
    expect(shown(wide, '.name')).to.deep.equal(ON_MAP.map((region) => en.regions[region as keyof typeof en.regions]));
    expect(shown(wide, '.readout')).to.deep.equal([]);
    const narrow = await fixture<EcoMap>(html`<eco-map style="width: 300px"></eco-map>`);
    expect(shown(narrow, '.name')).to.deep.equal([]);
    expect(shown(narrow, '.readout')).to.deep.equal([en.mapNames]);
    narrow.region = 'limburg';
    await narrow.updateComplete;
    expect(shown(narrow, '.readout')).to.deep.equal([named('limburg', countIn(bundled.organizations, 'limburg'))]);
  });

  it('outlines the region with the keyboard focus, over its neighbours, and not after a click', async () => {
    const before = await fixture(html`<div><button>before</button><eco-map></eco-map></div>`);
    const map = before.querySelector('eco-map')!;
    await map.updateComplete;
    const ring = () => map.shadowRoot!.querySelector('.outline.focused');
    before.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await map.updateComplete;
    expect(ring()?.getAttribute('d')).to.equal(regionsOf(map)[0]!.querySelector('path')!.getAttribute('d'));
    // Drawn after every region, so no neighbour covers part of it.
    expect(ring()!.compareDocumentPosition(regionsOf(map)[5]!) & Node.DOCUMENT_POSITION_PRECEDING).to.not.equal(0);
    const antwerp = map.shadowRoot!.querySelectorAll('.label b')[3]!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(antwerp.x + antwerp.width / 2), Math.round(antwerp.y + antwerp.height / 2)] });
    await map.updateComplete;
    expect(ring()).to.equal(null);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('is clicked where a region is drawn, through the numbers printed on it', async () => {
    const map = await fixture<EcoMap>(html`<eco-map style="width: 400px"></eco-map>`);
    const label = map.shadowRoot!.querySelectorAll('.label b')[3]!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(label.x + label.width / 2), Math.round(label.y + label.height / 2)] });
    await map.updateComplete;
    expect(chosenOf(map)).to.deep.equal(['Antwerp']);
    await sendMouse({ type: 'move', position: [0, 0] });
  });
});
