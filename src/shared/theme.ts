import { css } from 'lit';

/**
 * The design tokens every element shares. Pages theme us through the public `--eco-*` properties;
 * elements read only the private `--_*` copies, so a page's value wins and ours fill in the rest.
 *
 * Colours are `light-dark()` pairs: they follow the `color-scheme` in effect, which the host inherits
 * from the page unless `theme` sets it (`light`, `dark`, or `auto` for the visitor's setting). So a
 * light page gets light widgets whatever the visitor's OS prefers, with no script involved.
 */
export const themeStyles = css`
  :host {
    --_font: var(--eco-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    /* Type scale: small print, secondary text, body, names and figures, headline numbers (which grow with their tile). */
    --_text-xs: 0.75rem;
    --_text-sm: 0.875rem;
    --_text-md: 1rem;
    --_text-lg: 1.125rem;
    --_text-xl: 1.25rem;
    --_space: var(--eco-spacing, 1rem);
    --_radius: var(--eco-radius, 0.5rem);
    --_surface: var(--eco-color-surface, light-dark(#fff, #151b23));
    --_surface-raised: var(--eco-color-surface-raised, light-dark(#f6f8fa, #212830));
    --_text: var(--eco-color-text, light-dark(#1f2328, #e6edf3));
    --_text-muted: var(--eco-color-text-muted, light-dark(#59636e, #9198a1));
    --_accent: var(--eco-color-accent, light-dark(#0b6e4f, #4ac99b));
    --_accent-contrast: var(--eco-color-accent-contrast, light-dark(#fff, #0d1117));
    --_border: var(--eco-color-border, light-dark(#d1d9e0, #3d444d));
    --_focus: var(--eco-color-focus, light-dark(#0969da, #4493f8));
    --_danger: var(--eco-color-danger, light-dark(#b42318, #ff7b72));
    /* Elevation: resting surfaces are flat with a border; menus and dialogs float. */
    --_shadow: var(--eco-shadow, 0 8px 24px light-dark(rgb(31 35 40 / 0.16), rgb(1 4 9 / 0.6)));
    --_duration: 150ms;

    font-family: var(--_font);
    color: var(--_text);
  }

  :host([theme='light' i]) {
    color-scheme: light;
  }
  :host([theme='dark' i]) {
    color-scheme: dark;
  }
  :host([theme='auto' i]) {
    color-scheme: light dark;
  }

  :host([hidden]) {
    display: none !important;
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0ms;
    }
  }

  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  /* The bordered surface of cards, tiles, messages and dialogs. */
  .eco-panel {
    box-sizing: border-box;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  /* Read by screen readers, not shown. */
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
