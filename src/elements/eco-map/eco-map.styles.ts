import { css } from 'lit';

export const mapStyles = css`
  /*
   * One hue, light to strong: colour-blind safe, as the scale is read by lightness (and the number is
   * printed too). In the dark theme the order turns around: few is dim, many is bright. Each shade
   * has the text colour that reads on it.
   */
  :host {
    --_loading-size: 20rem;
    --_edge: light-dark(#818b98, #6e7781);
    display: block;
    container-type: inline-size;
  }
  .shade-0 {
    --_fill: light-dark(#fff, #151b23);
  }
  .shade-1 {
    --_fill: var(--eco-map-shade-1, light-dark(#d9f2e6, #183a2d));
  }
  .shade-2 {
    --_fill: var(--eco-map-shade-2, light-dark(#a8dcc3, #1c5a42));
  }
  .shade-3 {
    --_fill: var(--eco-map-shade-3, light-dark(#6dbf98, #227852));
  }
  .shade-4 {
    --_fill: var(--eco-map-shade-4, light-dark(#247a57, #3fae7f));
  }
  .shade-5 {
    --_fill: var(--eco-map-shade-5, light-dark(#0b5e42, #8fe0b8));
  }
  .shade-1,
  .shade-2,
  .shade-3 {
    color: light-dark(#1f2328, #f0f6fc);
  }
  .shade-4,
  .shade-5 {
    color: light-dark(#fff, #0d1117);
  }
  :host([theme]) .box {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25rem var(--_space);
    margin-block-end: 0.5rem;
  }
  .heading {
    margin: 0;
    font-size: var(--_text-lg);
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .toggle {
    font-size: var(--_text-sm);
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }

  .layout {
    display: grid;
    gap: var(--_space);
  }
  @container (min-width: 40rem) {
    .layout {
      grid-template-columns: minmax(0, 36rem) auto;
    }
  }
  .canvas {
    position: relative;
  }
  /* Wallonia goes on below the view: clipped, not hidden, which would make the map a focusable scroller. */
  svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: clip;
    stroke-linejoin: round;
  }
  /* Context, not a control: flat, with no border of its own. */
  .wallonia {
    fill: light-dark(#e9ecef, #212830);
  }
  .region {
    cursor: pointer;
    outline: none;
  }
  .region > * {
    fill: var(--_fill);
    stroke: var(--_edge);
    stroke-width: 0.75;
  }
  /* Drawn last, over the neighbours, so the whole edge shows. */
  .outline {
    fill: none;
    pointer-events: none;
    stroke: var(--_text);
    stroke-width: 2.5;
  }
  .hovered {
    stroke: var(--_text-muted);
    stroke-width: 1.5;
  }
  .focused,
  .region:focus-visible circle {
    stroke: var(--_focus);
    stroke-width: 3;
  }

  /* Printed over the map in the page's type, readable at any width; clicks go through to the region. */
  .labels {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .label {
    position: absolute;
    translate: -50% -50%;
    display: grid;
    justify-items: center;
    inline-size: max-content;
    max-inline-size: 6.5em;
    font-size: var(--_text-xs);
    line-height: 1.15;
    text-align: center;
    text-wrap: balance;
  }
  .label b {
    font-size: var(--_text-sm);
  }
  /*
   * Names fit on the regions from 28rem, wrapped on two lines where they are long (looked at in every
   * language); narrower, the map shows numbers, and the line below it names the region pointed at.
   */
  @container (max-width: 27.99rem) {
    .name {
      display: none;
    }
  }
  @container (min-width: 28rem) {
    .readout {
      display: none;
    }
  }

  p,
  ul {
    margin: 0;
    padding: 0;
    font-size: var(--_text-sm);
  }
  .readout {
    font-weight: 600;
  }
  .elsewhere ul {
    list-style: none;
    line-height: 1.6;
  }
  .caption,
  .elsewhere p,
  .elsewhere-row {
    color: var(--_text-muted);
  }
  .caption {
    margin-block-start: 0.5rem;
  }
  b,
  td {
    font-variant-numeric: tabular-nums;
  }

  table {
    border-collapse: collapse;
    font-size: var(--_text-sm);
  }
  th,
  td {
    padding: 0.375rem 1rem 0.375rem 0;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    font-weight: 400;
  }
  td {
    text-align: end;
  }
  table button {
    padding: 0;
    border: 0;
    background: none;
    text-decoration: underline;
  }
  [aria-current] {
    font-weight: 700;
  }
`;
