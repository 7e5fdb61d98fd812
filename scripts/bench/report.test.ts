import { describe, expect, it } from 'vitest';
import { formatTable, missedTargets, toRows, type Measurement } from './report';

const m = (route: string, rps: number, upstream = 0, grants = 0): Measurement => ({
  route,
  withCookie: false,
  requestsPerSecond: rps,
  p50: 5,
  p99: 20,
  views: 10_000,
  upstreamCalls: upstream,
  anonymousGrants: grants,
});

describe('bench report', () => {
  const rows = toRows(
    [m('/robots.txt', 2000), m('/', 1000, 10, 0), m('/products', 500, 100, 1)],
    '/robots.txt',
    {
      '/': 112,
    },
  );

  it('computes ratios against the baseline and rates per 1,000 views', () => {
    expect(rows[1]).toMatchObject({
      baselineRatio: 0.5,
      upstreamPer1000: 1,
      grantsPer1000: 0,
      firstLoadKb: 112,
    });
    expect(rows[2]).toMatchObject({ baselineRatio: 0.25, upstreamPer1000: 10, grantsPer1000: 0.1 });
  });

  it('names every missed target', () => {
    expect(missedTargets(rows, '/robots.txt')).toEqual([
      "/products (without cookie): 25% of the baseline's req/s",
      '/products (without cookie): 10.0 upstream calls per 1,000 views',
    ]);
  });

  it('holds cart rows to their own target, and catalog views with a cart to zero Wix calls', () => {
    const cart = toRows(
      [
        { ...m('/robots.txt', 2000), withCookie: true },
        { ...m('/', 1000, 1), withCookie: true },
        { ...m('/cart', 100, 10_000), kind: 'cart', withCookie: true },
        { ...m('POST add to cart', 50, 20_000), kind: 'cart', withCookie: true },
      ],
      '/robots.txt',
      {},
    );
    expect(missedTargets(cart, '/robots.txt')).toEqual([
      '/ (with cookie): 0.1 Wix calls per 1,000 views with a cart',
      'POST add to cart (with cookie): 2.00 Wix calls per request',
    ]);
  });

  it('holds a calendar month to at most two Wix calls per view', () => {
    const calendar = toRows(
      [
        { ...m('/robots.txt', 2000), withCookie: true },
        { ...m('month, coalesced', 300, 8_000), kind: 'calendar', withCookie: true },
        { ...m('month, uncoalesced', 300, 25_000), kind: 'calendar', withCookie: true },
      ],
      '/robots.txt',
      {},
    );
    expect(missedTargets(calendar, '/robots.txt')).toEqual([
      'month, uncoalesced (with cookie): 2.50 Wix calls per request',
    ]);
  });

  it('prints an aligned table', () => {
    const table = formatTable(rows).split('\n');
    expect(table[0]).toMatch(/^route\s+cookie\s+req\/s/);
    expect(table).toHaveLength(4);
  });
});
