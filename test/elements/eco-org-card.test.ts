import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/eco-org-card/define.js';
import '../../src/elements/eco-provider/define.js';
import type { EcoOrgCard } from '../../src/elements/eco-org-card/eco-org-card.js';
import type { Figure, Organization } from '../../src/data/dataset-schema.js';
import { isObservingLang } from '../../src/shared/i18n/lang-controller.js';
import { recordWarnings } from '../helpers/console.js';
import { smallDatasetCopy } from '../fixtures/datasets.js';

const shadow = (card: Element) => card.shadowRoot!;
/** The text as read, without the invisible marks that isolate data text for the bidi algorithm. */
const readable = (text: string | null | undefined) => text?.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim() ?? '';
const relationRows = (card: Element) =>
  [...shadow(card).querySelectorAll('[part="relations"] > div')].map(
    (row) => `${row.querySelector('dt')!.textContent}: ${readable(row.querySelector('dd')!.textContent)}`,
  );
const text = (card: Element, selector = '.card') => readable(shadow(card).querySelector(selector)?.textContent);

function figure(value: number, qualifier: Figure['qualifier'], unit: Figure['unit'], label: string, year: number | null = null): Figure {
  return { id: `figure-${value}`, label: { en: label, nl: `${label} (nl)` }, value, qualifier, unit, year, source: 'fixture-source' };
}

/** A record made for one test, valid unless the test breaks it. */
function record(overrides: Partial<Organization> = {}): Organization {
  return {
    id: 'test-hospital',
    name: 'Test Hospital',
    aliases: [],
    formerNames: [],
    type: 'academic-hospital',
    region: 'east-flanders',
    city: 'Ghent',
    description: { en: 'A hospital made up for tests.', nl: 'Een verzonnen ziekenhuis voor tests.' },
    focus: ['oncology'],
    figures: [],
    parent: null,
    related: [],
    sources: ['fixture-source'],
    ...overrides,
  };
}

async function cardFor(org: Organization, attributes = '') {
  const container = await fixture(html`<div></div>`);
  container.innerHTML = `<eco-org-card ${attributes}></eco-org-card>`;
  const card = container.querySelector('eco-org-card')!;
  card.organization = org;
  await card.updateComplete;
  return card;
}

async function withWarnings<T>(action: () => Promise<T>): Promise<[T, string[]]> {
  const recorder = recordWarnings();
  try {
    return [await action(), recorder.warnings];
  } finally {
    recorder.stop();
  }
}

describe('<eco-org-card>', () => {
  describe('finding the organization', () => {
    for (const asked of ['antwerp-university-hospital', 'UZA', 'uza', 'Antwerp University Hospital', 'ANTWERP university-hospital']) {
      it(`shows Antwerp University Hospital for org="${asked}"`, async () => {
        const card = await fixture<EcoOrgCard>(html`<eco-org-card org=${asked}></eco-org-card>`);
        expect(text(card, '.name')).to.equal('Antwerp University Hospital');
      });
    }

    it('understands an organization’s name in another language, and shows it on pages in that language', async () => {
      const card = await fixture<EcoOrgCard>(html`<eco-org-card org="Universiteit Antwerpen"></eco-org-card>`);
      expect(text(card, '.name')).to.equal('University of Antwerp');
      card.lang = 'nl';
      await card.updateComplete;
      expect(text(card, '.name')).to.equal('Universiteit Antwerpen');
    });

    it('re-renders when org changes', async () => {
      const card = await fixture<EcoOrgCard>(html`<eco-org-card org="imec"></eco-org-card>`);
      card.org = 'VIB';
      await card.updateComplete;
      expect(text(card, '.name')).to.equal('VIB');
    });

    it('shows a record set through the organization property', async () => {
      const card = await cardFor(record());
      expect(text(card, '.name')).to.equal('Test Hospital');
    });
  });

  describe('what it shows', () => {
    it('shows name, type, place, description and focus areas in the chosen language', async () => {
      const card = await cardFor(record(), 'lang="nl"');
      expect(text(card, '[part="type"]')).to.equal('Universitair ziekenhuis');
      expect(text(card, '[part="place"]')).to.equal('Gent, Oost-Vlaanderen');
      expect(text(card, '[part="description"]')).to.equal('Een verzonnen ziekenhuis voor tests.');
      expect(text(card, '[part="tags"]')).to.equal('Oncologie');
    });

    it('falls back to English content, marked with lang="en", where the data has no translation', async () => {
      const card = await cardFor(record(), 'lang="fr"');
      const description = shadow(card).querySelector('[part="description"]')!;
      expect(description.textContent).to.equal('A hospital made up for tests.');
      expect(description.getAttribute('lang')).to.equal('en');
      expect(text(card, '[part="type"]')).to.equal('Hôpital universitaire');
    });

    it('follows the lang of the page around it', async () => {
      const page = await fixture(html`<div lang="de"><eco-org-card org="vib"></eco-org-card></div>`);
      const card = page.querySelector('eco-org-card')!;
      await card.updateComplete;
      expect(text(card, '[part="type"]')).to.equal('Forschungsinstitut');
    });

    const qualified = [
      figure(1000, 'at-least', 'count', 'beds'),
      figure(30, 'about', 'count', 'hospital campuses'),
      figure(150000, 'up-to', 'EUR', 'per company'),
      figure(2022, 'exact', 'year', 'reference year'),
      figure(1, 'exact', 'rank', 'in Europe'),
    ];
    const expected = {
      en: ['more than 1,000', 'about 30', 'up to €150,000', '2022', 'No. 1'],
      nl: ['meer dan 1.000', 'ongeveer 30', 'tot € 150.000', '2022', 'nr. 1'],
      fr: ['plus de 1 000', 'environ 30', 'jusqu’à 150 000 €', '2022', 'nº 1'],
      de: ['mehr als 1.000', 'etwa 30', 'bis zu 150.000 €', '2022', 'Nr. 1'],
    };
    for (const [lang, values] of Object.entries(expected)) {
      it(`formats qualified figures in ${lang}`, async () => {
        const card = await cardFor(record({ figures: qualified }), `lang="${lang}"`);
        const shown = [...shadow(card).querySelectorAll('.figure-value')].map((value) => value.textContent!.replace(/\s/g, ' '));
        expect(shown).to.deep.equal(values);
      });
    }

    it('names what a figure counts, with its year', async () => {
      const card = await cardFor(record({ figures: [figure(55, 'exact', 'count', 'healthtech ventures', 2022)] }));
      expect(text(card, '[part="figures"] li')).to.equal('55 healthtech ventures (2022)');
    });

    it('shows the parent, former names, relations and what belongs to it', async () => {
      const card = await fixture<EcoOrgCard>(html`<eco-org-card org="happy-aging"></eco-org-card>`);
      expect(relationRows(card)).to.include('Formerly: LifeTechValley');
      const irc = await fixture<EcoOrgCard>(html`<eco-org-card org="inflammation-research-center"></eco-org-card>`);
      expect(relationRows(irc)).to.include('Part of: Ghent University');
      const ghent = await fixture<EcoOrgCard>(html`<eco-org-card org="ghent-university"></eco-org-card>`);
      expect(relationRows(ghent).find((row) => row.startsWith('Includes: '))).to.contain('Inflammation Research Center');
    });

    it('names its sources in small print', async () => {
      const card = await fixture<EcoOrgCard>(html`<eco-org-card org="vaccinopolis"></eco-org-card>`);
      expect(text(card, '[part="source"]')).to.match(/^Sources?: /).and.to.contain('Antwerp’s Living Laboratory for Health Innovation');
    });

    it('shows a monogram drawn from the name, hidden from screen readers', async () => {
      const card = await cardFor(record({ name: 'University of Test City' }));
      const avatar = shadow(card).querySelector('[part="avatar"]')!;
      expect(avatar.textContent).to.equal('UT');
      expect(avatar.getAttribute('aria-hidden')).to.equal('true');
    });

    it('puts the name in a heading of the level asked for, 3 by default', async () => {
      const card = await cardFor(record());
      expect(shadow(card).querySelector('h3[part="name"]')).to.exist;
      card.headingLevel = 5;
      await card.updateComplete;
      expect(shadow(card).querySelector('h5[part="name"]')).to.exist;
    });

    it('warns about a heading level outside 2 to 6 and uses 3', async () => {
      const [card, warnings] = await withWarnings(() => cardFor(record(), 'heading-level="9"'));
      expect(shadow(card).querySelector('h3[part="name"]')).to.exist;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('heading-level="9"');
    });

    it('shows only name, type and place in the compact layout', async () => {
      const card = await cardFor(record(), 'layout="compact"');
      expect(text(card)).to.equal('TH Test Hospital Academic hospital · Ghent, East Flanders');
      expect(shadow(card).querySelector('[part="description"]')).to.equal(null);
    });

    it('warns about an unknown layout and shows the full one', async () => {
      const [card, warnings] = await withWarnings(() => cardFor(record(), 'layout="poster"'));
      expect(shadow(card).querySelector('[part="description"]')).to.exist;
      expect(warnings[0]).to.contain('layout="poster"');
    });
  });

  describe('events and links', () => {
    it('says eco-select with the id when the name is activated', async () => {
      const card = await cardFor(record());
      setTimeout(() => shadow(card).querySelector<HTMLButtonElement>('[part="name"] button')!.click());
      const event = await oneEvent(card, 'eco-select');
      expect(event.detail).to.deep.equal({ id: 'test-hospital' });
    });

    it('says eco-select with the id of a related organization', async () => {
      const card = await fixture<EcoOrgCard>(html`<eco-org-card org="inflammation-research-center"></eco-org-card>`);
      setTimeout(() => shadow(card).querySelector<HTMLButtonElement>('[part="relations"] button')!.click());
      const event = await oneEvent(card, 'eco-select');
      expect(event.detail).to.deep.equal({ id: 'ghent-university' });
    });

    it('links the name and relations to href with {id} filled in', async () => {
      const card = await fixture<EcoOrgCard>(html`<eco-org-card org="inflammation-research-center" href="/partners/{id}"></eco-org-card>`);
      expect(shadow(card).querySelector('[part="name"] a')!.getAttribute('href')).to.equal(new URL('/partners/inflammation-research-center', location.href).href);
      expect(shadow(card).querySelector('[part="relations"] a')!.getAttribute('href')).to.match(/\/partners\/ghent-university$/);
    });

    for (const unsafe of ['javascript:alert(1)//{id}', 'data:text/html,<script>alert(1)</script>', ' JaVaScRiPt:alert(1)']) {
      it(`never links to ${unsafe.trim().split(':')[0]}: URLs, and says so`, async () => {
        const [card, warnings] = await withWarnings(() => cardFor(record(), `href="${unsafe}"`));
        expect(shadow(card).querySelectorAll('a')).to.have.length(0);
        expect(shadow(card).querySelector('[part="name"] button')).to.exist;
        expect(warnings.join()).to.contain('http:, https: or mailto:');
      });
    }
  });

  describe('every state', () => {
    /** Inserts `markup` as a CMS would, and returns the card, its eco-error and the warnings. */
    async function cardWithProblem(markup: string) {
      const container = await fixture(html`<div></div>`);
      const errored = oneEvent(container, 'eco-error');
      const [card, warnings] = await withWarnings(async () => {
        container.innerHTML = markup;
        const card = container.querySelector('eco-org-card')!;
        await card.updateComplete;
        return card;
      });
      return { card, error: (await errored).detail, warnings };
    }

    it('says which attribute to set when org is missing, warns once and fires eco-error', async () => {
      const { card, error, warnings } = await cardWithProblem('<eco-org-card></eco-org-card>');
      expect(text(card)).to.contain('org="imec"');
      expect(error.code).to.equal('missing-attribute');
      expect(warnings).to.have.length(1);
    });

    it('names what was asked for when nothing matches, and suggests close names', async () => {
      const { card, error, warnings } = await cardWithProblem('<eco-org-card org="Gent Universty"></eco-org-card>');
      expect(text(card)).to.contain('“Gent Universty”').and.to.contain('Did you mean').and.to.contain('Ghent University');
      expect(error.code).to.equal('not-found');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('"ghent-university"');
    });

    it('reports a problem once, however often the card re-renders', async () => {
      const [card, warnings] = await withWarnings(async () => {
        const card = await fixture<EcoOrgCard>(html`<eco-org-card org="nothing-like-this"></eco-org-card>`);
        card.theme = 'dark';
        await card.updateComplete;
        return card;
      });
      expect(text(card)).to.contain('nothing-like-this');
      expect(warnings).to.have.length(1);
    });

    it('shows a polite message for an invalid record, never a blank box', async () => {
      const broken = { ...record(), type: 'castle', sources: [] } as unknown as Organization;
      const [card, warnings] = await withWarnings(() => cardFor(broken));
      expect(text(card)).to.contain('incomplete');
      expect(warnings[0]).to.contain('type').and.to.contain('sources');
    });

    it('shows a busy skeleton while its provider loads, then the card', async () => {
      const body = encodeURIComponent(JSON.stringify(smallDatasetCopy()));
      const provider = await fixture(html`<eco-provider src=${`/test-network/slow?ms=300&body=${body}`}><eco-org-card org="UGent"></eco-org-card></eco-provider>`);
      const card = provider.querySelector('eco-org-card')!;
      await card.updateComplete;
      expect(shadow(card).querySelector('[aria-busy="true"]')).to.exist;
      await oneEvent(provider, 'eco-data-change');
      await card.updateComplete;
      expect(text(card, '.name')).to.equal('Ghent University');
    });

    it('shows the provider’s error when the data cannot be loaded', async () => {
      const [card] = await withWarnings(async () => {
        const provider = await fixture(html`<eco-provider src="/test-network/status?code=500"><eco-org-card org="imec"></eco-org-card></eco-provider>`);
        await oneEvent(provider, 'eco-error');
        const card = provider.querySelector('eco-org-card')!;
        await card.updateComplete;
        return card;
      });
      expect(shadow(card).textContent).to.contain('could not be loaded').and.to.contain('HTTP 500');
    });

    it('leaves nothing behind when removed, and works again when re-added', async () => {
      const container = await fixture(html`<div><eco-org-card org="imec"></eco-org-card></div>`);
      const card = container.querySelector('eco-org-card')!;
      await card.updateComplete;
      card.remove();
      expect(isObservingLang()).to.equal(false);
      container.append(card);
      await card.updateComplete;
      expect(card.querySelectorAll('script')).to.have.length(1);
      expect(text(card, '.name')).to.equal('imec');
    });
  });

  describe('JSON-LD for search engines', () => {
    it('writes one schema.org Organization into its light DOM', async () => {
      const card = await fixture<EcoOrgCard>(html`<eco-org-card org="inflammation-research-center"></eco-org-card>`);
      const scripts = card.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts).to.have.length(1);
      const data = JSON.parse(scripts[0]!.textContent!);
      expect(data).to.deep.include({ '@context': 'https://schema.org', '@type': 'Organization', name: 'Inflammation Research Center' });
      expect(data.alternateName).to.include('IRC');
      expect(data.address).to.deep.include({ addressLocality: 'Ghent', addressRegion: 'East Flanders' });
      expect(data.parentOrganization).to.deep.equal({ '@type': 'Organization', name: 'Ghent University' });
      expect(data.description).to.be.a('string').and.not.be.empty;
    });

    it('leaves the page’s DOM alone when a re-render does not change the description', async () => {
      const card = await fixture<EcoOrgCard>(html`<eco-org-card org="imec"></eco-org-card>`);
      const script = card.querySelector('script');
      card.theme = 'dark';
      card.layout = 'compact';
      await card.updateComplete;
      expect(card.querySelector('script')).to.equal(script);
    });

    it('keeps one description as org changes, and writes none with no-jsonld', async () => {
      const card = await fixture<EcoOrgCard>(html`<eco-org-card org="imec"></eco-org-card>`);
      card.org = 'vib';
      await card.updateComplete;
      expect(card.querySelectorAll('script')).to.have.length(1);
      expect(JSON.parse(card.querySelector('script')!.textContent!).name).to.equal('VIB');
      card.noJsonld = true;
      await card.updateComplete;
      expect(card.querySelectorAll('script')).to.have.length(0);
    });
  });

  describe('hostile data', () => {
    /** Whether `word`, somewhere in `root`, is laid out left to right: its first letter left of its last. */
    function readsLeftToRight(root: Node, word: string): boolean {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const at = node.data.indexOf(word);
        if (at < 0) continue;
        const box = (offset: number) => {
          const range = document.createRange();
          range.setStart(node, offset);
          range.setEnd(node, offset + 1);
          return range.getBoundingClientRect().left;
        };
        return box(at) < box(at + word.length - 1);
      }
      throw new Error(`"${word}" is not shown`);
    }

    it('keeps a right-to-left override in a name, a city or a label from reversing the text around it', async () => {
      const override = '\u202E';
      const card = await cardFor(
        record({
          name: `Override${override} Hospital`,
          city: `Ghent${override}`,
          formerNames: [`Old Name${override}`, 'Second Name'],
          figures: [{ ...figure(1000, 'exact', 'count', `beds${override}`), year: 2023 }],
        }),
      );
      const root = shadow(card);
      expect(readsLeftToRight(root, 'East Flanders'), 'the region after the city').to.equal(true);
      expect(readsLeftToRight(root, 'Second Name'), 'the next former name').to.equal(true);
      expect(readsLeftToRight(root, '2023'), 'the year after the label').to.equal(true);
    });

    it('never takes a city name for something the language tables inherit', async () => {
      const card = await cardFor(record({ city: 'constructor' }));
      expect(text(card, '[part="place"]')).to.equal('constructor, East Flanders');
    });

    const payload = '</script><img src=x onerror="window.ecoXss=1"><script>window.ecoXss=1</script>';

    it('shows markup in the data as text, and runs none of it', async () => {
      const card = await cardFor(record({ name: payload, description: { en: payload } }));
      await aTimeout(50);
      expect((window as { ecoXss?: number }).ecoXss).to.equal(undefined);
      expect(shadow(card).querySelector('img')).to.equal(null);
      expect(text(card, '[part="description"]')).to.equal(payload);
    });

    it('cannot close its JSON-LD script from inside the data', async () => {
      const card = await cardFor(record({ name: payload }));
      expect(card.querySelectorAll('script')).to.have.length(1);
      expect(card.querySelector('script')!.textContent).to.not.contain('</script>');
      expect(JSON.parse(card.querySelector('script')!.textContent!).name).to.equal(payload);
    });
  });

  describe('accessibility', () => {
    for (const [state, markup] of [
      ['full, light', html`<eco-org-card org="antwerp-university-hospital" theme="light"></eco-org-card>`],
      ['full, dark', html`<eco-org-card org="ghent-university-hospital" theme="dark"></eco-org-card>`],
      ['compact', html`<eco-org-card org="vib" layout="compact"></eco-org-card>`],
      ['with links', html`<eco-org-card org="inflammation-research-center" href="/p/{id}"></eco-org-card>`],
      ['not found, dark', html`<eco-org-card org="zzz" theme="dark"></eco-org-card>`],
      ['missing org', html`<eco-org-card></eco-org-card>`],
    ] as const) {
      it(`is accessible: ${state}`, async () => {
        const [card] = await withWarnings(() => fixture<EcoOrgCard>(markup));
        await expect(card).to.be.accessible();
      });
    }

    it('is accessible while loading', async () => {
      const provider = await fixture(html`<eco-provider src="/test-network/slow?ms=2000"><eco-org-card org="imec"></eco-org-card></eco-provider>`);
      const card = provider.querySelector('eco-org-card')!;
      await card.updateComplete;
      expect(shadow(card).querySelector('[aria-busy="true"]')).to.exist;
      await expect(card).to.be.accessible();
    });

    it('lets the keyboard reach every relation with Tab, in reading order, and choose one with Enter', async () => {
      const container = await fixture(html`<div><button>before</button><eco-org-card org="antwerp-health-harbour"></eco-org-card></div>`);
      const card = container.querySelector('eco-org-card')!;
      await card.updateComplete;
      const controls = [...shadow(card).querySelectorAll<HTMLElement>('button, a[href]')];
      expect(controls.length).to.be.greaterThan(3);
      container.querySelector('button')!.focus();
      const reached: (Element | null)[] = [];
      for (let i = 0; i < controls.length; i++) {
        await sendKeys({ press: 'Tab' });
        reached.push(shadow(card).activeElement);
      }
      expect(reached).to.deep.equal(controls);
      const chosen = oneEvent(card, 'eco-select');
      await sendKeys({ press: 'Enter' });
      expect((await chosen).detail.id).not.to.equal('antwerp-health-harbour');
    });
  });
});
