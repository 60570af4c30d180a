import { provide } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { bundledIndex } from '../../data/bundled-dataset.js';
import type { DataState } from '../../data/data-state.js';
import { indexDataset, loadDataset } from '../../data/load-dataset.js';
import { EcoElement } from '../../shared/eco-element.js';
import { ecosystemContext } from '../../shared/ecosystem-context.js';
import { providerStyles } from './eco-provider.styles.js';

/**
 * Provides a dataset and a language to every eco-* element inside it. Without `src` or `data` it
 * provides the bundled dataset; its `lang` is followed by every element inside that has none of its own.
 *
 * @tagname eco-provider
 * @summary Swaps in your own dataset or language for the elements inside.
 * @slot - The eco-* elements (and anything else) that should use this data.
 * @fires {CustomEvent<{ code: string; message: string; problems?: { path: string; message: string }[] }>} eco-error - The dataset could not be loaded or is invalid; `problems` lists every mistake with its path.
 * @fires {CustomEvent<{ status: 'loading' | 'ready' | 'error' }>} eco-data-change - The data the provider hands down changed.
 */
export class EcoProvider extends EcoElement {
  static override styles = [...EcoElement.styles, providerStyles];

  /** URL of a dataset in the format of `data/ecosystem.schema.json`, relative to the page. */
  @property() src?: string;

  /** A dataset object, used instead of `src`. It is validated like a fetched one. */
  @property({ attribute: false }) data?: unknown;

  /** How long to wait for `src`, in milliseconds, before showing a time-out. */
  @property({ type: Number }) timeout = 15_000;

  @provide({ context: ecosystemContext })
  protected dataState: DataState = { status: 'loading' };

  private readonly loader = new Task(this, {
    args: () => [this.src, this.data] as const,
    task: async ([src, data], { signal }): Promise<DataState> => {
      if (data !== undefined) return indexDataset(data);
      if (!src) return { status: 'ready', index: bundledIndex() };
      this.publish({ status: 'loading' });
      return loadDataset(new URL(src, document.baseURI).href, { signal, timeoutMs: this.timeout });
    },
    onComplete: (state) => this.publish(state),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Children ask for data as soon as they connect, before our first update runs the loader: they
    // must not be handed the bundled dataset for a moment when a dataset of the page's own is coming.
    if (this.loader.status === TaskStatus.INITIAL && this.data === undefined && !this.src) {
      this.dataState = { status: 'ready', index: bundledIndex() };
    }
  }

  /** Loads `src` again, for example after a network failure. */
  reload(): Promise<void> {
    return this.loader.run();
  }

  private publish(state: DataState): void {
    if (state.status === 'error') {
      state = { ...state, retry: () => void this.reload() };
      const { code, message, problems } = state.error;
      const shown = problems.slice(0, 5).map((problem) => `\n  ${problem.path}: ${problem.message}`).join('');
      const more = problems.length > 5 ? `\n  … and ${problems.length - 5} more (see the eco-error event)` : '';
      this.warn(`${message}${shown}${more}`);
      this.emit('eco-error', { code, message, problems });
    }
    this.dataState = state;
    this.emit('eco-data-change', { status: state.status });
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eco-provider': EcoProvider;
  }
}
