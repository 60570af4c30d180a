import * as v from 'valibot';
import { DatasetSchema, MAX_ORGANIZATIONS, type Dataset } from './dataset-schema.js';

/** One thing wrong with a dataset, and where: `organizations[3].type`. */
export interface DataProblem {
  path: string;
  message: string;
}

export type ValidationResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; problems: DataProblem[] };

/**
 * Checks a dataset that does not come from us: its shape against the schema, and what a schema
 * cannot say (unique ids, references that resolve, no parent cycles). Reports every problem of both
 * kinds at once, so a partner can fix their file in one go.
 */
export function validateDataset(input: unknown): ValidationResult {
  // Checking each of a million records before saying there are too many would freeze the page.
  const organizations = (input as { organizations?: unknown } | null)?.organizations;
  if (Array.isArray(organizations) && organizations.length > MAX_ORGANIZATIONS) {
    return { ok: false, problems: [{ path: 'organizations', message: `lists ${organizations.length} organizations; at most ${MAX_ORGANIZATIONS} are allowed` }] };
  }
  const parsed = v.safeParse(DatasetSchema, input, { abortEarly: false });
  const problems = [
    ...(parsed.success ? [] : parsed.issues.map(toProblem)),
    ...findReferenceProblems(parsed.success ? parsed.output : referencesOf(input)),
  ];
  return parsed.success && problems.length === 0 ? { ok: true, dataset: parsed.output } : { ok: false, problems };
}

/** What the reference checks read from a dataset. */
type References = {
  sources: { id: string }[];
  organizations: Pick<Dataset['organizations'][number], 'id' | 'parent' | 'related' | 'sources' | 'figures'>[];
  statistics: Pick<Dataset['statistics'][number], 'id' | 'source'>[];
  events: Pick<Dataset['events'][number], 'id' | 'organizer' | 'hosts' | 'sources'>[];
};

const list = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.map((item) => (item && typeof item === 'object' ? (item as Record<string, unknown>) : {})) : [];
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
const reference = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * The references of a dataset whose shape is wrong, read leniently: whatever is not where it
 * should be counts as absent, so that the shape's problems are not reported twice.
 */
function referencesOf(input: unknown): References {
  const root = list([input])[0]!;
  return {
    sources: list(root.sources).map((source) => ({ id: text(source.id) })),
    organizations: list(root.organizations).map((org) => ({
      id: text(org.id),
      parent: reference(org.parent),
      related: list(org.related).map((relation) => ({ id: text(relation.id), kind: 'partner' as const })),
      sources: texts(org.sources),
      figures: list(org.figures).map((figure) => ({ id: text(figure.id), source: text(figure.source) }) as Dataset['organizations'][number]['figures'][number]),
    })),
    statistics: list(root.statistics).map((figure) => ({ id: text(figure.id), source: text(figure.source) })),
    events: list(root.events).map((event) => ({ id: text(event.id), organizer: reference(event.organizer), hosts: texts(event.hosts), sources: texts(event.sources) })),
  };
}

function toProblem(issue: v.BaseIssue<unknown>): DataProblem {
  const path = (issue.path ?? []).reduce<string>(
    (text, item) => (typeof item.key === 'number' ? `${text}[${item.key}]` : text ? `${text}.${String(item.key)}` : String(item.key)),
    '',
  );
  return { path: path || '(root)', message: issue.message };
}

export function findReferenceProblems(dataset: References): DataProblem[] {
  const problems: DataProblem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });

  const sourceIds = collectIds(dataset.sources, 'sources', 'source', report);
  const orgIds = collectIds(dataset.organizations, 'organizations', 'organization', report);
  collectIds(dataset.events, 'events', 'event', report);
  collectIds(
    [...dataset.organizations.flatMap((org) => org.figures), ...dataset.statistics],
    'figures',
    'figure',
    report,
  );

  const checkOrg = (id: string | null, path: string) => {
    if (id !== null && !orgIds.has(id)) report(path, `refers to "${id}", which is not an organization id`);
  };
  const checkSource = (id: string, path: string) => {
    if (!sourceIds.has(id)) report(path, `refers to "${id}", which is not listed in "sources"`);
  };

  dataset.organizations.forEach((org, i) => {
    const at = `organizations[${i}]`;
    checkOrg(org.parent, `${at}.parent`);
    if (org.parent === org.id) report(`${at}.parent`, 'an organization cannot be its own parent');
    org.related.forEach((relation, j) => checkOrg(relation.id, `${at}.related[${j}].id`));
    org.sources.forEach((source, j) => checkSource(source, `${at}.sources[${j}]`));
    org.figures.forEach((figure, j) => checkSource(figure.source, `${at}.figures[${j}].source`));
  });
  dataset.statistics.forEach((figure, i) => checkSource(figure.source, `statistics[${i}].source`));
  dataset.events.forEach((event, i) => {
    checkOrg(event.organizer, `events[${i}].organizer`);
    event.hosts.forEach((host, j) => checkOrg(host, `events[${i}].hosts[${j}]`));
    event.sources.forEach((source, j) => checkSource(source, `events[${i}].sources[${j}]`));
  });
  findParentCycles(dataset).forEach((cycle) =>
    report('organizations', `"parent" goes round in a circle: ${cycle.join(' → ')}`),
  );
  return problems;
}

function collectIds(
  records: readonly { id: string }[],
  path: string,
  noun: string,
  report: (path: string, message: string) => void,
): Set<string> {
  const ids = new Set<string>();
  for (const { id } of records) {
    if (ids.has(id)) report(path, `the ${noun} id "${id}" is used more than once; ids must be unique`);
    ids.add(id);
  }
  return ids;
}

function findParentCycles(dataset: References): string[][] {
  const parentOf = new Map(dataset.organizations.map((org) => [org.id, org.parent]));
  const cleared = new Set<string>();
  const cycles: string[][] = [];
  for (const start of parentOf.keys()) {
    const chain: string[] = [];
    let id: string | null | undefined = start;
    while (id && !cleared.has(id) && !chain.includes(id)) {
      chain.push(id);
      id = parentOf.get(id);
    }
    if (id && chain.includes(id) && id !== parentOf.get(id)) {
      cycles.push([...chain.slice(chain.indexOf(id)), id]);
    }
    chain.forEach((link) => cleared.add(link));
  }
  return cycles;
}
