import type { FieldViolation } from '../http/errors';
import type { OAuthApp } from '../store/schema';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 100;
const FILTER_FIELDS = ['id', 'name'] as const;
const SORT_FIELDS = ['createdDate', 'name'] as const;

type Predicate = (app: OAuthApp) => boolean;
type Compiled = { ok: true; test: Predicate } | { ok: false; violation: FieldViolation };

export interface AppQuery {
  filter?: Record<string, unknown> | null;
  sort?: { fieldName?: string; order?: 'ASC' | 'DESC' }[];
  paging?: { limit?: number | null; offset?: number | null };
}

const bad = (field: string, description: string): Compiled => ({
  ok: false,
  violation: { field, description },
});
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function compileCondition(field: string, condition: unknown): Compiled {
  if (!(FILTER_FIELDS as readonly string[]).includes(field)) {
    return bad(`query.filter.${field}`, `cannot filter on "${field}"; use id or name`);
  }
  const get = (app: OAuthApp) => (field === 'id' ? app.id : app.name);
  if (!isRecord(condition)) return { ok: true, test: (app) => get(app) === condition };
  const tests: Predicate[] = [];
  for (const [op, arg] of Object.entries(condition)) {
    const where = `query.filter.${field}.${op}`;
    if (op === '$eq') tests.push((app) => get(app) === arg);
    else if (op === '$ne') tests.push((app) => get(app) !== arg);
    else if (op === '$in' && Array.isArray(arg)) tests.push((app) => arg.includes(get(app)));
    else if (op === '$startsWith' && typeof arg === 'string')
      tests.push((app) => get(app).startsWith(arg));
    else return bad(where, 'unsupported operator or value (use $eq, $ne, $in, $startsWith)');
  }
  return { ok: true, test: (app) => tests.every((t) => t(app)) };
}

/** Compiles a Wix filter object (implicit AND of fields, plus $and/$or/$not) to a predicate. */
export function compileFilter(filter: unknown): Compiled {
  if (filter === undefined || filter === null) return { ok: true, test: () => true };
  if (!isRecord(filter)) return bad('query.filter', 'must be an object');
  const parts: Predicate[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(value)) return bad(`query.filter.${key}`, 'must be an array');
      const subs = value.map(compileFilter);
      const failed = subs.find((s) => !s.ok);
      if (failed) return failed;
      const tests = subs.map((s) => (s.ok ? s.test : () => false));
      parts.push(
        key === '$and' ? (app) => tests.every((t) => t(app)) : (app) => tests.some((t) => t(app)),
      );
    } else if (key === '$not') {
      const sub = compileFilter(value);
      if (!sub.ok) return sub;
      parts.push((app) => !sub.test(app));
    } else {
      const compiled = compileCondition(key, value);
      if (!compiled.ok) return compiled;
      parts.push(compiled.test);
    }
  }
  return { ok: true, test: (app) => parts.every((t) => t(app)) };
}

export type QueryResult =
  | { ok: true; items: OAuthApp[]; offset: number; total: number }
  | { ok: false; violations: FieldViolation[] };

/** Filters, sorts (createdDate or name; default oldest first) and offset-pages the apps. */
export function runQuery(apps: OAuthApp[], query: AppQuery): QueryResult {
  const compiled = compileFilter(query.filter);
  if (!compiled.ok) return { ok: false, violations: [compiled.violation] };
  const sort = query.sort?.length ? query.sort : [{ fieldName: 'createdDate', order: 'ASC' }];
  const violations: FieldViolation[] = [];
  sort.forEach((s, i) => {
    if (!(SORT_FIELDS as readonly string[]).includes(s.fieldName ?? '')) {
      const description = `cannot sort by "${s.fieldName}"; use createdDate or name`;
      violations.push({ field: `query.sort[${i}].fieldName`, description });
    }
  });
  const limit = query.paging?.limit ?? DEFAULT_LIMIT;
  const offset = query.paging?.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_LIMIT)
    violations.push({ field: 'query.paging.limit', description: `must be 0 to ${MAX_LIMIT}` });
  if (!Number.isInteger(offset) || offset < 0)
    violations.push({ field: 'query.paging.offset', description: 'must be 0 or more' });
  if (violations.length) return { ok: false, violations };
  const matching = apps.filter(compiled.test).sort((a, b) => {
    for (const { fieldName, order } of sort) {
      const key = fieldName === 'name' ? 'name' : 'createdDate';
      const diff = a[key].localeCompare(b[key]);
      if (diff) return order === 'DESC' ? -diff : diff;
    }
    return a.id.localeCompare(b.id);
  });
  return {
    ok: true,
    items: matching.slice(offset, offset + limit),
    offset,
    total: matching.length,
  };
}
