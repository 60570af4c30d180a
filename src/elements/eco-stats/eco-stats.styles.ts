import { css } from 'lit';

export const statsStyles = css`
  :host {
    --_loading-size: 9rem;
    display: block;
    color: var(--_text);
  }

  .stats {
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
    gap: calc(var(--_space) * 0.75);
  }
  .tile {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
  }
  .tile .value {
    color: var(--_accent);
    font-size: clamp(1.5rem, 5cqi, 2.25rem);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .counting {
    position: relative;
  }
  .counting .space-holder {
    visibility: hidden;
  }
  .counting .count {
    position: absolute;
    inset: 0;
  }

  .label {
    font-weight: 500;
  }
  .year {
    color: var(--_text-muted);
    font-size: 0.85rem;
  }

  .inline {
    margin: 0;
    line-height: 1.8;
  }
  .inline .value {
    color: var(--_accent);
    font-weight: 700;
  }
  .separator {
    color: var(--_text-muted);
  }

  .reference {
    position: relative;
    display: inline-block;
    vertical-align: super;
    font-size: 0.7rem;
    line-height: 1;
  }
  .ref {
    font: inherit;
    min-inline-size: 1.4em;
    padding: 0.1em 0.3em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text-muted);
    cursor: help;
  }
  .tooltip {
    position: absolute;
    inset-block-end: calc(100% + 0.3rem);
    inset-inline-start: 50%;
    translate: -50% 0;
    z-index: 1;
    inline-size: max-content;
    max-inline-size: 16rem;
    padding: 0.35rem 0.5rem;
    border-radius: var(--_radius);
    background: var(--_text);
    color: var(--_surface);
    font-size: 0.8rem;
    line-height: 1.3;
    visibility: hidden;
    opacity: 0;
    transition: opacity var(--_duration);
  }
  .ref:hover + .tooltip,
  .ref:focus-visible + .tooltip {
    visibility: visible;
    opacity: 1;
  }

  .chart {
    margin: 0 0 var(--_space);
  }
  .chart svg {
    display: block;
    overflow: visible;
  }
  .bar-label {
    fill: var(--_text);
    font-size: 0.85rem;
  }
  .bar {
    fill: var(--_accent);
  }

  .sources {
    margin: var(--_space) 0 0;
    padding-inline-start: 1.5rem;
    color: var(--_text-muted);
    font-size: 0.8rem;
  }
`;
