import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { EcoOrgCard } from '../../src/elements/eco-org-card/eco-org-card.js';
import type { EcoRegionList } from '../../src/elements/eco-region-list/eco-region-list.js';
import { isObservingLang } from '../../src/shared/i18n/lang-controller.js';
import { recordWarnings } from '../helpers/console.js';

const HUGE = 'antwerp '.repeat(20_000);

async function quietly<T>(action: () => Promise<T>): Promise<T> {
  const recorder = recordWarnings();
  try {
    return await action();
  } finally {
    recorder.stop();
  }
}

/** Every element must answer with something: content, or a message. Never an empty box. */
const shows = (element: Element) => element.shadowRoot!.textContent!.trim().length > 0;

describe('attributes with empty, absurd, huge and wrong-case values', () => {
  const cases: [string, string][] = [
    ['eco-org-card', 'org=""'],
    ['eco-org-card', `org="${HUGE}"`],
    ['eco-org-card', 'org="IMEC" layout="COMPACT" theme="DARK" lang="NL"'],
    ['eco-org-card', 'org="imec" heading-level="-1" layout="" theme="" lang=""'],
    ['eco-org-card', 'org="imec" href=""'],
    ['eco-region-list', 'region="" type="" focus="" query="" sort="" group-by="" layout="" controls="" page-size=""'],
    ['eco-region-list', `region="ANTWERP, Limburg" sort="TYPE" group-by="Region" layout="GRID" controls="SEARCH Filters" page-size="1e12"`],
    ['eco-region-list', `query="${HUGE}"`],
    ['eco-region-list', `region="${HUGE}"`],
    ['eco-stats', 'region="" org="" metrics="" layout=""'],
    ['eco-stats', 'region="LIMBURG" layout="CHART" counts'],
    ['eco-stats', `metrics="${HUGE}"`],
  ];
  for (const [tag, attributes] of cases) {
    it(`<${tag} ${attributes.slice(0, 60)}>: shows something and throws nothing`, async () => {
      const container = await fixture(html`<div></div>`);
      const element = await quietly(async () => {
        container.innerHTML = `<${tag} ${attributes}></${tag}>`;
        const element = container.firstElementChild as EcoOrgCard;
        await element.updateComplete;
        return element;
      });
      expect(shows(element)).to.equal(true);
      expect(element.shadowRoot!.textContent!.length).to.be.below(5_000);
    });
  }

  it('names a few of 20,000 unknown regions, on screen and in one short warning', async () => {
    const junk = Array.from({ length: 20_000 }, (_, i) => `nowhere-${i}`).join(',');
    const recorder = recordWarnings();
    const container = await fixture(html`<div></div>`);
    const list = document.createElement('eco-region-list');
    list.setAttribute('region', junk);
    container.append(list);
    await list.updateComplete;
    recorder.stop();
    const message = list.shadowRoot!.querySelector('[part="status"]')!.textContent!;
    expect(message).to.contain('nowhere-0');
    expect(message.length).to.be.below(2_000);
    expect(recorder.warnings).to.have.length(1);
    expect(recorder.warnings[0]).to.contain('"nowhere-0", "nowhere-1", "nowhere-2" and ');
    expect(recorder.warnings[0]!.length).to.be.below(2_000);
  });

  it('reads wrong-case choices as the right ones', async () => {
    const card = await fixture<EcoOrgCard>(html`<eco-org-card org="IMEC" layout="COMPACT" theme="DARK"></eco-org-card>`);
    expect(card.shadowRoot!.querySelector('.compact')).to.exist;
    expect(getComputedStyle(card).colorScheme).to.equal('dark');
    const list = await fixture<EcoRegionList>(html`<eco-region-list layout="GRID" region="LIMBURG"></eco-region-list>`);
    expect(list.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.match(/in Limburg$/);
  });
});

describe('rapid attribute churn', () => {
  it('ends on the last of 1,000 org changes', async () => {
    const card = await fixture<EcoOrgCard>(html`<eco-org-card></eco-org-card>`);
    const ids = ['imec', 'vib', 'vito', 'uza', 'ghent-university'];
    await quietly(async () => {
      for (let i = 0; i < 1_000; i++) {
        card.setAttribute('org', ids[i % ids.length]!);
        if (i % 100 === 0) await card.updateComplete;
      }
      card.setAttribute('org', 'vaccinopolis');
      await card.updateComplete;
    });
    expect(card.shadowRoot!.querySelector('.name')!.textContent!.trim()).to.equal('Vaccinopolis');
    expect(card.querySelectorAll('script')).to.have.length(1);
  });

  it('ends on the last of 1,000 filter changes, and leaves nothing behind when removed', async () => {
    const list = await fixture<EcoRegionList>(html`<eco-region-list></eco-region-list>`);
    const regions = ['antwerp', 'limburg', 'brussels', 'east-flanders'];
    for (let i = 0; i < 1_000; i++) {
      list.region = regions[i % regions.length];
      list.query = i % 2 ? 'bio' : '';
      if (i % 100 === 0) await list.updateComplete;
    }
    list.region = 'limburg';
    list.query = '';
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.match(/in Limburg$/);
    list.remove();
    expect(isObservingLang()).to.equal(false);
  });
});
