import * as v from 'valibot';
import {
  FOCUS_AREAS,
  ORGANIZATION_TYPES,
  QUALIFIERS,
  REGIONS,
  RELATION_KINDS,
  type Unit,
} from './vocabulary.js';

/*
 * The one source of truth for the dataset's shape. The TypeScript types below are inferred from it,
 * `data/ecosystem.schema.json` is generated from it (`npm run schema`), and partner datasets are
 * checked against it at run time.
 */

/**
 * Limits a partner's file cannot exceed: texts are sentences, not documents; lists fit in a browser.
 * Every list and every string has one, so that no file can make validation or rendering unbounded.
 */
export const MAX_TEXT_LENGTH = 2_000;
export const MAX_ID_LENGTH = 100;
export const MAX_ORGANIZATIONS = 50_000;
export const MAX_SOURCES = 10_000;
export const MAX_STATISTICS = 10_000;
export const MAX_EVENTS = 10_000;
/** Types, focus areas or regions one dataset may declare, each. */
export const MAX_VOCABULARY_TERMS = 500;
/** Aliases, former names, focus areas, figures, relations, hosts and sources of one record. */
export const MAX_ITEMS_PER_RECORD = 100;
/** The largest count, sum of money or area a figure may state; a trillion is beyond any region's. */
export const MAX_FIGURE_AMOUNT = 1e12;
export const MAX_RANK = 1_000;
export const MAX_MULTIPLIER = 1_000;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const Slug = v.pipe(
  v.string(),
  v.regex(SLUG_PATTERN, 'must be a lowercase kebab-case slug, like "ghent-university"'),
  v.maxLength(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`),
);

const Text = v.pipe(
  v.string(),
  v.regex(/\S/, 'must not be blank'),
  v.maxLength(MAX_TEXT_LENGTH, `must be at most ${MAX_TEXT_LENGTH} characters`),
);

/**
 * Only days that exist: months of 30 days end at 30, February at 28, or at 29 in leap years (every
 * fourth, not every hundredth, but every four hundredth). A pattern rather than a code check, so that
 * the JSON Schema says it too; the tests hold it against the calendar of `Date`.
 */
export const CALENDAR_DAY =
  /^(?:\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))|(?:\d\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$/;

const IsoDate = v.pipe(
  v.string(),
  v.isoDate('must be a date written YYYY-MM-DD'),
  v.regex(CALENDAR_DAY, 'must be a day that exists in the calendar'),
);
const Year = v.pipe(v.number(), v.integer(), v.minValue(1000), v.maxValue(9999));

/** A list of a record: at most `max` items, checked before any item is. */
export const List = <TItem extends v.GenericSchema>(item: TItem, max = MAX_ITEMS_PER_RECORD) =>
  v.pipe(v.array(item), v.maxLength(max, `must list at most ${max} items`));

/** Text in several languages; English is required because it is every element's last resort. */
export const LocalizedTextSchema = v.strictObject({
  en: Text,
  nl: v.optional(Text),
  fr: v.optional(Text),
  de: v.optional(Text),
});

/** An organization's official name in other languages: "Universiteit Antwerpen" for a Dutch page. */
export const LocalNamesSchema = v.strictObject({
  nl: v.optional(Text),
  fr: v.optional(Text),
  de: v.optional(Text),
});

export const SourceSchema = v.strictObject({
  id: Slug,
  file: v.optional(Text),
  title: Text,
  publisher: v.nullable(Text),
  author: v.optional(v.nullable(Text)),
  date: v.nullable(IsoDate),
});

const Amount = v.pipe(v.number(), v.minValue(0), v.maxValue(MAX_FIGURE_AMOUNT));

/** The values each unit can take, so that no figure can be negative, absurd or too wide to show. */
const FIGURE_VALUES = {
  count: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_FIGURE_AMOUNT)),
  EUR: Amount,
  hectare: Amount,
  rank: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_RANK)),
  // First in time ("Europe's first GDP-certified seaport"), which is not first in size.
  first: v.literal(1),
  multiplier: v.pipe(v.number(), v.minValue(0), v.maxValue(MAX_MULTIPLIER)),
  year: Year,
} satisfies Record<Unit, v.GenericSchema<number>>;

/** Amounts may be a range, `value` to `max`, where a source gives one: "six to seven laboratories". */
const amount = <TValue extends v.GenericSchema<number>>(value: TValue) => ({ value, max: v.optional(value) });
const single = <TValue extends v.GenericSchema<number>>(value: TValue) => ({ value, max: v.optional(v.never()) });

/**
 * A figure: its fields, and a `value` within the bounds of its `unit`. The bounds are a variant of
 * their own, so that the JSON Schema states the figure's fields once rather than once per unit.
 */
export const figureSchema = <TExtra extends v.ObjectEntries>(extra: TExtra) =>
  v.pipe(
    v.intersect([
      v.strictObject({
        id: Slug,
        label: LocalizedTextSchema,
        // Required, and checked with each other, by the variant below: here they are only allowed keys.
        value: v.optional(v.unknown()),
        max: v.optional(v.unknown()),
        unit: v.optional(v.unknown()),
        qualifier: v.picklist(QUALIFIERS),
        year: v.nullable(Year),
        source: Slug,
        note: v.optional(Text),
        ...extra,
      }),
      v.variant('unit', [
        v.object({ unit: v.literal('count'), ...amount(FIGURE_VALUES.count) }),
        v.object({ unit: v.literal('EUR'), ...amount(FIGURE_VALUES.EUR) }),
        v.object({ unit: v.literal('hectare'), ...amount(FIGURE_VALUES.hectare) }),
        v.object({ unit: v.literal('rank'), ...single(FIGURE_VALUES.rank) }),
        v.object({ unit: v.literal('first'), ...single(FIGURE_VALUES.first) }),
        v.object({ unit: v.literal('multiplier'), ...single(FIGURE_VALUES.multiplier) }),
        v.object({ unit: v.literal('year'), ...single(FIGURE_VALUES.year) }),
      ]),
    ]),
    v.check((figure) => {
      const { value, max } = figure as { value: number; max?: number };
      return max === undefined || max > value;
    }, 'max must be more than value'),
  );

export const FigureSchema = figureSchema({});

export const StatisticSchema = figureSchema({ region: Slug });

export const RelationSchema = v.strictObject({
  id: Slug,
  kind: v.picklist(RELATION_KINDS),
});

const Sources = v.pipe(List(Slug), v.minLength(1, 'must name at least one source'));

/**
 * Two profiles of one organization. A partner's record needs only `id`, `name`, `type` and `region`;
 * every other field may be left out, and reads as empty: no aliases, no city, no description, no
 * figures, no parent, no relations, no sources. Its type, region and focus areas are ours or its
 * dataset's own (`vocabulary`; validate-dataset.ts checks which). The bundled dataset is held to the
 * curated profile (curated-dataset-schema.ts, made from these same entries): our vocabulary only,
 * every field stated, a description in English and Dutch, and at least one source, so that every fact
 * we ship says where it comes from.
 */
export const ORGANIZATION_ENTRIES = {
  id: Slug,
  name: Text,
  aliases: List(Text),
  localNames: v.optional(LocalNamesSchema),
  formerNames: List(Text),
  type: v.picklist(ORGANIZATION_TYPES),
  region: v.picklist(REGIONS),
  city: v.nullable(Text),
  description: LocalizedTextSchema,
  focus: List(v.picklist(FOCUS_AREAS), FOCUS_AREAS.length),
  figures: List(FigureSchema),
  parent: v.nullable(Slug),
  related: List(RelationSchema),
  sources: Sources,
  notes: v.optional(Text),
};

/** The default of a list left out: an empty list of its own for each record. */
export const none = () => [];

export const OrganizationSchema = v.strictObject({
  ...ORGANIZATION_ENTRIES,
  type: Slug,
  region: Slug,
  aliases: v.optional(ORGANIZATION_ENTRIES.aliases, none),
  formerNames: v.optional(ORGANIZATION_ENTRIES.formerNames, none),
  city: v.optional(ORGANIZATION_ENTRIES.city, null),
  description: v.optional(ORGANIZATION_ENTRIES.description),
  focus: v.optional(List(Slug), none),
  figures: v.optional(ORGANIZATION_ENTRIES.figures, none),
  parent: v.optional(ORGANIZATION_ENTRIES.parent, null),
  related: v.optional(ORGANIZATION_ENTRIES.related, none),
  sources: v.optional(List(Slug), none),
});

export const EventSchema = v.strictObject({
  id: Slug,
  name: Text,
  year: Year,
  city: v.nullable(Text),
  region: Slug,
  organizer: v.nullable(Slug),
  hosts: List(Slug),
  startDate: v.nullable(IsoDate),
  endDate: v.nullable(IsoDate),
  description: LocalizedTextSchema,
  sources: Sources,
  notes: v.optional(Text),
});

/** A dataset's own terms, each with its name in one language or more: English is the last resort. */
const Terms = v.pipe(
  v.record(Slug, LocalizedTextSchema),
  v.maxEntries(MAX_VOCABULARY_TERMS, `must declare at most ${MAX_VOCABULARY_TERMS} terms`),
);

/**
 * Types, focus areas and regions a dataset declares beside ours, or ours with names of its own:
 * `"types": { "spin-off": { "en": "Spin-off", "nl": "Spin-off" } }`.
 */
export const VocabularySchema = v.strictObject({
  types: v.optional(Terms),
  focus: v.optional(Terms),
  regions: v.optional(Terms),
});

/** A partner's dataset: only `organizations` is required. */
export const DatasetSchema = v.strictObject({
  $schema: v.optional(Text),
  vocabulary: v.optional(VocabularySchema),
  sources: v.optional(List(SourceSchema, MAX_SOURCES), none),
  organizations: List(OrganizationSchema, MAX_ORGANIZATIONS),
  statistics: v.optional(List(StatisticSchema, MAX_STATISTICS), none),
  events: v.optional(List(EventSchema, MAX_EVENTS), none),
});

export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Figure = v.InferOutput<typeof FigureSchema>;
export type Statistic = v.InferOutput<typeof StatisticSchema>;
export type Relation = v.InferOutput<typeof RelationSchema>;
export type Organization = v.InferOutput<typeof OrganizationSchema>;
export type EcoEvent = v.InferOutput<typeof EventSchema>;
export type Vocabulary = v.InferOutput<typeof VocabularySchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
