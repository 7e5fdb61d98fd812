import { fail, fieldValues, type FieldSpec } from './field-spec';

export interface SortItem {
  fieldName: string;
  order: 'ASC' | 'DESC';
}

/** Validates a Wix `sort` array against the sortable fields. */
export function parseSort(sort: unknown, spec: FieldSpec, at = 'sort'): SortItem[] {
  if (sort === undefined || sort === null) return [];
  if (!Array.isArray(sort)) return fail(at, 'must be an array');
  return sort.map((item: unknown, i) => {
    const { fieldName, order = 'ASC' } = (item ?? {}) as { fieldName?: unknown; order?: unknown };
    if (typeof fieldName !== 'string') return fail(`${at}[${i}].fieldName`, 'is required');
    if (!spec[fieldName]?.sortable) {
      return fail(`${at}[${i}].fieldName`, `sorting by "${fieldName}" is not supported`);
    }
    if (order !== 'ASC' && order !== 'DESC') {
      return fail(`${at}[${i}].order`, 'must be ASC or DESC');
    }
    return { fieldName, order };
  });
}

type Key = number | string | null;

function sortKey(doc: unknown, field: string, spec: FieldSpec): Key {
  const def = spec[field];
  const [value] = def ? fieldValues(doc, field, def) : [];
  if (value === undefined || value === null) return null;
  if (def?.type === 'number') return Number(value);
  if (def?.type === 'date') return Date.parse(String(value));
  if (typeof value === 'boolean') return value ? 1 : 0;
  return String(value).toLowerCase();
}

/** Stable sort: ties keep the input (catalog) order. Missing values sort first ascending. */
export function sortDocs<T>(docs: readonly T[], sort: readonly SortItem[], spec: FieldSpec): T[] {
  if (sort.length === 0) return [...docs];
  const keyed = docs.map((doc) => ({
    doc,
    keys: sort.map((s) => sortKey(doc, s.fieldName, spec)),
  }));
  keyed.sort((a, b) => {
    for (const [i, s] of sort.entries()) {
      const diff = compareKeys(a.keys[i] ?? null, b.keys[i] ?? null);
      if (diff !== 0) return s.order === 'ASC' ? diff : -diff;
    }
    return 0;
  });
  return keyed.map((k) => k.doc);
}

function compareKeys(a: Key, b: Key): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}
