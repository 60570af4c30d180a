import { expect, waitUntil } from '@open-wc/testing';
import { createApp, h, ref, nextTick, type App } from 'vue/dist/vue.esm-browser.prod.js';
import '../../src/define.js';
import type { Dataset, Organization } from '../../src/data/dataset-schema.js';
import type { EcoOrgCard } from '../../src/elements/eco-org-card/eco-org-card.js';
import { smallDatasetCopy } from '../fixtures/datasets.js';

/*
 * A real Vue 3 app, built from Vue's own browser build, using the elements as Vue developers would:
 * `.prop` bindings for rich properties, `@eco-select` listeners, and a provider whose data it swaps.
 */
let container: HTMLElement;
let app: App | undefined;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  app?.unmount();
  container.remove();
});

const nameIn = (card: Element | null) => card?.shadowRoot?.querySelector('.name')?.textContent?.trim();

function mount(component: Parameters<typeof createApp>[0]) {
  app = createApp(component);
  app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('eco-');
  app.mount(container);
}

describe('in a Vue 3 app', () => {
  it('passes attributes and rich properties to the elements', async () => {
    const record: Organization = { ...smallDatasetCopy().organizations[0]!, name: 'Set through a property' };
    mount({ setup: () => () => h('div', [h('eco-org-card', { org: 'imec', 'heading-level': 2 }), h('eco-org-card', { '.organization': record })]) });
    const [byAttribute, byProperty] = container.querySelectorAll('eco-org-card');
    await Promise.all([byAttribute, byProperty].map((card) => (card as EcoOrgCard).updateComplete));
    expect(nameIn(byAttribute!)).to.equal('imec');
    expect(nameIn(byProperty!)).to.equal('Set through a property');
  });

  it('hears eco-select through an @eco-select listener', async () => {
    const picked = ref('nothing');
    mount({ setup: () => () => h('div', [h('eco-org-card', { org: 'vib', layout: 'compact', 'onEco-select': (event: CustomEvent<{ id: string }>) => (picked.value = event.detail.id) }), h('output', picked.value)]) });
    const card = container.querySelector('eco-org-card')!;
    await (card as EcoOrgCard).updateComplete;
    card.shadowRoot!.querySelector<HTMLButtonElement>('.name button')!.click();
    await nextTick();
    expect(container.querySelector('output')!.textContent).to.equal('vib');
  });

  it('swaps the data of a provider', async () => {
    const data = ref<Dataset>(smallDatasetCopy());
    mount({ setup: () => () => h('eco-provider', { '.data': data.value }, [h('eco-region-list')]) });
    const summary = () => container.querySelector('eco-region-list')!.shadowRoot?.querySelector('[part="summary"]')?.textContent?.trim();
    await waitUntil(() => summary() === '5 organizations', 'the first dataset was not shown', { timeout: 5000 });
    data.value = { ...smallDatasetCopy(), organizations: smallDatasetCopy().organizations.slice(0, 2), events: [] };
    await waitUntil(() => summary() === '2 organizations', 'the swapped dataset was not shown', { timeout: 5000 });
  });
});
