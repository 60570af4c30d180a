import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import * as v from 'valibot';
import { OrganizationSchema, type Organization } from '../../data/dataset-schema.js';
import type { EcosystemIndex } from '../../data/ecosystem-index.js';
import type { RelationKind } from '../../data/vocabulary.js';
import { choiceAttribute, quoted } from '../../shared/attribute-values.js';
import { EcoDataElement } from '../../shared/eco-data-element.js';
import type { ElementProblem } from '../../shared/eco-element.js';
import { formatFigure } from '../../shared/format-figure.js';
import { headingLevelProblem, headingTag } from '../../shared/heading-level.js';
import { qualifiedNumber } from '../../shared/qualified-number.js';
import { formatDate, formatList, selectPlural } from '../../shared/i18n/format.js';
import { isolated } from '../../shared/i18n/isolate.js';
import { nameIn, textIn } from '../../shared/i18n/localized-text.js';
import { organizationJsonLd, writeJsonLd } from '../../shared/json-ld.js';
import { monogram } from '../../shared/monogram.js';
import { OrgDialogController } from '../../shared/org-dialog-controller.js';
import { orgDialogStyles } from '../../shared/org-dialog.styles.js';
import { safeHref } from '../../shared/safe-href.js';
import { notFoundWarning } from '../../shared/warnings.js';
import { orgCardStyles } from './eco-org-card.styles.js';
import { kindOf } from './org-kinds.js';

export const CARD_LAYOUTS = ['full', 'compact'] as const;
export type CardLayout = (typeof CARD_LAYOUTS)[number];

/** The name's heading level when the page gives none that works (the property's default). */
const HEADING_LEVEL = 3;

/** What the card can show: an organization, or why it cannot. */
type CardView =
  | { kind: 'data-pending' }
  | { kind: 'ready'; org: Organization; index: EcosystemIndex | undefined }
  | { kind: 'problem'; problem: ElementProblem; shown: string };

/**
 * One organization of the ecosystem: name, type, place, description, focus areas, key figures,
 * relations and source. Give it an id or any name (`org="UZA"`), or a record (`organization`).
 *
 * Without `href`, the compact card's name and every related organization open that organization's
 * full card in a modal dialog, rendered only once one is opened.
 *
 * @tagname eco-org-card
 * @summary A card for one organization, in every state.
 *
 * @fires {CustomEvent<EcoSelectDetail>} eco-select - Without `href`, the compact card's name or a related organization was activated. Cancelable: `preventDefault()` keeps the card from opening its dialog.
 * @fires {CustomEvent<EcoErrorDetail>} eco-error - The organization is missing, unknown or invalid.
 *
 * @csspart card - The card's box, in every state.
 * @csspart avatar - The monogram, coloured by the kind of organization.
 * @csspart name - The heading with the organization's name.
 * @csspart type - The kind of organization.
 * @csspart place - City and region.
 * @csspart description - The description.
 * @csspart tags - The list of focus areas.
 * @csspart figures - The list of key figures.
 * @csspart relations - Parent, former names and related organizations.
 * @csspart source - The source line.
 * @csspart status - The loading, not-found and error messages.
 * @csspart dialog - The dialog with a chosen organization's full card.
 *
 * @cssprop --eco-color-surface - Card background.
 * @cssprop --eco-color-surface-raised - Background of tags and the skeleton.
 * @cssprop --eco-color-text - Main text colour.
 * @cssprop --eco-color-text-muted - Secondary text colour.
 * @cssprop --eco-color-accent - Figures and links.
 * @cssprop --eco-color-border - Card border.
 * @cssprop --eco-color-focus - Focus ring.
 * @cssprop --eco-font-family - Font.
 * @cssprop --eco-radius - Corner radius.
 * @cssprop --eco-shadow - The dialog's shadow.
 * @cssprop --eco-spacing - Inner spacing.
 */
export class EcoOrgCard extends EcoDataElement {
  static override styles = [...EcoDataElement.styles, orgCardStyles, orgDialogStyles];

  /** The organization's id, or any of its names or aliases (case- and accent-insensitive). */
  @property() org?: string;

  /** A record to show instead of looking `org` up; validated like a dataset's. */
  @property({ attribute: false }) organization?: Organization;

  /** `full`, or `compact` for name, type and place on one line. */
  @property({ reflect: true, converter: choiceAttribute }) layout: CardLayout = 'full';

  /** The level of the name's heading, 2 to 6, to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** A link for the name (and related organizations); `{id}` is replaced, as in `/partners/{id}`. */
  @property() href?: string;

  /** Leaves out the schema.org JSON-LD the card otherwise writes into its light DOM. */
  @property({ attribute: 'no-jsonld', type: Boolean }) noJsonld = false;

  private view: CardView = { kind: 'data-pending' };
  private readonly orgDialog = new OrgDialogController(this);
  private layoutChoice: CardLayout = 'full';

  /** Focuses the card's name, its first control, so lists can move focus from card to card. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('.name a, .name button')?.focus(options);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.layoutChoice = this.chosen('layout', this.layout, CARD_LAYOUTS, 'full');
    // Removing the attribute sets null: the default level, nothing to warn about.
    const headingProblem = headingLevelProblem(this.headingLevel, HEADING_LEVEL);
    if (headingProblem) this.warn(headingProblem, 'heading-level', this.getAttribute('heading-level') ?? String(this.headingLevel));
    if (this.href && !safeHref(this.href, 'id')) {
      this.warn('does not make an http:, https: or mailto: link. Names open the in-page dialog instead.', 'href', this.href);
    }
    this.view = this.computeView();
  }

  private computeView(): CardView {
    const data = this.dataState;
    const index = data.status === 'ready' ? data.index : undefined;
    if (this.organization !== undefined) return this.viewOfRecord(this.organization, index);
    if (data.status !== 'ready') return { kind: 'data-pending' };
    const asked = this.org?.trim();
    if (!asked) {
      return {
        kind: 'problem',
        problem: {
          code: 'missing-attribute',
          message: 'no organization given. Set org="…" to an id, name or alias (for example org="imec"), or set the organization property.',
        },
        shown: this.messages.orgMissing,
      };
    }
    const org = data.index.find(asked);
    if (org) return { kind: 'ready', org, index: data.index };
    const suggestions = data.index.suggest(asked);
    return {
      kind: 'problem',
      problem: { code: 'not-found', message: notFoundWarning(suggestions), attribute: 'org', value: asked },
      shown: `${this.messages.orgNotFound(isolated(quoted(asked)))} ${this.didYouMean(suggestions.map((suggestion) => nameIn(suggestion, this.locale)))}`,
    };
  }

  private viewOfRecord(record: unknown, index: EcosystemIndex | undefined): CardView {
    // A record of the dataset in context (as a list hands its cards) was checked with the dataset.
    const id = (record as Partial<Organization> | null)?.id;
    if (index && typeof id === 'string' && record === index.get(id)) return { kind: 'ready', org: record as Organization, index };
    const parsed = v.safeParse(OrganizationSchema, record, { abortEarly: false });
    if (parsed.success) return { kind: 'ready', org: parsed.output, index };
    const problems = parsed.issues.map((issue) => `${v.getDotPath(issue) ?? '(record)'}: ${issue.message}`);
    return {
      kind: 'problem',
      problem: { code: 'invalid-data', message: `the organization property is not a valid record:\n  ${problems.join('\n  ')}` },
      shown: this.messages.orgInvalid,
    };
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    const { view } = this;
    this.reportProblem(view.kind === 'problem' ? view.problem : undefined);
    writeJsonLd(this, view.kind === 'ready' && !this.noJsonld ? this.jsonLd(view.org, view.index) : undefined);
  }

  private jsonLd(org: Organization, index: EcosystemIndex | undefined) {
    const parent = org.parent ? index?.get(org.parent) : undefined;
    return organizationJsonLd(org, parent, this.locale, this.termName(index, 'region', org.region));
  }

  protected override render() {
    const { view } = this;
    if (view.kind === 'data-pending') return this.renderDataPending();
    if (view.kind === 'problem') {
      return html`<div part="card status" class="eco-panel card status" role="status">${view.shown}</div>`;
    }
    const { org, index } = view;
    return html`${this.layoutChoice === 'compact' ? this.renderCompact(org, index) : this.renderFull(org, index)}${this.renderDialog(org, index)}`;
  }

  /** A placeholder the card's size, so the page does not jump when the data arrives. */
  protected override renderLoading() {
    return html`<div part="card status" class="eco-panel card skeleton" role="status" aria-busy="true">
      <span class="visually-hidden">${this.messages.loading}</span>
      <div class="bone avatar"></div>
      <div class="bones"><div class="bone line"></div><div class="bone line short"></div></div>
    </div>`;
  }

  private renderCompact(org: Organization, index: EcosystemIndex | undefined) {
    return html`<article part="card" class="eco-panel card compact" aria-labelledby="name">
      ${this.renderAvatar(org)} ${this.renderName(org)} ${this.renderMeta(org, index)}
    </article>`;
  }

  private renderFull(org: Organization, index: EcosystemIndex | undefined) {
    const description = org.description && textIn(org.description, this.locale);
    return html`<article part="card" class="eco-panel card" aria-labelledby="name">
      <header>
        ${this.renderAvatar(org)}
        <div>${this.renderName(org)} ${this.renderMeta(org, index)}</div>
      </header>
      ${description ? html`<p part="description" class="description" lang=${description.lang ?? nothing}>${description.text}</p>` : nothing}
      ${this.renderFocus(org, index)} ${this.renderFigures(org)} ${this.renderRelations(org, index)} ${this.renderSource(org, index)}
    </article>`;
  }

  /** The monogram, coloured by the organization's kind (see org-kinds.ts). */
  private renderAvatar(org: Organization) {
    return html`<span part="avatar" class="avatar ${kindOf(org.type) ?? ''}" aria-hidden="true">${monogram(nameIn(org, this.locale))}</span>`;
  }

  private renderName(org: Organization) {
    const tag = headingTag(this.headingLevel, HEADING_LEVEL);
    return staticHtml`<${tag} part="name" class="name" id="name">${this.renderLinkTo(org, this.layoutChoice === 'full')}</${tag}>`;
  }

  /**
   * A link when `href` gives a safe one, else a button that says `eco-select` and opens the
   * organization's full card. Without a link, the full card's own name (`own`) is neither: it would
   * open the card already shown.
   */
  private renderLinkTo(org: Organization, own = false) {
    const href = this.href ? safeHref(this.href, org.id) : undefined;
    const name = html`<bdi>${nameIn(org, this.locale)}</bdi>`;
    if (href) return html`<a href=${href}>${name}</a>`;
    return own ? name : html`<button type="button" aria-haspopup="dialog" @click=${() => this.select(org.id)}>${name}</button>`;
  }

  /** Unless the page takes the choice itself (`preventDefault()`), the card shows it in its dialog. */
  private select(id: string): void {
    if (!this.emit('eco-select', { id }).defaultPrevented) void this.orgDialog.show(id);
  }

  /** Once a name or relation is chosen, that organization's full card, in a dialog. */
  private renderDialog(org: Organization, index: EcosystemIndex | undefined) {
    const id = this.orgDialog.shown;
    // The compact card's own record (it may be one the dataset lacks), else a relation from the dataset.
    const shown = id === org.id ? org : id && index?.get(id);
    if (!shown) return nothing;
    // The tag this card was defined with, so that one defined under another tag shows its own kind;
    // a custom element's name, never the page's text, so safe as a static part of the template.
    const tag = unsafeStatic(this.localName);
    const card = staticHtml`<${tag} .organization=${shown} heading-level="2" no-jsonld></${tag}>`;
    return this.orgDialog.render(isolated(nameIn(shown, this.locale)), this.messages.close, card);
  }

  private renderMeta(org: Organization, index: EcosystemIndex | undefined) {
    const { cities } = this.messages;
    const region = this.termName(index, 'region', org.region);
    // The city is data: `cities` may only answer for names it holds itself, never for "constructor".
    const city = org.city && Object.hasOwn(cities, org.city) ? cities[org.city] : org.city;
    const place = city && city !== region ? html`<bdi>${city}</bdi>, ${region}` : region;
    // The dot is a string, so that the bundle can escape it: it is ASCII-only (rollup.config.mjs).
    return html`<p class="meta"><span part="type">${this.termName(index, 'type', org.type)}</span> ${'·'} <span part="place">${place}</span></p>`;
  }

  private renderFocus(org: Organization, index: EcosystemIndex | undefined) {
    if (org.focus.length === 0) return nothing;
    return html`<ul part="tags" class="tags" aria-label=${this.messages.focusAreas}>
      ${org.focus.map((area) => html`<li>${this.termName(index, 'focus', area)}</li>`)}
    </ul>`;
  }

  private renderFigures(org: Organization) {
    if (org.figures.length === 0) return nothing;
    return html`<ul part="figures" class="figures" aria-label=${this.messages.keyFigures}>
      ${org.figures.map((figure) => {
        const { parts, valueLang, label, year } = formatFigure(this.locale, figure, this.messages);
        return html`<li>
          <strong class="figure-value" lang=${valueLang ?? nothing}>${qualifiedNumber(parts, parts[1])}</strong>
          <bdi class="figure-label" lang=${label.lang ?? nothing}>${label.text}</bdi>
          ${year ? html`<span class="figure-year">(${year})</span>` : nothing}
        </li>`;
      })}
    </ul>`;
  }

  private renderRelations(org: Organization, index: EcosystemIndex | undefined) {
    const relations = index?.relationsOf(org);
    const rows: [string, TemplateResult | string][] = [];
    if (relations?.parent) rows.push([this.messages.partOf, this.renderOrgList([relations.parent])]);
    if (org.formerNames.length > 0) rows.push([this.messages.formerly, formatList(this.locale, org.formerNames.map(isolated))]);
    const byKind = new Map<RelationKind, Organization[]>();
    for (const { kind, organization } of relations?.related ?? []) byKind.set(kind, [...(byKind.get(kind) ?? []), organization]);
    byKind.forEach((related, kind) => rows.push([this.messages.relationKinds[kind], this.renderOrgList(related)]));
    if (relations && relations.children.length > 0) rows.push([this.messages.includes, this.renderOrgList(relations.children)]);
    if (rows.length === 0) return nothing;
    return html`<dl part="relations" class="relations" aria-label=${this.messages.relations}>
      ${rows.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}
    </dl>`;
  }

  private renderOrgList(orgs: Organization[]) {
    return html`<ul class="inline-list">
      ${orgs.map((org) => html`<li>${this.renderLinkTo(org)}</li>`)}
    </ul>`;
  }

  private renderSource(org: Organization, index: EcosystemIndex | undefined) {
    const sources = org.sources.flatMap((id) => index?.source(id) ?? []);
    if (sources.length === 0) return nothing;
    const described = sources.map((source) => {
      const details = [source.publisher && isolated(source.publisher), source.date && formatDate(this.locale, source.date)].filter(Boolean);
      return details.length > 0 ? `${isolated(source.title)} (${details.join(', ')})` : isolated(source.title);
    });
    const heading = selectPlural(this.locale, sources.length, this.messages.source);
    return html`<p part="source" class="source"><small>${heading}: ${formatList(this.locale, described)}</small></p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eco-org-card': EcoOrgCard;
  }
}
