import { css } from 'lit';

export const statsStyles = css`
  :host {
    --_loading-size: 9rem;
    display: block;
    color: var(--_text);
  }

  .stats {
    line-height: 1.4;
  }
  /*
   * No background or padding of its own, so the figures line up with the page's column; but a theme
   * chosen on the element may not be the page's, so then it brings its own surface.
   */
  :host([theme]) .stats {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .tiles {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr));
    align-items: start;
    gap: calc(var(--_space) * 0.75);
  }
  /* Each tile sizes its number to its own width, so the longest figure fits in any language. */
  .tile {
    container-type: inline-size;
    font-size: var(--_text-sm);
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .tile .value {
    display: block;
    margin-block-end: 0.375rem;
    color: var(--_accent);
    font-size: clamp(var(--_text-xl), 16cqi, 2.25rem);
    font-weight: 700;
    line-height: 1.1;
  }
  .tile .qualifier {
    font-size: max(var(--_text-sm), 0.45em);
  }
  /* Figures of equal width only while counting, so the moving number does not jitter; at rest, "11" is set as text. */
  .counting {
    position: relative;
    font-variant-numeric: tabular-nums;
  }
  .counting .space-holder {
    visibility: hidden;
  }
  .counting .count {
    position: absolute;
    inset: 0;
  }

  .year {
    color: var(--_text-muted);
  }

  .inline {
    margin: 0;
    line-height: 1.75;
  }
  /* A figure keeps together; lines break between figures, after their separator. */
  .inline-stat {
    display: inline-block;
  }
  .inline-stat:not(:last-child)::after {
    /* U+00B7, escaped: the bundle is ASCII-only (rollup.config.mjs). */
    content: '\\b7' / '';
    margin-inline-start: 0.5em;
    color: var(--_text-muted);
  }
  .inline .value {
    color: var(--_accent);
    font-weight: 700;
    white-space: nowrap;
  }

  /* A footnote number, kept on the line of the word before it (as an inline-block would not be). */
  .ref {
    line-height: 0;
    color: var(--_text-muted);
  }
  /* In a tile it hangs into the padding, rather than push a long last word onto two lines. */
  .tile .ref {
    margin-inline-end: -0.7em;
  }

  .chart {
    margin: 0 0 var(--_space);
    font-size: var(--_text-sm);
  }
  /* Rows of the type's name, then the bar and its number, all bars starting on one axis. */
  .bars {
    display: grid;
    grid-template-columns: fit-content(40%) minmax(0, 1fr);
    column-gap: 0.75rem;
  }
  .bar-label {
    align-self: center;
    padding-block: 0.3rem;
  }
  .bar-cell {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    border-inline-start: 1px solid var(--_border);
    font-weight: 600;
  }
  .bar {
    /* Room for a number of up to four digits after the longest bar. */
    inline-size: calc((100% - 4.5ch) * var(--share));
    block-size: 0.875rem;
    background: var(--_accent);
  }
  .rest {
    background: var(--_text-muted);
  }
  .toggle {
    margin-block-start: 0.5rem;
    padding: 0.25rem 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  .sources {
    margin: var(--_space) 0 0;
    padding-inline-start: 1.25em;
    color: var(--_text-muted);
    font-size: var(--_text-xs);
  }
`;
