import { EcoProvider } from './eco-provider.js';

EcoProvider.define('eco-provider');
