import { EcoOrgCard } from './eco-org-card.js';

EcoOrgCard.define('eco-org-card');
