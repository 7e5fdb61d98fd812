import type { FieldViolation } from '../../http/errors';

export type FieldType = 'string' | 'number' | 'date' | 'boolean' | 'array' | 'items';

/** One filterable field, named as on the wire (`id`, not `_id`). */
export interface FieldDef {
  type: FieldType;
  /** Operators allowed on this field; default: every operator that fits the type. */
  ops?: readonly string[];
  sortable?: boolean;
  /** Where the value lives when it is not the dotted path of the field name. */
  get?: (doc: unknown) => unknown;
  /** For `$matchItems`: the fields of one item. */
  items?: FieldSpec;
}

export type FieldSpec = Readonly<Record<string, FieldDef>>;

/** A request the Wix query language rejects: becomes a 400 validationError. */
export class QueryError extends Error {
  constructor(readonly violations: FieldViolation[]) {
    super(violations.map((v) => `${v.field}: ${v.description}`).join('; '));
  }
}

export const fail = (field: string, description: string): never => {
  throw new QueryError([{ field, description }]);
};

/** Values at a dotted path, flattening arrays on the way (Mongo-style). */
export function valuesAt(doc: unknown, path: string): unknown[] {
  let current: unknown[] = [doc];
  for (const key of path.split('.')) {
    const next: unknown[] = [];
    for (const value of current) {
      const items = Array.isArray(value) ? value : [value];
      for (const item of items) {
        if (item && typeof item === 'object' && key in item) {
          next.push((item as Record<string, unknown>)[key]);
        }
      }
    }
    current = next;
  }
  return current.flatMap((v) => (Array.isArray(v) ? v : [v])).filter((v) => v !== undefined);
}

export function fieldValues(doc: unknown, name: string, def: FieldDef): unknown[] {
  if (!def.get) return valuesAt(doc, name);
  const value = def.get(doc);
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
