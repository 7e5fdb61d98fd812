import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor';
import { QueryError, type FieldSpec } from './field-spec';
import { offsetPage } from './paging';
import { runCursorQuery, runOffsetQuery } from './run';
import { searchScore, wordsOf } from './search-text';
import { parseSort, sortDocs } from './sort';

const SPEC: FieldSpec = {
  id: { type: 'string' },
  name: { type: 'string', sortable: true },
  amount: { type: 'number', sortable: true },
  createdDate: { type: 'date', sortable: true },
};
const DOCS = Array.from({ length: 23 }, (_, i) => ({
  id: `p${i}`,
  name: `Item ${String.fromCharCode(97 + ((i * 7) % 23))}`,
  amount: String((i * 13) % 50),
  createdDate: new Date(Date.UTC(2024, 0, 1 + ((i * 5) % 23))).toISOString(),
}));

describe('sort', () => {
  it('sorts numbers numerically (decimal strings too), dates by time, both directions', () => {
    const asc = sortDocs(DOCS, parseSort([{ fieldName: 'amount', order: 'ASC' }], SPEC), SPEC);
    expect(asc.map((d) => Number(d.amount))).toEqual(
      [...asc.map((d) => Number(d.amount))].sort((a, b) => a - b),
    );
    const desc = sortDocs(
      DOCS,
      parseSort([{ fieldName: 'createdDate', order: 'DESC' }], SPEC),
      SPEC,
    );
    expect((desc[0]?.createdDate ?? '') >= (desc[1]?.createdDate ?? '')).toBe(true);
  });

  it('keeps the input order for ties and without sort', () => {
    expect(sortDocs(DOCS, [], SPEC)).toEqual(DOCS);
  });

  it('refuses unsortable fields and bad orders', () => {
    expect(() => parseSort([{ fieldName: 'id' }], SPEC)).toThrow(QueryError);
    expect(() => parseSort([{ fieldName: 'name', order: 'UP' }], SPEC)).toThrow(QueryError);
    expect(() => parseSort({ fieldName: 'name' }, SPEC)).toThrow(QueryError);
  });
});

describe('offset paging', () => {
  it('returns count, offset and total', () => {
    const page = offsetPage(DOCS, { limit: 5, offset: 20 });
    expect(page.items.map((d) => d.id)).toEqual(['p20', 'p21', 'p22']);
    expect(page.metadata).toEqual({ count: 3, offset: 20, total: 23 });
  });

  it('defaults to 50 and refuses more than 100 or negative offsets', () => {
    expect(offsetPage(DOCS, undefined).items).toHaveLength(23);
    expect(() => offsetPage(DOCS, { limit: 101 })).toThrow(QueryError);
    expect(() => offsetPage(DOCS, { offset: -1 })).toThrow(QueryError);
  });

  it('filters, sorts and pages in one call', () => {
    const page = runOffsetQuery(
      DOCS,
      { filter: { amount: { $lt: 10 } }, sort: [{ fieldName: 'amount' }], paging: { limit: 2 } },
      SPEC,
    );
    expect(page.metadata.total).toBe(DOCS.filter((d) => Number(d.amount) < 10).length);
    expect(page.items.map((d) => d.amount)).toEqual(['0', '2']);
  });
});

describe('cursor paging', () => {
  it('round-trips a cursor and refuses foreign ones', () => {
    const state = { filter: { a: 1 }, sort: [{ fieldName: 'name' }], offset: 4 };
    expect(decodeCursor(encodeCursor(state))).toEqual(state);
    expect(() => decodeCursor('CUR2')).toThrow(QueryError);
    expect(() => decodeCursor('emu1.!!!')).toThrow(QueryError);
    expect(() => decodeCursor(encodeCursor({ offset: -3 }))).toThrow(QueryError);
  });

  it('walks every page with only the cursor, without gaps or duplicates', () => {
    const query = {
      filter: { amount: { $gte: 5 } },
      sort: [{ fieldName: 'name', order: 'DESC' }],
      cursorPaging: { limit: 4 },
    };
    const expected = runOffsetQuery(DOCS, { ...query, paging: { limit: 100 } }, SPEC).items.map(
      (d) => d.id,
    );
    const seen: string[] = [];
    let page = runCursorQuery(DOCS, query, SPEC);
    expect(page.pagingMetadata.cursors.prev).toBeNull();
    for (;;) {
      seen.push(...page.items.map((d) => d.id));
      expect(page.pagingMetadata.count).toBe(page.items.length);
      const next = page.pagingMetadata.cursors.next;
      expect(page.pagingMetadata.hasNext).toBe(next !== null);
      if (!next) break;
      page = runCursorQuery(DOCS, { cursorPaging: { cursor: next, limit: 4 } }, SPEC);
      expect(page.pagingMetadata.cursors.prev).not.toBeNull();
    }
    expect(seen).toEqual(expected);
  });
});

describe('free-text search', () => {
  it('matches word starts anywhere, case-insensitively, markup ignored', () => {
    expect(wordsOf('<p>Classic <strong>Linen</strong> T-Shirt</p>')).toEqual([
      'classic',
      'linen',
      't',
      'shirt',
    ]);
    expect(searchScore('linen', ['Classic Linen Shirt'])).toBeGreaterThan(0);
    expect(searchScore('LIN', ['Classic Linen Shirt'])).toBeGreaterThan(0);
    expect(searchScore('inen', ['Classic Linen Shirt'])).toBe(0);
    expect(searchScore('wool linen', ['Classic Linen Shirt'])).toBeGreaterThan(0);
    expect(searchScore('wool linen', ['Classic Linen Shirt'], 'AND')).toBe(0);
    expect(searchScore('linen', ['Shirt', 'made of linen'])).toBeLessThan(
      searchScore('linen', ['Linen', '']),
    );
  });
});
