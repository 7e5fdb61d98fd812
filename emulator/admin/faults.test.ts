import { describe, expect, it } from 'vitest';
import { faultPlanSchema, noFaults, takeFault, type FaultPlan } from './faults';

const plan = (input: object): FaultPlan => ({ ...faultPlanSchema.parse(input), injected: 0 });
const never = () => 0.999;

describe('takeFault', () => {
  it('fails the next `count` calls, then none', () => {
    const p = plan({ count: 2 });
    const taken = Array.from({ length: 4 }, () => takeFault(p, '/ecom/v2/carts/current', never));
    expect(taken).toEqual([true, true, false, false]);
    expect(p).toMatchObject({ count: 0, injected: 2, status: 503 });
  });

  it('fails each call with the given probability', () => {
    const draws = [0.5, 0.009, 0.01, 0.2];
    const p = plan({ rate: 0.01 });
    const taken = draws.map((d) => takeFault(p, '/stores/v3/products/search', () => d));
    expect(taken).toEqual([false, true, false, false]);
    expect(p.injected).toBe(1);
  });

  it('only fails the paths it is told to', () => {
    const p = plan({ count: 1, path: '/ecom/' });
    expect(takeFault(p, '/stores/v3/products/search', never)).toBe(false);
    expect(takeFault(p, '/ecom/v2/carts/current', never)).toBe(true);
    expect(p.count).toBe(0);
  });

  it('injects nothing without a plan', () => {
    const p = noFaults();
    expect(takeFault(p, '/oauth2/token', () => 0)).toBe(false);
  });
});

describe('faultPlanSchema', () => {
  it('takes 429 and 5xx answers with an optional Retry-After', () => {
    expect(faultPlanSchema.parse({ count: 1, status: 429, retryAfter: 2 })).toMatchObject({
      count: 1,
      rate: 0,
      status: 429,
      retryAfter: 2,
    });
  });

  it.each([
    { status: 404 },
    { status: 200 },
    { rate: 2 },
    { count: -1 },
    { path: 'ecom' },
    { down: true },
  ])('refuses %j', (input) => {
    expect(faultPlanSchema.safeParse(input).success).toBe(false);
  });
});
