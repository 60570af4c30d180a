import { css } from 'lit';

export const regionListStyles = css`
  :host {
    --_loading-size: 24rem;
    display: block;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .controls {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin-block-end: var(--_space);
  }

  .search,
  .sort {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  input,
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.35rem 0.6rem;
  }
  input {
    flex: 1;
    min-inline-size: 12rem;
  }

  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.375rem;
    font-weight: 600;
    font-size: 0.9rem;
  }
  .filters {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  .chip,
  .button {
    font: inherit;
    font-size: 0.85rem;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0.2rem 0.7rem;
    cursor: pointer;
    transition: background-color var(--_duration), color var(--_duration);
  }
  .chip[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
  }
  .chip:disabled {
    cursor: not-allowed;
    color: var(--_text-muted);
    background: var(--_surface-raised);
    border-style: dashed;
  }
  .count {
    font-variant-numeric: tabular-nums;
    opacity: 0.85;
  }
  .chip:disabled .count {
    opacity: 1;
  }

  .summary {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-weight: 600;
  }

  .group {
    margin: var(--_space) 0 0.5rem;
    font-size: 1rem;
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

  .empty {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .empty p {
    margin: 0 0 0.75rem;
  }

  dialog {
    inline-size: min(40rem, calc(100vw - 2rem));
    max-block-size: calc(100vh - 2rem);
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .dialog-bar {
    display: flex;
    justify-content: flex-end;
    margin-block-end: 0.5rem;
  }
`;
