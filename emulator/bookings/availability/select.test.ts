import { describe, expect, it } from 'vitest';
import type { ComputedSlot } from '../slots/engine';
import { capPerDay, matchViolations, narrowToResources, STAFF_RESOURCE_TYPE_ID } from './select';

const HOUR = 3_600_000;
const slot = (hour: number, extra: Partial<ComputedSlot> = {}): ComputedSlot => ({
  serviceId: 's',
  startMs: hour * HOUR,
  endMs: hour * HOUR + HOUR / 2,
  freeStaffIds: ['a', 'b'],
  capacity: 2,
  remaining: 2,
  eventId: null,
  bookable: true,
  tooLateToBook: false,
  ...extra,
});
const staff = (ids: string[]) => [{ resourceTypeId: STAFF_RESOURCE_TYPE_ID, resourceIds: ids }];

describe('narrowToResources', () => {
  it('keeps only the named staff and drops times where none of them is free', () => {
    const slots = [slot(1), slot(2, { freeStaffIds: ['b'], remaining: 1 })];
    expect(narrowToResources(slots, staff(['a']))).toEqual([
      { ...slots[0], freeStaffIds: ['a'], remaining: 1 },
    ]);
    expect(narrowToResources(slots, staff(['a', 'b']))).toHaveLength(2);
  });

  it('no filter or no ids changes nothing; another resource type matches nothing', () => {
    const slots = [slot(1)];
    expect(narrowToResources(slots, null)).toBe(slots);
    expect(narrowToResources(slots, staff([]))).toBe(slots);
    expect(narrowToResources(slots, [{ resourceTypeId: 'room', resourceIds: ['r'] }])).toEqual([]);
  });

  it('leaves a class’s capacity alone', () => {
    const yoga = slot(1, { eventId: 's.1', freeStaffIds: ['t'], capacity: 8, remaining: 5 });
    expect(narrowToResources([yoga], staff(['t']))).toEqual([yoga]);
  });
});

describe('capPerDay', () => {
  const day = (s: ComputedSlot) => String(Math.floor(s.startMs / (24 * HOUR)));

  it('keeps the first n of each day, bookable ones first, in start order', () => {
    const slots = [slot(9, { bookable: false }), slot(10), slot(11), slot(33)];
    expect(capPerDay(slots, 1, day).map((s) => s.startMs / HOUR)).toEqual([10, 33]);
    expect(capPerDay(slots, 2, day).map((s) => s.startMs / HOUR)).toEqual([10, 11, 33]);
    expect(capPerDay(slots, 3, day).map((s) => s.startMs / HOUR)).toEqual([9, 10, 11, 33]);
    expect(capPerDay(slots, null, day)).toBe(slots);
  });
});

describe('matchViolations', () => {
  it('filters on tooLateToBook and bookOnlineDisabled; tooEarlyToBook is never true here', () => {
    const slots = [slot(1, { tooLateToBook: true, bookable: false }), slot(5)];
    const online = () => true;
    expect(matchViolations(slots, { tooLateToBook: true }, online)).toEqual([slots[0]]);
    expect(matchViolations(slots, { tooLateToBook: false }, online)).toEqual([slots[1]]);
    expect(matchViolations(slots, { tooEarlyToBook: true }, online)).toEqual([]);
    expect(matchViolations(slots, { bookOnlineDisabled: true }, online)).toEqual([]);
    expect(matchViolations(slots, null, online)).toBe(slots);
  });
});
