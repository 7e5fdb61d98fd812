import { describe, expect, it } from 'vitest';
import { formatReport, formatRoutes, missedTargets, type SoakFigures } from './report';

const MB = 1024 * 1024;

function figures(overrides: Partial<SoakFigures> = {}): SoakFigures {
  return {
    requests: { ok: 1000, 'expected-4xx': 2, friendly: 5, 'unexpected-4xx': 0, failure: 0 },
    routes: [],
    friendly: { 'outage\tSign-in is unavailable right now': 5 },
    degraded: {},
    expected4xx: { 'login 429': 2 },
    failures: [],
    unexpected4xx: [],
    rss: { start: 200 * MB, middle: 205 * MB, end: 210 * MB, peak: 230 * MB },
    cart: {
      expected: 10,
      found: 6,
      ordered: 4,
      lost: 0,
      extra: 0,
      mismatches: [],
      unread: [],
      adds: 8,
      failedAdds: { unavailable: 3 },
      checkouts: 1,
      failedCheckouts: {},
      carried: 2,
      ordersFromCheckoutPage: 0,
      leftBehind: { signIns: 3, carried: 2, stillThere: 0, unread: 0 },
    },
    wix: { calls: 500, injected: 5 },
    journeyErrors: {},
    ...overrides,
  };
}

describe('missedTargets', () => {
  it('misses nothing when every target is met', () => {
    expect(missedTargets(figures())).toEqual([]);
  });

  it('names each missed target', () => {
    const missed = missedTargets(
      figures({
        requests: { ok: 1, 'expected-4xx': 0, friendly: 0, 'unexpected-4xx': 2, failure: 3 },
        rss: { start: 200 * MB, middle: 210 * MB, end: 220 * MB, peak: 220 * MB },
        cart: { ...figures().cart, lost: 1, extra: 2, unread: ['member'] },
      }),
    );
    expect(missed).toEqual([
      '3 storefront answers were 5xx other than the friendly 503, or no answer (target 0)',
      '2 storefront answers were an unexpected 4xx (target 0)',
      'RSS grew 10.0% after warm-up (target < 10%)',
      'cart: 1 units lost and 2 unexpected (target: equal)',
      '1 carts could not be read at the end',
    ]);
  });

  it('fails a run in which no add succeeded: its cart figures would prove nothing', () => {
    expect(missedTargets(figures({ cart: { ...figures().cart, adds: 0 } }))).toEqual([
      'no add to the cart succeeded, so nothing was checked',
    ]);
  });
});

describe('formatReport', () => {
  it('prints the failures, the friendly pages, RSS and the cart figures', () => {
    const text = formatReport(
      figures({
        requests: { ok: 1000, 'expected-4xx': 2, friendly: 5, 'unexpected-4xx': 0, failure: 2 },
        failures: [
          {
            route: 'search',
            phase: 'outage',
            what: '500 with the shop page and its error boundary',
            count: 2,
            path: '/products',
          },
        ],
      }),
    );
    expect(text).toContain(
      '1000 ok, 2 expected 4xx, 5 friendly 503, 0 unexpected 4xx, 2 other 5xx or no answer (target 0).',
    );
    expect(text).toContain(
      '  search, outage: 2 × 500 with the shop page and its error boundary (e.g. /products)',
    );
    expect(text).toContain('  outage: Sign-in is unavailable right now: 5');
    expect(text).toContain(
      '200 MB after warm-up, 210 MB at the end (5.0%, target < 10%), peak 230 MB',
    );
    expect(text).toContain('8 adds answered as done (10 units; 2 units carried');
    expect(text).toContain(
      'Found at the end: 6 units in carts + 4 units ordered; lost 0, unexpected 0',
    );
  });
});

describe('formatRoutes', () => {
  it('lines up p50 / p99 (count) per phase, with a dash where a route had no request', () => {
    const table = formatRoutes([
      {
        route: 'product',
        phases: {
          before: { count: 10, p50: 12.4, p99: 80.6 },
          after: { count: 3, p50: 9, p99: 20 },
        },
      },
    ]);
    expect(table.split('\n')).toEqual([
      'route    before: p50 / p99 (n)  outage: p50 / p99 (n)  after: p50 / p99 (n)',
      'product  12 / 81 ms (10)        –                      9 / 20 ms (3)',
    ]);
  });
});
