import * as v from 'valibot';
import { DatasetSchema, none, SLUG_PATTERN, type Dataset, type Vocabulary } from './dataset-schema.js';
import { nearest } from './normalize.js';
import { findOversizedLists, isRecord, joinPath } from './oversized-lists.js';
import { MAX_PROBLEMS, ProblemList, type DataProblem, type Report } from './problem-list.js';
import { FACET_KEYS, termsOf, type Facet } from './vocabulary.js';

export type { DataProblem } from './problem-list.js';

export type ValidationResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; problems: DataProblem[] };

/** One message per value: the first check it fails. */
const PARSE_CONFIG = { abortEarly: false, abortPipeEarly: true } as const;

/**
 * Checks a dataset that does not come from us: its shape against the schema, and what a schema
 * cannot say (unique ids, references that resolve, no parent cycles). Reports problems of both kinds
 * at once, so a partner can fix their file in one go. Its time is linear in the size of the file,
 * and its memory for problems is bounded, whatever the file holds.
 */
export function validateDataset(input: unknown): ValidationResult {
  const problems = new ProblemList();
  // Checking each of a million records before saying there are too many would freeze the page.
  findOversizedLists(DatasetSchema, input, '', problems.add);
  if (!problems.isEmpty) return { ok: false, problems: problems.toArray() };
  const dataset = checkShape(input, problems);
  // Past the limit, problems with references would only add to the count: the count becomes a floor.
  if (problems.isOverflowing) problems.leaveUncounted();
  else checkReferences(dataset ?? referencesOf(input), problems.add);
  return dataset && problems.isEmpty ? { ok: true, dataset } : { ok: false, problems: problems.toArray() };
}


const LISTS = ['sources', 'organizations', 'statistics', 'events'] as const;

type ListName = (typeof LISTS)[number];

/** The schema of a list's records, and whether the dataset may leave the list out. */
function listSchema(list: ListName): { item: v.GenericSchema; optional: boolean } {
  const schema = DatasetSchema.entries[list];
  return 'wrapped' in schema ? { item: schema.wrapped.item, optional: true } : { item: schema.item, optional: false };
}

/** The dataset with its lists' items left unread: they are checked one by one. */
const DatasetFrame = v.strictObject({
  ...DatasetSchema.entries,
  ...(Object.fromEntries(
    LISTS.map((list) => [list, listSchema(list).optional ? v.optional(v.array(v.unknown()), none) : v.array(v.unknown())]),
    // A list left out reads as empty, so either way the frame's output holds an array.
  ) as Record<ListName, v.ArraySchema<v.UnknownSchema, undefined>>),
});

/**
 * Checks the shape record by record, so that problems stop being collected once there are enough:
 * after that, a record is checked only as far as its first problem. Returns the dataset if its shape
 * is right.
 */
function checkShape(input: unknown, problems: ProblemList): Dataset | undefined {
  const frame = v.safeParse(DatasetFrame, input, PARSE_CONFIG);
  if (!frame.success) frame.issues.forEach((issue) => problems.add(pathOf('', issue), issue.message));
  const root = isRecord(input) ? input : {};
  const lists = new Map<string, unknown[]>();
  for (const list of LISTS) {
    const records = root[list];
    if (!Array.isArray(records)) continue;
    const schema = listSchema(list).item;
    lists.set(
      list,
      records.map((record, i) => {
        if (problems.isFull) {
          if (!v.is(schema, record)) problems.addRecordWithProblems();
          return undefined;
        }
        const parsed = v.safeParse(schema, record, PARSE_CONFIG);
        if (!parsed.success) parsed.issues.forEach((issue) => problems.add(pathOf(`${list}[${i}]`, issue), issue.message));
        return parsed.output;
      }),
    );
  }
  if (!frame.success || !problems.isEmpty) return undefined;
  // Every part passed its part of DatasetSchema, so together they pass DatasetSchema.
  return { ...frame.output, ...Object.fromEntries(lists) } as Dataset;
}

function pathOf(prefix: string, issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? []).reduce<string>(
    (text, item) => (typeof item.key === 'number' ? `${text}[${item.key}]` : joinPath(text, String(item.key))),
    prefix,
  );
  return path || '(root)';
}

/** What the reference checks read from a dataset. */
type References = {
  vocabulary?: Vocabulary;
  sources: { id: string }[];
  organizations: (Pick<Dataset['organizations'][number], 'id' | 'parent' | 'related' | 'sources' | 'type' | 'region' | 'focus'> & {
    figures: { id: string; source: string }[];
  })[];
  statistics: { id: string; source: string; region: string }[];
  events: Pick<Dataset['events'][number], 'id' | 'organizer' | 'hosts' | 'sources' | 'region'>[];
};

const list = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.map((item) => (isRecord(item) ? item : {})) : [];
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
const reference = (value: unknown): string | null => (typeof value === 'string' ? value : null);
// A term that is not even a slug is the shape's problem: "" reads as no term at all.
const slugOrNone = (value: unknown): string => (typeof value === 'string' && SLUG_PATTERN.test(value) ? value : '');
const slugs = (value: unknown): string[] => texts(value).filter((item) => SLUG_PATTERN.test(item));
const figureReferences = (value: unknown) => list(value).map((figure) => ({ id: text(figure.id), source: text(figure.source) }));

/**
 * The references of a dataset whose shape is wrong, read leniently: whatever is not where it
 * should be counts as absent, so that the shape's problems are not reported twice.
 */
function referencesOf(input: unknown): References {
  const root = isRecord(input) ? input : {};
  const vocabulary = isRecord(root.vocabulary) ? root.vocabulary : {};
  return {
    vocabulary: Object.fromEntries(Object.values(FACET_KEYS).map((key) => [key, isRecord(vocabulary[key]) ? vocabulary[key] : {}])),
    sources: list(root.sources).map((source) => ({ id: text(source.id) })),
    organizations: list(root.organizations).map((org) => ({
      id: text(org.id),
      parent: reference(org.parent),
      related: list(org.related).map((relation) => ({ id: text(relation.id), kind: 'partner' as const })),
      sources: texts(org.sources),
      figures: figureReferences(org.figures),
      type: slugOrNone(org.type),
      region: slugOrNone(org.region),
      focus: slugs(org.focus),
    })),
    statistics: list(root.statistics).map((figure) => ({ id: text(figure.id), source: text(figure.source), region: slugOrNone(figure.region) })),
    events: list(root.events).map((event) => ({
      id: text(event.id),
      organizer: reference(event.organizer),
      hosts: texts(event.hosts),
      sources: texts(event.sources),
      region: slugOrNone(event.region),
    })),
  };
}

/** The problems with ids and references in a dataset whose shape is right: none for ours. */
export function findReferenceProblems(dataset: References): DataProblem[] {
  const problems = new ProblemList();
  checkReferences(dataset, problems.add);
  return problems.toArray();
}

function checkReferences(dataset: References, report: Report): void {
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

  const checkTerm = termChecker(dataset.vocabulary, report);
  dataset.organizations.forEach((org, i) => {
    const at = `organizations[${i}]`;
    checkTerm('type', org.type, `${at}.type`);
    checkTerm('region', org.region, `${at}.region`);
    org.focus.forEach((area, j) => checkTerm('focus', area, `${at}.focus[${j}]`));
    checkOrg(org.parent, `${at}.parent`);
    if (org.parent === org.id) report(`${at}.parent`, 'an organization cannot be its own parent');
    org.related.forEach((relation, j) => checkOrg(relation.id, `${at}.related[${j}].id`));
    org.sources.forEach((source, j) => checkSource(source, `${at}.sources[${j}]`));
    org.figures.forEach((figure, j) => checkSource(figure.source, `${at}.figures[${j}].source`));
  });
  dataset.statistics.forEach((figure, i) => {
    checkTerm('region', figure.region, `statistics[${i}].region`);
    checkSource(figure.source, `statistics[${i}].source`);
  });
  dataset.events.forEach((event, i) => {
    checkTerm('region', event.region, `events[${i}].region`);
    checkOrg(event.organizer, `events[${i}].organizer`);
    event.hosts.forEach((host, j) => checkOrg(host, `events[${i}].hosts[${j}]`));
    event.sources.forEach((source, j) => checkSource(source, `events[${i}].sources[${j}]`));
  });
  findParentCycles(dataset).forEach((cycle) =>
    report('organizations', `"parent" goes round in a circle: ${describeCycle(cycle)}`),
  );
}

/**
 * Checks that a region, type or focus area is ours or declared in the dataset's `vocabulary`. Only
 * the first problems look for a near term: a file full of unknown terms must not cost a comparison
 * with every term for each.
 */
function termChecker(vocabulary: Vocabulary | undefined, report: Report) {
  const terms = termsOf(vocabulary);
  const known = { region: new Set(terms.region), type: new Set(terms.type), focus: new Set(terms.focus) };
  let suggestionsLeft = MAX_PROBLEMS;
  return (facet: Facet, value: string, path: string) => {
    if (value === '' || known[facet].has(value)) return;
    const quoted = (values: readonly string[], or: string) => values.map((term) => `"${term}"`).join(or);
    const near = suggestionsLeft-- > 0 ? nearest(value, terms[facet]) : [];
    const meant = near.length > 0 ? ` Did you mean ${quoted(near, ' or ')}?` : '';
    const noun = facet === 'focus' ? 'focus areas' : FACET_KEYS[facet];
    report(path, `"${value}" is neither one of our ${noun} nor declared in "vocabulary.${FACET_KEYS[facet]}".${meant} Valid values: ${quoted(terms[facet], ', ')}.`);
  };
}

/** How many members of a circle of parents a message names; a circle can be as long as the list. */
const MAX_CYCLE_SHOWN = 10;

/** `a → b → c → a`, leaving out the middle of a long circle. */
function describeCycle(cycle: string[]): string {
  const members = cycle.length - 1;
  if (members <= MAX_CYCLE_SHOWN) return cycle.join(' → ');
  return [...cycle.slice(0, MAX_CYCLE_SHOWN), `… (${members.toLocaleString('en-US')} organizations in all)`, cycle.at(-1)].join(' → ');
}

function collectIds(records: readonly { id: string }[], path: string, noun: string, report: Report): Set<string> {
  const ids = new Set<string>();
  for (const { id } of records) {
    if (ids.has(id)) report(path, `the ${noun} id "${id}" is used more than once; ids must be unique`);
    ids.add(id);
  }
  return ids;
}

/**
 * Every circle of parents, each once, from where the walk first met it. Each organization is walked
 * through once in all: a chain stops at an organization an earlier chain already cleared, so a long
 * chain costs its length, not its length squared.
 */
function findParentCycles(dataset: References): string[][] {
  const parentOf = new Map(dataset.organizations.map((org) => [org.id, org.parent]));
  const cleared = new Set<string>();
  const cycles: string[][] = [];
  for (const start of parentOf.keys()) {
    // The organizations of this chain, each with its place in it.
    const chain = new Map<string, number>();
    let id: string | null | undefined = start;
    while (id && !cleared.has(id) && !chain.has(id)) {
      chain.set(id, chain.size);
      id = parentOf.get(id);
    }
    if (id && chain.has(id) && id !== parentOf.get(id)) {
      cycles.push([...[...chain.keys()].slice(chain.get(id)), id]);
    }
    chain.forEach((_, link) => cleared.add(link));
  }
  return cycles;
}
