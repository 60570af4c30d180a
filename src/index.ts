/*
 * The side-effect-free entry: classes, the data layer and types. Importing it defines no element;
 * import `eco-widgets/define` for that, or `eco-widgets/elements/<tag>/define` for one element, or
 * call a class's `define(tag)` to use a tag of your own: `EcoOrgCard.define('partner-card')`.
 */
export { ELEMENTS } from './elements.js';
export { EcoProvider } from './elements/eco-provider/eco-provider.js';
export { EcoOrgCard, CARD_LAYOUTS, type CardLayout } from './elements/eco-org-card/eco-org-card.js';
export {
  EcoRegionList,
  LIST_CONTROLS,
  LIST_GROUPINGS,
  LIST_LAYOUTS,
  LIST_SORTS,
  type ListControl,
  type ListGrouping,
  type ListLayout,
  type ListSort,
} from './elements/eco-region-list/eco-region-list.js';
export { EcoStats, STATS_LAYOUTS, type StatsLayout } from './elements/eco-stats/eco-stats.js';
export { EcoMap, MAP_LAYOUTS, type MapLayout } from './elements/eco-map/eco-map.js';

export { EcoElement, THEMES, type Theme } from './shared/eco-element.js';
export { EcoDataElement } from './shared/eco-data-element.js';
export { ecosystemContext } from './shared/ecosystem-context.js';
export type { DefineOutcome } from './shared/define-element.js';
export type {
  EcoDataChangeDetail,
  EcoErrorCode,
  EcoErrorDetail,
  EcoEventDetails,
  EcoFilterChangeDetail,
  EcoRegionSelectDetail,
  EcoSelectDetail,
} from './shared/events.js';
export { LOCALES, type Locale } from './shared/i18n/locale.js';
export { VERSION } from './shared/version.js';

export * from './data/vocabulary.js';
export * from './data/dataset-schema.js';
export type { DataError, DataErrorCode, DataState } from './data/data-state.js';
export { EcosystemIndex, namesOf, type Facet, type OrganizationFilter, type ResolvedRelations } from './data/ecosystem-index.js';
export { validateDataset, type DataProblem, type ValidationResult } from './data/validate-dataset.js';
export { indexDataset, loadDataset, type LoadOptions } from './data/load-dataset.js';
export { bundledIndex } from './data/bundled-dataset.js';
