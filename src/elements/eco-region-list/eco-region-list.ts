import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Organization } from '../../data/dataset-schema.js';
import type { EcosystemIndex, Facet, OrganizationFilter } from '../../data/ecosystem-index.js';
import { FOCUS_AREAS, ORGANIZATION_TYPES, REGIONS, type FocusArea, type OrganizationType, type Region } from '../../data/vocabulary.js';
import { choiceAttribute, parseIdList, parseWordList, partitionKnown, quoted } from '../../shared/attribute-values.js';
import { EcoDataElement } from '../../shared/eco-data-element.js';
import { formatList, formatPlural, textComparer } from '../../shared/i18n/format.js';
import { nameIn } from '../../shared/i18n/localized-text.js';
import type { Messages } from '../../shared/i18n/messages/index.js';
import { regionListStyles } from './eco-region-list.styles.js';

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

/** What the visitor has narrowed the list to. */
interface Selection {
  regions: Region[];
  types: OrganizationType[];
  focus: FocusArea[];
  query: string;
}

const EMPTY_SELECTION: Selection = { regions: [], types: [], focus: [], query: '' };

/** The URL parameters `sync-url` writes, prefixed so they never collide with the host page's own. */
const URL_KEYS = { regions: 'eco-region', types: 'eco-type', focus: 'eco-focus', query: 'eco-q' } as const;

const FACETS: { facet: Facet; key: 'regions' | 'types' | 'focus'; values: readonly string[] }[] = [
  { facet: 'region', key: 'regions', values: REGIONS },
  { facet: 'type', key: 'types', values: ORGANIZATION_TYPES },
  { facet: 'focus', key: 'focus', values: FOCUS_AREAS },
];

interface InvalidValue {
  attribute: string;
  value: string;
  valid: readonly string[];
}

/**
 * The organizations of a region (or several, or all), filterable, searchable and sortable, each shown
 * as a compact card that opens the full card in a dialog.
 *
 * @tagname eco-region-list
 * @summary A directory of the ecosystem, with faceted filters and search.
 *
 * @fires {CustomEvent<{ id: string }>} eco-select - An organization was chosen.
 * @fires {CustomEvent<{ code: string; message: string }>} eco-error - An attribute names a region, type or focus area that does not exist.
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

  /** Region ids, comma-separated (`antwerp, limburg`), or none for all. */
  @property() region?: string;

  /** Organization types, comma-separated (`incubator, science-park`). */
  @property() type?: string;

  /**
   * Focus areas, comma-separated (`oncology, vaccines`). The attribute is `focus`; the property is
   * `focusAreas`, because `focus` is every element's focus() method.
   */
  @property({ attribute: 'focus' }) focusAreas?: string;

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

  /** Keeps the visitor's filters in the page URL, so a filtered view can be shared and survives a reload. */
  @property({ attribute: 'sync-url', type: Boolean }) syncUrl = false;

  /** A link for each organization; `{id}` is filled in. Without it, choosing one opens a dialog. */
  @property() href?: string;

  @state() private selection: Selection = EMPTY_SELECTION;
  @state() private shownCount = DEFAULT_PAGE_SIZE;
  @state() private openId: string | undefined;

  @query('dialog') private dialog?: HTMLDialogElement;

  private invalidValues: InvalidValue[] = [];
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
      this.selection = this.selectionFromAttributes();
      // A shared link wins over the page's attributes, once, when the list first appears.
      if (!this.hasUpdated && this.syncUrl) this.selection = { ...this.selection, ...this.selectionFromUrl() };
    }
    this.sortChoice = this.chosen('sort', this.sort, LIST_SORTS, 'name');
    this.groupingChoice = this.chosen('group-by', this.groupBy, LIST_GROUPINGS, 'none');
    // The layout takes effect in CSS alone; here it is only checked.
    this.chosen('layout', this.layout, LIST_LAYOUTS, 'list');
    if (changed.has('pageSize')) this.pageLength = this.validPageSize();
    if (changed.has('selection') || changed.has('pageSize')) this.shownCount = this.pageLength;
    if (changed.has('controls')) {
      const unknown = partitionKnown(parseWordList(this.controls), LIST_CONTROLS).unknown;
      if (unknown.length > 0) this.warn(`controls="${this.controls}" has unknown controls (${unknown.join(', ')}); use any of "search filters sort".`);
    }
  }

  private validPageSize(): number {
    const size = Math.floor(this.pageSize);
    if (Number.isFinite(size) && size >= 1 && size <= MAX_PAGE_SIZE) return size;
    this.warn(`page-size="${this.getAttribute('page-size') ?? this.pageSize}" is not a number from 1 to ${MAX_PAGE_SIZE}; using ${DEFAULT_PAGE_SIZE}.`);
    return DEFAULT_PAGE_SIZE;
  }

  private selectionFromAttributes(): Selection {
    this.invalidValues = [];
    const parse = <T extends string>(attribute: string, value: string | undefined, allowed: readonly T[]): T[] => {
      const { known, unknown } = partitionKnown(parseIdList(value), allowed);
      unknown.forEach((bad) => this.invalidValues.push({ attribute, value: quoted(bad), valid: allowed }));
      return known;
    };
    return {
      regions: parse('region', this.region, REGIONS),
      types: parse('type', this.type, ORGANIZATION_TYPES),
      focus: parse('focus', this.focusAreas, FOCUS_AREAS),
      query: this.query?.trim() ?? '',
    };
  }

  /** Only what the URL names and we know: a shared link must not be able to break the list. */
  private selectionFromUrl(): Partial<Selection> {
    const params = new URLSearchParams(location.search);
    const fromUrl: Partial<Selection> = {};
    const ids = <T extends string>(key: string, allowed: readonly T[]) => partitionKnown(parseIdList(params.get(key)), allowed).known;
    if (params.has(URL_KEYS.regions)) fromUrl.regions = ids(URL_KEYS.regions, REGIONS);
    if (params.has(URL_KEYS.types)) fromUrl.types = ids(URL_KEYS.types, ORGANIZATION_TYPES);
    if (params.has(URL_KEYS.focus)) fromUrl.focus = ids(URL_KEYS.focus, FOCUS_AREAS);
    if (params.has(URL_KEYS.query)) fromUrl.query = params.get(URL_KEYS.query)!.trim();
    return fromUrl;
  }

  private select(selection: Selection): void {
    this.selection = selection;
    if (!this.syncUrl) return;
    const url = new URL(location.href);
    for (const key of Object.keys(URL_KEYS) as (keyof Selection)[]) {
      const value = selection[key];
      const text = Array.isArray(value) ? value.join(',') : value;
      if (text) url.searchParams.set(URL_KEYS[key], text);
      else url.searchParams.delete(URL_KEYS[key]);
    }
    history.replaceState(history.state, '', url);
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    const message = this.invalidValues
      .map(({ attribute, value, valid }) => `${attribute}: "${value}" is unknown; valid values are ${valid.join(', ')}.`)
      .join(' ');
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

  private renderInvalidValues() {
    const messages = this.messages;
    return html`<div part="status" class="eco-status eco-panel" role="status">
      ${this.invalidValues.map(
        ({ attribute, value, valid }) =>
          html`<p>
            ${messages.unknownValue(value, attribute, valid.join(', '))}
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

  private renderEmpty() {
    return html`<div part="empty" class="empty">
      <p>${this.messages.noResults}</p>
      <button type="button" class="button" @click=${() => this.select(EMPTY_SELECTION)}>${this.messages.clearFilters}</button>
    </div>`;
  }

  private renderResults(results: Organization[]) {
    const shown = results.slice(0, this.shownCount);
    const remaining = results.length - shown.length;
    const grouping = this.groupingChoice;
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
                (org) => html`<li part="item">
                  <eco-org-card
                    org=${org.id}
                    layout="compact"
                    heading-level=${label ? 4 : 3}
                    theme=${this.theme}
                    href=${this.href ?? nothing}
                    no-jsonld
                  ></eco-org-card>
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

  private items(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('.results eco-org-card')];
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
    this.dialogOpener = event.composedPath().find((node): node is HTMLElement => node instanceof HTMLElement && node.localName === 'eco-org-card');
    void this.openDialog(event.detail.id);
  }

  private async openDialog(id: string): Promise<void> {
    this.openId = id;
    await this.updateComplete;
    if (!this.dialog?.open) this.dialog?.showModal();
  }

  private renderDialog(index: EcosystemIndex): TemplateResult {
    const open = this.openId ? index.get(this.openId) : undefined;
    return html`<dialog
      part="dialog"
      aria-label=${open ? nameIn(open, this.locale) : nothing}
      @close=${this.onDialogClose}
      @eco-select=${(event: CustomEvent<{ id: string }>) => (this.openId = event.detail.id)}
    >
      <form method="dialog" class="dialog-bar">
        <button class="button" type="submit">${this.messages.close}</button>
      </form>
      ${this.openId
        ? html`<eco-org-card org=${this.openId} heading-level="2" theme=${this.theme} no-jsonld></eco-org-card>`
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
