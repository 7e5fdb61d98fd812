import { describe, expect, it } from 'vitest';
import type { FreeSlot } from '../wix/booking-types';
import { groupSlotsByDay } from './slots-by-day';

const slot = (start: string, minutes = 60): FreeSlot => ({
  start,
  end: new Date(Date.parse(start) + minutes * 60_000).toISOString(),
  staff: [{ id: 'anna', name: 'Anna Berg' }],
  placesLeft: null,
  eventId: null,
});

const starts = (days: Map<string, FreeSlot[]>) =>
  Object.fromEntries([...days].map(([day, slots]) => [day, slots.map((s) => s.start)]));

describe('groupSlotsByDay', () => {
  it('groups by the business day in New York, in order', () => {
    const slots = [
      slot('2026-12-08T23:00:00.000Z'), // 6 PM Tuesday in New York
      slot('2026-12-08T15:00:00.000Z'), // 10 AM Tuesday
      slot('2026-12-09T14:00:00.000Z'), // 9 AM Wednesday
    ];
    expect(starts(groupSlotsByDay(slots, 'America/New_York'))).toEqual({
      '2026-12-08': ['2026-12-08T15:00:00.000Z', '2026-12-08T23:00:00.000Z'],
      '2026-12-09': ['2026-12-09T14:00:00.000Z'],
    });
  });

  it('puts New York slots on the next day for a shopper in Tokyo', () => {
    const slots = [slot('2026-12-08T15:00:00.000Z'), slot('2026-12-08T23:00:00.000Z')];
    // 10 AM NY = 0:00 Wednesday in Tokyo; 6 PM NY = 8:00 Wednesday in Tokyo.
    expect(starts(groupSlotsByDay(slots, 'Asia/Tokyo'))).toEqual({
      '2026-12-09': ['2026-12-08T15:00:00.000Z', '2026-12-08T23:00:00.000Z'],
    });
    // 9 AM NY is 11 PM the same day in Tokyo.
    expect([...groupSlotsByDay([slot('2026-12-08T14:00:00.000Z')], 'Asia/Tokyo').keys()]).toEqual([
      '2026-12-08',
    ]);
  });

  it('keeps the spring-forward day 2027-03-14 together (EST before 2 AM, EDT after)', () => {
    const slots = [
      slot('2027-03-14T05:30:00.000Z'), // 00:30 EST
      slot('2027-03-14T07:30:00.000Z'), // 03:30 EDT
      slot('2027-03-15T03:30:00.000Z'), // 23:30 EDT
      slot('2027-03-15T04:30:00.000Z'), // 00:30 EDT Monday
    ];
    expect(starts(groupSlotsByDay(slots, 'America/New_York'))).toEqual({
      '2027-03-14': [
        '2027-03-14T05:30:00.000Z',
        '2027-03-14T07:30:00.000Z',
        '2027-03-15T03:30:00.000Z',
      ],
      '2027-03-15': ['2027-03-15T04:30:00.000Z'],
    });
  });

  it('keeps the fall-back day 2026-11-01 together, its 25 hours and the repeated hour', () => {
    const slots = [
      slot('2026-11-01T04:00:00.000Z'), // 00:00 EDT
      slot('2026-11-01T05:30:00.000Z'), // 01:30 EDT
      slot('2026-11-01T06:30:00.000Z'), // 01:30 EST
      slot('2026-11-02T04:30:00.000Z'), // 23:30 EST
      slot('2026-11-02T05:00:00.000Z'), // 00:00 EST Monday
    ];
    const days = groupSlotsByDay(slots, 'America/New_York');
    expect(days.get('2026-11-01')).toHaveLength(4);
    expect(days.get('2026-11-02')?.map((s) => s.start)).toEqual(['2026-11-02T05:00:00.000Z']);
    expect(days.has('2026-10-31')).toBe(false);
  });

  it('answers an empty map for no slots', () => {
    expect(groupSlotsByDay([], 'UTC').size).toBe(0);
  });
});
