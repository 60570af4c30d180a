import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/eco-provider/define.js';
import '../../src/elements/eco-region-list/define.js';
import '../../src/elements/eco-stats/define.js';
import '../../src/elements/eco-org-card/define.js';
import type { EcoProvider } from '../../src/elements/eco-provider/eco-provider.js';
import { messagesFor } from '../../src/shared/i18n/messages/index.js';
import { recordWarnings } from '../helpers/console.js';
import { renderedText } from '../helpers/rendered-text.js';
import { minimalDataset, vocabularyDataset } from '../fixtures/datasets.js';

/*
 * A dataset that declares its own types, focus areas and regions (`vocabulary`): every element, menu,
 * count and message uses its names, in the page's language, with English as the last resort.
 */

const root = (provider: Element, selector: string) => provider.querySelector(selector)!.shadowRoot!;
/** Each match's text as read, without the marks that isolate data in a sentence. */
const texts = (scope: ParentNode, selector: string) =>
  [...scope.querySelectorAll(selector)].map((node) => node.textContent!.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim());

async function provide(markup: ReturnType<typeof html>, data: unknown = vocabularyDataset(), lang = 'en') {
  const provider = await fixture<EcoProvider>(html`<eco-provider lang=${lang} .data=${data}>${markup}</eco-provider>`);
  await provider.updateComplete;
  for (const element of provider.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('*')) await element.updateComplete;
  return provider;
}

describe('a dataset with a vocabulary of its own', () => {
  it('names the card’s type, place and focus areas in its words, ours where it has none', async () => {
    for (const [lang, type, place, focus] of [
      ['en', 'Spin-off', 'The Campine', 'Sleep apnoea'],
      ['nl', 'Spin-offbedrijf', 'De Kempen', 'Slaapapneu'],
      // No French names: the dataset's English ones.
      ['fr', 'Spin-off', 'The Campine', 'Sleep apnoea'],
    ] as const) {
      const provider = await provide(html`<eco-org-card org="sleepco"></eco-org-card>`, vocabularyDataset(), lang);
      const card = root(provider, 'eco-org-card');
      expect(texts(card, '[part="type"]'), lang).to.deep.equal([type]);
      expect(texts(card, '[part="place"]'), lang).to.deep.equal([place]);
      expect(texts(card, '[part="tags"] li'), lang).to.deep.equal([focus, messagesFor(lang).focus.oncology]);
    }
  });

  it('renames one of our types in its language, and keeps ours in a language it does not name', async () => {
    for (const [lang, expected] of [
      ['en', 'Member company'],
      ['nl', 'Lidbedrijf'],
      ['fr', messagesFor('fr').types.company],
    ] as const) {
      const provider = await provide(html`<eco-org-card org="medco"></eco-org-card>`, vocabularyDataset(), lang);
      expect(texts(root(provider, 'eco-org-card'), '[part="type"]'), lang).to.deep.equal([expected]);
    }
  });

  it('lists a region of its own, groups by a type of its own and offers both in the filter menus', async () => {
    const provider = await provide(html`<eco-region-list region="kempen" type="spin-off" group-by="type" controls="filters"></eco-region-list>`);
    const list = root(provider, 'eco-region-list');
    await waitUntil(() => list.querySelectorAll('.results eco-org-card').length === 2, 'the list did not show the two spin-offs');
    expect(texts(list, '[part="summary"]')).to.deep.equal(['2 organizations in The Campine']);
    expect(texts(list, 'h3.group')).to.deep.equal(['Spin-off']);
    expect(texts(list, '[part="chip"]')).to.deep.equal(['The Campine ×', 'Spin-off ×']);
    expect(texts(list, '#menu-region .option')).to.include('The Campine 2');
    expect(texts(list, '#menu-type .option')).to.include('Spin-off 2');
    expect(texts(list, '#menu-focus .option')).to.include.members(['Sleep apnoea 1', `${messagesFor('en').focus.oncology} 1`]);
  });

  it('counts and charts its own types, and shows the figures of its own region', async () => {
    const provider = await provide(html`<eco-stats region="kempen" counts></eco-stats><eco-stats layout="chart"></eco-stats>`);
    const [tiles, chart] = [...provider.querySelectorAll('eco-stats')].map((element) => element.shadowRoot!);
    expect(texts(tiles!, '[part="label"]')).to.deep.equal(['members in the Campine', 'Spin-off']);
    expect(texts(tiles!, '[part="value"]')).to.deep.equal(['2', '2']);
    expect(texts(chart!, '.bar-label')).to.deep.equal(['Spin-off', 'Member company']);
    expect(chart!.querySelector('[role="img"]')!.getAttribute('aria-label')).to.contain('2 Spin-off and 1 Member company');
  });

  it('says an id it does not declare is unknown, with the nearest of its own, in the element and once in the console', async () => {
    const warnings = recordWarnings();
    try {
      const provider = await provide(html`<eco-region-list type="spinoff"></eco-region-list><eco-stats region="kempn"></eco-stats>`);
      const [list, stats] = [root(provider, 'eco-region-list'), root(provider, 'eco-stats')];
      expect(texts(list, '[part="status"] p')[0]).to.contain('Did you mean Spin-off?');
      expect(texts(stats, '[part="status"]')[0]).to.contain('Did you mean The Campine?');
      expect(warnings.warnings).to.have.length(2);
      expect(warnings.warnings[0]).to.contain('"spinoff" is unknown. Did you mean "spin-off"?').and.to.contain('spin-off');
      expect(warnings.warnings[1]).to.contain('"kempn" is unknown. Did you mean "kempen"?');
    } finally {
      warnings.stop();
    }
  });

  it('after the provider’s data or language changes, shows what a fresh element shows', async () => {
    const markup = html`<eco-org-card org="medco"></eco-org-card><eco-region-list type="spin-off" controls="filters"></eco-region-list
      ><eco-stats layout="chart"></eco-stats>`;
    const seen = (provider: Element) => ['eco-org-card', 'eco-region-list', 'eco-stats'].map((tag) => renderedText(provider.querySelector(tag)!).visible);
    const warnings = recordWarnings();
    try {
      for (const [data, lang] of [
        [minimalDataset(), 'en'],
        [vocabularyDataset(), 'nl'],
      ] as const) {
        const changed = await provide(markup);
        changed.data = data;
        changed.lang = lang;
        await changed.updateComplete;
        for (const element of changed.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('*')) await element.updateComplete;
        const fresh = await provide(markup, data, lang);
        expect(seen(changed), `changed to ${lang}`).to.deep.equal(seen(fresh));
      }
    } finally {
      warnings.stop();
    }
  });

  it('passes axe with its own names', async () => {
    const provider = await provide(html`<eco-org-card org="sleepco"></eco-org-card><eco-region-list controls="search filters sort"></eco-region-list>`);
    await expect(provider).to.be.accessible();
  });
});
