import { html, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import type { EcoSelectDetail } from './events.js';

/**
 * An organization's full card in a modal `<dialog>`, for cards without `href`. The host renders it
 * only while it is open, so three hundred cards on a page cost no dialogs. A relation chosen in the
 * dialog's card changes what the dialog shows (never a dialog on top of a dialog); Escape, the close
 * button and a click on the backdrop close it, and the browser gives focus back to what opened it.
 */
export class OrgDialogController implements ReactiveController {
  /** The id of the organization the dialog shows; undefined while it is closed. */
  shown: string | undefined;

  constructor(private readonly host: LitElement) {
    host.addController(this);
  }

  /** Taken off the page, a modal dialog closes without a `close` event: forget it here instead. */
  hostDisconnected(): void {
    if (this.shown === undefined) return;
    this.shown = undefined;
    this.host.requestUpdate();
  }

  /** Opens the dialog on `id`, or shows `id` in it when it is open. */
  async show(id: string): Promise<void> {
    this.shown = id;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.host.renderRoot.querySelector('dialog');
    // The host may have left the page while it rendered, where showModal would throw.
    if (!dialog?.isConnected) return;
    if (!dialog.open) dialog.showModal();
    // Each organization is read from its top, from the close button on, as when the dialog opened.
    dialog.scrollTop = 0;
    dialog.querySelector('button')!.focus();
  }

  /** The open dialog, named `label`, around `content`: the shown organization's card. */
  render(label: string, closeLabel: string, content: TemplateResult): TemplateResult {
    return html`<dialog
      part="dialog"
      aria-label=${label}
      @close=${this.onClose}
      @click=${this.onClick}
      @eco-select=${this.onSelect}
      @keydown=${stopPropagation}
    >
      <form method="dialog">
        <button aria-label=${closeLabel}>
          <svg viewBox="0 0 16 16"><path d="M4 4l8 8m0-8l-8 8" /></svg>
        </button>
      </form>
      ${content}
    </dialog>`;
  }

  private readonly onClose = (): void => {
    this.shown = undefined;
    this.host.requestUpdate();
  };

  /** A click on the backdrop lands on the dialog itself; one in the panel lands on what it holds. */
  private readonly onClick = (event: Event): void => {
    if (event.target === event.currentTarget) (event.target as HTMLDialogElement).close();
  };

  /** A relation chosen in the dialog's card: shown here, instead of in a dialog of that card's own. */
  private readonly onSelect = (event: CustomEvent<EcoSelectDetail>): void => {
    event.preventDefault();
    void this.show(event.detail.id);
  };
}

/**
 * Keys pressed in the modal dialog are its own: arrow keys that scroll it must not also move focus
 * between the cards of a list around the host. Escape still closes it.
 */
const stopPropagation = (event: Event): void => event.stopPropagation();
