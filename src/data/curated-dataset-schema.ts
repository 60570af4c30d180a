import * as v from 'valibot';
import { DatasetSchema, List, LocalizedTextSchema, MAX_ORGANIZATIONS, ORGANIZATION_ENTRIES } from './dataset-schema.js';

/*
 * The curated profile the bundled dataset is held to, by its tests and by `npm run check:generated`:
 * every list and every field of an organization stated, its description in English and Dutch, and at
 * least one source. Made from the partner profile's own entries, it stays out of the partner bundle.
 */

export const CuratedOrganizationSchema = v.strictObject({
  ...ORGANIZATION_ENTRIES,
  description: v.strictObject({ ...LocalizedTextSchema.entries, nl: LocalizedTextSchema.entries.en }),
});

export const CuratedDatasetSchema = v.strictObject({
  ...DatasetSchema.entries,
  sources: DatasetSchema.entries.sources.wrapped,
  organizations: List(CuratedOrganizationSchema, MAX_ORGANIZATIONS),
  statistics: DatasetSchema.entries.statistics.wrapped,
  events: DatasetSchema.entries.events.wrapped,
});

export type CuratedDataset = v.InferOutput<typeof CuratedDatasetSchema>;
