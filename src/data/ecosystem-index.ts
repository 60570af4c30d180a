import type { Dataset, EcoEvent, Figure, LocalizedText, Organization, Source, Statistic } from './dataset-schema.js';
import { nearness, normalizeText } from './normalize.js';
import { FACET_KEYS, termsOf, type Facet, type RelationKind } from './vocabulary.js';

export type { Facet } from './vocabulary.js';

export interface OrganizationFilter {
  regions?: readonly string[];
  types?: readonly string[];
  focus?: readonly string[];
  /** Free text; every word must occur in a name, alias or description. */
  query?: string;
}

/** An organization's relations in both directions: what it states, and what others state of it. */
export interface ResolvedRelations {
  parent: Organization | undefined;
  children: Organization[];
  related: { kind: RelationKind; organization: Organization }[];
}

/** Every name an organization goes by now: its own, its aliases and its names in other languages. */
export function namesOf(org: Organization): string[] {
  return [org.name, ...org.aliases, ...Object.values(org.localNames ?? {})];
}

/**
 * A dataset indexed once for the questions the elements ask: lookups by id or any name, filters,
 * full-text search and counts. Building it is linear in the dataset; every query after that reads
 * prebuilt maps and strings instead of walking records.
 */
export class EcosystemIndex {
  readonly organizations: readonly Organization[];
  private readonly byId = new Map<string, Organization>();
  private readonly byName = new Map<string, Organization>();
  private readonly byCompactName = new Map<string, Organization>();
  private readonly childrenByParent = new Map<string, Organization[]>();
  private readonly searchText = new Map<Organization, string>();
  private readonly sourcesById: Map<string, Source>;
  private readonly figuresById = new Map<string, Figure>();
  private readonly totals = new Map<Facet, Map<string, number>>();
  /** Each facet's values: ours, then those the dataset declares. */
  readonly terms: Record<Facet, readonly string[]>;

  constructor(readonly dataset: Dataset) {
    this.organizations = dataset.organizations;
    this.terms = termsOf(dataset.vocabulary);
    this.sourcesById = new Map(dataset.sources.map((source) => [source.id, source]));
    for (const figure of [...dataset.statistics, ...dataset.organizations.flatMap((org) => org.figures)]) {
      this.figuresById.set(figure.id, figure);
    }
    for (const org of dataset.organizations) {
      this.byId.set(org.id, org);
      if (org.parent) {
        const siblings = this.childrenByParent.get(org.parent);
        if (siblings) siblings.push(org);
        else this.childrenByParent.set(org.parent, [org]);
      }
      const descriptions = Object.values(org.description ?? {}).join(' ');
      this.searchText.set(org, normalizeText([...namesOf(org), ...org.formerNames, descriptions].join(' ')));
    }
    // When two organizations share a name, ids and official names win over aliases, and aliases over
    // former names: "LifeTechLimburg" must never lead to the organization once called "LifeTechValley".
    const tiers = [
      (org: Organization) => [org.id, org.name],
      (org: Organization) => namesOf(org),
      (org: Organization) => org.formerNames,
    ];
    for (const names of tiers) {
      for (const org of dataset.organizations) {
        for (const name of names(org)) this.addName(name, org);
      }
    }
  }

  private addName(name: string, org: Organization): void {
    const key = normalizeText(name);
    if (!this.byName.has(key)) this.byName.set(key, org);
    const compact = key.replaceAll(' ', '');
    if (!this.byCompactName.has(compact)) this.byCompactName.set(compact, org);
  }

  get(id: string): Organization | undefined {
    return this.byId.get(id);
  }

  /** By id, name, alias or former name, ignoring case, accents, spacing and punctuation. */
  find(nameOrId: string): Organization | undefined {
    const key = normalizeText(nameOrId);
    return this.byId.get(nameOrId) ?? this.byName.get(key) ?? this.byCompactName.get(key.replaceAll(' ', ''));
  }

  /** Names close to what was asked for, nearest first, for a "Did you mean …?" message. */
  suggest(nameOrId: string, limit = 3): Organization[] {
    const key = normalizeText(nameOrId);
    const best = new Map<Organization, number>();
    for (const [name, org] of this.byName) {
      const distance = nearness(key, name);
      if (distance !== undefined && distance < (best.get(org) ?? Infinity)) best.set(org, distance);
    }
    return [...best].sort((a, b) => a[1] - b[1]).slice(0, limit).map(([org]) => org);
  }

  /**
   * The organizations that match every part of `filter` (any of the values within one part), in the
   * order of `from`: pass a list sorted once to get sorted results without sorting per query.
   */
  filter(filter: OrganizationFilter = {}, from: readonly Organization[] = this.organizations): Organization[] {
    const regions = filter.regions?.length ? new Set<string>(filter.regions) : undefined;
    const types = filter.types?.length ? new Set<string>(filter.types) : undefined;
    const focus = filter.focus?.length ? filter.focus : undefined;
    const terms = filter.query ? normalizeText(filter.query).split(' ').filter(Boolean) : [];
    return from.filter(
      (org) =>
        (!regions || regions.has(org.region)) &&
        (!types || types.has(org.type)) &&
        (!focus || focus.some((area) => org.focus.includes(area))) &&
        terms.every((term) => this.searchText.get(org)!.includes(term)),
    );
  }

  /** How many of `organizations` have each value of `field`; an org counts once per focus area. */
  countBy(field: Facet, organizations?: readonly Organization[]): Map<string, number> {
    if (!organizations) {
      // Counts over the whole dataset never change: a list's filters ask for them on every keystroke.
      let totals = this.totals.get(field);
      if (!totals) this.totals.set(field, (totals = this.countBy(field, this.organizations)));
      return totals;
    }
    const counts = new Map<string, number>();
    for (const org of organizations) {
      const values: readonly string[] = field === 'focus' ? org.focus : [org[field]];
      for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    return counts;
  }

  /**
   * For each value of one facet, how many organizations match the filter's other parts: what a visitor
   * would get by choosing that value next.
   */
  facetCounts(filter: OrganizationFilter, facet: Facet): Map<string, number> {
    return this.countBy(facet, this.filter({ ...filter, [FACET_KEYS[facet]]: undefined }));
  }

  /** The dataset's own name for a region, type or focus area in `locale`, if it declares one. */
  termName(facet: Facet, id: string, locale: string): string | undefined {
    const declared = this.dataset.vocabulary?.[FACET_KEYS[facet]];
    return declared && Object.hasOwn(declared, id) ? declared[id]![locale as keyof LocalizedText] : undefined;
  }

  relationsOf(org: Organization): ResolvedRelations {
    const related = org.related.flatMap(({ id, kind }) => {
      const target = this.byId.get(id);
      return target ? [{ kind, organization: target }] : [];
    });
    return {
      parent: org.parent ? this.byId.get(org.parent) : undefined,
      children: this.childrenByParent.get(org.id) ?? [],
      related,
    };
  }

  source(id: string): Source | undefined {
    return this.sourcesById.get(id);
  }

  /** Any figure by its id: a region's statistic or an organization's figure. */
  figure(id: string): Figure | undefined {
    return this.figuresById.get(id);
  }

  /** Every figure id, for telling a page which `metrics` it can ask for. */
  figureIds(): string[] {
    return [...this.figuresById.keys()];
  }

  statistics(region?: string): Statistic[] {
    return this.dataset.statistics.filter((figure) => !region || figure.region === region);
  }

  events(region?: string): EcoEvent[] {
    return this.dataset.events.filter((event) => !region || event.region === region);
  }
}
