import { html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import type { EcosystemIndex } from '../../data/ecosystem-index.js';
import { choiceAttribute, parseIdList, partitionKnown } from '../../shared/attribute-values.js';
import { EcoDataElement } from '../../shared/eco-data-element.js';
import type { ElementProblem } from '../../shared/eco-element.js';
import { headingLevelProblem, headingTag } from '../../shared/heading-level.js';
import { formatList, formatNumber, formatPlural } from '../../shared/i18n/format.js';
import { isolated } from '../../shared/i18n/isolate.js';
import { unknownValues } from '../../shared/warnings.js';
import { mapStyles } from './eco-map.styles.js';
import { MAP_REGIONS, MAP_VIEW_BOX, MAP_WALLONIA } from './geometry.js';
import { LinkedListController } from './linked-list.js';

export const MAP_LAYOUTS = ['map', 'table'] as const;
export type MapLayout = (typeof MAP_LAYOUTS)[number];

const HEADING_LEVEL = 3;
/** Steps of the shading above "none": each region's share of the largest count picks one. */
const SHADES = 5;
/** Regions of ours that are no one place on the map: counted beside it. */
const WIDE_REGIONS: readonly string[] = ['flanders', 'belgium', 'international'];
/**
 * Brussels is ~15 units wide, too small to hit: its button is also a disc south of it, 40 units
 * across, which stays a 24 px target down to a 280 px wide map (WCAG 2.2, 2.5.8).
 */
const BRUSSELS_CALLOUT = { x: 191, y: 165, r: 20 };
/**
 * The part of the geometry shown, with room for the outlines' strokes: Flanders ends ~135 units down;
 * below it, Wallonia is context, shown as far as the Brussels disc needs (all of it would double the
 * map's height).
 */
const VIEW = { x: -3, y: -3, width: Number(MAP_VIEW_BOX.split(' ')[2]) + 6, height: 212 };
/**
 * Places a label over the map at a point of the geometry, in the map's own proportions, so it follows
 * any width. Set as a property (CSSOM), which a strict Content Security Policy allows, unlike a style attribute.
 */
const at = (x: number, y: number) => `left:${((x - VIEW.x) / VIEW.width) * 100}%;top:${((y - VIEW.y) / VIEW.height) * 100}%`;

/** A region on the map, as drawn: its outline, where its label goes, and its count. */
interface PlacedRegion {
  region: string;
  d: string;
  name: string;
  count: number;
  shade: number;
  /** Where the number is printed: the middle of the region, or of Brussels' disc. */
  at: readonly [x: number, y: number];
}

/** A count the map cannot place: a region-wide one of ours, or a dataset's own region. */
interface CountedElsewhere {
  name: string;
  count: number;
}

type MapView =
  | { kind: 'data-pending' }
  | { kind: 'invalid'; lines: string[]; problems: ElementProblem[] }
  | { kind: 'ready'; placed: PlacedRegion[]; elsewhere: CountedElsewhere[]; unplaced: string[]; counting: string[] };

/**
 * The ecosystem on a map of Flanders and Brussels: each province shaded by its number of
 * organizations, with the number on it. Choosing one tells the page (`eco-region-select`) and, with
 * `for`, shows its organizations in a list; the list's own region shows on the map. Organizations of
 * all of Flanders, of Belgium or abroad are counted beside the map. Outlines: Natural Earth (public
 * domain).
 *
 * @tagname eco-map
 * @summary A map of the provinces that counts the organizations in each, and drives a list.
 *
 * @fires {CustomEvent<EcoRegionSelectDetail>} eco-region-select - A region was chosen, or the choice cleared (`region: null`). Cancelable: `preventDefault()` keeps the choice from being made.
 * @fires {CustomEvent<EcoErrorDetail>} eco-error - `type` or `focus` names something that does not exist.
 *
 * @csspart heading - The heading above the map.
 * @csspart toggle - The button that shows the numbers as a table, or as a map again.
 * @csspart map - The map's drawing.
 * @csspart label - A number (and, where there is room, a name) printed on a region.
 * @csspart caption - What the map shows.
 * @csspart elsewhere - The counts of organizations that are in no one province.
 * @csspart table - The table layout's table.
 * @csspart status - Messages when there is nothing to show.
 *
 * @cssprop --eco-color-text - Text, and the chosen region's outline.
 * @cssprop --eco-color-text-muted - The caption.
 * @cssprop --eco-color-border - Region borders and Wallonia.
 * @cssprop --eco-color-focus - Focus ring.
 * @cssprop --eco-map-shade-1 - The lightest shade of the scale, for the fewest organizations (also `--eco-map-shade-2` to `--eco-map-shade-5`, the most).
 * @cssprop --eco-spacing - Spacing.
 */
export class EcoMap extends EcoDataElement {
  static override styles = [...EcoDataElement.styles, mapStyles];

  /** Count only these types of organization, comma-separated, as on the list. */
  @property() type?: string;

  /** Count only these focus areas, comma-separated. The property is `focusAreas`, as on the list. */
  @property({ attribute: 'focus' }) focusAreas?: string;

  /** The chosen region's id. With `for`, it is the linked list's region, whichever of the two sets it. */
  @property() region?: string;

  /**
   * The id of an `<eco-region-list>` on the page: choosing a region sets that list's `region`, and the
   * list's regions, however they are set, show as chosen here.
   */
  @property() for?: string;

  /** `map` (default), or `table`: the same numbers and choices as a table. A button switches between them. */
  @property({ reflect: true, converter: choiceAttribute }) layout: MapLayout = 'map';

  /** The level of the heading, 2 to 6, to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** The region Tab enters the map at: the chosen one, or the one the arrow keys last reached. */
  @state() private current = 0;
  /** The region with the keyboard focus, outlined. */
  @state() private focused?: string;
  /** The region under the pointer: named below the map where names do not fit on it. */
  @state() private hovered?: string;

  private view: MapView = { kind: 'data-pending' };
  /** The list the map last took its regions from or gave them to. */
  private linkedList: HTMLElement | null = null;
  private layoutChoice: MapLayout = 'map';
  private readonly linked = new LinkedListController(
    this,
    () => this.for,
    (regions) => (this.region = regions.join(',') || undefined),
  );

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.followList(changed);
    this.layoutChoice = this.chosen('layout', this.layout, MAP_LAYOUTS, 'map');
    const headingProblem = headingLevelProblem(this.headingLevel, HEADING_LEVEL);
    if (headingProblem) this.warn(headingProblem, 'heading-level', this.getAttribute('heading-level') ?? String(this.headingLevel));
    this.view = this.computeView();
    const chosenAt = MAP_REGIONS.findIndex(({ region }) => this.chosenRegions.includes(region));
    if (changed.has('region') && chosenAt >= 0) this.current = chosenAt;
  }

  /**
   * When a list is linked (or appears, or is replaced), whichever of the two has regions gives them
   * to the other, the list first; a region chosen here afterwards (by the page or the visitor) is
   * written to the list.
   */
  private followList(changed: Map<PropertyKey, unknown>): void {
    const list = this.linked.list;
    // While the page is parsed, the list may be yet to come (the controller looks again when it has).
    if (this.for && !list && document.readyState !== 'loading') {
      this.warn('matches no element on the page. Set it to the id of an <eco-region-list>.', 'for', this.for);
    }
    const listed = this.linked.read() ?? [];
    if (list !== this.linkedList) {
      this.linkedList = list;
      if (list && (listed.length > 0 || this.region === undefined)) this.region = listed.join(',') || undefined;
      else if (list) this.linked.write(this.region);
    } else if (list && changed.has('region') && this.chosenRegions.join() !== listed.join()) {
      this.linked.write(this.region);
    }
  }

  /** The chosen regions' ids. */
  private get chosenRegions(): string[] {
    return parseIdList(this.region);
  }

  private computeView(): MapView {
    const data = this.dataState;
    if (data.status !== 'ready') return { kind: 'data-pending' };
    const { index } = data;
    const types = parseIdList(this.type);
    const focus = parseIdList(this.focusAreas);
    const invalid = [this.invalidTerms(index, 'type', types, this.type), this.invalidTerms(index, 'focus', focus, this.focusAreas)].filter(
      (found) => found !== undefined,
    );
    if (invalid.length > 0) return { kind: 'invalid', lines: invalid.map(({ line }) => line), problems: invalid.map(({ problem }) => problem) };
    const unknownRegions = partitionKnown(this.chosenRegions, index.terms.region).unknown;
    if (unknownRegions.length > 0) this.warn(unknownValues(unknownRegions, index.terms.region), 'region', String(this.region));

    const counts = index.countBy('region', index.filter({ types, focus }));
    const largest = Math.max(1, ...MAP_REGIONS.map(({ region }) => counts.get(region) ?? 0));
    const placed = MAP_REGIONS.map(({ region, d, label }): PlacedRegion => {
      const count = counts.get(region) ?? 0;
      return {
        region,
        d,
        name: this.termName(index, 'region', region),
        count,
        shade: Math.ceil((count / largest) * SHADES),
        at: region === 'brussels' ? [BRUSSELS_CALLOUT.x, BRUSSELS_CALLOUT.y] : label,
      };
    });
    const onMap = new Set<string>(MAP_REGIONS.map(({ region }) => region));
    const others = [...counts.keys()].filter((region) => !onMap.has(region) && !WIDE_REGIONS.includes(region));
    return {
      kind: 'ready',
      placed,
      elsewhere: [...WIDE_REGIONS.filter((region) => counts.has(region)), ...others].map((region) => ({
        name: this.termName(index, 'region', region),
        count: counts.get(region)!,
      })),
      unplaced: others.map((region) => this.termName(index, 'region', region)),
      counting: [...types.map((type) => this.termName(index, 'type', type)), ...focus.map((area) => this.termName(index, 'focus', area))],
    };
  }

  /** What is wrong with an attribute's ids: for the developer, and for the visitor about the first unknown one. */
  private invalidTerms(index: EcosystemIndex, facet: 'type' | 'focus', ids: string[], written: string | undefined) {
    const { unknown } = partitionKnown(ids, index.terms[facet]);
    if (unknown.length === 0) return undefined;
    const problem: ElementProblem = { code: 'invalid-attribute', message: unknownValues(unknown, index.terms[facet]), attribute: facet, value: String(written) };
    return { problem, line: this.unknownTermSentence(index, facet, unknown[0]!) };
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.reportProblem(...(this.view.kind === 'invalid' ? this.view.problems : []));
  }

  protected override render() {
    const { view } = this;
    if (view.kind === 'data-pending') return this.renderDataPending();
    if (view.kind === 'invalid') {
      return html`<div part="status" class="eco-status eco-panel" role="status">${view.lines.map((line) => html`<p>${line}</p>`)}</div>`;
    }
    const messages = this.messages;
    const table = this.layoutChoice === 'table';
    const heading = headingTag(this.headingLevel, HEADING_LEVEL);
    // Not a landmark: two maps on a page would be two regions of the same name.
    return html`<div class="box">
      <div class="head">
        ${staticHtml`<${heading} part="heading" class="heading" id="heading">${messages.mapHeading}</${heading}>`}
        <button part="toggle" class="toggle" type="button" @click=${() => (this.layout = table ? 'map' : 'table')}>
          ${table ? messages.showMap : messages.showTable}
        </button>
      </div>
      ${table ? this.renderTable(view.placed, view.elsewhere) : this.renderMap(view.placed, view.elsewhere)}
      <p part="caption" class="caption" id="caption">
        ${[
          table ? '' : messages.mapCaption,
          view.counting.length > 0 ? messages.countingOnly(formatList(this.locale, view.counting.map(isolated))) : '',
          view.unplaced.length > 0 ? messages.notOnMap(formatList(this.locale, view.unplaced.map(isolated))) : '',
          this.linkedList ? messages.mapChoose : '',
        ]
          .filter(Boolean)
          .join(' ')}
      </p>
    </div>`;
  }

  /** "Antwerp: 29 organizations", in the element's language. */
  private named({ name, count }: { name: string; count: number }): string {
    return `${name}: ${formatPlural(this.locale, count, this.messages.organizations)}`;
  }

  private renderMap(placed: PlacedRegion[], elsewhere: CountedElsewhere[]) {
    const chosen = this.chosenRegions;
    const named = (id: string | undefined) => placed.find(({ region }) => region === id);
    const readout = named(this.hovered) ?? named(this.focused) ?? placed.find(({ region }) => chosen.includes(region));
    const outline = (kind: string, region?: PlacedRegion) => (region ? svg`<path class="outline ${kind}" d=${region.d}></path>` : nothing);
    return html`<div class="layout">
      <div
        class="canvas"
        @keydown=${this.onKeydown}
        @focusout=${() => (this.focused = undefined)}
        @pointerleave=${() => (this.hovered = undefined)}
      >
        <!-- Listeners on the div: Chromium makes an SVG element with focus listeners a tab stop. -->
        <svg part="map" role="group" aria-label=${this.messages.mapLabel} aria-describedby="caption" viewBox=${`${VIEW.x} ${VIEW.y} ${VIEW.width} ${VIEW.height}`}>
          <path class="wallonia" d=${MAP_WALLONIA}></path>
          ${placed.map((region, i) => {
            const callout = region.region === 'brussels';
            return svg`<g
              role="button"
              class="region shade-${region.shade}"
              tabindex=${i === this.current ? 0 : -1}
              aria-label=${this.named(region)}
              aria-current=${chosen.includes(region.region) ? 'true' : nothing}
              @click=${() => this.choose(region.region)}
              @focus=${(event: FocusEvent) => {
                this.current = i;
                // A click focuses too; the ring is for the keyboard.
                this.focused = (event.target as Element).matches(':focus-visible') ? region.region : undefined;
              }}
              @pointerenter=${() => (this.hovered = region.region)}
            >
              <path d=${region.d}></path>
              ${callout
                ? svg`<line x1=${MAP_REGIONS[i]!.label[0]} y1=${MAP_REGIONS[i]!.label[1]} x2=${region.at[0]} y2=${region.at[1] - BRUSSELS_CALLOUT.r}></line>
                    <circle cx=${region.at[0]} cy=${region.at[1]} r=${BRUSSELS_CALLOUT.r}></circle>`
                : nothing}
            </g>`;
          })}
          ${placed.filter(({ region }) => chosen.includes(region)).map((region) => outline('chosen', region))}
          ${outline('hovered', named(this.hovered))} ${outline('focused', named(this.focused))}
        </svg>
        <div class="labels" aria-hidden="true">
          ${placed.map(({ region, name, count, shade, at: [x, y] }) => {
            const number = html`<b>${formatNumber(this.locale, count)}</b>`;
            // The disc is too small for the name: it goes below it.
            return region === 'brussels'
              ? html`<span part="label" class="label shade-${shade}" .style=${at(x, y)}>${number}</span>
                  <span part="label" class="label callout" .style=${at(x, y + BRUSSELS_CALLOUT.r + 7)}><span class="name">${name}</span></span>`
              : html`<span part="label" class="label shade-${shade}" .style=${at(x, y)}>${number}<span class="name">${name}</span></span>`;
          })}
        </div>
      </div>
      <p class="readout" aria-hidden="true">${readout ? this.named(readout) : this.messages.mapNames}</p>
      ${elsewhere.length > 0
        ? html`<div part="elsewhere" class="elsewhere">
            <p>${this.messages.mapElsewhere}</p>
            <ul>
              ${elsewhere.map(({ name, count }) => html`<li><b>${formatNumber(this.locale, count)}</b> ${name}</li>`)}
            </ul>
          </div>`
        : nothing}
    </div>`;
  }

  /** The same numbers and choices as the map: a button for each region on it, then the counts beside it. */
  private renderTable(placed: PlacedRegion[], elsewhere: CountedElsewhere[]) {
    const messages = this.messages;
    const chosen = this.chosenRegions;
    return html`<table part="table" class="table" aria-labelledby="heading">
      <thead>
        <tr>
          <th scope="col">${messages.region}</th>
          <th scope="col">${messages.results}</th>
        </tr>
      </thead>
      <tbody>
        ${placed.map(
          ({ region, name, count }) =>
            html`<tr>
              <th scope="row">
                <button type="button" aria-current=${chosen.includes(region) ? 'true' : nothing} @click=${() => this.choose(region)}>${name}</button>
              </th>
              <td>${formatNumber(this.locale, count)}</td>
            </tr>`,
        )}
        ${elsewhere.map(
          ({ name, count }) =>
            html`<tr class="elsewhere-row">
              <th scope="row">${name}</th>
              <td>${formatNumber(this.locale, count)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  /** Chooses `region`, or clears the choice when it is the one already chosen (or null), unless the page cancels. */
  private choose(region: string | null): void {
    const next = region && !(this.chosenRegions.length === 1 && this.chosenRegions[0] === region) ? region : null;
    if (this.emit('eco-region-select', { region: next }).defaultPrevented) return;
    this.region = next ?? undefined;
  }

  /** Arrow keys move between regions, west to east; Enter and Space choose; Escape clears. */
  private onKeydown(event: KeyboardEvent): void {
    const last = MAP_REGIONS.length - 1;
    const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -Infinity, End: Infinity };
    const step = moves[event.key];
    if (step !== undefined) {
      event.preventDefault();
      const next = Number.isFinite(step) ? (this.current + step + MAP_REGIONS.length) % MAP_REGIONS.length : step < 0 ? 0 : last;
      this.renderRoot.querySelectorAll<SVGGElement>('.region')[next]?.focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.choose(MAP_REGIONS[this.current]!.region);
    } else if (event.key === 'Escape' && this.chosenRegions.length > 0) {
      this.choose(null);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eco-map': EcoMap;
  }
}
