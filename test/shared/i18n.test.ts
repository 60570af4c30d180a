import { expect, fixture, html } from '@open-wc/testing';
import { formatList, formatNumber, formatPlural } from '../../src/shared/i18n/format.js';
import { isObservingLang } from '../../src/shared/i18n/lang-controller.js';
import { ORGANIZATION_TYPES } from '../../src/data/vocabulary.js';
import { closestLang, LOCALES, toLocale } from '../../src/shared/i18n/locale.js';
import { messagesFor } from '../../src/shared/i18n/messages/index.js';
import '../helpers/test-elements.js';

const text = (element: Element) => element.shadowRoot!.textContent!.trim();

describe('language', () => {
  it('maps language tags to the languages we speak', () => {
    expect(toLocale('nl-BE')).to.equal('nl');
    expect(toLocale(' FR ')).to.equal('fr');
    expect(toLocale('de_AT')).to.equal('de');
    expect(toLocale('es')).to.equal(undefined);
    expect(toLocale('')).to.equal(undefined);
  });

  it('follows the closest ancestor lang, through shadow roots', async () => {
    const outer = await fixture(html`<div lang="fr"><div id="host"></div></div>`);
    const host = outer.querySelector('#host')!;
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(closestLang(inner)).to.equal('fr');
  });

  it('speaks the language of its closest ancestor, and its own lang wins', async () => {
    const page = await fixture(html`<div lang="nl-BE"><eco-test-counting></eco-test-counting><eco-test-counting lang="de"></eco-test-counting></div>`);
    const [inherited, own] = page.querySelectorAll('eco-test-counting');
    expect(text(inherited!)).to.match(/organisaties$/);
    expect(text(own!)).to.match(/Organisationen$/);
  });

  it('falls back to English for a language it does not speak', async () => {
    const element = await fixture(html`<eco-test-counting lang="es"></eco-test-counting>`);
    expect(text(element)).to.match(/organizations$/);
  });

  it('re-renders when an ancestor changes language', async () => {
    const page = await fixture(html`<div lang="en"><eco-test-counting></eco-test-counting></div>`);
    const element = page.querySelector('eco-test-counting')!;
    page.setAttribute('lang', 'fr');
    await new Promise((done) => setTimeout(done));
    await element.updateComplete;
    expect(text(element)).to.match(/organisations$/);
  });

  it('stops watching the page when the last element leaves', async () => {
    const element = await fixture(html`<eco-test-counting></eco-test-counting>`);
    expect(isObservingLang()).to.equal(true);
    element.remove();
    expect(isObservingLang()).to.equal(false);
  });

  it('has every UI string in every language', () => {
    const keys = Object.keys(messagesFor('en')).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(messagesFor(locale)).sort(), locale).to.deep.equal(keys);
    }
  });

  it('labels each type with its singular name, capitalized', () => {
    for (const locale of LOCALES) {
      const { types, typeCounts } = messagesFor(locale);
      for (const type of ORGANIZATION_TYPES) {
        const label = types[type];
        expect(label[0], `${locale} ${type}`).to.equal(label[0]!.toLocaleUpperCase(locale));
        expect(label.toLocaleLowerCase(locale), `${locale} ${type}`).to.equal(typeCounts[type].one.toLocaleLowerCase(locale));
      }
    }
  });
});

describe('formatting', () => {
  it('groups numbers as each language does', () => {
    expect(formatNumber('en', 55000)).to.equal('55,000');
    expect(formatNumber('nl', 55000)).to.equal('55.000');
    expect(formatNumber('de', 1000)).to.equal('1.000');
    expect(formatNumber('fr', 55000).replace(/\s/g, ' ')).to.equal('55 000');
  });

  it('joins lists with the language’s own conjunction', () => {
    expect(formatList('en', ['A', 'B', 'C'])).to.equal('A, B, and C');
    expect(formatList('nl', ['A', 'B', 'C'])).to.equal('A, B en C');
    expect(formatList('de', ['A', 'B'])).to.equal('A und B');
    expect(formatList('en', ['A', 'B'], 'disjunction')).to.equal('A or B');
  });

  it('chooses plural forms by the language’s rules', () => {
    const forms = { one: (count: string) => `${count} thing`, other: (count: string) => `${count} things` };
    expect(formatPlural('en', 1, forms)).to.equal('1 thing');
    expect(formatPlural('en', 0, forms)).to.equal('0 things');
    expect(formatPlural('nl', 1200, forms)).to.equal('1.200 things');
    // French counts 0 as singular.
    expect(formatPlural('fr', 0, forms)).to.equal('0 thing');
  });
});
