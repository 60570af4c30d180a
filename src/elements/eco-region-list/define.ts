import '../eco-org-card/define.js';
import { EcoRegionList } from './eco-region-list.js';

// The list shows its organizations as <eco-org-card>s, so defining it defines the card too.
EcoRegionList.define('eco-region-list');
