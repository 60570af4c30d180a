/*
 * Type-checked by `npm run typecheck`, never run: what a React 19 app may and may not write.
 * Each @ts-expect-error fails the check if the line it marks stops being an error.
 */
import type {} from '../../types/react.js';

export const card = <eco-org-card org="imec" layout="compact" heading-level={2} oneco-select={(event) => event.detail.id.toUpperCase()} />;
export const list = <eco-region-list region="antwerp" controls="search filters" page-size={12} sync-url />;
export const stats = <eco-stats region="limburg" layout="chart" count-up />;
export const map = <eco-map for="directory" type="incubator" heading-level={2} oneco-region-select={(event) => event.detail.region ?? 'none'} />;

// @ts-expect-error: a map is a map or a table
export const wrongMapLayout = <eco-map layout="globe" />;
// @ts-expect-error: not a card layout
export const wrongLayout = <eco-org-card layout="poster" />;
// @ts-expect-error: the event's detail has an id, not a name
export const wrongDetail = <eco-org-card oneco-select={(event) => event.detail.name} />;
// Errors carry their code and problems, typed as the library fires them.
export const errors = <eco-provider oneco-error={(event) => event.detail.problems?.map((problem) => problem.path)} />;
// @ts-expect-error: not an error code
export const wrongCode = <eco-org-card oneco-error={(event) => event.detail.code === 'oops'} />;
