import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import manifest from '../../package.json';
import { VERSION } from '../../src/shared/version.js';
import { recordWarnings } from '../helpers/console.js';
import { CountingElement } from '../helpers/test-elements.js';

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

  /** The surface colour as the element paints it: the token resolved in the element's color-scheme. */
  const surfaceOf = (element: HTMLElement) => {
    element.style.backgroundColor = 'var(--_surface)';
    return getComputedStyle(element).backgroundColor;
  };
  const LIGHT = 'rgb(255, 255, 255)';
  const DARK = 'rgb(21, 27, 35)';
  const visitorPrefersDark = () => matchMedia('(prefers-color-scheme: dark)').matches;

  for (const scheme of ['light', 'dark'] as const) {
    it(`follows the page's color-scheme by default: ${scheme} on a ${scheme} page, whatever the visitor's setting`, async () => {
      const page = await fixture(html`<div style=${`color-scheme: ${scheme}`}><eco-test-counting></eco-test-counting></div>`);
      const element = page.querySelector<CountingElement>('eco-test-counting')!;
      expect(element.hasAttribute('theme')).to.equal(false);
      expect(surfaceOf(element)).to.equal(scheme === 'dark' ? DARK : LIGHT);
    });

    it(`forces ${scheme} colours with theme="${scheme}", on a page of the other scheme`, async () => {
      const other = scheme === 'dark' ? 'light' : 'dark';
      const page = await fixture(html`<div style=${`color-scheme: ${other}`}><eco-test-counting theme=${scheme}></eco-test-counting></div>`);
      const element = page.querySelector<CountingElement>('eco-test-counting')!;
      expect(surfaceOf(element)).to.equal(scheme === 'dark' ? DARK : LIGHT);
      expect(getComputedStyle(element).colorScheme).to.equal(scheme);
    });
  }

  it('follows the visitor\'s setting with theme="auto", even on a light page', async () => {
    const page = await fixture(html`<div style="color-scheme: light"><eco-test-counting theme="auto"></eco-test-counting></div>`);
    expect(surfaceOf(page.querySelector('eco-test-counting')!)).to.equal(visitorPrefersDark() ? DARK : LIGHT);
  });

  it('lets the page set colours through --eco-* properties', async () => {
    const page = await fixture(html`<div style="--eco-color-surface: rgb(1, 2, 3)"><eco-test-counting theme="dark"></eco-test-counting></div>`);
    expect(surfaceOf(page.querySelector('eco-test-counting')!)).to.equal('rgb(1, 2, 3)');
  });

  it('warns once about an unknown theme, in the common format, and follows the page', async () => {
    const recorder = recordWarnings();
    const page = await fixture(html`<div style="color-scheme: dark"><eco-test-counting theme="neon"></eco-test-counting></div>`);
    const element = page.querySelector<CountingElement>('eco-test-counting')!;
    element.lang = 'nl';
    await element.updateComplete;
    recorder.stop();
    expect(recorder.warnings).to.have.length(1);
    expect(recorder.warnings[0]).to.match(/^\[eco-widgets\] <eco-test-counting theme="neon">: "neon" is unknown\. .*Valid values: light, dark, auto\./);
    expect(surfaceOf(element)).to.equal(DARK);
  });
});
