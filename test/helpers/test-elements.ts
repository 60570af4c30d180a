import { html } from 'lit';
import { EcoDataElement } from '../../src/shared/eco-data-element.js';
import { formatPlural } from '../../src/shared/i18n/format.js';

/**
 * The smallest real data element: it says how many organizations it can see, in its language.
 * The base classes are tested through it, the way every real element uses them.
 */
export class CountingElement extends EcoDataElement {
  protected override render() {
    return this.renderWithData(
      (index) => html`<p>${formatPlural(this.locale, index.organizations.length, this.messages.organizations)}</p>`,
    );
  }

  /** Lets a test say something as the element would. */
  sayEmitted() {
    return this.emit('eco-select', { id: 'ghent-university' });
  }
}
CountingElement.define('eco-test-counting');

declare global {
  interface HTMLElementTagNameMap {
    'eco-test-counting': CountingElement;
  }
}
