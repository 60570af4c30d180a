import { consume } from '@lit/context';
import { css, html, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { bundledIndex } from '../data/bundled-dataset.js';
import type { DataState } from '../data/data-state.js';
import type { EcosystemIndex } from '../data/ecosystem-index.js';
import { nearest } from '../data/normalize.js';
import { FACET_KEYS, type Facet } from '../data/vocabulary.js';
import { quoted } from './attribute-values.js';
import { EcoElement } from './eco-element.js';
import { ecosystemContext } from './ecosystem-context.js';
import { isolated } from './i18n/isolate.js';

/** The loading and failure views that every data-showing element shares. */
export const dataStatusStyles = css`
  /* While loading, keep roughly the room the content will take (see dist/eco-widgets.css). */
  .eco-status[aria-busy='true'] {
    min-block-size: var(--_loading-size, auto);
  }
  .eco-status {
    font-size: var(--_text-sm);
    line-height: 1.5;
  }
  .eco-status p {
    margin: 0;
  }
  .eco-status[data-kind='error'] {
    border-inline-start: 3px solid var(--_danger);
  }
  .eco-status button {
    margin-block-start: calc(var(--_space) / 2);
    font: inherit;
    padding: 0.25em 0.75em;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface-raised);
    color: var(--_text);
    cursor: pointer;
  }
`;

/**
 * An element that shows ecosystem data: from the closest `<eco-provider>`, or the bundled dataset
 * when there is none.
 */
export class EcoDataElement extends EcoElement {
  static override styles = [...EcoElement.styles, dataStatusStyles];

  @consume({ context: ecosystemContext, subscribe: true })
  @state()
  private providedData?: DataState;

  protected get dataState(): DataState {
    return this.providedData ?? { status: 'ready', index: bundledIndex() };
  }

  /**
   * A region's, type's or focus area's name in the element's language: the dataset's own first, then
   * ours, then the dataset's English one; an id with no name at all shows as itself.
   */
  protected termName(index: EcosystemIndex | undefined, facet: Facet, id: string): string {
    const ours: Record<string, string> = this.messages[FACET_KEYS[facet]];
    return index?.termName(facet, id, this.locale) ?? (Object.hasOwn(ours, id) ? ours[id] : undefined) ?? index?.termName(facet, id, 'en') ?? id;
  }

  /** For visitors: "There is no focus area called “onclogy”. Did you mean Oncology?" */
  protected unknownTermSentence(index: EcosystemIndex, facet: Facet, value: string): string {
    const near = nearest(value, index.terms[facet]).map((id) => this.termName(index, facet, id));
    return `${this.messages.unknown[facet](isolated(quoted(value)))} ${this.didYouMean(near)}`;
  }

  /** Renders `ready` with the index, or what stands in for the data while there is none. */
  protected renderWithData(ready: (index: EcosystemIndex) => TemplateResult): TemplateResult {
    const data = this.dataState;
    return data.status === 'ready' ? ready(data.index) : this.renderDataPending();
  }

  /**
   * The loading view, or the data error in words for visitors: the details are the provider's to
   * report, in the console and in `eco-error`.
   */
  protected renderDataPending(): TemplateResult {
    const data = this.dataState;
    if (data.status !== 'error') return this.renderLoading();
    return html`<div class="eco-status eco-panel" part="status" data-kind="error" role="status">
      <p>${this.messages.dataUnavailable}</p>
      ${data.retry ? html`<button type="button" @click=${data.retry}>${this.messages.retry}</button>` : null}
    </div>`;
  }

  protected renderLoading(): TemplateResult {
    return html`<div class="eco-status eco-panel" part="status" role="status" aria-busy="true">${this.messages.loading}</div>`;
  }
}
