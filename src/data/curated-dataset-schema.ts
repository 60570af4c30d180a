import * as v from 'valibot';
import {
  DatasetSchema,
  EventSchema,
  figureSchema,
  List,
  LocalizedTextSchema,
  MAX_EVENTS,
  MAX_ORGANIZATIONS,
  MAX_STATISTICS,
  ORGANIZATION_ENTRIES,
} from './dataset-schema.js';
import { REGIONS } from './vocabulary.js';

/*
 * The curated profile the bundled dataset is held to, by its tests and by `npm run check:generated`:
 * our vocabulary only, every list and every field of an organization stated, its description in English and Dutch, and at
 * least one source. Made from the partner profile's own entries, it stays out of the partner bundle.
 */

export const CuratedOrganizationSchema = v.strictObject({
  ...ORGANIZATION_ENTRIES,
  description: v.strictObject({ ...LocalizedTextSchema.entries, nl: LocalizedTextSchema.entries.en }),
});

export const CuratedDatasetSchema = v.strictObject({
  ...v.omit(DatasetSchema, ['vocabulary']).entries,
  sources: DatasetSchema.entries.sources.wrapped,
  organizations: List(CuratedOrganizationSchema, MAX_ORGANIZATIONS),
  statistics: List(figureSchema({ region: v.picklist(REGIONS) }), MAX_STATISTICS),
  events: List(v.strictObject({ ...EventSchema.entries, region: v.picklist(REGIONS) }), MAX_EVENTS),
});

export type CuratedDataset = v.InferOutput<typeof CuratedDatasetSchema>;
