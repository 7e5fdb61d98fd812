import { decodeCursor, encodeCursor, type CursorState } from './cursor';
import { fail, type FieldSpec } from './field-spec';
import { compileFilter } from './filter';
import { cursorLimit, cursorWindow, offsetPage, type CursorPagingMetadata } from './paging';
import { parseSort, sortDocs } from './sort';

export interface QueryInput {
  filter?: unknown;
  sort?: unknown;
  paging?: unknown;
  cursorPaging?: { cursor?: unknown; limit?: unknown } | null;
  search?: unknown;
}

/** Filter, sort and offset-page in one go (Stores V1 products, V2 collections). */
export function runOffsetQuery<T>(
  docs: readonly T[],
  query: QueryInput,
  spec: FieldSpec,
  at = 'query',
) {
  const matches = compileFilter(query.filter, spec, `${at}.filter`);
  const sorted = sortDocs(docs.filter(matches), parseSort(query.sort, spec, `${at}.sort`), spec);
  return offsetPage(sorted, query.paging, { at: `${at}.paging` });
}

/** Narrows the filtered documents further (free-text search); keeps or reorders them. */
export type Narrow<T> = (docs: T[], state: CursorState) => T[];

/** Filter, sort and cursor-page (V3 products, categories); the cursor carries the query. */
export function runCursorQuery<T>(
  docs: readonly T[],
  query: QueryInput,
  spec: FieldSpec,
  at = 'query',
  narrow?: Narrow<T>,
): { items: T[]; pagingMetadata: CursorPagingMetadata } {
  const paging = query.cursorPaging ?? {};
  const limit = cursorLimit(paging.limit, `${at}.cursorPaging.limit`);
  let state: CursorState;
  if (paging.cursor === undefined || paging.cursor === null || paging.cursor === '') {
    state = { filter: query.filter, sort: query.sort, search: query.search, offset: 0 };
  } else if (typeof paging.cursor === 'string') {
    state = decodeCursor(paging.cursor, `${at}.cursorPaging.cursor`);
  } else {
    return fail(`${at}.cursorPaging.cursor`, 'must be a string');
  }
  const matches = compileFilter(state.filter, spec, `${at}.filter`);
  const sort = parseSort(state.sort, spec, `${at}.sort`);
  const filtered = docs.filter(matches);
  const sorted = sortDocs(narrow ? narrow(filtered, state) : filtered, sort, spec);
  const { items, nextOffset, prevOffset } = cursorWindow(sorted, state.offset, limit);
  const cursorAt = (offset: number | null) =>
    offset === null ? null : encodeCursor({ ...state, offset });
  return {
    items,
    pagingMetadata: {
      count: items.length,
      cursors: { next: cursorAt(nextOffset), prev: cursorAt(prevOffset) },
      hasNext: nextOffset !== null,
    },
  };
}
