import { fail } from './field-spec';

export interface OffsetPage<T> {
  items: T[];
  metadata: { count: number; offset: number; total: number };
}

function limitOf(value: unknown, fallback: number, max: number, at: string): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    return fail(at, `must be a whole number from 0 to ${max}`);
  }
  return value;
}

/** Offset paging (Stores V1, collections): `paging {limit, offset}`, `metadata.total`. */
export function offsetPage<T>(
  docs: readonly T[],
  paging: unknown,
  { defaultLimit = 50, maxLimit = 100, at = 'paging' } = {},
): OffsetPage<T> {
  const { limit, offset } = (paging ?? {}) as { limit?: unknown; offset?: unknown };
  const size = limitOf(limit, defaultLimit, maxLimit, `${at}.limit`);
  const start = limitOf(offset, 0, Number.MAX_SAFE_INTEGER, `${at}.offset`);
  const items = docs.slice(start, start + size);
  return { items, metadata: { count: items.length, offset: start, total: docs.length } };
}

export interface CursorPagingMetadata {
  count: number;
  cursors: { next: string | null; prev: string | null };
  hasNext: boolean;
}

/** One cursor page from `offset`; the caller turns offsets into cursors. */
export function cursorWindow<T>(
  docs: readonly T[],
  offset: number,
  limit: number,
): { items: T[]; nextOffset: number | null; prevOffset: number | null } {
  const items = docs.slice(offset, offset + limit);
  const nextOffset = offset + limit < docs.length ? offset + limit : null;
  const prevOffset = offset > 0 ? Math.max(0, offset - limit) : null;
  return { items, nextOffset, prevOffset };
}

export function cursorLimit(value: unknown, at: string, fallback = 100, max = 100): number {
  return limitOf(value, fallback, max, at) || fallback;
}
