import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import manifest from '../../package.json';
import { VERSION } from '../../src/shared/version.js';
import { recordWarnings } from '../helpers/console.js';
import { CountingElement } from '../helpers/test-elements.js';

const surfaceOf = (element: Element) => getComputedStyle(element).getPropertyValue('--_surface').trim();

describe('the shared base element', () => {
  it('keeps its version equal to package.json', () => {
    expect(VERSION).to.equal(manifest.version);
    expect(CountingElement.version).to.equal(manifest.version);
  });

  it('fires eco- events that bubble out of shadow roots', async () => {
    const outer = await fixture(html`<div></div>`);
    const host = outer.attachShadow({ mode: 'open' });
    const element = document.createElement('eco-test-counting');
    host.append(element);
    setTimeout(() => element.sayEmitted());
    const event = await oneEvent(outer, 'eco-select');
    expect(event.detail).to.deep.equal({ id: 'ghent-university' });
    expect(event.composed && event.bubbles).to.equal(true);
  });

  it('uses light colours by default and dark ones with theme="dark"', async () => {
    const light = await fixture<CountingElement>(html`<eco-test-counting theme="light"></eco-test-counting>`);
    const dark = await fixture<CountingElement>(html`<eco-test-counting theme="dark"></eco-test-counting>`);
    expect(surfaceOf(light)).to.equal('#ffffff');
    expect(surfaceOf(dark)).to.equal('#161b22');
    expect(getComputedStyle(dark).colorScheme).to.equal('dark');
  });

  it('lets the page set colours through --eco-* properties', async () => {
    const page = await fixture(html`<div style="--eco-color-surface: rgb(1, 2, 3)"><eco-test-counting theme="dark"></eco-test-counting></div>`);
    expect(surfaceOf(page.querySelector('eco-test-counting')!)).to.equal('rgb(1, 2, 3)');
  });

  it('warns once about an unknown theme, and shows the automatic one', async () => {
    const recorder = recordWarnings();
    const element = await fixture<CountingElement>(html`<eco-test-counting theme="neon"></eco-test-counting>`);
    element.lang = 'nl';
    await element.updateComplete;
    recorder.stop();
    expect(recorder.warnings).to.have.length(1);
    expect(recorder.warnings[0]).to.contain('theme="neon"').and.to.contain('"light", "dark" or "auto"');
    // "auto" follows the visitor's setting, so the one right colour is the one that setting asks for.
    const automatic = matchMedia('(prefers-color-scheme: dark)').matches ? '#161b22' : '#ffffff';
    expect(surfaceOf(element)).to.equal(automatic);
  });
});
