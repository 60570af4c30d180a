import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import bundled from '../../data/ecosystem.json';
import '../../src/elements/eco-provider/define.js';
import '../../src/elements/eco-stats/define.js';
import type { Dataset, Statistic } from '../../src/data/dataset-schema.js';
import type { EcoStats } from '../../src/elements/eco-stats/eco-stats.js';
import { recordWarnings } from '../helpers/console.js';
import { smallDatasetCopy } from '../fixtures/datasets.js';

const data = bundled as Dataset;
const shadow = (stats: Element) => stats.shadowRoot!;
const values = (stats: Element) => [...shadow(stats).querySelectorAll('[part="value"]')].map((value) => value.textContent!.replace(/\s/g, ' ').trim());
const labels = (stats: Element) => [...shadow(stats).querySelectorAll('[part="label"]')].map((label) => label.textContent!.trim());

function statistic(id: string, value: number, qualifier: Statistic['qualifier'], unit: Statistic['unit'], label: string, year: number | null = null): Statistic {
  return { id, label: { en: label, nl: `${label} (nl)` }, value, qualifier, unit, year, source: 'fixture-source', region: 'antwerp' };
}

/** The fixture dataset with Antwerp statistics of every qualifier and unit. */
function datasetWithStatistics(): Dataset {
  const dataset = smallDatasetCopy();
  dataset.statistics = [
    statistic('students', 55000, 'at-least', 'count', 'students'),
    statistic('campuses', 30, 'about', 'count', 'hospital campuses'),
    statistic('subsidy', 150000, 'up-to', 'EUR', 'per company', 2022),
    statistic('rank', 1, 'exact', 'rank', 'in Europe'),
  ];
  return dataset;
}

async function statsWith(attributes: string, dataset: Dataset = datasetWithStatistics()) {
  const container = await fixture(html`<div></div>`);
  const provider = document.createElement('eco-provider');
  provider.data = dataset;
  provider.innerHTML = `<eco-stats ${attributes}></eco-stats>`;
  container.append(provider);
  const stats = provider.querySelector('eco-stats')!;
  await waitUntil(() => shadow(stats).querySelector('[part="stats"], [part="status"]:not([aria-busy])'), 'eco-stats did not render');
  return stats;
}

describe('<eco-stats>', () => {
  describe('figures', () => {
    const expected = {
      en: ['55,000+', 'about 30', 'up to €150,000', 'No. 1'],
      nl: ['55.000+', 'ongeveer 30', 'tot € 150.000', 'nr. 1'],
      fr: ['55 000+', 'environ 30', 'jusqu’à 150 000 €', 'nº 1'],
      de: ['55.000+', 'etwa 30', 'bis zu 150.000 €', 'Nr. 1'],
    };
    for (const [lang, shown] of Object.entries(expected)) {
      it(`formats every qualifier and unit in ${lang}`, async () => {
        const stats = await statsWith(`region="antwerp" lang="${lang}"`);
        expect(values(stats)).to.deep.equal(shown);
      });
    }

    it('writes millions in words in tiles, and in full in the inline layout', async () => {
      const dataset = datasetWithStatistics();
      dataset.statistics = [statistic('investment', 2_500_000, 'up-to', 'EUR', 'invested'), statistic('people', 1_200_000, 'at-least', 'count', 'people')];
      const tiles = await statsWith('region="antwerp"', dataset);
      expect(values(tiles)).to.deep.equal(['up to €2.5M', '1.2 million+']);
      const nl = await statsWith('region="antwerp" lang="nl"', dataset);
      expect(values(nl)).to.deep.equal(['tot € 2,5 mln.', '1,2 miljoen+']);
      const inline = await statsWith('region="antwerp" layout="inline"', dataset);
      expect(values(inline)).to.deep.equal(['up to €2,500,000', 'more than 1,200,000']);
    });

    it('writes "more than" in full in the inline layout', async () => {
      const stats = await statsWith('region="antwerp" layout="inline"');
      expect(values(stats)[0]).to.equal('more than 55,000');
      expect(shadow(stats).querySelector('.inline')!.textContent!.replace(/\s+/g, ' ')).to.contain('more than 55,000 students');
    });

    it('names what each figure counts, with its year, in the chosen language', async () => {
      const stats = await statsWith('region="antwerp" lang="nl"');
      expect(labels(stats)).to.deep.equal(['students (nl)', 'hospital campuses (nl)', 'per company (nl)', 'in Europe (nl)']);
      expect(shadow(stats).querySelectorAll('[part="tile"]')[2]!.textContent).to.contain('(2022)');
    });

    it('shows the figures asked for, in the order asked', async () => {
      const stats = await statsWith('region="antwerp" metrics="rank, students"');
      expect(labels(stats)).to.deep.equal(['in Europe', 'students']);
    });

    it('shows an organization’s own figures', async () => {
      const stats = await fixture<EcoStats>(html`<eco-stats org="Ghent University Hospital"></eco-stats>`);
      const hospital = data.organizations.find((org) => org.id === 'ghent-university-hospital')!;
      expect(labels(stats)).to.deep.equal(hospital.figures.map((figure) => figure.label.en));
    });

    it('shows Flanders-wide figures when no region is given', async () => {
      const stats = await fixture<EcoStats>(html`<eco-stats></eco-stats>`);
      const wide = data.statistics.filter((figure) => figure.region === 'flanders' || figure.region === 'belgium');
      expect(labels(stats)).to.deep.equal(wide.map((figure) => figure.label.en));
    });

    it('numbers each source, shows it on focus and prints it as a footnote', async () => {
      const stats = await statsWith('region="antwerp"');
      const reference = shadow(stats).querySelector<HTMLButtonElement>('.ref')!;
      const footnote = shadow(stats).querySelector(`#${reference.getAttribute('aria-describedby')}`)!;
      expect(footnote.textContent).to.contain('A made-up source for tests');
      reference.focus();
      const tooltip = reference.nextElementSibling!;
      await waitUntil(() => getComputedStyle(tooltip).visibility === 'visible', 'the source did not show on focus');
      expect(tooltip.textContent).to.equal('A made-up source for tests');
      expect(shadow(stats).querySelectorAll('[part="sources"] li')).to.have.length(1);
    });
  });

  describe('counts from the dataset', () => {
    it('counts organizations by type in the region, equal to a direct count', async () => {
      const stats = await fixture<EcoStats>(html`<eco-stats region="antwerp" counts metrics="antwerp-students"></eco-stats>`);
      const inAntwerp = data.organizations.filter((org) => org.region === 'antwerp');
      const tiles = [...shadow(stats).querySelectorAll('[part="tile"]')].slice(1);
      const shown = tiles.map((tile) => Number(tile.querySelector('[part="value"]')!.textContent!.replace(/\D/g, '')));
      expect(shown.reduce((sum, count) => sum + count, 0)).to.equal(inAntwerp.length);
      const incubators = inAntwerp.filter((org) => org.type === 'incubator').length;
      expect(tiles.map((tile) => tile.textContent!.replace(/\s+/g, ' ').trim())).to.include(`${incubators} incubators`);
    });

    it('uses the singular for one', async () => {
      const stats = await statsWith('region="limburg" counts');
      const tiles = [...shadow(stats).querySelectorAll('[part="tile"]')].map((tile) => tile.textContent!.replace(/\s+/g, ' ').trim());
      expect(tiles).to.include.members(['2 platforms and networks']);
      const nl = await statsWith('region="east-flanders" counts lang="nl"');
      expect([...shadow(nl).querySelectorAll('[part="tile"]')].map((tile) => tile.textContent!.replace(/\s+/g, ' ').trim())).to.include('1 universiteit');
    });
  });

  describe('the chart', () => {
    it('draws a bar for each type, as long as its count allows', async () => {
      const stats = await fixture<EcoStats>(html`<eco-stats layout="chart"></eco-stats>`);
      const bars = [...shadow(stats).querySelectorAll<SVGRectElement>('rect.bar')];
      const types = new Set(data.organizations.map((org) => org.type));
      expect(bars).to.have.length(types.size);
      expect(bars[0]!.getAttribute('width')).to.equal('100%');
      const widths = bars.map((bar) => parseFloat(bar.getAttribute('width')!));
      expect([...widths].sort((a, b) => b - a)).to.deep.equal(widths);
    });

    it('describes itself to screen readers, with a table of the same numbers', async () => {
      const stats = await statsWith('layout="chart" region="limburg"');
      const chart = shadow(stats).querySelector('svg')!;
      expect(chart.getAttribute('role')).to.equal('img');
      expect(chart.getAttribute('aria-label')).to.equal('Organizations by type in Limburg: 2 platforms and networks.');
      const rows = [...shadow(stats).querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent!.trim()));
      expect(rows).to.deep.equal([['Platform or network', '2']]);
    });

    it('keeps every label on its own line at 280 pixels wide', async () => {
      const container = await fixture(html`<div style="width: 280px"><eco-stats layout="chart"></eco-stats></div>`);
      const stats = container.querySelector('eco-stats')!;
      await stats.updateComplete;
      const boxes = [...shadow(stats).querySelectorAll('text.bar-label')].map((label) => label.getBoundingClientRect());
      for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top, `label ${i}`).to.be.at.least(boxes[i - 1]!.bottom);
      const host = stats.getBoundingClientRect();
      for (const box of boxes) expect(box.right).to.be.at.most(host.right + 1);
    });
  });

  describe('every state', () => {
    for (const [attribute, markup, code] of [
      ['region', '<eco-stats region="atlantis"></eco-stats>', 'invalid-attribute'],
      ['metrics', '<eco-stats metrics="antwerp-students, moon-landings"></eco-stats>', 'invalid-attribute'],
      ['org', '<eco-stats org="Gent Universty Hospitl"></eco-stats>', 'not-found'],
    ] as const) {
      it(`lists the valid choices for an unknown ${attribute}, warns once and fires eco-error`, async () => {
        const recorder = recordWarnings();
        const container = await fixture(html`<div></div>`);
        const errored = oneEvent(container, 'eco-error');
        container.innerHTML = markup;
        const event = await errored;
        const stats = container.querySelector('eco-stats')!;
        stats.theme = 'dark';
        await stats.updateComplete;
        recorder.stop();
        expect(event.detail.code).to.equal(code);
        expect(shadow(stats).querySelector('[part="status"]')!.textContent).to.contain(`Choose from:`);
        expect(recorder.warnings).to.have.length(1);
      });
    }

    it('says so when a place has no figures yet', async () => {
      const stats = await statsWith('region="west-flanders"');
      expect(shadow(stats).querySelector('[part="status"]')!.textContent).to.contain('no key figures for West Flanders');
    });

    it('warns about an unknown layout and shows tiles', async () => {
      const recorder = recordWarnings();
      const stats = await statsWith('region="antwerp" layout="pie"');
      recorder.stop();
      expect(shadow(stats).querySelectorAll('[part="tile"]')).to.have.length(4);
      expect(recorder.warnings[0]).to.contain('layout="pie"');
    });
  });

  describe('counting up', () => {
    const realMatchMedia = window.matchMedia;
    afterEach(() => (window.matchMedia = realMatchMedia));

    const allText = (stats: Element) => shadow(stats).textContent!.replace(/\s+/g, ' ').trim();
    const moving = (stats: Element) => shadow(stats).querySelector('[data-count-up]')?.textContent;
    const final = (stats: Element) => shadow(stats).querySelector('[part="value"] .visually-hidden')?.textContent;
    const counting = (stats: Element) => moving(stats) !== undefined && moving(stats) !== final(stats);

    /** Every text the students' number shows, from now until `stop()`. */
    function watchCount(stats: Element) {
      const seen: string[] = [];
      const observer = new MutationObserver(() => seen.push(moving(stats)!));
      observer.observe(shadow(stats), { characterData: true, childList: true, subtree: true });
      return { seen, stop: () => observer.disconnect() };
    }

    /** What a new element with these attributes shows when it is not counting (it is never seen). */
    async function freshText(markup: string) {
      const hidden = await fixture(html`<div hidden></div>`);
      hidden.innerHTML = markup;
      const fresh = hidden.firstElementChild as EcoStats;
      await fresh.updateComplete;
      return allText(fresh);
    }

    it('counts up from zero when seen, and ends on the final numbers', async () => {
      const container = await fixture(html`<div></div>`);
      container.innerHTML = '<eco-stats region="antwerp" count-up></eco-stats>';
      const stats = container.querySelector('eco-stats')!;
      const watch = watchCount(stats);
      await waitUntil(() => watch.seen.includes('0+') && !counting(stats), 'the count-up did not end on the final number', { timeout: 8000 });
      watch.stop();
      expect(watch.seen.at(-1)).to.equal(final(stats));
    });

    it('keeps the final numbers for screen readers while the visible copy counts', async () => {
      const stats = await statsWith('region="antwerp" count-up style="--eco-count-up-duration: 60s"');
      await waitUntil(() => counting(stats), 'the count did not start');
      const finals = [...shadow(stats).querySelectorAll('[part="value"] .visually-hidden')].map((final) => final.textContent);
      expect(finals).to.deep.equal(['55,000+', 'about 30', 'up to €150,000']);
    });

    it('does not move under prefers-reduced-motion', async () => {
      // Not every engine's driver can emulate the media feature, so the page's answer is set here.
      window.matchMedia = (query: string) => ({ ...realMatchMedia.call(window, query), matches: query.includes('prefers-reduced-motion: reduce') });
      const stats = await statsWith('region="antwerp" count-up');
      const watch = watchCount(stats);
      // Long enough for the count-up above to have drawn its first frames many times over.
      await new Promise((done) => setTimeout(done, 300));
      watch.stop();
      expect(watch.seen).to.deep.equal([]);
      expect(moving(stats)).to.equal('55,000+');
    });

    for (const when of ['while counting', 'after counting'] as const) {
      const duration = when === 'while counting' ? '60s' : '1ms';
      const started = (stats: Element) => moving(stats) !== undefined && (when === 'while counting' ? counting(stats) : true);

      it(`shows the new region’s numbers when the region changes ${when}`, async () => {
        const container = await fixture<HTMLElement>(html`<div lang="en"></div>`);
        container.innerHTML = `<eco-stats region="antwerp" count-up style="--eco-count-up-duration: ${duration}"></eco-stats>`;
        const stats = container.querySelector('eco-stats')!;
        await waitUntil(() => started(stats), 'the count did not start');
        stats.setAttribute('region', 'limburg');
        await stats.updateComplete;
        expect(allText(stats)).to.equal(await freshText('<eco-stats region="limburg" count-up></eco-stats>'));
        stats.setAttribute('region', 'antwerp');
        await stats.updateComplete;
        expect(allText(stats)).to.equal(await freshText('<eco-stats region="antwerp" count-up></eco-stats>'));
      });

      it(`speaks the page’s new language when it changes ${when}`, async () => {
        const container = await fixture<HTMLElement>(html`<div lang="en"></div>`);
        container.innerHTML = `<eco-stats region="antwerp" count-up style="--eco-count-up-duration: ${duration}"></eco-stats>`;
        const stats = container.querySelector('eco-stats')!;
        await waitUntil(() => started(stats), 'the count did not start');
        container.lang = 'nl';
        await waitUntil(() => shadow(stats).querySelector('[part="stats"]')!.getAttribute('aria-label')!.startsWith('Kerncijfers'), 'the language did not change');
        await stats.updateComplete;
        expect(allText(stats)).to.equal(await freshText('<eco-stats region="antwerp" count-up lang="nl"></eco-stats>'));
      });
    }

    it('shows the final numbers when taken off the page while counting, and when put back', async () => {
      const container = await fixture(html`<div></div>`);
      container.innerHTML = '<eco-stats region="antwerp" count-up style="--eco-count-up-duration: 60s"></eco-stats>';
      const stats = container.querySelector('eco-stats')!;
      await waitUntil(() => counting(stats), 'the count did not start');
      stats.remove();
      await stats.updateComplete;
      expect(moving(stats)).to.equal(final(stats));
      container.append(stats);
      await stats.updateComplete;
      expect(allText(stats)).to.equal(await freshText('<eco-stats region="antwerp" count-up></eco-stats>'));
    });
  });

  describe('accessibility', () => {
    for (const [state, attributes] of [
      ['tiles, light', 'region="antwerp" theme="light"'],
      ['tiles with counts, dark', 'region="antwerp" counts theme="dark"'],
      ['inline, dark', 'region="antwerp" layout="inline" theme="dark"'],
      ['chart, light', 'layout="chart" theme="light"'],
      ['chart, dark', 'layout="chart" region="antwerp" theme="dark"'],
      ['unknown region', 'region="atlantis"'],
    ] as const) {
      it(`is accessible: ${state}`, async () => {
        const recorder = recordWarnings();
        const stats = await statsWith(attributes);
        recorder.stop();
        await expect(stats).to.be.accessible();
      });
    }
  });
});
