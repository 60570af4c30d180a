import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import bundled from '../../data/ecosystem.json';
import '../../src/elements/eco-provider/define.js';
import '../../src/elements/eco-region-list/define.js';
import '../../src/elements/eco-stats/define.js';
import { EcoOrgCard } from '../../src/elements/eco-org-card/eco-org-card.js';
import { EcoProvider } from '../../src/elements/eco-provider/eco-provider.js';
import { formatNumber } from '../../src/shared/i18n/format.js';
import { recordWarnings } from '../helpers/console.js';
import { minimalDataset, smallDatasetCopy } from '../fixtures/datasets.js';
import '../helpers/test-elements.js';

const shown = (provider: Element) => provider.querySelector('eco-test-counting')!.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
/** The test server answers with this body as JSON, untouched by the build step that serves our files. */
const servedAsJson = (body: unknown, ms = 0) => `/test-network/slow?ms=${ms}&body=${encodeURIComponent(JSON.stringify(body))}`;
const fixtureUrl = servedAsJson(smallDatasetCopy());

const isBusy = (provider: Element) => !!provider.querySelector('eco-test-counting')!.shadowRoot!.querySelector('[aria-busy="true"]');

async function settle(provider: EcoProvider) {
  await provider.updateComplete;
  await waitUntil(() => !isBusy(provider), 'the provider kept loading', { timeout: 5000 });
  await provider.querySelector('eco-test-counting')!.updateComplete;
}

describe('<eco-provider>', () => {
  it('hands down the bundled dataset when given none', async () => {
    const provider = await fixture<EcoProvider>(html`<eco-provider><eco-test-counting></eco-test-counting></eco-provider>`);
    await settle(provider);
    expect(shown(provider)).to.equal(`${formatNumber('en', bundled.organizations.length)} organizations`);
  });

  it('elements outside any provider use the bundled dataset too', async () => {
    const element = await fixture(html`<eco-test-counting></eco-test-counting>`);
    expect(element.shadowRoot!.textContent).to.contain(`${formatNumber('en', bundled.organizations.length)} organizations`);
  });

  it('loads a dataset from src, showing a busy state meanwhile', async () => {
    const slowUrl = servedAsJson(smallDatasetCopy(), 400);
    const provider = await fixture<EcoProvider>(html`<eco-provider src=${slowUrl}><eco-test-counting></eco-test-counting></eco-provider>`);
    expect(isBusy(provider), 'a busy status while loading').to.equal(true);
    await settle(provider);
    expect(shown(provider)).to.equal('5 organizations');
  });

  it('takes a dataset object through the data property', async () => {
    const provider = await fixture<EcoProvider>(html`<eco-provider .data=${smallDatasetCopy()}><eco-test-counting></eco-test-counting></eco-provider>`);
    await settle(provider);
    expect(shown(provider)).to.equal('5 organizations');
  });

  it('works in every element with a partner’s minimal dataset: only id, name, type and region', async () => {
    const warnings = recordWarnings();
    try {
      const provider = await fixture<EcoProvider>(html`<eco-provider .data=${minimalDataset()}>
        <eco-org-card org="genk-care-lab"></eco-org-card>
        <eco-region-list region="limburg"></eco-region-list>
        <eco-stats region="limburg" counts></eco-stats>
      </eco-provider>`);
      const [card, list, stats] = ['eco-org-card', 'eco-region-list', 'eco-stats'].map((tag) => provider.querySelector(tag)!.shadowRoot!);
      await waitUntil(
        () => card!.querySelector('[part="name"]') && list!.querySelectorAll('.results eco-org-card').length > 0 && stats!.querySelector('[part="value"]'),
        'the elements did not render the minimal dataset',
      );
      expect(card!.querySelector('[part="name"]')!.textContent!.trim()).to.equal('Genk Care Lab');
      expect([...card!.querySelectorAll('[part]')].map((part) => part.getAttribute('part')), 'no empty sections').to.not.include.members([
        'description',
        'figures',
        'relations',
        'sources',
      ]);
      expect([...list!.querySelectorAll('.results eco-org-card')].map((each) => each.getAttribute('org'))).to.have.members(['genk-care-lab', 'hasselt-health-hub']);
      expect([...stats!.querySelectorAll('[part="value"]')].map((value) => value.textContent!.trim())).to.deep.equal(['1', '1']);
      expect(warnings.warnings).to.deep.equal([]);
    } finally {
      warnings.stop();
    }
  });

  it('sets the language of the elements inside', async () => {
    const provider = await fixture<EcoProvider>(html`<eco-provider lang="nl" .data=${smallDatasetCopy()}><eco-test-counting></eco-test-counting></eco-provider>`);
    await settle(provider);
    expect(shown(provider)).to.equal('5 organisaties');
  });

  for (const [what, src, code] of [
    ['an HTTP error', '/test-network/status?code=404', 'http'],
    ['a response that is not JSON', '/test-network/not-json', 'parse'],
    ['a dropped connection', '/test-network/drop', 'network'],
    ['a connection reset halfway through the body', '/test-network/reset-mid-body', 'network'],
  ] as const) {
    it(`shows ${what} in the elements, fires eco-error and warns once`, async () => {
      const recorder = recordWarnings();
      const container = await fixture(html`<div></div>`);
      const errored = oneEvent(container, 'eco-error');
      container.innerHTML = `<eco-provider src="${src}"><eco-test-counting></eco-test-counting></eco-provider>`;
      const event = await errored;
      const provider = container.querySelector('eco-provider')!;
      await settle(provider);
      recorder.stop();
      expect(event.detail.code).to.equal(code);
      expect(shown(provider)).to.contain('could not be loaded');
      expect(provider.querySelector('eco-test-counting')!.shadowRoot!.querySelector('[role="status"][data-kind="error"]')).to.exist;
      expect(recorder.warnings).to.have.length(1);
    });
  }

  it('reports every problem of an invalid dataset, with paths', async () => {
    const dataset = smallDatasetCopy() as unknown as { organizations: Record<string, unknown>[] };
    dataset.organizations[0]!.type = 'castle';
    dataset.organizations[1]!.name = 7;
    const recorder = recordWarnings();
    const provider = await fixture<EcoProvider>(html`<eco-provider><eco-test-counting></eco-test-counting></eco-provider>`);
    const errored = oneEvent(provider, 'eco-error');
    provider.data = dataset;
    const event = await errored;
    recorder.stop();
    expect(event.detail.code).to.equal('invalid-data');
    expect(event.detail.problems!.map((problem: { path: string }) => problem.path)).to.include.members(['organizations[0].type', 'organizations[1].name']);
    expect(recorder.warnings[0]).to.contain('organizations[0].type');
  });

  it('gives up on a response that never ends, with a time-out', async () => {
    const recorder = recordWarnings();
    const provider = await fixture<EcoProvider>(html`<eco-provider timeout="300"><eco-test-counting></eco-test-counting></eco-provider>`);
    const errored = oneEvent(provider, 'eco-error');
    provider.src = '/test-network/never-ends';
    const event = await errored;
    recorder.stop();
    expect(event.detail.code).to.equal('timeout');
  });

  it('offers a retry that loads again', async () => {
    const recorder = recordWarnings();
    const provider = await fixture<EcoProvider>(html`<eco-provider src="/test-network/status?code=503"><eco-test-counting></eco-test-counting></eco-provider>`);
    await settle(provider);
    recorder.stop();
    provider.src = fixtureUrl;
    // The src change alone reloads; the retry button is the visitor's way to do the same.
    await settle(provider);
    expect(shown(provider)).to.equal('5 organizations');
    provider.src = '/test-network/status?code=503';
    await waitUntil(() => shown(provider).includes('Try again'));
    const retried = oneEvent(provider, 'eco-data-change');
    provider.querySelector('eco-test-counting')!.shadowRoot!.querySelector('button')!.click();
    expect((await retried).detail.status).to.equal('loading');
  });

  it('hands elements nothing from the bundle while its own dataset is still loading', async () => {
    const container = await fixture(html`<div></div>`);
    container.innerHTML = `<eco-provider src="${servedAsJson(smallDatasetCopy(), 300)}"><eco-test-counting></eco-test-counting></eco-provider>`;
    const element = container.querySelector('eco-test-counting')!;
    await element.updateComplete;
    expect(element.shadowRoot!.textContent).to.contain('Loading');
    // Seen to the end, so that nothing of this test is still loading in the next.
    await settle(container.querySelector('eco-provider')!);
    expect(shown(container.querySelector('eco-provider')!)).to.equal('5 organizations');
  });

  for (const timeout of ['abc', '0', '-5', '3000000000']) {
    it(`waits the default 15 seconds when timeout="${timeout}", and says why once`, async () => {
      const recorder = recordWarnings();
      const provider = await fixture<EcoProvider>(html`<eco-provider timeout=${timeout} src=${servedAsJson(smallDatasetCopy(), 50)}><eco-test-counting></eco-test-counting></eco-provider>`);
      await settle(provider);
      recorder.stop();
      expect(shown(provider)).to.equal('5 organizations');
      expect(recorder.warnings, recorder.warnings.join('\n')).to.have.length(1);
      expect(recorder.warnings[0]).to.contain(`timeout="${timeout}"`).and.to.contain('from 1 to 600000').and.to.contain('Using 15000');
    });
  }

  it('uses a dataset set on it before it was defined, and never hands the bundled one to its elements', async () => {
    const dataset = smallDatasetCopy();
    dataset.organizations[0]!.name = 'A Name Only The Page Has';
    const recorder = recordWarnings();
    const errors: string[] = [];
    const container = await fixture(html`<div @eco-error=${(event: CustomEvent<{ message: string }>) => errors.push(event.detail.message)}></div>`);
    // As on a page whose script sets `data` before the library's script has arrived: nothing is defined yet.
    container.innerHTML = '<eco-provider-defined-late><eco-org-card-defined-late org="A Name Only The Page Has"></eco-org-card-defined-late></eco-provider-defined-late>';
    (container.firstElementChild as EcoProvider).data = dataset;
    // Then the library defines its elements, the provider first, as src/define.ts does.
    (class extends EcoProvider {}).define('eco-provider-defined-late');
    (class extends EcoOrgCard {}).define('eco-org-card-defined-late');
    const card = container.querySelector<EcoOrgCard>('eco-org-card-defined-late')!;
    await waitUntil(() => card.shadowRoot?.querySelector('.name'), 'the card showed no organization', { timeout: 5000 });
    recorder.stop();
    expect(card.shadowRoot!.querySelector('.name')!.textContent!.trim()).to.equal('A Name Only The Page Has');
    expect(errors).to.deep.equal([]);
    expect(recorder.warnings).to.deep.equal([]);
  });
});
