import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import bundled from '../../data/ecosystem.json';
import '../../src/elements/eco-provider/define.js';
import '../../src/elements/eco-stats/define.js';
import type { Dataset, Statistic } from '../../src/data/dataset-schema.js';
import { REGIONS, type OrganizationType } from '../../src/data/vocabulary.js';
import type { EcoStats } from '../../src/elements/eco-stats/eco-stats.js';
import { formatNumber, selectPlural } from '../../src/shared/i18n/format.js';
import { LOCALES } from '../../src/shared/i18n/locale.js';
import { messagesFor } from '../../src/shared/i18n/messages/index.js';
import { recordWarnings } from '../helpers/console.js';
import { smallDatasetCopy } from '../fixtures/datasets.js';

const data = bundled as Dataset;
const shadow = (stats: Element) => stats.shadowRoot!;
const values = (stats: Element) => [...shadow(stats).querySelectorAll('[part="value"]')].map((value) => value.textContent!.replace(/\s/g, ' ').trim());
const labels = (stats: Element) => [...shadow(stats).querySelectorAll('[part="label"]')].map((label) => label.textContent!.trim());

function statistic(id: string, value: number, qualifier: Statistic['qualifier'], unit: Statistic['unit'], label: string, year: number | null = null): Statistic {
  return { id, label: { en: label, nl: `${label} (nl)` }, value, qualifier, unit, year, source: 'fixture-source', region: 'antwerp' } as Statistic;
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

    it('numbers each figure’s source, says “Source 1” to screen readers, and prints the source once as a footnote', async () => {
      const dataset = datasetWithStatistics();
      dataset.sources.push({ ...dataset.sources.find((source) => source.id === 'fixture-source')!, id: 'second-source', title: 'A second made-up source' });
      dataset.statistics[1]!.source = 'second-source';
      const stats = await statsWith('region="antwerp" lang="nl"', dataset);
      const references = [...shadow(stats).querySelectorAll('[part="tile"] .ref')];
      expect(references.map((reference) => reference.textContent)).to.deep.equal(['1', '2', '1', '1']);
      expect(references.every((reference) => reference.getAttribute('aria-hidden') === 'true')).to.equal(true);
      expect(references[1]!.nextElementSibling!.textContent).to.equal(`\u00a0${messagesFor('nl').sourceNumber('2')}`);
      const footnotes = [...shadow(stats).querySelectorAll('[part="sources"] li')].map((footnote) => footnote.textContent);
      expect(footnotes).to.have.length(2);
      expect(footnotes[0]).to.contain('A made-up source for tests');
      expect(footnotes[1]).to.contain('A second made-up source');
    });

    it('keeps each footnote number on the line of the word before it', async () => {
      const stats = await statsWith('region="antwerp" lang="nl"');
      const container = stats.closest('eco-provider')!.parentElement!;
      for (let width = 240; width <= 1000; width += 7) {
        container.style.width = `${width}px`;
        for (const reference of shadow(stats).querySelectorAll<HTMLElement>('[part="tile"] .ref')) {
          // The label, or the year after it.
          const before = reference.previousElementSibling!;
          const words = document.createRange();
          words.selectNodeContents(before);
          const lastLine = [...words.getClientRects()].at(-1)!;
          expect(reference.getBoundingClientRect().left, `${before.textContent} at ${width}px`).to.be.closeTo(lastLine.right, 1);
        }
      }
    });

    for (const lang of LOCALES) {
      it(`sets the qualifier’s words smaller than the number, around it as the ${lang} message puts them`, async () => {
        const stats = await statsWith(`region="antwerp" lang="${lang}"`);
        const messages = messagesFor(lang);
        const about = [...shadow(stats).querySelectorAll('[part="value"]')].find((value) => value.textContent === messages.qualifiers.about(formatNumber(lang, 30)))!;
        const [before, after] = [...about.querySelectorAll('.qualifier')];
        expect([before!.textContent, after!.textContent]).to.deep.equal(messages.qualifiers.about('\0').split('\0'));
        for (const words of [before!, after!].filter((qualifier) => qualifier.textContent)) {
          expect(parseFloat(getComputedStyle(words).fontSize)).to.be.below(parseFloat(getComputedStyle(about).fontSize) * 0.75);
        }
      });
    }
  });

  describe('fitting its space', () => {
    /** The figures of every qualifier and unit, and the longest ones: millions, in words. */
    function longFigures(): Dataset {
      const dataset = datasetWithStatistics();
      dataset.statistics.push(
        statistic('investment', 2_500_000, 'up-to', 'EUR', 'invested in healthtech start-ups across the region', 2024),
        statistic('people', 1_200_000, 'at-least', 'count', 'people'),
      );
      return dataset;
    }

    /** How far each box sticks out of the element, in pixels: none should. */
    function overflows(stats: Element): string[] {
      const host = stats.getBoundingClientRect();
      const boxes = [...shadow(stats).querySelectorAll('*')].filter((element) => element.getClientRects().length > 0 && !element.closest('.visually-hidden'));
      return boxes.flatMap((box) => {
        const { left, right } = box.getBoundingClientRect();
        return left < host.left - 0.5 || right > host.right + 0.5 ? [`${box.className || box.localName} ${left}–${right} in ${host.left}–${host.right}`] : [];
      });
    }

    for (const lang of LOCALES) {
      it(`keeps every figure inside its tile in ${lang}, from 240 to 1280 pixels wide`, async () => {
        const stats = await statsWith(`region="antwerp" lang="${lang}"`, longFigures());
        const container = stats.closest('eco-provider')!.parentElement!;
        for (const width of [240, 320, 1000, 1280]) {
          container.style.width = `${width}px`;
          const tiles = [...shadow(stats).querySelectorAll<HTMLElement>('[part="tile"]')];
          for (const tile of tiles) {
            const value = tile.querySelector<HTMLElement>('[part="value"]')!;
            expect(value.scrollWidth, `${value.textContent} at ${width}px`).to.be.at.most(value.clientWidth);
            expect(tile.scrollWidth, `the tile of ${value.textContent} at ${width}px`).to.be.at.most(tile.clientWidth);
          }
          expect(stats.getBoundingClientRect().width).to.be.at.most(width);
          expect(overflows(stats), `at ${width}px`).to.deep.equal([]);
        }
      });
    }

    it('sizes each tile to its own content', async () => {
      const stats = await statsWith('region="antwerp" style="width: 1000px"', longFigures());
      const tiles = [...shadow(stats).querySelectorAll<HTMLElement>('[part="tile"]')];
      const firstRow = tiles.filter((tile) => tile.offsetTop === tiles[0]!.offsetTop);
      const heights = firstRow.map((tile) => tile.offsetHeight);
      expect(firstRow.length).to.be.above(1);
      expect(Math.min(...heights)).to.be.below(Math.max(...heights));
    });

    // A 320-pixel column stands in for the phone: the layout asks only its own width (setViewport is
    // not there in WebKit's driver, and these tests run there too).
    it('never makes a 320-pixel column scroll sideways, in any layout, theme or language', async () => {
      const container = await fixture(html`<div style="width: 320px; overflow: auto"></div>`);
      const provider = document.createElement('eco-provider');
      provider.data = longFigures();
      const every = (attributes: string) =>
        LOCALES.flatMap((lang) =>
          ['tiles', 'inline', 'chart'].flatMap((layout) =>
            ['light', 'dark'].map((theme) => `<eco-stats ${attributes} layout="${layout}" lang="${lang}" theme="${theme}"></eco-stats>`),
          ),
        ).join('');
      provider.innerHTML = every('region="antwerp" counts');
      // The bundled data's sources have long titles.
      container.innerHTML = every('region="antwerp"') + every('org="Ghent University Hospital"');
      container.append(provider);
      const all = [...container.querySelectorAll('eco-stats')];
      await waitUntil(() => all.every((stats) => shadow(stats).querySelector('[part="stats"]')), 'not every eco-stats rendered', { timeout: 10_000 });
      expect(container.scrollWidth).to.be.at.most(container.clientWidth);
      for (const stats of all) expect(overflows(stats), stats.outerHTML).to.deep.equal([]);
    });
  });

  describe('the inline layout', () => {
    it('sets each separator apart with spaces, seen and read', async () => {
      const stats = await statsWith('region="antwerp" layout="inline"');
      const figures = [...shadow(stats).querySelectorAll('.inline-stat')];
      for (const figure of figures.slice(0, -1)) {
        let next = figure.nextSibling!;
        while (next.nodeType === Node.COMMENT_NODE) next = next.nextSibling!;
        expect(next.textContent, 'the space read between figures').to.equal(' ');
        const separator = getComputedStyle(figure, '::after');
        expect(separator.content).to.match(/^"·"/);
        expect(parseFloat(separator.marginInlineStart), 'the space before the separator').to.be.above(0);
      }
      expect(getComputedStyle(figures.at(-1)!, '::after').content).to.equal('none');
    });

    it('breaks lines between figures at 320 pixels wide, never inside one', async () => {
      const stats = await statsWith('region="antwerp" layout="inline" lang="fr" style="width: 320px"');
      const paragraph = shadow(stats).querySelector('.inline')!;
      const line = parseFloat(getComputedStyle(paragraph).lineHeight);
      const figures = [...shadow(stats).querySelectorAll<HTMLElement>('.inline-stat')];
      expect(new Set(figures.map((figure) => figure.offsetTop)).size, 'lines').to.be.above(1);
      for (const figure of figures) {
        expect(figure.getClientRects(), figure.textContent!).to.have.length(1);
        const lines = new Set([...figure.querySelector('[part="value"]')!.getClientRects()].map((box) => box.top));
        expect(lines.size, `the lines of ${figure.textContent}`).to.equal(1);
        // Only a figure longer than a whole line takes more than one.
        if (figure.offsetWidth < paragraph.clientWidth) expect(figure.offsetHeight, figure.textContent!).to.be.below(line * 1.5);
      }
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
    /** Organizations per type in the bundled data, largest first. */
    const typeCounts = () => {
      const counts = new Map<string, number>();
      for (const org of data.organizations) counts.set(org.type, (counts.get(org.type) ?? 0) + 1);
      return [...counts.values()].sort((a, b) => b - a);
    };
    const barWidths = (stats: Element) => [...shadow(stats).querySelectorAll('.bar')].map((bar) => bar.getBoundingClientRect().width);
    const rows = (stats: Element) =>
      [...shadow(stats).querySelectorAll('.bar-label')].map((label) => [label.textContent!.trim(), label.nextElementSibling!.textContent!.trim()]);

    it('draws the eight largest types, and one bar for the rest that adds them up', async () => {
      const stats = await fixture<EcoStats>(html`<eco-stats layout="chart" style="width: 800px"></eco-stats>`);
      const counts = typeCounts();
      const rest = counts.slice(8).reduce((sum, count) => sum + count, 0);
      expect(rows(stats).map(([, count]) => Number(count))).to.deep.equal([...counts.slice(0, 8), rest]);
      expect(rows(stats).at(-1)![0]).to.equal(messagesFor('en').otherTypes(String(counts.length - 8)));
      const widths = barWidths(stats);
      const longest = Math.max(...counts.slice(0, 8), rest);
      widths.forEach((width, i) => expect(width / Math.max(...widths), `bar ${i}`).to.be.closeTo([...counts.slice(0, 8), rest][i]! / longest, 0.01));
    });

    it('prints each number just after the end of its bar', async () => {
      const stats = await fixture<EcoStats>(html`<eco-stats layout="chart"></eco-stats>`);
      for (const bar of shadow(stats).querySelectorAll('.bar')) {
        const number = document.createRange();
        number.selectNodeContents(bar.parentElement!);
        number.setStartAfter(bar);
        const gap = number.getBoundingClientRect().left - bar.getBoundingClientRect().right;
        expect(gap).to.be.within(0, 16);
      }
    });

    it('shows every type on request, and folds them again', async () => {
      const stats = await fixture<EcoStats>(html`<eco-stats layout="chart"></eco-stats>`);
      const toggle = shadow(stats).querySelector<HTMLButtonElement>('button.toggle')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await stats.updateComplete;
      expect(rows(stats).map(([, count]) => Number(count))).to.deep.equal(typeCounts());
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(toggle.textContent!.trim()).to.equal(messagesFor('en').showFewerTypes);
      toggle.click();
      await stats.updateComplete;
      expect(rows(stats)).to.have.length(9);
      expect(toggle.textContent!.trim()).to.equal(messagesFor('en').showAllTypes);
    });

    it('draws every type, with nothing to unfold, when there are nine or fewer', async () => {
      const stats = await statsWith('layout="chart" region="antwerp"');
      expect(rows(stats).length).to.be.at.most(9);
      expect(shadow(stats).querySelector('button.toggle')).to.equal(null);
    });

    it('describes itself to screen readers, with a table of the same numbers', async () => {
      const stats = await statsWith('layout="chart" region="limburg"');
      const chart = shadow(stats).querySelector('[role="img"]')!;
      expect(chart.getAttribute('aria-label')).to.equal('Organizations by type in Limburg: 2 platforms and networks.');
      const rows = [...shadow(stats).querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent!.trim()));
      expect(rows).to.deep.equal([['Platform or network', '2']]);
    });

    it('names and counts every type for screen readers, folded or not', async () => {
      const stats = await fixture<EcoStats>(html`<eco-stats layout="chart"></eco-stats>`);
      const named = () => shadow(stats).querySelectorAll('tbody tr').length;
      expect(named()).to.equal(typeCounts().length);
      const summary = shadow(stats).querySelector('[role="img"]')!.getAttribute('aria-label')!;
      for (const type of new Set(data.organizations.map((org) => org.type))) {
        const count = data.organizations.filter((org) => org.type === type).length;
        expect(summary).to.contain(`${count} ${selectPlural('en', count, messagesFor('en').typeCounts[type as OrganizationType])}`);
      }
    });

    it('keeps every row apart and inside the element at 280 pixels wide, in every language', async () => {
      for (const lang of LOCALES) {
        const container = await fixture(html`<div style="width: 280px"><eco-stats layout="chart" lang=${lang}></eco-stats></div>`);
        const stats = container.querySelector('eco-stats')!;
        await stats.updateComplete;
        shadow(stats).querySelector<HTMLButtonElement>('button.toggle')!.click();
        await stats.updateComplete;
        const host = stats.getBoundingClientRect();
        const labels = [...shadow(stats).querySelectorAll('.bar-label')].map((label) => label.getBoundingClientRect());
        for (let i = 1; i < labels.length; i++) expect(labels[i]!.top, `${lang} label ${i}`).to.be.at.least(labels[i - 1]!.bottom - 0.5);
        for (const cell of shadow(stats).querySelectorAll('.bar-label, .bar-cell')) {
          expect(cell.getBoundingClientRect().right, `${lang}: ${cell.textContent}`).to.be.at.most(host.right + 0.5);
          expect(cell.scrollWidth, `${lang}: ${cell.textContent}`).to.be.at.most(cell.clientWidth);
        }
      }
    });
  });

  describe('every state', () => {
    const validIds = {
      region: [...REGIONS] as string[],
      metrics: [...(bundled as unknown as Dataset).statistics, ...(bundled as unknown as Dataset).organizations.flatMap((org) => org.figures)].map((figure) => figure.id),
      org: (bundled as unknown as Dataset).organizations.map((org) => org.id),
    };
    for (const [attribute, value, markup, code, near] of [
      ['region', 'west-flandres', '<eco-stats region="west-flandres"></eco-stats>', 'invalid-attribute', 'West Flanders'],
      ['metrics', 'antwerp-students, antwerp-studnets', '<eco-stats metrics="antwerp-students, antwerp-studnets"></eco-stats>', 'invalid-attribute', 'antwerp-students'],
      ['org', 'Gent Universty Hospitl', '<eco-stats org="Gent Universty Hospitl"></eco-stats>', 'not-found', 'Ghent University Hospital'],
    ] as const) {
      it(`says in a short sentence that the ${attribute} is unknown, suggests the nearest, and gives developers the details`, async () => {
        const recorder = recordWarnings();
        const container = await fixture(html`<div></div>`);
        const errored = oneEvent(container, 'eco-error');
        container.innerHTML = markup;
        const event = await errored;
        const stats = container.querySelector('eco-stats')!;
        stats.theme = 'dark';
        await stats.updateComplete;
        recorder.stop();
        const shown = shadow(stats).querySelector('[part="status"]')!.textContent!;
        expect(shown).to.contain('Did you mean').and.to.contain(near);
        // Words for visitors: never the list of valid ids.
        expect(validIds[attribute].filter((id) => shown.includes(id)).length, shown).to.be.at.most(5);
        expect(recorder.warnings).to.have.length(1);
        const warning = recorder.warnings[0]!;
        expect(warning.startsWith(`[eco-widgets] <eco-stats ${attribute}="${value}">: `), warning).to.equal(true);
        expect(warning).to.contain('Did you mean');
        if (attribute !== 'org') expect(warning).to.contain(`Valid values: ${validIds[attribute].join(', ')}.`);
        expect(event.detail.code).to.equal(code);
        expect(event.detail.message).to.equal(warning.slice('[eco-widgets] '.length));
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
      ['inline, light', 'region="antwerp" layout="inline" theme="light"'],
      ['tiles, dark', 'region="antwerp" theme="dark"'],
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
