import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import type { Organization } from '../../data/dataset-schema.js';
import type { EcosystemIndex, Facet, OrganizationFilter } from '../../data/ecosystem-index.js';
import { FACET_KEYS } from '../../data/vocabulary.js';
import { choiceAttribute, parseIdList, parseWordList, partitionKnown, type ListValue } from '../../shared/attribute-values.js';
import { EcoDataElement } from '../../shared/eco-data-element.js';
import type { EcoFilterChangeDetail } from '../../shared/events.js';
import { dependencyTag } from '../../shared/element-dependencies.js';
import { formatList, formatPlural, textComparer } from '../../shared/i18n/format.js';
import { isolated } from '../../shared/i18n/isolate.js';
import { nameIn } from '../../shared/i18n/localized-text.js';
import type { Messages } from '../../shared/i18n/messages/index.js';
import { unknownValues } from '../../shared/warnings.js';
import { EcoOrgCard } from '../eco-org-card/eco-org-card.js';
import { regionListStyles } from './eco-region-list.styles.js';
import { filterMenu } from './filter-menu.js';
import { knownIn, NO_SELECTION, sameSelection, type Selection } from './selection.js';
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

type FacetKey = (typeof FACET_KEYS)[Facet];

/**
 * Each facet: the part of a selection it narrows, the property the author sets it with, and the
 * message with its own name. Its values are ours and the dataset's own (`EcosystemIndex.terms`).
 */
const FACETS: { facet: Facet; key: FacetKey; property: 'region' | 'type' | 'focusAreas'; name: 'region' | 'type' | 'focusArea' }[] = [
  { facet: 'region', key: 'regions', property: 'region', name: 'region' },
  { facet: 'type', key: 'types', property: 'type', name: 'type' },
  { facet: 'focus', key: 'focus', property: 'focusAreas', name: 'focusArea' },
];

/** The values a list attribute names that do not exist, with the attribute's own text. */
interface InvalidValues {
  attribute: Facet;
  written: string;
  values: string[];
  valid: readonly string[];
}

/**
 * The organizations of a region (or several, or all), filterable, searchable and sortable, each shown
 * as a compact card that opens the full card in a dialog.
 *
 * @tagname eco-region-list
 * @summary A directory of the ecosystem, with faceted filters and search.
 *
 * @fires {CustomEvent<EcoSelectDetail>} eco-select - An organization was chosen. Cancelable: `preventDefault()` keeps its card from opening the dialog.
 * @fires {CustomEvent<EcoFilterChangeDetail>} eco-filter-change - What the list shows changed: a filter, the search, or an attribute; also when it first shows a filter. The detail is the `filters` property.
 * @fires {CustomEvent<EcoErrorDetail>} eco-error - An attribute names a region, type or focus area that does not exist.
 *
 * @csspart controls - The search box and the filter menus, when shown.
 * @csspart search - The search box.
 * @csspart filters - The buttons that open the filter menus.
 * @csspart menu - One filter's menu of options.
 * @csspart chip - A chosen filter value; pressing it removes it.
 * @csspart summary - The line that counts the results, or says that nothing matches.
 * @csspart results - The list of organizations.
 * @csspart item - One organization in the list.
 * @csspart empty - The summary and its way out, when nothing matches.
 * @csspart more - The button that shows more results.
 * @csspart dialog - The dialog with an organization's full card (each card's, exported).
 * @csspart status - Messages about the data or the attributes.
 *
 * @cssprop --eco-color-accent - Chosen filters and their counts.
 * @cssprop --eco-color-border - Borders of controls and cards.
 * @cssprop --eco-color-surface - Background of controls and menus; the list itself has none, so it sits on the page.
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

  /** What the author's attributes select: where "Clear filters" returns to. */
  private authored: Selection = NO_SELECTION;
  private invalidValues: InvalidValues[] = [];
  /** The dataset the attributes and the selection were last checked against. */
  private checkedAgainst?: EcosystemIndex;
  private sortChoice: ListSort = 'name';
  private groupingChoice: ListGrouping = 'none';
  private pageLength = DEFAULT_PAGE_SIZE;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private focusIndexAfterUpdate: number | undefined;
  private sortedCache = new WeakMap<EcosystemIndex, Map<string, Organization[]>>();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const authoredChanged = !this.hasUpdated || ['region', 'type', 'focusAreas', 'query'].some((key) => changed.has(key));
    if (authoredChanged) {
      this.authored = this.selectionFromAttributes();
      const urlKeys = urlKeysFor(this.syncUrl);
      if (!this.hasUpdated) {
        // A shared link wins over the page's attributes, once, when the list first appears.
        this.selection = urlKeys ? { ...this.authored, ...selectionInUrl(urlKeys) } : this.authored;
      } else {
        // An attribute set later (by a map, say) replaces what the visitor chose for it, and only that.
        this.selection = { ...this.selection };
        for (const { key, property } of FACETS) if (changed.has(property)) this.selection[key] = this.authored[key];
        if (changed.has('query')) this.selection.query = this.authored.query;
      }
    }
    // Which regions, types and focus areas exist is the dataset's to say, so the check waits for it,
    // and is made again for another dataset: a visitor's choices it does not know are let go.
    const data = this.dataState;
    if (data.status === 'ready' && (authoredChanged || data.index !== this.checkedAgainst)) {
      this.checkedAgainst = data.index;
      this.invalidValues = this.unknownValues(data.index);
      this.authored = knownIn(this.authored, data.index.terms);
      this.selection = knownIn(this.selection, data.index.terms);
    }
    this.sortChoice = this.chosen('sort', this.sort, LIST_SORTS, 'name');
    this.groupingChoice = this.chosen('group-by', this.groupBy, LIST_GROUPINGS, 'none');
    // The layout takes effect in CSS alone; here it is only checked.
    this.chosen('layout', this.layout, LIST_LAYOUTS, 'list');
    if (changed.has('pageSize')) this.pageLength = this.validPageSize();
    if (changed.has('selection') || changed.has('pageSize')) this.shownCount = this.pageLength;
    if (changed.has('controls')) {
      const unknown = partitionKnown(parseWordList(this.controls), LIST_CONTROLS).unknown;
      if (unknown.length > 0) this.warn(unknownValues(unknown, LIST_CONTROLS), 'controls', this.controls);
    }
  }

  private validPageSize(): number {
    // Removing the attribute sets null: the default, nothing to warn about.
    if (this.pageSize === null || this.pageSize === undefined) return DEFAULT_PAGE_SIZE;
    const size = Math.floor(this.pageSize);
    if (Number.isFinite(size) && size >= 1 && size <= MAX_PAGE_SIZE) return size;
    this.warn(`not a number from 1 to ${MAX_PAGE_SIZE}. Using ${DEFAULT_PAGE_SIZE}.`, 'page-size', this.getAttribute('page-size') ?? String(this.pageSize));
    return DEFAULT_PAGE_SIZE;
  }

  private selectionFromAttributes(): Selection {
    return {
      regions: parseIdList(this.region),
      types: parseIdList(this.type),
      focus: parseIdList(this.focusAreas),
      query: this.query?.trim() ?? '',
    };
  }

  /** What the author's attributes name that the dataset does not know, attribute by attribute. */
  private unknownValues(index: EcosystemIndex): InvalidValues[] {
    return FACETS.flatMap(({ facet, key, property }) => {
      const valid = index.terms[facet];
      const { unknown } = partitionKnown(this.authored[key], valid);
      return unknown.length > 0 ? [{ attribute: facet, written: String(this[property] as ListValue), values: unknown, valid }] : [];
    });
  }

  private select(selection: Selection): void {
    this.selection = selection;
    const urlKeys = urlKeysFor(this.syncUrl);
    if (urlKeys) writeSelectionToUrl(urlKeys, selection, this.authored);
  }

  /**
   * What the list shows now: the ids of each filter (the attributes', a shared link's or the
   * visitor's), and the search. `eco-filter-change` tells when it changes.
   * @readonly
   */
  get filters(): EcoFilterChangeDetail {
    const { regions, types, focus, query } = this.selection;
    return { region: [...regions], type: [...types], focus: [...focus], query };
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (changed.has('selection') && !sameSelection(this.selection, (changed.get('selection') as Selection | undefined) ?? NO_SELECTION)) {
      this.emit('eco-filter-change', this.filters);
    }
    this.reportProblem(
      ...this.invalidValues.map(({ attribute, written, values, valid }) => ({
        code: 'invalid-attribute' as const,
        message: unknownValues(values, valid),
        attribute,
        value: written,
      })),
    );
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
      const label = (org: Organization, by: ListSort | ListGrouping) =>
        by === 'type' || by === 'region' ? this.termName(index, by, org[by]) : '';
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
      if (this.invalidValues.length > 0) return this.renderInvalidValues(index);
      const results = index.filter(this.filter, this.sortedOrganizations(index));
      const controls = this.activeControls;
      return html`
        ${controls.has('search') || controls.has('filters') ? this.renderControls(index, controls) : nothing}
        ${this.renderSummary(index, results.length, controls.has('sort'))}
        ${results.length === 0 ? nothing : this.renderResults(index, results)}
      `;
    });
  }

  /** One line for each attribute, naming its first unknown value and what is near it. */
  private renderInvalidValues(index: EcosystemIndex) {
    return html`<div part="status" class="eco-status eco-panel" role="status">
      ${this.invalidValues.map(({ attribute, values }) => html`<p>${this.unknownTermSentence(index, attribute, values[0]!)}</p>`)}
    </div>`;
  }

  private summary(index: EcosystemIndex, count: number): string {
    if (this.selection.regions.length === 0) return formatPlural(this.locale, count, this.messages.organizations);
    return formatPlural(this.locale, count, this.messages.organizationsIn, this.place(index));
  }

  /** The chosen regions, as a sentence names them: "East Flanders and Limburg". */
  private place(index: EcosystemIndex): string {
    return formatList(this.locale, this.selection.regions.map((region) => this.termName(index, 'region', region)));
  }

  private renderControls(index: EcosystemIndex, controls: Set<ListControl>) {
    const messages = this.messages;
    return html`<div part="controls" class="controls">
        ${controls.has('search')
          ? html`<input
              part="search"
              class="search"
              type="search"
              aria-label=${messages.search}
              placeholder=${messages.search}
              .value=${this.selection.query}
              @input=${this.onSearchInput}
              @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && this.applySearch(event.target as HTMLInputElement)}
            />`
          : nothing}
        ${controls.has('filters') ? this.renderFilters(index, messages) : nothing}
      </div>
      ${controls.has('filters') ? this.renderChosen(index, messages) : nothing}`;
  }

  private renderSort(messages: Messages) {
    const labels = [messages.sortName, messages.sortType, messages.sortRegion];
    return html`<label class="sort">
      ${messages.sortBy}
      <select @change=${(event: Event) => (this.sort = (event.target as HTMLSelectElement).value as ListSort)}>
        ${LIST_SORTS.map((sort, i) => html`<option value=${sort} ?selected=${sort === this.sortChoice}>${labels[i]}</option>`)}
      </select>
    </label>`;
  }

  /**
   * A menu for each facet, offering only the values that would show something (and those chosen, so
   * they can be unchosen): a row of three buttons instead of a wall of chips, most of them dead ends.
   */
  private renderFilters(index: EcosystemIndex, messages: Messages) {
    return html`<div part="filters" class="filters" role="group" aria-label=${messages.filters}>
      ${FACETS.map(({ facet, key, name }) =>
        filterMenu(
          `menu-${facet}`,
          messages[name],
          index.terms[facet],
          (value) => this.termName(index, facet, value),
          index.facetCounts(this.filter, facet),
          this.selection[key],
          (value) => this.select(this.toggled(key, value)),
        ),
      )}
    </div>`;
  }

  /** What is chosen, each value a button that takes it away, and "Clear filters" back to the author's. */
  private renderChosen(index: EcosystemIndex, messages: Messages) {
    const cleared = { ...this.authored, query: '' };
    const chips = FACETS.flatMap(({ facet, key }) =>
      this.selection[key].map((value) => {
        const label = this.termName(index, facet, value);
        return html`<button
          part="chip"
          type="button"
          class="chip"
          aria-label=${messages.removeFilter(label)}
          @click=${() => this.selectKeepingFocus(this.toggled(key, value))}
        >
          ${label} <span aria-hidden="true">${'×' /* a string, so that the ASCII-only bundle escapes it */}</span>
        </button>`;
      }),
    );
    const clearable = !sameSelection(this.selection, cleared);
    return chips.length > 0 || clearable
      ? html`<div class="chosen">
          ${chips}
          ${clearable ? html`<button type="button" class="link" @click=${() => this.selectKeepingFocus(cleared)}>${messages.clearFilters}</button>` : nothing}
        </div>`
      : nothing;
  }

  private toggled(key: FacetKey, value: string): Selection {
    const current = this.selection[key];
    return { ...this.selection, [key]: current.includes(value) ? current.filter((item) => item !== value) : [...current, value] };
  }

  /**
   * For buttons that go away with what they change (a chip, "Clear filters", an empty state's way
   * out): focus then moves to the first filter, or the first result, not back to the start of the page.
   */
  private async selectKeepingFocus(selection: Selection): Promise<void> {
    this.select(selection);
    await this.updateComplete;
    const root = this.renderRoot as ShadowRoot;
    if (!root.activeElement) root.querySelector<HTMLElement>('[popovertarget], .results > li > *')?.focus();
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
   * The count of results, with the sort beside it; when there are none, why, and the way out. The
   * line stays the same element either way, so screen readers hear each new count or sentence.
   */
  private renderSummary(index: EcosystemIndex, count: number, sort: boolean) {
    const [sentence, way, next] = count > 0 ? [this.summary(index, count)] : this.emptyState(index);
    return html`<div part=${count > 0 ? nothing : 'empty'} class="state">
      <p part="summary" class="summary" role="status">${sentence}</p>
      ${next ? html`<button type="button" class="button" @click=${() => this.selectKeepingFocus(next)}>${way}</button>` : nothing}
      ${sort && count > 0 ? this.renderSort(this.messages) : nothing}
    </div>`;
  }

  /**
   * Why nothing matches, and the way out: clearing the search; widening a region that has no
   * organizations (yet) to all of them; or clearing the filters back to the author's own, which when
   * they alone match nothing becomes widening their region.
   */
  private emptyState(index: EcosystemIndex): [sentence: string, way?: string, next?: Selection] {
    const messages = this.messages;
    const selection = this.selection;
    const { regions, query } = selection;
    const widened = { ...selection, regions: [] };
    const cleared = { ...this.authored, query: '' };
    if (query) return [messages.noMatchesFor(isolated(query)), messages.clearSearch, { ...selection, query: '' }];
    if (regions.length > 0 && !regions.some((region) => index.countBy('region').has(region))) {
      return [messages.noneIn(this.place(index)), messages.showAllRegions, widened];
    }
    if (!sameSelection(selection, cleared)) return [messages.noResults, messages.clearFilters, cleared];
    return regions.length > 0 ? [messages.noResults, messages.showAllRegions, widened] : [messages.noResults];
  }

  private renderResults(index: EcosystemIndex, results: Organization[]) {
    const shown = results.slice(0, this.shownCount);
    const remaining = results.length - shown.length;
    const grouping = this.groupingChoice;
    const card = this.cardTag();
    const groups: [string, Organization[]][] = [];
    if (grouping === 'none') groups.push(['', shown]);
    else {
      for (const org of shown) {
        const label = this.termName(index, grouping, org[grouping]);
        if (groups.at(-1)?.[0] !== label) groups.push([label, []]);
        groups.at(-1)![1].push(org);
      }
    }
    return html`
      <div class="groups" @keydown=${this.onResultsKeydown}>
        ${groups.map(
          ([label, orgs]) => html`${label ? html`<h3 class="group">${label}</h3>` : nothing}
            <ul part="results" class="results" aria-label=${label || this.messages.results}>
              ${orgs.map(
                (org) => staticHtml`<li part="item">
                  <${card}
                    org=${org.id}
                    .organization=${org}
                    layout="compact"
                    exportparts="dialog"
                    heading-level=${label ? 4 : 3}
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
}

declare global {
  interface HTMLElementTagNameMap {
    'eco-region-list': EcoRegionList;
  }
}
