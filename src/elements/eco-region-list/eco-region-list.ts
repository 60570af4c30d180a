import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import type { Organization } from '../../data/dataset-schema.js';
import type { EcosystemIndex, Facet, OrganizationFilter } from '../../data/ecosystem-index.js';
import { FOCUS_AREAS, ORGANIZATION_TYPES, REGIONS } from '../../data/vocabulary.js';
import { choiceAttribute, parseIdList, parseWordList, partitionKnown, quoted, type ListValue } from '../../shared/attribute-values.js';
import { EcoDataElement } from '../../shared/eco-data-element.js';
import { dependencyTag } from '../../shared/element-dependencies.js';
import { formatList, formatPlural, textComparer } from '../../shared/i18n/format.js';
import { isolated } from '../../shared/i18n/isolate.js';
import { nameIn } from '../../shared/i18n/localized-text.js';
import type { Messages } from '../../shared/i18n/messages/index.js';
import { EcoOrgCard } from '../eco-org-card/eco-org-card.js';
import { regionListStyles } from './eco-region-list.styles.js';
import { NO_SELECTION, sameSelection, type Selection } from './selection.js';
import { selectionInUrl, syncUrlAttribute, urlKeysFor, writeSelectionToUrl } from './url-sync.js';

export const LIST_SORTS = ['name', 'type', 'region'] as const;
export type ListSort = (typeof LIST_SORTS)[number];
export const LIST_GROUPINGS = ['none', 'type', 'region'] as const;
export type ListGrouping = (typeof LIST_GROUPINGS)[number];
export const LIST_LAYOUTS = ['list', 'grid'] as const;
export type ListLayout = (typeof LIST_LAYOUTS)[number];
export const LIST_CONTROLS = ['search', 'filters', 'sort'] as const;
export type ListControl = (typeof LIST_CONTROLS)[number];

const DEFAULT_PAGE_SIZE = 24;
const MAX_PAGE_SIZE = 500;
const SEARCH_DELAY_MS = 150;

const FACETS: { facet: Facet; key: 'regions' | 'types' | 'focus'; values: readonly string[] }[] = [
  { facet: 'region', key: 'regions', values: REGIONS },
  { facet: 'type', key: 'types', values: ORGANIZATION_TYPES },
  { facet: 'focus', key: 'focus', values: FOCUS_AREAS },
];

/** The values an attribute names that do not exist, each cut to a length that can be quoted. */
interface InvalidValues {
  attribute: string;
  values: string[];
  valid: readonly string[];
}

/** How many unknown values of one attribute a warning names; the rest are counted. */
const NAMED_UNKNOWN_VALUES = 3;

function unknownValuesWarning({ attribute, values, valid }: InvalidValues): string {
  const named = values.slice(0, NAMED_UNKNOWN_VALUES).map((value) => `"${value}"`).join(', ');
  const rest = values.length - NAMED_UNKNOWN_VALUES;
  const listed = rest > 0 ? `${named} and ${rest} more` : named;
  return `${attribute}: ${listed} ${values.length === 1 ? 'is' : 'are'} unknown; valid values are ${valid.join(', ')}.`;
}

/**
 * The organizations of a region (or several, or all), filterable, searchable and sortable, each shown
 * as a compact card that opens the full card in a dialog.
 *
 * @tagname eco-region-list
 * @summary A directory of the ecosystem, with faceted filters and search.
 *
 * @fires {CustomEvent<EcoSelectDetail>} eco-select - An organization was chosen.
 * @fires {CustomEvent<EcoErrorDetail>} eco-error - An attribute names a region, type or focus area that does not exist.
 *
 * @csspart controls - The search box, filters and sort, when shown.
 * @csspart search - The search box.
 * @csspart filters - The filter chips.
 * @csspart chip - One filter chip.
 * @csspart summary - The line that counts the results.
 * @csspart results - The list of organizations.
 * @csspart item - One organization in the list.
 * @csspart empty - The message when nothing matches.
 * @csspart more - The button that shows more results.
 * @csspart dialog - The dialog with an organization's full card.
 * @csspart status - Messages about the data or the attributes.
 *
 * @cssprop --eco-color-accent - Pressed chips and buttons.
 * @cssprop --eco-color-border - Borders of controls and cards.
 * @cssprop --eco-color-surface - Background.
 * @cssprop --eco-color-text - Text.
 * @cssprop --eco-color-focus - Focus ring.
 * @cssprop --eco-radius - Corner radius.
 * @cssprop --eco-spacing - Spacing.
 */
export class EcoRegionList extends EcoDataElement {
  static override styles = [...EcoDataElement.styles, regionListStyles];

  static override dependencies = { 'eco-org-card': EcoOrgCard };

  /**
   * Region ids, comma-separated (`antwerp, limburg`), or none for all. The property also takes an
   * array (`['antwerp', 'limburg']`).
   */
  @property() region?: string | readonly string[];

  /** Organization types, comma-separated (`incubator, science-park`); the property also takes an array. */
  @property() type?: string | readonly string[];

  /**
   * Focus areas, comma-separated (`oncology, vaccines`); the property also takes an array. The
   * attribute is `focus`; the property is `focusAreas`, because `focus` is every element's focus()
   * method.
   */
  @property({ attribute: 'focus' }) focusAreas?: string | readonly string[];

  /** Free text to search names, aliases and descriptions for. */
  @property() query?: string;

  /** `name` (default, in the language's alphabetical order), `type` or `region`. */
  @property({ converter: choiceAttribute }) sort: ListSort = 'name';

  /** `none` (default), `type` or `region`: headed groups. */
  @property({ attribute: 'group-by', converter: choiceAttribute }) groupBy: ListGrouping = 'none';

  /** `list` (default, one per row) or `grid`. */
  @property({ reflect: true, converter: choiceAttribute }) layout: ListLayout = 'list';

  /** Which controls to show: any of `search`, `filters`, `sort`, space-separated. None by default. */
  @property() controls?: string;

  /** How many organizations to show before a "Show more" button. */
  @property({ attribute: 'page-size', type: Number }) pageSize = DEFAULT_PAGE_SIZE;

  /**
   * Keeps the visitor's filters in the page URL, so a filtered view can be shared and survives a
   * reload. `sync-url` alone uses the keys `eco-region`, `eco-type`, `eco-focus` and `eco-q`; with a
   * word, `sync-url="partners"`, the keys are the list's own: `eco-partners-region`,
   * `eco-partners-type`, `eco-partners-focus` and `eco-partners-q`, so two lists on a page keep apart.
   * The URL holds only what the visitor changed: a key it lacks leaves the attribute's value. As a
   * property: `false` (off), `true` (the usual keys) or the word.
   */
  @property({ attribute: 'sync-url', converter: syncUrlAttribute }) syncUrl: boolean | string = false;

  /** A link for each organization; `{id}` is filled in. Without it, choosing one opens a dialog. */
  @property() href?: string;

  @state() private selection: Selection = NO_SELECTION;
  @state() private shownCount = DEFAULT_PAGE_SIZE;
  @state() private openId: string | undefined;

  @query('dialog') private dialog?: HTMLDialogElement;

  /** What the author's attributes select: where "Clear filters" returns to. */
  private authored: Selection = NO_SELECTION;
  private invalidValues: InvalidValues[] = [];
  private sortChoice: ListSort = 'name';
  private groupingChoice: ListGrouping = 'none';
  private pageLength = DEFAULT_PAGE_SIZE;
  private dialogOpener: HTMLElement | undefined;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private focusIndexAfterUpdate: number | undefined;
  private sortedCache = new WeakMap<EcosystemIndex, Map<string, Organization[]>>();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || ['region', 'type', 'focusAreas', 'query'].some((key) => changed.has(key))) {
      this.authored = this.selectionFromAttributes();
      this.selection = this.authored;
      // A shared link wins over the page's attributes, once, when the list first appears.
      const urlKeys = urlKeysFor(this.syncUrl);
      if (!this.hasUpdated && urlKeys) this.selection = { ...this.authored, ...selectionInUrl(urlKeys) };
    }
    this.sortChoice = this.chosen('sort', this.sort, LIST_SORTS, 'name');
    this.groupingChoice = this.chosen('group-by', this.groupBy, LIST_GROUPINGS, 'none');
    // The layout takes effect in CSS alone; here it is only checked.
    this.chosen('layout', this.layout, LIST_LAYOUTS, 'list');
    if (changed.has('pageSize')) this.pageLength = this.validPageSize();
    if (changed.has('selection') || changed.has('pageSize')) this.shownCount = this.pageLength;
    if (changed.has('controls')) {
      const unknown = partitionKnown(parseWordList(this.controls), LIST_CONTROLS).unknown;
      if (unknown.length > 0) this.warn(`controls="${quoted(this.controls ?? '')}" has unknown controls (${unknown.join(', ')}); use any of "search filters sort".`);
    }
  }

  private validPageSize(): number {
    // Removing the attribute sets null: the default, nothing to warn about.
    if (this.pageSize === null || this.pageSize === undefined) return DEFAULT_PAGE_SIZE;
    const size = Math.floor(this.pageSize);
    if (Number.isFinite(size) && size >= 1 && size <= MAX_PAGE_SIZE) return size;
    this.warn(`page-size="${this.getAttribute('page-size') ?? this.pageSize}" is not a number from 1 to ${MAX_PAGE_SIZE}; using ${DEFAULT_PAGE_SIZE}.`);
    return DEFAULT_PAGE_SIZE;
  }

  private selectionFromAttributes(): Selection {
    this.invalidValues = [];
    const parse = <T extends string>(attribute: string, value: ListValue, allowed: readonly T[]): T[] => {
      const { known, unknown } = partitionKnown(parseIdList(value), allowed);
      if (unknown.length > 0) this.invalidValues.push({ attribute, values: unknown.map((bad) => quoted(bad)), valid: allowed });
      return known;
    };
    return {
      regions: parse('region', this.region, REGIONS),
      types: parse('type', this.type, ORGANIZATION_TYPES),
      focus: parse('focus', this.focusAreas, FOCUS_AREAS),
      query: this.query?.trim() ?? '',
    };
  }

  private select(selection: Selection): void {
    this.selection = selection;
    const urlKeys = urlKeysFor(this.syncUrl);
    if (urlKeys) writeSelectionToUrl(urlKeys, selection, this.authored);
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    const message = this.invalidValues.map(unknownValuesWarning).join(' ');
    this.reportProblem(message ? { code: 'invalid-attribute', message } : undefined);
    if (this.focusIndexAfterUpdate !== undefined) {
      void this.focusItemWhenRendered(this.focusIndexAfterUpdate);
      this.focusIndexAfterUpdate = undefined;
    }
  }

  private get activeControls(): Set<ListControl> {
    return new Set(partitionKnown(parseWordList(this.controls), LIST_CONTROLS).known);
  }

  private get filter(): OrganizationFilter {
    const { regions, types, focus, query } = this.selection;
    return { regions, types, focus, query };
  }

  /**
   * Organizations in display order, sorted once per dataset, language and sort: each query then only
   * filters this list, which keeps typing fast at ten thousand organizations.
   */
  private sortedOrganizations(index: EcosystemIndex): Organization[] {
    const sort = this.sortChoice;
    const grouping = this.groupingChoice;
    const key = `${this.locale}|${sort}|${grouping}`;
    let byKey = this.sortedCache.get(index);
    if (!byKey) this.sortedCache.set(index, (byKey = new Map()));
    let sorted = byKey.get(key);
    if (!sorted) {
      const compare = textComparer(this.locale);
      const { types, regions } = this.messages;
      const label = (org: Organization, by: ListSort | ListGrouping) =>
        by === 'type' ? types[org.type] : by === 'region' ? regions[org.region] : '';
      const names = new Map(index.organizations.map((org) => [org, nameIn(org, this.locale)]));
      sorted = [...index.organizations].sort(
        (a, b) => compare(label(a, grouping), label(b, grouping)) || compare(label(a, sort), label(b, sort)) || compare(names.get(a)!, names.get(b)!),
      );
      byKey.set(key, sorted);
    }
    return sorted;
  }

  protected override render() {
    return this.renderWithData((index) => {
      if (this.invalidValues.length > 0) return this.renderInvalidValues();
      const results = index.filter(this.filter, this.sortedOrganizations(index));
      const controls = this.activeControls;
      return html`
        ${controls.size > 0 ? this.renderControls(index, controls) : nothing}
        <p part="summary" class="summary" role="status">${this.summary(results.length)}</p>
        ${results.length === 0 ? this.renderEmpty() : this.renderResults(results)}
        ${this.renderDialog(index)}
      `;
    });
  }

  /** One line for each attribute, naming its first unknown value: the warning names a few more. */
  private renderInvalidValues() {
    const messages = this.messages;
    return html`<div part="status" class="eco-status eco-panel" role="status">
      ${this.invalidValues.map(
        ({ attribute, values, valid }) =>
          html`<p>
            ${messages.unknownValue(isolated(values[0]!), attribute, valid.join(', '))}
          </p>`,
      )}
    </div>`;
  }

  private summary(count: number): string {
    const { regions } = this.selection;
    if (regions.length === 0) return formatPlural(this.locale, count, this.messages.organizations);
    const place = formatList(this.locale, regions.map((region) => this.messages.regions[region]));
    return formatPlural(this.locale, count, this.messages.organizationsIn, place);
  }

  private renderControls(index: EcosystemIndex, controls: Set<ListControl>) {
    const messages = this.messages;
    return html`<div part="controls" class="controls">
      ${controls.has('search')
        ? html`<label class="search">
            <span>${messages.search}</span>
            <input
              part="search"
              type="search"
              .value=${this.selection.query}
              @input=${this.onSearchInput}
              @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && this.applySearch(event.target as HTMLInputElement)}
            />
          </label>`
        : nothing}
      ${controls.has('sort')
        ? html`<label class="sort">
            <span>${messages.sortBy}</span>
            <select @change=${(event: Event) => (this.sort = (event.target as HTMLSelectElement).value as ListSort)}>
              ${LIST_SORTS.map(
                (sort) => html`<option value=${sort} ?selected=${sort === this.sortChoice}>${this.sortLabel(sort, messages)}</option>`,
              )}
            </select>
          </label>`
        : nothing}
      ${controls.has('filters') ? this.renderFilters(index, messages) : nothing}
    </div>`;
  }

  private sortLabel(sort: ListSort, messages: Messages): string {
    return sort === 'name' ? messages.sortName : sort === 'type' ? messages.sortType : messages.sortRegion;
  }

  private renderFilters(index: EcosystemIndex, messages: Messages) {
    const legends: Record<Facet, string> = { region: messages.region, type: messages.type, focus: messages.focusArea };
    const labels: Record<Facet, Record<string, string>> = { region: messages.regions, type: messages.types, focus: messages.focus };
    return html`<div part="filters" class="filters" role="group" aria-label=${messages.filters}>
      ${FACETS.map(({ facet, key, values }) => {
        const counts = index.facetCounts(this.filter, facet);
        const present = index.countBy(facet);
        const selected = this.selection[key] as string[];
        return html`<fieldset>
          <legend>${legends[facet]}</legend>
          ${values
            .filter((value) => present.has(value))
            .map((value) => {
              const count = counts.get(value) ?? 0;
              const pressed = selected.includes(value);
              return html`<button
                part="chip"
                type="button"
                class="chip"
                aria-pressed=${pressed ? 'true' : 'false'}
                ?disabled=${count === 0 && !pressed}
                @click=${() => this.toggle(key, value)}
              >
                ${labels[facet][value]} <span class="count">${count}</span>
              </button>`;
            })}
        </fieldset>`;
      })}
    </div>`;
  }

  private toggle(key: 'regions' | 'types' | 'focus', value: string): void {
    const current = this.selection[key] as string[];
    const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
    this.select({ ...this.selection, [key]: next });
  }

  private onSearchInput(event: InputEvent): void {
    const input = event.target as HTMLInputElement;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.applySearch(input), SEARCH_DELAY_MS);
  }

  private applySearch(input: HTMLInputElement): void {
    clearTimeout(this.searchTimer);
    if (input.value.trim() !== this.selection.query) this.select({ ...this.selection, query: input.value.trim() });
  }

  /**
   * "Clear filters" takes away the search and what the visitor chose, back to the author's own
   * region, type and focus; it is not offered when those alone match nothing.
   */
  private renderEmpty() {
    const cleared = { ...this.authored, query: '' };
    return html`<div part="empty" class="empty">
      <p>${this.messages.noResults}</p>
      ${sameSelection(this.selection, cleared)
        ? nothing
        : html`<button type="button" class="button" @click=${() => this.select(cleared)}>${this.messages.clearFilters}</button>`}
    </div>`;
  }

  private renderResults(results: Organization[]) {
    const shown = results.slice(0, this.shownCount);
    const remaining = results.length - shown.length;
    const grouping = this.groupingChoice;
    const card = this.cardTag();
    const groups: [string, Organization[]][] = [];
    if (grouping === 'none') groups.push(['', shown]);
    else {
      for (const org of shown) {
        const label = grouping === 'type' ? this.messages.types[org.type] : this.messages.regions[org.region];
        if (groups.at(-1)?.[0] !== label) groups.push([label, []]);
        groups.at(-1)![1].push(org);
      }
    }
    return html`
      <div class="groups" @keydown=${this.onResultsKeydown} @eco-select=${this.onItemSelect}>
        ${groups.map(
          ([label, orgs]) => html`${label ? html`<h3 class="group">${label}</h3>` : nothing}
            <ul part="results" class="results" aria-label=${label || this.messages.results}>
              ${orgs.map(
                (org) => staticHtml`<li part="item">
                  <${card}
                    org=${org.id}
                    .organization=${org}
                    layout="compact"
                    heading-level=${label ? 4 : 3}
                    theme=${this.themeChoice}
                    href=${this.href ?? nothing}
                    no-jsonld
                  ></${card}>
                </li>`,
              )}
            </ul>`,
        )}
      </div>
      ${remaining > 0
        ? html`<button part="more" type="button" class="button more" @click=${() => this.showMore(shown.length)}>
            ${formatPlural(this.locale, Math.min(remaining, this.pageLength), this.messages.showMore)}
          </button>`
        : nothing}
    `;
  }

  private showMore(alreadyShown: number): void {
    this.shownCount = alreadyShown + this.pageLength;
    this.focusIndexAfterUpdate = alreadyShown;
  }

  private async focusItemWhenRendered(index: number): Promise<void> {
    const item = this.items()[index];
    await (item as (HTMLElement & { updateComplete?: Promise<unknown> }) | undefined)?.updateComplete;
    item?.focus();
  }

  /**
   * The card's tag here: `eco-org-card`, unless the page gave that tag to an element of its own. The
   * tag is ours (never the page's text), so it is safe as a static part of the template.
   */
  private cardTag(): StaticValue {
    return unsafeStatic(dependencyTag('eco-org-card', EcoOrgCard));
  }

  private items(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('.results > li > *')];
  }

  /** Arrow keys move between organizations, Home and End to the first and last shown. */
  private onResultsKeydown(event: KeyboardEvent): void {
    const items = this.items();
    const current = items.findIndex((item) => event.composedPath().includes(item));
    if (current < 0) return;
    const target = { ArrowDown: current + 1, ArrowRight: current + 1, ArrowUp: current - 1, ArrowLeft: current - 1, Home: 0, End: items.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    items[Math.max(0, Math.min(items.length - 1, target))]!.focus();
  }

  /** Without `href`, choosing an organization opens its full card; the event goes on to the page. */
  private onItemSelect(event: CustomEvent<{ id: string }>): void {
    if (this.href) return;
    this.dialogOpener = event.composedPath().find((node): node is EcoOrgCard => node instanceof EcoOrgCard);
    void this.openDialog(event.detail.id);
  }

  private async openDialog(id: string): Promise<void> {
    this.openId = id;
    await this.updateComplete;
    // The list may have left the page while it rendered the card: showModal would throw there.
    const dialog = this.dialog;
    if (this.isConnected && dialog?.isConnected && !dialog.open) dialog.showModal();
  }

  private renderDialog(index: EcosystemIndex): TemplateResult {
    const open = this.openId ? index.get(this.openId) : undefined;
    const card = this.cardTag();
    return html`<dialog
      part="dialog"
      aria-label=${open ? isolated(nameIn(open, this.locale)) : nothing}
      @close=${this.onDialogClose}
      @eco-select=${(event: CustomEvent<{ id: string }>) => (this.openId = event.detail.id)}
    >
      <form method="dialog" class="dialog-bar">
        <button class="button" type="submit">${this.messages.close}</button>
      </form>
      ${this.openId
        ? staticHtml`<${card} org=${this.openId} heading-level="2" theme=${this.themeChoice} no-jsonld></${card}>`
        : nothing}
    </dialog>`;
  }

  private onDialogClose(): void {
    this.openId = undefined;
    this.dialogOpener?.focus();
    this.dialogOpener = undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eco-region-list': EcoRegionList;
  }
}
