import { describe, expect, it } from 'vitest';
import { phaseAt, planTimeline } from './timeline';

describe('planTimeline', () => {
  it('warms up for a minute and puts the outage in the middle of the rest', () => {
    expect(planTimeline(10, 30)).toEqual({
      warmUpEnd: 60_000,
      outageStart: 315_000,
      outageEnd: 345_000,
      end: 600_000,
    });
  });

  it('warms up for a quarter of a short run', () => {
    expect(planTimeline(2, 30)).toEqual({
      warmUpEnd: 30_000,
      outageStart: 60_000,
      outageEnd: 90_000,
      end: 120_000,
    });
  });
});

describe('phaseAt', () => {
  const timeline = planTimeline(2, 30);
  it.each([
    [0, 'warm-up'],
    [29_999, 'warm-up'],
    [30_000, 'before'],
    [59_999, 'before'],
    [60_000, 'outage'],
    [89_999, 'outage'],
    [90_000, 'after'],
    [200_000, 'after'],
  ])('puts a request sent at %i ms in %s', (at, phase) => {
    expect(phaseAt(timeline, at)).toBe(phase);
  });
});
