import { html } from 'lit';
import type { FormattedFigure } from './format-figure.js';

/** A figure's number as `shown`, between its qualifier's words, in spans the elements set smaller. */
export function qualifiedNumber([before, , after]: FormattedFigure['parts'], shown: string) {
  return html`<span class="qualifier">${before}</span>${shown}<span class="qualifier">${after}</span>`;
}
