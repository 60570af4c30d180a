import { css } from 'lit';

export const regionListStyles = css`
  /* No background or padding of its own: the list sits in the page's column, on the page's colour. */
  :host {
    --_loading-size: 24rem;
    display: block;
  }
  /* A theme chosen on the element may not be the page's: then it brings a surface of its own. */
  :host([theme]) {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* The search takes the room the filter buttons leave, or a row of its own; the sort sits by the count. */
  .controls,
  .filters,
  .chosen,
  .state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .controls,
  .chosen,
  .state {
    margin-block-end: 0.75rem;
  }
  .sort {
    margin-inline-start: auto;
    font-size: var(--_text-sm);
    color: var(--_text-muted);
  }
  .sort select {
    margin-inline-start: 0.375rem;
  }

  .search,
  select,
  .button,
  .chip,
  .link {
    min-block-size: 2.25rem;
    font: inherit;
    font-size: var(--_text-sm);
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25rem 0.75rem;
    cursor: pointer;
  }
  .search {
    flex: 1 1 16rem;
    cursor: text;
  }
  .button:hover,
  .chip,
  .option:hover,
  [popovertarget]:has(+ :popover-open) {
    background: var(--_surface-raised);
  }

  [popovertarget] {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  /* A chevron, drawn: the button opens a menu. */
  [popovertarget]::after {
    content: '';
    padding: 0.18em;
    margin: -0.2em 0 0 0.125rem;
    border: solid var(--_text-muted);
    border-width: 0 1.5px 1.5px 0;
    rotate: 45deg;
  }
  .badge {
    padding: 0 0.4rem;
    line-height: 1.25rem;
    border-radius: 1rem;
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-size: var(--_text-xs);
    font-weight: 600;
  }

  .menu {
    min-inline-size: 14rem;
    max-block-size: min(24rem, 70vh);
    padding: 0.25rem 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: var(--_shadow);
  }
  /* Under its button where the browser can anchor it; elsewhere the browser centres it. */
  @supports (position-area: block-end) {
    .menu {
      inset: auto;
      margin: 0.25rem 0;
      position-area: block-end span-inline-end;
      position-try-fallbacks: flip-inline, flip-block;
    }
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.625rem;
    padding: 0.45rem 0.875rem;
    font-size: var(--_text-sm);
  }
  .option input {
    margin: 0;
    accent-color: var(--_accent);
  }
  .count {
    margin-inline-start: auto;
    color: var(--_text-muted);
    font-variant-numeric: tabular-nums;
  }

  .chip {
    border-radius: 1rem;
  }
  .link {
    border-color: transparent;
    background: none;
    color: var(--_accent);
  }

  .summary {
    margin: 0;
    font-weight: 600;
  }

  /* Nothing matches: the sentence and its way out, where the results would be. */
  [part='empty'] {
    flex-direction: column;
    padding: 2rem var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    text-align: center;
    text-wrap: balance;
  }

  .group {
    margin: var(--_space) 0 0.5rem;
    font-size: var(--_text-md);
  }

  .results {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  :host([layout='grid' i]) .results {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
  }

  .more {
    margin-block-start: var(--_space);
  }
`;
