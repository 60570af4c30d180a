import type { Report } from './problem-list.js';

/** What the walk over a schema reads of it: valibot's schema objects, as far as they hold lists. */
interface SchemaNode {
  type: string;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  wrapped?: SchemaNode;
  /** A picklist's values, or the schemas of an intersect or variant. */
  options?: readonly unknown[];
  /** The schema and the actions it is piped through; a pipe can start with another pipe. */
  pipe?: readonly (SchemaNode & { requirement?: unknown })[];
}

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** `organizations[3]` and `type` make `organizations[3].type`. */
export const joinPath = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** The schemas a schema applies to the same value: what it wraps, or the parts it combines. */
function innerSchemas(schema: SchemaNode): SchemaNode[] {
  if (schema.wrapped) return [schema.wrapped];
  if (schema.type === 'intersect' || schema.type === 'variant') return schema.options as SchemaNode[];
  return [];
}

const listHolders = new WeakMap<SchemaNode, boolean>();

/** Whether a value of this schema can hold a list; the walk below skips those that cannot. */
function holdsLists(schema: SchemaNode): boolean {
  let holds = listHolders.get(schema);
  if (holds === undefined) {
    holds = schema.type === 'array' || [...innerSchemas(schema), ...Object.values(schema.entries ?? {})].some(holdsLists);
    listHolders.set(schema, holds);
  }
  return holds;
}

/** The most items a list schema allows, wherever in its pipes that is said. */
function maxLengthOf(schema: SchemaNode): number | undefined {
  for (const step of schema.pipe ?? []) {
    const max = step.type === 'max_length' ? step.requirement : step.pipe && maxLengthOf(step);
    if (typeof max === 'number') return max;
  }
  return undefined;
}

const entriesWithLists = new WeakMap<SchemaNode, [string, SchemaNode][]>();

/** The entries of an object schema that can hold lists, worked out once for every record. */
function entriesHoldingLists(schema: SchemaNode): [string, SchemaNode][] {
  let entries = entriesWithLists.get(schema);
  if (!entries) {
    entries = Object.entries(schema.entries ?? {}).filter(([, entry]) => holdsLists(entry));
    entriesWithLists.set(schema, entries);
  }
  return entries;
}

/**
 * Reports every list in `value` longer than its schema allows, reading no item of such a list. The
 * walk follows the schema, so it goes no deeper than the schema does, however deep `value` is.
 */
export function findOversizedLists(schema: SchemaNode, value: unknown, path: string, report: Report): void {
  if (!holdsLists(schema)) return;
  if (schema.type === 'array') {
    if (!Array.isArray(value)) return;
    const max = maxLengthOf(schema);
    if (max !== undefined && value.length > max) {
      report(path, `lists ${value.length.toLocaleString('en-US')} items; at most ${max.toLocaleString('en-US')} are allowed`);
    } else if (holdsLists(schema.item!)) {
      value.forEach((item, i) => findOversizedLists(schema.item!, item, `${path}[${i}]`, report));
    }
  } else if (schema.entries) {
    if (!isRecord(value)) return;
    for (const [key, entry] of entriesHoldingLists(schema)) findOversizedLists(entry, value[key], joinPath(path, key), report);
  } else {
    for (const inner of innerSchemas(schema)) findOversizedLists(inner, value, path, report);
  }
}
