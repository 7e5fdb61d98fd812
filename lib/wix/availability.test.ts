import { describe, expect, it } from 'vitest';
import type { Service } from './booking-types';
import { reshapeTimeSlot } from './availability';

const STAFF_TYPE = '1cd44cf8-756f-41c3-bd90-3e2ffcaf1155';
const NOW = Date.parse('2026-12-01T12:00:00Z');

const service = (type: Service['type']): Service => ({
  id: 'svc',
  slug: 's',
  name: 'S',
  type,
  tagLine: null,
  description: null,
  category: null,
  image: null,
  durationMinutes: 60,
  price: { kind: 'free', formatted: 'Free' },
  capacity: type === 'class' ? 8 : 1,
  staff: [{ id: 'dana', name: 'Dana Wells' }],
  scheduleId: null,
  location: null,
  businessTimeZone: 'America/New_York',
});

const staffed = (...people: Array<[string, string]>) => [
  { resourceTypeId: STAFF_TYPE, resources: people.map(([_id, name]) => ({ _id, name })) },
];

describe('reshapeTimeSlot', () => {
  it('turns wall time in the answered zone into UTC instants, with the free staff', () => {
    const slot = {
      localStartDate: '2026-12-08T10:00:00',
      localEndDate: '2026-12-08T10:30:00',
      bookable: true,
      availableResources: staffed(['anna', 'Anna Berg'], ['ben', 'Ben Ortiz']),
    };
    expect(reshapeTimeSlot(slot, service('appointment'), 'America/New_York', NOW)).toEqual({
      start: '2026-12-08T15:00:00.000Z',
      end: '2026-12-08T15:30:00.000Z',
      staff: [
        { id: 'anna', name: 'Anna Berg' },
        { id: 'ben', name: 'Ben Ortiz' },
      ],
      placesLeft: null,
      eventId: null,
    });
    // The same slot asked in Tokyo's wall time is the same instant.
    const tokyo = {
      ...slot,
      localStartDate: '2026-12-09T00:00:00',
      localEndDate: '2026-12-09T00:30:00',
    };
    expect(reshapeTimeSlot(tokyo, service('appointment'), 'Asia/Tokyo', NOW)?.start).toBe(
      '2026-12-08T15:00:00.000Z',
    );
  });

  it('reads a class’s places left, event id and teacher', () => {
    const slot = {
      localStartDate: '2026-12-07T18:00:00',
      localEndDate: '2026-12-07T19:00:00',
      bookable: true,
      remainingCapacity: 5,
      eventInfo: { eventId: 'svc.123' },
    };
    expect(reshapeTimeSlot(slot, service('class'), 'America/New_York', NOW)).toEqual({
      start: '2026-12-07T23:00:00.000Z',
      end: '2026-12-08T00:00:00.000Z',
      staff: [{ id: 'dana', name: 'Dana Wells' }],
      placesLeft: 5,
      eventId: 'svc.123',
    });
  });

  it.each([
    ['not bookable', { bookable: false }],
    ['too late to book', { bookingPolicyViolations: { tooLateToBook: true } }],
    ['in the past', { localStartDate: '2026-12-01T06:00:00', localEndDate: '2026-12-01T06:30:00' }],
    ['without free staff', { availableResources: staffed() }],
    ['without a start', { localStartDate: null }],
  ])('drops a slot %s', (_, overrides) => {
    const slot = {
      localStartDate: '2026-12-08T10:00:00',
      localEndDate: '2026-12-08T10:30:00',
      bookable: true,
      availableResources: staffed(['anna', 'Anna Berg']),
      ...overrides,
    };
    expect(reshapeTimeSlot(slot, service('appointment'), 'America/New_York', NOW)).toBeNull();
  });

  it('drops a full class', () => {
    const slot = {
      localStartDate: '2026-12-07T18:00:00',
      localEndDate: '2026-12-07T19:00:00',
      bookable: true,
      remainingCapacity: 0,
    };
    expect(reshapeTimeSlot(slot, service('class'), 'America/New_York', NOW)).toBeNull();
  });
});
