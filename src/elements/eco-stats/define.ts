import { EcoStats } from './eco-stats.js';

EcoStats.define('eco-stats');
