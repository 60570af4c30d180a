import * as v from 'valibot';
import {
  FOCUS_AREAS,
  ORGANIZATION_TYPES,
  QUALIFIERS,
  REGIONS,
  RELATION_KINDS,
  UNITS,
} from './vocabulary.js';

/*
 * The one source of truth for the dataset's shape. The TypeScript types below are inferred from it,
 * `data/ecosystem.schema.json` is generated from it (`npm run schema`), and partner datasets are
 * checked against it at run time.
 */

const Slug = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase kebab-case slug, like "ghent-university"'),
);
/** Limits a partner's file cannot exceed: texts are sentences, not documents; lists fit in a browser. */
export const MAX_TEXT_LENGTH = 2_000;
export const MAX_ORGANIZATIONS = 50_000;

const Text = v.pipe(
  v.string(),
  v.regex(/\S/, 'must not be blank'),
  v.maxLength(MAX_TEXT_LENGTH, `must be at most ${MAX_TEXT_LENGTH} characters`),
);
const IsoDate = v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD'));
const Year = v.pipe(v.number(), v.integer(), v.minValue(1000), v.maxValue(9999));

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

export const FigureSchema = v.strictObject({
  id: Slug,
  label: LocalizedTextSchema,
  value: v.pipe(v.number(), v.finite()),
  qualifier: v.picklist(QUALIFIERS),
  unit: v.picklist(UNITS),
  year: v.nullable(Year),
  source: Slug,
  note: v.optional(Text),
});

export const StatisticSchema = v.strictObject({
  ...FigureSchema.entries,
  region: v.picklist(REGIONS),
});

export const RelationSchema = v.strictObject({
  id: Slug,
  kind: v.picklist(RELATION_KINDS),
});

export const OrganizationSchema = v.strictObject({
  id: Slug,
  name: Text,
  aliases: v.array(Text),
  localNames: v.optional(LocalNamesSchema),
  formerNames: v.array(Text),
  type: v.picklist(ORGANIZATION_TYPES),
  region: v.picklist(REGIONS),
  city: v.nullable(Text),
  description: LocalizedTextSchema,
  focus: v.array(v.picklist(FOCUS_AREAS)),
  figures: v.array(FigureSchema),
  parent: v.nullable(Slug),
  related: v.array(RelationSchema),
  sources: v.pipe(v.array(Slug), v.minLength(1, 'must name at least one source')),
  notes: v.optional(Text),
});

export const EventSchema = v.strictObject({
  id: Slug,
  name: Text,
  year: Year,
  city: v.nullable(Text),
  region: v.picklist(REGIONS),
  organizer: v.nullable(Slug),
  hosts: v.array(Slug),
  startDate: v.nullable(IsoDate),
  endDate: v.nullable(IsoDate),
  description: LocalizedTextSchema,
  sources: v.pipe(v.array(Slug), v.minLength(1, 'must name at least one source')),
  notes: v.optional(Text),
});

export const DatasetSchema = v.strictObject({
  $schema: v.optional(v.string()),
  sources: v.array(SourceSchema),
  organizations: v.pipe(
    v.array(OrganizationSchema),
    v.maxLength(MAX_ORGANIZATIONS, `must list at most ${MAX_ORGANIZATIONS} organizations`),
  ),
  statistics: v.array(StatisticSchema),
  events: v.array(EventSchema),
});

export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Figure = v.InferOutput<typeof FigureSchema>;
export type Statistic = v.InferOutput<typeof StatisticSchema>;
export type Relation = v.InferOutput<typeof RelationSchema>;
export type Organization = v.InferOutput<typeof OrganizationSchema>;
export type EcoEvent = v.InferOutput<typeof EventSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
