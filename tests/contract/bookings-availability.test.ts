import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCATION_ID, serviceId, staffId } from '@/emulator/bookings/seed';
import { classEventId } from '@/emulator/bookings/slots/engine';
import type { RunningEmulator } from '@/emulator/server';
import {
  createBookingsClient,
  NY,
  seedBooking,
  startBookingsEmulator,
  STAFF_TYPE,
} from './bookings-read-helpers';
import { sdkError } from './stores-helpers';

// The clock stands at Tuesday 2026-12-01 07:30 in New York (12:30Z); the lead time is 2 h.
const NOW = Date.parse('2026-12-01T12:30:00Z');
const HAIRCUT = serviceId('haircut');
const PILATES = serviceId('sunrise-pilates');
const YOGA = serviceId('yoga-flow');
const ANNA = staffId('anna');
const BEN = staffId('ben');
const PILATES_FULL = '2026-12-03T12:00:00Z'; // Thursday 07:00 EST, 5 of 5 booked

let emulator: RunningEmulator;
const client = createBookingsClient();
const { availabilityTimeSlots: slots, eventTimeSlots: events } = client;
type SlotOptions = Parameters<typeof slots.listAvailabilityTimeSlots>[0];
type EventOptions = Parameters<typeof events.listEventTimeSlots>[0];
const listSlots = async (options: SlotOptions) => {
  const res = await slots.listAvailabilityTimeSlots(options);
  return { ...res, timeSlots: res.timeSlots ?? [] };
};
const listEvents = async (options: EventOptions) => {
  const res = await events.listEventTimeSlots(options);
  return { ...res, timeSlots: res.timeSlots ?? [] };
};

beforeAll(async () => {
  emulator = await startBookingsEmulator(
    [
      seedBooking('haircut', '2026-12-08T15:00:00Z', 'anna', 30), // Tuesday 10:00
      seedBooking('sunrise-pilates', PILATES_FULL, 'dana', 45, 5),
      seedBooking('yoga-flow', '2026-12-02T23:00:00Z', 'dana', 60, 3), // Wednesday 18:00
    ],
    { now: () => NOW },
  );
});
afterAll(() => emulator.close());

const december8 = { fromLocalDate: '2026-12-08T00:00:00', toLocalDate: '2026-12-09T00:00:00' };
const names = (slot: { availableResources?: { resources?: { name?: string | null }[] }[] }) =>
  slot.availableResources?.[0]?.resources?.map((r) => r.name);

describe('availabilityTimeSlots.listAvailabilityTimeSlots', () => {
  it('a day of haircuts in New York with the free staff of each', async () => {
    const res = await listSlots({
      serviceId: HAIRCUT,
      ...december8,
      timeZone: NY,
      includeResourceTypeIds: [STAFF_TYPE],
      bookable: true,
      locations: [{ locationType: 'BUSINESS', _id: LOCATION_ID }],
    });
    expect(res.timeZone).toBe(NY);
    expect(res.timeSlots).toHaveLength(16);
    expect(res.timeSlots[0]).toMatchObject({
      serviceId: HAIRCUT,
      localStartDate: '2026-12-08T10:00:00',
      localEndDate: '2026-12-08T10:30:00',
      bookable: true,
      totalCapacity: 1,
      remainingCapacity: 1,
      scheduleId: expect.any(String),
      location: { _id: LOCATION_ID, name: 'Soho Studio', locationType: 'BUSINESS' },
      bookingPolicyViolations: { tooLateToBook: false, tooEarlyToBook: false },
      availableResources: [
        { resourceTypeId: STAFF_TYPE, resources: [{ _id: BEN, name: 'Ben Ortiz' }] },
      ],
    });
    // Anna's 10:00 booking and its 10-minute buffer also cover 10:30.
    expect(names(res.timeSlots[1] ?? {})).toEqual(['Ben Ortiz']);
    expect(names(res.timeSlots[2] ?? {})).toEqual(['Anna Berg', 'Ben Ortiz']);
    expect(res.timeSlots.at(-1)?.localStartDate).toBe('2026-12-08T17:30:00');
    expect(res.cursorPagingMetadata?.hasNext).toBe(false);
  });

  it('without includeResourceTypeIds the resources are left empty', async () => {
    const res = await listSlots({
      serviceId: HAIRCUT,
      ...december8,
      timeZone: NY,
    });
    expect(res.timeSlots[0]?.availableResources).toEqual([]);
  });

  it('in Asia/Tokyo the New York Tuesday lands on Wednesday', async () => {
    const res = await listSlots({
      serviceId: HAIRCUT,
      fromLocalDate: '2026-12-09T00:00:00',
      toLocalDate: '2026-12-10T00:00:00',
      timeZone: 'Asia/Tokyo',
    });
    expect(res.timeZone).toBe('Asia/Tokyo');
    expect(res.timeSlots.map((s) => s.localStartDate)).toHaveLength(16);
    expect(res.timeSlots[0]?.localStartDate).toBe('2026-12-09T00:00:00'); // 10:00 Tuesday in NY
    expect(res.timeSlots.at(-1)?.localEndDate).toBe('2026-12-09T08:00:00');
  });

  it('resourceTypes keeps one staff member and drops the times they are busy', async () => {
    const res = await listSlots({
      serviceId: HAIRCUT,
      ...december8,
      timeZone: NY,
      includeResourceTypeIds: [STAFF_TYPE],
      resourceTypes: [{ resourceTypeId: STAFF_TYPE, resourceIds: [ANNA] }],
    });
    expect(res.timeSlots).toHaveLength(14);
    expect(res.timeSlots[0]?.localStartDate).toBe('2026-12-08T11:00:00');
    expect(new Set(res.timeSlots.flatMap((s) => names(s)))).toEqual(new Set(['Anna Berg']));
  });

  it('timeSlotsPerDay 1 gives the first time of each open day', async () => {
    const res = await listSlots({
      serviceId: HAIRCUT,
      fromLocalDate: '2026-12-01T00:00:00',
      toLocalDate: '2026-12-09T00:00:00',
      timeZone: NY,
      timeSlotsPerDay: 1,
    });
    expect(res.timeSlots.map((s) => s.localStartDate)).toEqual(
      ['01', '02', '03', '04', '05', '08'].map((d) => `2026-12-${d}T10:00:00`),
    );
  });

  it('inside the lead time: returned, not bookable, tooLateToBook; bookable filters', async () => {
    const day = {
      serviceId: serviceId('colour-consultation'),
      fromLocalDate: '2026-12-01T00:00:00',
      toLocalDate: '2026-12-02T00:00:00',
      timeZone: NY,
    };
    const all = await listSlots(day);
    expect(all.timeSlots[0]).toMatchObject({
      localStartDate: '2026-12-01T09:00:00',
      bookable: false,
      bookingPolicyViolations: { tooLateToBook: true },
      nonBookableReasons: { violatesBookingPolicy: true },
    });
    const late = await listSlots({ ...day, bookable: false });
    expect(late.timeSlots.map((s) => s.localStartDate)).toEqual([
      '2026-12-01T09:00:00',
      '2026-12-01T09:15:00',
    ]);
    const open = await listSlots({ ...day, bookable: true });
    expect(open.timeSlots[0]?.localStartDate).toBe('2026-12-01T09:30:00');
    expect(open.timeSlots).toHaveLength(10);
  });

  it('pages with cursors that carry the query', async () => {
    const first = await listSlots({
      serviceId: HAIRCUT,
      ...december8,
      timeZone: NY,
      cursorPaging: { limit: 5 },
    });
    expect(first.timeSlots).toHaveLength(5);
    expect(first.cursorPagingMetadata?.hasNext).toBe(true);
    const cursor = first.cursorPagingMetadata?.cursors?.next ?? '';
    const second = await listSlots({ cursorPaging: { cursor, limit: 5 } });
    expect(second.timeSlots[0]?.localStartDate).toBe('2026-12-08T12:30:00');
  });

  it('refuses a class, an unknown service, an unknown zone and a malformed date', async () => {
    const code = async (options: SlotOptions) => {
      const error = await sdkError(slots.listAvailabilityTimeSlots(options));
      return [error.status, error.details?.applicationError?.code ?? 'validation'];
    };
    expect(await code({ serviceId: YOGA, ...december8 })).toEqual([400, 'NO_IMPLEMENTERS_FOUND']);
    expect(await code({ serviceId: '00000000-0000-4000-8000-000000000000', ...december8 })).toEqual(
      [404, 'SERVICE_NOT_FOUND'],
    );
    expect(await code({ serviceId: HAIRCUT, ...december8, timeZone: 'Mars/Olympus' })).toEqual([
      400,
      'INVALID_TIME_ZONE',
    ]);
    expect(
      await code({
        serviceId: HAIRCUT,
        fromLocalDate: '2026-12-08T10:00:00Z',
        toLocalDate: '2026-12-09T00:00:00',
      }),
    ).toEqual([400, 'validation']);
    expect(await code({ ...december8 })).toEqual([400, 'MISSING_ARGUMENTS']);
  });
});

describe('availabilityTimeSlots.getAvailabilityTimeSlot', () => {
  const location = { locationType: 'BUSINESS' as const, _id: LOCATION_ID };

  it('returns one time with all its free staff', async () => {
    const res = await slots.getAvailabilityTimeSlot(
      HAIRCUT,
      '2026-12-08T11:00:00',
      '2026-12-08T11:30:00',
      NY,
      location,
    );
    expect(res.timeZone).toBe(NY);
    expect(res.timeSlot).toMatchObject({ localStartDate: '2026-12-08T11:00:00', bookable: true });
    expect(names(res.timeSlot ?? {})).toEqual(['Anna Berg', 'Ben Ortiz']);
  });

  it('SLOT_NOT_FOUND for a wrong end, a time off the schedule and a busy staff member', async () => {
    const get = (start: string, end: string, staff?: string) =>
      sdkError(
        slots.getAvailabilityTimeSlot(HAIRCUT, start, end, NY, location, {
          ...(staff
            ? { resourceTypes: [{ resourceTypeId: STAFF_TYPE, resourceIds: [staff] }] }
            : {}),
        }),
      );
    for (const error of [
      await get('2026-12-08T11:00:00', '2026-12-08T12:00:00'),
      await get('2026-12-08T11:10:00', '2026-12-08T11:40:00'),
      await get('2026-12-07T11:00:00', '2026-12-07T11:30:00'), // Monday: closed
      await get('2026-12-08T10:00:00', '2026-12-08T10:30:00', ANNA),
    ]) {
      expect(error.status).toBe(404);
      expect(error.details?.applicationError?.code).toBe('SLOT_NOT_FOUND');
    }
    const ben = await slots.getAvailabilityTimeSlot(
      HAIRCUT,
      '2026-12-08T10:00:00',
      '2026-12-08T10:30:00',
      NY,
      location,
    );
    expect(names(ben.timeSlot ?? {})).toEqual(['Ben Ortiz']);
  });
});

describe('eventTimeSlots.listEventTimeSlots', () => {
  const week = {
    fromLocalDate: '2026-12-01T00:00:00',
    toLocalDate: '2026-12-08T00:00:00',
    timeZone: NY,
    serviceIds: [PILATES, YOGA],
  };

  it('class sessions with places left; a full class is returned only with includeNonBookable', async () => {
    const res = await listEvents({ ...week, includeNonBookable: true });
    expect(res.timeZone).toBe(NY);
    expect(res.timeSlots.map((s) => `${s.eventInfo?.eventTitle} ${s.localStartDate}`)).toEqual([
      'Yoga flow 2026-12-02T18:00:00',
      'Sunrise pilates 2026-12-03T07:00:00',
      'Yoga flow 2026-12-04T18:00:00',
      'Yoga flow 2026-12-05T09:00:00',
      'Yoga flow 2026-12-07T18:00:00',
    ]);
    expect(res.timeSlots[0]).toMatchObject({
      totalCapacity: 8,
      remainingCapacity: 5,
      bookable: true,
      eventInfo: { eventId: classEventId(YOGA, Date.parse('2026-12-02T23:00:00Z')) },
    });
    expect(res.timeSlots[0]?.scheduleId).toBeUndefined();
    expect(res.timeSlots[1]).toMatchObject({
      bookable: false,
      remainingCapacity: 0,
      nonBookableReasons: { noRemainingCapacity: true },
    });
    expect(res.pagingMetadata?.hasNext).toBe(false);
    const open = await listEvents({ ...week, includeNonBookable: false });
    expect(open.timeSlots.map((s) => s.serviceId)).toEqual([YOGA, YOGA, YOGA, YOGA]);
  });

  it('no service ids means every class; [] means none', async () => {
    const all = { ...week, serviceIds: undefined };
    expect((await listEvents(all)).timeSlots).toHaveLength(5);
    expect((await listEvents({ ...week, serviceIds: [] })).timeSlots).toEqual([]);
  });

  it('eventFilter by teacher, minBookableCapacity, maxSlotsPerDay and paging', async () => {
    const byTeacher = (ids: string[]) =>
      listEvents({ ...week, eventFilter: { 'resources.id': { $hasSome: ids } } });
    expect((await byTeacher([ANNA])).timeSlots).toEqual([]);
    expect((await byTeacher([staffId('dana')])).timeSlots).toHaveLength(5);
    const roomy = await listEvents({ ...week, minBookableCapacity: 6 });
    expect(roomy.timeSlots.map((s) => s.localStartDate)).toEqual([
      '2026-12-04T18:00:00',
      '2026-12-05T09:00:00',
      '2026-12-07T18:00:00',
    ]);
    const capped = await listEvents({ ...week, maxSlotsPerDay: 1 });
    expect(capped.timeSlots).toHaveLength(5);
    const page = await listEvents({ ...week, cursorPaging: { limit: 2 } });
    expect(page.timeSlots).toHaveLength(2);
    expect(page.pagingMetadata?.hasNext).toBe(true);
    const next = await listEvents({
      cursorPaging: { cursor: page.pagingMetadata?.cursors?.next ?? '', limit: 2 },
    });
    expect(next.timeSlots[0]?.localStartDate).toBe('2026-12-04T18:00:00');
  });

  it('getEventTimeSlot by event id; an unknown one is SLOT_NOT_FOUND', async () => {
    const eventId = classEventId(PILATES, Date.parse(PILATES_FULL));
    const res = await events.getEventTimeSlot(eventId, { timeZone: 'Europe/London' });
    expect(res.timeSlot).toMatchObject({
      localStartDate: '2026-12-03T12:00:00',
      remainingCapacity: 0,
    });
    const error = await sdkError(
      events.getEventTimeSlot(classEventId(PILATES, Date.parse('2026-12-03T13:00:00Z'))),
    );
    expect(error.details?.applicationError?.code).toBe('SLOT_NOT_FOUND');
  });

  it('refuses an unknown zone', async () => {
    const error = await sdkError(events.listEventTimeSlots({ ...week, timeZone: 'Nowhere/Land' }));
    expect(error.details?.applicationError?.code).toBe('INVALID_TIME_ZONE');
  });
});
