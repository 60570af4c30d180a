import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Figure, Source } from '../../data/dataset-schema.js';
import type { EcosystemIndex } from '../../data/ecosystem-index.js';
import type { Unit } from '../../data/vocabulary.js';
import { choiceAttribute, parseIdList, quoted } from '../../shared/attribute-values.js';
import { CountUpController } from '../../shared/count-up-controller.js';
import { nearest } from '../../data/normalize.js';
import { EcoDataElement } from '../../shared/eco-data-element.js';
import type { ElementProblem } from '../../shared/eco-element.js';
import { notFoundWarning, unknownValues } from '../../shared/warnings.js';
import type { EcoErrorCode } from '../../shared/events.js';
import { formatFigure } from '../../shared/format-figure.js';
import { qualifiedNumber } from '../../shared/qualified-number.js';
import { formatDate, formatList, formatNumber, selectPlural } from '../../shared/i18n/format.js';
import { isolated } from '../../shared/i18n/isolate.js';
import { nameIn } from '../../shared/i18n/localized-text.js';
import { statsStyles } from './eco-stats.styles.js';

export const STATS_LAYOUTS = ['tiles', 'inline', 'chart'] as const;
export type StatsLayout = (typeof STATS_LAYOUTS)[number];

/** Regions whose statistics stand for "all of Flanders" when no region is given. */
const FLANDERS_WIDE = ['flanders', 'belgium'];
/** Years, ranks and firsts are not amounts to count up to (nor is a range: it has two numbers). */
const NOT_AMOUNTS: readonly Unit[] = ['year', 'rank', 'first'];
/** The chart shows this many types, and one bar for the rest, unless the rest is a single type. */
const CHART_TOP = 8;

/** One number to show: a figure from the sources, or a count made from the dataset. */
interface Stat {
  key: string;
  /** The qualifier's words before the number, the number formatted for the language, and the words after it. */
  parts: [before: string, number: string, after: string];
  /** The number alone, partway through a count-up. */
  at?: (progress: number) => string;
  label: string;
  labelLang: string | undefined;
  valueLang: string | undefined;
  year: string | undefined;
  source: Source | undefined;
}

type StatsView =
  | { kind: 'data-pending' }
  | { kind: 'problem'; problem: ElementProblem; shown: string }
  | { kind: 'ready'; place: string; figures: Stat[]; counts: TypeCount[] };

/** How many organizations of one type: its name, and the name that goes with the number ("universities"). */
interface TypeCount {
  type: string;
  count: number;
  name: string;
  counted: string;
}

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
 * @cssprop --eco-color-surface - The tiles' background, and the element's where its `theme` is set; else it has none and sits on the page's.
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

  /**
   * `tiles` (default), `inline` (one line) or `chart` (bars of organizations by type: the eight
   * largest types, and one bar for the rest that a button unfolds).
   */
  @property({ reflect: true, converter: choiceAttribute }) layout: StatsLayout = 'tiles';

  /**
   * Counts the numbers up when they first come into view, unless the visitor prefers reduced motion.
   * `--eco-count-up-duration` (default `900ms`) sets how long it takes.
   */
  @property({ attribute: 'count-up', type: Boolean }) countUp = false;

  /** Whether the chart shows every type, or its first few and one bar for the rest. */
  @state() private allTypes = false;

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
    const counted = this.countUp ? this.stats.flatMap((stat) => (stat.at ? `${stat.key}=${stat.parts.join('')}` : [])) : [];
    this.counter.track(counted.length > 0 ? counted.join('|') : undefined);
  }

  private computeView(): StatsView {
    const data = this.dataState;
    if (data.status !== 'ready') return { kind: 'data-pending' };
    const { index } = data;
    const messages = this.messages;
    const [regionId, ...extra] = parseIdList(this.region);
    if (extra.length > 0) this.warn(`several regions; <eco-stats> shows one. Showing "${regionId}".`, 'region', String(this.region));
    const regions = index.terms.region;
    if (regionId && !regions.includes(regionId)) {
      const near = nearest(regionId, regions);
      const names = near.map((id) => this.termName(index, 'region', id));
      return this.problem('region', unknownValues([regionId], regions, near), messages.unknown.region(isolated(quoted(regionId))), names);
    }
    const region = regionId;

    let place = this.termName(index, 'region', region ?? 'flanders');
    let figures: Figure[];
    if (this.org?.trim()) {
      const org = index.find(this.org);
      if (!org) {
        const suggestions = index.suggest(this.org);
        const shown = messages.orgNotFound(isolated(quoted(this.org.trim())));
        return this.problem('org', notFoundWarning(suggestions), shown, suggestions.map((org) => nameIn(org, this.locale)), 'not-found');
      }
      place = isolated(nameIn(org, this.locale));
      figures = org.figures;
    } else {
      figures = region ? index.statistics(region) : FLANDERS_WIDE.flatMap((wide) => index.statistics(wide));
    }
    const metrics = parseIdList(this.metrics);
    if (metrics.length > 0) {
      const unknown = metrics.find((id) => !index.figure(id));
      if (unknown) {
        const near = nearest(unknown, index.figureIds());
        return this.problem('metrics', unknownValues([unknown], index.figureIds(), near), messages.unknown.metrics(isolated(quoted(unknown))), near);
      }
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

  /** What went wrong with an attribute: in detail for the developer, in a sentence for the visitor. */
  private problem(attribute: 'region' | 'org' | 'metrics', warning: string, shown: string, near: string[], code: EcoErrorCode = 'invalid-attribute'): StatsView {
    return {
      kind: 'problem',
      problem: { code, message: warning, attribute, value: String(this[attribute]) },
      shown: `${shown} ${this.didYouMean(near)}`,
    };
  }

  private countsByType(index: EcosystemIndex, region: string | undefined): TypeCount[] {
    const counts = index.countBy('type', region ? index.filter({ regions: [region] }) : undefined);
    const typeCounts: Record<string, { one: string; other: string }> = this.messages.typeCounts;
    return [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([type, count]) => {
        const name = this.termName(index, 'type', type);
        // Our words for counting ("3 universities"), unless the dataset names the type in this language.
        const ours = !index.termName('type', type, this.locale) && Object.hasOwn(typeCounts, type);
        return { type, count, name, counted: ours ? selectPlural(this.locale, count, typeCounts[type]!) : name };
      });
  }

  private figureStat(figure: Figure, index: EcosystemIndex): Stat {
    const short = this.layoutChoice !== 'inline';
    const { parts, valueLang, label, year } = formatFigure(this.locale, figure, this.messages, { short });
    const countable = !NOT_AMOUNTS.includes(figure.unit) && figure.max === undefined;
    return {
      key: figure.id,
      parts,
      at: countable
        ? (progress) => formatFigure(this.locale, figure, this.messages, { short, value: Math.round(figure.value * progress) }).parts[1]
        : undefined,
      valueLang,
      label: label.text,
      labelLang: label.lang,
      year,
      source: index.source(figure.source),
    };
  }

  private countStat({ type, count, counted }: TypeCount): Stat {
    return {
      key: `count-${type}`,
      parts: ['', formatNumber(this.locale, count), ''],
      at: (progress) => formatNumber(this.locale, Math.round(count * progress)),
      valueLang: undefined,
      label: counted,
      labelLang: undefined,
      year: undefined,
      source: undefined,
    };
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    const { view } = this;
    this.reportProblem(view.kind === 'problem' ? view.problem : undefined);
  }

  private shownStats(): Stat[] {
    return this.view.kind === 'ready' ? [...this.view.figures, ...this.view.counts.map((count) => this.countStat(count))] : [];
  }

  protected override render() {
    const { view } = this;
    if (view.kind === 'data-pending') return this.renderDataPending();
    if (view.kind === 'problem') return html`<div part="status" class="eco-status eco-panel" role="status">${view.shown}</div>`;
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
   * The number with the qualifier's words around it, which tiles set smaller. While counting, the
   * number moves in an invisible-to-screen-readers copy over the final figure, which holds the space
   * (so the page never moves) and is what screen readers read.
   */
  private renderValue({ key, parts, at, valueLang }: Stat) {
    const number = parts[1];
    const figure = (shown: string) => qualifiedNumber(parts, shown);
    // Only words ("First") can be in another language, and words never count up.
    if (!this.countUp || !at) return html`<span part="value" class="value" lang=${valueLang ?? nothing}>${figure(number)}</span>`;
    const { progress } = this.counter;
    return html`<span part="value" class="value counting"
      ><span class="space-holder" aria-hidden="true">${figure(number)}</span
      ><span class="count" aria-hidden="true" data-count-up=${key}>${figure(progress < 1 ? at(progress) : number)}</span
      ><span class="visually-hidden">${parts.join('')}</span></span
    >`;
  }

  /**
   * A footnote number for the sources printed below, read as "Source 1" (after a no-break space, which
   * no layout collapses, so it is never read run together with the word before). A tooltip showed the
   * source too: it widened narrow pages, and put a tab stop on every figure for what the list below says.
   */
  private renderReference(stat: Stat, sources: Source[]) {
    if (!stat.source) return nothing;
    const number = formatNumber(this.locale, sources.indexOf(stat.source) + 1);
    return html`<sup class="ref" aria-hidden="true">${number}</sup><span class="visually-hidden">${`\u00a0${this.messages.sourceNumber(number)}`}</span>`;
  }

  private renderTiles(stats: Stat[], sources: Source[]) {
    return html`<ul class="tiles">
      ${stats.map(
        (stat) => html`<li part="tile" class="eco-panel tile">
          ${this.renderValue(stat)}
          <bdi part="label" lang=${stat.labelLang ?? nothing}>${stat.label}</bdi>${this.renderYear(stat)}${this.renderReference(stat, sources)}
        </li>`,
      )}
    </ul>`;
  }

  /** " (2022)". The space is a value: the template minifier trims a template's own edges. */
  private renderYear({ year }: Stat) {
    return year ? html`${' '}<span class="year">(${year})</span>` : nothing;
  }

  /**
   * One line of figures. Each figure keeps together and ends in its separator (drawn by CSS, silent
   * for screen readers), so lines break between figures; the real space between them is read.
   */
  private renderInline(stats: Stat[], sources: Source[]) {
    return html`<p class="inline">
      ${stats.map(
        (stat) => html`<span class="inline-stat"
            >${this.renderValue(stat)} <bdi part="label" lang=${stat.labelLang ?? nothing}>${stat.label}</bdi>${this.renderYear(stat)}${this.renderReference(
              stat,
              sources,
            )}</span
          >${' '}`,
      )}
    </p>`;
  }

  /**
   * Bars of organizations by type, as rows of a grid: the type's name, then its bar with the number at
   * its end. Past the first few types, one bar stands for the rest until the visitor asks for all. The
   * chart's name says every number, and a table repeats them for screen readers.
   */
  private renderChart(place: string, counts: TypeCount[]) {
    const { messages, locale } = this;
    const rest = this.allTypes || counts.length <= CHART_TOP + 1 ? [] : counts.slice(CHART_TOP);
    const restCount = rest.reduce((sum, { count }) => sum + count, 0);
    const largest = Math.max(1, restCount, ...counts.map(({ count }) => count));
    // A property, not an attribute: CSSOM is allowed where a Content Security Policy refuses style attributes.
    const bar = (label: string, count: number, kind = 'bar') => html`<span class="bar-label">${label}</span
      ><span class="bar-cell"><span class=${kind} .style=${`--share:${count / largest}`}></span>${formatNumber(locale, count)}</span>`;
    const summary = messages.chartSummary(
      place,
      formatList(locale, counts.map(({ count, counted }) => `${formatNumber(locale, count)} ${counted}`)),
    );
    return html`<figure part="chart" class="chart">
      <div class="bars" role="img" aria-label=${summary}>
        ${counts.slice(0, counts.length - rest.length).map(({ name, count }) => bar(name, count))}
        ${rest.length > 0 ? bar(messages.otherTypes(formatNumber(locale, rest.length)), restCount, 'bar rest') : nothing}
      </div>
      ${counts.length > CHART_TOP + 1
        ? html`<button type="button" class="toggle" aria-expanded=${this.allTypes} @click=${() => (this.allTypes = !this.allTypes)}>
            ${this.allTypes ? messages.showFewerTypes : messages.showAllTypes}
          </button>`
        : nothing}
      <div class="visually-hidden"><table>
        <caption>${summary}</caption>
        <thead><tr><th scope="col">${messages.typeColumn}</th><th scope="col">${messages.countColumn}</th></tr></thead>
        <tbody>
          ${counts.map(({ name, count }) => html`<tr><th scope="row">${name}</th><td>${formatNumber(locale, count)}</td></tr>`)}
        </tbody>
      </table></div>
    </figure>`;
  }

  private renderSources(sources: Source[]) {
    if (sources.length === 0) return nothing;
    return html`<ol part="sources" class="sources">
      ${sources.map((source) => {
        const details = [source.publisher, source.date && formatDate(this.locale, source.date)].filter(Boolean).join(', ');
        // The space before the details is a value: the template minifier trims a template's own edges.
        return html`<li><bdi>${source.title}</bdi>${details ? [' (', html`<bdi>${details}</bdi>`, ')'] : nothing}</li>`;
      })}
    </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eco-stats': EcoStats;
  }
}
