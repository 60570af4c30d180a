import { css } from 'lit';

/*
 * Design tokens. Pages theme us through the public `--eco-*` properties; elements read only the
 * private `--_*` copies, so a page's value wins and our defaults fill in what it leaves unset.
 */
const darkTokens = css`
  color-scheme: dark;
  --_surface: var(--eco-color-surface, #161b22);
  --_surface-raised: var(--eco-color-surface-raised, #21262d);
  --_text: var(--eco-color-text, #e6edf3);
  --_text-muted: var(--eco-color-text-muted, #9198a1);
  --_accent: var(--eco-color-accent, #4ac99b);
  --_accent-contrast: var(--eco-color-accent-contrast, #0d1117);
  --_border: var(--eco-color-border, #3d444d);
  --_focus: var(--eco-color-focus, #4493f8);
  --_danger: var(--eco-color-danger, #ff7b72);
`;

/**
 * Shared by every element: fonts, colours (light, dark, and `prefers-color-scheme` for `theme="auto"`),
 * radius, spacing, a visible focus ring, reduced motion, and text for screen readers only.
 */
export const themeStyles = css`
  :host {
    color-scheme: light;
    --_font: var(--eco-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_radius: var(--eco-radius, 0.5rem);
    --_space: var(--eco-spacing, 1rem);
    --_surface: var(--eco-color-surface, #ffffff);
    --_surface-raised: var(--eco-color-surface-raised, #f6f8fa);
    --_text: var(--eco-color-text, #1f2328);
    --_text-muted: var(--eco-color-text-muted, #59636e);
    --_accent: var(--eco-color-accent, #0b6e4f);
    --_accent-contrast: var(--eco-color-accent-contrast, #ffffff);
    --_border: var(--eco-color-border, #d1d9e0);
    --_focus: var(--eco-color-focus, #0969da);
    --_danger: var(--eco-color-danger, #b42318);
    --_duration: 150ms;

    font-family: var(--_font);
    color: var(--_text);
  }

  :host([hidden]) {
    display: none !important;
  }

  :host([theme='dark' i]) {
    ${darkTokens}
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light' i]):not([theme='dark' i])) {
      ${darkTokens}
    }
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

  /* The bordered box of cards, tiles and messages. */
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
