import { EcoMap } from './eco-map.js';

EcoMap.define('eco-map');
