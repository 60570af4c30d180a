import { EcoMap } from './elements/eco-map/eco-map.js';
import { EcoOrgCard } from './elements/eco-org-card/eco-org-card.js';
import { EcoProvider } from './elements/eco-provider/eco-provider.js';
import { EcoRegionList } from './elements/eco-region-list/eco-region-list.js';
import { EcoStats } from './elements/eco-stats/eco-stats.js';

/**
 * Every element and its tag. The provider comes first so that, when a page's markup is upgraded in
 * this order, elements inside a provider find it on their first request for data.
 */
export const ELEMENTS = {
  'eco-provider': EcoProvider,
  'eco-org-card': EcoOrgCard,
  'eco-region-list': EcoRegionList,
  'eco-stats': EcoStats,
  'eco-map': EcoMap,
} as const;
