import { describe, expect, it } from 'vitest';
import { createSingleFlight } from './single-flight';

describe('createSingleFlight', () => {
  it('shares one call per key while it is in flight, then starts afresh', async () => {
    const shared = createSingleFlight<number>();
    let calls = 0;
    const work = () => Promise.resolve(++calls);
    expect(await Promise.all([shared('a', work), shared('a', work), shared('b', work)])).toEqual([
      1, 1, 2,
    ]);
    expect(await shared('a', work)).toBe(3);
  });

  it('shares a failure too, and forgets it once settled', async () => {
    const shared = createSingleFlight<number>();
    let calls = 0;
    const failing = () => Promise.reject(new Error(`no ${++calls}`));
    const results = await Promise.allSettled([shared('k', failing), shared('k', failing)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    await expect(shared('k', failing)).rejects.toThrow('no 2');
  });
});
