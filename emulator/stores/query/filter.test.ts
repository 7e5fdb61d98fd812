import { describe, expect, it } from 'vitest';
import { QueryError, type FieldSpec } from './field-spec';
import { compileFilter } from './filter';

const SPEC: FieldSpec = {
  id: { type: 'string' },
  name: { type: 'string' },
  price: { type: 'number', get: (d) => (d as { price: { price: number } }).price.price },
  amount: { type: 'number' },
  createdDate: { type: 'date' },
  visible: { type: 'boolean' },
  ribbon: { type: 'string' },
  brand: { type: 'string' },
  collectionIds: { type: 'array' },
  'options.id': { type: 'array', ops: ['$hasSome', '$hasAll'] },
  categories: { type: 'items', items: { id: { type: 'string' }, index: { type: 'number' } } },
};

const DOCS = [
  {
    id: 'a',
    name: 'Classic Linen Shirt',
    price: { price: 59 },
    amount: '59',
    createdDate: '2024-03-01T00:00:00.000Z',
    visible: true,
    ribbon: 'New',
    brand: null,
    collectionIds: ['c1', 'all'],
    options: [{ id: 'o1' }],
    categories: [{ id: 'c1', index: 0 }],
  },
  {
    id: 'b',
    name: 'Organic Cotton Tee',
    price: { price: 25 },
    amount: '25',
    createdDate: '2024-02-01T00:00:00.000Z',
    visible: true,
    ribbon: '',
    brand: 'Acme',
    collectionIds: ['c2', 'all'],
    options: [],
    categories: [{ id: 'c2', index: 1 }],
  },
  {
    id: 'c',
    name: 'Relaxed Linen Trousers',
    price: { price: 79 },
    amount: '79.5',
    createdDate: '2024-04-01T00:00:00.000Z',
    visible: false,
    ribbon: 'Sale',
    brand: null,
    collectionIds: ['c1', 'c2', 'all'],
    options: [{ id: 'o1' }, { id: 'o2' }],
    categories: [],
  },
];

const ids = (filter: unknown) => DOCS.filter(compileFilter(filter, SPEC)).map((d) => d.id);

describe('compileFilter', () => {
  it('matches everything for an empty or missing filter', () => {
    expect(ids({})).toEqual(['a', 'b', 'c']);
    expect(ids(undefined)).toEqual(['a', 'b', 'c']);
  });

  it.each([
    [{ id: 'b' }, ['b']],
    [{ id: { $eq: 'b' } }, ['b']],
    [{ visible: { $ne: false } }, ['a', 'b']],
    [{ id: { $in: ['a', 'c'] } }, ['a', 'c']],
    [{ id: { $nin: ['a', 'c'] } }, ['b']],
    [{ price: { $gt: 25 } }, ['a', 'c']],
    [{ price: { $gte: 25, $lt: 79 } }, ['a', 'b']],
    [{ price: { $lte: '59' } }, ['a', 'b']],
    [{ amount: { $gt: 59 } }, ['c']],
    [{ createdDate: { $gte: '2024-03-01T00:00:00.000Z' } }, ['a', 'c']],
    [{ name: { $contains: 'LINEN' } }, ['a', 'c']],
    [{ name: { $startsWith: 'org' } }, ['b']],
    [{ name: { $endsWith: 'Shirt' } }, ['a']],
    [{ ribbon: { $exists: true } }, ['a', 'c']],
    [{ ribbon: { $exists: false } }, ['b']],
    [{ brand: null }, ['a', 'c']],
    [{ brand: { $ne: null } }, ['b']],
    [{ collectionIds: { $hasSome: ['c2', 'x'] } }, ['b', 'c']],
    [{ collectionIds: { $hasAll: ['c1', 'c2'] } }, ['c']],
    [{ collectionIds: 'c1' }, ['a', 'c']],
    [{ 'options.id': { $hasSome: ['o2'] } }, ['c']],
    [{ categories: { $matchItems: [{ id: { $in: ['c2'] } }] } }, ['b']],
    [{ $and: [{ collectionIds: { $hasSome: ['c1'] } }, { price: { $lt: 70 } }] }, ['a']],
    [{ $or: [{ id: 'a' }, { id: 'b' }] }, ['a', 'b']],
    [{ $not: { id: 'b' } }, ['a', 'c']],
  ])('%j → %j', (filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it.each([
    [{ bogus: 1 }, 'filter.bogus'],
    [{ id: { $regex: 'a' } }, 'filter.id.$regex'],
    [{ $nor: [] }, 'filter.$nor'],
    [{ 'options.id': 'o1' }, 'filter.options.id.$eq'],
    [{ price: { $gt: 'cheap' } }, 'filter.price.$gt'],
    [{ createdDate: { $lt: 'yesterday' } }, 'filter.createdDate.$lt'],
    [{ id: { $in: 'a' } }, 'filter.id.$in'],
    [{ $and: { id: 'a' } }, 'filter.$and'],
    [{ $or: [{ id: 'a' }, { nope: 1 }] }, 'filter.$or[1].nope'],
    [[1, 2], 'filter'],
  ])('refuses %j with a violation on %s', (filter, field) => {
    try {
      compileFilter(filter, SPEC);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(QueryError);
      expect((error as QueryError).violations[0]?.field).toBe(field);
    }
  });
});
