import { expect, waitUntil } from '@open-wc/testing';
// React is CommonJS: its exports are only known at run time, so it is imported whole.
import React, { type ReactElement } from 'react';
import ReactDOM from 'react-dom';
import ReactDOMClient, { type Root } from 'react-dom/client';
import '../../src/define.js';
import type { Dataset, Organization } from '../../src/data/dataset-schema.js';
import type { EcoOrgCard } from '../../src/elements/eco-org-card/eco-org-card.js';
import { smallDatasetCopy } from '../fixtures/datasets.js';

/*
 * A real React 19 app, built from React's own packages, that uses the elements the way React
 * developers would: JSX-style props (React sets properties when the element has them), `oneco-select`
 * for events, and a provider whose data it swaps.
 */
let container: HTMLElement;
let root: Root;

const { createElement, useState } = React;
const { flushSync } = ReactDOM;

function render(element: ReactElement) {
  flushSync(() => root.render(element));
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = ReactDOMClient.createRoot(container);
});
afterEach(() => {
  root.unmount();
  container.remove();
});

const nameIn = (card: Element | null) => card?.shadowRoot?.querySelector('.name')?.textContent?.trim();

describe('in a React 19 app', () => {
  it('passes attributes and rich properties to the elements', async () => {
    const record: Organization = { ...smallDatasetCopy().organizations[0]!, name: 'Set through a property' };
    render(createElement('div', null, createElement('eco-org-card', { org: 'imec', 'heading-level': 2 }), createElement('eco-org-card', { organization: record })));
    const [byAttribute, byProperty] = container.querySelectorAll('eco-org-card');
    await Promise.all([byAttribute, byProperty].map((card) => (card as EcoOrgCard).updateComplete));
    expect(nameIn(byAttribute!)).to.equal('imec');
    expect(byAttribute!.shadowRoot!.querySelector('h2')).to.exist;
    expect(nameIn(byProperty!)).to.equal('Set through a property');
  });

  it('hears eco-select through an oneco-select prop, and re-renders from it', async () => {
    function Picker() {
      const [picked, setPicked] = useState('nothing');
      return createElement(
        'div',
        null,
        createElement('eco-org-card', { org: 'vib', layout: 'compact', 'oneco-select': (event: CustomEvent<{ id: string }>) => setPicked(event.detail.id) }),
        createElement('output', null, picked),
      );
    }
    render(createElement(Picker));
    const card = container.querySelector('eco-org-card')!;
    await (card as EcoOrgCard).updateComplete;
    flushSync(() => card.shadowRoot!.querySelector<HTMLButtonElement>('.name button')!.click());
    expect(container.querySelector('output')!.textContent).to.equal('vib');
  });

  it('swaps the data of a provider', async () => {
    const first: Dataset = smallDatasetCopy();
    const second: Dataset = { ...smallDatasetCopy(), organizations: smallDatasetCopy().organizations.slice(0, 2), events: [] };
    const app = (data: Dataset) => createElement('eco-provider', { data }, createElement('eco-region-list', null));
    render(app(first));
    const list = () => container.querySelector('eco-region-list')!;
    const summary = () => list().shadowRoot?.querySelector('[part="summary"]')?.textContent?.trim();
    await waitUntil(() => summary() === '5 organizations', 'the first dataset was not shown', { timeout: 5000 });
    render(app(second));
    await waitUntil(() => summary() === '2 organizations', 'the swapped dataset was not shown', { timeout: 5000 });
  });
});
