import { css } from 'lit';

export const orgCardStyles = css`
  :host {
    display: block;
  }
  /*
   * Only the compact row asks its width (the @container rule below). A size container on every card
   * made Chromium style each card apart, in the middle of layout (bench/README.md).
   */
  :host([layout='compact' i]) {
    container-type: inline-size;
  }

  .card {
    line-height: 1.5;
  }

  header {
    display: flex;
    gap: calc(var(--_space) * 0.75);
    align-items: center;
  }

  .avatar {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    border-radius: 50%;
    /* A dataset's own types have no kind of ours: neutral. */
    --_kind: #dddddd;
    background: light-dark(var(--_kind), color-mix(in srgb, var(--_kind) 82%, #151b23));
    color: #0d1117;
    font-weight: 700;
    letter-spacing: 0.02em;
  }
  /*
   * The avatar's colour tells the kind of organization (org-kinds.ts): Paul Tol's "light" scheme, made
   * to stay distinct to colour-blind eyes and to carry dark text; on dark pages a little dimmer (mixed
   * with a dark surface of our own, so a page's colours cannot spoil it). The initials read at 5.4:1
   * or more on each.
   */
  .academia {
    --_kind: #77aadd;
  }
  .care {
    --_kind: #ee8866;
  }
  .research {
    --_kind: #99ddff;
  }
  .industry {
    --_kind: #eedd88;
  }
  .venture {
    --_kind: #44bb99;
  }
  .public {
    --_kind: #dddddd;
  }
  .network {
    --_kind: #ffaabb;
  }
  .facility {
    --_kind: #bbcc33;
  }

  .name {
    margin: 0;
    font-size: var(--_text-lg);
    line-height: 1.3;
  }

  .name a,
  .name button,
  .inline-list a,
  .inline-list button {
    font: inherit;
    color: inherit;
    text-align: start;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    text-decoration: underline;
    text-decoration-color: transparent;
    text-underline-offset: 0.15em;
    transition: text-decoration-color var(--_duration);
  }
  /* At least 24px tall, the smallest pointer target WCAG 2.2 allows. */
  .inline-list a,
  .inline-list button {
    display: inline-block;
    min-block-size: 24px;
    color: var(--_accent);
    text-decoration-color: currentColor;
  }
  .name a:hover,
  .name button:hover {
    text-decoration-color: currentColor;
  }

  .meta {
    margin: 0.1rem 0 0;
    color: var(--_text-muted);
    font-size: var(--_text-sm);
  }

  .description {
    margin: calc(var(--_space) * 0.75) 0 0;
  }

  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin-top: calc(var(--_space) * 0.75);
  }
  .tags li {
    padding: 0.1rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-raised);
    font-size: var(--_text-xs);
  }

  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    gap: calc(var(--_space) * 0.5);
    margin-top: var(--_space);
  }
  .figures li {
    display: flex;
    flex-direction: column;
  }
  .figure-value {
    color: var(--_accent);
    font-size: var(--_text-lg);
  }
  .qualifier {
    font-size: var(--_text-xs);
  }
  .figure-year {
    color: var(--_text-muted);
    font-size: var(--_text-sm);
  }

  .relations {
    margin: var(--_space) 0 0;
    font-size: var(--_text-sm);
  }
  .relations div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.4rem;
  }
  .relations dt {
    color: var(--_text-muted);
  }
  .relations dt::after {
    content: ':';
  }
  .relations dd {
    margin: 0;
  }
  .inline-list {
    display: inline;
  }
  .inline-list li {
    display: inline;
  }
  .inline-list li:not(:last-child)::after {
    content: ', ';
  }

  .source {
    margin: var(--_space) 0 0;
    color: var(--_text-muted);
  }

  /* Compact: avatar beside name over type and place; on one line where the card is wide enough. */
  .compact {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: calc(var(--_space) * 0.75);
    align-items: center;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
  }
  .compact .avatar {
    grid-row: span 2;
    inline-size: 2rem;
    block-size: 2rem;
    font-size: var(--_text-xs);
  }
  .compact .name {
    font-size: var(--_text-md);
  }
  .compact .meta {
    margin: 0;
  }
  @container (min-width: 36rem) {
    .compact {
      display: flex;
      flex-wrap: wrap;
    }
  }

  .skeleton {
    display: flex;
    gap: calc(var(--_space) * 0.75);
    align-items: center;
    min-block-size: 12rem;
  }
  :host([layout='compact' i]) .skeleton {
    min-block-size: 3rem;
  }
  .bones {
    flex: 1;
    display: grid;
    gap: 0.5rem;
  }
  .bone {
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    animation: pulse 1.2s ease-in-out infinite alternate;
  }
  .bone.avatar {
    border-radius: 50%;
  }
  .bone.line {
    block-size: 0.9rem;
  }
  .bone.short {
    inline-size: 60%;
  }
  @keyframes pulse {
    to {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }
`;
