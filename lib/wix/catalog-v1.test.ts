import { describe, expect, it } from 'vitest';
import { buildV1Query, searchWords } from './catalog-v1';

describe('searchWords', () => {
  it('splits, lowercases and caps the words of a search', () => {
    expect(searchWords('  Linen   SHIRT ')).toEqual(['linen', 'shirt']);
    expect(searchWords('')).toEqual([]);
    expect(searchWords(undefined)).toEqual([]);
    expect(searchWords('a b c d e f g')).toHaveLength(5);
  });
});

describe('buildV1Query', () => {
  const base = { sort: 'featured' as const, page: 1, pageSize: 12 };

  it('asks for everything on the first page by default', () => {
    expect(buildV1Query(base)).toEqual({ filter: {}, sort: [], paging: { limit: 12, offset: 0 } });
  });

  it('ANDs the collection and every search word, each matched anywhere in the name', () => {
    expect(buildV1Query({ ...base, collectionId: 'c1', search: 'Linen shirt', page: 3 })).toEqual({
      filter: {
        $and: [
          { collectionIds: { $hasSome: ['c1'] } },
          { name: { $contains: 'linen' } },
          { name: { $contains: 'shirt' } },
        ],
      },
      sort: [],
      paging: { limit: 12, offset: 24 },
    });
  });

  it.each([
    ['price-asc', [{ fieldName: 'price', order: 'ASC' }]],
    ['price-desc', [{ fieldName: 'price', order: 'DESC' }]],
    ['newest', [{ fieldName: 'numericId', order: 'DESC' }]],
    ['name', [{ fieldName: 'name', order: 'ASC' }]],
  ] as const)('sorts %s', (sort, expected) => {
    expect(buildV1Query({ ...base, sort }).sort).toEqual(expected);
  });
});
