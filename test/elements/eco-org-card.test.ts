import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/elements/eco-org-card/define.js';
import '../../src/elements/eco-provider/define.js';
import { EcoOrgCard } from '../../src/elements/eco-org-card/eco-org-card.js';
import { ORG_KINDS } from '../../src/elements/eco-org-card/org-kinds.js';
import { bundledIndex } from '../../src/data/bundled-dataset.js';
import type { Figure, Organization } from '../../src/data/dataset-schema.js';
import { ORGANIZATION_TYPES, type OrganizationType } from '../../src/data/vocabulary.js';
import { nameIn } from '../../src/shared/i18n/localized-text.js';
import { messagesFor } from '../../src/shared/i18n/messages/index.js';
import { isObservingLang } from '../../src/shared/i18n/lang-controller.js';
import { recordWarnings } from '../helpers/console.js';
import { smallDatasetCopy } from '../fixtures/datasets.js';

const shadow = (card: Element) => card.shadowRoot!;
/** The text as read, without the invisible marks that isolate data text for the bidi algorithm. */
const readable = (text: string | null | undefined) => text?.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim() ?? '';
const relationRows = (card: Element) =>
  [...shadow(card).querySelectorAll('[part="relations"] > div')].map(
    (row) => `${row.querySelector('dt')!.textContent}: ${readable(row.querySelector('dd')!.textContent)}`,
  );
const text = (card: Element, selector = '.card') => readable(shadow(card).querySelector(selector)?.textContent);

function figure(value: number, qualifier: Figure['qualifier'], unit: Figure['unit'], label: string, year: number | null = null): Figure {
  return { id: `figure-${value}`, label: { en: label, nl: `${label} (nl)` }, value, qualifier, unit, year, source: 'fixture-source' } as Figure;
}

/** A record made for one test, valid unless the test breaks it. */
function record(overrides: Partial<Organization> = {}): Organization {
  return {
    id: 'test-hospital',
    name: 'Test Hospital',
    aliases: [],
    formerNames: [],
    type: 'academic-hospital',
    region: 'east-flanders',
    city: 'Ghent',
    description: { en: 'A hospital made up for tests.', nl: 'Een verzonnen ziekenhuis voor tests.' },
    focus: ['oncology'],
    figures: [],
    parent: null,
    related: [],
    sources: ['fixture-source'],
    ...overrides,
  };
}

async function cardFor(org: Organization, attributes = '') {
  const container = await fixture(html`<div></div>`);
  container.innerHTML = `<eco-org-card ${attributes}></eco-org-card>`;
  const card = container.querySelector('eco-org-card')!;
  card.organization = org;
  await card.updateComplete;
  return card;
}

async function withWarnings<T>(action: () => Promise<T>): Promise<[T, string[]]> {
  const recorder = recordWarnings();
  try {
    return [await action(), recorder.warnings];
  } finally {
    recorder.stop();
  }
}

describe('<eco-org-card>', () => {
  describe('finding the organization', () => {
    for (const asked of ['antwerp-university-hospital', 'UZA', 'uza', 'Antwerp University Hospital', 'ANTWERP university-hospital']) {
      it(`shows Antwerp University Hospital for org="${asked}"`, async () => {
        const card = await fixture<EcoOrgCard>(html`<eco-org-card org=${asked}></eco-org-card>`);
        expect(text(card, '.name')).to.equal('Antwerp University Hospital');
      });
    }

    it('understands an organization’s name in another language, and shows it on pages in that language', async () => {
      const card = await fixture<EcoOrgCard>(html`<eco-org-card org="Universiteit Antwerpen"></eco-org-card>`);
      expect(text(card, '.name')).to.equal('University of Antwerp');
      card.lang = 'nl';
      await card.updateComplete;
      expect(text(card, '.name')).to.equal('Universiteit Antwerpen');
    });

    it('re-renders when org changes', async () => {
      const card = await fixture<EcoOrgCard>(html`<eco-org-card org="imec"></eco-org-card>`);
      card.org = 'VIB';
      await card.updateComplete;
      expect(text(card, '.name')).to.equal('VIB');
    });

    it('shows a record set through the organization property', async () => {
      const card = await cardFor(record());
      expect(text(card, '.name')).to.equal('Test Hospital');
    });
  });

  describe('what it shows', () => {
    it('shows name, type, place, description and focus areas in the chosen language', async () => {
      const card = await cardFor(record(), 'lang="nl"');
      expect(text(card, '[part="type"]')).to.equal('Universitair ziekenhuis');
      expect(text(card, '[part="place"]')).to.equal('Gent, Oost-Vlaanderen');
      expect(text(card, '[part="description"]')).to.equal('Een verzonnen ziekenhuis voor tests.');
      expect(text(card, '[part="tags"]')).to.equal('Oncologie');
    });

    it('falls back to English content, marked with lang="en", where the data has no translation', async () => {
      const card = await cardFor(record(), 'lang="fr"');
      const description = shadow(card).querySelector('[part="description"]')!;
      expect(description.textContent).to.equal('A hospital made up for tests.');
      expect(description.getAttribute('lang')).to.equal('en');
      expect(text(card, '[part="type"]')).to.equal('Hôpital universitaire');
    });

    it('follows the lang of the page around it', async () => {
      const page = await fixture(html`<div lang="de"><eco-org-card org="vib"></eco-org-card></div>`);
      const card = page.querySelector('eco-org-card')!;
      await card.updateComplete;
      expect(text(card, '[part="type"]')).to.equal('Forschungsinstitut');
    });

    const qualified = [
      figure(1000, 'at-least', 'count', 'beds'),
      figure(30, 'about', 'count', 'hospital campuses'),
      figure(150000, 'up-to', 'EUR', 'per company'),
      figure(2022, 'exact', 'year', 'reference year'),
      figure(1, 'exact', 'rank', 'in Europe'),
      { ...figure(6, 'exact', 'count', 'laboratories'), max: 7 } as Figure,
      figure(1, 'exact', 'first', 'seaport in Europe to do so'),
    ];
    const expected = {
      en: ['more than 1,000', 'about 30', 'up to €150,000', '2022', 'No. 1', '6–7', 'First'],
      nl: ['meer dan 1.000', 'ongeveer 30', 'tot € 150.000', '2022', 'nr. 1', '6-7', 'Eerste'],
      // The labels are in English and Dutch only: "First" goes with the English one (below).
      fr: ['plus de 1 000', 'environ 30', 'jusqu’à 150 000 €', '2022', 'nº 1', '6–7', 'First'],
      de: ['mehr als 1.000', 'etwa 30', 'bis zu 150.000 €', '2022', 'Nr. 1', '6–7', 'First'],
    };
    for (const [lang, values] of Object.entries(expected)) {
      it(`formats qualified figures in ${lang}`, async () => {
        const card = await cardFor(record({ figures: qualified }), `lang="${lang}"`);
        const shown = [...shadow(card).querySelectorAll('.figure-value')].map((value) => value.textContent!.replace(/\s/g, ' '));
        expect(shown).to.deep.equal(values);
      });
    }

    it('says "First" in the language of its label, marked as such where that is not the page’s', async () => {
      const french = { ...figure(1, 'exact', 'first', 'seaport in Europe to do so'), label: { en: 'seaport in Europe to do so', fr: 'port maritime d’Europe à le faire' } } as Figure;
      for (const [lang, shown, valueLang] of [
        ['fr', ['First', 'Premier'], ['en', null]],
        ['nl', ['Eerste', 'First'], [null, 'en']],
        ['de', ['First', 'First'], ['en', 'en']],
      ] as const) {
        const card = await cardFor(record({ figures: [qualified.at(-1)!, french] }), `lang="${lang}"`);
        const values = [...shadow(card).querySelectorAll('.figure-value')];
        expect(values.map((value) => value.textContent!.trim()), lang).to.deep.equal(shown);
        expect(values.map((value) => value.getAttribute('lang')), lang).to.deep.equal(valueLang);
      }
    });

    it('sets a qualifier’s words smaller than the number, as the key figures do', async () => {
      const card = await cardFor(record({ figures: qualified }));
      const value = shadow(card).querySelector('.figure-value')!;
      const [before, after] = [...value.querySelectorAll('.qualifier')];
      expect([before!.textContent, after!.textContent]).to.deep.equal(messagesFor('en').qualifiers['at-least']('\0').split('\0'));
      expect(parseFloat(getComputedStyle(before!).fontSize)).to.be.below(parseFloat(getComputedStyle(value).fontSize) * 0.8);
    });

    it('names what a figure counts, with its year', async () => {
      const card = await cardFor(record({ figures: [figure(55, 'exact', 'count', 'healthtech ventures', 2022)] }));
      expect(text(card, '[part="figures"] li')).to.equal('55 healthtech ventures (2022)');
    });

    it('shows the parent, former names, relations and what belongs to it', async () => {
      const card = await fixture<EcoOrgCard>(html`<eco-org-card org="happy-aging"></eco-org-card>`);
      expect(relationRows(card)).to.include('Formerly: LifeTechValley');
      const irc = await fixture<EcoOrgCard>(html`<eco-org-card org="inflammation-research-center"></eco-org-card>`);
      expect(relationRows(irc)).to.include('Part of: Ghent University');
      const ghent = await fixture<EcoOrgCard>(html`<eco-org-card org="ghent-university"></eco-org-card>`);
      expect(relationRows(ghent).find((row) => row.startsWith('Includes: '))).to.contain('Inflammation Research Center');
    });

    it('names its sources in small print', async () => {
      const card = await fixture<EcoOrgCard>(html`<eco-org-card org="vaccinopolis"></eco-org-card>`);
      expect(text(card, '[part="source"]')).to.match(/^Sources?: /).and.to.contain('Antwerp’s Living Laboratory for Health Innovation');
    });

    it('shows a monogram drawn from the name, hidden from screen readers', async () => {
      const card = await cardFor(record({ name: 'University of Test City' }));
      const avatar = shadow(card).querySelector('[part="avatar"]')!;
      expect(avatar.textContent).to.equal('UT');
      expect(avatar.getAttribute('aria-hidden')).to.equal('true');
    });

    it('puts the name in a heading of the level asked for, 3 by default', async () => {
      const card = await cardFor(record());
      expect(shadow(card).querySelector('h3[part="name"]')).to.exist;
      card.headingLevel = 5;
      await card.updateComplete;
      expect(shadow(card).querySelector('h5[part="name"]')).to.exist;
    });

    it('warns about a heading level outside 2 to 6 and uses 3', async () => {
      const [card, warnings] = await withWarnings(() => cardFor(record(), 'heading-level="9"'));
      expect(shadow(card).querySelector('h3[part="name"]')).to.exist;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('heading-level="9"');
    });

    it('shows only name, type and place in the compact layout', async () => {
      const card = await cardFor(record(), 'layout="compact"');
      expect(text(card)).to.equal('TH Test Hospital Academic hospital · Ghent, East Flanders');
      expect(shadow(card).querySelector('[part="description"]')).to.equal(null);
    });

    it('warns about an unknown layout and shows the full one', async () => {
      const [card, warnings] = await withWarnings(() => cardFor(record(), 'layout="poster"'));
      expect(shadow(card).querySelector('[part="description"]')).to.exist;
      expect(warnings[0]).to.contain('layout="poster"');
    });
  });

  // A column of a phone's width stands in for the phone: the card lays itself out by its own width, and
  // setViewport is not there in WebKit's driver, where these run too.
  describe('in a 320 px column', () => {
    for (const lang of ['en', 'nl', 'fr', 'de']) {
      it(`fits every organization of the dataset, full and compact, in ${lang}`, async () => {
        const column = await fixture<HTMLElement>(html`<div style="width: 320px; overflow: auto" lang=${lang}></div>`);
        column.innerHTML = bundledIndex()
          .organizations.flatMap((org) => ['full', 'compact'].map((layout) => `<eco-org-card org="${org.id}" layout="${layout}" no-jsonld></eco-org-card>`))
          .join('');
        const cards = [...column.querySelectorAll('eco-org-card')];
        await Promise.all(cards.map((card) => card.updateComplete));
        expect(cards.every((card) => shadow(card).querySelector('[part="name"]')), 'every card shows its organization').to.equal(true);
        const overflowing = cards.flatMap((card) => {
          const { left, right } = card.getBoundingClientRect();
          return [...shadow(card).querySelectorAll('*')]
            .filter((element) => {
              const box = element.getBoundingClientRect();
              return box.width > 0 && (box.left < left - 0.5 || box.right > right + 0.5);
            })
            .map((element) => `${card.getAttribute('org')} (${card.getAttribute('layout')}): ${element.outerHTML.slice(0, 80)}`);
        });
        expect(overflowing).to.deep.equal([]);
        expect(column.scrollWidth).to.be.at.most(column.clientWidth);
      });
    }
  });

  describe('events and links', () => {
    it('says eco-select with the id when the compact card’s name is activated', async () => {
      const card = await cardFor(record(), 'layout="compact"');
      setTimeout(() => shadow(card).querySelector<HTMLButtonElement>('[part="name"] button')!.click());
      const event = await oneEvent(card, 'eco-select');
      expect(event.detail).to.deep.equal({ id: 'test-hospital' });
    });

    it('shows the full card’s own name as text where there is no link to give it', async () => {
      const card = await cardFor(record());
      expect(shadow(card).querySelector('[part="name"] button, [part="name"] a')).to.equal(null);
      expect(text(card, '[part="name"]')).to.equal('Test Hospital');
    });

    it('says eco-select with the id of a related organization', async () => {
      const card = await fixture<EcoOrgCard>(html`<eco-org-card org="inflammation-research-center"></eco-org-card>`);
      setTimeout(() => shadow(card).querySelector<HTMLButtonElement>('[part="relations"] button')!.click());
      const event = await oneEvent(card, 'eco-select');
      expect(event.detail).to.deep.equal({ id: 'ghent-university' });
    });

    it('links the name and relations to href with {id} filled in', async () => {
      const card = await fixture<EcoOrgCard>(html`<eco-org-card org="inflammation-research-center" href="/partners/{id}"></eco-org-card>`);
      expect(shadow(card).querySelector('[part="name"] a')!.getAttribute('href')).to.equal(new URL('/partners/inflammation-research-center', location.href).href);
      expect(shadow(card).querySelector('[part="relations"] a')!.getAttribute('href')).to.match(/\/partners\/ghent-university$/);
    });

    for (const unsafe of ['javascript:alert(1)//{id}', 'data:text/html,<script>alert(1)</script>', ' JaVaScRiPt:alert(1)']) {
      it(`never links to ${unsafe.trim().split(':')[0]}: URLs, and says so`, async () => {
        const [card, warnings] = await withWarnings(() => cardFor(record(), `href="${unsafe}" layout="compact"`));
        expect(shadow(card).querySelectorAll('a')).to.have.length(0);
        expect(shadow(card).querySelector('[part="name"] button')).to.exist;
        expect(warnings.join()).to.contain('http:, https: or mailto:');
      });
    }
  });

  describe('the dialog', () => {
    const index = bundledIndex();
    const dialogOf = (card: Element) => shadow(card).querySelector('dialog');
    // A boolean: a failed assertion on an element itself takes the test browser down as it reports it.
    const hasDialog = (card: Element) => dialogOf(card) !== null;
    const panelOf = (dialog: HTMLDialogElement) => dialog.querySelector<EcoOrgCard>('eco-org-card')!;
    const closeButtonOf = (dialog: HTMLDialogElement) => dialog.querySelector<HTMLButtonElement>('form button')!;
    const relationButtons = (card: Element) => [...shadow(card).querySelectorAll<HTMLButtonElement>('[part="relations"] button')];
    const nameOf = (id: string) => nameIn(index.get(id)!, 'en');
    /** The parent of the Inflammation Research Center: the first relation its card shows. */
    const parentId = index.get('inflammation-research-center')!.parent!;

    /** Once the dialog is open, its card drawn and its opening animation done. */
    async function opened(card: EcoOrgCard): Promise<HTMLDialogElement> {
      await waitUntil(() => dialogOf(card)?.open, 'the dialog did not open');
      const dialog = dialogOf(card)!;
      await panelOf(dialog).updateComplete;
      await Promise.all(dialog.getAnimations().map((animation) => animation.finished));
      return dialog;
    }

    async function closed(card: EcoOrgCard): Promise<void> {
      await waitUntil(() => !hasDialog(card), 'the dialog did not close');
    }

    async function openParentOfIrc(attributes = '') {
      const container = await fixture(html`<div></div>`);
      container.innerHTML = `<eco-org-card org="inflammation-research-center" ${attributes}></eco-org-card>`;
      const card = container.querySelector('eco-org-card')!;
      await card.updateComplete;
      const opener = relationButtons(card)[0]!;
      const selected = oneEvent(container, 'eco-select');
      opener.click();
      const event = await selected;
      return { card, opener, event, dialog: await opened(card) };
    }

    it('renders no dialog until a relation is chosen, then shows that organization’s full card in a modal one', async () => {
      const card = await fixture<EcoOrgCard>(html`<eco-org-card org="inflammation-research-center"></eco-org-card>`);
      expect(hasDialog(card)).to.equal(false);
      const { event, dialog } = await openParentOfIrc();
      expect(event.detail).to.deep.equal({ id: parentId });
      expect(event.cancelable).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(text(panelOf(dialog), '.name')).to.equal(nameOf(parentId));
      expect(panelOf(dialog).shadowRoot!.querySelector('[part="description"]')).to.exist;
      expect(readable(dialog.getAttribute('aria-label'))).to.equal(nameOf(parentId));
    });

    it('shows its dialog’s card under the tag the card was defined with', async () => {
      EcoOrgCard.define('partner-org-card');
      const card = await fixture<EcoOrgCard>(html`<partner-org-card org="inflammation-research-center"></partner-org-card>`);
      relationButtons(card)[0]!.click();
      await waitUntil(() => dialogOf(card)?.open, 'the dialog did not open');
      const inner = dialogOf(card)!.querySelector<EcoOrgCard>('partner-org-card');
      expect(inner instanceof EcoOrgCard, 'a card').to.equal(true);
      await inner!.updateComplete;
      expect(text(inner!, '.name')).to.equal(nameOf(parentId));
    });

    it('opens the compact card’s own full card from its name, for a record the dataset lacks too', async () => {
      const card = await cardFor(record(), 'layout="compact"');
      shadow(card).querySelector<HTMLButtonElement>('[part="name"] button')!.click();
      const dialog = await opened(card);
      expect(text(panelOf(dialog), '[part="description"]')).to.equal(record().description!.en);
    });

    it('opens no dialog when the page calls preventDefault() on eco-select', async () => {
      const page = await fixture(html`<div><eco-org-card org="inflammation-research-center"></eco-org-card></div>`);
      const card = page.querySelector('eco-org-card')!;
      await card.updateComplete;
      page.addEventListener('eco-select', (event) => event.preventDefault());
      const selected = oneEvent(page, 'eco-select');
      relationButtons(card)[0]!.click();
      expect((await selected).defaultPrevented).to.equal(true);
      await card.updateComplete;
      expect(hasDialog(card)).to.equal(false);
    });

    it('shows a relation chosen inside the dialog in the same dialog, and tells the page', async () => {
      const { card, dialog } = await openParentOfIrc();
      const panel = panelOf(dialog);
      const next = relationButtons(panel).at(-1)!;
      const selected = oneEvent(card, 'eco-select');
      next.focus();
      await sendKeys({ press: 'Enter' });
      const { id } = (await selected).detail;
      await card.updateComplete;
      await panel.updateComplete;
      expect(id).to.not.equal(parentId);
      expect(shadow(card).querySelectorAll('dialog')).to.have.length(1);
      expect(panelOf(dialog) === panel, 'the same card, showing another organization').to.equal(true);
      expect(text(panel, '.name')).to.equal(nameOf(id));
      expect(hasDialog(panel)).to.equal(false);
      expect(shadow(card).activeElement === closeButtonOf(dialog), 'focus on the Close button').to.equal(true);
    });

    it('has its Close button inside the panel, in the top end corner', async () => {
      const { dialog } = await openParentOfIrc();
      const close = closeButtonOf(dialog);
      expect(close.getAttribute('aria-label')).to.equal(messagesFor('en').close);
      const button = close.getBoundingClientRect();
      const panel = panelOf(dialog).shadowRoot!.querySelector('[part="card"]')!.getBoundingClientRect();
      expect(button.left).to.be.at.least(panel.left);
      expect(button.right).to.be.at.most(panel.right);
      expect(button.top).to.be.at.least(panel.top);
      expect(button.bottom).to.be.at.most(panel.bottom);
      expect(panel.right - button.right, 'from the end').to.be.below(button.width);
      expect(button.top - panel.top, 'from the top').to.be.below(button.height);
    });

    it('closes with its Close button', async () => {
      const { card, dialog } = await openParentOfIrc();
      closeButtonOf(dialog).click();
      await closed(card);
    });

    it('closes on a click on the backdrop, not on one in the panel', async () => {
      const { card, dialog } = await openParentOfIrc();
      const description = panelOf(dialog).shadowRoot!.querySelector('[part="description"]')!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(description.left + 10), Math.round(description.top + 5)] });
      expect(dialog.open, 'after a click in the panel').to.equal(true);
      const panel = dialog.getBoundingClientRect();
      expect(panel.left).to.be.above(1);
      await sendMouse({ type: 'click', position: [Math.floor(panel.left / 2), Math.floor(panel.top + panel.height / 2)] });
      await closed(card);
    });

    it('takes focus to its Close button, closes on Escape and gives focus back to the relation that opened it', async () => {
      const card = await fixture<EcoOrgCard>(html`<eco-org-card org="inflammation-research-center"></eco-org-card>`);
      const opener = relationButtons(card)[0]!;
      opener.focus();
      await sendKeys({ press: 'Enter' });
      const dialog = await opened(card);
      expect(shadow(card).activeElement === closeButtonOf(dialog), 'focus on the Close button').to.equal(true);
      await sendKeys({ press: 'Escape' });
      await closed(card);
      expect(shadow(card).activeElement === opener, 'focus on the relation').to.equal(true);
    });

    it('keeps its keys from the page around it', async () => {
      const page = await fixture<HTMLElement>(html`<div><eco-org-card org="inflammation-research-center"></eco-org-card></div>`);
      const card = page.querySelector('eco-org-card')!;
      await card.updateComplete;
      const keys: string[] = [];
      page.addEventListener('keydown', (event) => keys.push(event.key));
      relationButtons(card)[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await opened(card);
      await sendKeys({ press: 'ArrowDown' });
      expect(keys).to.deep.equal(['Enter']);
    });

    it('forgets an open dialog when the card leaves the page', async () => {
      const { card } = await openParentOfIrc();
      const container = card.parentElement!;
      card.remove();
      await card.updateComplete;
      container.append(card);
      await card.updateComplete;
      expect(hasDialog(card)).to.equal(false);
    });

    // A phone-sized frame, for the dialog's media query (setViewport is not there in WebKit's driver).
    it('is a sheet along the bottom of the screen on a phone, its full width, rounded at the top', async () => {
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width: 390px; height: 800px; border: 0';
      frame.srcdoc = `<!doctype html><html><head><script type="module" src="${new URL('/src/elements/eco-org-card/define.ts', location.href).href}"></script></head>
        <body><eco-org-card org="inflammation-research-center"></eco-org-card></body></html>`;
      const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
      document.body.append(frame);
      await loaded;
      try {
        const page = frame.contentWindow!;
        await page.customElements.whenDefined('eco-org-card');
        const card = page.document.querySelector<EcoOrgCard>('eco-org-card')!;
        await card.updateComplete;
        relationButtons(card)[0]!.click();
        const dialog = await opened(card);
        const box = dialog.getBoundingClientRect();
        expect(box.left).to.equal(0);
        expect(box.width).to.equal(page.document.documentElement.clientWidth);
        expect(box.bottom).to.be.closeTo(page.innerHeight, 1);
        expect(box.height).to.be.at.most(page.innerHeight * 0.9 + 1);
        const style = page.getComputedStyle(dialog);
        expect(parseFloat(style.borderStartStartRadius)).to.be.above(0);
        expect(parseFloat(style.borderEndStartRadius)).to.equal(0);
      } finally {
        frame.remove();
      }
    });

    it('opens none where href makes names and relations links', async () => {
      const card = await fixture<EcoOrgCard>(html`<eco-org-card org="inflammation-research-center" href="/partners/{id}"></eco-org-card>`);
      expect(shadow(card).querySelectorAll('button')).to.have.length(0);
      const link = shadow(card).querySelector<HTMLAnchorElement>('[part="relations"] a')!;
      expect(link.href).to.equal(new URL(`/partners/${parentId}`, location.href).href);
      // The test page stays where it is; the card must not have stopped the link itself.
      const followed = new Promise<boolean>((resolve) =>
        document.addEventListener('click', (event) => {
          resolve(!event.defaultPrevented);
          event.preventDefault();
        }, { once: true }),
      );
      link.click();
      expect(await followed).to.equal(true);
      await card.updateComplete;
      expect(hasDialog(card)).to.equal(false);
    });

    for (const theme of ['light', 'dark']) {
      it(`is accessible while open, ${theme}`, async () => {
        const { card } = await openParentOfIrc(`theme="${theme}"`);
        await expect(card).to.be.accessible();
      });
    }
  });

  describe('the avatar’s colour', () => {
    /** The relative luminance (WCAG 2) of a computed colour: `rgb(…)`, or `color(srgb …)` where it was mixed. */
    function luminance(color: string): number {
      const channels =
        /^rgb\((\d+), (\d+), (\d+)\)$/.exec(color)?.slice(1).map((channel) => Number(channel) / 255) ??
        /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)\)$/.exec(color)?.slice(1).map(Number);
      expect(channels, color).to.have.length(3);
      const [r, g, b] = channels!.map((value) => (value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    }
    const contrast = (a: string, b: string) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (light! + 0.05) / (dark! + 0.05);
    };

    for (const theme of ['light', 'dark']) {
      it(`tells the kind of organization, with initials at 4.5:1 or more, ${theme}`, async () => {
        const container = await fixture(html`<div></div>`);
        container.innerHTML = ORGANIZATION_TYPES.map((type) => `<eco-org-card layout="compact" theme="${theme}" data-type="${type}"></eco-org-card>`).join('');
        const cards = [...container.querySelectorAll('eco-org-card')];
        for (const card of cards) card.organization = record({ type: card.dataset.type as OrganizationType });
        await Promise.all(cards.map((card) => card.updateComplete));
        const colourOfKind = new Map<string, string>();
        for (const card of cards) {
          const style = getComputedStyle(shadow(card).querySelector('[part="avatar"]')!);
          const kind = ORG_KINDS[card.dataset.type as OrganizationType];
          expect(contrast(style.color, style.backgroundColor), `${card.dataset.type}: ${style.color} on ${style.backgroundColor}`).to.be.at.least(4.5);
          expect(colourOfKind.get(kind) ?? style.backgroundColor, `${card.dataset.type} like the rest of ${kind}`).to.equal(style.backgroundColor);
          colourOfKind.set(kind, style.backgroundColor);
        }
        expect(new Set(colourOfKind.values()).size, 'one colour for each kind').to.equal(new Set(Object.values(ORG_KINDS)).size);
      });
    }
  });

  describe('every state', () => {
    /** Inserts `markup` as a CMS would, and returns the card, its eco-error and the warnings. */
    async function cardWithProblem(markup: string) {
      const container = await fixture(html`<div></div>`);
      const errored = oneEvent(container, 'eco-error');
      const [card, warnings] = await withWarnings(async () => {
        container.innerHTML = markup;
        const card = container.querySelector('eco-org-card')!;
        await card.updateComplete;
        return card;
      });
      return { card, error: (await errored).detail, warnings };
    }

    it('tells visitors in a few words that no organization is chosen, and developers which attribute to set', async () => {
      const { card, error, warnings } = await cardWithProblem('<eco-org-card></eco-org-card>');
      expect(text(card)).not.to.contain('org=');
      expect(error.code).to.equal('missing-attribute');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^\[eco-widgets\] <eco-org-card>: .*org="imec"/);
      expect(error.message).to.equal(warnings[0]!.slice('[eco-widgets] '.length));
    });

    it('names what was asked for when nothing matches, and suggests close names', async () => {
      const { card, error, warnings } = await cardWithProblem('<eco-org-card org="Gent Universty"></eco-org-card>');
      expect(text(card)).to.contain('“Gent Universty”').and.to.contain('Did you mean').and.to.contain('Ghent University');
      expect(error.code).to.equal('not-found');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^\[eco-widgets\] <eco-org-card org="Gent Universty">: matches no organization\. Did you mean .*"ghent-university"/);
    });

    it('reports a problem once, however often the card re-renders', async () => {
      const [card, warnings] = await withWarnings(async () => {
        const card = await fixture<EcoOrgCard>(html`<eco-org-card org="nothing-like-this"></eco-org-card>`);
        card.theme = 'dark';
        await card.updateComplete;
        return card;
      });
      expect(text(card)).to.contain('nothing-like-this');
      expect(warnings).to.have.length(1);
    });

    it('shows a polite message for an invalid record, never a blank box', async () => {
      const broken = { ...record(), type: 'castle', sources: 'everywhere' } as unknown as Organization;
      const [card, warnings] = await withWarnings(() => cardFor(broken));
      expect(text(card)).to.contain('incomplete');
      expect(warnings[0]).to.contain('type').and.to.contain('sources');
    });

    it('shows a busy skeleton while its provider loads, then the card', async () => {
      const body = encodeURIComponent(JSON.stringify(smallDatasetCopy()));
      const provider = await fixture(html`<eco-provider src=${`/test-network/slow?ms=300&body=${body}`}><eco-org-card org="UGent"></eco-org-card></eco-provider>`);
      const card = provider.querySelector('eco-org-card')!;
      await card.updateComplete;
      expect(shadow(card).querySelector('[aria-busy="true"]')).to.exist;
      await oneEvent(provider, 'eco-data-change');
      await card.updateComplete;
      expect(text(card, '.name')).to.equal('Ghent University');
    });

    it('shows the provider’s error when the data cannot be loaded', async () => {
      const [card] = await withWarnings(async () => {
        const provider = await fixture(html`<eco-provider src="/test-network/status?code=500"><eco-org-card org="imec"></eco-org-card></eco-provider>`);
        await oneEvent(provider, 'eco-error');
        const card = provider.querySelector('eco-org-card')!;
        await card.updateComplete;
        return card;
      });
      // The visitor reads that the data is missing and can try again; the HTTP details are the console's.
      expect(shadow(card).textContent).to.contain('could not be loaded').and.to.contain('Try again').and.not.to.contain('HTTP 500');
    });

    it('leaves nothing behind when removed, and works again when re-added', async () => {
      const container = await fixture(html`<div><eco-org-card org="imec"></eco-org-card></div>`);
      const card = container.querySelector('eco-org-card')!;
      await card.updateComplete;
      card.remove();
      expect(isObservingLang()).to.equal(false);
      container.append(card);
      await card.updateComplete;
      expect(card.querySelectorAll('script')).to.have.length(1);
      expect(text(card, '.name')).to.equal('imec');
    });
  });

  describe('JSON-LD for search engines', () => {
    it('writes one schema.org Organization into its light DOM', async () => {
      const card = await fixture<EcoOrgCard>(html`<eco-org-card org="inflammation-research-center"></eco-org-card>`);
      const scripts = card.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts).to.have.length(1);
      const data = JSON.parse(scripts[0]!.textContent!);
      expect(data).to.deep.include({ '@context': 'https://schema.org', '@type': 'Organization', name: 'Inflammation Research Center' });
      expect(data.alternateName).to.include('IRC');
      expect(data.address).to.deep.include({ addressLocality: 'Ghent', addressRegion: 'East Flanders' });
      expect(data.parentOrganization).to.deep.equal({ '@type': 'Organization', name: 'Ghent University' });
      expect(data.description).to.be.a('string').and.not.be.empty;
    });

    it('leaves the page’s DOM alone when a re-render does not change the description', async () => {
      const card = await fixture<EcoOrgCard>(html`<eco-org-card org="imec"></eco-org-card>`);
      const script = card.querySelector('script');
      card.theme = 'dark';
      card.layout = 'compact';
      await card.updateComplete;
      expect(card.querySelector('script')).to.equal(script);
    });

    it('keeps one description as org changes, and writes none with no-jsonld', async () => {
      const card = await fixture<EcoOrgCard>(html`<eco-org-card org="imec"></eco-org-card>`);
      card.org = 'vib';
      await card.updateComplete;
      expect(card.querySelectorAll('script')).to.have.length(1);
      expect(JSON.parse(card.querySelector('script')!.textContent!).name).to.equal('VIB');
      card.noJsonld = true;
      await card.updateComplete;
      expect(card.querySelectorAll('script')).to.have.length(0);
    });
  });

  describe('hostile data', () => {
    /** Whether `word`, somewhere in `root`, is laid out left to right: its first letter left of its last. */
    function readsLeftToRight(root: Node, word: string): boolean {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const at = node.data.indexOf(word);
        if (at < 0) continue;
        const box = (offset: number) => {
          const range = document.createRange();
          range.setStart(node, offset);
          range.setEnd(node, offset + 1);
          return range.getBoundingClientRect().left;
        };
        return box(at) < box(at + word.length - 1);
      }
      throw new Error(`"${word}" is not shown`);
    }

    it('keeps a right-to-left override in a name, a city or a label from reversing the text around it', async () => {
      const override = '\u202E';
      const card = await cardFor(
        record({
          name: `Override${override} Hospital`,
          city: `Ghent${override}`,
          formerNames: [`Old Name${override}`, 'Second Name'],
          figures: [{ ...figure(1000, 'exact', 'count', `beds${override}`), year: 2023 }],
        }),
      );
      const root = shadow(card);
      expect(readsLeftToRight(root, 'East Flanders'), 'the region after the city').to.equal(true);
      expect(readsLeftToRight(root, 'Second Name'), 'the next former name').to.equal(true);
      expect(readsLeftToRight(root, '2023'), 'the year after the label').to.equal(true);
    });

    it('never takes a city name for something the language tables inherit', async () => {
      const card = await cardFor(record({ city: 'constructor' }));
      expect(text(card, '[part="place"]')).to.equal('constructor, East Flanders');
    });

    const payload = '</script><img src=x onerror="window.ecoXss=1"><script>window.ecoXss=1</script>';

    it('shows markup in the data as text, and runs none of it', async () => {
      const card = await cardFor(record({ name: payload, description: { en: payload } }));
      await aTimeout(50);
      expect((window as { ecoXss?: number }).ecoXss).to.equal(undefined);
      expect(shadow(card).querySelector('img')).to.equal(null);
      expect(text(card, '[part="description"]')).to.equal(payload);
    });

    it('cannot close its JSON-LD script from inside the data', async () => {
      const card = await cardFor(record({ name: payload }));
      expect(card.querySelectorAll('script')).to.have.length(1);
      expect(card.querySelector('script')!.textContent).to.not.contain('</script>');
      expect(JSON.parse(card.querySelector('script')!.textContent!).name).to.equal(payload);
    });
  });

  describe('accessibility', () => {
    for (const [state, markup] of [
      ['full, light', html`<eco-org-card org="antwerp-university-hospital" theme="light"></eco-org-card>`],
      ['full, dark', html`<eco-org-card org="ghent-university-hospital" theme="dark"></eco-org-card>`],
      ['compact', html`<eco-org-card org="vib" layout="compact"></eco-org-card>`],
      ['with links', html`<eco-org-card org="inflammation-research-center" href="/p/{id}"></eco-org-card>`],
      ['not found, dark', html`<eco-org-card org="zzz" theme="dark"></eco-org-card>`],
      ['missing org', html`<eco-org-card></eco-org-card>`],
    ] as const) {
      it(`is accessible: ${state}`, async () => {
        const [card] = await withWarnings(() => fixture<EcoOrgCard>(markup));
        await expect(card).to.be.accessible();
      });
    }

    it('is accessible while loading', async () => {
      const provider = await fixture(html`<eco-provider src="/test-network/slow?ms=2000"><eco-org-card org="imec"></eco-org-card></eco-provider>`);
      const card = provider.querySelector('eco-org-card')!;
      await card.updateComplete;
      expect(shadow(card).querySelector('[aria-busy="true"]')).to.exist;
      await expect(card).to.be.accessible();
    });

    it('lets the keyboard reach every relation with Tab, in reading order, and choose one with Enter', async () => {
      const container = await fixture(html`<div><button>before</button><eco-org-card org="vub"></eco-org-card></div>`);
      const card = container.querySelector('eco-org-card')!;
      await card.updateComplete;
      const controls = [...shadow(card).querySelectorAll<HTMLElement>('button, a[href]')];
      expect(controls.length).to.be.greaterThan(3);
      container.querySelector('button')!.focus();
      const reached: (Element | null)[] = [];
      for (let i = 0; i < controls.length; i++) {
        await sendKeys({ press: 'Tab' });
        reached.push(shadow(card).activeElement);
      }
      expect(reached).to.deep.equal(controls);
      const chosen = oneEvent(card, 'eco-select');
      await sendKeys({ press: 'Enter' });
      expect((await chosen).detail.id).not.to.equal('vub');
    });
  });
});
