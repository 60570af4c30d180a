import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { EcoProvider } from '../../src/elements/eco-provider/eco-provider.js';
import { LOCALES } from '../../src/shared/i18n/locale.js';
import { recordWarnings } from '../helpers/console.js';
import { smallDatasetCopy } from '../fixtures/datasets.js';

/*
 * String.replace reads `$&`, `` $` ``, `$'` and `$1` in its replacement as patterns, and a value holding
 * `{attribute}` could be filled in a second time. Text from a page or a dataset must come out exactly
 * as it went in.
 */
const PATTERNS = ['[$`]', "x$&y", "$'tail", '$1$2', 'a{attribute}b', '{value}{valid}'];

/** The text as read, without the invisible marks that isolate data text for the bidi algorithm. */
const shownText = (element: Element) => element.shadowRoot!.textContent!.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ');

async function render(markup: string): Promise<Element> {
  const recorder = recordWarnings();
  try {
    const container = await fixture(html`<div></div>`);
    container.innerHTML = markup;
    const element = container.firstElementChild as Element & { updateComplete: Promise<unknown> };
    await element.updateComplete;
    return element;
  } finally {
    recorder.stop();
  }
}

describe('text that looks like a replacement pattern', () => {
  for (const lang of LOCALES) {
    for (const value of PATTERNS) {
      it(`is quoted as written in the card’s not-found message (${lang}): ${value}`, async () => {
        const card = await render(`<eco-org-card lang="${lang}"></eco-org-card>`);
        card.setAttribute('org', value);
        await (card as Element & { updateComplete: Promise<unknown> }).updateComplete;
        const text = shownText(card);
        expect(text).to.contain(value);
        expect(text.split(value)).to.have.length(2, 'the value appears once');
        expect(text.replace(value, '')).not.to.match(/\{(query|names)\}/);
      });
    }
  }

  for (const value of PATTERNS) {
    it(`is quoted as written in the list’s and the stats’ unknown-value messages: ${value}`, async () => {
      for (const markup of [`<eco-region-list region="${value}"></eco-region-list>`, `<eco-stats metrics="${value}"></eco-stats>`]) {
        const element = await render(markup);
        const text = shownText(element);
        const asId = value.toLowerCase();
        expect(text, markup).to.contain(`“${asId}”`);
        expect(text.split(asId), markup).to.have.length(2, 'the value appears once');
        expect(text.replace(asId, ''), markup).not.to.match(/\{(value|attribute|valid)\}/);
      }
    });
  }

  it('shows names from a dataset exactly as written, in every message that carries them', async () => {
    const dataset = smallDatasetCopy();
    const org = dataset.organizations[0]!;
    org.name = 'Lab $& $` $\' $1 {place}';
    org.figures = [];
    const provider = await fixture<EcoProvider>(html`<eco-provider><eco-stats></eco-stats></eco-provider>`);
    const ready = oneEvent(provider, 'eco-data-change');
    provider.data = dataset;
    await ready;
    const stats = provider.querySelector('eco-stats')!;
    stats.setAttribute('org', org.id);
    await stats.updateComplete;
    expect(shownText(stats)).to.contain(org.name);
  });
});
