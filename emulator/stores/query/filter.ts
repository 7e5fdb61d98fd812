import { fail, fieldValues, type FieldDef, type FieldSpec } from './field-spec';

export type Predicate = (doc: unknown) => boolean;

const COMPARE = ['$gt', '$gte', '$lt', '$lte'] as const;
const BY_TYPE: Record<FieldDef['type'], readonly string[]> = {
  string: [
    '$eq',
    '$ne',
    '$in',
    '$nin',
    '$exists',
    '$isEmpty',
    '$startsWith',
    '$endsWith',
    '$contains',
    ...COMPARE,
  ],
  number: ['$eq', '$ne', '$in', '$nin', '$exists', '$isEmpty', ...COMPARE],
  date: ['$eq', '$ne', '$in', '$nin', '$exists', '$isEmpty', ...COMPARE],
  boolean: ['$eq', '$ne', '$in', '$nin', '$exists', '$isEmpty'],
  array: ['$eq', '$ne', '$in', '$nin', '$exists', '$isEmpty', '$hasSome', '$hasAll'],
  items: ['$matchItems', '$exists', '$isEmpty'],
};

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Turns a Wix query-language filter into a predicate; throws QueryError on anything unknown. */
export function compileFilter(filter: unknown, spec: FieldSpec, at = 'filter'): Predicate {
  if (filter === undefined || filter === null) return () => true;
  if (!isPlainObject(filter)) return fail(at, 'must be an object');
  const parts: Predicate[] = Object.entries(filter).map(([key, value]) => {
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(value)) return fail(`${at}.${key}`, 'must be an array of filters');
      const subs = value.map((f, i) => compileFilter(f, spec, `${at}.${key}[${i}]`));
      return key === '$and'
        ? (doc) => subs.every((p) => p(doc))
        : (doc) => subs.some((p) => p(doc));
    }
    if (key === '$not') {
      const sub = compileFilter(value, spec, `${at}.$not`);
      return (doc) => !sub(doc);
    }
    if (key.startsWith('$')) return fail(`${at}.${key}`, `unknown operator ${key}`);
    const def = spec[key];
    if (!def) return fail(`${at}.${key}`, `filtering on "${key}" is not supported`);
    return compileField(key, def, value, `${at}.${key}`);
  });
  return (doc) => parts.every((p) => p(doc));
}

function compileField(name: string, def: FieldDef, condition: unknown, at: string): Predicate {
  const isOperators =
    isPlainObject(condition) &&
    Object.keys(condition).length > 0 &&
    Object.keys(condition).every((k) => k.startsWith('$'));
  const ops = isOperators ? Object.entries(condition) : [['$eq', condition] as const];
  const allowed = def.ops ?? BY_TYPE[def.type];
  const parts = ops.map(([op, operand]): Predicate => {
    if (!allowed.includes(op))
      return fail(`${at}.${op}`, `operator ${op} is not supported on "${name}"`);
    const test = operator(op, operand, def, `${at}.${op}`);
    return (doc) => test(fieldValues(doc, name, def));
  });
  return (doc) => parts.every((p) => p(doc));
}

type Test = (values: unknown[]) => boolean;

function operator(op: string, operand: unknown, def: FieldDef, at: string): Test {
  const present = (vs: unknown[]) => vs.some((v) => v !== null && v !== '');
  switch (op) {
    case '$eq':
      if (operand === null) return (vs) => !present(vs);
      return matchesAny(scalar(operand, def, at));
    case '$ne':
      if (operand === null) return present;
      return negate(matchesAny(scalar(operand, def, at)));
    case '$in':
    case '$hasSome':
      return matchesAny(...list(operand, def, at));
    case '$nin':
      return negate(matchesAny(...list(operand, def, at)));
    case '$hasAll': {
      const wanted = list(operand, def, at);
      return (vs) => wanted.every((w) => matchesAny(w)(vs));
    }
    case '$exists':
      return boolean(operand, at) ? present : negate(present);
    case '$isEmpty':
      return boolean(operand, at) ? negate(present) : present;
    case '$gt':
    case '$gte':
    case '$lt':
    case '$lte':
      return compare(op, scalar(operand, def, at));
    case '$startsWith':
    case '$endsWith':
    case '$contains':
      return text(op, operand, at);
    case '$matchItems':
      return matchItems(operand, def, at);
    default:
      return fail(at, `unknown operator ${op}`);
  }
}

const negate =
  (test: Test): Test =>
  (vs) =>
    !test(vs);

function matchesAny(...wanted: Comparable[]): Test {
  return (vs) => vs.some((v) => wanted.some((w) => normalize(v, w) === w));
}

function compare(op: string, bound: Comparable): Test {
  return (vs) =>
    vs.some((v) => {
      const value = normalize(v, bound);
      if (value === null || typeof value !== typeof bound) return false;
      if (op === '$gt') return value > bound;
      if (op === '$gte') return value >= bound;
      if (op === '$lt') return value < bound;
      return value <= bound;
    });
}

// Wix compares text case-insensitively for these three operators.
function text(op: string, operand: unknown, at: string): Test {
  if (typeof operand !== 'string') return fail(at, 'must be a string');
  const needle = operand.toLowerCase();
  return (vs) =>
    vs.some((v) => {
      if (typeof v !== 'string') return false;
      const hay = v.toLowerCase();
      if (op === '$startsWith') return hay.startsWith(needle);
      if (op === '$endsWith') return hay.endsWith(needle);
      return hay.includes(needle);
    });
}

function matchItems(operand: unknown, def: FieldDef, at: string): Test {
  if (!def.items) return fail(at, '$matchItems needs an item field');
  const filters = Array.isArray(operand) ? operand : [operand];
  const subs = filters.map((f, i) => compileFilter(f, def.items ?? {}, `${at}[${i}]`));
  return (vs) => vs.some((item) => subs.every((p) => p(item)));
}

type Comparable = string | number | boolean;

/** The operand in the field's type, so "20" and 20 compare equal on a number field. */
function scalar(value: unknown, def: FieldDef, at: string): Comparable {
  if (def.type === 'number') {
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isFinite(n)) return fail(at, 'must be a number');
    return n;
  }
  if (def.type === 'date') {
    const t = typeof value === 'string' ? Date.parse(value) : NaN;
    if (Number.isNaN(t)) return fail(at, 'must be an ISO date-time');
    return t;
  }
  if (def.type === 'boolean') return boolean(value, at);
  if (typeof value !== 'string') return fail(at, 'must be a string');
  return value;
}

function list(value: unknown, def: FieldDef, at: string): Comparable[] {
  if (!Array.isArray(value)) return fail(at, 'must be an array');
  return value.map((v, i) =>
    scalar(v, { ...def, type: def.type === 'array' ? 'string' : def.type }, `${at}[${i}]`),
  );
}

function boolean(value: unknown, at: string): boolean {
  if (typeof value !== 'boolean') return fail(at, 'must be true or false');
  return value;
}

/** A document value in the operand's type (numbers from decimal strings, dates to epoch ms). */
export function normalize(value: unknown, like: Comparable): Comparable | null {
  if (typeof like === 'number') {
    if (typeof value === 'number') return value;
    if (typeof value !== 'string') return null;
    const n = /^\d{4}-\d\d-\d\dT/.test(value) ? Date.parse(value) : Number(value);
    return Number.isNaN(n) ? null : n;
  }
  return typeof value === typeof like ? (value as Comparable) : null;
}
