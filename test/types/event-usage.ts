/*
 * Type-checked by `npm run typecheck`, never run: pages listen where the events bubble to, and each
 * event's detail has its one type wherever it is heard. Each @ts-expect-error fails the check if the
 * line it marks stops being an error.
 */
import type { EcoErrorCode } from '../../src/index.js';

document.addEventListener('eco-error', (event) => event.detail.problems?.map((problem) => problem.path));
window.addEventListener('eco-select', (event) => event.detail.id.toUpperCase());
document.body.addEventListener('eco-data-change', (event) => event.detail.status === 'ready');

export const code = (event: DocumentEventMap['eco-error']): EcoErrorCode => event.detail.code;
// @ts-expect-error: not an error code
document.addEventListener('eco-error', (event) => event.detail.code === 'oops');
// @ts-expect-error: the status is one of loading, ready and error
window.addEventListener('eco-data-change', (event) => event.detail.status === 'done');

// A map's choice is a region id, or null when cleared; a list's filters are lists of ids.
document.addEventListener('eco-region-select', (event) => event.detail.region?.toUpperCase() ?? event.preventDefault());
document.addEventListener('eco-filter-change', (event) => event.detail.region.includes('limburg') && event.detail.query.trim());
// @ts-expect-error: a map chooses one region, not a list of them
document.addEventListener('eco-region-select', (event) => event.detail.region.map((region) => region));
