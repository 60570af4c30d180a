import { EcoRegionList } from './eco-region-list.js';

// Defining the list defines the <eco-org-card> it renders too (EcoRegionList.dependencies).
EcoRegionList.define('eco-region-list');
