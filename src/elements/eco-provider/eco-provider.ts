import { provide } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { bundledIndex } from '../../data/bundled-dataset.js';
import type { DataState } from '../../data/data-state.js';
import { indexDataset, loadDataset } from '../../data/load-dataset.js';
import { EcoElement } from '../../shared/eco-element.js';
import { ecosystemContext } from '../../shared/ecosystem-context.js';
import { providerStyles } from './eco-provider.styles.js';

const DEFAULT_TIMEOUT_MS = 15_000;
/** Ten minutes: a wait longer than that is a failure no visitor sees. Timers break past 2^31 - 1 ms. */
const MAX_TIMEOUT_MS = 600_000;
/** Removing the attribute sets the property to null. */
const isTimeout = (value: number | null): value is number => value !== null && value >= 1 && value <= MAX_TIMEOUT_MS;

/**
 * Provides a dataset and a language to every eco-* element inside it. Without `src` or `data` it
 * provides the bundled dataset; its `lang` is followed by every element inside that has none of its own.
 *
 * @tagname eco-provider
 * @summary Swaps in your own dataset or language for the elements inside.
 * @slot - The eco-* elements (and anything else) that should use this data.
 * @fires {CustomEvent<EcoErrorDetail>} eco-error - The dataset could not be loaded or is invalid; `problems` lists its mistakes with their paths: the first 100, then one that counts the rest.
 * @fires {CustomEvent<EcoDataChangeDetail>} eco-data-change - The data the provider hands down changed.
 */
export class EcoProvider extends EcoElement {
  static override styles = [...EcoElement.styles, providerStyles];

  /** URL of a dataset in the format of `data/ecosystem.schema.json`, relative to the page. */
  @property() src?: string;

  /** A dataset object, used instead of `src`. It is validated like a fetched one. */
  @property({ attribute: false }) data?: unknown;

  /**
   * How long to wait for `src`, in milliseconds (1 to 600000), before showing a time-out. Anything
   * else means the default, 15000, with a warning.
   */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  @provide({ context: ecosystemContext })
  protected dataState: DataState = { status: 'loading' };

  private readonly loader = new Task(this, {
    args: () => [this.src, this.data] as const,
    task: async ([src, data], { signal }): Promise<DataState> => {
      if (data !== undefined) return indexDataset(data);
      if (!src) return { status: 'ready', index: bundledIndex() };
      this.publish({ status: 'loading' });
      return loadDataset(new URL(src, document.baseURI).href, { signal, timeoutMs: this.timeoutMs });
    },
    onComplete: (state) => this.publish(state),
  });

  /** `timeout` when it is a wait a browser can time, else the default. Unset is the default too. */
  private get timeoutMs(): number {
    return isTimeout(this.timeout) ? this.timeout : DEFAULT_TIMEOUT_MS;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('timeout') && this.timeout !== null && !isTimeout(this.timeout)) {
      const written = this.getAttribute('timeout') ?? String(this.timeout);
      this.warn(`not a number of milliseconds from 1 to ${MAX_TIMEOUT_MS}. Using ${DEFAULT_TIMEOUT_MS}.`, 'timeout', written);
    }
    // Children ask for data as soon as they connect, and render just after our first update: without
    // a dataset of the page's own, they get the bundled one now, rather than a loading state first.
    // Not sooner, in connectedCallback: `data` or `src` set before this element was defined are put
    // back on it by Lit only now, and children must never be handed the bundle when they are coming.
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
      this.warn(`${message}${shown}${more}`, this.src ? 'src' : undefined, this.src);
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
