import { html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import type { Figure, Source } from '../../data/dataset-schema.js';
import type { EcosystemIndex } from '../../data/ecosystem-index.js';
import { REGIONS, type OrganizationType, type Region } from '../../data/vocabulary.js';
import { choiceAttribute, parseIdList, quoted } from '../../shared/attribute-values.js';
import { CountUpController } from '../../shared/count-up-controller.js';
import { EcoDataElement } from '../../shared/eco-data-element.js';
import type { EcoErrorCode } from '../../shared/events.js';
import { formatFigure } from '../../shared/format-figure.js';
import { formatDate, formatList, formatNumber, selectPlural } from '../../shared/i18n/format.js';
import { isolated } from '../../shared/i18n/isolate.js';
import { nameIn } from '../../shared/i18n/localized-text.js';
import { statsStyles } from './eco-stats.styles.js';

export const STATS_LAYOUTS = ['tiles', 'inline', 'chart'] as const;
export type StatsLayout = (typeof STATS_LAYOUTS)[number];

/** Regions whose statistics stand for "all of Flanders" when no region is given. */
const FLANDERS_WIDE: Region[] = ['flanders', 'belgium'];
const CHART_ROW_HEIGHT = 40;

/** One number to show: a figure from the sources, or a count made from the dataset. */
interface Stat {
  key: string;
  /** The number formatted for the language, with its qualifier; `at` formats it partway through a count-up. */
  value: string;
  at?: (progress: number) => string;
  label: string;
  labelLang: string | undefined;
  year: string | undefined;
  source: Source | undefined;
}

type StatsView =
  | { kind: 'data-pending' }
  | { kind: 'problem'; code: EcoErrorCode; message: string; warning: string }
  | { kind: 'ready'; place: string; figures: Stat[]; counts: [OrganizationType, number][] };

/**
 * The key figures of a region or an organization, each with its source, and counts made from the
 * dataset itself: as tiles, as one sentence-like line, or as a bar chart of organizations by type.
 *
 * @tagname eco-stats
 * @summary A headline band or small infographic of the ecosystem's figures.
 *
 * @fires {CustomEvent<EcoErrorDetail>} eco-error - The region, organization or a metric does not exist.
 *
 * @csspart stats - The element's box.
 * @csspart tile - One figure in the tiles layout.
 * @csspart value - A figure's number.
 * @csspart label - What a figure counts.
 * @csspart chart - The bar chart.
 * @csspart sources - The numbered list of sources.
 * @csspart status - Messages when there is nothing to show.
 *
 * @cssprop --eco-color-accent - Numbers and bars.
 * @cssprop --eco-color-surface - Background.
 * @cssprop --eco-color-text - Text.
 * @cssprop --eco-color-text-muted - Years and sources.
 * @cssprop --eco-color-border - Tile borders.
 * @cssprop --eco-radius - Corner radius.
 * @cssprop --eco-spacing - Spacing.
 * @cssprop --eco-count-up-duration - How long counting up takes, as `900ms` (the default) or `1.5s`.
 */
export class EcoStats extends EcoDataElement {
  static override styles = [...EcoDataElement.styles, statsStyles];

  /** A region id; absent for all of Flanders. */
  @property() region?: string;

  /** An organization's id or name, to show its figures instead of a region's. */
  @property() org?: string;

  /** Which figures to show, by id, comma-separated, in that order. Absent: the region's headline figures. */
  @property() metrics?: string;

  /** Adds counts made from the dataset: how many organizations of each type the region has. */
  @property({ type: Boolean }) counts = false;

  /** `tiles` (default), `inline` (one line) or `chart` (bars of organizations by type). */
  @property({ reflect: true, converter: choiceAttribute }) layout: StatsLayout = 'tiles';

  /**
   * Counts the numbers up when they first come into view, unless the visitor prefers reduced motion.
   * `--eco-count-up-duration` (default `900ms`) sets how long it takes.
   */
  @property({ attribute: 'count-up', type: Boolean }) countUp = false;

  private view: StatsView = { kind: 'data-pending' };
  /** The view's figures and counts, as shown: made once per update, for the count-up and the render. */
  private stats: Stat[] = [];
  private layoutChoice: StatsLayout = 'tiles';
  private readonly counter = new CountUpController(this);

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.layoutChoice = this.chosen('layout', this.layout, STATS_LAYOUTS, 'tiles');
    this.view = this.computeView();
    this.stats = this.shownStats();
    const counted = this.countUp ? this.stats.flatMap((stat) => (stat.at ? `${stat.key}=${stat.value}` : [])) : [];
    this.counter.track(counted.length > 0 ? counted.join('|') : undefined);
  }

  private computeView(): StatsView {
    const data = this.dataState;
    if (data.status !== 'ready') return { kind: 'data-pending' };
    const { index } = data;
    const messages = this.messages;
    const [regionId, ...extra] = parseIdList(this.region);
    if (extra.length > 0) this.warn(`region="${this.region}" names several regions; <eco-stats> shows one. Showing "${regionId}".`);
    if (regionId && !(REGIONS as readonly string[]).includes(regionId)) {
      return this.problem('invalid-attribute', regionId, 'region', REGIONS);
    }
    const region = regionId as Region | undefined;

    let place = messages.regions[region ?? 'flanders'];
    let figures: Figure[];
    if (this.org?.trim()) {
      const org = index.find(this.org);
      if (!org) {
        const suggestions = index.suggest(this.org).map((suggestion) => suggestion.id);
        return this.problem('not-found', this.org.trim(), 'org', suggestions.length > 0 ? suggestions : ['imec', 'vib']);
      }
      place = isolated(nameIn(org, this.locale));
      figures = org.figures;
    } else {
      figures = region ? index.statistics(region) : FLANDERS_WIDE.flatMap((wide) => index.statistics(wide));
    }
    const metrics = parseIdList(this.metrics);
    if (metrics.length > 0) {
      const unknown = metrics.find((id) => !index.figure(id));
      if (unknown) return this.problem('invalid-attribute', unknown, 'metrics', index.figureIds());
      figures = metrics.map((id) => index.figure(id)!);
    }
    const wantsCounts = (this.counts || this.layoutChoice === 'chart') && !this.org?.trim();
    return {
      kind: 'ready',
      place,
      figures: figures.map((figure) => this.figureStat(figure, index)),
      counts: wantsCounts ? this.countsByType(index, region) : [],
    };
  }

  private problem(code: EcoErrorCode, value: string, attribute: string, valid: readonly string[]): StatsView {
    return {
      kind: 'problem',
      code,
      message: this.messages.unknownValue(isolated(quoted(value)), attribute, valid.join(', ')),
      warning: `${attribute}="${quoted(value)}" is unknown. Valid values: ${valid.join(', ')}.`,
    };
  }

  private countsByType(index: EcosystemIndex, region: Region | undefined): [OrganizationType, number][] {
    const counts = index.countBy('type', region ? index.filter({ regions: [region] }) : undefined);
    return ([...counts] as [OrganizationType, number][]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }

  private figureStat(figure: Figure, index: EcosystemIndex): Stat {
    const { value, label, year } = formatFigure(this.locale, figure, this.messages, { short: this.layoutChoice !== 'inline' });
    const countable = figure.unit !== 'year' && figure.unit !== 'rank';
    return {
      key: figure.id,
      value,
      at: countable
        ? (progress) => formatFigure(this.locale, { ...figure, value: Math.round(figure.value * progress) }, this.messages, { short: true }).value
        : undefined,
      label: label.text,
      labelLang: label.lang,
      year,
      source: index.source(figure.source),
    };
  }

  private countStat([type, count]: [OrganizationType, number]): Stat {
    return {
      key: `count-${type}`,
      value: formatNumber(this.locale, count),
      at: (progress) => formatNumber(this.locale, Math.round(count * progress)),
      label: selectPlural(this.locale, count, this.messages.typeCounts[type]),
      labelLang: undefined,
      year: undefined,
      source: undefined,
    };
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    const { view } = this;
    this.reportProblem(view.kind === 'problem' ? { code: view.code, message: view.warning } : undefined);
  }

  private shownStats(): Stat[] {
    return this.view.kind === 'ready' ? [...this.view.figures, ...this.view.counts.map((count) => this.countStat(count))] : [];
  }

  protected override render() {
    const { view } = this;
    if (view.kind === 'data-pending') return this.renderDataPending();
    if (view.kind === 'problem') return html`<div part="status" class="eco-status eco-panel" role="status">${view.message}</div>`;
    const { stats } = this;
    if (stats.length === 0) {
      return html`<div part="status" class="eco-status eco-panel" role="status">${this.messages.noFigures(view.place)}</div>`;
    }
    const sources = [...new Set(stats.flatMap((stat) => stat.source ?? []))];
    const layout = this.layoutChoice;
    return html`<section part="stats" class="stats" aria-label=${`${this.messages.keyFigures}: ${view.place}`}>
      ${layout === 'chart' ? this.renderChart(view.place, view.counts) : nothing}
      ${layout === 'inline' ? this.renderInline(stats, sources) : nothing}
      ${layout === 'tiles' ? this.renderTiles(stats, sources) : nothing}
      ${layout === 'chart' && view.figures.length > 0 ? this.renderTiles(view.figures, sources) : nothing}
      ${this.renderSources(sources)}
    </section>`;
  }

  /**
   * While counting, the number moves in an invisible-to-screen-readers copy over the final number,
   * which holds the space (so the page never moves) and is what screen readers read.
   */
  private renderValue(stat: Stat) {
    if (!this.countUp || !stat.at) return html`<span part="value" class="value">${stat.value}</span>`;
    const { progress } = this.counter;
    return html`<span part="value" class="value counting"
      ><span class="space-holder" aria-hidden="true">${stat.value}</span
      ><span class="count" aria-hidden="true" data-count-up=${stat.key}>${progress < 1 ? stat.at(progress) : stat.value}</span
      ><span class="visually-hidden">${stat.value}</span></span
    >`;
  }

  /** A numbered reference whose source shows on hover and focus, and is printed below. */
  private renderReference(stat: Stat, sources: Source[]) {
    if (!stat.source) return nothing;
    const number = sources.indexOf(stat.source) + 1;
    return html`<span class="reference"
      ><button type="button" class="ref" aria-describedby=${`source-${number}`} aria-label=${this.messages.sourceNumber(formatNumber(this.locale, number))}>
        ${number}</button
      ><bdi class="tooltip" role="tooltip">${stat.source.title}</bdi></span
    >`;
  }

  private renderTiles(stats: Stat[], sources: Source[]) {
    return html`<ul class="tiles">
      ${stats.map(
        (stat) => html`<li part="tile" class="eco-panel tile">
          ${this.renderValue(stat)}
          <bdi part="label" class="label" lang=${stat.labelLang ?? nothing}>${stat.label}</bdi>
          ${stat.year ? html`<span class="year">(${stat.year})</span>` : nothing} ${this.renderReference(stat, sources)}
        </li>`,
      )}
    </ul>`;
  }

  private renderInline(stats: Stat[], sources: Source[]) {
    return html`<p class="inline">
      ${stats.map(
        (stat, i) => html`${i > 0 ? html`<span class="separator" aria-hidden="true">${' · '}</span>` : nothing}<span class="inline-stat"
            >${this.renderValue(stat)} <bdi part="label" lang=${stat.labelLang ?? nothing}>${stat.label}</bdi>${stat.year
              ? html` <span class="year">(${stat.year})</span>`
              : nothing}${this.renderReference(stat, sources)}</span
          >`,
      )}
    </p>`;
  }

  /**
   * Bars of organizations by type. Each label sits on its own line above its bar, so labels never
   * collide however narrow the element; the bars' widths are percentages of the element's width.
   */
  private renderChart(place: string, counts: [OrganizationType, number][]) {
    const messages = this.messages;
    const rows = counts.map(([type, count]) => ({ type, count, label: `${messages.types[type]}: ${formatNumber(this.locale, count)}` }));
    const largest = Math.max(1, ...counts.map(([, count]) => count));
    const summary = messages.chartSummary(
      place,
      formatList(this.locale, counts.map(([type, count]) => `${formatNumber(this.locale, count)} ${selectPlural(this.locale, count, messages.typeCounts[type])}`)),
    );
    return html`<figure part="chart" class="chart">
      <svg role="img" aria-label=${summary} width="100%" height=${rows.length * CHART_ROW_HEIGHT}>
        ${rows.map(
          (row, i) => svg`<text class="bar-label" x="0" y=${i * CHART_ROW_HEIGHT + 14}>${row.label}</text>
            <rect class="bar" x="0" y=${i * CHART_ROW_HEIGHT + 20} rx="3" height="12" width=${`${Math.max(1, (row.count / largest) * 100)}%`}></rect>`,
        )}
      </svg>
      <div class="visually-hidden"><table>
        <caption>${summary}</caption>
        <thead><tr><th scope="col">${messages.typeColumn}</th><th scope="col">${messages.countColumn}</th></tr></thead>
        <tbody>
          ${rows.map((row) => html`<tr><th scope="row">${messages.types[row.type]}</th><td>${formatNumber(this.locale, row.count)}</td></tr>`)}
        </tbody>
      </table></div>
    </figure>`;
  }

  private renderSources(sources: Source[]) {
    if (sources.length === 0) return nothing;
    return html`<ol part="sources" class="sources">
      ${sources.map((source, i) => {
        const details = [source.publisher, source.date && formatDate(this.locale, source.date)].filter(Boolean).join(', ');
        // The space before the details is a value: the template minifier trims a template's own edges.
        return html`<li id=${`source-${i + 1}`}><bdi>${source.title}</bdi>${details ? [' (', html`<bdi>${details}</bdi>`, ')'] : nothing}</li>`;
      })}
    </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eco-stats': EcoStats;
  }
}
