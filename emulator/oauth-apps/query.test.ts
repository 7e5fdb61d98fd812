import { describe, expect, it } from 'vitest';
import type { OAuthApp } from '../store/schema';
import { runQuery } from './query';

const app = (id: string, name: string, createdDate: string): OAuthApp => ({
  id,
  name,
  createdDate,
  description: '',
  allowedRedirectUris: [],
  allowedRedirectDomains: [],
  loginUrl: null,
  logoutUrl: null,
  applicationType: 'WEB_APP',
  technology: 'REACT',
  allowSecretGeneration: true,
  secretHash: null,
});
const apps = [
  app('a', 'Shop', '2024-01-02T00:00:00.000Z'),
  app('b', 'App', '2024-01-03T00:00:00.000Z'),
  app('c', 'Store', '2024-01-01T00:00:00.000Z'),
];
const names = (query: Parameters<typeof runQuery>[1]) => {
  const result = runQuery(apps, query);
  return result.ok ? result.items.map((a) => a.name) : result.violations;
};

describe('runQuery', () => {
  it('defaults to oldest first', () => expect(names({})).toEqual(['Store', 'Shop', 'App']));

  it('filters with eq, $eq, $ne, $in, $startsWith, $and, $or and $not', () => {
    expect(names({ filter: { id: 'a' } })).toEqual(['Shop']);
    expect(names({ filter: { name: { $eq: 'App' } } })).toEqual(['App']);
    expect(names({ filter: { id: { $in: ['a', 'b'] } } })).toEqual(['Shop', 'App']);
    expect(names({ filter: { name: { $startsWith: 'S' }, id: { $ne: 'a' } } })).toEqual(['Store']);
    expect(names({ filter: { $or: [{ id: 'a' }, { id: 'b' }] } })).toEqual(['Shop', 'App']);
    expect(names({ filter: { $not: { id: 'a' } } })).toEqual(['Store', 'App']);
  });

  it('sorts by name or createdDate and pages by offset', () => {
    expect(names({ sort: [{ fieldName: 'name', order: 'ASC' }] })).toEqual([
      'App',
      'Shop',
      'Store',
    ]);
    expect(names({ sort: [{ fieldName: 'createdDate', order: 'DESC' }] })).toEqual([
      'App',
      'Shop',
      'Store',
    ]);
    const page = runQuery(apps, { paging: { limit: 1, offset: 1 } });
    expect(page).toMatchObject({ ok: true, offset: 1, total: 3 });
    expect(page.ok && page.items.map((a) => a.id)).toEqual(['a']);
  });

  it('refuses unknown fields, operators, sorts and bad paging', () => {
    expect(names({ filter: { secretHash: 'x' } })).toEqual([
      expect.objectContaining({ field: 'query.filter.secretHash' }),
    ]);
    expect(names({ filter: { name: { $regex: '.*' } } })).toEqual([
      expect.objectContaining({ field: 'query.filter.name.$regex' }),
    ]);
    expect(names({ sort: [{ fieldName: 'secret' }], paging: { limit: 500 } })).toHaveLength(2);
  });
});
