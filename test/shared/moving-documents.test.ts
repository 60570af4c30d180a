import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { EcoOrgCard } from '../../src/elements/eco-org-card/eco-org-card.js';

/** A styled property of the card that an unstyled element would not have. */
const cardRadius = (card: EcoOrgCard) => getComputedStyle(card.shadowRoot!.querySelector('[part~="card"]')!).borderTopLeftRadius;

async function sameOriginFrame(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.srcdoc = '<!doctype html><html lang="en"><body></body></html>';
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('an element moved to another document', () => {
  it('keeps its styles in an iframe’s document, and again when moved back', async () => {
    const card = await fixture<EcoOrgCard>(html`<eco-org-card org="imec"></eco-org-card>`);
    const styled = cardRadius(card);
    expect(styled).not.to.equal('0px');
    const home = card.parentElement!;
    const frame = await sameOriginFrame();
    try {
      frame.contentDocument!.body.append(card);
      await card.updateComplete;
      expect(cardRadius(card), 'in the iframe').to.equal(styled);
      home.append(card);
      await card.updateComplete;
      expect(cardRadius(card), 'back home').to.equal(styled);
    } finally {
      frame.remove();
    }
  });
});
