import { describe, expect, it } from 'vitest';
import { Recorder } from './recorder';
import { planTimeline } from './timeline';

// 2 minutes: warm-up until 30 s, outage from 60 s to 90 s.
const timeline = planTimeline(2, 30);

describe('Recorder', () => {
  it('gives p50 and p99 per route per measured phase, warm-up left out', () => {
    const recorder = new Recorder(timeline);
    recorder.record('product', '/products/a', 1_000, 5_000, { kind: 'ok' }, 200);
    for (let i = 1; i <= 100; i++)
      recorder.record('product', '/products/a', 40_000, i, { kind: 'ok' }, 200);
    recorder.record('product', '/products/a', 70_000, 900, { kind: 'ok' }, 200);
    expect(recorder.summary()).toEqual([
      {
        route: 'product',
        phases: {
          before: { count: 100, p50: 50, p99: 99 },
          outage: { count: 1, p50: 900, p99: 900 },
        },
      },
    ]);
    expect(recorder.counts.ok).toBe(102);
  });

  it('groups failures and unexpected 4xx by route, phase and kind, with one path each', () => {
    const recorder = new Recorder(timeline);
    const failure = { kind: 'failure', reason: "500 with Next's bare error page" } as const;
    recorder.record('search', '/products', 65_000, 10, failure, 500);
    recorder.record('search', '/products', 66_000, 10, failure, 500);
    recorder.record('search', '/products', 95_000, 10, failure, 500);
    recorder.record('cart', '/cart', 95_000, 10, { kind: 'unexpected-4xx' }, 404);
    expect(recorder.failures).toEqual([
      {
        route: 'search',
        phase: 'outage',
        what: "500 with Next's bare error page",
        count: 2,
        path: '/products',
      },
      {
        route: 'search',
        phase: 'after',
        what: "500 with Next's bare error page",
        count: 1,
        path: '/products',
      },
    ]);
    expect(recorder.unexpected4xx).toEqual([
      { route: 'cart', phase: 'after', what: '404', count: 1, path: '/cart' },
    ]);
    expect(recorder.counts).toMatchObject({ failure: 3, 'unexpected-4xx': 1 });
  });

  it('counts friendly pages by phase and heading, and expected 4xx by route', () => {
    const recorder = new Recorder(timeline);
    const friendly = { kind: 'friendly', title: 'Sign-in is unavailable right now' } as const;
    recorder.record('login', '/login', 61_000, 10, friendly, 503);
    recorder.record('login', '/login', 62_000, 10, friendly, 503);
    recorder.record('login', '/login', 40_000, 10, { kind: 'expected-4xx' }, 429);
    recorder.record(
      'search',
      '/products',
      62_000,
      10,
      { kind: 'ok', degraded: 'The shop is taking a break' },
      200,
    );
    expect(Object.fromEntries(recorder.friendly)).toEqual({
      'outage\tSign-in is unavailable right now': 2,
    });
    expect(Object.fromEntries(recorder.expected4xx)).toEqual({ 'login 429': 1 });
    expect(Object.fromEntries(recorder.degraded)).toEqual({
      'outage\tsearch 200: The shop is taking a break': 1,
    });
  });

  it('ignores answers once closed (the final read of the carts)', () => {
    const recorder = new Recorder(timeline);
    recorder.close();
    recorder.record('cart', '/cart', 130_000, 10, { kind: 'failure', reason: '500' }, 500);
    expect(recorder.counts.failure).toBe(0);
    expect(recorder.summary()).toEqual([]);
  });
});
