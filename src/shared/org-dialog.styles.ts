import { css } from 'lit';

/**
 * The dialog of `OrgDialogController`. Its panel is the card it holds: the dialog adds only the
 * shadow, the close button in the card's top end corner, and the room for it beside the name. At
 * phone widths it is a sheet along the bottom of the screen.
 */
export const orgDialogStyles = css`
  /* The browser keeps a modal dialog 1em and 3px off each edge of the screen. */
  dialog {
    inline-size: 40rem;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    box-shadow: var(--_shadow);
    overscroll-behavior: contain;
  }
  dialog::backdrop {
    background: rgb(1 4 9 / 0.5);
  }
  /* The card's corners are the dialog's. */
  dialog > *,
  dialog > *::part(card) {
    border-radius: inherit;
  }
  dialog > *::part(name) {
    padding-inline-end: 2rem;
  }

  /* A zero-height strip that stays at the top as the card scrolls under it. */
  dialog form {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    block-size: 0;
    text-align: end;
  }
  /* 2rem round: 1rem of icon in 0.5rem of padding. */
  dialog form button {
    display: inline-grid;
    margin: 0.5rem;
    padding: 0.5rem;
    border: 0;
    border-radius: 50%;
    background: var(--_surface);
    color: var(--_text-muted);
    cursor: pointer;
  }
  dialog form button:hover {
    background: var(--_surface-raised);
  }
  dialog svg {
    inline-size: 1rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
  }

  @media (max-width: 480px) {
    dialog {
      inline-size: 100%;
      max-inline-size: none;
      max-block-size: 90dvh;
      margin: auto 0 0;
      border-end-start-radius: 0;
      border-end-end-radius: 0;
    }
  }
`;
