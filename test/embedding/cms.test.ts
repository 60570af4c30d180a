import { expect, fixtureSync, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define.js';

const nameIn = (element: Element | null) => element?.shadowRoot?.querySelector('.name')?.textContent?.trim();

/**
 * Waits for the elements' own renders to finish. Elements upgrade as soon as they are inserted (they
 * are defined), so their updates are what there is to wait for: no polling, no time budget.
 */
async function rendered(elements: Iterable<Element>): Promise<void> {
  await Promise.all([...elements].map((element) => (element as LitElement).updateComplete));
}

/*
 * What CMS editors do with markup: paste it as HTML, stamp it from templates, move it around. The
 * plain containers are made with fixtureSync: `fixture` would wait for an animation frame first, which
 * a busy machine can keep a test waiting for.
 */
describe('elements inserted the way a CMS does it', () => {
  it('render when inserted through innerHTML', async () => {
    const block = fixtureSync(html`<div></div>`);
    block.innerHTML = '<eco-org-card org="UZ Leuven"></eco-org-card><eco-stats region="limburg"></eco-stats>';
    await rendered(block.children);
    expect(nameIn(block.querySelector('eco-org-card'))).to.equal('Leuven University Hospital');
    expect(block.querySelector('eco-stats')!.shadowRoot!.querySelectorAll('[part="tile"]').length).to.be.greaterThan(0);
  });

  it('render when cloned from a template', async () => {
    const block = fixtureSync(html`<div><template><eco-org-card org="VITO"></eco-org-card></template></div>`);
    const template = block.querySelector('template')!;
    block.append(template.content.cloneNode(true), template.content.cloneNode(true));
    const cards = block.querySelectorAll(':scope > eco-org-card');
    await rendered(cards);
    expect([...cards].map((card) => nameIn(card))).to.deep.equal(['VITO', 'VITO']);
  });

  it('keep working when the editor moves them, and follow the language where they land', async () => {
    const page = fixtureSync(html`<div><section lang="en"><eco-org-card org="imec"></eco-org-card></section><section lang="nl"></section></div>`);
    const card = page.querySelector('eco-org-card')!;
    await card.updateComplete;
    page.querySelector('[lang="nl"]')!.append(card);
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part="type"]')!.textContent).to.equal('Onderzoeksinstituut');
    expect(card.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
  });

  it('replace a JSON-LD block that a CMS saved along with the markup, instead of adding a second', async () => {
    const block = fixtureSync(html`<div></div>`);
    block.innerHTML = '<eco-org-card org="vib"><script type="application/ld+json" data-eco-json-ld>{"name":"old"}</script></eco-org-card>';
    const card = block.querySelector('eco-org-card')!;
    await card.updateComplete;
    expect(nameIn(card)).to.equal('VIB');
    const scripts = card.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).to.have.length(1);
    expect(JSON.parse(scripts[0]!.textContent!).name).to.equal('VIB');
  });
});
